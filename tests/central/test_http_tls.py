"""TLS built into `central serve`: with the school's certificate the round works; with a
certificate the laptop does not trust it stops with the Dutch sentence, sending nothing."""

from __future__ import annotations

import datetime as dt
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from centralkit import Server, start_server
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sitekit import Site, copy_site

from jw_desktop.sync import network


def _self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_site(
    site_templates: dict[str, Path], tmp_path: Path
) -> Iterator[tuple[Site, Server, Path]]:
    site = copy_site(site_templates["synced"], tmp_path / "site")
    site.central.close()
    cert, key = _self_signed(tmp_path, "centrale")
    server = start_server(
        site.root / "central.sqlite",
        tmp_path / "spool",
        "--cert",
        str(cert),
        "--key",
        str(key),
        scheme="https",
    )
    try:
        yield site, server, cert
    finally:
        server.stop()
        site.teacher.close()
        site.coach.close()


def test_tls_with_the_school_s_certificate_works(tls_site: tuple[Site, Server, Path]) -> None:
    site, server, cert = tls_site
    report = network.sync_with_server(site.teacher, server.url, ca=str(cert))
    assert not report.refused


def test_a_wrong_certificate_is_refused_in_dutch(
    tls_site: tuple[Site, Server, Path], tmp_path: Path
) -> None:
    site, server, _cert = tls_site
    other, _key = _self_signed(tmp_path, "andere")
    with pytest.raises(network.Refused, match=r"certificaat van de server .* klopt niet"):
        network.sync_with_server(site.teacher, server.url, ca=str(other))
