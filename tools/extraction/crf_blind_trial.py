"""Blind first-run trial of a CRF tagger of model names beside the rules (issue #12 item 3, docs/intake.md).

For each pair of real batches, the rules are those of the commit that first ran blind on the pair (its FIRST_RUN.md);
the tagger is trained only on the gold of the batches that commit held (all numbered below the pair), with the cue
lexicon of that commit. Its names are added where the rules found none (no overlap with a rules name, no near-equal
name); the confidence threshold for a test pair is chosen on the two pairs before it, each scored the same blind way.
Then both are scored with the shared scorer, per pair and pooled, and the speed of rules vs rules + tagger is timed.

    .venv/bin/python tools/extraction/crf_blind_trial.py [--pairs 95 93 91 89 87] [--work /tmp/crf-trial]

Needs python-crfsuite; it makes detached worktrees of the old commits under --work (git worktree add --detach).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "src" / "phongtrao" / "intake" / "corpus" / "real"
SCORER = Path("/work/shared/eval/score.py")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)


def load_tagger():
    """intake/extraction/tagger.py of this tree, by its path (standard library only, so beside an older extractor)."""
    spec = importlib.util.spec_from_file_location("crf_tagger", ROOT / "src/phongtrao/intake/extraction/tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tag_pair(old: Path, first: int, rules: Path, model: Path, out: Path) -> None:
    """Train on the old commit's batches below `first`, tag the bodies the old rules produced. Runs with the old
    commit's src first on sys.path (its cleaning makes the training bodies)."""
    from phongtrao.intake.extraction.cleaning import clean
    from phongtrao.intake.extraction.reading import read_path

    tagger = load_tagger()
    lexicon = tagger.Lexicon(old / "src" / "phongtrao" / "intake" / "extraction" / "data" / "initiatives.json")
    corpus = old / "src" / "phongtrao" / "intake" / "corpus" / "real"
    batches = sorted(p for p in corpus.glob("batch*") if (p / "gold.jsonl").exists() and int(p.name[5:]) < first)
    t = time.perf_counter()
    tagger.train(samples(batches, lexicon, tagger, clean, read_path), model)
    rows = [json.loads(line) for line in rules.read_text(encoding="utf-8").splitlines() if line.strip()]
    tagged = {r["source"]: tagger.tag(r["body"], model, lexicon) for r in rows}
    out.write_text(json.dumps(tagged, ensure_ascii=False), encoding="utf-8")
    print(f"  trained on {len(batches)} batches ({batches[0].name}–{batches[-1].name}) and tagged in "
          f"{time.perf_counter() - t:.0f} s", flush=True)


def samples(batches: list[Path], lexicon, tagger, clean, read_path):
    """(features, gold tags) of each taggable sentence of each annotated article, up to the gold body's last
    sentence, with the given cleaning and lexicon (train_tagger.py: those of this tree)."""
    for batch in batches:
        for line in (batch / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            body = clean(read_path(batch / row["source"]).text).body
            last = row["gold"].get("body_end") or ""
            if last and (end := body.find(last)) >= 0:
                body = body[:end + len(last)]
            for _spans, words, features in lexicon.sentences(body):
                yield features, tagger.gold_tags(words, row["gold"]["models"])


def first_run_commit(batch: int) -> str:
    text = (REAL / f"batch{batch:02d}" / "FIRST_RUN.md").read_text(encoding="utf-8")
    return re.search(r"extractor at commit ([0-9a-f]{7,40})", text).group(1)


def prepare(pair: int, work: Path) -> tuple[Path, Path]:
    """The old rules' predictions on the pair and the tagger's spans (cached under work)."""
    sha = first_run_commit(pair)
    assert sha == first_run_commit(pair + 1), pair
    old = work / f"old-{sha}"
    if not old.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), sha], check=True,
                       capture_output=True)
    rules, tagged = work / f"rules_{pair}.jsonl", work / f"tagged_{pair}.json"
    env = {"PYTHONPATH": str(old / "src"), "PATH": "/usr/bin:/bin"}
    if not rules.exists():
        texts = sorted(str(p) for b in (pair, pair + 1) for p in (REAL / f"batch{b:02d}").glob("*.txt"))
        with rules.open("w", encoding="utf-8") as f:
            subprocess.run([sys.executable, "-m", "phongtrao.cli", "extract", *texts, "--format", "jsonl"],
                           cwd=old, env=env, stdout=f, check=True)
    if not tagged.exists():
        print(f"pair {pair}+{pair + 1}: rules of {sha}", flush=True)
        subprocess.run([sys.executable, __file__, "--tag", str(old), str(pair), str(rules),
                        str(work / f"model_{pair}.crfsuite"), str(tagged)], env=env, check=True)
    return rules, tagged


def combine(rules: list[dict], tagged: dict, threshold: float | None, tagger) -> list[dict]:
    """The rules' rows with the tagger's names at threshold or above added (tagger.new_names, as find_models does)."""
    if threshold is None:
        return rules
    out = []
    for row in rules:
        body = row["body"]
        added = [{"name": body[a:b], "start": a, "end": b}
                 for a, b in tagger.new_names(body, tagged[row["source"]], row["models"], threshold)]
        out.append(row | {"models": row["models"] + added})
    return out


def main() -> None:
    if sys.argv[1:2] == ["--tag"]:
        old, first, rules, model, out = sys.argv[2:7]
        tag_pair(Path(old), int(first), Path(rules), Path(model), Path(out))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", nargs="*", type=int, default=[87, 89, 91, 93, 95], help="first batch of each test pair")
    ap.add_argument("--work", type=Path, default=Path("/tmp/crf-trial"))
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    spec = importlib.util.spec_from_file_location("score", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    tagger = load_tagger()
    data = {}
    for pair in sorted({p - d for p in a.pairs for d in (0, 2, 4)}):
        rules, tagged = prepare(pair, a.work)
        gold = [json.loads(line) for b in (pair, pair + 1)
                for line in (REAL / f"batch{b:02d}" / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
        data[pair] = (gold, [json.loads(line) for line in rules.read_text(encoding="utf-8").splitlines() if line],
                      json.loads(tagged.read_text(encoding="utf-8")))

    def models(pairs, threshold):
        gold = [g for p in pairs for g in data[p][0]]
        pred = [r for p in pairs for r in combine(data[p][1], data[p][2], threshold, tagger)]
        return scorer.score(gold, pred)["models"]

    def line(name, m):
        return f"{name:<14} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} ({m['gold']} gold, {m['predicted']} pred)"

    print("\nthreshold chosen on the two pairs before each test pair (their own blind runs):")
    chosen = {}
    for pair in sorted(a.pairs):
        valid = [pair - 4, pair - 2]
        scores = {t: models(valid, t)["f1"] for t in THRESHOLDS}
        chosen[pair] = max(THRESHOLDS, key=lambda t: (scores[t], t))
        print(f"  {pair}+{pair + 1}: " + " ".join(f"{t}:{f:.3f}" for t, f in scores.items())
              + f" (rules {models(valid, None)['f1']:.3f}) → {chosen[pair]}")
    print("\npair           rules alone                                     rules + tagger")
    wins = losses = 0
    for pair in sorted(a.pairs):
        r, c = models([pair], None), models([pair], chosen[pair])
        wins, losses = wins + (c["f1"] > r["f1"]), losses + (c["f1"] < r["f1"])
        print(f"{line(f'{pair}+{pair + 1}', r)}   {line(f'@{chosen[pair]}', c)[15:]}")
    gold = [g for p in sorted(a.pairs) for g in data[p][0]]
    pooled = {None: scorer.score(gold, [r for p in sorted(a.pairs) for r in data[p][1]])["models"],
              "tagger": scorer.score(gold, [r for p in sorted(a.pairs)
                                            for r in combine(data[p][1], data[p][2], chosen[p], tagger)])["models"]}
    print(f"{line('pooled', pooled[None])}   {line('', pooled['tagger'])[15:]}")
    print(f"pairs won {wins}, lost {losses}; pooled F1 gain {pooled['tagger']['f1'] - pooled[None]['f1']:+.3f}")
    for t in THRESHOLDS:  # for the record only: a threshold fixed after the fact
        m = scorer.score(gold, [r for p in sorted(a.pairs) for r in combine(data[p][1], data[p][2], t, tagger)])
        print(f"  (fixed {t}: pooled F1 {m['models']['f1']:.3f})")


if __name__ == "__main__":
    main()
