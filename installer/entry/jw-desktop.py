"""The frozen console program (PyInstaller runs this file as __main__): jw_desktop.cli."""

import sys

from jw_desktop.cli import main

sys.exit(main())
