#!/usr/bin/env bash
# Makes the benchmark corpus in CORPUS_DIR/content a Glossa edition in CORPUS_DIR/glossa:
#
#   edition.sh CORPUS_DIR REPO
#
# The corpus files are hard-linked unchanged (Glossa reads the harness's
# <id>.<lang>.md names, `lang` and `translationKey`; block ids and
# `translatedFrom` are optional: an article's original is the version in the
# default language, zh). Beside them go the edition's own config.yaml,
# glossary.yaml and references.yaml with the language tag zh-Hans renamed zh
# (the corpus's tag; the zh-Hans interface messages serve it), and without the
# generated zh-Hant language (the corpus, like the peers' sites, has two). Idempotent.
set -euo pipefail
D=$1 REPO=$2
E=$D/glossa/content
[ -f "$E/config.yaml" ] && [ "$(find "$E" -name '*.md' | wc -l)" = "$(find "$D/content" -name '*.md' | wc -l)" ] && exit 0
rm -rf "$D/glossa"
mkdir -p "$E"
cp -l "$D"/content/*.md "$E/" 2>/dev/null || cp "$D"/content/*.md "$E/"
sed '/^  # Generated from the Simplified/,/^    convertFrom: zh-Hans$/d; s/^defaultLanguage: zh-Hans$/defaultLanguage: zh/; s/^  zh-Hans:$/  zh:/' \
  "$REPO/content/config.yaml" >"$E/config.yaml"
sed 's/^  zh-Hans:$/  zh:/' "$REPO/content/glossary.yaml" >"$E/glossary.yaml"
sed 's/\bzh-Hans:/zh:/g' "$REPO/content/references.yaml" >"$E/references.yaml"
