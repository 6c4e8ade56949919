"""The frozen window program (PyInstaller runs this file as __main__): jw_desktop.app, with
its arguments (--db, --taal, --kaart and a jw-desktop:// link) as on the command line."""

import sys

from jw_desktop.app import main

sys.exit(main())
