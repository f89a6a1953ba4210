"""Fill French translations in resources/i18n/desktop_app_fr.ts from a JSON file {"source": "traduction"}.

    .venv/bin/python tools/i18n-fill.py translations.json

Only messages whose source matches exactly are touched; the file keeps lupdate's layout.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "desktop_app_fr.ts"


def main() -> int:
    wanted: dict[str, str] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    text = TS.read_text(encoding="utf-8")
    done = 0
    for source, translation in wanted.items():
        pattern = re.compile(
            r"(<source>" + re.escape(html.escape(source, quote=False)) + r"</source>\s*)"
            r"<translation(?: type=\"unfinished\")?\s*(?:/>|>.*?</translation>)",
            re.S,
        )
        replacement = (
            r"\g<1><translation>" + html.escape(translation, quote=False).replace("\\", "\\\\") + "</translation>"
        )
        text, count = pattern.subn(replacement, text)
        if count == 0:
            print(f"not found: {source[:60]!r}", file=sys.stderr)
        done += count
    TS.write_text(text, encoding="utf-8")
    print(f"{done} translation(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
