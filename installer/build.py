"""Build the frozen application for the platform this runs on, in one command.

    python installer/build.py [--dist DIR] [--publisher-key FILE]

compiles the translations (build_translations.py --release), then runs PyInstaller with
installer/jw-desktop.spec, and leaves DIR/jw-desktop/ (default dist/jw-desktop/): the
programs jw-desktop (console) and jw-desktop-gui (window), with _internal/ beside them.
--publisher-key puts the publisher's minisign public key in the bundle
(_internal/jw_desktop/publisher.pub), the key updates are checked against.

PyInstaller works in build/pyinstaller/ and writes the bundle into a folder beside the
result; only a finished bundle replaces DIR/jw-desktop, so a failed build leaves the last
good one (or nothing) there, never half a bundle. `./dev.sh build` calls this script.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "jw-desktop.spec"
NAME = "jw-desktop"
PUBLISHER_KEY_NAME = "publisher.pub"


def folder_size(folder: Path) -> int:
    """Bytes in the folder's files (symlinks not followed), as du counts them roughly."""
    return sum(
        p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
    )


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def check_publisher_key(path: Path) -> str:
    """'' when path looks like a minisign public key file, else why not (Dutch)."""
    if not path.is_file():
        return f"De uitgeverssleutel {path} bestaat niet."
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return f"De uitgeverssleutel {path} kan niet worden gelezen."
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:") or len(lines[1]) != 56:
        return (
            f"{path} is geen openbare minisign-sleutel (een .pub-bestand van "
            "'minisign -G'; nooit de geheime sleutel)."
        )
    return ""


def run(command: list[str]) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def build(dist: Path, publisher_key: Path | None, work: Path) -> Path:
    """Make dist/jw-desktop; returns its path."""
    run([sys.executable, str(ROOT / "installer" / "build_translations.py"), "--release"])
    dist.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".jw-desktop-bouw-", dir=dist))
    try:
        command = [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(staging), "--workpath", str(work), str(SPEC),
        ]  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            if publisher_key is not None:
                key = Path(tmp) / PUBLISHER_KEY_NAME  # PyInstaller keeps the file's name
                shutil.copyfile(publisher_key, key)
                command += ["--", "--publisher-key", str(key)]
            run(command)
        built = staging / NAME
        suffix = ".exe" if os.name == "nt" else ""
        for program in (NAME, f"{NAME}-gui"):
            if not (built / f"{program}{suffix}").is_file():
                raise SystemExit(f"De bouw is mislukt: {program}{suffix} ontbreekt.")
        target = dist / NAME
        if target.exists():
            shutil.rmtree(target)
        built.rename(target)
        return target
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="build.py", description="Bouw het bevroren programma (PyInstaller) voor dit platform."
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist",
        help="map waarin de bundel jw-desktop/ komt (standaard: dist/)",
    )  # fmt: skip
    parser.add_argument(
        "--publisher-key", type=Path, default=None, metavar="BESTAND",
        help="de openbare minisign-sleutel van de uitgever, voor de controle van updates",
    )  # fmt: skip
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller",
        help="werkmap van PyInstaller (standaard: build/pyinstaller/)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "PyInstaller ontbreekt: installeer het met  pip install -e '.[build]'  "
            "(of gebruik ./dev.sh build).",
            file=sys.stderr,
        )
        return 1
    if args.publisher_key is not None:
        problem = check_publisher_key(args.publisher_key)
        if problem:
            print(f"fout: {problem}", file=sys.stderr)
            return 1
    started = time.monotonic()
    try:
        bundle = build(args.dist.absolute(), args.publisher_key, args.work.absolute())
    except subprocess.CalledProcessError as exc:
        print(
            f"fout: de bouw is mislukt (code {exc.returncode}); zie de meldingen hierboven.",
            file=sys.stderr,
        )
        return 1
    seconds = time.monotonic() - started
    print(f"Bundel klaar in {seconds:.0f} s: {bundle}")
    print(f"Grootte: {megabytes(folder_size(bundle))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
