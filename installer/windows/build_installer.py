"""Build the Windows installer of jw-desktop and sign it with Authenticode.

From a PyInstaller bundle (dist/jw-desktop: jw-desktop.exe, jw-desktop-gui.exe, _internal/)
this script

1. copies the bundle to a private folder and signs the program files in the copy: the two
   executables always, every other .exe/.dll/.pyd that carries no signature yet (files
   their vendor already signed, such as python311.dll, keep that signature);
2. runs makensis on installer/windows/jw-desktop.nsi, which has NSIS call this script back
   (`--sign-file`, through !uninstfinalize and !finalize) to sign the uninstaller before it
   is packed and the installer itself last;
3. moves the finished installer into place (a failed build leaves nothing half-written);
4. writes the detached minisign signature FILE.minisig with installer/sign.py when
   `--minisign-key` is given (contract 3, platform windows-x86_64).

Signing goes through one function, sign_file(): osslsigncode (Linux, and Windows when it is
installed) or SignTool (`--tool signtool`, Windows). Without a certificate the installer is
built unsigned with a warning on stderr; it never pretends to have signed.

    python installer/windows/build_installer.py --bundle dist/jw-desktop --version 0.1.0 \
        --out dist/jw-desktop-setup-0.1.0.exe \
        --cert codesign.pfx --cert-password-env JW_PFX_PASSWORD \
        --timestamp http://timestamp.digicert.com
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
NSI = HERE / "jw-desktop.nsi"
APP_EXECUTABLES = ("jw-desktop.exe", "jw-desktop-gui.exe")
SIGNABLE = (".exe", ".dll", ".pyd")
DESCRIPTION = "jw-desktop"
CONFIG_ENV = "JW_INSTALLER_SIGN_CONFIG"

WARNING_UNSIGNED = (
    "WAARSCHUWING: niet ondertekend: er is geen certificaat opgegeven (--cert of --cert-pem). "
    "Het installatieprogramma, het verwijderprogramma en de programma's zijn NIET "
    "Authenticode-ondertekend; Windows SmartScreen en Defender zullen ze als onbekend "
    "behandelen. Zo'n installatieprogramma is alleen geschikt om te testen."
)

# argparse has no Dutch catalogue (the same messages as jw_desktop/cli.py translates)
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "hier hoort één waarde bij",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "not allowed with argument %s": "niet samen met %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
}


class BuildError(Exception):
    """A problem the maintainer can fix; printed as one Dutch 'fout:' line."""


@dataclass(frozen=True)
class Signer:
    """How to sign: written to a private file for the makensis callbacks (no password in it)."""

    tool: str  # "osslsigncode" or "signtool"
    program: str  # the path of that tool
    pfx: str | None = None
    cert_pem: str | None = None
    key_pem: str | None = None
    password_env: str | None = None
    timestamp: str | None = None
    info_url: str | None = None
    log: str | None = None  # every signed file's name is appended here


def _password(signer: Signer) -> str | None:
    if signer.password_env is None:
        return None
    value = os.environ.get(signer.password_env)
    if value is None:
        raise BuildError(f"de omgevingsvariabele {signer.password_env} (het wachtwoord) is leeg")
    return value


def sign_file(signer: Signer, path: Path) -> None:
    """Authenticode-sign one PE file in place (SHA-256, with a timestamp when given)."""
    password = _password(signer)
    if signer.tool == "signtool":
        command = [signer.program, "sign", "/fd", "sha256", "/d", DESCRIPTION]
        if signer.pfx is None:
            raise BuildError("SignTool ondertekent hier alleen met een .pfx (--cert)")
        command += ["/f", signer.pfx]
        if password is not None:
            command += ["/p", password]
        if signer.info_url:
            command += ["/du", signer.info_url]
        if signer.timestamp:
            command += ["/tr", signer.timestamp, "/td", "sha256"]
        _run([*command, str(path)], f"SignTool kon {path.name} niet ondertekenen")
    else:
        signed = path.with_name(path.name + ".ondertekend")
        command = [signer.program, "sign", "-h", "sha256", "-n", DESCRIPTION]
        if signer.pfx is not None:
            command += ["-pkcs12", signer.pfx]
        else:
            command += ["-certs", str(signer.cert_pem), "-key", str(signer.key_pem)]
        with tempfile.TemporaryDirectory(prefix="jw-sign-") as private:
            if password is not None:
                # -readpass: the password never appears on a command line (ps, logs)
                secret = Path(private) / "wachtwoord"
                fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(password)
                command += ["-readpass", str(secret)]
            if signer.info_url:
                command += ["-i", signer.info_url]
            if signer.timestamp:
                command += ["-ts", signer.timestamp]
            signed.unlink(missing_ok=True)
            try:
                _run([*command, "-in", str(path), "-out", str(signed)],
                     f"osslsigncode kon {path.name} niet ondertekenen")
                os.replace(signed, path)
            finally:
                signed.unlink(missing_ok=True)
    if not pe_signed(path):
        raise BuildError(f"{path.name} draagt na het ondertekenen geen handtekening")
    if signer.log:
        with open(signer.log, "a", encoding="utf-8") as log:
            log.write(path.name + "\n")


def _run(command: list[str], failure: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, errors="replace")
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise BuildError(f"{failure}: {detail[-1] if detail else 'code ' + str(result.returncode)}")


def _pe_security_size(data: bytes) -> int | None:
    """Size of the PE's certificate table (its Authenticode signature), None if not a PE."""
    if len(data) < 0x40 or data[:2] != b"MZ":
        return None
    (offset,) = struct.unpack_from("<I", data, 0x3C)
    if len(data) < offset + 24 + 2 or data[offset : offset + 4] != b"PE\0\0":
        return None
    optional = offset + 24
    (magic,) = struct.unpack_from("<H", data, optional)
    directories = optional + {0x10B: 96, 0x20B: 112}.get(magic, -optional - 1)
    if directories < 0 or len(data) < directories + 5 * 8:
        return None
    _address, size = struct.unpack_from("<II", data, directories + 4 * 8)
    return int(size)


def is_pe(path: Path) -> bool:
    """A Windows executable or DLL (not just a name ending in .dll)."""
    with open(path, "rb") as handle:
        return _pe_security_size(handle.read(4096)) is not None


def pe_signed(path: Path) -> bool:
    """The file carries an Authenticode signature (whether it verifies is osslsigncode's job)."""
    with open(path, "rb") as handle:
        size = _pe_security_size(handle.read(4096))
    return bool(size)


def sign_bundle(signer: Signer, bundle: Path) -> list[str]:
    """Sign the app's executables and every unsigned PE file of the bundle copy."""
    signed: list[str] = []
    for name in APP_EXECUTABLES:
        sign_file(signer, bundle / name)
        signed.append(name)
    for path in sorted(bundle.rglob("*")):
        if path.name in APP_EXECUTABLES and path.parent == bundle:
            continue
        signable = path.suffix.lower() in SIGNABLE and path.is_file() and is_pe(path)
        if signable and not pe_signed(path):
            sign_file(signer, path)
            signed.append(path.relative_to(bundle).as_posix())
    return signed


def numeric_version(version: str) -> str:
    """Windows' four-number file version; the installer compares these numbers."""
    if not re.fullmatch(r"\d+(\.\d+){0,3}", version):
        raise BuildError(
            f"versie {version!r} moet uit één tot vier getallen met punten bestaan (bijv. 0.1.0)"
        )
    parts = version.split(".")
    return ".".join(parts + ["0"] * (4 - len(parts)))


def default_version() -> str:
    """jw_desktop.__version__ (contract 2), read without importing the app."""
    text = (ROOT / "jw_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise BuildError("geen __version__ in jw_desktop/__init__.py; geef --version")
    return found.group(1)


def find_tool(explicit: str | None, name: str, windows_guesses: tuple[str, ...] = ()) -> str:
    if explicit:
        if not Path(explicit).is_file():
            raise BuildError(f"{explicit} bestaat niet")
        return explicit
    found = shutil.which(name)
    if found:
        return found
    for guess in windows_guesses:
        if Path(guess).is_file():
            return guess
    raise BuildError(f"{name} is niet gevonden; installeer het of geef het pad mee")


def check_bundle(bundle: Path) -> None:
    if not bundle.is_dir():
        raise BuildError(f"de bundel {bundle} is geen map (eerst: python installer/build.py)")
    for name in APP_EXECUTABLES:
        if not (bundle / name).is_file() or not is_pe(bundle / name):
            raise BuildError(f"{bundle / name} ontbreekt of is geen Windows-programma")
    if not (bundle / "_internal").is_dir():
        raise BuildError(f"{bundle / '_internal'} ontbreekt: dat is geen PyInstaller-bundel")


def sign_command(config: Path) -> str:
    """The command NSIS runs with the file to sign as %1 (its own quotes around %1)."""
    return f'"{sys.executable}" "{Path(__file__).resolve()}" --sign-config "{config}" --sign-file'


def makensis_command(makensis: str, bundle: Path, version: str, out: Path,
                     sign_config: Path | None) -> list[str]:
    command = [makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DBUNDLE={bundle}",
               f"-DVERSION={version}", f"-DVERSION_NUM={numeric_version(version)}",
               f"-DOUTFILE={out}"]
    if sign_config is not None:
        command.append(f"-DSIGNCMD={sign_command(sign_config)}")
    return [*command, str(NSI)]


def minisign(out: Path, version: str, key: Path) -> Path:
    """FILE.minisig through helper 2's installer/sign.py (contract 3)."""
    script = ROOT / "installer" / "sign.py"
    if not script.is_file():
        raise BuildError("installer/sign.py ontbreekt: de minisign-handtekening kan niet worden "
                         "gemaakt (zonder --minisign-key wordt alleen Authenticode gebruikt)")
    _run([sys.executable, str(script), "--key", str(key), "--version", version,
          "--platform", "windows-x86_64", str(out)],
         f"installer/sign.py kon {out.name} niet ondertekenen")
    return out.with_name(out.name + ".minisig")


def build(args: argparse.Namespace) -> int:
    version = args.version or default_version()
    numeric_version(version)
    bundle = Path(args.bundle).resolve()
    check_bundle(bundle)
    out = Path(args.out).resolve()
    if not out.parent.is_dir():
        raise BuildError(f"de map {out.parent} bestaat niet")
    makensis = find_tool(args.makensis, "makensis", (
        r"C:\Program Files (x86)\NSIS\makensis.exe", r"C:\Program Files\NSIS\makensis.exe"))

    signer: Signer | None = None
    if args.cert or args.cert_pem:
        for given in (args.cert, args.cert_pem, args.key_pem):
            if given and not Path(given).is_file():
                raise BuildError(f"{given} bestaat niet")
        if args.cert_pem and not args.key_pem:
            raise BuildError("--cert-pem hoort bij --key-pem (de sleutel van het certificaat)")
        if args.tool == "signtool":
            program = find_tool(args.signtool, "signtool")
        else:
            program = find_tool(args.osslsigncode, "osslsigncode")
        signer = Signer(
            tool=args.tool, program=program,
            pfx=str(Path(args.cert).resolve()) if args.cert else None,
            cert_pem=str(Path(args.cert_pem).resolve()) if args.cert_pem else None,
            key_pem=str(Path(args.key_pem).resolve()) if args.key_pem else None,
            password_env=args.cert_password_env, timestamp=args.timestamp,
            info_url=args.info_url,
        )
        _password(signer)  # an empty password variable fails before anything is built
    else:
        print(WARNING_UNSIGNED, file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix=".jw-installer-", dir=out.parent) as work_dir:
        work = Path(work_dir)
        copy = work / "jw-desktop"
        shutil.copytree(bundle, copy)
        config: Path | None = None
        signed: list[str] = []
        if signer is not None:
            log = work / "ondertekend.txt"
            signer = Signer(**{**asdict(signer), "log": str(log)})
            config = work / "ondertekenen.json"
            config.write_text(json.dumps(asdict(signer)), encoding="utf-8")
            signed = sign_bundle(signer, copy)
        built = work / out.name
        result = subprocess.run(makensis_command(makensis, copy, version, built, config),
                                capture_output=True, text=True, errors="replace")
        if result.returncode != 0 or not built.is_file():
            lines = (result.stdout + result.stderr).strip().splitlines()
            relevant = [line for line in lines if "rror" in line or "fout" in line] or lines
            raise BuildError("makensis is mislukt: " + (relevant[-1] if relevant else "?"))
        if signer is not None:
            by_nsis = (work / "ondertekend.txt").read_text(encoding="utf-8").splitlines()
            by_nsis = by_nsis[len(signed):]
            # NSIS signed exactly two files: the uninstaller (a temporary name) and the installer
            if len(by_nsis) != 2 or by_nsis[-1] != out.name or not pe_signed(built):
                raise BuildError("NSIS heeft het verwijderprogramma of het installatieprogramma "
                                 "niet laten ondertekenen")
        os.replace(built, out)

    size = out.stat().st_size
    print(f"{out} ({size / 1_000_000:.1f} MB, versie {version})")
    if signer is not None:
        print(f"ondertekend ({signer.tool}): {len(signed)} programmabestanden in de bundel, "
              "het verwijderprogramma en het installatieprogramma")
    if args.minisign_key:
        print(f"minisign: {minisign(out, version, Path(args.minisign_key))}")
    return 0


def parser() -> argparse.ArgumentParser:
    argparse._ = lambda message: _ARGPARSE_NL.get(message, message)  # type: ignore[attr-defined]
    p = argparse.ArgumentParser(
        prog="build_installer.py",
        description="Bouwt het Windows-installatieprogramma van jw-desktop (NSIS) en "
                    "ondertekent het met Authenticode.",
    )
    p.add_argument("--bundle", default=str(ROOT / "dist" / "jw-desktop"),
                   help="de PyInstaller-bundel (standaard dist/jw-desktop)")
    p.add_argument("--version", help="de versie (standaard jw_desktop.__version__)")
    p.add_argument("--out", help="het installatieprogramma dat gemaakt wordt")
    cert = p.add_mutually_exclusive_group()
    cert.add_argument("--cert", metavar="PFX", help="het codesigning-certificaat (.pfx/.p12)")
    cert.add_argument("--cert-pem", metavar="CERT", help="het certificaat (PEM, met de keten)")
    p.add_argument("--key-pem", metavar="KEY", help="de sleutel bij --cert-pem (PEM)")
    p.add_argument("--cert-password-env", metavar="VAR",
                   help="de omgevingsvariabele met het wachtwoord van het certificaat")
    p.add_argument("--timestamp", metavar="URL", help="RFC 3161-tijdstempeldienst")
    p.add_argument("--info-url", metavar="URL", help="de website in de handtekening")
    p.add_argument("--tool", choices=("osslsigncode", "signtool"), default="osslsigncode",
                   help="waarmee ondertekend wordt (standaard osslsigncode)")
    p.add_argument("--osslsigncode", metavar="PAD", help="pad naar osslsigncode")
    p.add_argument("--signtool", metavar="PAD", help="pad naar signtool.exe")
    p.add_argument("--makensis", metavar="PAD", help="pad naar makensis")
    p.add_argument("--minisign-key", metavar="KEY",
                   help="ook een minisign-handtekening (.minisig) maken met deze sleutel")
    p.add_argument("--sign-config", help=argparse.SUPPRESS)
    p.add_argument("--sign-file", help=argparse.SUPPRESS)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.sign_file:
            # called back by makensis: sign the uninstaller or the finished installer
            data = json.loads(Path(args.sign_config).read_text(encoding="utf-8"))
            sign_file(Signer(**data), Path(args.sign_file))
            return 0
        if not args.out:
            version = args.version or default_version()
            args.out = str(ROOT / "dist" / f"jw-desktop-setup-{version}.exe")
        return build(args)
    except BuildError as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"fout: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
