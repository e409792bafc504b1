#!/usr/bin/env python3
"""Generates the build benchmark corpus: DOCS documents × 9 locales, about
790 words each (headings, paragraphs, lists, a table, links), as a peerpress
project and as the same site for Hugo.

usage: corpus.py PEERPRESS_BIN REPO OUT_DIR DOCS
writes OUT_DIR/peerpress (a peerpress project, synced and fully translated)
and OUT_DIR/hugo (a Hugo site with the same pages in the same nine languages).
"""
import os, random, shutil, subprocess, sys

peerpress, repo, out, docs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
LOCALES = ["en", "fr", "de", "el", "it", "pt", "sv", "ru", "ar"]
WORDS = ("test clinic medicine prevention treatment viral load undetectable partner "
         "condom community support doctor pharmacy appointment result negative positive "
         "confidential free daily pill protection health rights information counselling "
         "nurse hospital insurance migrant language interpreter friend family").split()
rng = random.Random(9)

def sentence(n):
    w = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(w).capitalize() + "."

def paragraph():
    text = " ".join(sentence(rng.randint(10, 16)) for _ in range(4))
    if rng.random() < 0.4:
        text += " See [the WHO page](https://www.who.int/) for more."
    if rng.random() < 0.3:
        text = text.replace("test", "**test**", 1)
    return text

def document(i):
    """(title, body markdown) of about 790 words."""
    title = f"Topic {i}: " + sentence(4)[:-1]
    parts = [paragraph()]
    for s in range(4):
        parts.append(f"## Section {s + 1} " + sentence(3)[:-1])
        parts += [paragraph() for _ in range(3)]
        if s == 1:
            parts.append("\n".join(f"- {sentence(8)}" for _ in range(4)))
        if s == 2:
            rows = ["| Where | When | Cost |", "| --- | --- | --- |"]
            rows += [f"| {sentence(2)[:-1]} | {sentence(2)[:-1]} | {sentence(1)[:-1]} |" for _ in range(3)]
            parts.append("\n".join(rows))
    return title, "\n\n".join(parts) + "\n"

shutil.rmtree(out, ignore_errors=True)
pp, hg = os.path.join(out, "peerpress"), os.path.join(out, "hugo")
shutil.copytree(os.path.join(repo, "themes"), os.path.join(pp, "themes"))
shutil.copy(os.path.join(repo, "site.toml"), pp)
for loc in LOCALES:
    os.makedirs(os.path.join(pp, "translations", loc))
    for name in ("ui.ftl", "terms.ftl"):
        src = os.path.join(repo, "translations", loc, name)
        if os.path.exists(src):
            shutil.copy(src, os.path.join(pp, "translations", loc, name))
os.makedirs(os.path.join(pp, "content"))
texts = []
for i in range(docs):
    title, body = document(i)
    texts.append((title, body))
    with open(os.path.join(pp, "content", f"doc-{i:04}.md"), "w") as f:
        f.write(f'+++\ntitle = "{title}"\ndescription = "{sentence(10)}"\norder = {i}\n'
                f'reviewed = 2026-11-01\n\n[[sources]]\ntitle = "WHO"\nurl = "https://www.who.int/"\n+++\n\n{body}')
subprocess.run([peerpress, "sync", "--root", pp], check=True, stdout=subprocess.DEVNULL)
for i in range(docs):
    with open(os.path.join(pp, "translations", "en", f"doc-{i:04}.ftl")) as f:
        english = f.read().splitlines()
    for loc in LOCALES[1:]:
        lines = []
        for line in english:
            if line and not line.startswith(("#", " ")) and " = " in line:
                line += f" ({loc})"
            lines.append(line)
        with open(os.path.join(pp, "translations", loc, f"doc-{i:04}.ftl"), "w") as f:
            f.write("\n".join(lines) + "\n")

# Hugo: the same pages, nine languages, a minimal layout of the same shape.
os.makedirs(os.path.join(hg, "layouts", "_default"))
with open(os.path.join(hg, "hugo.toml"), "w") as f:
    f.write('baseURL = "https://hiv-info.example.org/"\ndefaultContentLanguage = "en"\n'
            'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
            'defaultContentLanguageInSubdir = true\n[markup.goldmark.renderer]\nunsafe = false\n[languages]\n')
    for n, loc in enumerate(LOCALES):
        f.write(f'[languages.{loc}]\nweight = {n + 1}\ncontentDir = "content/{loc}"\n'
                + ('languageDirection = "rtl"\n' if loc == "ar" else ""))
layout = {
    "baseof.html": '<!DOCTYPE html><html lang="{{ .Site.Language.Lang }}" dir="{{ .Site.Language.LanguageDirection | default "ltr" }}"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="/style.css">{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head><body><header><a href="{{ .Site.Home.RelPermalink }}">Home</a></header><main>{{ block "main" . }}{{ end }}</main><footer>Published by Peer HIV Information Network</footer></body></html>',
    "single.html": '{{ define "main" }}<article><h1>{{ .Title }}</h1><p class="lead">{{ .Description }}</p>{{ .Content }}</article><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul>{{ end }}',
    "list.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}',
}
for name, text in layout.items():
    with open(os.path.join(hg, "layouts", "_default", name), "w") as f:
        f.write(text)
for loc in LOCALES:
    d = os.path.join(hg, "content", loc)
    os.makedirs(d)
    for i, (title, body) in enumerate(texts):
        suffix = "" if loc == "en" else f" ({loc})"
        with open(os.path.join(d, f"doc-{i:04}.md"), "w") as f:
            f.write(f'+++\ntitle = "{title}{suffix}"\ndescription = "{sentence(10)}"\nweight = {i}\n'
                    f'translationKey = "doc-{i:04}"\n+++\n\n{body}')
