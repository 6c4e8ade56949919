"""Update and compile the translations of the window texts.

Dutch is the source language: every visible text is written in Dutch and passed through
jw_desktop.ui.context.tr(), which translates it in the context "jw". This script

1. runs pyside6-lupdate over jw_desktop/ui and jw_desktop/app.py to add new texts to
   resources/translations/jw_desktop_<lang>.ts (and drop ones no longer used), and
2. runs pyside6-lrelease to compile each .ts to jw_desktop/translations/*.qm, which the
   installer ships and jw_desktop/app.py loads (install_translator).

jw_desktop_nl.ts holds only the Dutch plural forms ("%n leerling(en)" -> 1 leerling /
2 leerlingen; lupdate -pluralonly): the source texts are Dutch, but Qt picks a plural form
only from a catalogue, so this one is loaded in every language. `./dev.sh` compiles the
catalogues when a .ts is newer than its .qm (`--if-stale`).

lupdate files a plain tr("...") call (a function, not a QObject method) under an empty
context, while tr() asks for context "jw" at run time: the .ts keeps the name "jw", and the
script renames it to "" for lupdate and back afterwards.

    python installer/build_translations.py            # update the .ts files, then compile
    python installer/build_translations.py --release  # only compile (a build machine)
    python installer/build_translations.py --update   # only update the .ts files
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "jw_desktop" / "ui", ROOT / "jw_desktop" / "app.py")
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "jw_desktop" / "translations"
LANGUAGES = ("en",)
PLURALS = "nl"  # the source language's own plural catalogue
CONTEXT = "jw"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv) or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is niet gevonden; installeer PySide6 (pip install PySide6).")
    return found


def ts_file(language: str) -> Path:
    return TS_DIR / f"jw_desktop_{language}.ts"


def source_files() -> list[str]:
    files: list[Path] = []
    for source in SOURCES:
        files += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return [str(f.relative_to(ROOT)) for f in files]


def _rename_context(ts: Path, old: str, new: str) -> None:
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace(f"<name>{old}</name>", f"<name>{new}</name>"), encoding="utf-8")


def update(language: str, plural_only: bool = False) -> Path:
    """Bring the .ts file up to date with the sources (new texts come in unfinished)."""
    ts = ts_file(language)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if ts.exists():
        _rename_context(ts, CONTEXT, "")
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *source_files(),
                "-no-obsolete",
                *(["-pluralonly"] if plural_only else []),
                "-source-language",
                "nl_NL",
                "-target-language",
                "nl_NL" if plural_only else language,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
    finally:
        if ts.exists():
            _rename_context(ts, "", CONTEXT)
    return ts


def release(ts: Path, out_dir: Path = QM_DIR) -> Path:
    """Compile one .ts file to a .qm file in out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    qm = out_dir / ts.with_suffix(".qm").name
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--update", action="store_true", help="alleen de .ts-bestanden bijwerken")
    parser.add_argument("--release", action="store_true", help="alleen .qm-bestanden maken")
    parser.add_argument(
        "--if-stale", action="store_true", help="alleen .qm maken die ouder zijn dan hun .ts"
    )
    args = parser.parse_args(argv)
    if args.if_stale:
        for ts in stale():
            release(ts)
        return 0
    both = not args.update and not args.release
    for language in (*LANGUAGES, PLURALS):
        plural_only = language == PLURALS
        ts = update(language, plural_only) if args.update or both else ts_file(language)
        if args.release or both:
            print(release(ts))
    return 0


def stale(out_dir: Path = QM_DIR) -> list[Path]:
    """The .ts files whose compiled .qm is missing or older."""
    found = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = out_dir / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            found.append(ts)
    return found


if __name__ == "__main__":
    sys.exit(main())
