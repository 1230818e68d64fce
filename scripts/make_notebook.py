"""Writes a notebook from a list of (kind, source) cells: scripts/make_notebook.py OUT.ipynb SPEC.py

SPEC.py defines CELLS = [("markdown", "..."), ("code", "..."), ...]. Notebooks
are kept as generated, unexecuted files so diffs stay readable.
"""

import runpy
import sys

import nbformat


def main() -> None:
    out, spec = sys.argv[1], sys.argv[2]
    cells = runpy.run_path(spec)["CELLS"]
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, source in cells:
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        nb.cells.append(make(source.strip("\n")))
    nbformat.write(nb, out)


if __name__ == "__main__":
    main()
