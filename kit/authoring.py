"""Bring your own case: write a valid scenario and reference skeleton that a facilitator fills in.

The skeleton validates and plays at once, so the facilitator can try it in the app while writing;
every place that still needs their words says INVULLEN, and `python -m kit validate` counts them.
The reference skeleton lists each question's options as comments, so nobody has to look up ids.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from kit.content.exercise import Exercise
from kit.content.library import build_library, content_root, default_paths
from kit.content.models import REFERENCE_SCHEMA_VERSION, Kind, Question
from kit.errors import KitError
from kit.kinds import KINDS

TODO = "INVULLEN"
CaseType = Literal["casus", "samos"]
ROLES = [
    ("gemeente", "Adviseur openbare orde", "Gemeente", "kernteam"),
    ("politie", "Wijkagent", "Politie", "kernteam"),
    ("welzijn", "Jongerenwerker", "Welzijn", "kernteam"),
    ("school", "Directeur", "School", "extern"),
]


def q(text: str) -> str:
    """A YAML scalar that is always safe: JSON strings are valid YAML."""
    return json.dumps(text, ensure_ascii=False)


def scenario_skeleton(case_id: str, case_type: CaseType, title: str) -> str:
    lines = [
        "# Eigen casus: vervang elke INVULLEN door je eigen tekst en controleer met `python -m kit validate`.",
        "schema_version: 1",
        "soort: scenario",
        f"id: {case_id}",
        f"type: {case_type}",
        f"titel: {q(title)}",
        f"samenvatting: {q(TODO + ': één of twee zinnen over de buurt en wat er speelt.')}",
        "verhaal: |",
        f"  {TODO}: het verhaal van de buurt in een paar alinea's: wie wonen er, wat is er gebeurd, wie merkt wat.",
        "bron:",
        "  - {gids: "
        + ("polarisatie" if case_type == "casus" else "spanningen")
        + ", sectie: "
        + q(TODO + ": waarop is dit gebaseerd?")
        + "}",
        "signalen:  # feiten uit het verhaal; deelnemers kiezen welke signalen zijn",
        f"  - {{id: signaal-1, tekst: {q(TODO + ': een feit dat op spanning wijst')}}}",
        f"  - {{id: signaal-2, tekst: {q(TODO + ': een feit dat context is, geen signaal')}}}",
    ]
    if case_type == "casus":
        lines += [
            "beleid: |  # 'wat loopt er al': getoond bij de beleidsdiagnose (stap 4.1)",
            f"  {TODO}: welk beleid, welke voorzieningen en welke partners zijn er al in de buurt?",
        ]
    if case_type == "samos":
        lines += [
            "rollen:  # eerst het kernteam, dan externe partijen (de eerste externe speelt mee in oefenvorm 4)",
            *(
                f"  - {{id: {role}, naam: {q(name)}, organisatie: {q(organisation)}, soort: {kind}, "
                f"omschrijving: {q(TODO)}}}"
                for role, name, organisation, kind in ROLES
            ),
            "injects:  # ronde 1 = eerste signalen, 2 = vervolg, 3 = afloop; alleen_bij beperkt tot oefenvormen",
            f"  - {{id: inject-1, ronde: 1, tijd: {q('maandag 09:00')}, bron: Wijkagent, ontvangers: [politie], "
            f"type: waarneming, tekst: {q(TODO)}}}",
            f"  - {{id: inject-2, ronde: 1, tijd: {q('maandag 11:00')}, bron: Jongerenwerk, ontvangers: [welzijn], "
            f"type: gerucht, tekst: {q(TODO)}}}",
            f"  - {{id: inject-3, ronde: 2, tijd: {q('dinsdag 15:00')}, bron: School, ontvangers: [school, gemeente], "
            f"type: verzoek, tekst: {q(TODO)}}}",
            f"  - {{id: inject-4, ronde: 3, tijd: {q('woensdag 20:00')}, bron: Meldkamer, "
            f"ontvangers: [politie, gemeente], type: incident, tekst: {q(TODO)}}}",
            "uitspraken:  # voor het onderscheid waarneming / oordeel",
            f"  - {{id: uitspraak-1, tekst: {q(TODO + ': iets wat iemand zag of hoorde')}}}",
            f"  - {{id: uitspraak-2, tekst: {q(TODO + ': een mening of verwachting')}}}",
            f"situatiebeeld: {q(TODO + ': het complete beeld en oordeel, gegeven in oefenvorm 3.')}",
        ]
    return "\n".join(lines) + "\n"


def reference_skeleton(case_id: str, exercises: list[Exercise]) -> str:
    """One block per asked question, each valid, with the options listed as comments."""
    lines = [f"schema_version: {REFERENCE_SCHEMA_VERSION}", "soort: referentie", f"scenario: {case_id}", "stappen:"]
    done: set[str] = set()
    for exercise in exercises:
        for step in exercise.steps:
            if step.id in done:
                continue
            done.add(step.id)
            lines += [f"  {step.id}:  # {step.titel}", "    vragen:"]
            for question in step.vragen:
                lines += _question_block(exercise, step.id, question)
    return "\n".join(lines) + "\n"


def _question_block(exercise: Exercise, step_id: str, question: Question) -> list[str]:
    options = exercise.options.get((step_id, question.id), ())
    lines = [f"      {question.id}:  # {question.vraag}"]
    lines += [f"        # keuze: {o.id} = {o.label}" for o in options]
    pad = "        "
    reason = q(f"{TODO}: waarom, met de feiten uit de casus")
    kind = KINDS[question.soort].reference
    if kind == "keuze":
        lines += [
            f"{pad}soort: keuze",
            f"{pad}opties:",
            f"{pad}  - {{id: {options[0].id}, status: kern, toelichting: {reason}}}",
        ]
    elif kind == "bereik":
        lines += [
            f"{pad}soort: bereik",
            f"{pad}accepteer: [{options[0].id}]",
            f"{pad}beste: {options[0].id}",
            f"{pad}toelichting: {reason}",
        ]
    elif kind == "volgorde":
        lines += [
            f"{pad}soort: volgorde",
            f"{pad}volgorde: [{options[0].id}, {options[1].id}]",
            f"{pad}toelichting: {reason}",
        ]
    elif kind == "indeling":
        categories = exercise.categories.get((step_id, question.id), ())
        lines += [f"{pad}soort: indeling", f"{pad}indeling:"]
        lines += [f"{pad}  - {{item: {o.id}, categorie: {categories[0].id}, toelichting: {reason}}}" for o in options]
    else:
        rows = "1" if question.soort is Kind.records else "0"
        lines += [
            f"{pad}soort: begrippen",
            f"{pad}min_rijen: {rows}",
            f"{pad}begrippen:",
            f"{pad}  - {{id: begrip-1, label: {q(TODO)}, synoniemen: [{q(TODO)}], toelichting: {reason}}}",
        ]
    lines.append(f"{pad}modelantwoord: {q(TODO + ': een voorbeeldantwoord')}")
    return lines


def new_case(case_type: CaseType, case_id: str, title: str, root: Path | None = None) -> tuple[Path, Path]:
    """Write scenarios/<id>.yaml and answers/<id>.yaml; never overwrites an existing file."""
    base = root or content_root()
    scenario_path = base / "scenarios" / f"{case_id}.yaml"
    reference_path = base / "answers" / f"{case_id}.yaml"
    for path in (scenario_path, reference_path):
        if path.exists():
            raise KitError(f"{path} bestaat al; kies een andere id of verwijder het bestand eerst.")
    scenario_path.parent.mkdir(parents=True, exist_ok=True)
    reference_path.parent.mkdir(parents=True, exist_ok=True)
    scenario_path.write_text(scenario_skeleton(case_id, case_type, title), encoding="utf-8")
    library = build_library([*default_paths(base), scenario_path])
    exercises = [e for e in library.exercises.values() if e.scenario.id == case_id]
    if not exercises:
        scenario_path.unlink()
        problems = "\n".join(str(p) for p in library.problems)
        raise KitError(f"Het sjabloon speelt niet: {problems}")
    reference_path.write_text(reference_skeleton(case_id, exercises), encoding="utf-8")
    return scenario_path, reference_path


def todo_count(paths: list[Path]) -> dict[Path, int]:
    """How many INVULLEN places are left per file (only files that have any)."""
    counts = {p: p.read_text(encoding="utf-8", errors="replace").count(TODO) for p in paths if p.exists()}
    return {p: n for p, n in counts.items() if n}
