"""The office's web page (`vanban serve WS`): a server-rendered Starlette application over a workspace.

    app.py        the routes: documents, one document, a plan's campaign, derive a plan, upload, drafts
    campaign.py   what the campaign page shows, computed by `pipeline.check` / `pipeline.generate` on stored records
    uploads.py    an upload takes the path a dropped file takes: sanitised name -> inbox/ -> `vanban ingest`
    security.py   accounts (scrypt hashes in the workspace), the session secret, CSRF tokens, the host policy
    templates/, static/   Jinja2 pages (Vietnamese) and the vendored htmx (nothing is downloaded at run time)
"""
