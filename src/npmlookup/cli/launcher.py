"""Entry point of the `npm` and `npmlookup` commands: start-up tuned for a short-lived process.

Importing Typer, Click and our modules allocates tens of thousands of long-lived objects
and no garbage cycles, and so does parsing a large dataset. The commands therefore run
with the cyclic collector paused, after freezing what start-up built: reference counting
still frees everything as usual, and a run lasts well under a second (about 12% fewer
instructions per run, and a third less time for a cold load of a large dataset:
benchmarks/startup.py). Only the commands do this; the library never touches the
collector of the program that imports it.
"""

import gc
from typing import NoReturn


def main() -> NoReturn:
    """Run the command line with the cyclic collector paused."""
    gc.disable()
    from npmlookup.cli.app import main as run

    gc.freeze()
    run()
