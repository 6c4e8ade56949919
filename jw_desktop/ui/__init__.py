"""The PySide6 front door. Views call jw_desktop.model.SchoolStore only; no SQL here."""
