#!/usr/bin/env python3
"""Measures reply drafts from `earshot analyze --replies` against the issue-4 targets.

Every check is re-implemented here independently of the Rust code:
- named: the draft contains the author's @handle or a word of their display name;
- specific: the draft contains a content word of the post that is not template vocabulary
  (template vocabulary = words the engine wrote into the drafts of >= 3 posts that do not contain
  them, plus stop words, brand terms and the author's own name/handle);
- fit: twitter-text v3 weighted length <= 280 (x / unknown site) or <= 400 chars (facebook), and
  the engine's own weighted_length agrees with this independent count;
- distinct: unique draft texts / all drafts;
- PII echoed: an email, a 7+ digit run or a booking-style code from the post appears in a draft.
Part (a) uses ../shared/data/vader-tweets (skipped when absent), part (b) tests/data/reply_cases.jsonl.
"""
import json, os, random, re, subprocess, sys, tempfile, time, unicodedata
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VADER = os.path.join(ROOT, "..", "shared", "data", "vader-tweets", "tweets_GroundTruth.tsv")
CASES = os.path.join(ROOT, "tests", "data", "reply_cases.jsonl")
BRAND_TERMS = {"acme", "acmeair", "acmeairhelp", "air", "airlines", "skymiles", "lounge", "flexfare", "js"}
STOP = set("""a an the and or but to of in on at for with my me i you your we our it its is was are were be been
this that these those so just not no have has had do does did can could would should will what when where why how
who all any get got from they them their he she his her him im about out up as by if then than too very really there
here one some like more now again still ever even today thanks thank please lol amp us am into over after""".split())
FIRSTS = ["Maria", "James", "Aisha", "Wei", "Sofia", "Liam", "Priya", "Kwame", "Yuki", "Carlos", "Emma",
          "Omar", "Ingrid", "Tunde", "Chloe", "Dmitri", "Hannah", "Rahul", "Lucia", "Sean", "Ngozi", "Lars"]
LASTS = ["Lopez", "Smith", "Khan", "Chen", "Rossi", "Walsh", "Shah", "Mensah", "Sato", "Ruiz", "Berg", "Okafor"]
NAMELESS = ["user{n}", "🔥🔥", "The Daily Commute", "Official Store", "ACME Deals Ltd", "xx_{n}_xx", "Travel News"]

URL = re.compile(r"https?://\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|io|co|uk|example|app|dev)(/\S*)?", re.I)
EMOJI = re.compile("(?:[\U0001F1E6-\U0001F1FF]{2})|(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2300-\u23FF\u2B00-\u2BFF]"
                   "[\U0001F3FB-\U0001F3FF\uFE0F]*(?:\u200D[\U0001F000-\U0001FAFF\u2600-\u27BF][\U0001F3FB-\U0001F3FF\uFE0F]*)*)")


def weighted(text):
    t = unicodedata.normalize("NFC", text)
    t = re.sub(r"^(@\w+\s+)+", "", t)
    total = 0
    for m in URL.finditer(t):
        total += 23
    t = URL.sub("", t)
    total += 2 * len(EMOJI.findall(t))
    t = EMOJI.sub("", t)
    for ch in t:
        u = ord(ch)
        total += 1 if (u <= 0x10FF or 0x2000 <= u <= 0x200D or 0x2010 <= u <= 0x201F or 0x2032 <= u <= 0x2037) else 2
    return total


def pii_items(text):
    items = set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text))
    for m in re.finditer(r"\+?\d[\d \-().]{5,}\d", text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 7:
            items.add(digits)
    items |= {c for c in re.findall(r"\b[A-Z0-9]{5,10}\b", text) if re.search(r"\d", c) and re.search(r"[A-Z]", c)}
    return items


def echoed(post, draft):
    dd = re.sub(r"\D", "", draft)
    return sum(1 for p in pii_items(post) if (p in draft) or (p.isdigit() and p in dd))


def words(text):
    """Lower-case words of 3+ letters, plural/possessive s folded (so "minutes" ~ "minute")."""
    out = []
    for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text):
        w = w.lower().removesuffix("'s")
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") else w)
    return out


def run_engine(lines):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
        path = f.name
    t0 = time.perf_counter()
    out = subprocess.run(["cargo", "run", "--release", "--quiet", "--bin", "earshot", "--", "analyze",
                          "--brand", "examples/brand.json", "--replies", path],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    dt = time.perf_counter() - t0
    os.unlink(path)
    return [json.loads(l) for l in out.splitlines() if l.strip()], dt


def measure(label, posts):
    results, dt = run_engine(posts)
    by_id = {p["id"]: p for p in posts}
    # Template vocabulary: words the engine writes into drafts of >= 3 posts that do not contain
    # them (so they came from a template, not from reading the post).
    unread = Counter()
    for r in results:
        pw = set(words(by_id[r["id"]]["text"]))
        for w in {w for d in r.get("replies", []) for w in words(d["text"])} - pw:
            unread[w] += 1
    template = {w for w, c in unread.items() if c >= 3} | STOP | BRAND_TERMS
    n = named = specific = fit = pii = 0
    texts = []
    posts_specific = 0
    for r in results:
        p = by_id[r["id"]]
        a = p.get("author") or {}
        own = {w.lower() for w in re.findall(r"\w+", (a.get("name") or "") + " " + (a.get("handle") or ""))}
        post_words = set(words(p["text"])) - template - own
        drafts = r.get("replies", [])
        ok_all = bool(drafts)
        for d in drafts:
            t = d["text"]
            n += 1
            texts.append(t)
            handle = "@" + (a.get("handle") or "").lstrip("@")
            name_words = [w for w in re.findall(r"[A-Za-z][\w'-]+", a.get("name") or "")]
            if (len(handle) > 1 and handle in t) or any(re.search(r"\b%s\b" % re.escape(w), t) for w in name_words):
                named += 1
            if post_words & set(words(t)):
                specific += 1
            else:
                ok_all = False
                if os.environ.get("SHOW"):
                    print("  unspecific:", p["text"], "->", t)
            limit_ok = len(t) <= 400 if p.get("site") == "facebook" else weighted(t) <= 280
            if limit_ok and weighted(t) == d["weighted_length"]:
                fit += 1
            pii += echoed(p["text"], t)
        posts_specific += ok_all
    distinct = len(set(texts))
    share = lambda k: 100.0 * k / n if n else 0.0
    print(f"[{label}] posts {len(results)}, drafts {n}, posts with specific drafts "
          f"{100.0 * posts_specific / max(1, len(results)):.1f}%")
    print(f"[{label}] named {share(named):.1f}%  specific {share(specific):.1f}%  fit {share(fit):.1f}%  "
          f"distinct {share(distinct):.1f}%  PII echoed {pii}  ({dt:.1f}s incl. cargo)")
    return [("named", named == n and n > 0), ("specific", share(specific) >= 95.0),
            ("posts specific", posts_specific >= 0.95 * len(results)), ("fit", fit == n),
            ("distinct", distinct == n), ("pii", pii == 0)]


def vader_posts():
    rng = random.Random(4)
    posts = []
    with open(VADER, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            if rng.random() < 0.7:
                name = f"{rng.choice(FIRSTS)} {rng.choice(LASTS)}"
                handle = name.split()[0].lower() + str(rng.randint(1, 999))
            else:
                n = rng.randint(1000, 99999)
                name = rng.choice(NAMELESS).format(n=n)
                handle = f"user{n}"
            site = rng.choice(["x", "x", "x", "facebook"])
            posts.append({"id": "v" + parts[0], "text": "@AcmeAir " + parts[2],
                          "author": {"handle": handle, "name": name}, "site": site})
    return posts


def main():
    checks = []
    if os.path.exists(VADER):
        checks += [("vader " + k, v) for k, v in measure("vader-tweets", vader_posts())]
    else:
        print("[vader-tweets] skipped (../shared absent)")
    with open(CASES, encoding="utf-8") as f:
        cases = [json.loads(l) for l in f if l.strip()]
    checks += [("cases " + k, v) for k, v in measure("reply_cases", cases)]
    failed = [k for k, v in checks if not v]
    for k in failed:
        print("FAILED:", k)
    print(f"replies: {len(checks) - len(failed)} checks passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
