"""Team play's values as the service's JSON and back: seats, the table's record, saves and the clock."""

from __future__ import annotations

from typing import Any

from kit.store.team_records import ClockState, SavedTeamAnswer, TeamAnswers, TeamInfo, TeamMemberInfo


def team_to_dict(team: TeamInfo) -> dict[str, Any]:
    return {"id": team.id, "name": team.name, "position": team.position}


def team_from_dict(data: dict[str, Any]) -> TeamInfo:
    return TeamInfo(id=int(data["id"]), name=str(data["name"]), position=int(data["position"]))


def member_to_dict(member: TeamMemberInfo) -> dict[str, Any]:
    return {
        "participant_id": member.participant_id,
        "name": member.name,
        "role": member.role,
        "team_id": member.team_id,
    }


def member_from_dict(data: dict[str, Any]) -> TeamMemberInfo:
    team = data.get("team_id")
    return TeamMemberInfo(
        int(data["participant_id"]), str(data["name"]), data.get("role"), None if team is None else int(team)
    )


def answers_to_dict(answers: TeamAnswers) -> dict[str, Any]:
    """Versions and editors are keyed by (step, question), which JSON cannot key on: a list of rows."""
    rows = [
        [step, question, version, answers.editors.get((step, question))]
        for (step, question), version in answers.versions.items()
    ]
    return {"values": answers.values, "rows": rows}


def answers_from_dict(data: dict[str, Any]) -> TeamAnswers:
    answers = TeamAnswers(values={str(step): dict(v) for step, v in dict(data["values"]).items()})
    for step, question, version, editor in data["rows"]:
        key = (str(step), str(question))
        answers.versions[key] = int(version)
        answers.editors[key] = None if editor is None else int(editor)
    return answers


def saved_to_dict(saved: SavedTeamAnswer) -> dict[str, Any]:
    return {"version": saved.version, "overwrote": saved.overwrote}


def saved_from_dict(data: dict[str, Any]) -> SavedTeamAnswer:
    return SavedTeamAnswer(version=int(data["version"]), overwrote=data.get("overwrote"))


def clock_to_dict(state: ClockState) -> dict[str, Any]:
    return {"started": state.started, "paused": state.paused, "elapsed": state.elapsed}


def clock_from_dict(data: dict[str, Any]) -> ClockState:
    return ClockState(started=bool(data["started"]), paused=bool(data["paused"]), elapsed=float(data["elapsed"]))
