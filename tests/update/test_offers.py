"""Which package in the sync folder is offered: only a newer one for this platform, under
the name it was signed with, signed by the publisher key this copy was installed with.
Everything else is reported with its reason (an alarm) or passed over (an older or equal
version: never installed, so this path cannot downgrade; the store's own refusal of a
database from a newer version is tests/model/test_store_failures.py::
test_database_from_newer_version_is_refused_untouched and is not touched here)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from update_kit import Site, comment, is_dutch, make_keys, package, sign

import jw_desktop
from jw_desktop.update import offers

LINUX, WINDOWS = offers.LINUX, offers.WINDOWS
INSTALLED = (0, 2, 0)


def scan(site: Site, platform: str = LINUX) -> offers.Scan:
    return offers.scan(site.folder, platform=platform, installed=INSTALLED)


def only_refusal(found: offers.Scan) -> str:
    assert found.offer is None
    assert len(found.refused) == 1, found.refused
    reason = found.refused[0].reason
    assert is_dutch(reason), reason
    return reason


def test_newer_package_is_offered(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    sign(file, site.keys, version="0.3.0")
    found = scan(site)
    assert found.offer is not None
    assert found.offer.path == file
    assert found.offer.release == offers.Release("0.3.0", LINUX, file.name)
    assert not found.refused and not found.ignored and not found.off


def test_updates_subfolder_and_the_newest_wins(site: Site) -> None:
    for version, where in [("0.3.0", site.folder), ("0.10.0", site.folder / "updates")]:
        sign(package(where, version), site.keys, version=version)
    found = scan(site)
    assert found.offer is not None
    assert found.offer.release.version == "0.10.0"  # numbers, not text: 10 > 3
    assert [o.release.version for o in found.newer] == ["0.10.0", "0.3.0"]


@pytest.mark.parametrize("version", ["0.1.9", "0.2.0"], ids=["older", "equal"])
def test_older_or_equal_is_passed_over_with_its_reason(site: Site, version: str) -> None:
    sign(package(site.folder, version), site.keys, version=version)
    found = scan(site)
    assert found.offer is None and not found.refused
    assert len(found.ignored) == 1
    assert "ouder dan of gelijk aan de geïnstalleerde versie" in found.ignored[0].reason


def test_installed_version_is_jw_desktops_own(site: Site) -> None:
    major, minor, patch = offers.parse_version(jw_desktop.__version__)
    same, newer = jw_desktop.__version__, f"{major}.{minor}.{patch + 1}"
    for version in (same, newer):
        sign(package(site.folder, version), site.keys, version=version)
    found = offers.scan(site.folder, platform=LINUX)
    assert found.offer is not None and found.offer.release.version == newer
    assert [p.path.name for p in found.ignored] == [f"jw-desktop_{same}_amd64.deb"]


def test_wrong_platform_is_refused(site: Site) -> None:
    sign(package(site.folder, "0.3.0"), site.keys, version="0.3.0", platform=WINDOWS)
    assert "is voor windows-x86_64, deze computer is linux-x86_64" in only_refusal(scan(site))


def test_windows_looks_only_at_setup_programs(site: Site) -> None:
    sign(package(site.folder, "0.3.0"), site.keys, version="0.3.0")
    exe = site.folder / "jw-desktop-setup-0.4.0.exe"
    exe.write_bytes(b"MZ" + bytes(1000))
    sign(exe, site.keys, version="0.4.0", platform=WINDOWS)
    found = scan(site, WINDOWS)
    assert found.offer is not None and found.offer.path == exe
    assert not found.refused


def test_renamed_file_is_refused(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    sig = sign(file, site.keys, version="0.3.0")
    renamed = site.folder / "jw-desktop_0.9.0_amd64.deb"
    file.rename(renamed)
    sig.rename(offers.signature_path(renamed))
    reason = only_refusal(scan(site))
    assert "heet jw-desktop_0.9.0_amd64.deb, maar is ondertekend als jw-desktop_0.3.0" in reason


def test_one_byte_flipped_in_the_package_is_refused(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    sign(file, site.keys, version="0.3.0")
    data = bytearray(file.read_bytes())
    data[12345] ^= 0x04
    file.write_bytes(bytes(data))
    assert "past niet bij het bestand" in only_refusal(scan(site))


def test_edited_trusted_comment_is_refused(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    sig = sign(file, site.keys, version="0.1.0")  # genuine, but older: would be passed over
    sig.write_text(sig.read_text().replace("versie=0.1.0", "versie=0.3.0"))
    assert "vertrouwde commentaar is veranderd" in only_refusal(scan(site))


def test_signature_by_another_key_is_refused(site: Site) -> None:
    sign(package(site.folder, "0.3.0"), site.other, version="0.3.0")
    assert "andere sleutel" in only_refusal(scan(site))


def test_garbage_signature_is_refused(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    offers.signature_path(file).write_bytes(b"\x00\xffdit is geen handtekening\n" * 3)
    assert "geen minisign-handtekening" in only_refusal(scan(site))


def test_missing_signature_is_refused(site: Site) -> None:
    package(site.folder, "0.3.0")
    reason = only_refusal(scan(site))
    assert "geen handtekening" in reason and "jw-desktop_0.3.0_amd64.deb.minisig" in reason


def test_not_an_update_comment_is_refused(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    sign(file, site.keys, trusted=f"timestamp:1 file:{file.name}")
    assert "niet voor een update van jw-desktop" in only_refusal(scan(site))


def test_bad_among_good_is_reported_not_skipped(site: Site) -> None:
    good = package(site.folder, "0.3.0")
    sign(good, site.keys, version="0.3.0")
    bad = package(site.folder / "updates", "0.4.0")
    sign(bad, site.other, version="0.4.0")
    found = scan(site)
    assert found.offer is not None and found.offer.path == good
    assert [p.path for p in found.refused] == [bad]


def test_extra_signed_words_are_allowed_but_not_twice(site: Site) -> None:
    file = package(site.folder, "0.3.0")
    sign(file, site.keys, trusted=comment("0.3.0", LINUX, file.name) + " kanaal=stabiel")
    assert scan(site).offer is not None
    sign(file, site.keys, trusted=comment("0.3.0", LINUX, file.name) + " versie=9.9.9")
    assert "onleesbaar" in only_refusal(scan(site))


def test_no_publisher_key_means_updates_are_off(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign(package(site.folder, "0.3.0"), site.keys, version="0.3.0")
    monkeypatch.setenv(offers.KEY_ENV, str(site.folder / "niet-er.pub"))
    found = scan(site)
    assert found.offer is None and not found.refused
    assert "Bijwerken via de synchronisatiemap staat uit" in found.off
    assert is_dutch(found.off)
    with pytest.raises(offers.UpdatesOff):
        offers.publisher_key()


def test_no_packages_no_message_even_without_key(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(offers.KEY_ENV, str(site.folder / "niet-er.pub"))
    assert scan(site) == offers.Scan()


def test_broken_publisher_key_means_updates_are_off(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign(package(site.folder, "0.3.0"), site.keys, version="0.3.0")
    broken = site.folder / "kapot.pub"
    broken.write_text("untrusted comment: x\nRWQAAAA\n")
    monkeypatch.setenv(offers.KEY_ENV, str(broken))
    assert "onbruikbaar" in scan(site).off


def test_publisher_key_lives_beside_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """COMMON contract 3: jw_desktop/publisher.pub (frozen: _internal/jw_desktop/...)."""
    monkeypatch.delenv(offers.KEY_ENV, raising=False)
    expected = Path(jw_desktop.__file__).resolve().parent / "publisher.pub"
    assert offers.publisher_key_path() == expected


def test_a_key_installed_later_is_used(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is read on every look, not remembered: a reinstall with another publisher
    key takes effect, and the old publisher's packages are refused from then on."""
    sign(package(site.folder, "0.3.0"), site.keys, version="0.3.0")
    assert scan(site).offer is not None
    newer = make_keys(site.folder.parent / "nieuw")
    shutil.copyfile(newer.public, site.keys.public)
    assert "andere sleutel" in only_refusal(scan(site))
