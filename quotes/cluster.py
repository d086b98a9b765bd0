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

A cluster left with no worker at all (a nanny that could not restart the worker it lost, a
remote cluster whose workers all left) would keep a shard waiting for ever: after
``NO_WORKER_GRACE`` seconds without a worker, the shard waiting and every one after it are
reported as failed, so the run ends with the rows it has and says what it lost.

This module is imported only with ``--cluster``: nothing Dask is loaded otherwise.
"""

from __future__ import annotations

import logging
import time
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
    # Each worker's nanny restarts it when it dies. Dask's LocalCluster also closes for good
    # the nanny of a worker that has not re-registered 15 s after a death; with a document
    # killing workers over and over, a worker can be between deaths just then, and once both
    # nannies were closed so the run waited for ever on a cluster with no workers.
    "distributed.deploy.lost-worker-timeout": "3650 days",
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


# Seconds a shard waits on a cluster that has no worker before it is given up; a lost worker's
# replacement starts in seconds, so this only ends a wait that would never end.
NO_WORKER_GRACE = 120.0
# Seconds between two looks at whether the cluster still has workers, while a shard runs.
WORKER_CHECK_INTERVAL = 2.0


class NoWorkers(RuntimeError):
    """The cluster has had no worker for ``NO_WORKER_GRACE`` seconds."""


def result_while_workers(client: Any, future: Any) -> Any:
    """``future.result()``, or NoWorkers once the cluster has had no worker for
    ``NO_WORKER_GRACE`` seconds: with none, Dask would wait for one for ever."""
    alone_since: float | None = None
    while True:
        try:
            return future.result(timeout=WORKER_CHECK_INTERVAL)
        except TimeoutError:  # distributed.TimeoutError is the builtin
            pass
        if client.nthreads():
            alone_since = None
        elif alone_since is None:
            alone_since = time.monotonic()
        elif time.monotonic() - alone_since >= NO_WORKER_GRACE:
            raise NoWorkers(f"no worker on the cluster for {NO_WORKER_GRACE:g} s")


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


class ShardRunner:
    """Runs shards on a client's workers and turns each into its outcome: the rows, or errors
    for the documents it could not extract."""

    def __init__(self, client: Any, options: ShardOptions) -> None:
        from distributed import KilledWorker

        self.client = client
        self.options = options
        self.killed_worker = KilledWorker
        self.run = uuid.uuid4().hex[:8]
        self.lost: NoWorkers | None = None  # once the cluster is lost, later shards fail at once

    def submit(self, shard: Shard, part: str = "") -> Any:
        key = f"quotes-shard-{shard.index}{part}-{shard.key[:12]}-{self.run}"
        return self.client.submit(extract_shard, shard, self.options, key=key, pure=False, retries=1)

    def result(self, future: Any) -> ShardOutcome:
        if self.lost is not None:
            raise self.lost
        try:
            outcome: ShardOutcome = result_while_workers(self.client, future)
            return outcome
        except NoWorkers as exc:
            self.lost = exc
            raise

    def outcome_of(self, shard: Shard, future: Any, isolate: bool) -> ShardOutcome:
        try:
            return self.result(future)
        except NoWorkers as exc:
            return _failed(shard, f"extraction failed on the cluster ({exc}): skipped")
        except self.killed_worker:
            if not isolate:
                return _failed(shard, f"workers died extracting it ({ALLOWED_FAILURES} times): skipped")
        except Exception as exc:  # noqa: BLE001 - a bug on one shard must not stop the batch
            return _crashed(shard, exc)
        return self.isolated(shard)

    def isolated(self, shard: Shard) -> ShardOutcome:
        """Some document in the shard kills workers: find it, one document per task. Dask also
        blames a task waiting on a worker that another one killed, so a document that fails so
        runs again on its own, once the others are done, before it is called the killer."""
        singles = single_documents(shard, self.options)
        futures = [self.submit(single, f".{i}") for i, single in enumerate(singles)]
        outcomes: list[ShardOutcome | None] = []
        for single, each in zip(singles, futures, strict=True):
            try:
                outcomes.append(self.result(each))
            except self.killed_worker:
                outcomes.append(None)
            except NoWorkers as exc:
                outcomes.append(_failed(single, f"extraction failed on the cluster ({exc}): skipped"))
            except Exception as exc:  # noqa: BLE001 - as above
                outcomes.append(_crashed(single, exc))
        for i, single in enumerate(singles):
            if outcomes[i] is None:
                outcomes[i] = self.outcome_of(single, self.submit(single, f".{i}.alone"), isolate=False)
        return ShardOutcome(
            shard, [item for outcome in outcomes if outcome is not None for item in outcome.items]
        )


def run_shards(client: Any, shards: Sequence[Shard], options: ShardOptions) -> Iterator[ShardOutcome]:
    """Each shard's outcome, in shard order, extracted on the client's workers."""
    runner = ShardRunner(client, options)
    threads = sum(client.nthreads().values()) or 1
    window = 2 * threads + 2
    in_flight: deque[tuple[Shard, Any]] = deque()
    pending = iter(shards)
    for shard in pending:
        in_flight.append((shard, runner.submit(shard)))
        if len(in_flight) >= window:
            break
    while in_flight:
        shard, future = in_flight.popleft()
        outcome = runner.outcome_of(shard, future, isolate=True)
        future.release()
        following = next(pending, None)
        if following is not None:
            in_flight.append((following, runner.submit(following)))
        yield outcome
