"""`vanban serve WS` (the office's web page) and `vanban create-user WS NAME` (its accounts).

Starlette and uvicorn are imported when a command runs, so that `vanban --help` stays fast.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import typer

from pipeline.commands.common import bad_input_exits, err, fail


def serve(directory: Path = typer.Argument(..., help="Thư mục vùng làm việc"),
          host: str = typer.Option("127.0.0.1", "--host", help="Địa chỉ phục vụ (mặc định chỉ máy này)"),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="Cổng"),
          max_upload_mb: int = typer.Option(50, "--max-upload-mb", min=1, max=1024,
                                            help="Giới hạn dung lượng mỗi tệp tải lên (MB)"),
          ssl_certfile: Path | None = typer.Option(None, "--ssl-certfile", exists=True, dir_okay=False,
                                                   help="Chứng chỉ TLS (PEM) để phục vụ bằng HTTPS"),
          ssl_keyfile: Path | None = typer.Option(None, "--ssl-keyfile", exists=True, dir_okay=False,
                                                  help="Khóa riêng TLS (PEM) đi cùng chứng chỉ"),
          watch: bool = typer.Option(False, "--watch", help="Chạy kèm vanban watch (theo dõi inbox/) cho đến khi dừng")
          ) -> None:
    """Mở trang web của văn phòng: văn bản, đợt báo cáo, tải lên, bản thảo (http://127.0.0.1:8000)."""
    import uvicorn

    from pipeline.store.workspace import open_workspace
    from pipeline.web.app import create_app
    from pipeline.web.security import host_refusal, is_loopback

    with bad_input_exits():
        ws = open_workspace(directory)
    refusal = host_refusal(host, ws.root)
    if refusal:
        fail(refusal)
    if (ssl_certfile is None) != (ssl_keyfile is None):
        fail("cần cả --ssl-certfile và --ssl-keyfile để phục vụ bằng HTTPS.")
    tls = ssl_certfile is not None
    if not is_loopback(host) and not tls:
        err.print("Lưu ý: trên mạng LAN, phiên đăng nhập dùng cookie Secure nên trình duyệt chỉ gửi lại qua HTTPS: "
                  "dùng --ssl-certfile/--ssl-keyfile hoặc đặt sau một proxy TLS.", markup=False)
    app = create_app(ws, secure_cookies=tls or not is_loopback(host), max_upload_mb=max_upload_mb)
    err.print(f"Trang web của vanban: {'https' if tls else 'http'}://{host}:{port} (Ctrl+C để dừng)", markup=False)
    watcher = _start_watcher(ws.root) if watch else None
    for sig in (signal.SIGINT, signal.SIGTERM):  # uvicorn re-raises the signal after its graceful shutdown: then
        signal.signal(sig, lambda *_: sys.exit(0))  # exit through `finally`, which stops the watcher
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning",
                    ssl_certfile=str(ssl_certfile) if tls else None, ssl_keyfile=str(ssl_keyfile) if tls else None)
    finally:
        if watcher is not None:  # it finishes the file in hand, then stops
            watcher.terminate()
            watcher.wait(600)


def _start_watcher(root: Path):
    """`vanban watch WS` beside the server, as its own process (the reader's children are forked from it)."""
    import subprocess

    return subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", "watch", str(root)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def create_user(directory: Path = typer.Argument(..., help="Thư mục vùng làm việc"),
                name: str = typer.Argument(..., help="Tên đăng nhập"),
                password: str = typer.Option(..., "--password", prompt="Mật khẩu", hide_input=True,
                                             confirmation_prompt=True, help="Mật khẩu (nếu bỏ trống sẽ được hỏi)"),
                ) -> None:
    """Tạo (hoặc đặt lại mật khẩu) tài khoản của trang web; tài khoản đầu tiên là quản trị."""
    from pipeline.store.workspace import open_workspace
    from pipeline.web.security import AccountError, add_user

    with bad_input_exits():
        ws = open_workspace(directory)
    try:
        add_user(ws.root, name, password)
    except AccountError as exc:
        fail(str(exc))
    err.print(f"Đã lưu tài khoản «{name}» trong {ws.root}.", markup=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("create-user")(create_user)
