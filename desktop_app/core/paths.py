"""Where the app reads and writes: platform directories and bundled resources.

All data the app writes (cache, logs, non-secret state) lives under the platform directories
(``platformdirs``, app name ``desktop-app``), which honour ``XDG_*`` on Linux so that tests can isolate
the app with a temporary ``HOME``. Secrets never go here: they live in the OS keyring (``core/vault``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "desktop-app"


@dataclass(frozen=True)
class AppPaths:
    """The app's directories. Built once by the composition root and passed down."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def sandbox_dir(self) -> Path:
        """The embedded sandbox's own state (test PKI, signing keys, sessions)."""
        return self.data_dir / "sandbox"


def resources_dir() -> Path:
    """The ``resources/`` folder, wherever the app runs from.

    Source tree or editable install: ``<repo>/resources``. Wheel: ``desktop_app/_resources`` (hatch
    force-include). PyInstaller bundle: ``<bundle>/resources``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent.parent
    candidates += [package_dir.parent / "resources", package_dir / "_resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found; looked in: " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("loopback", "success.fr.html")``."""
    return resources_dir().joinpath(*parts)
