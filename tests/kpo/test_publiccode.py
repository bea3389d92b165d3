"""publiccode.yml (Standard for Public Code, spec v0.4): every key the spec requires, values
from its lists, and the facts it states agree with the project itself. No validator for it
is on PyPI (the official one is publiccode-parser-go), so the spec's rules are written down
here as a JSON Schema."""

import tomllib
from pathlib import Path

import yaml
from django.conf import settings
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent.parent

# From the spec's lists (publiccode.yml v0.4: categories, scope, development status, software type).
CATEGORIES = {
    "collaboration", "communications", "content-management", "document-management", "e-learning",
    "event-management", "gamification", "knowledge-management", "learning-management-system",
    "online-community", "project-collaboration", "survey", "website-builder", "web-collaboration",
}  # fmt: skip
SCOPES = {
    "agriculture", "culture", "defence", "education", "emergency-services", "employment", "energy",
    "environment", "finance-and-economic-development", "foreign-affairs", "government", "healthcare",
    "infrastructures", "justice", "local-authorities", "manufacturing", "research",
    "science-and-technology", "security", "society", "sport-and-recreation", "tourism",
    "transportation", "welfare",
}  # fmt: skip
URL = {"type": "string", "pattern": "^https://"}
DESCRIPTION = {
    "type": "object",
    "required": ["shortDescription", "longDescription", "features"],
    "properties": {
        "genericName": {"type": "string", "maxLength": 35},
        "shortDescription": {"type": "string", "maxLength": 150},
        "longDescription": {"type": "string", "minLength": 150, "maxLength": 10000},
        "features": {"type": "array", "minItems": 1, "items": {"type": "string", "maxLength": 100}},
        "documentation": URL,
        "apiDocumentation": URL,
    },
}
SCHEMA = {
    "type": "object",
    "required": [
        "publiccodeYmlVersion", "name", "url", "platforms", "categories", "developmentStatus",
        "softwareType", "description", "legal", "maintenance", "localisation",
    ],  # fmt: skip
    "properties": {
        "publiccodeYmlVersion": {"const": "0.4"},
        "name": {"type": "string", "minLength": 1},
        "url": URL,
        "platforms": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "categories": {"type": "array", "minItems": 1, "items": {"enum": sorted(CATEGORIES)}},
        "developmentStatus": {"enum": ["concept", "development", "beta", "stable", "obsolete"]},
        "softwareType": {
            "enum": [
                "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
                "standalone/backend", "standalone/other", "addon", "library", "configurationFiles",
            ]
        },  # fmt: skip
        "intendedAudience": {
            "type": "object",
            "properties": {
                "countries": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]{2}$"}},
                "scope": {"type": "array", "items": {"enum": sorted(SCOPES)}},
            },
        },
        "description": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": DESCRIPTION,
        },
        "legal": {"type": "object", "required": ["license"], "properties": {"license": {"type": "string"}}},
        "maintenance": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"enum": ["internal", "contract", "community", "none"]},
                "contacts": {
                    "type": "array",
                    "items": {"type": "object", "required": ["name"], "properties": {"email": {"type": "string"}}},
                },
            },
            # Maintained by the owner or under contract: say who to reach.
            "if": {"properties": {"type": {"enum": ["internal", "community"]}}},
            "then": {"required": ["contacts"]},
        },
        "localisation": {
            "type": "object",
            "required": ["localisationReady", "availableLanguages"],
            "properties": {
                "localisationReady": {"type": "boolean"},
                "availableLanguages": {"type": "array", "minItems": 1, "items": {"type": "string"}},
            },
        },
        "dependsOn": {
            "type": "object",
            "properties": {
                "open": {"type": "array", "items": {"type": "object", "required": ["name"]}},
            },
        },
    },
}


def load():
    return yaml.safe_load((ROOT / "publiccode.yml").read_text())


def test_publiccode_yml_has_what_the_standard_requires():
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(SCHEMA).iter_errors(load())]
    assert errors == []


def test_publiccode_yml_says_what_the_project_is():
    code = load()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

    assert code["legal"]["license"] == project["license"]
    assert code["softwareVersion"] == project["version"]
    assert code["localisation"]["availableLanguages"] == [lang for lang, _name in settings.LANGUAGES]
    assert set(code["description"]) == {"nl", "en"}
    dependencies = {d["name"]: d for d in code["dependsOn"]["open"]}
    assert dependencies["Python"]["versionMin"] == project["requires-python"].removeprefix(">=")
    assert any(d.startswith(f"django>={dependencies['Django']['versionMin']}") for d in project["dependencies"])
    assert code["maintenance"]["contacts"][0]["email"] == settings.KPO_CONTACT_EMAIL


def test_the_schema_catches_a_broken_file():
    broken = {**load(), "developmentStatus": "klaar"}
    del broken["legal"]
    messages = [e.message for e in Draft202012Validator(SCHEMA).iter_errors(broken)]
    assert any("'legal' is a required property" in m for m in messages)
    assert any("'klaar' is not one of" in m for m in messages)
