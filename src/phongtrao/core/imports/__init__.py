"""The import engine: a model's rows from an uploaded CSV or XLSX, checked, then saved all together or not at all.

- `spec`: what an app declares (columns with Vietnamese headers and aliases, hooks for the row check, duplicates and
  the save); `cells`: typed cells (text, integer, number, date, choice, lookup);
- `reading`: the safe reader (XLSX parsed in a child process under memory and CPU limits);
- `engine`: `run_import()` (dry run or save, errors by row and column, re-check of duplicates in the transaction);
- `uploads`: the store of uploaded files and its pruning; `views`: the pages every declared spec gets through
  `register_model_pages(..., import_spec=...)`; `command`: the command line.

This package's `__init__` stays empty of imports: `xlsx_child.py` runs as a script without Django.
"""
