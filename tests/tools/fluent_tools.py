#!/usr/bin/env python3
"""What translation tools do to a peerpress project's Fluent files, with
Mozilla's own python-fluent (`fluent.syntax`), for the tests.

  reserialize ROOT   parse and serialize every locale file (what any Fluent
                     tool does on save: `{"*"}` becomes `{ "*" }`, values are
                     re-laid out)
  pontoon ROOT       rewrite every locale file the way Pontoon's sync does
                     (pontoon/sync/formats/ftl.py, FTLResource.save): start
                     from the *reference* file, put each translated message's
                     value and attributes in place of the English, keep the
                     reference's comments, drop untranslated messages (and
                     anything not in the reference)
"""
import pathlib
import sys

from fluent.syntax import FluentParser, FluentSerializer, ast

PARSER = FluentParser()
SERIALIZER = FluentSerializer(with_junk=True)


def entry_key(entry):
    if isinstance(entry, ast.Message):
        return entry.id.name
    if isinstance(entry, ast.Term):
        return "-" + entry.id.name
    return None


def locale_files(root):
    translations = root / "translations"
    for locale_dir in sorted(p for p in translations.iterdir() if p.is_dir()):
        if locale_dir.name == "en":
            continue
        for path in sorted(locale_dir.glob("*.ftl")):
            reference = translations / "en" / path.name
            if reference.is_file():
                yield path, reference


def reserialize(root):
    for path, _ in locale_files(root):
        resource = PARSER.parse(path.read_text(encoding="utf-8"))
        path.write_text(SERIALIZER.serialize(resource), encoding="utf-8")


def pontoon(root):
    for path, reference_path in locale_files(root):
        translated = {}
        for entry in PARSER.parse(path.read_text(encoding="utf-8")).body:
            key = entry_key(entry)
            if key is not None and key not in translated:
                translated[key] = entry
        reference = PARSER.parse(reference_path.read_text(encoding="utf-8"))
        body = []
        for entry in reference.body:
            key = entry_key(entry)
            if key is None:
                if not isinstance(entry, ast.Junk):
                    body.append(entry)
                continue
            translation = translated.get(key)
            if translation is None:
                continue
            entry.value = translation.value
            entry.attributes = translation.attributes
            body.append(entry)
        reference.body = body
        path.write_text(SERIALIZER.serialize(reference), encoding="utf-8")


if __name__ == "__main__":
    command, root = sys.argv[1], pathlib.Path(sys.argv[2])
    {"reserialize": reserialize, "pontoon": pontoon}[command](root)
