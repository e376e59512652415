#!/usr/bin/env python3
"""Sentiment evaluation: Earshot vs Python VADER 3.3.2 on the same texts, in the same run.

1. General Twitter: ../shared/data/vader-tweets/tweets_GroundTruth.tsv (4,200 tweets, mean of ~20
   human ratings on -4..+4). Pearson correlation of the score with the human mean, and 3-way
   macro-F1. Gold labels: mean >= +0.5 positive, <= -0.5 negative, else neutral. Predicted labels:
   VADER's thresholds (score >= 0.05 positive, <= -0.05 negative).
2. Brand care: our labelled sets, tests/data/care_cases.jsonl (an airline) and
   tests/data/care_cases_telecom.jsonl (a mobile and broadband provider) and
   tests/data/care_cases_retail.jsonl (an online retailer), tests/data/care_cases_bank.jsonl
   (a high-street and app bank), tests/data/care_cases_food.jsonl (a food-delivery app) and
   tests/data/care_cases_air2.jsonl (a second, later airline batch) and
   tests/data/care_cases_energy.jsonl (a gas and electricity supplier),
   tests/data/care_cases_stream.jsonl (a video streaming service),
   tests/data/care_cases_hotel.jsonl (a hotel chain), tests/data/care_cases_courier.jsonl (a
   parcel courier), tests/data/care_cases_gadget.jsonl (a consumer-electronics maker),
   tests/data/care_cases_rental.jsonl (a car-rental company),
   tests/data/care_cases_grocer.jsonl (a supermarket chain), tests/data/care_cases_insure.jsonl
   (a home, car and pet insurer), tests/data/care_cases_gym.jsonl (a gym chain),
   tests/data/care_cases_water.jsonl (a water utility), tests/data/care_cases_tickets.jsonl
   (a ticketing company), tests/data/care_cases_rail.jsonl (a train operator) and
   tests/data/care_cases_pharmacy.jsonl (a pharmacy chain), and the beauty, carmaker, rides,
   furniture, cinema, cloud, charging, mealkit, gaming and travel sets (a skincare brand, a car
   maker, a ride-hailing app, a furniture retailer, a cinema chain, a cloud-storage app, an EV
   charging network, a meal-kit subscription, a game platform, an online travel agency):
   label accuracy and macro-F1, each
   and together.

Goal: at least VADER's figures on the general set (we allow 0.02 below, noise) and clearly better
on the brand-care set. Exits non-zero when a goal is missed. Skips part 1 with a message when
../shared is absent.
"""
import json, math, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
tweets = root.parent / "shared" / "data" / "vader-tweets" / "tweets_GroundTruth.tsv"
# Each care set with the brand profile its posts are written to.
data = root / "tests" / "data"
# The airline's two batches use the example profile; every other trade has its own.
trades = ("telecom", "retail", "bank", "food", "energy", "stream", "hotel", "courier", "gadget",
          "rental", "grocer", "insure", "gym", "water", "tickets", "rail", "pharmacy", "beauty",
          "carmaker", "rides", "furniture", "cinema", "cloud",
          "charging", "mealkit", "gaming", "travel", "cruise", "micromobility",
          "petcare", "parking", "airport", "learning", "dental", "removals",
          "themepark", "coffee")
care_sets = [(data / name, root / "examples" / "brand.json")
             for name in ("care_cases.jsonl", "care_cases_air2.jsonl")]
care_sets += [(data / f"care_cases_{t}.jsonl", data / f"{t}_profile.json") for t in trades]

try:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
except ImportError:
    sys.exit("eval: Python vaderSentiment is missing — run scripts/setup.sh (pip install vadersentiment==3.3.2)")

subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "earshot"], cwd=root, check=True)
cli = root / "target" / "release" / "earshot"


def ours(texts, profile=root / "examples" / "brand.json"):
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([str(cli), "analyze", "--brand", str(profile)],
                         input=lines.encode(), capture_output=True, check=True).stdout.decode()
    return [json.loads(l)["sentiment"]["score"] for l in out.splitlines()]


vader = SentimentIntensityAnalyzer()


def theirs(texts):
    return [vader.polarity_scores(t)["compound"] for t in texts]


def label(score, lo=-0.05, hi=0.05):
    return "positive" if score >= hi else "negative" if score <= lo else "neutral"


def pearson(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sx = math.sqrt(sum((a - mx) ** 2 for a in x))
    sy = math.sqrt(sum((b - my) ** 2 for b in y))
    return sxy / (sx * sy)


def macro_f1(gold, pred):
    f1s = []
    for c in ("negative", "neutral", "positive"):
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / 3


failures = []
if tweets.exists():
    rows = [l.rstrip("\n").split("\t") for l in tweets.read_text(encoding="utf-8", errors="replace").splitlines()]
    rows = [r for r in rows if len(r) >= 3]
    texts, human = [r[2] for r in rows], [float(r[1]) for r in rows]
    gold = [label(h, -0.5, 0.5) for h in human]
    a, b = ours(texts), theirs(texts)
    ra, rb = pearson(a, human), pearson(b, human)
    fa, fb = macro_f1(gold, [label(s) for s in a]), macro_f1(gold, [label(s) for s in b])
    print(f"general tweets ({len(texts)}, {tweets.relative_to(root.parent)}):")
    print(f"  {'':10} {'Pearson r':>10} {'macro-F1':>10}")
    print(f"  {'earshot':10} {ra:10.4f} {fa:10.4f}")
    print(f"  {'VADER':10} {rb:10.4f} {fb:10.4f}")
    if ra < rb - 0.02 or fa < fb - 0.02:
        failures.append("general tweets: below VADER")
else:
    print("general tweets: skipped — ../shared/data/vader-tweets not found")

acc = lambda gold, p: sum(x == y for x, y in zip(gold, p)) / len(gold)
every_gold, every_a, every_b = [], [], []
for care, profile in care_sets:
    cases = [json.loads(l) for l in care.read_text(encoding="utf-8").splitlines()]
    texts, gold = [c["text"] for c in cases], [c["label"] for c in cases]
    pa, pb = [label(s) for s in ours(texts, profile)], [label(s) for s in theirs(texts)]
    every_gold += gold
    every_a += pa
    every_b += pb
    print(f"brand care ({len(cases)}, tests/data/{care.name}):")
    print(f"  {'':10} {'accuracy':>10} {'macro-F1':>10}")
    print(f"  {'earshot':10} {acc(gold, pa):10.4f} {macro_f1(gold, pa):10.4f}")
    print(f"  {'VADER':10} {acc(gold, pb):10.4f} {macro_f1(gold, pb):10.4f}")
print(f"brand care, all sets ({len(every_gold)}): earshot {acc(every_gold, every_a):.4f}, VADER {acc(every_gold, every_b):.4f}")
if acc(every_gold, every_a) < acc(every_gold, every_b) + 0.1:
    failures.append("brand care: not clearly better than VADER")

checks = 2 if tweets.exists() else 1
print(f"eval: {checks - len(failures)} passed, {len(failures)} failed" + (f" ({'; '.join(failures)})" if failures else ""))
sys.exit(1 if failures else 0)
