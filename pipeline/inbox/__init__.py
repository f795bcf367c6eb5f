"""The inbox of a workspace: files dropped in `inbox/` become stored records (or quarantined files) and outbox drafts.

Entry point: `processing.py` (`Inbox.process(path) -> Outcome`: one entry through crash-safe, ordered steps).
The workspace and its database live in `pipeline.store`. Around it:

    ingest.py, watcher.py        `vanban ingest` (once) and `vanban watch` (events + rescans)
    entries.py, filenames.py     an entry's identity (sha256, name, inode, mtime) and safe file names
    claims.py, placement.py      claim an entry in the store; copy it to its final place, never overwriting
    worker.py                    read one file in a limited child process (`pipeline.isolation`)
    links.py                     report -> plan and commune plan -> city plan links, by document number
    after.py, outbox.py          what the office gets in `outbox/` after a document is stored
    quarantine_note.py           the Vietnamese `<name>.loi.txt` beside a quarantined file
    status.py, integrity.py      `vanban status` and `vanban status --check`
"""

from pipeline.inbox.processing import Inbox, Outcome
from pipeline.store.workspace import Workspace, init_workspace, open_workspace

__all__ = ["Inbox", "Outcome", "Workspace", "init_workspace", "open_workspace"]
