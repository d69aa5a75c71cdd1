"""`python -m kit ...`: a thin command line over the library functions (validate, list, schema, score, serve)."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from kit.authoring import TODO, new_case, todo_count
from kit.content.library import build_library, default_paths
from kit.errors import KitError, listed
from kit.plural import PLEK, PROBLEEM, VRAAG, count
from kit.serving.cli_options import DutchParser, add_serve_arguments, options_from_args


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kit", description="Oefenkit: oefeningen bij de KIS-handreikingen")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=DutchParser)
    validate = commands.add_parser("validate", help="controleer inhoudsbestanden (standaard: alles)")
    validate.add_argument(
        "paths", nargs="*", type=Path, help="bestanden of mappen (extra of in plaats van de standaard)"
    )
    commands.add_parser("list", help="toon alle oefeningen met id en titel")
    commands.add_parser("schema", help="JSON Schema van de inhoudsbestanden (voor editors)")
    score = commands.add_parser("score", help="scoor antwoorden tegen de referentie; JSON op stdout")
    score.add_argument("exercise", help="oefening-id, bv. casus-1")
    score.add_argument("answers", type=Path, help="JSON-bestand met antwoorden (zie docs/answers-format.md)")
    new = commands.add_parser("nieuw", help="schrijf een sjabloon voor een eigen casus of SAMOS-scenario")
    new.add_argument("type", choices=["casus", "samos"], help="casus (stappenplan) of samos (zes oefenvormen)")
    new.add_argument("id", help="korte id, bv. mijn-buurt (kleine letters, cijfers, streepjes)")
    new.add_argument("--titel", default=None, help="titel van de casus")
    script = commands.add_parser(
        "draaiboek",
        help="schrijf het draaiboek (injects op tijd) van een oefening als CSV/Excel, of controleer een blad",
    )
    script.add_argument("exercise", help="oefening-id, bv. steekpartij/oefenvorm-2")
    script.add_argument("file", type=Path, help="blad om te schrijven (.csv of .xlsx), of met --controleer te lezen")
    script.add_argument("--controleer", action="store_true", help="lees en controleer het blad in plaats van schrijven")
    migrate = commands.add_parser(
        "migrate",
        help="zet referenties en eigen casussen van schema_version 1 om (zie docs/content-format.md)",
    )
    migrate.add_argument("paths", nargs="*", type=Path, help="bestanden of mappen (standaard: answers/)")
    commands.add_parser(
        "organisatorsleutel", help="maak een nieuwe organisatorsleutel (nodig om workshops te maken); de oude vervalt"
    )
    serve = commands.add_parser("serve", help="start de Voila-app op 127.0.0.1 (standaard poort 8866)")
    add_serve_arguments(serve)
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
    for warning in library.warnings:
        print(f"Let op: {warning}")
    if library.problems:
        print(listed([str(problem) for problem in library.problems]))
        print(f"\n{count(len(library.problems), PROBLEEM)} gevonden.", file=sys.stderr)
        return 1
    print(
        f"In orde: {len(library.methods)} methodes, {len(library.scenarios)} scenario's, "
        f"{len(library.exercises)} oefeningen."
    )
    for path, todos in todo_count(paths).items():
        print(f"Let op: {path} heeft nog {count(todos, PLEK)} met {TODO}.")
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


def run_new(args: argparse.Namespace) -> int:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", args.id):
        raise KitError(f"'{args.id}' is geen geldige id: gebruik kleine letters, cijfers en streepjes")
    title = args.titel or args.id.replace("-", " ").capitalize()
    scenario, reference = new_case(args.type, args.id, title)
    print(f"Geschreven: {scenario}\nGeschreven: {reference}")
    print(f"Vul elke {TODO} in en controleer met: python -m kit validate")
    return 0


def run_script(args: argparse.Namespace) -> int:
    """Write an exercise's inject script as a sheet to edit, or check an edited sheet against the exercise."""
    from kit.content.library import load_library
    from kit.facilitation.msel import MAX_SHEET_BYTES, ScriptSheetError, read_sheet, sheet_too_big, to_csv, to_excel

    exercise = load_library().exercise(args.exercise)
    path: Path = args.file
    if args.controleer:
        try:
            if path.stat().st_size > MAX_SHEET_BYTES:  # refused unread, however large the file
                raise ScriptSheetError([sheet_too_big(path.name, path.stat().st_size)])
            data = path.read_bytes()
        except OSError as error:
            raise KitError(f"{path}: niet te lezen ({error.strerror})") from None
        entries = read_sheet(data, path.name, exercise)
        print(f"In orde: {path.name} heeft {len(entries)} regels voor {exercise.id}.")
        return 0
    data = to_excel(exercise.script, exercise) if path.suffix.lower() == ".xlsx" else to_csv(exercise.script, exercise)
    path.write_bytes(data)
    print(f"Geschreven: {path} ({len(exercise.script)} regels). Laad het na bewerken in de facilitatorsapp.")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from kit.content.migrate import migrate_file

    paths: list[Path] = []
    from kit.content.library import content_root

    for given in args.paths or [content_root() / "answers"]:
        if given.is_dir():
            paths += sorted(given.rglob("*.y*ml"))
        elif given.exists():
            paths.append(given)
        else:
            print(f"Fout: {given} bestaat niet", file=sys.stderr)
            return 1
    for result in map(migrate_file, paths):
        if result.changed:
            print(f"Omgezet: {result.path} ({result.converted} keer 'onjuist' -> 'niet-van-toepassing')")
        if result.split:
            print(f"  {count(result.split, VRAAG)} gesplitst; de oude tekst staat als begin onder elke nieuwe vraag")
        if result.opened:
            print(f"  {count(result.opened, VRAAG)} nieuw onder 'invullen' (overgeslagen tot ingevuld)")
        if result.policy:
            print(f"  {result.policy}: een leeg overzicht 'beleid' (wat loopt er al) om in te vullen")
    print(
        "Controleer elk omgezet oordeel: raadt de handreiking het af, maak er dan 'afgeraden' van met een 'bron'. "
        "Daarna: python -m kit validate"
    )
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from kit.serve import serve

    serve(options_from_args(args))


def run_organiser_key(args: argparse.Namespace) -> int:
    """A fresh organiser key for the store of $KIT_DATABASE_URL (or the local one); printed once."""
    from kit.store import Store, default_database_url

    store = Store(default_database_url())
    try:
        print(f"Nieuwe organisatorsleutel: {store.reset_organiser_key()}")
    finally:
        store.close()
    print("Bewaar hem buiten deze machine; de vorige sleutel werkt niet meer.")
    return 0


COMMANDS = {
    "nieuw": run_new,
    "validate": run_validate,
    "list": run_list,
    "schema": run_schema,
    "score": run_score,
    "migrate": run_migrate,
    "serve": run_serve,
    "draaiboek": run_script,
    "organisatorsleutel": run_organiser_key,
}
