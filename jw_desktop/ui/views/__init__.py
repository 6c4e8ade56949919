"""The views of the main window, one module each. Every view is a QWidget made with the
AppContext, has a `refresh()` that re-reads what it shows, and never writes SQL."""
