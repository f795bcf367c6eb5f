"""The pipeline: documents in, checks and Decree 30 documents out.

    stages.py      the table of contents: file -> Document -> Record (`file_to_record`)
    isolation.py   run a risky job in a child process with hard time and memory limits
    vi_format.py   numbers as Vietnamese documents write them ("1.703,274"), for messages and templates
    check/         reports against the plan: `check_report`, `check_campaign`
    generate/      Decree 30 DOCX from records and the office profile: `generate_plan`, `generate_report`, ...
    lint/          a DOCX against the Decree 30 rules: `lint_docx`
    profile/       the office profile (hồ sơ cơ quan): `load_profile`
    inbox/         a workspace's inbox, store and outbox: `Inbox`, `init_workspace`, `open_workspace`
    cli.py         the `vanban` command; one module per command group in `commands/`
"""
