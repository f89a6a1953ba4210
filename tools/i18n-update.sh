#!/usr/bin/env bash
# Regenerates the translation sources resources/i18n/desktop_app_{fr,en}.ts from the code, keeping every
# existing translation; `make i18n` then compiles them to .qm.
#   usage: tools/i18n-update.sh           update the .ts files (new strings appear as "unfinished")
#          tools/i18n-update.sh --check   change nothing; exit 1 if a string of the code is missing from
#                                         desktop_app_fr.ts, has no French translation, or loses a {placeholder}
#
# Sources: desktop_app/gui (self.tr / QCoreApplication.translate with literal contexts), desktop_app/cli (package) and
# desktop_app/gui/error_messages.py, whose one-argument helper _t(text) translates in the "cli" and "errors"
# contexts. pyside6-lupdate cannot know a helper's context, so each of those two files is scanned on its own
# with `-tr-function-alias tr+=_t` and its messages moved to the right context before the merge.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE="${LUPDATE:-.venv/bin/pyside6-lupdate}"
PY="${PYTHON:-.venv/bin/python}"
I18N=resources/i18n
mode="${1:-update}"
case "$mode" in update|--check) ;; *) echo "usage: $0 [--check]" >&2; exit 2 ;; esac

mkdir -p "$I18N"
# Scratch files live next to the real ones so that the file names lupdate writes stay right.
scratch="$(mktemp -d "$I18N/.scan.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
lupdate() { "$LUPDATE" -silent -locations absolute -no-obsolete "$@"; }
# The process id keeps concurrent runs (two test sessions at once) from overwriting each other's scans.
lupdate -extensions py desktop_app/gui -ts "$I18N/.scan-$$-gui.ts"
lupdate -extensions py -tr-function-alias tr+=_t desktop_app/cli -ts "$I18N/.scan-$$-cli.ts"
lupdate -tr-function-alias tr+=_t desktop_app/gui/error_messages.py -ts "$I18N/.scan-$$-errors.ts"
for part in gui cli errors; do mv "$I18N/.scan-$$-$part.ts" "$scratch/.scan-$part.ts"; done

"$PY" - "$mode" "$scratch" "$I18N" <<'PYTHON'
"""Merge the scans into the catalogues (update) or verify the French one (--check)."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

mode, scratch, i18n = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def scanned() -> dict[str, dict[str, list[str]]]:
    """context -> source -> locations, in the order lupdate found them."""
    found: dict[str, dict[str, list[str]]] = {}
    for path, helper_context in (("gui", None), ("cli", "cli"), ("errors", "errors")):
        for context in ET.parse(scratch / f".scan-{path}.ts").getroot().iter("context"):
            name = context.findtext("name") or ""
            if not name:
                if helper_context is None:
                    sys.exit(f"i18n: a translatable string in desktop_app/gui has no context ({path})")
                name = helper_context
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                where = [f'{loc.get("filename")}:{loc.get("line")}' for loc in message.iter("location")]
                found.setdefault(name, {}).setdefault(source, []).extend(where)
    return found


def existing(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    done = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                done[(name, message.findtext("source") or "")] = translation.text or ""
    return done


def write(path: Path, language: str, found: dict[str, dict[str, list[str]]], done: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for name in sorted(found):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, locations in found[name].items():
            message = ET.SubElement(context, "message")
            for location in locations:
                filename, _, line = location.rpartition(":")
                ET.SubElement(message, "location", filename=filename, line=line)
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if (name, source) in done:
                translation.text = done[(name, source)]
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(found: dict[str, dict[str, list[str]]], done: dict[tuple[str, str], str]) -> list[str]:
    issues = []
    for name, sources in found.items():
        for source, locations in sources.items():
            where = locations[0] if locations else name
            translation = done.get((name, source))
            if not translation:
                issues.append(f"{where}: [{name}] no French translation for {source!r}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                issues.append(f"{where}: [{name}] placeholders differ in the French translation of {source!r}")
    return issues


found = scanned()
if mode == "--check":
    issues = problems(found, existing(i18n / "desktop_app_fr.ts"))
    for issue in issues:
        print(issue, file=sys.stderr)
    if issues:
        sys.exit(f"i18n: {len(issues)} problem(s); run tools/i18n-update.sh and translate in desktop_app_fr.ts")
    print(f"i18n: {sum(map(len, found.values()))} strings, all translated in French")
else:
    for short, language in LANGUAGES.items():
        path = i18n / f"desktop_app_{short}.ts"
        done = existing(path)
        write(path, language, found, done)
        missing = sum(1 for name, sources in found.items() for source in sources if (name, source) not in done)
        print(f"i18n: {path}: {sum(map(len, found.values()))} strings, {missing} to translate")
PYTHON
