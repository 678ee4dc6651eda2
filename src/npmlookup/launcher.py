"""Entry point of the `npm` and `npmlookup` commands: start-up tuned for a short-lived process.

Importing Typer, Click and our modules allocates tens of thousands of long-lived objects
and no garbage cycles. With the cyclic collector paused during those imports and the
survivors then frozen (moved out of its reach), later collections no longer walk them:
about 12% fewer instructions per run (benchmarks/startup.py, valgrind). Reference
counting still frees everything as usual, and the collector runs again before the
command starts. Only the commands do this; importing npmlookup or npmlookup.cli does not.
"""

import gc
from typing import NoReturn


def main() -> NoReturn:
    """Run the command line, after importing it with the collector paused."""
    gc.disable()
    try:
        from .cli import main as run
    finally:
        gc.freeze()
        gc.enable()
    run()
