"""jw-desktop: offline-first leerroutes for Jongleren&Werken."""

__version__ = "0.1.0"
