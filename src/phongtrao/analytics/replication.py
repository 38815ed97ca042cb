"""Where to replicate a model: communes without it, ranked by resemblance to the communes where it worked.

Pure Python (pandas, numpy). Features are standardised (each column to mean 0, spread 1 over all communes given);
a candidate's distance is its mean Euclidean distance to its `k` nearest "worked" communes (those whose own
effect, from `effectiveness.Estimate.by_commune`, went the good way); sponsors present in both count as a bonus.
Each row carries its evidence: the nearest worked communes with their effect and the features they share.
"""
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

NORM_VND = 20_000_000
"""Circular 40/2023/TT-BTC budget norm: 20 million VND per model per commune per year."""


@dataclass
class Candidate:
    commune: object
    score: float
    """0–100: 100 is a twin of the worked communes."""
    neighbours: list = field(default_factory=list)
    """[(worked commune, its own effect, distance)] nearest first."""
    shared_sponsors: set = field(default_factory=set)
    expected: float | None = None
    """Mean own effect of the nearest worked communes."""
    budget: int = NORM_VND


def rank(features: pd.DataFrame, worked: dict, candidates, *, sponsors: dict | None = None, k: int = 3,
         sponsor_weight: float = 0.25) -> list[Candidate]:
    """Candidates (communes lacking the model) most like the worked ones first.

    - `features`: numeric columns (urban 0/1, population, indicator level, trend…) indexed by commune; missing
      values count as the column's mean.
    - `worked`: {commune: its own effect} of the communes where the model worked.
    - `sponsors`: {commune: set of sponsoring organisations present}; a candidate sharing them with its nearest
      worked communes moves up by `sponsor_weight` standard deviations per shared organisation (at most 2).
    """
    worked = {c: e for c, e in worked.items() if c in features.index}
    candidates = [c for c in candidates if c in features.index and c not in worked]
    if not worked or not candidates:
        return []
    spread = features.std(ddof=0).replace(0, 1).fillna(1)
    z = ((features - features.mean()) / spread).fillna(0.0)
    w_ids = list(worked)
    W = z.loc[w_ids].to_numpy(dtype=float)
    C = z.loc[candidates].to_numpy(dtype=float)
    distance = np.sqrt(((C[:, None, :] - W[None, :, :]) ** 2).sum(axis=2))
    k = min(k, len(w_ids))
    nearest = np.argsort(distance, axis=1, kind="stable")[:, :k]
    sponsors = sponsors or {}
    out = []
    for row, commune in enumerate(candidates):
        idx = nearest[row]
        near = [(w_ids[j], worked[w_ids[j]], float(distance[row, j])) for j in idx]
        shared = set().union(*(sponsors.get(commune, set()) & sponsors.get(w, set()) for w, _, _ in near))
        d = float(np.mean([n[2] for n in near])) - sponsor_weight * min(len(shared), 2)
        out.append(Candidate(commune, round(100 / (1 + max(d, 0.0)), 1), near, shared,
                             float(np.mean([n[1] for n in near]))))
    out.sort(key=lambda c: (-c.score, str(c.commune)))
    return out
