"""Taking an offer: the package is copied into the user's data folder, the copy is checked
again, and only that checked copy goes to the installer. The installer is injected (apt is
never run here); the stand-in runs the real `minisign -V` on what it is handed, so the test
sees what apt would have got."""

from __future__ import annotations

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


def take(site: Site, chosen: offers.Offer, runner: Runner, **kw: object) -> install.Installation:
    return install.take(
        chosen,
        load_public_key(site.keys.public),
        platform=str(kw.pop("platform", LINUX)),
        installed=INSTALLED,
        runner=runner,
        which=kw.pop("which", with_pkexec),  # type: ignore[arg-type]
    )


def test_the_staged_checked_copy_goes_to_apt_through_pkexec(site: Site) -> None:
    chosen = offer(site)
    runner = Runner(site)
    done = take(site, chosen, runner)
    staged = site.data / "updates" / chosen.path.name
    assert runner.calls == [
        ["/usr/bin/pkexec", "/usr/bin/apt-get", "install", "-y", *install.KEEP_CONFIG, str(staged)]
    ]
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
    assert done.argv == ("sudo", "apt-get", "install", "-y", *install.KEEP_CONFIG, str(staged))
    assert f"{' '.join(done.argv)}" in done.message
    assert minisign_verifies(staged, site.keys)


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
