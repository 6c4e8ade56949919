"""Small widgets shared by the main window and its views."""
