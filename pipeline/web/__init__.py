"""The office's web page (`vanban serve WS`): a server-rendered Starlette application over a workspace.

    app.py        the application: routes, login, error pages (`create_app`)
    context.py    what every page shares: the state (`Web`), the templates and their Vietnamese filters, the CSRF check
    pages.py      documents, one document and its original, a plan's campaign and its drafts, deriving a plan
    files.py      uploads into inbox/ and their progress; drafts in outbox/ to download or export to PDF
    campaign.py   what the campaign page shows, computed by `pipeline.check` / `pipeline.generate` on stored records
    uploads.py    an upload takes the path a dropped file takes: sanitised name -> inbox/ -> `vanban ingest`
    security.py   accounts (scrypt hashes in the workspace), the session secret, CSRF tokens, the host policy
    templates/, static/   Jinja2 pages (Vietnamese) and the vendored htmx (nothing is downloaded at run time)
"""
