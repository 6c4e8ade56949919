"""Shared parts of the Windows installer tests: a stand-in bundle, a test PKI, the build.

There is no Windows PyInstaller build on Linux, so the payload is a stand-in: real PE
executables compiled here with makensis (files osslsigncode can sign and Windows could run)
named like the app's, an _internal folder with a text file, an unsigned .pyd and a DLL its
"vendor" already signed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BUILD = ROOT / "installer" / "windows" / "build_installer.py"
NSI = ROOT / "installer" / "windows" / "jw-desktop.nsi"
PASSWORD_ENV = "JW_TEST_PFX_PASSWORD"
PASSWORD = "test-wachtwoord-ñ"


def require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (.ci/run installs it)")


def run(*command: str | Path, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True,
                          errors="replace", env=env, cwd=cwd, check=False)


def stand_in_exe(folder: Path, name: str) -> Path:
    """A real (tiny, silent) Windows executable: an empty NSIS program."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / f"{name}.nsi"
    script.write_text(
        f'Unicode true\nOutFile "{name}.exe"\nSilentInstall silent\n'
        'RequestExecutionLevel user\nSection\nSectionEnd\n', encoding="utf-8")
    result = run("makensis", "-V1", script.name, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    script.unlink()
    return folder / f"{name}.exe"


@dataclass
class Pki:
    ca: Path  # the test CA (PEM) the signatures must chain to
    pfx: Path  # code-signing certificate + key + chain, password PASSWORD
    cert_pem: Path
    key_pem: Path
    vendor_pfx: Path  # another publisher's certificate (the "vendor" of a DLL)
    other_ca: Path  # a CA that signed nothing here


def _openssl(folder: Path, *args: str) -> None:
    result = run("openssl", *args, cwd=folder)
    assert result.returncode == 0, result.stderr


def _ca(folder: Path, name: str) -> None:
    _openssl(folder, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
             f"{name}.key", "-out", f"{name}.pem", "-days", "2", "-subj", f"/CN={name}",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign")


def _code_signing(folder: Path, ca: str, name: str, subject: str) -> None:
    (folder / "codesign.ext").write_text(
        "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=codeSigning\nsubjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n", encoding="utf-8")
    _openssl(folder, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
             "-out", f"{name}.csr", "-subj", f"/CN={subject}")
    _openssl(folder, "x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem", "-CAkey",
             f"{ca}.key", "-CAcreateserial", "-out", f"{name}.pem", "-days", "2",
             "-extfile", "codesign.ext")
    _openssl(folder, "pkcs12", "-export", "-in", f"{name}.pem", "-inkey", f"{name}.key",
             "-certfile", f"{ca}.pem", "-out", f"{name}.pfx", "-passout", f"pass:{PASSWORD}")


def make_pki(folder: Path) -> Pki:
    """A test CA with a code-signing certificate (EKU codeSigning), made with openssl."""
    folder.mkdir(parents=True, exist_ok=True)
    _ca(folder, "test-ca")
    _ca(folder, "other-ca")
    _code_signing(folder, "test-ca", "jw", "Jongleren en Werken (test)")
    _code_signing(folder, "other-ca", "vendor", "Some Vendor (test)")
    return Pki(ca=folder / "test-ca.pem", pfx=folder / "jw.pfx", cert_pem=folder / "jw.pem",
               key_pem=folder / "jw.key", vendor_pfx=folder / "vendor.pfx",
               other_ca=folder / "other-ca.pem")


def make_bundle(folder: Path, pki: Pki | None = None, extra: str = "oud.txt") -> Path:
    """dist/jw-desktop as PyInstaller makes it, with stand-in executables."""
    bundle = folder / "jw-desktop"
    stub = stand_in_exe(folder / "stub", "stub")
    internal = bundle / "_internal"
    (internal / "jw_desktop").mkdir(parents=True)
    for name in ("jw-desktop.exe", "jw-desktop-gui.exe"):
        shutil.copy(stub, bundle / name)
    shutil.copy(stub, internal / "_ctypes.pyd")  # unsigned: the build signs it
    (internal / "jw_desktop" / "leesmij.txt").write_text("een tekstbestand\n", encoding="utf-8")
    (internal / extra).write_text("alleen in deze versie\n", encoding="utf-8")
    (internal / "niet-pe.dll").write_bytes(b"geen Windows-bestand")
    if pki is not None:
        # a DLL its vendor signed: it keeps that signature
        result = run("osslsigncode", "sign", "-pkcs12", pki.vendor_pfx, "-pass", PASSWORD,
                     "-h", "sha256", "-in", stub, "-out", internal / "python311.dll")
        assert result.returncode == 0, result.stderr
    return bundle


def build(*args: str | Path, password: str | None = PASSWORD
          ) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != PASSWORD_ENV}
    if password is not None:
        env[PASSWORD_ENV] = password
    return run(sys.executable, BUILD, *args, env=env)


def verify(path: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    return run("osslsigncode", "verify", "-CAfile", ca, "-in", path)


def signer_subject(path: Path, ca: Path) -> str:
    """The subject of the file's signer, as osslsigncode verify reports it."""
    out = verify(path, ca).stdout
    marker = "Signer #0:"
    assert marker in out, out
    after = out.split(marker, 1)[1]
    return after.split("Subject:", 1)[1].splitlines()[0].strip()


def extract(installer: Path, folder: Path) -> Path:
    """Unpack the NSIS installer with 7-Zip (it lists the packed uninstaller too)."""
    result = run("7z", "x", "-y", f"-o{folder}", installer)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder
