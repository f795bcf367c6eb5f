"""A workspace on disk and its database, shared by the inbox, the checks and the web page.

    workspace.py    the folder (`vanban init DIR`: inbox/, archive/, quarantine/, outbox/) and its settings (`vanban.toml`)
    database.py     the SQLAlchemy store (SQLite in WAL mode, or PostgreSQL): `Store`
    models.py       its tables

It imports nothing else of `pipeline`, so every layer above may use it (tests/test_layers.py).
"""
