#!/usr/bin/env bash
# The two commands of the README, each doing its own set-up on a fresh machine:
#   ./dev.sh app    start the application on the embedded default (demo school on first start)
#   ./dev.sh test   run the whole test suite (lint, types, layer rules, pytest)
#   ./dev.sh build  the frozen application for this platform in dist/jw-desktop (PyInstaller;
#                   installer/build.py, its arguments: --dist DIR, --publisher-key FILE)
#   ./dev.sh build-test  build it, then run tests/frozen against the built bundle
#   ./dev.sh package  build it and its Linux package in dist/ in one go: --publisher-key FILE
#                   goes to installer/build.py, every other argument to
#                   installer/linux/build_deb.py (--minisign-key, --gpg-key, --compression ...)
#   ./dev.sh soak   the sync tests with many times more property examples, kills and fuzz
#                   cases (tests/sync/profiles.py; several minutes; docs/sync.md "Soak")
# Extra arguments go to the application or to pytest.
set -euo pipefail
cd "$(dirname "$0")"
VENV="${JW_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

setup() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "jw-desktop needs Python 3.11 or newer ($PYTHON is $("$PYTHON" -V 2>&1))." >&2
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    echo "jw-desktop wordt voor de eerste keer klaargezet: een eigen Python-omgeving in $VENV" \
         "en de onderdelen die het programma gebruikt (Qt, SQLAlchemy, ...)." >&2
    echo "Dat duurt eenmalig ongeveer een halve minuut; daarna start het programma meteen." >&2
    "$PYTHON" -m venv "$VENV"
  fi
  # Reinstall only when the dependencies changed.
  local stamp
  stamp="$VENV/.installed-$(sha1sum pyproject.toml | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    echo "Onderdelen installeren (pip install)..." >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e ".[test]"
    touch "$stamp"
    echo "Klaar met installeren." >&2
  fi
  # The compiled translations (the Dutch plurals, English): made when missing or stale.
  "$VENV/bin/python" installer/build_translations.py --if-stale
  if ! QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c 'from PySide6 import QtWidgets' 2>/dev/null; then
    echo "Qt kan niet starten: installeer eerst de systeembibliotheken die het nodig heeft, op Debian/Ubuntu:" >&2
    echo "  apt-get install libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3" >&2
    exit 1
  fi
}

# PyInstaller (the extra 'build' of pyproject.toml), once per change of the dependencies.
setup_build() {
  local stamp
  stamp="$VENV/.installed-build-$(sha1sum pyproject.toml | cut -c1-12)"
  if [ ! -f "$stamp" ]; then
    echo "PyInstaller installeren (pip install -e .[build])..." >&2
    "$VENV/bin/python" -m pip install --quiet -e ".[test,build]"
    touch "$stamp"
  fi
}

case "${1:-}" in
  app)
    shift
    setup
    exec "$VENV/bin/python" -m jw_desktop "$@"
    ;;
  test)
    shift
    setup
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/ruff" check .
    "$VENV/bin/mypy"
    "$VENV/bin/lint-imports"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  build)
    shift
    setup
    setup_build
    exec "$VENV/bin/python" installer/build.py "$@"
    ;;
  build-test)
    shift
    setup
    setup_build
    "$VENV/bin/python" installer/build.py
    export QT_QPA_PLATFORM=offscreen JW_FROZEN_DIST="$PWD/dist/jw-desktop"
    # The Linux package of that bundle (gzip: seconds instead of xz's minutes; a release
    # uses the default xz), installed into a fresh root by tests/frozen/test_frozen_deb.py.
    rm -rf dist/deb && mkdir -p dist/deb
    "$VENV/bin/python" installer/linux/build_deb.py --bundle dist/jw-desktop --out dist/deb \
      --compression gzip
    deb=$(ls dist/deb/*.deb)
    export JW_FROZEN_DEB="$PWD/$deb"
    exec "$VENV/bin/python" -m pytest tests/frozen -p no:cacheprovider -q "$@"
    ;;
  package)
    shift
    setup
    setup_build
    build_args=()
    deb_args=()
    while [ "$#" -gt 0 ]; do
      case "$1" in
        --publisher-key) build_args+=("$1" "${2:?--publisher-key needs a file}"); shift 2 ;;
        *) deb_args+=("$1"); shift ;;
      esac
    done
    "$VENV/bin/python" installer/build.py "${build_args[@]}"
    exec "$VENV/bin/python" installer/linux/build_deb.py --bundle dist/jw-desktop --out dist \
      "${deb_args[@]}"
    ;;
  soak)
    shift
    setup
    export QT_QPA_PLATFORM=offscreen JW_SOAK=1
    exec "$VENV/bin/python" -m pytest tests/sync -p no:cacheprovider -q "$@"
    ;;
  *)
    echo "usage: ./dev.sh app [--db FILE] | ./dev.sh test [pytest arguments] | ./dev.sh soak" \
         "| ./dev.sh build [--dist DIR] [--publisher-key FILE] | ./dev.sh build-test" \
         "| ./dev.sh package [--publisher-key FILE] [build_deb.py arguments]" >&2
    exit 2
    ;;
esac
