"""The .deb built from a stand-in bundle: its layout, control data, menu entry and
settings template, and a real dpkg installing, removing and purging it in a fresh root
without touching a user's data."""

from __future__ import annotations

import configparser
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from debtools import (
    BUILD_DEB,
    DEB_NAME,
    VERSION,
    ar_members,
    build_deb,
    dpkg,
    fresh_root,
    make_bundle,
    needs_tools,
    run,
)

pytestmark = needs_tools

INI = "etc/jw-desktop/jw-desktop.ini"
DESKTOP = "usr/share/applications/jw-desktop.desktop"


def contents(deb: Path) -> dict[str, str]:
    """path -> the 'dpkg-deb -c' line (mode, owner, ..., link target)."""
    listing = run(["dpkg-deb", "-c", deb])
    assert listing.returncode == 0, listing.stderr
    entries = {}
    for line in listing.stdout.splitlines():
        path = line.split(None, 5)[5].split(" -> ")[0]
        entries[path.removeprefix("./").rstrip("/")] = line
    return entries


def field(deb: Path, name: str) -> str:
    return run(["dpkg-deb", "-f", deb, name]).stdout.strip()


@pytest.fixture(scope="module")
def unsigned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("unsigned")
    done = build_deb(make_bundle(base / "bundle"), base / "out")
    assert done.returncode == 0, done.stderr
    assert "geen --minisign-key" in done.stderr and "geen --gpg-key" in done.stderr
    return base / "out" / DEB_NAME


def test_layout_follows_the_contract(unsigned: Path) -> None:
    entries = contents(unsigned)
    for path in ("opt/jw-desktop/jw-desktop", "opt/jw-desktop/jw-desktop-gui",
                 "opt/jw-desktop/_internal/jw_desktop/data.txt", DESKTOP, INI,
                 "usr/share/icons/hicolor/scalable/apps/jw-desktop.svg",
                 "usr/share/doc/jw-desktop/copyright"):
        assert path in entries, path
    for name in ("jw-desktop", "jw-desktop-gui"):
        line = entries[f"usr/bin/{name}"]
        assert line.startswith("l") and line.endswith(f"-> /opt/jw-desktop/{name}")
        assert entries[f"opt/jw-desktop/{name}"].startswith("-rwxr-xr-x root/root")
    assert entries["opt/jw-desktop/_internal/libstandin.so"].startswith("-rwxr-xr-x")
    assert entries["opt/jw-desktop/_internal/jw_desktop/data.txt"].startswith("-rw-r--r--")
    # everything belongs to root, nothing is writable by others
    for line in entries.values():
        assert " root/root " in line, line
        assert line.startswith("l") or line[8] != "w", line


def test_control_fields_and_conffile(unsigned: Path, tmp_path: Path) -> None:
    assert field(unsigned, "Package") == "jw-desktop"
    assert field(unsigned, "Version") == VERSION
    assert field(unsigned, "Architecture") == "amd64"
    assert "<" in field(unsigned, "Maintainer")
    depends = [d.split()[0] for d in field(unsigned, "Depends").split(", ")]
    for library in ("libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libfreetype6",
                    "libglib2.0-0", "libdbus-1-3", "libxcb-cursor0", "libxkbcommon-x11-0",
                    "libx11-xcb1", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                    "libxcb-render-util0", "libxcb-shape0"):
        assert library in depends
    description = field(unsigned, "Description")
    assert "ook zonder internet" in description and "Offline-first" in description
    control = tmp_path / "control"
    assert run(["dpkg-deb", "-e", unsigned, control]).returncode == 0
    assert (control / "conffiles").read_text() == f"/{INI}\n"
    for script in ("postinst", "postrm"):
        assert os.access(control / script, os.X_OK)
        assert run(["sh", "-n", control / script]).returncode == 0
    # Installed-Size is the unpacked size in KiB, as dpkg-gencontrol counts it
    data = tmp_path / "data"
    assert run(["dpkg-deb", "-x", unsigned, data]).returncode == 0
    total = 0
    for folder, dirs, files in os.walk(data):
        if Path(folder) != data:
            total += 1
        for name in files:
            path = Path(folder, name)
            total += 1 if path.is_symlink() else (path.lstat().st_size + 1023) // 1024
        total += sum(1 for name in dirs if Path(folder, name).is_symlink())
    assert int(field(unsigned, "Installed-Size")) == total
    # md5sums lists every file except the conffile (dpkg tracks that one itself)
    listed = dict(reversed(line.split("  ", 1)) for line in
                  (control / "md5sums").read_text().splitlines())
    assert INI not in listed
    assert listed["opt/jw-desktop/jw-desktop"] == hashlib.md5(
        (data / "opt/jw-desktop/jw-desktop").read_bytes()).hexdigest()


def test_every_dependency_is_a_real_debian_package() -> None:
    """The Depends names exist (they are installed here, where the Qt tests run)."""
    from importlib import util

    spec = util.spec_from_file_location(
        "build_deb", BUILD_DEB)
    assert spec and spec.loader
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for dependency in module.DEPENDS:
        name = dependency.split()[0]
        status = run(["dpkg-query", "-W", "-f=${Status}", name])
        assert "install ok installed" in status.stdout, f"{name} is not installed here"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed (.ci/run installs it)")
def test_desktop_entry_validates_and_opens_card_links(unsigned: Path, tmp_path: Path) -> None:
    assert run(["dpkg-deb", "-x", unsigned, tmp_path]).returncode == 0
    entry = tmp_path / DESKTOP
    checked = run(["desktop-file-validate", entry])
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(entry, encoding="utf-8")
    values = parser["Desktop Entry"]
    assert values["Name"] == "jw-desktop"
    assert values["Exec"] == "jw-desktop-gui %u"
    assert values["MimeType"] == "x-scheme-handler/jw-desktop;"
    assert values["Categories"] == "Education;"
    assert values["Icon"] == "jw-desktop"
    assert "Leerroutes" in values["GenericName"] and "zonder internet" in values["Comment"]
    png = tmp_path / "usr/share/icons/hicolor/256x256/apps/jw-desktop.png"
    if png.exists():  # optional: rendered when Qt or rsvg-convert is at hand
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_settings_template_has_the_keys_commented_out(unsigned: Path, tmp_path: Path) -> None:
    assert run(["dpkg-deb", "-x", unsigned, tmp_path]).returncode == 0
    text = (tmp_path / INI).read_text(encoding="utf-8")
    copyright_file = tmp_path / "usr/share/doc/jw-desktop/copyright"
    assert "License: EUPL-1.2" in copyright_file.read_text(encoding="utf-8")
    parser = configparser.ConfigParser()
    parser.read_string(text)
    assert parser.sections() == ["inschrijving", "synchronisatie"]
    assert dict(parser["inschrijving"]) == {} and dict(parser["synchronisatie"]) == {}
    assert ";bestand = inschrijfbewijs.json" in text and ";map = /media/jw-sync" in text
    # uncommenting gives the keys of COMMON contract 4
    parser = configparser.ConfigParser()
    parser.read_string(text.replace(";bestand", "bestand").replace(";map", "map"))
    assert parser["inschrijving"]["bestand"] == "inschrijfbewijs.json"
    assert parser["synchronisatie"]["map"] == "/media/jw-sync"


def test_install_remove_purge_keep_the_users_data(unsigned: Path, tmp_path: Path) -> None:
    root = fresh_root(tmp_path / "root")
    user_data = root / "home/x/.local/share/jw-desktop/jw-desktop.sqlite"
    user_data.parent.mkdir(parents=True)
    user_data.write_bytes(b"de school zijn werk")

    installed = dpkg(root, "-i", unsigned)
    assert installed.returncode == 0, installed.stderr
    assert os.readlink(root / "usr/bin/jw-desktop") == "/opt/jw-desktop/jw-desktop"
    started = run([root / "opt/jw-desktop/jw-desktop", "info"])
    assert started.stdout.strip() == "stand-in jw-desktop: info"
    assert "install ok installed" in run(
        ["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", "-f=${Status}",
         "jw-desktop"]).stdout
    verified = run(["dpkg", f"--root={root}", "--verify", "jw-desktop"])
    assert verified.returncode == 0 and verified.stdout == "", verified.stdout
    if shutil.which("update-desktop-database"):  # postinst ran, in the root, not on the host
        assert "jw-desktop.desktop" in (
            root / "usr/share/applications/mimeinfo.cache").read_text()

    # the admin enrols the machine: settings and a ticket in /etc/jw-desktop
    (root / INI).write_text("[inschrijving]\nbestand = inschrijfbewijs.json\n")
    (root / "etc/jw-desktop/inschrijfbewijs.json").write_text("{}")

    removed = dpkg(root, "--remove", "jw-desktop")
    assert removed.returncode == 0, removed.stderr
    assert not (root / "opt/jw-desktop").exists()
    assert not (root / "usr/bin/jw-desktop").is_symlink()
    assert not (root / DESKTOP).exists()
    assert (root / INI).read_text() == "[inschrijving]\nbestand = inschrijfbewijs.json\n"
    assert user_data.read_bytes() == b"de school zijn werk"

    purged = dpkg(root, "--purge", "jw-desktop")
    assert purged.returncode == 0, purged.stderr
    assert not (root / "etc/jw-desktop").exists()
    assert user_data.read_bytes() == b"de school zijn werk"
    assert run(["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W",
                "jw-desktop"]).returncode != 0


def test_settings_written_before_install_are_kept(unsigned: Path, tmp_path: Path) -> None:
    """Silent enrolment: the admin's jw-desktop.ini is in place before the package; with
    --force-confold dpkg keeps it (and asks nothing)."""
    root = fresh_root(tmp_path / "root")
    ini = root / INI
    ini.parent.mkdir(parents=True)
    ini.write_text("[synchronisatie]\nmap = /media/jw-sync\n")
    installed = dpkg(root, "--force-confold", "-i", unsigned)
    assert installed.returncode == 0, installed.stderr
    assert ini.read_text() == "[synchronisatie]\nmap = /media/jw-sync\n"
    # an upgrade (here: the same package again) keeps it too
    again = dpkg(root, "--force-confold", "-i", unsigned)
    assert again.returncode == 0, again.stderr
    assert ini.read_text() == "[synchronisatie]\nmap = /media/jw-sync\n"


def test_same_bundle_gives_the_same_bytes(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    first, second = tmp_path / "a", tmp_path / "b"
    assert build_deb(bundle, first).returncode == 0
    os.utime(bundle / "jw-desktop", (1, 1))  # a different mtime in the bundle
    assert build_deb(bundle, second).returncode == 0
    assert (first / DEB_NAME).read_bytes() == (second / DEB_NAME).read_bytes()
    changed = tmp_path / "c"
    assert build_deb(bundle, changed, epoch="1700000001").returncode == 0
    assert (changed / DEB_NAME).read_bytes() != (first / DEB_NAME).read_bytes()


@pytest.mark.parametrize("broken", ["no gui", "no _internal", "not executable", "missing"])
def test_a_wrong_bundle_is_refused_in_dutch(broken: str, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    if broken == "no gui":
        (bundle / "jw-desktop-gui").unlink()
    elif broken == "no _internal":
        shutil.rmtree(bundle / "_internal")
    elif broken == "not executable":
        (bundle / "jw-desktop").chmod(0o644)
    else:
        shutil.rmtree(bundle)
    out = tmp_path / "out"
    done = build_deb(bundle, out)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert "installer/build.py" in done.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_a_bad_version_or_key_leaves_nothing(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path / "bundle")
    out = tmp_path / "out"
    for version in ("1.0 beta", "v1", ""):
        done = build_deb(bundle, out, version=version)
        if version == "":  # empty: the app's own version
            assert done.returncode == 0, done.stderr
            shutil.rmtree(out)
            continue
        assert done.returncode == 1 and "geen geldige Debian-versie" in done.stderr
        assert not out.exists() or list(out.iterdir()) == []
    bad = build_deb(bundle, out, "--minisign-key", tmp_path / "nope.key")
    assert bad.returncode == 1 and "bestaat niet" in bad.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_a_quick_gzip_build_for_tests(tmp_path: Path) -> None:
    done = build_deb(make_bundle(tmp_path / "bundle"), tmp_path / "out", "--compression",
                     "gzip")
    assert done.returncode == 0, done.stderr
    deb = tmp_path / "out" / DEB_NAME
    assert "opt/jw-desktop/jw-desktop" in contents(deb)
    assert [name for name, _body in ar_members(deb)] == [
        "debian-binary", "control.tar.gz", "data.tar.gz"]
