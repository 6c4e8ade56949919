"""Printed documents (PDF, reportlab) and exports (CSV) made from the library's data, with
no Qt: one module per document, all on the page furniture of base.py. The window, the CLI
and the benchmarks call the same functions, which return the file's bytes."""
