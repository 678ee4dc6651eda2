"""``python -m npmlookup``: the same app as the `npm` command."""

from .launcher import main

if __name__ == "__main__":
    main()
