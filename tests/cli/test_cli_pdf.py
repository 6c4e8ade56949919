"""`jw-desktop pdf` (alias `afdrukken`) as a subprocess: every document is written where
--uit says (or under a Dutch file name in the current folder), its path printed, and the
PDF reads back with the right student, group or card; every mistake gives a Dutch 'fout:'
line, no traceback and no file."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import Cli, ok

from jw_desktop.model import SchoolStore


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def written(out: str) -> Path:
    path = Path(out.strip())
    assert path.is_absolute() and path.is_file(), out
    assert path.read_bytes().startswith(b"%PDF-")
    return path


def test_the_progress_report_to_a_named_file(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    path = written(
        ok(cli("pdf", "voortgang", "--leerling", "Jerome", "--uit", target, "--db", demo_db))
    )
    assert path == target
    text = text_of(path)
    assert "Voortgangsrapport Jerome Tromp" in text and "11 van 11 kaarten klaar" in text


def test_a_dutch_file_name_in_the_current_folder(
    cli: Cli, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = written(ok(cli("afdrukken", "voortgang", "--student", "Esra", "--db", demo_db)))
    assert path == tmp_path / "voortgangsrapport-esra-celik.pdf"
    path = written(ok(cli("pdf", "klas", "--groep", "vso 4a", "--db", demo_db)))
    assert path == tmp_path / "klasoverzicht-vso-4a.pdf"
    assert "Klasoverzicht VSO 4A" in text_of(path)


def test_every_document_into_a_folder(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    cases = {
        ("uren", "--leerling", "Lisa"): (
            "urenverantwoording-lisa-vermeulen-tuincentrum-de-groene-hoek.pdf",
            "Urenverantwoording Lisa Vermeulen",
        ),
        ("uren", "--leerling", "Kevin", "--stage", "groene hoek"): (
            "urenverantwoording-kevin-tjon-a-fong-tuincentrum-de-groene-hoek.pdf",
            "beëindigd op 23-01-2026",
        ),
        ("klas", "--groep", "VSO 4A", "--kaart", "GRN-WO-02"): (
            "klasoverzicht-vso-4a-grn-wo-02.pdf",
            "Klasoverzicht VSO 4A - GRN-WO-02",
        ),
        ("kaart", "--kaart", "grn-ik-01"): ("kaart-grn-ik-01.pdf", "GRN-IK-01"),
        ("afvinklijst", "--kaart", "GRN-WO-02", "--leerling", "Jerome Tromp"): (
            "afvinklijst-grn-wo-02-jerome-tromp.pdf",
            "GRN-WO-02",
        ),
        ("certificaat", "--leerling", "Lisa", "--kwalificatie", "pb-planten-verzorgen"): (
            "certificaat-lisa-vermeulen-pb-planten-verzorgen.pdf",
            "Praktijkschool De Werkplaats",  # its own text is reports/certificate.py's
        ),
    }
    for args, (name, expected) in cases.items():
        path = written(ok(cli("pdf", *args, "--uit", folder, "--db", demo_db)))
        assert path == folder / name
        assert expected in text_of(path), args


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "fout: Noem het document: voortgang, klas, uren, kaart, afvinklijst of certificaat"),
        (("voortgang",), "fout: Noem een leerling met --leerling."),
        (("voortgang", "--leerling", "Niemand"), "fout: Geen leerling gevonden die past bij"),
        (("klas", "--groep", "VSO"), "fout: Meerdere groepen passen bij 'VSO'; noem de hele naam."),
        (("klas", "--groep", "4Z"), "fout: Geen groep gevonden die past bij '4Z'. De groepen: "),
        (("uren", "--leerling", "Esra"), "fout: Esra Çelik heeft geen stage."),
        (("uren", "--leerling", "Kevin", "--stage", "Bakkerij"), "heeft geen stage die past bij"),
        (("kaart", "--kaart", "XYZ-01"), "fout: Er is geen kaart met code 'XYZ-01'."),
        (
            ("certificaat", "--leerling", "Jerome", "--kwalificatie", "pb-planten-verzorgen"),
            "is (nog) niet uitgereikt aan Jerome Tromp.",
        ),
        (("certificaat", "--kwalificatie", "pb-planten-verzorgen"), "fout: Noem de leerling"),
    ],
)
def test_mistakes_are_told_in_dutch_and_write_nothing(
    cli: Cli, demo_db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    result = (
        cli("pdf", *args, "--uit", folder, "--db", demo_db) if args else cli("pdf", "--db", demo_db)
    )
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    assert result.stdout == "" and list(folder.iterdir()) == []


def test_a_folder_that_is_not_there(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "rapport.pdf"
    result = cli("pdf", "voortgang", "--leerling", "Jerome", "--uit", target, "--db", demo_db)
    assert result.returncode != 0
    assert f"fout: De map {target.parent} bestaat niet; er is niets geschreven." in result.stderr
    assert not target.parent.exists()


def test_no_database_and_the_help(cli: Cli, tmp_path: Path) -> None:
    result = cli("pdf", "voortgang", "--leerling", "Jerome", "--db", tmp_path / "geen.sqlite")
    assert result.returncode != 0 and "fout: Er staat geen database op" in result.stderr
    assert not (tmp_path / "geen.sqlite").exists()
    helped = ok(cli("afdrukken", "--help"))
    for document in ("voortgang", "klas", "uren", "kaart", "afvinklijst", "certificaat"):
        assert document in helped
    assert "--uit" in ok(cli("pdf", "uren", "--help"))


def test_a_certificate_by_its_number_and_the_database_before_the_document(
    cli: Cli, demo_db: Path, tmp_path: Path
) -> None:
    with SchoolStore.open(demo_db, auto_backup=False) as store:
        (lisa,) = store.find_students("Lisa Vermeulen")
        (issued,) = store.portfolio(lisa.id)
    out = ok(
        cli(
            "pdf", "--db", demo_db, "certificaat", "--credential", str(issued.id), "--uit", tmp_path
        )
    )
    assert written(out) == tmp_path / f"certificaat-{issued.id}.pdf"


def test_a_name_too_long_is_told_in_dutch(cli: Cli, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / ("x" * 300 + ".pdf")
    result = cli("pdf", "voortgang", "--leerling", "Jerome", "--uit", target, "--db", demo_db)
    assert result.returncode == 2, result.stderr
    assert "niet schrijven: de naam is te lang. Er is niets geschreven." in result.stderr
    assert all(p.name.startswith("demo.sqlite") for p in tmp_path.iterdir())


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_fills_up_leaves_the_earlier_file_whole(
    demo_db: Path, tmp_path: Path
) -> None:
    """The file system refuses the PDF after 40 kB (RLIMIT_FSIZE: as a full USB stick does);
    the earlier report stays as it was, and no half file or temporary file is left."""
    import resource

    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"%PDF- het rapport van gisteren")

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    result = subprocess.run(
        [sys.executable, "-m", "jw_desktop.cli", "pdf", "voortgang", "--leerling", "Jerome",
         "--uit", str(target), "--db", str(demo_db)],
        env={**os.environ, "JW_DESKTOP_DATA_DIR": str(tmp_path / "data"),
             "PYTHONIOENCODING": "utf-8"},
        preexec_fn=small_disk, capture_output=True, text=True, encoding="utf-8",
        timeout=180, check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"fout: Kan {target} niet schrijven: "), result.stderr
    assert target.read_bytes() == b"%PDF- het rapport van gisteren"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
