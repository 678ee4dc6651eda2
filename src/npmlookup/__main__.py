"""``python -m npmlookup``: the same app as the `npm` command."""

from npmlookup.cli.launcher import main

if __name__ == "__main__":
    main()
