"""The benchmark of the public search that bench/search.py runs, by part: the synthetic
content (`content`), the page tree (`builder`, `tree`), the indexes (`indexing`, and Wagtail's
stock backends in `stock`), the timed queries (`timing`, `queries`, `diagnosis`) and the
Markdown section (`report`, `results`).

No module here imports Django or the project when it is imported: bench/search.py imports
them all before Django is set up, so those imports stay inside the functions. Nothing here may
be named `search`: that is the project's search app, which the functions import."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project (this package is bench/search_bench)
