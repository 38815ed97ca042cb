"""The `phongtrao` command: `extract` runs without a database; anything else is a manage.py command."""
import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["extract"]:
        from phongtrao.intake.extraction.command import main as extract

        return extract(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "phongtrao.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["phongtrao", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
