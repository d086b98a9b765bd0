from quotes.cli import app

# Guarded: a process started by "spawn" (a Dask worker of --cluster local:N) imports this
# module again, and must not run the command a second time.
if __name__ == "__main__":
    app(prog_name="quotes")
