"""A laptop's sync with an always-on central over HTTP (issue 14; docs/central.md).

The same signed, encrypted bundles as the folder path travel; HTTP is only the way they
go. Every request is signed with the device's own key (no passwords travel). This module
is the client; the service is jw_desktop/central/.

Each failure is a NetworkError whose message is one Dutch sentence that says what to do.
Offline (the server cannot be reached at all) is the calm case: the window shows it as a
status, never as an error dialog."""

from __future__ import annotations

import os
import secrets
import ssl
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from jw_desktop.model import JWError, SchoolStore

from . import bundle, folder
from .http_auth import sign_request
from .identity import DeviceIdentity

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


TIMEOUT_S = 30.0
"""How long the client waits for the server at each step (connect, read, write)."""

PIECE = 8 * 1024 * 1024
"""A bundle larger than this goes up in pieces (the server takes at most this a piece)."""


def _box(store: SchoolStore) -> Path:
    """The laptop's own mailbox for the network round, beside its database."""
    return store.path.with_name(store.path.name + ".netbox")


def sync_with_server(
    store: SchoolStore,
    url: str,
    *,
    progress: Progress | None = None,
    ca: str | None = None,
) -> SyncReport:
    """One whole sync round with the server at url: push what waits, take in what the
    server made for this laptop, and converge in one call. ca: the server's certificate
    (or its CA) when it is not signed by a public authority."""
    from jw_desktop.sync import session  # session imports nothing of this module

    box = _box(store)
    me = session.identity(store)
    central = session.enrolled_central(store)
    if central is None:
        raise session.NotEnrolled("Deze laptop is nog niet ingeschreven bij een centrale.")
    base = url.rstrip("/")
    verify: ssl.SSLContext | bool = True
    if ca:
        verify = ssl.create_default_context(cafile=ca)
    with httpx.Client(base_url=base, verify=verify, timeout=TIMEOUT_S) as client:
        link = _Link(client, me, base, progress)
        link.push_waiting(folder.mailbox(box, central.device_id))
        link.pull(folder.mailbox(box, me.device_id))
        report = session.device_sync(store, box)
        link.push_waiting(folder.mailbox(box, central.device_id))
        link.pull(folder.mailbox(box, me.device_id))
        final = session.device_sync(store, box)  # takes in the answer to what went up
    # the last device_sync left one bundle waiting: it goes up at the next round
    final.sent = report.sent
    final.bundles_written = report.bundles_written
    return final


class _Link:
    """Signed requests to one server, each failure one Dutch sentence."""

    def __init__(
        self, client: httpx.Client, me: DeviceIdentity, base: str, progress: Progress | None
    ) -> None:
        self.client, self.me, self.base, self.progress = client, me, base, progress
        self.prefix = httpx.URL(base).path.rstrip("/")

    def _request(self, method: str, path: str, body: bytes = b"") -> httpx.Response:
        full = self.prefix + path
        headers = {"Authorization": sign_request(self.me, method, full, body)}
        try:
            response = self.client.request(method, path, content=body, headers=headers)
        except httpx.ConnectError as exc:
            if _is_certificate(exc):
                raise Refused(
                    f"Het certificaat van de server {self.base} klopt niet; er is niets "
                    "verstuurd. Vraag de beheerder om het juiste certificaat (--ca)."
                ) from exc
            raise Offline(_offline(self.base)) from exc
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise Offline(_offline(self.base)) from exc
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def push_waiting(self, outbox: Path) -> None:
        """Send every bundle waiting for the central; each is removed once acknowledged
        (a resent one is acknowledged without being applied twice)."""
        if not outbox.is_dir():
            return
        for path in sorted(p for p in outbox.iterdir() if p.suffix == folder.SUFFIX):
            if path.name.startswith("."):
                continue
            header = bundle.peek_header(path)
            if path.stat().st_size > PIECE:
                self.push_in_pieces(path, header.bundle_id)
            else:
                body = path.read_bytes()
                if self.progress:
                    self.progress("verzenden", 0, len(body))
                self._request("PUT", f"/v1/bundles/{header.bundle_id}", body)
                if self.progress:
                    self.progress("verzenden", len(body), len(body))
            path.unlink()

    def push_in_pieces(
        self, path: Path, bundle_id: str, *, piece_size: int = PIECE, stop_after: int | None = None
    ) -> None:
        """A large bundle in pieces of at most PIECE, resumed from what the server says
        arrived (a cut-off upload goes on where it stopped). stop_after: for tests, stop
        after that many pieces as a cut-off connection would."""
        total = path.stat().st_size
        state = self._request("GET", f"/v1/uploads/{bundle_id}").json()
        done = int(state.get("ontvangen", 0))
        sent = 0
        with open(path, "rb") as fh:
            while True:
                fh.seek(done)
                piece = fh.read(piece_size)
                last = done + len(piece) >= total
                query = f"?vanaf={done}" + ("&klaar=1" if last else "")
                self._request("PUT", f"/v1/uploads/{bundle_id}{query}", piece)
                done += len(piece)
                sent += 1
                if self.progress:
                    self.progress("verzenden", done, total)
                if last:
                    return
                if stop_after is not None and sent >= stop_after:
                    raise Offline(_offline(self.base))

    def pull(self, inbox: Path) -> None:
        """Fetch the answer the central made for this laptop into its own mailbox."""
        response = self._request("GET", "/v1/answer")
        data = response.content
        if self.progress:
            self.progress("ontvangen", len(data), len(data))
        inbox.mkdir(parents=True, exist_ok=True)
        for old in inbox.glob(f"*{folder.SUFFIX}"):
            old.unlink()
        tmp = inbox / f".{secrets.token_hex(6)}.tmp"
        tmp.write_bytes(data)
        header = bundle.peek_header(tmp)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        os.replace(tmp, inbox / f"{header.sender}-{stamp}-{header.bundle_id[:8]}{folder.SUFFIX}")


def _offline(base: str) -> str:
    return (
        f"De server {base} is niet bereikbaar. Er is niets verloren; controleer de "
        "netwerkverbinding (of de firewall) en synchroniseer later opnieuw."
    )


def _is_certificate(exc: Exception) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(seen).upper():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


_MESSAGES = {
    "onbekend-apparaat": "Deze laptop is niet bekend bij de centrale. Vraag de beheerder "
    "om de laptop (opnieuw) in te schrijven.",
    "ingetrokken": "Deze laptop is ingetrokken bij de centrale en mag niet meer "
    "synchroniseren. Neem contact op met de beheerder.",
    "klok": "De klok van deze laptop wijkt meer dan 5 minuten af van die van de centrale. "
    "Zet de datum en tijd goed en synchroniseer opnieuw.",
}


def _refusal(response: httpx.Response) -> NetworkError:
    try:
        doc = response.json()
        code, said = str(doc.get("code", "")), str(doc.get("fout", ""))
    except (ValueError, AttributeError):
        code, said = "", ""
    if response.status_code == 429:
        wait = response.headers.get("retry-after", "enkele")
        return Refused(
            f"De centrale is even druk; er is niets verloren. Probeer het over {wait} "
            "seconden opnieuw."
        )
    if code in _MESSAGES:
        return Refused(_MESSAGES[code])
    if code == "geweigerd":
        return Refused(
            f"De centrale heeft een bundel van deze laptop geweigerd: {said} Neem contact "
            "op met de beheerder."
        )
    if said:
        return Refused(said)
    return Refused(
        f"De centrale antwoordde onverwacht (HTTP {response.status_code}); er is niets "
        "verloren. Synchroniseer later opnieuw."
    )
