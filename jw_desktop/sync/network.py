"""A laptop's sync with an always-on central over HTTP (issue 14; docs/central.md).

The same signed, encrypted bundles as the folder path travel; HTTP is only the way they
go. Every request is signed with the device's own key (no passwords travel). This module
is the client; the service is jw_desktop/central/.

Each failure is a NetworkError whose message is one Dutch sentence that says what to do.
Offline (the server cannot be reached at all) is the calm case: the window shows it as a
status, never as an error dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from jw_desktop.model import JWError, SchoolStore

if TYPE_CHECKING:
    from jw_desktop.sync.session import SyncReport

Progress = Callable[[str, int, int], None]  # (what, done, total) - bytes or bundles


class NetworkError(JWError):
    """The sync over the network did not happen or did not finish; nothing was lost (a
    bundle that went half-way is resent whole or resumed at the next attempt)."""


class Offline(NetworkError):
    """The server is not reachable (no network, server down, firewall): a calm status."""


class Refused(NetworkError):
    """The server answered and refused: revoked or unknown laptop, refused bundle, clock
    wrong, wrong certificate. The message says what the user or the admin should do."""


def sync_with_server(store: SchoolStore, url: str, *, progress: Progress | None = None) -> SyncReport:
    """One whole sync round with the server at url: push what waits, take in what the
    server made for this laptop, and converge in one call."""
    raise NotImplementedError  # filled in by issue 14 item 3
