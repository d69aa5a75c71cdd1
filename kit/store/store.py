"""The store: one object for everything the kit keeps, behind a small interface of plain values."""

from __future__ import annotations

from kit.store.access import AccessMixin
from kit.store.answers import AnswersMixin
from kit.store.evaluation import EvaluationMixin
from kit.store.facilitation import FacilitationMixin
from kit.store.frames import FramesMixin
from kit.store.hub_owners import HubOwnersMixin
from kit.store.identity import IdentityMixin
from kit.store.organiser import OrganiserMixin
from kit.store.script import ScriptMixin
from kit.store.team_frames import TeamFramesMixin
from kit.store.teams import TeamsMixin
from kit.store.workshop_view import WorkshopViewMixin
from kit.store.workshops import WorkshopsMixin


class Store(
    WorkshopsMixin,
    IdentityMixin,
    AccessMixin,
    AnswersMixin,
    FacilitationMixin,
    FramesMixin,
    WorkshopViewMixin,
    TeamsMixin,
    TeamFramesMixin,
    ScriptMixin,
    EvaluationMixin,
    HubOwnersMixin,
    OrganiserMixin,
):
    """Workshops, participants, answers, submissions and the facilitator's actions.

    `Store(url)` opens (and creates) the database at a SQLAlchemy URL; without one it uses
    `default_database_url()`. Every method is a short transaction of its own and returns plain
    values (records, dicts, frames), so one instance can serve several threads, and several
    processes can share one SQLite file. User errors raise `StoreError` with a Dutch message.
    """
