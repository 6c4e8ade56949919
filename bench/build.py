"""Build: import the national catalogue and a large school into a new store.

Target: catalogue + school import <= 5 s together (a school installs the app and loads
the catalogue and its students once; longer feels broken). Two years of progress are
imported too and reported without a target: real progress grows one fact at a time.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import arguments, emit, make_scale

BUILD_TARGET_S = 5.0


def main() -> None:
    args = arguments(__doc__ or "")
    with tempfile.TemporaryDirectory(prefix="jw-bench-") as folder:
        path = Path(folder) / "scale.sqlite"
        build = make_scale(path, args)
        t = build.timings
        counts = build.store.info().counts
        build.store.close()
        size_mb = path.stat().st_size / 1e6
    emit("build", "store_create", t["store.create"], "s")
    emit("build", "catalogue_generate", t["catalogue.generate"], "s", n=args.cards)
    emit("build", "catalogue_import", t["catalogue.import"], "s", n=args.cards)
    emit("build", "school_generate", t["school.generate"], "s", n=args.students)
    emit("build", "school_import", t["school.import"], "s", n=args.students)
    imports = t["catalogue.import"] + t["school.import"]
    emit("build", "catalogue_plus_school_import", imports, "s", target=BUILD_TARGET_S)
    generated = imports + t["catalogue.generate"] + t["school.generate"]
    emit("build", "catalogue_plus_school_generate_and_import", generated, "s")
    if args.years > 0:
        emit("build", "progress_generate", t["progress.generate"], "s", n=args.students)
        emit("build", "progress_import", t["progress.import"], "s", n=build.facts,
             observations=counts["observaties"], notes=counts["notities"])
    emit("build", "file_size", size_mb, "MB")


if __name__ == "__main__":
    main()
