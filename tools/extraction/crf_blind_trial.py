"""Blind first-run trial of a CRF tagger of model names beside the rules (issue #12 item 3, docs/intake.md).

For each pair of real batches, the rules are those of the commit that first ran blind on the pair (its FIRST_RUN.md),
with one patch (`expose_considered`): find_models split as in this tree into rule_models, which also returns every span
the rules looked at, kept or rejected. The tagger is trained only on the gold of the batches that commit held (all
numbered below the pair), with the cue lexicon of that commit. Its names are added where the rules looked at nothing
(crf_tagger.new_names: no overlap with a span the rules looked at or an occurrence of their names, no near-equal name);
the confidence threshold for a test pair is chosen on the two pairs before it, each scored the same blind way. Then
both are scored with the shared scorer, per pair and pooled; for the record, also the earlier trial's combination,
which sees only the names the rules kept (x-crf2).

    PYTHONPATH=src .venv/bin/python tools/extraction/crf_blind_trial.py [--pairs 97 95 93 91 89 87] [--work DIR]

Needs python-crfsuite; it makes detached worktrees of the old commits (/work/wt/old-SHA, or --trees) and removes them
at the end. About 10 minutes on one core.
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
OLD_DEF = "def find_models(body: str, mask: Mask | None = None) -> list[dict]:"
OLD_RETURN = """            if not all(s in devices for s, _ in m["occurrences"])]\n"""


def load(name: str, path: Path):
    """A module of this tree by its path (standard library only, so it runs beside an older extractor)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_tagger():
    return load("crf_tagger", Path(__file__).with_name("crf_tagger.py"))


def expose_considered(old: Path) -> None:
    """The patch on an old commit: its find_models becomes rule_models, which also returns its mask of the spans it
    looked at (`claimed`), and find_models returns its names alone, as before."""
    path = old / "src/phongtrao/intake/extraction/initiatives.py"
    text = path.read_text(encoding="utf-8")
    if "def rule_models(" in text:
        return
    start = text.index(OLD_DEF)
    end = text.index(OLD_RETURN, start) + len(OLD_RETURN)
    text = (text[:start] + OLD_DEF.replace("find_models", "rule_models").replace("list[dict]:", "tuple[list, Mask]:")
            + text[start + len(OLD_DEF):end - 1] + ", claimed\n\n\n" + OLD_DEF
            + "\n    return rule_models(body, mask)[0]\n" + text[end:])
    path.write_text(text, encoding="utf-8")


def extract_pair(old: Path, pair: int, out: Path) -> None:
    """The old rules' rows on the pair, each with the body find_models read and the spans the rules looked at. Runs
    with the old commit's src first on sys.path."""
    from phongtrao.intake.extraction import initiatives, pipeline

    seen = {}

    def recording(body, mask=None):
        models, considered = initiatives.rule_models(body, mask)
        seen.update(model_body=body, considered=[s for block in considered._blocks for s in block.spans])
        return models

    pipeline.find_models = recording
    texts = sorted(p for b in (pair, pair + 1) for p in (REAL / f"batch{b:02d}").glob("*.txt"))
    with out.open("w", encoding="utf-8") as f:
        for path in texts:
            f.write(json.dumps(pipeline.extract_file(path) | seen, ensure_ascii=False) + "\n")


def tag_pair(old: Path, first: int, rules: Path, model: Path, out: Path) -> None:
    """Train on the old commit's batches below `first`, tag the bodies the old rules read. Runs with the old
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
    tagged = {r["source"]: tagger.tag(r["model_body"], model, lexicon) for r in rows}
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


def prepare(pair: int, work: Path, trees: Path) -> tuple[Path, Path, Path]:
    """The old rules' rows on the pair and the tagger's spans (cached under work); the old tree."""
    sha = first_run_commit(pair)
    assert sha == first_run_commit(pair + 1), pair
    old = trees / f"old-{sha}"
    if not old.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(old), sha], check=True,
                       capture_output=True)
    expose_considered(old)
    rules, tagged = work / f"rules_{pair}.jsonl", work / f"tagged_{pair}.json"
    env = {"PYTHONPATH": str(old / "src"), "PATH": "/usr/bin:/bin"}
    if not rules.exists():
        subprocess.run([sys.executable, __file__, "--extract", str(old), str(pair), str(rules)], env=env, check=True)
    if not tagged.exists():
        print(f"pair {pair}+{pair + 1}: rules of {sha}", flush=True)
        subprocess.run([sys.executable, __file__, "--tag", str(old), str(pair), str(rules),
                        str(work / f"model_{pair}.crfsuite"), str(tagged)], env=env, check=True)
    return rules, tagged, old


def combine(rules: list[dict], tagged: dict, threshold: float | None, tagger, mask) -> list[dict]:
    """The rules' rows with the tagger's names at threshold or above added (crf_tagger.new_names, with the spans the
    rules looked at; mask None: without them, as the earlier trial)."""
    if threshold is None:
        return rules
    out = []
    for row in rules:
        considered = mask(tuple(s) for s in row["considered"]) if mask else None
        added = [{"name": row["body"][a:b], "start": a, "end": b} for a, b in tagger.new_names(
            row["model_body"], tagged[row["source"]], row["models"], considered, threshold)]
        out.append(row | {"models": row["models"] + added})
    return out


def main() -> None:
    if sys.argv[1:2] == ["--extract"]:
        extract_pair(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
        return
    if sys.argv[1:2] == ["--tag"]:
        old, first, rules, model, out = sys.argv[2:7]
        tag_pair(Path(old), int(first), Path(rules), Path(model), Path(out))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", nargs="*", type=int, default=[87, 89, 91, 93, 95, 97],
                    help="first batch of each test pair")
    ap.add_argument("--work", type=Path, default=Path("/tmp/crf-trial3"))
    ap.add_argument("--trees", type=Path, default=Path("/work/wt"), help="where the old commits' worktrees go")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    scorer = load("score", SCORER)
    tagger = load_tagger()
    mask = load("spans", ROOT / "src/phongtrao/intake/extraction/spans.py").Mask
    data, olds = {}, set()
    for pair in sorted({p - d for p in a.pairs for d in (0, 2, 4)}):
        rules, tagged, old = prepare(pair, a.work, a.trees)
        olds.add(old)
        gold = [json.loads(line) for b in (pair, pair + 1)
                for line in (REAL / f"batch{b:02d}" / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
        data[pair] = (gold, [json.loads(line) for line in rules.read_text(encoding="utf-8").splitlines() if line],
                      json.loads(tagged.read_text(encoding="utf-8")))
    for old in sorted(olds):
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=True)

    def models(thresholds: dict[int, float | None], considered=mask) -> dict:
        """The pooled models score over the given pairs, each with its threshold (None: the rules alone)."""
        gold = [g for p in thresholds for g in data[p][0]]
        pred = [r for p, t in thresholds.items() for r in combine(data[p][1], data[p][2], t, tagger, considered)]
        return scorer.score(gold, pred)["models"]

    report(sorted(a.pairs), models, "the spans the rules looked at left alone (rule_models)")
    report(sorted(a.pairs), lambda thresholds: models(thresholds, None),
           "for the record, the earlier trial's combination: only the names the rules kept left alone")


def report(pairs: list[int], models, title: str) -> None:
    """Thresholds chosen on the two pairs before each test pair, the table per pair and pooled, and (for the record
    only) the pooled score at each threshold fixed after the fact."""
    def line(name, m):
        return (f"{name:<14} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} "
                f"({m['gold']} gold, {m['predicted']} pred)")

    print(f"\n== {title}\nthreshold chosen on the two pairs before each test pair (their own blind runs):")
    chosen = {}
    for pair in pairs:
        valid = (pair - 4, pair - 2)
        scores = {t: models(dict.fromkeys(valid, t))["f1"] for t in THRESHOLDS}
        chosen[pair] = max(THRESHOLDS, key=lambda t: (scores[t], t))
        print(f"  {pair}+{pair + 1}: " + " ".join(f"{t}:{f:.3f}" for t, f in scores.items())
              + f" (rules {models(dict.fromkeys(valid))['f1']:.3f}) → {chosen[pair]}")
    print("\npair           rules alone                                     rules + tagger")
    wins = losses = 0
    for pair in pairs:
        r, c = models({pair: None}), models({pair: chosen[pair]})
        wins, losses = wins + (c["f1"] > r["f1"]), losses + (c["f1"] < r["f1"])
        print(f"{line(f'{pair}+{pair + 1}', r)}   {line(f'@{chosen[pair]}', c)[15:]}")
    rules, combined = models(dict.fromkeys(pairs)), models(chosen)
    print(f"{line('pooled', rules)}   {line('', combined)[15:]}")
    print(f"pairs won {wins}, lost {losses}; pooled F1 gain {combined['f1'] - rules['f1']:+.3f}")
    print("  (for the record, a threshold fixed after the fact, pooled F1: "
          + " ".join(f"{t}:{models(dict.fromkeys(pairs, t))['f1']:.3f}" for t in THRESHOLDS) + ")")


if __name__ == "__main__":
    main()
