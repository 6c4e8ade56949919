"""Updates without the internet: a newer jw-desktop package taken from the sync folder,
checked against the publisher key this copy was installed with (minisign), and handed to
the system's installer. No Qt, no database: the window and the CLI both use it.

minisign: the signature formats; offers: what is in the folder and may be installed;
install: staging, the second check, and the installer.
"""
