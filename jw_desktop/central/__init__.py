"""The always-on central over HTTP (issue 14): a front door like the CLI and the UI."""
