"""The static website: the same answers as the command, as pages anyone can open, link to and print.

`build_site` writes plain files that work opened from disk, on any static host and
offline: nothing is fetched from the network and every page reads completely without
JavaScript. Importing this package imports Jinja2, which nothing else in npmlookup needs.
"""

from .build import build_site, matrix_page

__all__ = ["build_site", "matrix_page"]
