"""The `vanban` command groups: one module per group, each with `register(app)` called by `pipeline/cli.py`.

    read.py (read), extract.py (extract, schema), check.py (check, check-campaign),
    generate.py (derive-plan, consolidate, remind, lint), inbox.py (init, watch, ingest, status)

Each command parses its options, calls the library and prints; errors come out in Vietnamese with the file name.
"""
