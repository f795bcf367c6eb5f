"""`vanban init` and the workspace settings."""

from __future__ import annotations

import tomllib

import pytest

from extractors.errors import BadInput
from inbox_support import run_vanban
from pipeline.store.workspace import Settings, init_workspace, open_workspace


def test_init_creates_the_folders_the_settings_and_an_example_profile(tmp_path):
    result = run_vanban("init", tmp_path / "ws")
    ws = tmp_path / "ws"
    assert result.returncode == 0
    for folder in ("inbox", "archive", "quarantine", "outbox"):
        assert (ws / folder).is_dir()
    settings = tomllib.loads((ws / "vanban.toml").read_text(encoding="utf-8"))
    assert settings["stability_delay_s"] == 0.5
    assert settings["worker_timeout_s"] == 60
    assert settings["worker_memory_mb"] == 1024
    assert settings["store_url"] == "sqlite:///vanban.db"
    assert "[office]" in (ws / "profile.toml").read_text(encoding="utf-8")


def test_init_never_overwrites_an_existing_settings_file_or_profile(tmp_path):
    (tmp_path / "vanban.toml").write_text("stability_delay_s = 2.0\n", encoding="utf-8")
    (tmp_path / "profile.toml").write_text("# của văn phòng\n", encoding="utf-8")
    ws = init_workspace(tmp_path)
    assert ws.settings.stability_delay_s == 2.0
    assert (tmp_path / "profile.toml").read_text(encoding="utf-8") == "# của văn phòng\n"


def test_a_relative_sqlite_store_lives_inside_the_workspace(tmp_path):
    ws = init_workspace(tmp_path)
    assert ws.store_url == f"sqlite:///{tmp_path.resolve() / 'vanban.db'}"
    custom = init_workspace(tmp_path / "b", Settings(store_url="postgresql+psycopg2://u@h/db"))
    assert custom.store_url == "postgresql+psycopg2://u@h/db"


def test_a_folder_without_settings_is_refused_in_vietnamese(tmp_path):
    with pytest.raises(BadInput) as err:
        open_workspace(tmp_path)
    assert "vanban init" in err.value.message
    result = run_vanban("status", tmp_path, check=False)
    assert result.returncode == 2
    assert "Thư mục chưa phải vùng làm việc" in result.stderr


def test_a_wrong_setting_is_named_in_the_error(tmp_path):
    (tmp_path / "vanban.toml").write_text("stability_delay_s = -1\n", encoding="utf-8")
    with pytest.raises(BadInput) as err:
        open_workspace(tmp_path)
    assert "stability_delay_s" in err.value.detail
    assert "không hợp lệ" in err.value.message
