"""The OpenAPI 3.1 description of /api/v1/, which the tests validate responses against."""


def _page_of(ref):
    return {
        "type": "object",
        "required": ["count", "next", "previous", "results"],
        "properties": {
            "count": {"type": "integer", "minimum": 0},
            "next": {"type": ["string", "null"]},
            "previous": {"type": ["string", "null"]},
            "results": {"type": "array", "items": {"$ref": f"#/components/schemas/{ref}"}},
        },
    }


STRING = {"type": "string"}
SLUGS = {"type": "array", "items": STRING}
ERROR = {"description": "Fout", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
PAGING = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
]

SCHEMAS = {
    "Error": {"type": "object", "required": ["detail"], "properties": {"detail": STRING}},
    "Article": {
        "type": "object",
        "required": ["slug", "title", "summary", "kind", "themes", "phenomena", "regions", "published_at", "url"],
        "properties": {
            "slug": STRING,
            "title": STRING,
            "summary": STRING,
            "kind": {"enum": ["achtergrond", "aanpak", "praktijkvoorbeeld", "nieuws", "handreiking"]},
            "themes": SLUGS,
            "phenomena": SLUGS,
            "regions": SLUGS,
            "published_at": {"type": "string", "format": "date-time"},
            "url": STRING,
        },
    },
    "ArticleDetail": {
        "allOf": [
            {"$ref": "#/components/schemas/Article"},
            {
                "type": "object",
                "required": ["body", "body_html", "references"],
                "properties": {
                    "body": STRING,
                    "body_html": STRING,
                    "references": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["kind", "title", "url", "description"],
                            "properties": {"kind": STRING, "title": STRING, "url": STRING, "description": STRING},
                        },
                    },
                },
            },
        ]
    },
    "Taxonomy": {
        "type": "object",
        "required": ["slug", "name", "description"],
        "properties": {"slug": STRING, "name": STRING, "description": STRING},
    },
    "Region": {
        "type": "object",
        "required": ["slug", "name", "kind", "area", "address", "phone", "email", "website"],
        "properties": {
            "slug": STRING,
            "name": STRING,
            "kind": {"enum": ["riec", "liec"]},
            "area": STRING,
            "address": STRING,
            "phone": STRING,
            "email": STRING,
            "website": STRING,
        },
    },
    "Signal": {
        "type": "object",
        "required": ["slug", "title", "description", "phenomenon", "setting", "action"],
        "properties": {
            "slug": STRING,
            "title": STRING,
            "description": STRING,
            "phenomenon": STRING,
            "setting": {"enum": ["balie", "vastgoed", "bedrijf", "buitengebied"]},
            "action": STRING,
        },
    },
    "Question": {
        "type": "object",
        "required": ["id", "level", "text", "choices", "theme", "phenomenon"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "integer"},
            "level": {"type": "integer", "minimum": 1, "maximum": 6},
            "text": STRING,
            "choices": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "text"],
                    "additionalProperties": False,
                    "properties": {"id": {"type": "integer"}, "text": STRING},
                },
            },
            "theme": {"type": ["string", "null"]},
            "phenomenon": {"type": ["string", "null"]},
        },
    },
    "Answer": {"type": "object", "required": ["choice"], "properties": {"choice": {"type": "integer"}}},
    "AnswerResult": {
        "type": "object",
        "required": ["correct", "correct_choice", "explanation", "articles"],
        "properties": {
            "correct": {"type": "boolean"},
            "correct_choice": {"type": "integer"},
            "explanation": STRING,
            "articles": {"type": "array", "items": {"type": "object"}},
        },
    },
}
for name in ("Article", "Taxonomy", "Region", "Signal", "Question"):
    SCHEMAS[f"{name}Page"] = _page_of(name)


def _get(summary, schema, parameters=()):
    return {
        "get": {
            "summary": summary,
            "parameters": list(parameters),
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
                },
                "404": ERROR,
                "429": ERROR,
            },
        }
    }


def openapi_document(base_url: str) -> dict:
    query = lambda name: {"name": name, "in": "query", "schema": STRING}  # noqa: E731
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kennisplatform Ondermijning – open API",
            "version": "1",
            "description": (
                "Openbare inhoud van de kennisbank, signalen en de quiz. Nooit iets uit het besloten gedeelte."
            ),
        },
        "servers": [{"url": base_url.rstrip("/")}],
        "paths": {
            "/articles/": _get(
                "Gepubliceerde artikelen",
                "ArticlePage",
                [*PAGING, query("q"), query("thema"), query("fenomeen"), query("soort"), query("regio")],
            ),
            "/articles/{slug}/": _get(
                "Eén artikel", "ArticleDetail", [{"name": "slug", "in": "path", "required": True, "schema": STRING}]
            ),
            "/themes/": _get("Thema's", "TaxonomyPage", PAGING),
            "/phenomena/": _get("Fenomenen", "TaxonomyPage", PAGING),
            "/regions/": _get("RIEC's en het LIEC, met contactgegevens", "RegionPage", PAGING),
            "/signals/": _get("Signalen van ondermijning", "SignalPage", [*PAGING, query("fenomeen"), query("waar")]),
            "/quiz/questions/": _get(
                "Quizvragen (zonder het goede antwoord)",
                "QuestionPage",
                [*PAGING, {"name": "level", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 6}}],
            ),
            "/quiz/questions/{id}/": _get(
                "Eén quizvraag",
                "Question",
                [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            ),
            "/quiz/questions/{id}/answer/": {
                "post": {
                    "summary": "Beantwoord een quizvraag",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "Goed of fout, met uitleg",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnswerResult"}}},
                        },
                        "400": ERROR,
                        "404": ERROR,
                        "429": ERROR,
                    },
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
