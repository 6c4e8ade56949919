"""The central's HTTP service (issue 14): a front door like cli/ and ui/, over sync/ and
model/. The app is built in app.py; enrol_routes.py and health.py add their routes."""
