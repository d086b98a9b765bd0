"""``--cluster``: the shards of a batch (``quotes/shards.py``) run on a Dask cluster.

``tcp://HOST:8786`` connects to a running scheduler; ``local:N`` starts a ``LocalCluster`` of
N single-threaded worker processes on this machine. Each worker runs ``extract_shard``, which
loads the model once per worker process (``shared_pipeline``) and keeps it for every later
shard. Shards go out a bounded window ahead of the one being written, and their outcomes come
back here in input order, to any writer.

A worker that dies (killed, out of memory, a crash in compiled code) costs its shard a retry
on another worker: Dask reschedules it. A shard whose workers die ``ALLOWED_FAILURES`` times
(Dask's ``KilledWorker``) is run again one document per task, so only the document that kills
workers is reported as failed and the rest of the shard is kept; Dask blames a task waiting on
a worker that another task killed as well, so a document that fails so runs once more on its
own before it is reported.

This module is imported only with ``--cluster``: nothing Dask is loaded otherwise.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from quotes.read import InputError
from quotes.shards import Shard, ShardOptions, ShardOutcome, extract_shard, single_documents, where

DASK_EXTRA_HINT = '--cluster needs Dask: pip install "quotes[dask]"'
LOCAL = "local:"
# Worker deaths a task may cause before Dask gives up on it (KilledWorker), on a LocalCluster
# this module starts; a remote scheduler keeps its own setting (Dask's default is 3).
ALLOWED_FAILURES = 2
# The workers of a LocalCluster run nothing but extraction on cores it already fills: Dask's
# statistical profiler (a stack sample every 10 ms) and GIL monitor only take CPU from it.
LOCAL_CLUSTER_CONFIG = {
    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    # Dask starts its workers with MALLOC_TRIM_THRESHOLD_=65536, so that memory goes back to
    # the system soon; a parse allocates and frees all the time, and the trimming made the same
    # shards cost a tenth more CPU on a worker than here. The thread limits stay.
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
}


class ClusterError(RuntimeError):
    """The cluster cannot be used: the message says why and what to do."""


def local_workers(address: str) -> int | None:
    """N for ``local:N``, None for a scheduler address; a ClusterError for anything else."""
    if address.startswith(LOCAL):
        count = address[len(LOCAL) :]
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster {address}: say how many workers, e.g. local:2")
        return int(count)
    if "://" not in address and ":" not in address:
        raise ClusterError(f"--cluster {address}: give a scheduler address (tcp://HOST:8786) or local:N")
    return None


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A Dask ``Client`` on the scheduler at ``address``, or on a LocalCluster for
    ``local:N``, closed (with the cluster it started) when the block ends."""
    workers = local_workers(address)
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError(DASK_EXTRA_HINT) from exc
    if workers is None:
        try:
            client = Client(address, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"--cluster {address}: cannot reach the scheduler ({exc})") from None
        try:
            yield client
        finally:
            client.close()
        return
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        try:
            client = Client(cluster)
            try:
                yield client
            finally:
                client.close()
        finally:
            cluster.close()


def _failed(shard: Shard, message: str) -> ShardOutcome:
    return ShardOutcome(shard, [InputError(where(piece), message) for piece in shard.pieces])


def _crashed(shard: Shard, exc: Exception) -> ShardOutcome:
    return _failed(shard, f"extraction failed on the cluster ({type(exc).__name__}: {exc})")


def run_shards(client: Any, shards: Sequence[Shard], options: ShardOptions) -> Iterator[ShardOutcome]:
    """Each shard's outcome, in shard order, extracted on the client's workers."""
    from distributed import KilledWorker

    threads = sum(client.nthreads().values()) or 1
    window = 2 * threads + 2
    run = uuid.uuid4().hex[:8]
    in_flight: deque[tuple[Shard, Any]] = deque()

    def submit(shard: Shard, part: str = "") -> Any:
        key = f"quotes-shard-{shard.index}{part}-{shard.key[:12]}-{run}"
        return client.submit(extract_shard, shard, options, key=key, pure=False, retries=1)

    def outcome_of(shard: Shard, future: Any, isolate: bool) -> ShardOutcome:
        try:
            result: ShardOutcome = future.result()
            return result
        except KilledWorker:
            if not isolate:
                return _failed(shard, f"workers died extracting it ({ALLOWED_FAILURES} times): skipped")
        except Exception as exc:  # noqa: BLE001 - a bug on one shard must not stop the batch
            return _crashed(shard, exc)
        return isolated(shard)

    def isolated(shard: Shard) -> ShardOutcome:
        """Some document in the shard kills workers: find it, one document per task. Dask also
        blames a task waiting on a worker that another one killed, so a document that fails so
        runs again on its own, once the others are done, before it is called the killer."""
        singles = single_documents(shard, options)
        futures = [submit(single, f".{i}") for i, single in enumerate(singles)]
        outcomes: list[ShardOutcome | None] = []
        for single, each in zip(singles, futures, strict=True):
            try:
                outcomes.append(each.result())
            except KilledWorker:
                outcomes.append(None)
            except Exception as exc:  # noqa: BLE001 - as above
                outcomes.append(_crashed(single, exc))
        for i, single in enumerate(singles):
            if outcomes[i] is None:
                outcomes[i] = outcome_of(single, submit(single, f".{i}.alone"), isolate=False)
        return ShardOutcome(
            shard, [item for outcome in outcomes if outcome is not None for item in outcome.items]
        )

    pending = iter(shards)
    for shard in pending:
        in_flight.append((shard, submit(shard)))
        if len(in_flight) >= window:
            break
    while in_flight:
        shard, future = in_flight.popleft()
        outcome = outcome_of(shard, future, isolate=True)
        future.release()
        following = next(pending, None)
        if following is not None:
            in_flight.append((following, submit(following)))
        yield outcome
