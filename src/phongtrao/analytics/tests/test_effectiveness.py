"""The estimator on synthetic panels with planted effects (no database)."""
import numpy as np
import pandas as pd
import pytest

from phongtrao.analytics.effectiveness import Design, Verdict, estimate, month_index

FIRST = month_index(2022, 1)
MONTHS = 48


def ramp(offset: np.ndarray, full_after: int) -> np.ndarray:
    """Share of the full effect reached `offset` months after the start (0 before)."""
    return np.where(offset >= 0, np.minimum(1.0, (offset + 1) / full_after), 0.0)


def synthetic(seed=0, n=240, treated_share=0.3, effect=0.0, full_after=1, starts=(14, 34), missing=0.0):
    """A panel of `n` communes × 48 months: commune level by stratum, season, a national trend, noise.

    Treated communes are drawn more often among the higher levels (selection on level) and start between
    `starts` months after the first; their indicator moves by `effect` × `ramp(...)` from the start.
    """
    rng = np.random.default_rng(seed)
    communes = [f"c{i:04d}" for i in range(n)]
    features = pd.DataFrame({"province": rng.choice(["01", "79", "48"], n), "urban": rng.random(n) < 0.4,
                             "pop_band": rng.choice(["<10k", "10-30k"], n)}, index=communes)
    level = 20 + 8 * features["urban"].to_numpy() + 4 * (features["pop_band"] == "10-30k").to_numpy() \
        + rng.normal(0, 3, n)
    odds = 1 / (1 + np.exp(-(level - level.mean()) / 4))
    treated = rng.random(n) < treated_share * 2 * odds
    start = np.where(treated, FIRST + rng.integers(starts[0], starts[1] + 1, n), -1)
    month = np.arange(FIRST, FIRST + MONTHS)
    season = 2 * np.sin(2 * np.pi * (month % 12) / 12)
    trend = -0.05 * (month - FIRST)
    y = level[:, None] + season[None, :] + trend[None, :] + rng.normal(0, 2, (n, MONTHS))
    offset = month[None, :] - start[:, None]
    y += np.where(treated[:, None], effect * ramp(offset, full_after), 0.0)
    frame = pd.DataFrame({"commune": np.repeat(communes, MONTHS), "month": np.tile(month, n), "value": y.ravel()})
    if missing:
        frame = frame[rng.random(len(frame)) >= missing]
    return frame, {c: int(s) for c, s, t in zip(communes, start, treated) if t}, features


def test_recovers_a_planted_effect_inside_its_interval():
    values, starts, features = synthetic(effect=-3.0)
    result = estimate(values, starts, features)
    assert result.low <= -3.0 <= result.high
    assert result.high < 0
    assert result.verdict == Verdict.EFFECTIVE
    assert result.n_treated > 40 and result.n_comparison > 40
    assert result.relative == pytest.approx(result.effect / result.counterfactual)
    assert not result.caveats


def test_finds_no_effect_where_none_was_planted():
    values, starts, features = synthetic(effect=0.0, seed=1)
    result = estimate(values, starts, features)
    assert result.low <= 0 <= result.high
    assert result.verdict == Verdict.WEAK


def test_a_harmful_model_is_flagged_and_direction_matters():
    values, starts, features = synthetic(effect=3.0, seed=2)
    assert estimate(values, starts, features).verdict == Verdict.HARMFUL
    assert estimate(values, starts, features, lower_is_better=False).verdict == Verdict.EFFECTIVE


def test_unbiased_with_staggered_starts_and_growing_effects():
    """Effects that build up over six months, starts spread over two years: the mean estimate is the true ATT.

    A two-way fixed-effects regression on the whole panel would use already-treated communes as comparisons and
    miss this by a wide margin; the stacked design compares each cohort with clean communes only.
    """
    design = Design()
    truth = -4.0 * ramp(np.arange(design.post), 6).mean()
    estimates, covered = [], 0
    for seed in range(12):
        values, starts, features = synthetic(seed=100 + seed, effect=-4.0, full_after=6, starts=(13, 30))
        result = estimate(values, starts, features, design=design)
        estimates.append(result.effect)
        covered += result.low <= truth <= result.high
    spread = np.std(estimates, ddof=1) / np.sqrt(len(estimates))
    assert abs(np.mean(estimates) - truth) < 3 * spread + 0.05
    assert covered >= 10


def test_event_study_is_flat_before_and_moves_after():
    values, starts, features = synthetic(effect=-3.0, seed=3)
    result = estimate(values, starts, features)
    offsets = [p.offset for p in result.events]
    assert offsets == list(range(-12, 12))
    before = [p for p in result.events if p.offset < 0]
    after = [p for p in result.events if p.offset >= 0]
    assert abs(np.mean([p.difference for p in before])) < 0.5
    assert np.mean([p.difference for p in after]) == pytest.approx(-3.0, abs=0.6)
    assert all(p.low <= p.difference <= p.high for p in result.events)


def test_caveats_few_communes_short_history_missing_months_and_reporting_change():
    values, starts, features = synthetic(effect=-3.0, seed=4, n=60, treated_share=0.15, starts=(2, 30), missing=0.2)
    result = estimate(values, starts, features, reporting_changes=[month_index(2023, 7)])
    text = " ".join(map(str, result.caveats))
    assert "Ít xã" in text
    assert result.excluded["short_history"] > 0 and "quá ngắn" in text
    assert "Thiếu số liệu" in text
    assert "07/2023" in text


def test_nothing_to_compare():
    values, _, features = synthetic(seed=5, n=30)
    result = estimate(values, {}, features)
    assert result.effect is None and result.verdict == Verdict.INSUFFICIENT
    assert result.caveats and result.n_treated == 0


def test_unknown_start_is_neither_treated_nor_comparison():
    values, starts, features = synthetic(effect=-3.0, seed=6)
    never = [c for c in features.index if c not in starts]
    unknown = never[: len(never) // 2]
    result = estimate(values, {**starts, **{c: None for c in unknown}}, features)
    assert not set(unknown) & set(result.comparison)
    assert not set(unknown) & {c for c, _ in result.treated}
    assert {c for c, _ in result.treated} <= set(starts)
    assert all(starts.get(c, 10**9) >= start + 12 for c in result.comparison for _, start in result.treated[:1])
    assert result.low <= -3.0 <= result.high


def test_each_treated_commune_has_its_own_noisy_effect():
    values, starts, features = synthetic(effect=-3.0, seed=7)
    result = estimate(values, starts, features)
    assert set(result.by_commune) == {c for c, _ in result.treated}
    assert np.mean(list(result.by_commune.values())) == pytest.approx(-3.0, abs=0.5)


def test_caveats_read_in_the_reader_language():
    from django.utils import translation

    values, starts, features = synthetic(effect=-3.0, seed=4, n=60, treated_share=0.15, starts=(2, 30), missing=0.2)
    result = estimate(values, starts, features, reporting_changes=[month_index(2023, 7)])
    with translation.override("en"):
        text = " ".join(map(str, result.caveats))
    assert "Few communes" in text and "Missing figures" in text and "07/2023" in text and "Ít xã" not in text
    with translation.override("vi"):
        assert "Ít xã" in " ".join(map(str, result.caveats))


def test_other_models_starting_in_the_comparison_windows_are_counted_and_flagged():
    values, starts, features = synthetic(effect=-3.0, seed=6)
    quiet = estimate(values, starts, features, other_starts={})
    assert quiet.other_models == (0.0, 0.0) and not any("mô hình khác" in str(c) for c in quiet.caveats)
    everywhere = {c: [FIRST + 24] for c in features.index if c not in starts}  # every untreated commune, mid-panel
    busy = estimate(values, starts, features, other_starts=everywhere)
    treated_share, comparison_share = busy.other_models
    assert treated_share == 0.0 and 0.5 < comparison_share <= 1.0
    assert any(f"{comparison_share:.0%} xã so sánh cũng bắt đầu mô hình khác" in str(c) for c in busy.caveats)
    assert busy.effect == quiet.effect  # told, not corrected
    both = estimate(values, starts, features, other_starts={c: [FIRST + 24] for c in features.index})
    assert both.other_models[0] > 0.5 and not any("mô hình khác" in str(c) for c in both.caveats)  # cancels out
    assert estimate(values, starts, features).other_models is None


def test_a_share_planted_on_a_falling_trend_is_recovered_as_that_share():
    """The demo's way: each commune's count moves by +40 % from its start month, while every commune falls 1 % a month.

    The share is of what the treated communes would have had without the model, not of their level before it:
    divided by the level before, the effect would also carry the fall between the two windows (about 0.88 here,
    so +35 %). Planted in a month the estimator counts as untreated (the month of the start, for a start after the
    1st), the share shrinks by that month's part of the window instead: 11/12 of +40 %.
    """
    rng = np.random.default_rng(11)
    n, months = 900, np.arange(FIRST, FIRST + MONTHS)
    communes = [f"c{i:04d}" for i in range(n)]
    features = pd.DataFrame({"province": rng.choice(["01", "79"], n), "urban": False, "pop_band": ""}, index=communes)
    size = 20 * rng.lognormal(0, 0.5, n)
    start = np.where(rng.random(n) < 0.3, FIRST + rng.integers(14, 30, n), 10**9)
    starts = {c: int(s) for c, s in zip(communes, start) if s < 10**9}

    def panel(first_treated_month):
        mean = size[:, None] * (1 - 0.01 * (months - FIRST))[None, :]
        mean = mean * np.where(months[None, :] >= start[:, None] + first_treated_month, 1.4, 1.0)
        y = rng.poisson(mean).ravel().astype(float)
        return pd.DataFrame({"commune": np.repeat(communes, MONTHS), "month": np.tile(months, n), "value": y})

    result = estimate(panel(0), starts, features, lower_is_better=False)
    low, high = result.relative_interval()
    assert low <= 0.40 <= high
    assert result.relative == pytest.approx(0.40, abs=0.02)
    assert result.counterfactual < 0.92 * result.baseline
    assert result.effect / result.baseline < 0.37
    late = estimate(panel(1), starts, features, lower_is_better=False)
    assert late.relative == pytest.approx(0.40 * 11 / 12, abs=0.02)
