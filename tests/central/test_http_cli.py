"""`jw-desktop sync --server URL` on a laptop: the round over HTTP from the command line,
and an unreachable server is one calm Dutch sentence, no traceback."""

from __future__ import annotations

from pathlib import Path

from centralkit import Server, free_port
from cli_process import run_cli
from sitekit import Site


def test_sync_server_from_the_command_line(netsite: tuple[Site, Server]) -> None:
    site, server = netsite
    db = Path(site.teacher.path)
    site.teacher.close()
    done = run_cli("sync", "--db", db, "--server", server.url)
    assert done.returncode == 0, done.stderr
    assert "verstuurd" in done.stdout
    gone = run_cli("sync", "--db", db, "--server", f"http://127.0.0.1:{free_port()}")
    assert gone.returncode != 0
    assert "niet bereikbaar" in gone.stderr + gone.stdout
