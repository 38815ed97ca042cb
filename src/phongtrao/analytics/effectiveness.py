"""Effectiveness of a model: stacked difference-in-differences against matched comparison communes.

Pure Python (pandas, statsmodels; no Django), so it runs in tests and benchmarks without a database.

Method, for one indicator:

1. Each treated commune belongs to the cohort of its start month `g` (the month its first site of the type began).
   A cohort's window is the `pre` months before `g` and the `post` months from `g` on.
2. Comparison communes of a cohort are "clean": they never had the model, or got it only after the window ended.
   Each treated commune is matched to the `k` clean communes of the same province, urban/rural kind and
   population band whose mean level in the pre-window is nearest to its own (matching on the prior level).
3. The cohorts are stacked (Cengiz, Dube, Lindner & Zipperer 2019). Each commune's window is collapsed to
   (mean after) − (mean before), which removes commune levels and, since both groups share the calendar months
   of the stack, the season and the national trend. The stacked rows are regressed by weighted least squares on
   the treated indicator plus one dummy per stack, with the corrective weights of Wing, Freedman & Hollingsworth
   (2024) so each stack counts in proportion to its treated communes, and standard errors clustered by commune
   (a comparison commune serving several stacks is one cluster). The coefficient is the average effect on the
   treated over the `post` months: staggered starts never use already-treated communes as comparisons, so no
   "forbidden comparison" biases it.
4. The event study repeats the regression month by month around the start (value − the commune's pre-window mean)
   for the chart: treated and comparison means and the difference with its interval.

Months are integers (year * 12 + month - 1): `month_index()` converts.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
import pandas as pd
import statsmodels.api as sm


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_label(index: int) -> str:
    """mm/yyyy, as the pages write months."""
    return f"{index % 12 + 1:02d}/{index // 12}"


@dataclass(frozen=True)
class Design:
    pre: int = 12
    """Months before the start compared (the pre-window)."""
    post: int = 12
    """Months from the start on compared (the post-window)."""
    min_pre: int = 6
    """A treated commune needs this many reported months before its start (short history otherwise)."""
    min_post: int = 3
    """…and this many from its start on (too recent otherwise)."""
    k: int = 5
    """Comparison communes matched to each treated one."""
    alpha: float = 0.05
    """1 − the confidence level of the intervals."""
    few_treated: int = 10
    few_comparison: int = 20
    missing_share: float = 0.10


class Verdict(StrEnum):
    EFFECTIVE = "effective"
    WEAK = "weak"
    HARMFUL = "harmful"
    INSUFFICIENT = "insufficient"


@dataclass(frozen=True)
class EventPoint:
    offset: int
    """Months since the start (−1: the month before)."""
    treated: float
    comparison: float
    """Comparison mean moved to the treated communes' level before the start (the parallel-trends path)."""
    difference: float
    low: float
    high: float


@dataclass
class Estimate:
    effect: float | None
    """Average change in the indicator caused by the model, per commune per month, over the post-window."""
    low: float | None
    high: float | None
    p_value: float | None
    baseline: float | None
    """Mean of the treated communes before their start."""
    n_treated: int
    n_comparison: int
    n_cohorts: int
    verdict: Verdict
    lower_is_better: bool
    design: Design
    excluded: dict[str, int] = field(default_factory=dict)
    """Treated communes left out, by reason: short history, too recent, no comparison commune."""
    missing: float = 0.0
    """Share of commune-months without a value inside the windows used."""
    crosses_change: list[int] = field(default_factory=list)
    """Reporting changes (months) falling inside a window used."""
    other_models: tuple[float, float] | None = None
    """Shares of the (treated, comparison) commune windows in which another model type started: what else may have
    moved the indicator (None: not known)."""
    events: list[EventPoint] = field(default_factory=list)
    caveats: list[Caveat] = field(default_factory=list)
    treated: list = field(default_factory=list)
    """The treated communes used, with their start month: [(commune, start)]."""
    comparison: list = field(default_factory=list)
    """The comparison communes used."""
    counterfactual: float | None = None
    """Mean the treated communes would have had over the post-window without the model: their mean after the start
    less the effect. The level the effect is a share of; it differs from `baseline` by the trend and season that
    the comparison communes show between the two windows (the demo's −0.4 % a month: about −7 %)."""
    by_commune: dict = field(default_factory=dict)
    """{treated commune: its own change after − before, less that of its matched comparison communes}: noisy,
    for ranking where the model worked, not for reporting."""

    @property
    def relative(self) -> float | None:
        """The effect as a share of what the treated communes would have had without the model (`counterfactual`).

        A model that changes its indicator by a share (−30 % of the incidents) is recovered at that share; divided by
        the level before the start it would also carry the trend between the windows.
        """
        if self.effect is None or not self.counterfactual:
            return None
        return self.effect / self.counterfactual

    def relative_interval(self) -> tuple[float, float] | None:
        """The interval of the effect as shares of `counterfactual` (the level taken as known)."""
        if self.relative is None:
            return None
        return self.low / self.counterfactual, self.high / self.counterfactual

    def worked(self) -> dict:
        """{treated commune: its own effect} where that effect went the good way."""
        sign = -1 if self.lower_is_better else 1
        return {c: e for c, e in self.by_commune.items() if sign * e > 0}

    @property
    def confidence(self) -> int:
        return round(100 * (1 - self.design.alpha))


def estimate(values: pd.DataFrame, starts: Mapping, features: pd.DataFrame, *, lower_is_better: bool = True,
             design: Design = Design(), reporting_changes: Iterable[int] = (),
             other_starts: Mapping | None = None) -> Estimate:
    """Stacked DiD of the model started at `starts` on the indicator in `values`.

    - `values`: columns commune, month (int), value; one row per reported commune-month.
    - `starts`: {commune: start month} of the communes having the model; None: start unknown (neither treated
      nor comparison).
    - `features`: indexed by commune, columns province, urban, pop_band (exact-match strata); every commune that
      may serve as treated or comparison must be there.
    - `reporting_changes`: months when the way the indicator is reported changed (a caveat when a window spans one).
    - `other_starts`: {commune: start months of its sites of other model types}, to tell how many windows saw another
      model start (a caveat when one group saw many more than the other).
    """
    panel = values.pivot_table(index="commune", columns="month", values="value", aggfunc="mean")
    panel = panel.reindex(index=panel.index.union(pd.Index(features.index)))
    if len(panel.columns):
        panel = panel.reindex(columns=range(int(panel.columns.min()), int(panel.columns.max()) + 1))
    matrix = panel.to_numpy(dtype=float)
    communes = panel.index
    first = int(panel.columns[0]) if len(panel.columns) else 0
    row_of = {c: i for i, c in enumerate(communes)}
    feats = features.reindex(communes)
    strata = pd.MultiIndex.from_frame(feats[["province", "urban", "pop_band"]].astype(str)).codes
    stratum = np.zeros(len(communes), dtype=np.int64)
    for codes in strata:
        stratum = stratum * (int(codes.max()) + 2) + codes
    known = {c for c in starts if c in row_of}
    start_of = np.full(len(communes), np.iinfo(np.int64).max, dtype=np.int64)
    unknown = np.zeros(len(communes), dtype=bool)
    for c in known:
        if starts[c] is None:
            unknown[row_of[c]] = True
        else:
            start_of[row_of[c]] = int(starts[c])

    def window_means(rows, g):
        lo, mid, hi = g - design.pre - first, g - first, g + design.post - first
        pre = matrix[rows, max(lo, 0):max(mid, 0)]
        post = matrix[rows, max(mid, 0):max(min(hi, matrix.shape[1]), 0)]
        return pre, post

    excluded = {"short_history": 0, "too_recent": 0, "unmatched": 0}
    stacks, cells_total, cells_missing = [], 0, 0
    cohorts = sorted({int(s) for c, s in starts.items() if s is not None and c in row_of})
    for g in cohorts:
        treated = np.flatnonzero(start_of == g)
        pre, post = window_means(treated, g)
        pre_n, post_n = np.sum(~np.isnan(pre), axis=1), np.sum(~np.isnan(post), axis=1)
        excluded["short_history"] += int(np.sum(pre_n < design.min_pre))
        excluded["too_recent"] += int(np.sum((pre_n >= design.min_pre) & (post_n < design.min_post)))
        treated = treated[(pre_n >= design.min_pre) & (post_n >= design.min_post)]
        if not len(treated):
            continue
        clean = np.flatnonzero(~unknown & (start_of >= g + design.post))
        cpre, cpost = window_means(clean, g)
        ok = (np.sum(~np.isnan(cpre), axis=1) >= design.min_pre) & (np.sum(~np.isnan(cpost), axis=1) >= design.min_post)
        clean = clean[ok]
        level = _nanmean(matrix[:, max(g - design.pre - first, 0):max(g - first, 0)])
        chosen_t, chosen_c, matches = [], set(), {}
        for i in treated:
            pool = clean[stratum[clean] == stratum[i]]
            if not len(pool):
                excluded["unmatched"] += 1
                continue
            nearest = pool[np.argsort(np.abs(level[pool] - level[i]), kind="stable")[:design.k]]
            chosen_t.append(i)
            chosen_c.update(nearest.tolist())
            matches[i] = nearest
        if not chosen_t:
            continue
        rows = np.array(chosen_t + sorted(chosen_c))
        is_treated = np.r_[np.ones(len(chosen_t)), np.zeros(len(chosen_c))]
        pre, post = window_means(rows, g)
        cells_total += pre.size + post.size
        cells_missing += int(np.isnan(pre).sum() + np.isnan(post).sum())
        stacks.append({"g": g, "rows": rows, "treated": is_treated, "pre": _nanmean(pre), "post": _nanmean(post),
                       "matches": matches})

    changes = sorted({int(m) for m in reporting_changes
                      if any(s["g"] - design.pre <= m < s["g"] + design.post for s in stacks)})
    treated = [(communes[r], s["g"]) for s in stacks for r in s["rows"][s["treated"] == 1]]
    comparison = sorted({communes[r] for s in stacks for r in s["rows"][s["treated"] == 0]})
    result = Estimate(None, None, None, None, None, len(treated), len(comparison), len(stacks), Verdict.INSUFFICIENT,
                      lower_is_better, design, excluded, cells_missing / cells_total if cells_total else 0.0, changes,
                      treated=treated, comparison=comparison)
    n_treated, n_comparison = len(treated), len(comparison)
    for s in stacks:
        change = dict(zip(s["rows"].tolist(), (s["post"] - s["pre"]).tolist()))
        for i, nearest in s["matches"].items():
            result.by_commune[communes[i]] = change[i] - float(np.mean([change[j] for j in nearest.tolist()]))
    if n_treated and n_comparison:
        frame = _stack_frame(stacks, communes)
        fit = _fit(frame, frame["post"] - frame["pre"], design.alpha)
        if fit is not None:
            result.effect, result.low, result.high, result.p_value = fit
            treated = frame[frame["treated"] == 1]
            result.baseline = float(treated["pre"].mean())
            result.counterfactual = float(treated["post"].mean()) - result.effect
            result.events = _events(stacks, frame, matrix, first, design)
            result.verdict = _verdict(result)
    if other_starts is not None and stacks:
        result.other_models = _other_models(stacks, communes, other_starts, design)
    result.caveats = caveats(result)
    return result


def _other_models(stacks, communes, other_starts: Mapping, design: Design) -> tuple[float, float]:
    """Shares of treated and of comparison rows of the stacks whose window [g − pre, g + post) saw another start."""
    hit, total = np.zeros(2), np.zeros(2)
    for s in stacks:
        lo, hi = s["g"] - design.pre, s["g"] + design.post
        for row, treated in zip(s["rows"].tolist(), s["treated"].tolist()):
            group = 0 if treated == 1 else 1
            total[group] += 1
            hit[group] += any(lo <= m < hi for m in other_starts.get(communes[row], ()))
    return float(hit[0] / max(total[0], 1)), float(hit[1] / max(total[1], 1))


OTHER_MODELS_GAP = 0.2
"""Caveat when the shares of treated and comparison windows that saw another model start differ by this much: a
start common to both groups cancels out of the difference, one more frequent in one group does not."""


def _nanmean(a: np.ndarray) -> np.ndarray:
    """Row means ignoring gaps (NaN where a row has no value), without numpy's empty-slice warning."""
    n = np.sum(~np.isnan(a), axis=1)
    return np.where(n > 0, np.nansum(a, axis=1) / np.maximum(n, 1), np.nan)


def _stack_frame(stacks, communes) -> pd.DataFrame:
    """One row per commune per stack, with the corrective weights (treated 1, comparisons rescaled per stack)."""
    parts = []
    n_t = sum(s["treated"].sum() for s in stacks)
    n_c = sum((s["treated"] == 0).sum() for s in stacks)
    for s in stacks:
        t = s["treated"]
        share_t, share_c = t.sum() / n_t, (t == 0).sum() / n_c
        weight = np.where(t == 1, 1.0, share_t / share_c)
        parts.append(pd.DataFrame({"stack": s["g"], "commune": np.asarray(communes)[s["rows"]], "row": s["rows"],
                                   "treated": t, "pre": s["pre"], "post": s["post"], "weight": weight}))
    return pd.concat(parts, ignore_index=True)


def _fit(frame: pd.DataFrame, y: pd.Series, alpha: float = 0.05, absorb: bool = False):
    """WLS of y on treated + stack intercepts, clustered by commune: (coefficient, low, high, p) or None.

    With `absorb`, the stack intercepts are swept out by weighted demeaning within each stack first
    (Frisch–Waugh–Lovell: same coefficient, one column instead of one per stack; the small-sample correction
    of the errors then counts one regressor, a negligible difference at the event study's sizes).
    """
    keep = y.notna().to_numpy()
    frame, y = frame[keep], y[keep].to_numpy(dtype=float)
    if frame["treated"].nunique() < 2:
        return None
    groups = pd.factorize(frame["commune"])[0]
    if len(np.unique(groups)) < 2:
        return None
    weight, treated = frame["weight"].to_numpy(), frame["treated"].to_numpy(dtype=float)
    if absorb:
        stack = pd.factorize(frame["stack"])[0]
        total = np.bincount(stack, weights=weight)
        X = (treated - (np.bincount(stack, weights=weight * treated) / total)[stack])[:, None]
        y = y - (np.bincount(stack, weights=weight * y) / total)[stack]
        column = 0
    else:
        stacks = pd.get_dummies(frame["stack"], drop_first=True, dtype=float).to_numpy()
        X, column = np.column_stack([np.ones(len(frame)), treated, stacks]), 1
    fit = sm.WLS(y, X, weights=weight).fit(cov_type="cluster", cov_kwds={"groups": groups})
    low, high = fit.conf_int(alpha=alpha)[column]
    return float(fit.params[column]), float(low), float(high), float(fit.pvalues[column])


def _events(stacks, frame, matrix, first, design) -> list[EventPoint]:
    """Treated vs comparison around the start, month by month, and the difference with its interval."""
    points = []
    weight = frame["weight"].to_numpy()
    treated = frame["treated"].to_numpy() == 1
    base_t = np.average(frame["pre"][treated], weights=weight[treated])
    base_c = np.average(frame["pre"][~treated], weights=weight[~treated])
    starts = np.repeat([s["g"] for s in stacks], [len(s["rows"]) for s in stacks])
    rows = frame["row"].to_numpy()
    for offset in range(-design.pre, design.post):
        cols = starts + offset - first
        inside = (cols >= 0) & (cols < matrix.shape[1])
        y = np.full(len(frame), np.nan)
        y[inside] = matrix[rows[inside], cols[inside]]
        have = ~np.isnan(y)
        if not (have & treated).any() or not (have & ~treated).any():
            continue
        mean_t = np.average(y[have & treated], weights=weight[have & treated])
        mean_c = np.average(y[have & ~treated], weights=weight[have & ~treated])
        fit = _fit(frame, pd.Series(y - frame["pre"].to_numpy(), index=frame.index), design.alpha, absorb=True)
        if fit is None:
            continue
        diff, low, high = fit[:3]
        points.append(EventPoint(offset, float(mean_t), float(mean_c + base_t - base_c), diff, low, high))
    return points


def _verdict(result: Estimate) -> Verdict:
    if result.n_treated < 3 or result.n_comparison < 5 or result.low is None:
        return Verdict.INSUFFICIENT
    good_low, good_high = (result.low, result.high) if not result.lower_is_better else (-result.high, -result.low)
    if good_low > 0:
        return Verdict.EFFECTIVE
    if good_high < 0:
        return Verdict.HARMFUL
    # No clear effect: with few communes that says more about the data than the model.
    return Verdict.WEAK if result.n_treated >= result.design.few_treated else Verdict.INSUFFICIENT


def gettext_noop(text: str) -> str:
    """Marks a text for the translation catalogue (`makemessages` looks for this name); Django stays out of here."""
    return text


translate = gettext_noop
"""How a caveat's text reaches the reader's language: the analytics app sets Django's gettext here when it loads."""


@dataclass(frozen=True)
class Caveat:
    """A caveat: a Vietnamese %-template and its values, put into the reader's language by `str()`."""

    text: str
    values: tuple = ()
    """(name, value) pairs."""

    def __str__(self) -> str:
        return translate(self.text) % dict(self.values)


def caveats(result: Estimate) -> list[Caveat]:
    """What a reader must know before trusting the figure, in plain words."""
    d, out = result.design, []

    def add(text, **values):
        out.append(Caveat(text, tuple(values.items())))

    if result.n_treated == 0:
        add(gettext_noop("Chưa có xã nào dùng được để đánh giá: cần xã có mô hình với ngày bắt đầu và số liệu ít nhất "
                         "%(pre)d tháng trước, %(post)d tháng sau."), pre=d.min_pre, post=d.min_post)
    elif result.n_treated < d.few_treated or result.n_comparison < d.few_comparison:
        add(gettext_noop("Ít xã: %(treated)d xã có mô hình, %(comparison)d xã so sánh. Kết quả dao động nhiều, chỉ "
                         "nên tham khảo."), treated=result.n_treated, comparison=result.n_comparison)
    if result.excluded.get("short_history"):
        add(gettext_noop("%(n)d xã bị bỏ qua vì số liệu trước khi có mô hình quá ngắn (dưới %(pre)d tháng)."),
            n=result.excluded["short_history"], pre=d.min_pre)
    if result.excluded.get("too_recent"):
        add(gettext_noop("%(n)d xã bị bỏ qua vì mô hình mới bắt đầu, chưa đủ %(post)d tháng số liệu sau."),
            n=result.excluded["too_recent"], post=d.min_post)
    if result.excluded.get("unmatched"):
        add(gettext_noop("%(n)d xã không tìm được xã tương đồng (cùng tỉnh, cùng loại phường/xã, cùng nhóm dân số) "
                         "chưa có mô hình để so sánh."), n=result.excluded["unmatched"])
    if result.missing > d.missing_share:
        add(gettext_noop("Thiếu số liệu: %(share)s số tháng cần dùng chưa được báo cáo."), share=f"{result.missing:.0%}")
    if result.crosses_change:
        add(gettext_noop("Cách thống kê thay đổi trong thời gian so sánh (tháng %(months)s): chênh lệch có thể do thay "
                         "đổi cách báo cáo chứ không do mô hình."),
            months=", ".join(month_label(m) for m in result.crosses_change))
    if result.other_models is not None:
        treated, comparison = result.other_models
        if abs(treated - comparison) >= OTHER_MODELS_GAP:
            add(gettext_noop("Trong thời gian so sánh, %(treated)s xã có mô hình và %(comparison)s xã so sánh cũng bắt "
                             "đầu mô hình khác: một phần chênh lệch có thể do các mô hình đó."),
                treated=f"{treated:.0%}", comparison=f"{comparison:.0%}")
    return out
