"""The office profile (hồ sơ cơ quan): a TOML file (and optionally an XLSX sheet of targets) in, a frozen `Profile` out.

Entry point: `model.py` (`load_profile(path)`); `xlsx.py` reads the targets sheet; `profile_example.toml` is the
example `vanban init` writes. Used by the check (units that must report), generation and the inbox.
"""

from pipeline.profile.model import Profile, Target, Unit, example_profile_text, load_profile

__all__ = ["Profile", "Target", "Unit", "load_profile", "example_profile_text"]
