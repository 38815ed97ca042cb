"""`phongtrao extract PATH... --format jsonl|json`: one JSON object per input file, no database needed."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from .pipeline import extract_file
from .reading import ReadError

UNEXPECTED = "Lỗi không mong đợi khi trích xuất: {}"


def main(argv: list[str] | None = None) -> int:
    """Print one object per file (folders: every file in them, sorted); exit 1 when some file gave an error."""
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    results = (_extract(path) for path in _files(args.paths))
    failed = False
    if args.format == "jsonl":
        for result in results:
            failed |= "error" in result
            print(json.dumps(result, ensure_ascii=False), flush=True)
    else:
        collected = list(results)
        failed = any("error" in r for r in collected)
        print(json.dumps(collected, ensure_ascii=False, indent=1))
    return 1 if failed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phongtrao extract", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="a file (txt, html, docx, pdf) or a folder")
    parser.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    return parser


def _files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            yield path


def _extract(path: Path) -> dict:
    try:
        return extract_file(path)
    except ReadError as exc:
        return {"source": path.name, "error": exc.message}
    except Exception as exc:  # one bad document must not stop the batch
        return {"source": path.name, "error": UNEXPECTED.format(exc)}


if __name__ == "__main__":
    sys.exit(main())
