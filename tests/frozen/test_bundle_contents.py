"""What is (and is not) in the frozen bundle: the data laid out as an installed package
(contract 1 of issue 12), Qt's Dutch only, and no test or development packages."""

from __future__ import annotations

from pathlib import Path

from conftest import EXE

ROOT = Path(__file__).resolve().parents[2]
DEV_PACKAGES = ("pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter",
                "zxingcpp", "tkinter", "pip", "setuptools")  # fmt: skip


def package_files(bundle: Path) -> Path:
    return bundle / "_internal" / "jw_desktop"


def test_two_programs_and_the_package_data(bundle: Path) -> None:
    assert (bundle / f"jw-desktop{EXE}").is_file()
    assert (bundle / f"jw-desktop-gui{EXE}").is_file()
    data = package_files(bundle)
    names = {p.name for p in (data / "translations").iterdir()}
    assert {"jw_desktop_nl.qm", "jw_desktop_en.qm", "qtbase_nl.qm"} <= names
    icons = {p.name for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert icons and icons == {p.name for p in (data / "icons").glob("*.svg")}
    assert (data / "verify" / "verify.html").read_bytes() == (
        ROOT / "resources" / "verify" / "verify.html"
    ).read_bytes()
    versions = {p.name for p in (ROOT / "jw_desktop/model/migrations/versions").glob("*.py")}
    assert versions == {p.name for p in (data / "model/migrations/versions").glob("*.py")}
    assert (data / "model" / "migrations" / "env.py").is_file()
    fonts = bundle / "_internal" / "reportlab" / "fonts"
    assert {"Vera.ttf", "VeraBd.ttf", "VeraIt.ttf"} <= {p.name for p in fonts.iterdir()}


def test_qt_translations_only_dutch(bundle: Path) -> None:
    qm = [p.name for p in (bundle / "_internal").rglob("*.qm")]
    qt = sorted(n for n in qm if not n.startswith("jw_desktop_"))
    assert qt == ["qtbase_nl.qm"]


def test_no_test_or_development_packages(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    on_disk = {p.name for p in (bundle / "_internal").iterdir()}
    for name in DEV_PACKAGES:
        assert not any(n == name or n.startswith(f"{name}-") for n in on_disk), name
    # the Python modules live in the PYZ archive inside the programs
    program = CArchiveReader(str(bundle / f"jw-desktop{EXE}"))
    pyz = next(name for name in program.toc if name.endswith(".pyz"))
    modules = {name.split(".")[0] for name in program.open_embedded_archive(pyz).toc}
    assert "jw_desktop" in modules and "PySide6" in modules
    assert not modules & set(DEV_PACKAGES), modules & set(DEV_PACKAGES)


def test_each_program_runs_only_its_own_entry_script(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    cli = set(CArchiveReader(str(bundle / f"jw-desktop{EXE}")).toc)
    gui = set(CArchiveReader(str(bundle / f"jw-desktop-gui{EXE}")).toc)
    assert "jw-desktop" in cli and "jw-desktop-gui" not in cli
    assert "jw-desktop-gui" in gui and "jw-desktop" not in gui
