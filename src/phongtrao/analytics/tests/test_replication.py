"""Ranking communes for replication (no database)."""
import pandas as pd

from phongtrao.analytics.replication import NORM_VND, rank


def features():
    return pd.DataFrame({
        "urban": [1, 1, 0, 1, 0, 1],
        "level": [30.0, 32.0, 10.0, 31.0, 12.0, 20.0],
        "trend": [0.5, 0.4, -0.2, 0.5, -0.1, 0.0],
    }, index=["w1", "w2", "w3", "c_twin", "c_rural", "c_mid"])


def test_the_candidate_most_like_the_worked_communes_comes_first_with_its_evidence():
    ranked = rank(features(), {"w1": -3.0, "w2": -2.0}, ["c_twin", "c_rural", "c_mid", "w1"])
    assert [c.commune for c in ranked] == ["c_twin", "c_mid", "c_rural"]
    top = ranked[0]
    assert {n[0] for n in top.neighbours} == {"w1", "w2"}
    assert top.expected == -2.5 and top.budget == NORM_VND == 20_000_000
    assert 0 < ranked[-1].score < top.score <= 100


def test_shared_sponsors_move_a_candidate_up():
    sponsors = {"w1": {"doan-tn"}, "w2": {"doan-tn"}, "c_rural": {"doan-tn", "hoi-pn"}}
    plain = [c.commune for c in rank(features(), {"w1": -3.0, "w2": -2.0}, ["c_rural", "c_mid"])]
    helped = rank(features(), {"w1": -3.0, "w2": -2.0}, ["c_rural", "c_mid"], sponsors=sponsors, sponsor_weight=5)
    assert plain[0] == "c_mid" and helped[0].commune == "c_rural"
    assert helped[0].shared_sponsors == {"doan-tn"}


def test_nothing_to_rank():
    assert rank(features(), {}, ["c_twin"]) == []
    assert rank(features(), {"w1": -1.0}, []) == []
