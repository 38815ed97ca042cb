"""Extraction scores on the annotated sets, by the rules of ../shared/eval/score.py (called, not re-implemented).

Sets: our own corpus (intake/corpus), the seed articles (../shared/eval, when present) and each batch of real articles
(intake/corpus/real/batchNN). Each field's F1 and the body accuracy must stay at or above the floor written here: the
score the set reached, rounded down by at most 0.01. A regression fails; an improvement should raise its floor.
"""
import importlib.util
import json
from pathlib import Path

import pytest

from phongtrao.intake.extraction.pipeline import extract_file, extract_text

HERE = Path(__file__).parent
CORPUS = HERE.parent / "corpus"
SHARED = Path(__file__).resolve().parents[4].parent / "shared"
SHARED_SCORER = SHARED / "eval" / "score.py"
VENDORED_SCORER = HERE / "eval_score.py"
VENDOR_NOTE_LINES = 3


def _load_scorer():
    """../shared/eval/score.py when the shared checkout is there, else the vendored copy."""
    path = SHARED_SCORER if SHARED_SCORER.exists() else VENDORED_SCORER
    spec = importlib.util.spec_from_file_location("eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()

FLOORS = {  # set → field → lowest F1 (body: accuracy of the body cut)
    "own": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
            "body": 1.0},
    "seeds": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
              "body": 1.0},
    "real/batch01": {"models": 0.97, "places": 1.0, "documents": 0.94, "dates": 0.95, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch02": {"models": 0.95, "places": 1.0, "documents": 1.0, "dates": 0.88, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch03": {"models": 0.93, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch04": {"models": 0.91, "places": 1.0, "documents": 1.0, "dates": 0.86, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch05": {"models": 0.94, "places": 0.98, "documents": 1.0, "dates": 0.8, "deadlines": 1.0, "counts": 0.99,
                     "body": 0.95},
    "real/batch06": {"models": 0.95, "places": 1.0, "documents": 1.0, "dates": 0.8, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch07": {"models": 0.97, "places": 1.0, "documents": 1.0, "dates": 0.97, "deadlines": 1.0, "counts": 0.96,
                     "body": 1.0},
    "real/batch08": {"models": 0.93, "places": 0.99, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 0.97,
                     "body": 1.0},
    "real/batch09": {"models": 0.98, "places": 1.0, "documents": 1.0, "dates": 0.88, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch10": {"models": 0.92, "places": 1.0, "documents": 1.0, "dates": 0.86, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch11": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch12": {"models": 0.88, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch13": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.97,
                     "body": 1.0},
    "real/batch14": {"models": 0.88, "places": 1.0, "documents": 0.88, "dates": 1.0, "deadlines": 1.0, "counts": 0.94,
                     "body": 1.0},
    "real/batch15": {"models": 0.95, "places": 0.97, "documents": 1.0, "dates": 0.93, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch16": {"models": 0.86, "places": 1.0, "documents": 1.0, "dates": 0.88, "deadlines": 1.0, "counts": 0.97,
                     "body": 1.0},
    "real/batch17": {"models": 1.0, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch18": {"models": 1.0, "places": 0.97, "documents": 1.0, "dates": 0.93, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch19": {"models": 1.0, "places": 0.88, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch20": {"models": 0.89, "places": 1.0, "documents": 1.0, "dates": 0.93, "deadlines": 1.0, "counts": 0.97,
                     "body": 1.0},
    "real/batch21": {"models": 0.96, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch22": {"models": 0.96, "places": 0.98, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 0.94,
                     "body": 1.0},
    "real/batch23": {"models": 0.97, "places": 0.98, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch24": {"models": 0.86, "places": 0.98, "documents": 1.0, "dates": 0.92, "deadlines": 1.0, "counts": 0.95,
                     "body": 1.0},
    "real/batch25": {"models": 0.93, "places": 0.99, "documents": 1.0, "dates": 0.97, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch26": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 0.95,
                     "body": 1.0},
    "real/batch27": {"models": 1.0, "places": 0.99, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 0.95,
                     "body": 1.0},
    "real/batch28": {"models": 0.95, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 0.96,
                     "body": 1.0},
    "real/batch29": {"models": 0.95, "places": 0.99, "documents": 1.0, "dates": 0.97, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch30": {"models": 0.93, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 0.89,
                     "body": 1.0},
    "real/batch31": {"models": 0.83, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.93,
                     "body": 1.0},
    "real/batch32": {"models": 0.97, "places": 0.98, "documents": 1.0, "dates": 0.87, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch33": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.91, "deadlines": 1.0, "counts": 0.92,
                     "body": 1.0},
    "real/batch34": {"models": 0.95, "places": 0.99, "documents": 1.0, "dates": 0.8, "deadlines": 1.0, "counts": 0.92,
                     "body": 1.0},
    "real/batch35": {"models": 0.78, "places": 1.0, "documents": 0.72, "dates": 0.96, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch36": {"models": 0.97, "places": 0.95, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch37": {"models": 1.0, "places": 0.95, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch38": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.84, "deadlines": 1.0, "counts": 0.95,
                     "body": 1.0},
    "real/batch39": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch40": {"models": 0.93, "places": 0.99, "documents": 1.0, "dates": 0.92, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch41": {"models": 1.0, "places": 0.9, "documents": 1.0, "dates": 0.93, "deadlines": 1.0, "counts": 0.99,
                     "body": 0.95},
    "real/batch42": {"models": 0.88, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch43": {"models": 0.93, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 0.95},
    "real/batch44": {"models": 0.93, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 0.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch45": {"models": 0.85, "places": 0.94, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch46": {"models": 0.85, "places": 0.97, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch47": {"models": 0.87, "places": 0.97, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch48": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch49": {"models": 0.92, "places": 1.0, "documents": 1.0, "dates": 0.85, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch50": {"models": 0.8, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch51": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch52": {"models": 0.86, "places": 0.96, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch53": {"models": 0.87, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch54": {"models": 0.87, "places": 0.99, "documents": 1.0, "dates": 0.87, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch55": {"models": 0.86, "places": 1.0, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch56": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch57": {"models": 0.87, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch58": {"models": 0.94, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch59": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch60": {"models": 0.94, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch61": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch62": {"models": 0.92, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch63": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch64": {"models": 0.85, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch65": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch66": {"models": 0.66, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch67": {"models": 0.91, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch68": {"models": 1.0, "places": 0.96, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch69": {"models": 0.93, "places": 0.98, "documents": 1.0, "dates": 0.93, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch70": {"models": 1.0, "places": 0.99, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch71": {"models": 0.84, "places": 1.0, "documents": 0.4, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch72": {"models": 0.95, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch73": {"models": 0.97, "places": 1.0, "documents": 1.0, "dates": 0.97, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch74": {"models": 0.78, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch75": {"models": 0.75, "places": 0.98, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch76": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.91, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch77": {"models": 0.96, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.96,
                     "body": 1.0},
    "real/batch78": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch79": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.91, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch80": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch81": {"models": 0.9, "places": 0.97, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch82": {"models": 0.92, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch83": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.93, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch84": {"models": 0.92, "places": 0.96, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch85": {"models": 1.0, "places": 0.96, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                     "body": 1.0},
    "real/batch86": {"models": 0.96, "places": 0.93, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.94,
                     "body": 1.0},
    "real/batch87": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch88": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.98, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch89": {"models": 0.86, "places": 0.92, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 1.0,
                     "body": 0.95},
    "real/batch90": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch91": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.97,
                     "body": 1.0},
    "real/batch92": {"models": 0.93, "places": 1.0, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch93": {"models": 1.0, "places": 0.96, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch94": {"models": 0.86, "places": 1.0, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch95": {"models": 0.94, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.96,
                     "body": 1.0},
    "real/batch96": {"models": 0.85, "places": 0.96, "documents": 0.5, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                     "body": 1.0},
    "real/batch97": {"models": 0.95, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 0.93,
                     "body": 1.0},
    "real/batch98": {"models": 0.96, "places": 0.92, "documents": 1.0, "dates": 0.89, "deadlines": 1.0, "counts": 0.99,
                     "body": 1.0},
    "real/batch99": {"models": 0.95, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.94,
                     "body": 1.0},
    "real/batch100": {"models": 0.93, "places": 0.99, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch101": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 0.92,
                      "body": 1.0},
    "real/batch102": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.95,
                      "body": 1.0},
    "real/batch103": {"models": 0.92, "places": 1.0, "documents": 1.0, "dates": 0.86, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch104": {"models": 0.88, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch105": {"models": 0.88, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch106": {"models": 0.8, "places": 0.99, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch107": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.33, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch108": {"models": 0.96, "places": 1.0, "documents": 1.0, "dates": 0.92, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch109": {"models": 0.88, "places": 1.0, "documents": 0.85, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch110": {"models": 0.94, "places": 1.0, "documents": 1.0, "dates": 0.92, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch111": {"models": 0.88, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch112": {"models": 0.93, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch113": {"models": 0.88, "places": 0.97, "documents": 1.0, "dates": 0.92, "deadlines": 1.0,
                      "counts": 0.98, "body": 1.0},
    "real/batch114": {"models": 0.8, "places": 0.92, "documents": 1.0, "dates": 0.83, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch115": {"models": 1.0, "places": 0.97, "documents": 1.0, "dates": 0.96, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch116": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 0.84, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch117": {"models": 1.0, "places": 1.0, "documents": 0.88, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch118": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 0.95, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch119": {"models": 0.8, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch120": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 0.87, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch121": {"models": 0.95, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch122": {"models": 0.86, "places": 1.0, "documents": 1.0, "dates": 0.85, "deadlines": 1.0, "counts": 0.99,
                      "body": 1.0},
    "real/batch123": {"models": 0.66, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch124": {"models": 0.77, "places": 0.94, "documents": 1.0, "dates": 0.8, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch125": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch126": {"models": 1.0, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch127": {"models": 0.78, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch128": {"models": 0.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch129": {"models": 0.85, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch130": {"models": 0.97, "places": 0.95, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch131": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch132": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch133": {"models": 1.0, "places": 0.66, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch134": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.66,
                      "body": 1.0},
    "real/batch135": {"models": 1.0, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.94,
                      "body": 1.0},
    "real/batch136": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch137": {"models": 0.91, "places": 0.98, "documents": 1.0, "dates": 0.92, "deadlines": 1.0,
                      "counts": 0.97, "body": 1.0},
    "real/batch138": {"models": 0.9, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch139": {"models": 1.0, "places": 1.0, "documents": 0.66, "dates": 0.94, "deadlines": 1.0, "counts": 0.97,
                      "body": 1.0},
    "real/batch140": {"models": 0.85, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch141": {"models": 0.91, "places": 1.0, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch142": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch143": {"models": 0.72, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 0.91},
    "real/batch144": {"models": 0.88, "places": 1.0, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch145": {"models": 0.76, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch146": {"models": 0.85, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch147": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch148": {"models": 0.73, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch149": {"models": 0.8, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch150": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch151": {"models": 0.85, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch152": {"models": 0.71, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch153": {"models": 0.9, "places": 1.0, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch154": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch155": {"models": 0.73, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.96,
                      "body": 1.0},
    "real/batch156": {"models": 0.36, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch157": {"models": 0.73, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.97,
                      "body": 1.0},
    "real/batch158": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 0.97,
                      "body": 1.0},
    "real/batch159": {"models": 0.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch160": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch161": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch162": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch163": {"models": 0.97, "places": 0.97, "documents": 0.88, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch164": {"models": 0.84, "places": 0.95, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch165": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch166": {"models": 0.92, "places": 0.98, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch167": {"models": 0.8, "places": 1.0, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch168": {"models": 0.76, "places": 0.96, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch169": {"models": 0.88, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch170": {"models": 1.0, "places": 0.98, "documents": 1.0, "dates": 0.94, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch171": {"models": 0.76, "places": 1.0, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 0.94,
                      "body": 1.0},
    "real/batch172": {"models": 0.8, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch173": {"models": 0.8, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch174": {"models": 0.81, "places": 1.0, "documents": 1.0, "dates": 0.9, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch175": {"models": 0.76, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch176": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 0.66, "deadlines": 1.0, "counts": 0.94,
                      "body": 1.0},
    "real/batch177": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.97,
                      "body": 1.0},
    "real/batch178": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch179": {"models": 1.0, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch180": {"models": 0.5, "places": 1.0, "documents": 1.0, "dates": 0.92, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch181": {"models": 0.66, "places": 0.97, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.86,
                      "body": 1.0},
    "real/batch182": {"models": 0.91, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 0.98,
                      "body": 1.0},
    "real/batch183": {"models": 0.6, "places": 1.0, "documents": 1.0, "dates": 1.0, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
    "real/batch184": {"models": 0.88, "places": 1.0, "documents": 1.0, "dates": 0.88, "deadlines": 1.0, "counts": 1.0,
                      "body": 1.0},
}
REAL_BATCHES = sorted(p.name for p in (CORPUS / "real").glob("batch*") if (p / "gold.jsonl").exists())


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows_and_results(name: str) -> tuple[list[dict], list[dict]]:
    if name == "seeds":
        rows = _load(SHARED / "eval" / "seeds-gold.jsonl")
        return rows, [extract_text(row["text"], source=row["source"]) for row in rows]
    folder = CORPUS / name.removeprefix("own")
    rows = _load(folder / "gold.jsonl")
    return rows, [extract_file(folder / row["source"]) for row in rows]


def _below_floor(name: str, result: dict) -> dict:
    got = {field: result[field]["f1"] for field in scorer.FIELDS} | {"body": result["body"]["accuracy"]}
    return {field: got[field] for field, floor in FLOORS[name].items() if got[field] < floor}


def test_every_real_batch_has_floors():
    assert [f"real/{b}" for b in REAL_BATCHES if f"real/{b}" not in FLOORS] == []


@pytest.mark.parametrize("name", ["own", *(f"real/{b}" for b in REAL_BATCHES)])
def test_scores_hold(name):
    rows, results = _rows_and_results(name)
    assert _below_floor(name, scorer.score(rows, results)) == {}


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared is not checked out")
def test_seed_articles_hold():
    rows, results = _rows_and_results("seeds")
    assert _below_floor("seeds", scorer.score(rows, results)) == {}


PUBLISHED_DOUBTS = {
    "batch29-18": "no dateline: the gold dates the page by its first sentence ('Ngày 22/01/2019, …'), while "
                  "batch11-10 and batch21-17, written the same way, have no publication date in their gold",
    "batch63-03": "a dateline under the title ('Thứ Tư, 16/07/2014, 10:25') with no publication date in the gold, "
                  "while the corpus takes such datelines as the date (batch49-03, batch50-08)",
    "batch63-06": "a dateline ('NA (T/h) - 23:09, 16/08/2022') with no publication date in the gold, as batch63-03",
    "batch64-02": "the gold dates the page from a timestamp line the collector left out of the text; the corpus leaves "
                  "the date empty when the text shows none",
    "batch64-07": "the same as batch64-02",
}
"""Pages whose annotated publication date contradicts how the rest of the corpus annotates the same layout."""


@pytest.mark.parametrize("name", ["own", *(f"real/{b}" for b in REAL_BATCHES)])
def test_titles_and_publication_dates(name):
    """The title is found, and the publication date is the one the page shows (none when it shows none)."""
    rows, results = _rows_and_results(name)
    assert [row["id"] for row, result in zip(rows, results) if row["title"].lower() not in result["title"].lower()
            and name == "own"] == []
    assert [(row["id"], result["published"]) for row, result in zip(rows, results)
            if result["published"] != row["published"] and row["id"] not in PUBLISHED_DOUBTS] == []


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="../shared is not checked out")
def test_vendored_scorer_is_the_shared_one():
    vendored = VENDORED_SCORER.read_text(encoding="utf-8").split("\n", VENDOR_NOTE_LINES)[VENDOR_NOTE_LINES]
    assert vendored == SHARED_SCORER.read_text(encoding="utf-8")
