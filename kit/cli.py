"""`python -m kit ...`: a thin command line over the library functions (validate, list, schema, score, serve)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kit.content.library import build_library, default_paths
from kit.errors import KitError


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kit", description="Oefenkit: oefeningen bij de KIS-handreikingen")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="controleer inhoudsbestanden (standaard: alles)")
    validate.add_argument(
        "paths", nargs="*", type=Path, help="bestanden of mappen (extra of in plaats van de standaard)"
    )
    commands.add_parser("list", help="toon alle oefeningen met id en titel")
    commands.add_parser("schema", help="JSON Schema van de inhoudsbestanden (voor editors)")
    score = commands.add_parser("score", help="scoor antwoorden tegen de referentie; JSON op stdout")
    score.add_argument("exercise", help="oefening-id, bv. casus-1")
    score.add_argument("answers", type=Path, help="JSON-bestand met antwoorden (zie docs/answers-format.md)")
    serve = commands.add_parser("serve", help="start de Voila-app op 127.0.0.1:8866")
    serve.add_argument("--port", type=int, default=8866)
    args = parser.parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except KitError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `python -m kit score ... | head`: the reader left, nothing is wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python's exit flush quiet
        return 0


def run_validate(args: argparse.Namespace) -> int:
    paths = list(default_paths())
    for given in args.paths:
        if given.is_dir():
            paths += sorted(given.rglob("*.y*ml"))
        elif given.exists():
            paths.append(given)
        else:
            print(f"Fout: {given} bestaat niet", file=sys.stderr)
            return 1
    library = build_library(paths)
    for problem in library.problems:
        print(problem)
    if library.problems:
        print(f"\n{len(library.problems)} probleem/problemen gevonden.", file=sys.stderr)
        return 1
    print(
        f"In orde: {len(library.methods)} methodes, {len(library.scenarios)} scenario's, "
        f"{len(library.exercises)} oefeningen."
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kit.content.library import load_library

    library = load_library()
    for exercise_id, exercise in sorted(library.exercises.items()):
        print(f"{exercise_id}\t{exercise.title}")
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from kit.content.schema import content_schema

    print(json.dumps(content_schema(), indent=2, ensure_ascii=False))
    return 0


def run_score(args: argparse.Namespace) -> int:
    from kit.answers_io import read_answers_file
    from kit.content.library import load_library
    from kit.scoring.engine import score_exercise

    exercise = load_library().exercise(args.exercise)
    named, answers = read_answers_file(args.answers)
    if named is not None and named != exercise.id:
        raise KitError(f"{args.answers}: de antwoorden horen bij '{named}', niet bij '{exercise.id}'")
    print(json.dumps(score_exercise(exercise, answers).to_dict(), indent=2, ensure_ascii=False))
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from kit.serve import serve

    serve(port=args.port)


COMMANDS = {"validate": run_validate, "list": run_list, "schema": run_schema, "score": run_score, "serve": run_serve}
