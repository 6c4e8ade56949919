import sys

from jw_desktop.app import main

sys.exit(main())
