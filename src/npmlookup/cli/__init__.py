"""The command line: a thin client of the library.

`app` is the Typer application and its single error boundary; `options` declares the
shared options once and names the module of each command; `lookup`, `place_commands` and
`sources` define the commands; `views` turns a loaded dataset into what a command shows;
`launcher` is the entry point.
May import every layer.
"""
