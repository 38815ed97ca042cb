"""Festival Day site selection: explainable scores and a 0/1 programme solved by HiGHS (through PuLP).

Pure Python over plain candidates (no database): `services.propose_festival_sites` builds the candidates from the
registry and saves the outcome; the benchmark runs it over all 3,321 communes.

Constraints: exactly N sites; at most k per province; at least a share of them in the priority regions; no commune
chosen in the last `rest_years` years; sites pinned by hand are kept and those excluded by hand left out.
Objective: the sum of the chosen sites' scores plus a bonus for each province reached (balance across provinces).
What each criterion is worth comes from the plan (`weights.Weights`; its defaults when not given).
Ties are broken by commune code, so the answer does not depend on the order of the candidates or on the solver's
path: the same data give the same sites.
"""
import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pulp
from django.utils.translation import gettext as _

from .weights import DEFAULT, Weights


class SelectionError(ValueError):
    """The constraints cannot all hold (the message says which and by how much)."""


@cache
def regions() -> dict[str, dict]:
    """Province code → {"region", "priority", …} from data/regions.json (see its PROVENANCE.md)."""
    return json.loads((Path(__file__).parent / "data" / "regions.json").read_text(encoding="utf-8"))["provinces"]


@dataclass
class Candidate:
    commune_id: int
    code: str
    name: str
    province_code: str
    province: str
    strong: int = 0
    """Strong sites in the commune: exemplary, or rated good in the recent evaluations."""
    last_chosen: int | None = None
    pinned: bool = False
    excluded: bool = False
    score: int = 0
    reasons: list = field(default_factory=list)

    @property
    def priority(self) -> str | None:
        return regions().get(self.province_code, {}).get("priority")


@dataclass
class Selection:
    chosen: list[Candidate]
    runners_up: list[tuple[Candidate, str]]
    """The best candidates left out, each with what it lacked."""
    priority_needed: int
    candidates: int


def score(candidate: Candidate, *, year: int, rest_years: int, weights: Weights = DEFAULT) -> Candidate:
    """Fill the candidate's score and its reasons: one (criterion, points) line per criterion. A commune that hosted
    within `rest_years` gets no points for it (and is left out unless pinned by hand)."""
    reasons = []
    if candidate.priority:
        reasons.append([_("Vùng ưu tiên: %(region)s") % {"region": candidate.priority},
                        weights.region_points(candidate.priority)])
    else:
        reasons.append([_("Không thuộc vùng ưu tiên"), 0])
    strong = min(candidate.strong, weights.strong_cap)
    reasons.append([_("%(n)d điểm mô hình mạnh để trình diễn") % {"n": candidate.strong}, strong * weights.strong])
    if candidate.last_chosen is None:
        reasons.append([_("Chưa từng tổ chức Ngày hội"), weights.never_chosen])
    else:
        reasons.append([_("Đã tổ chức năm %(y)d") % {"y": candidate.last_chosen},
                        weights.long_ago if candidate.last_chosen < year - rest_years else 0])
    candidate.reasons, candidate.score = reasons, sum(points for _label, points in reasons)
    return candidate


def select(candidates: list[Candidate], *, year: int, wanted: int, max_per_province: int, min_priority_share: int,
           rest_years: int, runners_up: int = 10, weights: Weights = DEFAULT) -> Selection:
    """Choose `wanted` communes (see the module docstring); SelectionError when the constraints cannot hold."""
    pool = sorted((score(c, year=year, rest_years=rest_years, weights=weights) for c in candidates),
                  key=lambda c: c.code)
    resting = {c.code for c in pool if c.last_chosen is not None and c.last_chosen >= year - rest_years}
    eligible = [c for c in pool if not c.excluded and (c.pinned or c.code not in resting)]
    needed = math.ceil(wanted * min_priority_share / 100)
    _check_feasible(eligible, wanted=wanted, k=max_per_province, needed=needed)
    chosen_codes = _solve(eligible, wanted=wanted, k=max_per_province, needed=needed, bonus=weights.province_bonus)
    chosen = [c for c in eligible if c.code in chosen_codes]
    for c in chosen:
        if c.pinned:
            c.reasons.append([_("Chọn bằng tay"), 0])
    left = sorted((c for c in pool if c.code not in chosen_codes), key=lambda c: (-c.score, c.code))[:runners_up]
    return Selection(chosen=sorted(chosen, key=lambda c: (-c.score, c.code)),
                     runners_up=[(c, _lacking(c, chosen, resting=resting, k=max_per_province, rest_years=rest_years,
                                              strong_cap=weights.strong_cap))
                                 for c in left],
                     priority_needed=needed, candidates=len(pool))


def _check_feasible(eligible, *, wanted, k, needed):
    per_province, pinned = {}, {}
    for c in eligible:
        per_province[c.province_code] = per_province.get(c.province_code, 0) + 1
        if c.pinned:
            pinned[c.province_code] = pinned.get(c.province_code, 0) + 1
    room = sum(min(k, n) for n in per_province.values())
    priority_room = sum(min(k, n) for code, n in per_province.items() if regions().get(code, {}).get("priority"))
    if sum(pinned.values()) > wanted:
        raise SelectionError(_("Đã chọn bằng tay %(p)d điểm, nhiều hơn số điểm cần chọn (%(n)d).") % {
            "p": sum(pinned.values()), "n": wanted})
    if any(n > k for n in pinned.values()):
        raise SelectionError(_("Có tỉnh được chọn bằng tay quá %(k)d điểm (tối đa mỗi tỉnh).") % {"k": k})
    if room < wanted:
        raise SelectionError(_("Chỉ chọn được tối đa %(room)d điểm với %(k)d điểm mỗi tỉnh, cần %(n)d: tăng số điểm "
                               "tối đa mỗi tỉnh hoặc giảm số điểm cần chọn.") % {"room": room, "k": k, "n": wanted})
    if priority_room < needed:
        raise SelectionError(_("Vùng ưu tiên chỉ có thể có %(room)d điểm, cần ít nhất %(need)d: giảm tỷ lệ tối thiểu "
                               "vùng ưu tiên.") % {"room": priority_room, "need": needed})


def _solve(eligible: list[Candidate], *, wanted: int, k: int, needed: int, bonus: int) -> set[str]:
    n = len(eligible)
    weight = wanted * n + 1  # one point of score outweighs any sum of tie-breaks
    problem = pulp.LpProblem("ngay_hoi", pulp.LpMaximize)
    x = {c.code: pulp.LpVariable(f"x_{c.code}", cat="Binary") for c in eligible}
    provinces = sorted({c.province_code for c in eligible})
    y = {p: pulp.LpVariable(f"y_{p}", cat="Binary") for p in provinces}
    tie = {c.code: n - i for i, c in enumerate(eligible)}  # lower codes first among equals
    problem += (pulp.lpSum((c.score * weight + tie[c.code]) * x[c.code] for c in eligible)
                + pulp.lpSum(bonus * weight * y[p] for p in provinces))
    problem += pulp.lpSum(x.values()) == wanted
    for p in provinces:
        members = [x[c.code] for c in eligible if c.province_code == p]
        problem += pulp.lpSum(members) <= k
        problem += y[p] <= pulp.lpSum(members)
    problem += pulp.lpSum(x[c.code] for c in eligible if c.priority) >= needed
    for c in eligible:
        if c.pinned:
            problem += x[c.code] == 1
    status = problem.solve(pulp.HiGHS(msg=False, gapRel=0, threads=1))
    if pulp.LpStatus[status] != "Optimal":
        raise SelectionError(_("Không tìm được phương án thỏa mãn mọi ràng buộc."))
    return {code for code, var in x.items() if var.value() > 0.5}


def _lacking(c: Candidate, chosen: list[Candidate], *, resting: set, k: int, rest_years: int, strong_cap: int) -> str:
    if c.excluded:
        return _("Đã loại bằng tay.")
    if c.code in resting:
        return _("Đã tổ chức năm %(y)d: chưa đủ %(r)d năm.") % {"y": c.last_chosen, "r": rest_years}
    same = [s for s in chosen if s.province_code == c.province_code]
    if len(same) >= k and k < len(chosen) and min(s.score for s in same) >= c.score:
        return _("%(p)s đã đủ %(k)d điểm có tổng điểm cao hơn hoặc bằng.") % {"p": c.province, "k": k}
    missing = []
    if not c.priority:
        missing.append(_("không thuộc vùng ưu tiên"))
    if c.strong < strong_cap:
        missing.append(_("chỉ có %(n)d điểm mô hình mạnh") % {"n": c.strong})
    if c.last_chosen is not None:
        missing.append(_("đã tổ chức năm %(y)d") % {"y": c.last_chosen})
    lowest = min((s.score for s in chosen), default=0)
    if c.score == lowest:
        text = _("Tổng điểm %(s)d, bằng điểm được chọn thấp nhất: xếp sau theo mã xã (thứ tự cố định để kết quả lặp lại "
                 "được).") % {"s": c.score}
    elif c.score < lowest:
        text = _("Tổng điểm %(s)d, thấp hơn điểm được chọn thấp nhất (%(low)d).") % {"s": c.score, "low": lowest}
    else:
        text = _("Tổng điểm %(s)d, nhưng chỗ được dành cho vùng ưu tiên hoặc tỉnh chưa có điểm (cân đối giữa các "
                 "tỉnh).") % {"s": c.score}
    return f"{text} {_('Còn thiếu')}: {'; '.join(missing)}." if missing else text
