"""Taking an offer: the package is copied into the user's data folder, the copy is checked
again, and only that checked copy goes to the installer. The installer is injected (apt is
never run here); the stand-in runs the real `minisign -V` on what it is handed, so the test
sees what apt would have got."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from update_kit import Site, is_dutch, minisign_verifies, package, sign

from jw_desktop.update import install, offers
from jw_desktop.update.minisign import SignatureRefused, load_public_key

LINUX, WINDOWS = offers.LINUX, offers.WINDOWS
INSTALLED = (0, 2, 0)


class Runner:
    """The installer's stand-in: records argv and checks the file it is handed."""

    def __init__(self, site: Site, code: int = 0) -> None:
        self.site, self.code = site, code
        self.calls: list[list[str]] = []
        self.verified: list[bool] = []

    def __call__(self, argv: Sequence[str]) -> int:
        self.calls.append(list(argv))
        self.verified.append(minisign_verifies(Path(argv[-1]), self.site.keys))
        return self.code


def with_pkexec(name: str) -> str | None:
    return {"pkexec": "/usr/bin/pkexec", "apt-get": "/usr/bin/apt-get"}.get(name)


def offer(site: Site, version: str = "0.3.0") -> offers.Offer:
    sign(package(site.folder, version), site.keys, version=version)
    found = offers.scan(site.folder, platform=LINUX, installed=INSTALLED)
    assert found.offer is not None
    return found.offer


PROGRAM = Path("/opt/jw-desktop/jw-desktop")  # the installed bundle's CLI


def take(site: Site, chosen: offers.Offer, runner: Runner, **kw: object) -> install.Installation:
    return install.take(
        chosen,
        load_public_key(site.keys.public),
        platform=str(kw.pop("platform", LINUX)),
        installed=INSTALLED,
        runner=runner,
        which=kw.pop("which", with_pkexec),  # type: ignore[arg-type]
        program=kw.pop("program", PROGRAM),  # type: ignore[arg-type]
    )


def test_the_staged_checked_copy_goes_through_pkexec_to_the_installed_programs_root_side(
    site: Site,
) -> None:
    chosen = offer(site)
    runner = Runner(site)
    done = take(site, chosen, runner)
    staged = site.data / "updates" / chosen.path.name
    assert runner.calls == [["/usr/bin/pkexec", str(PROGRAM), "update", "--als-root", str(staged)]]
    assert runner.verified == [True]
    assert done.status == install.INSTALLED
    assert done.offer.path == staged
    assert staged.read_bytes() == chosen.path.read_bytes()
    assert offers.signature_path(staged).is_file()
    assert "Versie 0.3.0 is geïnstalleerd" in done.message
    assert sorted(p.name for p in staged.parent.iterdir()) == [
        staged.name,
        staged.name + ".minisig",
    ]  # no temporary copies left


def test_without_pkexec_the_admin_gets_the_exact_command(site: Site) -> None:
    chosen = offer(site)
    runner = Runner(site)
    done = take(site, chosen, runner, which=lambda _name: None)
    staged = site.data / "updates" / chosen.path.name
    assert runner.calls == []
    assert done.status == install.ADMIN_NEEDED
    assert done.argv == ("sudo", str(PROGRAM), "update", "--als-root", str(staged))
    assert f"{' '.join(done.argv)}" in done.message
    assert minisign_verifies(staged, site.keys)


def test_from_source_there_is_no_installed_program_and_the_admin_installs(site: Site) -> None:
    """Run from source (not frozen): no root-owned program to hand the check to."""
    assert install.installed_program() is None
    chosen = offer(site)
    done = take(site, chosen, Runner(site), program=None)
    staged = site.data / "updates" / chosen.path.name
    assert done.status == install.ADMIN_NEEDED
    assert done.argv == ("sudo", "apt-get", "install", "-y", *install.KEEP_CONFIG, str(staged))


def test_a_package_swapped_after_the_users_check_is_refused_as_root(site: Site) -> None:
    """The root side gets the user's staged file: if that user swaps it between the
    window's check and pkexec, the root side's own copy fails its check and exits 50,
    which the window words as such."""
    chosen = offer(site)

    def swap_then_root_side(argv: Sequence[str]) -> int:
        staged = Path(argv[-1])
        staged.write_bytes(staged.read_bytes()[:-1] + b"!")
        apt = Runner(site)
        try:
            install.install_as_root(staged, key_path=site.keys.public, runner=apt)
        except SignatureRefused as exc:
            assert apt.calls == []
            return exc.exit_code
        return 0

    with pytest.raises(install.InstallFailed) as caught:
        take(site, chosen, swap_then_root_side)  # type: ignore[arg-type]
    assert "opnieuw gecontroleerd en geweigerd" in caught.value.message
    assert is_dutch(caught.value.message)


def test_the_root_side_installs_only_its_own_checked_copy_and_removes_it(
    site: Site, tmp_path: Path
) -> None:
    staged = offer(site, "9.0.0").path
    work = tmp_path / "root-werk"
    work.mkdir()
    apt = Runner(site)
    checked = install.install_as_root(staged, key_path=site.keys.public, runner=apt, work=work)
    assert checked.release.version == "9.0.0"
    (argv,) = apt.calls
    assert argv[:3] == [argv[0], "install", "-y"] and argv[0].endswith("apt-get")
    handed = Path(argv[-1])
    assert handed != staged and handed.parent.parent == work  # not the user's file
    assert handed.name == staged.name
    assert apt.verified == [True]
    assert list(work.iterdir()) == []  # its folder is gone afterwards


def test_the_root_side_refuses_what_is_not_newer_than_the_installed_program(
    site: Site, tmp_path: Path
) -> None:
    older = package(site.folder, "0.0.1")
    sign(older, site.keys, version="0.0.1")
    apt = Runner(site)
    with pytest.raises(offers.NotNewer):
        install.install_as_root(older, key_path=site.keys.public, runner=apt, work=tmp_path)
    assert apt.calls == [] and list(tmp_path.glob("jw-desktop-update-*")) == []


def test_the_root_side_takes_only_regular_files(site: Site, tmp_path: Path) -> None:
    fifo = site.folder / "jw-desktop_9.0.0_amd64.deb"
    os.mkfifo(fifo)  # reading it would hang the root side
    sign_file = offers.signature_path(fifo)
    sign_file.write_text("x")
    apt = Runner(site)
    with pytest.raises(offers.UpdateRefused, match="geen pakketbestand"):
        install.install_as_root(fifo, key_path=site.keys.public, runner=apt, work=tmp_path)
    assert apt.calls == []


def test_windows_starts_the_staged_installer(site: Site) -> None:
    exe = site.folder / "jw-desktop-setup-0.3.0.exe"
    exe.write_bytes(b"MZ" + bytes(2000))
    sign(exe, site.keys, version="0.3.0", platform=WINDOWS)
    found = offers.scan(site.folder, platform=WINDOWS, installed=INSTALLED)
    assert found.offer is not None
    runner = Runner(site)
    done = take(site, found.offer, runner, platform=WINDOWS)
    assert runner.calls == [[str(site.data / "updates" / exe.name)]]
    assert runner.verified == [True]
    assert done.status == install.STARTED


def test_installer_failure_is_one_dutch_sentence(site: Site) -> None:
    with pytest.raises(install.InstallFailed) as caught:
        take(site, offer(site), Runner(site, code=126))  # pkexec: the admin cancelled
    assert "code 126" in caught.value.message and is_dutch(caught.value.message)


def test_stick_changed_after_the_look_is_refused_and_nothing_runs(site: Site) -> None:
    """TOCTOU: the offer was checked on the stick, then the stick's file was swapped (same
    name, same .minisig). The staged copy is checked again: refused, nothing installed,
    nothing left in the staging folder."""
    chosen = offer(site)
    package(site.folder, "0.3.0", seed=7)  # other bytes under the same name
    runner = Runner(site)
    with pytest.raises(SignatureRefused) as caught:
        take(site, chosen, runner)
    assert "past niet bij het bestand" in caught.value.message
    assert runner.calls == []
    assert list((site.data / "updates").iterdir()) == []


def test_signature_swapped_after_the_look_is_refused(site: Site) -> None:
    chosen = offer(site)
    sign(chosen.path, site.other, version="0.3.0")  # someone re-signs it with their key
    runner = Runner(site)
    with pytest.raises(SignatureRefused, match="andere sleutel"):
        take(site, chosen, runner)
    assert runner.calls == []


def test_older_offer_can_never_be_taken(site: Site) -> None:
    """Even handed an Offer object for an older version (not from scan), take refuses."""
    file = package(site.folder, "0.1.0")
    sign(file, site.keys, version="0.1.0")
    release = offers.Release("0.1.0", LINUX, file.name)
    forged = offers.Offer(file, offers.signature_path(file), release)
    runner = Runner(site)
    with pytest.raises(offers.NotNewer):
        take(site, forged, runner)
    assert runner.calls == []


def test_central_places_a_checked_update_in_the_folder(site: Site, tmp_path: Path) -> None:
    built = package(tmp_path / "release", "0.3.0")
    sign(built, site.keys, version="0.3.0")
    placed = install.place(built, site.folder, load_public_key(site.keys.public))
    assert placed.path == site.folder / "updates" / built.name
    assert minisign_verifies(placed.path, site.keys)
    found = offers.scan(site.folder, platform=LINUX, installed=INSTALLED)
    assert found.offer is not None and found.offer.path == placed.path


def test_central_places_windows_packages_too(site: Site, tmp_path: Path) -> None:
    exe = tmp_path / "jw-desktop-setup-0.3.0.exe"
    exe.write_bytes(b"MZ" + bytes(100))
    sign(exe, site.keys, version="0.3.0", platform=WINDOWS)
    placed = install.place(exe, site.folder, load_public_key(site.keys.public))
    assert placed.release.platform == WINDOWS


def test_central_refuses_a_tampered_package_and_writes_nothing(site: Site, tmp_path: Path) -> None:
    built = package(tmp_path / "release", "0.3.0")
    sign(built, site.keys, version="0.3.0")
    built.write_bytes(built.read_bytes()[:-1])
    with pytest.raises(SignatureRefused):
        install.place(built, site.folder, load_public_key(site.keys.public))
    assert list(site.folder.iterdir()) == []


def test_staging_folder_is_in_the_users_data_folder(site: Site) -> None:
    assert install.staging_dir() == site.data / "updates"


def test_unwritable_staging_is_one_dutch_sentence(site: Site) -> None:
    chosen = offer(site)
    site.data.mkdir(parents=True)
    (site.data / "updates").write_text("een bestand, geen map")
    with pytest.raises(install.InstallFailed) as caught:
        take(site, chosen, Runner(site))
    assert is_dutch(caught.value.message), caught.value.message


def test_the_launch_waits_and_passes_the_exit_code_on() -> None:
    """run_installer itself, with a harmless program in apt's place."""
    assert install.run_installer([sys.executable, "-c", "raise SystemExit(3)"]) == 3
    assert install.run_installer([sys.executable, "-c", "pass"]) == 0


def test_this_machine_is_linux_x86_64() -> None:
    assert offers.this_platform() == LINUX  # CI and this machine: Debian on x86-64
