"""Build the Debian package of the frozen app, and sign it.

    python installer/linux/build_deb.py --bundle dist/jw-desktop --out dist \
        [--version V] [--minisign-key FILE] [--gpg-key KEYID --gpg-home DIR] \
        [--compression xz|gzip]

writes ``OUT/jw-desktop_<V>_amd64.deb`` (COMMON contract 5): the bundle of
installer/build.py in /opt/jw-desktop, /usr/bin/jw-desktop and /usr/bin/jw-desktop-gui
pointing into it, a Dutch menu entry that also opens ``jw-desktop://kaart/CODE`` links, the
icon, the machine's settings template /etc/jw-desktop/jw-desktop.ini (a conffile, so an
admin's version survives upgrades) and the copyright file. The bundle's content is not
looked at beyond its two executables and ``_internal/``.

Signing, each optional (a missing key only skips it, with a warning):
- ``--gpg-key``: the package's own signature, ``debsigs --sign=origin`` (an ``_gpgorigin``
  member inside the .deb, checked by debsig-verify). The policy and the public key
  debsig-verify needs are written to ``OUT/debsig/`` laid out as they go on a machine
  (``etc/debsig/policies/KEYID/jw-desktop.pol``, ``usr/share/debsig/keyrings/KEYID/
  debsig.gpg``), and the public key as ``OUT/jw-desktop-uitgever.gpg``.
- ``--minisign-key``: the detached ``.deb.minisig`` of COMMON contract 3 (platform
  linux-x86_64), made after debsigs, since debsigs changes the file, and the public key as
  ``OUT/jw-desktop-uitgever.pub`` (what installer/verify_package.sh looks for). When the
  bundle carries a publisher key (``_internal/jw_desktop/publisher.pub``, the key the app
  will check its updates with), the new signature must verify with it, else the build
  fails: a package the installed app would refuse to update from is never released.

Reproducible: file modes, owners (root, --root-owner-group), order (dpkg-deb sorts) and
times (SOURCE_DATE_EPOCH, else the last commit's time) are fixed, so the same bundle gives
the same bytes. Nothing is left half-written: the package is built and signed under a
temporary name in OUT and renamed at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE.parent))

from sign import SigningError, check_signature, sign_file, write_public_key  # noqa: E402

PACKAGE = "jw-desktop"
ARCHITECTURE = "amd64"
PLATFORM = "linux-x86_64"
INSTALL_DIR = "opt/jw-desktop"
EXECUTABLES = ("jw-desktop", "jw-desktop-gui")
CONFFILE = "etc/jw-desktop/jw-desktop.ini"
ICON = ROOT / "resources" / "icons" / "jw-desktop.svg"
MAINTAINER = "Jongleren&Werken <jw-desktop@example.nl>"

# What the frozen Qt app loads from the system (readelf -d NEEDED of the PySide6 wheel's
# QtCore/Gui/Widgets/DBus/Svg/PrintSupport, the xcb platform plugin and its GL
# integration, minus what PyInstaller bundles); each package pulls in its own libraries.
DEPENDS = (
    "libc6 (>= 2.28)",  # the PySide6 wheels are manylinux_2_28
    "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1",
    "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libglib2.0-0", "libdbus-1-3",
    "libxkbcommon0", "libxkbcommon-x11-0", "libx11-6", "libx11-xcb1", "libxcb1",
    "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render0", "libxcb-render-util0", "libxcb-shape0",
    "libxcb-shm0", "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
)
RECOMMENDS = ("fonts-dejavu-core",)  # Qt needs at least one font to draw any text

DESCRIPTION = """\
leerroutes van Jongleren&Werken, ook zonder internet
 jw-desktop is het programma voor leerlingen, leraren en jobcoaches van
 Jongleren&Werken: leerroutes, instructiekaarten, observaties en voortgang, op de
 laptop zelf. Het synchroniseert via een gedeelde map, een USB-stick of de centrale.
 .
 Offline-first app for the learning routes of Jongleren&Werken: routes,
 instruction cards, observations and progress on the laptop itself, synchronised
 through a shared folder, a USB stick or the school's central."""

_DEB_VERSION = re.compile(r"^[0-9][A-Za-z0-9.+~]*(-[A-Za-z0-9.+~]+)?$")


class BuildError(Exception):
    """A Dutch sentence saying why no package was built."""


def app_version() -> str:
    """jw_desktop.__version__ (COMMON contract 2), read without importing the app."""
    text = (ROOT / "jw_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise BuildError("De versie staat niet in jw_desktop/__init__.py (__version__).")
    return found.group(1)


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time, else now: the files' mtime."""
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env.isdigit():
        return int(env)
    try:
        result = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                                capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.strip().isdigit():
            return int(result.stdout.strip())
    except OSError:
        pass
    return int(time.time())


def check_bundle(bundle: Path) -> None:
    if not bundle.is_dir():
        raise BuildError(f"De map {bundle} bestaat niet; bouw eerst het programma "
                         "(python installer/build.py).")
    for name in EXECUTABLES:
        exe = bundle / name
        if not exe.is_file() or not os.access(exe, os.X_OK):
            raise BuildError(f"In {bundle} ontbreekt het uitvoerbare bestand {name}; "
                             "is dit wel de map die installer/build.py maakte?")
    if not (bundle / "_internal").is_dir():
        raise BuildError(f"In {bundle} ontbreekt de map _internal; "
                         "is dit wel de map die installer/build.py maakte?")


def render_png(svg: Path, png: Path, size: int) -> bool:
    """The icon as a PNG for menus that do not draw SVG: rsvg-convert, else Qt offscreen
    (this Python's PySide6); False when neither is there (the SVG alone is enough)."""
    png.parent.mkdir(parents=True, exist_ok=True)
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        done = subprocess.run([rsvg, "-w", str(size), "-h", str(size), "-o", str(png),
                               str(svg)], capture_output=True, check=False)
        if done.returncode == 0 and png.is_file():
            return True
    script = (
        "import sys\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication([])\n"
        "n = int(sys.argv[3])\n"
        "image = QImage(n, n, QImage.Format.Format_ARGB32)\n"
        "image.fill(Qt.GlobalColor.transparent)\n"
        "painter = QPainter(image)\n"
        "QSvgRenderer(sys.argv[1]).render(painter)\n"
        "painter.end()\n"
        "sys.exit(0 if image.save(sys.argv[2], 'PNG') else 1)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script, str(svg), str(png), str(size)],
                          capture_output=True, env=env, check=False)
    if done.returncode == 0 and png.is_file():
        return True
    png.unlink(missing_ok=True)
    return False


def copy_tree(source: Path, target: Path) -> None:
    """The bundle as it is (symlinks kept), with modes made uniform: 0755 for folders and
    for files with any execute bit, 0644 for the rest."""
    shutil.copytree(source, target, symlinks=True)
    for folder, _dirs, files in os.walk(target):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            executable = path.stat().st_mode & 0o111
            os.chmod(path, 0o755 if executable else 0o644)


def install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    os.chmod(target, mode)


def installed_size_kib(root: Path) -> int:
    """Installed-Size as dpkg-gencontrol counts it: each file's size rounded up to KiB,
    one KiB for each folder (but / itself) and symlink."""
    total = 0
    for folder, dirs, files in os.walk(root):
        relative = Path(folder).relative_to(root)
        if relative.parts[:1] == ("DEBIAN",):
            continue
        total += 1 if relative.parts else 0
        for name in files:
            path = Path(folder, name)
            total += 1 if path.is_symlink() else (path.lstat().st_size + 1023) // 1024
        total += sum(1 for name in dirs if Path(folder, name).is_symlink())
    return total


def md5sums(root: Path, skip: set[str]) -> str:
    """DEBIAN/md5sums (what dpkg --verify checks): every file but the conffiles."""
    lines = []
    for folder, _dirs, files in os.walk(root):
        relative = Path(folder).relative_to(root)
        if relative.parts[:1] == ("DEBIAN",):
            continue
        for name in files:
            path = Path(folder, name)
            rel = (relative / name).as_posix()
            if path.is_symlink() or rel in skip:
                continue
            with path.open("rb") as stream:
                digest = hashlib.file_digest(stream, "md5").hexdigest()
            lines.append(f"{digest}  {rel}")
    return "\n".join(sorted(lines, key=lambda line: line[34:])) + "\n"


def control_text(version: str, size_kib: int, maintainer: str) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {ARCHITECTURE}\n"
        f"Maintainer: {maintainer}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def fix_times(root: Path, epoch: int) -> None:
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            os.utime(Path(folder, name), (epoch, epoch), follow_symlinks=False)
        os.utime(folder, (epoch, epoch))


def stage(bundle: Path, root: Path, version: str, maintainer: str) -> None:
    """Lay out the package's files under root (the future /)."""
    copy_tree(bundle, root / INSTALL_DIR)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in EXECUTABLES:
        (bin_dir / name).symlink_to(f"/{INSTALL_DIR}/{name}")
    install(HERE / "jw-desktop.desktop", root / "usr/share/applications/jw-desktop.desktop")
    icons = root / "usr/share/icons/hicolor"
    install(ICON, icons / "scalable/apps/jw-desktop.svg")
    render_png(ICON, icons / "256x256/apps/jw-desktop.png", 256)
    install(HERE / "jw-desktop.ini", root / CONFFILE)
    install(HERE / "copyright", root / "usr/share/doc/jw-desktop/copyright")
    for folder, _dirs, _files in os.walk(root):
        os.chmod(folder, 0o755)
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    os.chmod(debian, 0o755)
    install(HERE / "debian" / "postinst", debian / "postinst", 0o755)
    install(HERE / "debian" / "postrm", debian / "postrm", 0o755)
    (debian / "conffiles").write_text(f"/{CONFFILE}\n", encoding="utf-8")
    (debian / "md5sums").write_text(md5sums(root, {CONFFILE}), encoding="utf-8")
    (debian / "control").write_text(
        control_text(version, installed_size_kib(root), maintainer), encoding="utf-8")
    for name in ("conffiles", "md5sums", "control"):
        os.chmod(debian / name, 0o644)


def gpg_key_id(key: str, gpg_home: Path | None) -> str:
    """The 16-digit long key id of the signing key (what debsig-verify's policy names)."""
    result = subprocess.run(
        ["gpg", "--batch", "--with-colons", "--list-secret-keys", key],
        capture_output=True, text=True, env=gpg_env(gpg_home), check=False)
    for line in result.stdout.splitlines():
        fields = line.split(":")
        if fields[0] == "sec":
            return fields[4].upper()
    raise BuildError(f"De GPG-sleutel {key} staat niet in de sleutelbos"
                     f"{f' {gpg_home}' if gpg_home else ''}; er is niets ondertekend.")


def gpg_env(gpg_home: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if gpg_home is not None:
        env["GNUPGHOME"] = str(gpg_home)
    return env


def debsig_sign(deb: Path, key: str, gpg_home: Path | None, out: Path) -> str:
    """debsigs --sign=origin, then the policy and keyring debsig-verify needs in
    out/debsig/ and the public key as out/jw-desktop-uitgever.gpg; returns the key id."""
    if shutil.which("debsigs") is None:
        raise BuildError("debsigs is niet gevonden; installeer het eerst "
                         "(apt-get install debsigs).")
    key_id = gpg_key_id(key, gpg_home)
    done = subprocess.run(["debsigs", "--sign=origin", f"--default-key={key_id}", str(deb)],
                          capture_output=True, text=True, env=gpg_env(gpg_home), check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["geen uitleg"]
        raise BuildError(f"debsigs kon het pakket niet ondertekenen ({detail[0]}).")
    public = subprocess.run(["gpg", "--batch", "--export", key_id], capture_output=True,
                            env=gpg_env(gpg_home), check=False).stdout
    if not public:
        raise BuildError(f"De publieke GPG-sleutel {key_id} kon niet worden geëxporteerd.")
    debsig = out / "debsig"
    policy_dir = debsig / "etc/debsig/policies" / key_id
    keyring_dir = debsig / "usr/share/debsig/keyrings" / key_id
    policy_dir.mkdir(parents=True, exist_ok=True)
    keyring_dir.mkdir(parents=True, exist_ok=True)
    policy = (HERE / "debsig" / "jw-desktop.pol.in").read_text(encoding="utf-8")
    (policy_dir / "jw-desktop.pol").write_text(policy.replace("@KEYID@", key_id),
                                               encoding="utf-8")
    (keyring_dir / "debsig.gpg").write_bytes(public)
    (out / "jw-desktop-uitgever.gpg").write_bytes(public)
    return key_id


COMPRESSIONS = ("xz", "gzip")
"""xz for a release (the smallest download; 3 to 4 minutes for the real 180 MB bundle on a
busy 2-core machine), gzip for a quick test build (./dev.sh build-test)."""


def build(bundle: Path, out: Path, version: str | None = None, *,
          minisign_key: Path | None = None, gpg_key: str | None = None,
          gpg_home: Path | None = None, maintainer: str = MAINTAINER,
          compression: str = "xz") -> Path:
    """Build (and sign) the package; return the .deb's path."""
    version = version or app_version()
    if not _DEB_VERSION.match(version):
        raise BuildError(f"De versie '{version}' is geen geldige Debian-versie "
                         "(bijvoorbeeld 0.1.0 of 0.2.0~rc1).")
    bundle = Path(bundle).absolute()
    check_bundle(bundle)
    if minisign_key is not None and not Path(minisign_key).is_file():
        raise BuildError(f"De minisign-sleutel {minisign_key} bestaat niet.")
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is niet gevonden; bouw het pakket op Debian of Ubuntu.")
    out = Path(out).absolute()
    out.mkdir(parents=True, exist_ok=True)
    name = f"{PACKAGE}_{version}_{ARCHITECTURE}.deb"
    epoch = source_date_epoch()
    work = Path(tempfile.mkdtemp(prefix=".jw-desktop-deb-", dir=out))
    try:
        root = work / "root"
        root.mkdir(mode=0o755)
        os.chmod(root, 0o755)
        stage(bundle, root, version, maintainer)
        fix_times(root, epoch)
        unsigned = work / name
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
        done = subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}",
             *(["-z1"] if compression == "gzip" else []), "--build", str(root), str(unsigned)],
            capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            raise BuildError(f"dpkg-deb kon het pakket niet bouwen: {done.stderr.strip()}")
        if gpg_key:
            debsig_sign(unsigned, gpg_key, gpg_home, out)
        else:
            print("Let op: geen --gpg-key, het pakket krijgt geen debsig-handtekening.",
                  file=sys.stderr)
        final = out / name
        if minisign_key is not None:
            try:
                sig = sign_file(unsigned, key=Path(minisign_key), version=version,
                                platform=PLATFORM)
            except SigningError as error:
                raise BuildError(str(error)) from None
            trusted = bundle / "_internal" / "jw_desktop" / "publisher.pub"
            public = work / "jw-desktop-uitgever.pub"
            try:
                if trusted.is_file():  # the key the installed app checks updates with
                    shutil.copyfile(trusted, public)
                else:
                    write_public_key(Path(minisign_key), public)
                check_signature(unsigned, public)
            except SigningError as error:
                raise BuildError(str(error)) from None
            os.replace(unsigned, final)
            os.replace(sig, final.with_name(final.name + ".minisig"))
            os.replace(public, out / "jw-desktop-uitgever.pub")
        else:
            print("Let op: geen --minisign-key, het pakket krijgt geen .minisig-handtekening.",
                  file=sys.stderr)
            final.with_name(final.name + ".minisig").unlink(missing_ok=True)
            os.replace(unsigned, final)
        return final
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bouw het Debian-pakket van jw-desktop.")
    parser.add_argument("--bundle", type=Path, required=True,
                        help="de map die installer/build.py maakte (dist/jw-desktop)")
    parser.add_argument("--out", type=Path, required=True, help="de map voor het pakket")
    parser.add_argument("--version", help="de versie (standaard jw_desktop.__version__)")
    parser.add_argument("--minisign-key", type=Path,
                        help="de geheime minisign-sleutel van de uitgever (.minisig)")
    parser.add_argument("--gpg-key", help="de GPG-sleutel voor debsigs (sleutel-id)")
    parser.add_argument("--gpg-home", type=Path, help="de GNUPGHOME met die sleutel")
    parser.add_argument("--maintainer", default=MAINTAINER, help="het veld Maintainer")
    parser.add_argument("--compression", choices=COMPRESSIONS, default="xz",
                        help="xz voor een uitgave (kleinst), gzip voor een snelle testbouw")
    args = parser.parse_args(argv)
    if args.gpg_home is not None and not args.gpg_key:
        parser.error("--gpg-home hoort bij --gpg-key")
    try:
        deb = build(args.bundle, args.out, args.version, minisign_key=args.minisign_key,
                    gpg_key=args.gpg_key, gpg_home=args.gpg_home, maintainer=args.maintainer,
                    compression=args.compression)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Gebouwd: {deb}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
