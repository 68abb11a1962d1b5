"""Coded, documented error and warning messages (``[E001] ...``).

Every message a user may see is defined here once, so its wording is
consistent and its code can be looked up in docs/errors.md.
"""

from __future__ import annotations


class Errors:
    """Message templates; format with ``str.format`` keyword arguments."""

    E001 = "[E001] {where}: file is empty"
    E002 = "[E002] {where}: file is too large ({size} bytes, limit {limit})"
    E003 = "[E003] {where}: looks like a binary file, not text, HTML or JSON"
    E004 = "[E004] {where}: could not decode the text (tried UTF-8 and detected encodings)"
    E005 = "[E005] {where}: invalid JSON: {detail}"
    E006 = "[E006] {where}: field '{field}' {detail}"
    E007 = "[E007] {where}: no article text found"
    E008 = "[E008] {where}: text too short ({chars} characters, minimum {minimum})"
    E009 = "[E009] {where}: unsupported file type '{suffix}'"
    E010 = "[E010] {where}: no such file or folder"
    E011 = "[E011] {where}: could not fetch: {detail}"
    E012 = "[E012] model file {path} failed its integrity check (sha256 {actual}, expected {expected})"
    E013 = "[E013] {package} version {actual} is installed but {expected} is required"
    E014 = "[E014] no story with id '{id}'"
    E015 = "[E015] no article with id '{id}'"
    E016 = "[E016] similarity model artifact {path}: {detail}"
    E017 = "[E017] store {path} has schema version {found}, newer than this newsprism ({supported})"
    E018 = "[E018] {where}: could not parse feed: {detail}"
    E019 = "[E019] {where}: language not supported or could not be determined"
    E020 = "[E020] {where}: analysis failed: {detail}"
    E021 = "[E021] analysis of article '{id}' has {vectors} sentence vectors for {sentences} sentences"
    E022 = "[E022] encoder model file {path}: {detail}"
    W001 = "[W001] {where}: text cut to {limit} characters"
    W002 = "[W002] {where}: language could not be determined; analysed as 'und'"


class NewsprismError(Exception):
    """Base class of every error newsprism raises on purpose."""


class BadInputError(NewsprismError):
    """An input (file, line, field, URL) that cannot be ingested; carries a one-line reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(NewsprismError):
    """A story or article id that the store does not hold."""


class ModelIntegrityError(NewsprismError):
    """A bundled model or artifact is missing, altered or of the wrong version."""
