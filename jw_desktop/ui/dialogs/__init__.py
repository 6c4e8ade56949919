"""Dialogs opened from the views (conflicts, ...)."""
