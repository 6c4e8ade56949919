"""Sign a released file with the publisher's minisign key (COMMON contract 3).

Every released file F (the .deb, the Windows installer, ...) gets a detached ``F.minisig``
whose trusted comment is ``jw-desktop-update versie=V platform=P bestand=NAME``. minisign
signs the trusted comment too, so the app and installer/verify_package.sh can read the
version, platform and file name from it and know nobody edited them. Used by
installer/linux/build_deb.py and the Windows build; as a command:

    python installer/sign.py FILE --minisign-key KEY --version V --platform P

The signature is written beside FILE only when minisign succeeded (a temporary name, then
renamed), so a failed run never leaves a half-written or stale ``.minisig``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

PLATFORMS = ("linux-x86_64", "windows-x86_64")
COMMENT_PREFIX = "jw-desktop-update"
# the trusted comment is split on spaces: a version is one word of safe characters
_VERSION = re.compile(r"^[0-9][0-9A-Za-z.+~-]*$")
_NAME = re.compile(r"^[^\s/\\=]+$")


class SigningError(Exception):
    """A Dutch sentence saying why the file was not signed."""


def trusted_comment(version: str, platform: str, name: str) -> str:
    """The signed comment of COMMON contract 3, after checking each part is one word."""
    if not _VERSION.match(version):
        raise SigningError(f"De versie '{version}' is ongeldig: gebruik bijvoorbeeld 0.1.0.")
    if platform not in PLATFORMS:
        raise SigningError(
            f"Het platform '{platform}' is onbekend: kies uit {', '.join(PLATFORMS)}."
        )
    if not _NAME.match(name):
        raise SigningError(f"De bestandsnaam '{name}' mag geen spaties of '=' bevatten.")
    return f"{COMMENT_PREFIX} versie={version} platform={platform} bestand={name}"


def minisign_tool() -> str:
    found = shutil.which("minisign")
    if found is None:
        raise SigningError(
            "minisign is niet gevonden; installeer het eerst (Debian: apt-get install minisign)."
        )
    return found


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + ".minisig")


def sign_file(path: Path, *, key: Path, version: str, platform: str) -> Path:
    """Write ``path.minisig`` signed with the secret key ``key``; return its path.

    A key with a password makes minisign ask for it on the terminal (a password-less key,
    ``minisign -G -W``, signs without asking)."""
    path = Path(path)
    key = Path(key)
    comment = trusted_comment(version, platform, path.name)
    if not path.is_file():
        raise SigningError(f"Het bestand {path} bestaat niet; er is niets ondertekend.")
    if not key.is_file():
        raise SigningError(f"De geheime sleutel {key} bestaat niet; er is niets ondertekend.")
    final = signature_path(path)
    partial = final.with_name(final.name + ".tmp")
    result = subprocess.run(
        [minisign_tool(), "-S", "-s", str(key), "-m", str(path), "-x", str(partial),
         "-t", comment],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        detail = result.stdout.strip().splitlines()[-1:] or ["geen uitleg"]
        raise SigningError(
            f"minisign kon {path.name} niet ondertekenen met {key} ({detail[0]})."
        )
    os.replace(partial, final)
    return final


def write_public_key(key: Path, public: Path) -> Path:
    """The public key of the secret key ``key`` (minisign -R), for the release folder."""
    partial = public.with_name(public.name + ".tmp")
    partial.unlink(missing_ok=True)
    result = subprocess.run(
        [minisign_tool(), "-R", "-s", str(key), "-p", str(partial)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise SigningError(f"minisign kon de publieke sleutel van {key} niet maken.")
    os.replace(partial, public)
    return public


def check_signature(path: Path, public: Path) -> str:
    """The trusted comment when ``path.minisig`` verifies with ``public``; else a
    SigningError (used right after signing: a release is never signed with a key the app
    does not trust)."""
    result = subprocess.run(
        [minisign_tool(), "-V", "-Q", "-p", str(public), "-m", str(path), "-x",
         str(signature_path(path))],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    if result.returncode != 0:
        raise SigningError(
            f"De handtekening van {path.name} klopt niet met de sleutel {public}: is dit de "
            "sleutel die bij deze geheime sleutel hoort?")
    return result.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Onderteken een uitgegeven bestand met de minisign-sleutel van de uitgever."
    )
    parser.add_argument("file", type=Path, help="het bestand (bijvoorbeeld het .deb-pakket)")
    parser.add_argument("--minisign-key", type=Path, required=True,
                        help="de geheime minisign-sleutel van de uitgever")
    parser.add_argument("--version", required=True, help="de versie, bijvoorbeeld 0.1.0")
    parser.add_argument("--platform", required=True, choices=PLATFORMS)
    args = parser.parse_args(argv)
    try:
        sig = sign_file(args.file, key=args.minisign_key, version=args.version,
                        platform=args.platform)
    except SigningError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Ondertekend: {sig}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
