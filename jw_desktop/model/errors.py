"""Errors a user can meet. Each carries a Dutch message that the CLI and the window show as
is, and an exit code for scripts. None of them means data was lost: the store is left as it
was before the action that failed."""

from __future__ import annotations


class JWError(Exception):
    """Base of every expected, user-facing error."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(JWError):
    exit_code = 3


class InvalidInput(JWError):
    exit_code = 2


class NotEligible(JWError):
    exit_code = 4


class StoreError(JWError):
    """Something is wrong with the database file or where it lives."""

    exit_code = 10


class StoreLocked(StoreError):
    exit_code = 11


class StoreCorrupt(StoreError):
    exit_code = 12


class StoreReadOnly(StoreError):
    exit_code = 13


class StoreFull(StoreError):
    exit_code = 14


class StoreTooNew(StoreError):
    exit_code = 15


class BackupError(StoreError):
    exit_code = 16
