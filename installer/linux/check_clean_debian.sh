#!/usr/bin/env bash
# The .deb on a clean Debian, as an admin installs it: a fresh minimal Debian (debootstrap
# into a folder, entered with chroot), `apt-get install ./jw-desktop_*.deb` fetching what it
# depends on from Debian's mirror, then, as an ordinary user of that system: the menu entry,
# the command line (demo, info, a folder sync between a central and an enrolled laptop),
# the window's self-test, and the window itself on a virtual screen, photographed.
#
#   sudo installer/linux/check_clean_debian.sh PACKAGE.deb [ROOT] [SCREENSHOT.png]
#
# Needs root, debootstrap and Debian's mirror (http://deb.debian.org); for the window,
# Xvfb and a Python with Pillow on this machine (PYTHON, default .venv/bin/python). ROOT is made when it holds no system
# yet (about 3 minutes) and kept afterwards, so a second check reuses it. Not part of
# `.ci/run` (it needs the network): docs/install.md says when to run it.
set -euo pipefail

deb=$(realpath "$1")
root=${2:-/var/tmp/jw-clean-debian}
shot=${3:-$PWD/jw-desktop-schone-debian.png}
suite=${SUITE:-bookworm}
mirror=${MIRROR:-http://deb.debian.org/debian}
say() { printf '== %s\n' "$*"; }

if [ ! -x "$root/bin/sh" ]; then
  say "debootstrap $suite into $root"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >/dev/null
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount "${mounted[i]}" || true; done
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix" && mounted+=("$root/tmp/.X11-unix")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" "$@"; }

say "apt-get install ./$(basename "$deb")"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" \
  >/dev/null
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' jw-desktop

say "menu entry and icon"
test -f "$root/usr/share/applications/jw-desktop.desktop"
find "$root/usr/share/icons" -name 'jw-desktop.*' | head -1 | grep -q .
grep -q '^Exec=jw-desktop-gui' "$root/usr/share/applications/jw-desktop.desktop"

in_root id -u docent >/dev/null 2>&1 || in_root useradd -m docent
as_user() {
  chroot --userspec=docent:docent "$root" env -i HOME=/home/docent PATH=/usr/bin:/bin \
    LANG=C.UTF-8 QT_QPA_PLATFORM="${QPA:-offscreen}" ${DISPLAY_FOR_APP:+DISPLAY=$DISPLAY_FOR_APP} "$@"
}

say "command line: demo, info"
as_user sh -c 'rm -rf ~/.local/share/jw-desktop ~/stick ~/*.sqlite* ~/*.json ~/*.sleutels.json'
as_user jw-desktop demo | tail -1
as_user jw-desktop info | grep 'Schemaversie'
test -f "$root/home/docent/.local/share/jw-desktop/jw-desktop.sqlite"

say "a folder sync: central, enrolled laptop"
as_user mkdir -p /home/docent/stick
c=/home/docent/centrale.sqlite l=/home/docent/laptop.sqlite
as_user jw-desktop demo --db "$c" >/dev/null
as_user jw-desktop central init --db "$c" >/dev/null
as_user jw-desktop sync aanmelden --db "$l" --name "Laptop schone Debian" \
  --out /home/docent/aanmelding.json >/dev/null
as_user jw-desktop central enroll /home/docent/aanmelding.json --role docent \
  --staff s.dewit@example.nl --out /home/docent/inschrijving.json --db "$c" >/dev/null
as_user jw-desktop sync inschrijven /home/docent/inschrijving.json --db "$l"
as_user jw-desktop sync --folder /home/docent/stick --db "$l"
as_user jw-desktop central sync --folder /home/docent/stick --db "$c"
as_user jw-desktop sync --folder /home/docent/stick --db "$l" | tee /dev/stderr \
  | grep -q 'gelijk met de centrale'

say "the window: self-test, then on a virtual screen"
as_user jw-desktop-gui --zelftest
python=${PYTHON:-.venv/bin/python}
if command -v Xvfb >/dev/null && "$python" -c 'import PIL' 2>/dev/null; then
  for n in $(seq 140 170); do [ -e "/tmp/.X11-unix/X$n" ] || { number=$n; break; }; done
  Xvfb ":$number" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$number" ] && break; sleep 0.1; done
  QPA=xcb DISPLAY_FOR_APP=":$number" as_user jw-desktop-gui >/dev/null 2>&1 & app=$!
  sleep 8
  colours=$("$python" -c 'import sys; from PIL import ImageGrab
shot = ImageGrab.grab(xdisplay=sys.argv[1]); shot.save(sys.argv[2])
print(len(shot.getcolors(1 << 24) or []))' ":$number" "$shot")
  kill "$app" 2>/dev/null || true
  echo "screenshot: $shot ($colours colours)"
  [ "$colours" -gt 16 ]  # a blank or black screen has one or two
fi
say "ok: installed, started, synced on a clean $suite"
