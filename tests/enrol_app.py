"""A minimal service holding only the enrol and health routes over one central store file
(JW_TEST_CENTRAL), for tests run before h2's build_app; `uvicorn --factory enrol_app:app`."""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette

from jw_desktop.central import enrol_routes, health
from jw_desktop.model import SchoolStore


def make(central: SchoolStore) -> Starlette:
    app = Starlette(routes=[*enrol_routes.ROUTES, *health.ROUTES])
    app.state.central = central
    return app


def app() -> Starlette:
    store = SchoolStore.open(Path(os.environ["JW_TEST_CENTRAL"]), auto_backup=False)
    return make(store)
