#!/usr/bin/env python3
"""Derives data/vader_lexicon.tsv and data/vader_emoji.tsv from the vaderSentiment 3.3.2 wheel.

The engine embeds these files in the .wasm, so they keep only what scoring needs:
- vader_lexicon.tsv: token<TAB>mean valence (the raters' standard deviations and raw ratings
  are dropped);
- vader_emoji.tsv: emoji<TAB>valence, where the valence is the sum of the lexicon valences of the
  words of the emoji's description (VADER replaces an emoji by its description before scoring);
  emoji whose description carries no sentiment are left out.

Usage: scripts/derive_lexicons.py  (downloads the wheel from PyPI with pip into a temp dir)
"""
import pathlib, subprocess, sys, tempfile, zipfile

root = pathlib.Path(__file__).resolve().parent.parent
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp,
                    "vadersentiment==3.3.2"], check=True)
    wheel = next(pathlib.Path(tmp).glob("vaderSentiment-3.3.2-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        lexicon_text = z.read("vaderSentiment/vader_lexicon.txt").decode("utf-8")
        emoji_text = z.read("vaderSentiment/emoji_utf8_lexicon.txt").decode("utf-8")

lexicon = {}
for line in lexicon_text.splitlines():
    if not line.strip():
        continue
    word, mean = line.split("\t")[:2]
    lexicon[word] = float(mean)
rows = sorted(lexicon.items())
(root / "data" / "vader_lexicon.tsv").write_text("".join(f"{w}\t{v:g}\n" for w, v in rows), encoding="utf-8")

emoji = {}
for line in emoji_text.splitlines():
    if "\t" not in line:
        continue
    char, description = line.split("\t", 1)
    if len(char) != 1:
        continue  # VADER replaces emoji character by character
    valence = sum(lexicon.get(w, 0.0) for w in description.lower().split())
    if valence:
        emoji[char] = round(valence, 3)
(root / "data" / "vader_emoji.tsv").write_text("".join(f"{e}\t{v:g}\n" for e, v in sorted(emoji.items())), encoding="utf-8")
print(f"{len(rows)} lexicon entries, {len(emoji)} emoji with a valence")
