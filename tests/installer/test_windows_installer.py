"""The Windows installer built here from a stand-in payload, signed with a test certificate.

Real makensis, osslsigncode, openssl and 7-Zip: the installer is built by
installer/windows/build_installer.py, unpacked again with 7z, and every signature (the
installer's, the packed uninstaller's and the program files') is checked with
`osslsigncode verify` against the test CA made here.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from windows_build import (
    NSI,
    PASSWORD_ENV,
    ROOT,
    Pki,
    build,
    extract,
    make_bundle,
    make_pki,
    require,
    run,
    signer_subject,
    verify,
)

pytestmark = pytest.mark.usefixtures("tools")

OUR_SIGNER = "/CN=Jongleren en Werken (test)"


@pytest.fixture(scope="module")
def tools() -> None:
    require("makensis", "osslsigncode", "openssl", "7z")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory, tools: None) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, pki: Pki) -> Path:
    return make_bundle(tmp_path_factory.mktemp("dist"), pki)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory, pki: Pki, bundle: Path) -> Path:
    out = tmp_path_factory.mktemp("out") / "jw-desktop-setup-0.1.0.exe"
    result = build("--bundle", bundle, "--version", "0.1.0", "--out", out,
                   "--cert", pki.pfx, "--cert-password-env", PASSWORD_ENV)
    assert result.returncode == 0, result.stderr
    assert "WAARSCHUWING" not in result.stderr
    return out


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory, signed: Path) -> Path:
    return extract(signed, tmp_path_factory.mktemp("unpacked"))


def test_the_installer_verifies_against_the_test_ca(signed: Path, pki: Pki) -> None:
    result = verify(signed, pki.ca)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature verification: ok" in result.stdout
    assert "Message digest algorithm  : SHA256" in result.stdout
    assert signer_subject(signed, pki.ca) == OUR_SIGNER


def test_it_does_not_verify_against_another_ca(signed: Path, pki: Pki) -> None:
    assert verify(signed, pki.other_ca).returncode != 0


def test_a_tampered_installer_fails_verification(signed: Path, pki: Pki, tmp_path: Path) -> None:
    data = bytearray(signed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / signed.name
    tampered.write_bytes(bytes(data))
    result = verify(tampered, pki.ca)
    assert result.returncode != 0
    assert "MISMATCH" in result.stdout + result.stderr


def test_the_program_files_inside_are_signed(unpacked: Path, pki: Pki) -> None:
    for name in ("jw-desktop.exe", "jw-desktop-gui.exe", "_internal/_ctypes.pyd"):
        result = verify(unpacked / name, pki.ca)
        assert result.returncode == 0, (name, result.stdout + result.stderr)
        assert signer_subject(unpacked / name, pki.ca) == OUR_SIGNER


def test_the_packed_uninstaller_is_signed(unpacked: Path, pki: Pki) -> None:
    uninstaller = unpacked / "jw-desktop-verwijderen.exe"
    result = verify(uninstaller, pki.ca)
    assert result.returncode == 0, result.stdout + result.stderr
    assert signer_subject(uninstaller, pki.ca) == OUR_SIGNER


def test_a_vendor_signed_dll_keeps_its_own_signature(unpacked: Path, pki: Pki) -> None:
    dll = unpacked / "_internal" / "python311.dll"
    assert verify(dll, pki.other_ca).returncode == 0
    assert signer_subject(dll, pki.other_ca) == "/CN=Some Vendor (test)"


def test_the_payload_is_the_bundle(unpacked: Path, bundle: Path) -> None:
    names = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*") if p.is_file()}
    names = {name for name in names if not name.startswith("$PLUGINSDIR/")}
    assert names == {
        "jw-desktop.exe", "jw-desktop-gui.exe", "jw-desktop-verwijderen.exe",
        "_internal/_ctypes.pyd", "_internal/python311.dll", "_internal/niet-pe.dll",
        "_internal/oud.txt", "_internal/jw_desktop/leesmij.txt",
    }
    text = "_internal/jw_desktop/leesmij.txt"
    assert (unpacked / text).read_bytes() == (bundle / text).read_bytes()


def test_the_bundle_itself_is_left_unsigned(signed: Path, bundle: Path, pki: Pki) -> None:
    # the build signs a copy: dist/jw-desktop stays as PyInstaller made it
    assert verify(bundle / "jw-desktop.exe", pki.ca).returncode != 0


def test_pem_certificate_and_key_sign_too(bundle: Path, pki: Pki, tmp_path: Path) -> None:
    out = tmp_path / "jw-desktop-setup.exe"
    result = build("--bundle", bundle, "--version", "0.1.0", "--out", out,
                   "--cert-pem", pki.cert_pem, "--key-pem", pki.key_pem, password=None)
    assert result.returncode == 0, result.stderr
    assert verify(out, pki.ca).returncode == 0
    inner = extract(out, tmp_path / "x")
    assert verify(inner / "jw-desktop-verwijderen.exe", pki.ca).returncode == 0


def test_without_a_certificate_it_builds_unsigned_with_a_warning(
        bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "jw-desktop-setup.exe"
    result = build("--bundle", bundle, "--version", "0.1.0", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("WAARSCHUWING: niet ondertekend")
    assert out.is_file()
    check = run("osslsigncode", "verify", "-in", out)
    assert check.returncode != 0
    assert "No signature found" in check.stdout + check.stderr
    assert "ondertekend (" not in result.stdout


@pytest.mark.parametrize(
    ("password", "expected"),
    [("fout-wachtwoord", "osslsigncode kon jw-desktop.exe niet ondertekenen"),
     (None, f"de omgevingsvariabele {PASSWORD_ENV} (het wachtwoord) is leeg")],
)
def test_a_wrong_or_missing_password_is_one_dutch_line_and_nothing_written(
        bundle: Path, pki: Pki, tmp_path: Path, password: str | None, expected: str) -> None:
    out = tmp_path / "jw-desktop-setup.exe"
    result = build("--bundle", bundle, "--version", "0.1.0", "--out", out, "--cert", pki.pfx,
                   "--cert-password-env", PASSWORD_ENV, password=password)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"fout: {expected}"), result.stderr
    assert list(tmp_path.iterdir()) == []  # no installer, no leftover work folder


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["--version", "0.2.0rc1"], "fout: versie '0.2.0rc1' moet uit één tot vier getallen"),
     (["--bundle", "{tmp}/nergens"], "fout: de bundel {tmp}/nergens is geen map"),
     (["--cert", "{tmp}/geen.pfx"], "fout: {tmp}/geen.pfx bestaat niet"),
     (["--cert-pem", "{tmp}/geen.pem"], "fout: {tmp}/geen.pem bestaat niet")],
)
def test_bad_input_is_one_dutch_line(bundle: Path, tmp_path: Path, args: list[str],
                                     expected: str) -> None:
    out = tmp_path / "jw-desktop-setup.exe"
    given = [arg.format(tmp=tmp_path) for arg in args]
    defaults = ["--bundle", str(bundle), "--version", "0.1.0", "--out", str(out)]
    result = build(*defaults, *given)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(expected.format(tmp=tmp_path)), result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_bundle_without_the_gui_executable_is_refused(bundle: Path, tmp_path: Path) -> None:
    broken = tmp_path / "jw-desktop"
    shutil.copytree(bundle, broken)
    (broken / "jw-desktop-gui.exe").unlink()
    result = build("--bundle", broken, "--version", "0.1.0", "--out", tmp_path / "x.exe")
    assert result.returncode == 2
    assert "jw-desktop-gui.exe ontbreekt of is geen Windows-programma" in result.stderr


# --- the texts: Dutch only ------------------------------------------------------------------

ENGLISH = ("< &Back", "&Next >", "Cancel", "&Close", "&Install", "&Uninstall", "B&rowse...",
           "Show &details", "Click Next to continue.", "Click Install to start the installation.",
           "Destination Folder", "Completed", "Choose Install Location", "Installation Complete",
           "Setup was completed successfully.", "Uninstallation Complete", "Confirmation")
DUTCH = ("< V&orige", "&Volgende >", "Annuleren", "Klik op Volgende om verder te gaan.",
         "Installatie voltooid", "jw-desktop nu starten",
         "Instellingen en inschrijfbewijs van deze computer wissen")


def _strings(exe: Path) -> set[str]:
    """Every NUL-terminated UTF-16 string in an uncompressed NSIS installer."""
    data = exe.read_bytes()
    found: set[str] = set()
    for start in (0, 1):
        text = data[start:len(data) - ((len(data) - start) % 2)].decode("utf-16-le", "replace")
        found.update(part for part in text.split("\0") if part)
    return found


def _uncompressed(tmp_path: Path, nsi: Path, bundle: Path) -> Path:
    out = tmp_path / "unc.exe"
    result = run("makensis", "-V2", "-WX", "-INPUTCHARSET", "UTF8", "-DUNCOMPRESSED",
                 f"-DBUNDLE={bundle}", "-DVERSION=0.1.0", f"-DOUTFILE={out}", nsi)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_every_page_and_button_is_dutch(bundle: Path, tmp_path: Path) -> None:
    strings = _strings(_uncompressed(tmp_path, NSI, bundle))
    assert [word for word in ENGLISH if word in strings] == []
    assert [word for word in DUTCH if word not in strings] == []
    assert any("geïnstalleerd" in text for text in strings)  # the script is read as UTF-8


def test_the_english_check_finds_english(bundle: Path, tmp_path: Path) -> None:
    # the same script with MUI's English instead of Dutch: the check above would fail on it
    english = tmp_path / "english.nsi"
    text = NSI.read_text(encoding="utf-8").replace('MUI_LANGUAGE "Dutch"', 'MUI_LANGUAGE "English"')
    english.write_text(text.replace("${LANG_DUTCH}", "${LANG_ENGLISH}"), encoding="utf-8")
    strings = _strings(_uncompressed(tmp_path, english, bundle))
    assert {"< &Back", "&Next >", "Cancel", "Click Next to continue."} <= strings


def test_the_script_asks_for_dutch_only_and_handles_the_options() -> None:
    text = NSI.read_text(encoding="utf-8")
    code = "\n".join(line.split(";", 1)[0] for line in text.splitlines())
    assert re.findall(r'MUI_LANGUAGE "(\w+)"', code) == ["Dutch"]
    assert "LANG_ENGLISH" not in code
    for needle in ('${GetOptions} $R9 "/ENROLL=" $EnrollFile',
                   '${GetOptions} $R9 "/SYNCMAP=" $SyncMap',
                   '${GetOptions} $R9 "/FORCE" $0', '${GetOptions} $R9 "/WISSEN" $0',
                   'RMDir /r "$APPDATA\\${SITESUB}"', "RequestExecutionLevel admin",
                   "SetShellVarContext all", 'InstallDir "$PROGRAMFILES64\\jw-desktop"',
                   "!uninstfinalize", "!finalize"):
        assert needle in code, needle
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "EstimatedSize",
                  "QuietUninstallString", "URL Protocol"):
        assert f'"{value}"' in code, value


def test_the_default_installer_name_is_one_the_laptops_take_as_an_update() -> None:
    """The updater looks for jw-desktop-setup-V.exe (and the .deb's own name): a release
    under another name would never be offered to a laptop."""
    from fnmatch import fnmatch

    from jw_desktop.update.offers import PATTERNS, WINDOWS

    nsi = NSI.read_text(encoding="utf-8")
    default = re.search(r'!define OUTFILE "([^"]+)"', nsi)
    assert default is not None
    assert fnmatch(default.group(1).replace("${VERSION}", "0.2.0"), PATTERNS[WINDOWS])
    script = (ROOT / "installer" / "windows" / "build_installer.py").read_text(encoding="utf-8")
    made = re.search(r'f"(jw-desktop[^"]*\.exe)"', script)
    assert made is not None
    assert fnmatch(made.group(1).replace("{version}", "0.2.0"), PATTERNS[WINDOWS])
