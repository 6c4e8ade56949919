"""Signed credentials (docs/credentials.md): signing an issued credential and checking it
offline, with the floor - a bare Ed25519 signature and verification - in the same run.

Targets (issue 11): one credential signed <= 300 ms (here: the proof of an issued demo
credential made and stored, jw_desktop.proof.for_issued: its facts read, the VC-JWT and
the QR text signed, the record written); one verification <= 50 ms (verify.check of the
QR text, the JSON and the JWT against the school's trust).

Runs on the demo school in a temporary folder (signing does not depend on the school's
size: one credential's facts are a handful of rows). --repeat N sets the loop counts.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import emit, ms, percentile
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfWriter

from jw_desktop import proof
from jw_desktop.demo.school import DEMO_PASSWORD, create_demo_database
from jw_desktop.model import SchoolStore
from jw_desktop.proof import sign as signing
from jw_desktop.proof import trust, verify
from jw_desktop.reports import certificate

SIGN_TARGET_MS = 300.0
VERIFY_TARGET_MS = 50.0


def loop(work: Callable[[], object], count: int) -> list[float]:
    """Milliseconds of each of `count` calls."""
    times = []
    for _ in range(count):
        start = time.perf_counter()
        work()
        times.append(ms(time.perf_counter() - start))
    return times


def pdf_with(json_bytes: bytes) -> bytes:
    """A one-page PDF with the credential attached, as the certificate carries it (the
    certificate's own pages make pypdf's reading only slightly longer)."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_attachment(proof.JSON_NAME, json_bytes)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    n = args.repeat
    with tempfile.TemporaryDirectory(prefix="jw-bench-cred-") as folder:
        path = Path(folder) / "demo.sqlite"
        print("building the demo school ...", file=sys.stderr)
        create_demo_database(path)
        store = SchoolStore.open(path, auto_backup=False, sleep=lambda _s: None)
        store.login("s.dewit@example.nl", DEMO_PASSWORD)
        issued = [e.id for s in store.students() for e in store.portfolio(s.id)]
        printed = issued[2:]  # kept unsigned for the certificates below
        issued = issued[:2]
        signed = []
        for iid in issued:  # not signed yet: for_issued signs and stores each once
            start = time.perf_counter()
            p = proof.for_issued(store, iid)
            signed.append(ms(time.perf_counter() - start))
        # the first also makes this store's key file (new keys, written and fsynced)
        emit("credentials", "sign_and_store_first", signed[0], "ms",
             target=SIGN_TARGET_MS, n=1)  # fmt: skip
        emit("credentials", "sign_and_store_max_after", max(signed[1:]), "ms",
             target=SIGN_TARGET_MS, n=len(signed) - 1)  # fmt: skip
        made = []
        for iid in printed:  # the certificate PDF with its signature made on the way
            start = time.perf_counter()
            pdf = certificate.certificate(store, iid)
            made.append(ms(time.perf_counter() - start))
        emit("credentials", "certificate_with_signature_max", max(made), "ms",
             target=SIGN_TARGET_MS, n=len(made))  # fmt: skip
        emit("credentials", "certificate_with_signature_p50", statistics.median(made), "ms",
             n=len(made))  # fmt: skip
        who = signing.authority(store)
        facts = store.issued_facts(issued[0])
        today = store.today()
        only = loop(lambda: signing.sign(facts, who, today), n)
        emit("credentials", "sign_only_p50", statistics.median(only), "ms", n=n)
        trusted = trust.for_store(store)
        emit("credentials", "trust_for_store", min(loop(lambda: trust.for_store(store), 20)),
             "ms", n=20)  # fmt: skip
        for form, data in (("qr", p.qr_text.encode()), ("json", p.json_bytes),
                           ("jwt", p.jwt.encode()), ("pdf", pdf_with(p.json_bytes)),
                           ("certificate", pdf)):  # fmt: skip
            assert verify.check(data, trusted).valid
            times = loop(lambda data=data: verify.check(data, trusted), n)
            emit("credentials", f"verify_{form}_p95", percentile(times, 0.95), "ms",
                 target=VERIFY_TARGET_MS, n=n)  # fmt: skip
        key = Ed25519PrivateKey.generate()
        public = key.public_key()
        message = p.qr_text.encode()
        signature = key.sign(message)
        emit("credentials", "floor_ed25519_sign_p50",
             statistics.median(loop(lambda: key.sign(message), n)), "ms", n=n)  # fmt: skip
        emit("credentials", "floor_ed25519_verify_p50",
             statistics.median(loop(lambda: public.verify(signature, message), n)), "ms",
             n=n)  # fmt: skip
        store.close()


if __name__ == "__main__":
    main()
