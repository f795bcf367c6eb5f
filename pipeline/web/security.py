"""Accounts, the session secret, CSRF tokens and which addresses may be served.

Accounts live in `WS/web-users.json` as scrypt hashes (stdlib `hashlib.scrypt`, a random salt each); the session
secret in `WS/web-secret` (mode 0600). A non-loopback address is served only when at least one account exists.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
from pathlib import Path

USERS_FILE = "web-users.json"
SECRET_FILE = "web-secret"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
_NAME_RE = re.compile(r"^[\w.@-]{1,64}$")


class AccountError(ValueError):
    """A Vietnamese message for the command line."""


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)


def load_users(root: Path) -> dict[str, dict]:
    path = root / USERS_FILE
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def add_user(root: Path, name: str, password: str, admin: bool = False) -> None:
    """Create or replace an account; the file is written atomically and readable only by its owner."""
    if not _NAME_RE.match(name):
        raise AccountError("Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch ngang, @ (tối đa 64 ký tự).")
    if len(password) < 8:
        raise AccountError("Mật khẩu phải có ít nhất 8 ký tự.")
    users = load_users(root)
    salt = secrets.token_bytes(16)
    users[name] = {"salt": salt.hex(), "hash": _hash(password, salt).hex(), "admin": admin or not users}
    _write_private(root / USERS_FILE, json.dumps(users, ensure_ascii=False, indent=2))


def verify(root: Path, name: str, password: str) -> bool:
    user = load_users(root).get(name)
    if user is None:
        _hash(password, b"0" * 16)  # same work whether or not the name exists
        return False
    return hmac.compare_digest(_hash(password, bytes.fromhex(user["salt"])).hex(), user["hash"])


def session_secret(root: Path) -> str:
    path = root / SECRET_FILE
    if not path.exists():
        _write_private(path, secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip()


def _write_private(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_refusal(host: str, root: Path) -> str | None:
    """Why `host` may not be served (Vietnamese), or None."""
    if is_loopback(host) or load_users(root):
        return None
    return (f"Không phục vụ trên địa chỉ {host} khi chưa có tài khoản: chỉ máy này (127.0.0.1) được dùng không cần "
            f"đăng nhập. Hãy tạo tài khoản quản trị trước: vanban create-user {root} TÊN")


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected, given)


class LoginThrottle:
    """At most `limit` failed logins per name in `window_s` seconds (in memory): guessing a password is slow."""

    def __init__(self, limit: int = 5, window_s: float = 300.0):
        self.limit, self.window_s = limit, window_s
        self.failures: dict[str, list[float]] = {}

    def _recent(self, name: str, now: float) -> list[float]:
        recent = [t for t in self.failures.get(name, []) if now - t < self.window_s]
        self.failures[name] = recent
        return recent

    def blocked(self, name: str, now: float) -> bool:
        return len(self._recent(name, now)) >= self.limit

    def failed(self, name: str, now: float) -> None:
        self._recent(name, now).append(now)
