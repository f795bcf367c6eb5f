"""Imported once by the reader fork server (pipeline.isolation): loads every reader and extractor module, so each
forked child starts with them imported instead of importing them again for every file."""

from pipeline.inbox.worker import warm_up

warm_up()
