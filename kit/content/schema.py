"""JSON Schema of the content files, for editors that validate YAML as you type."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from kit.content.models import ContentFile


def content_schema() -> dict[str, Any]:
    schema: dict[str, Any] = TypeAdapter(ContentFile).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Oefenkit inhoudsbestand (methode, sjabloon, scenario of referentie)"
    return schema
