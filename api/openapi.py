"""The OpenAPI 3.1 description of /api/v1/, held to the NL API Design Rules 2.1 (`make api-lint`
runs Logius' Spectral ruleset over the served document) and validated against every response
by schemathesis in the test suite. docs/api.md keeps the changelog."""

from django.conf import settings

# The full version, in every response's API-Version header (ADR /core/version-header). The
# major version is in the URL (/api/v1); docs/api.md says what changed in each version.
API_VERSION = "1.2.0"
MAX_PAGE_SIZE = 100


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
VERSION_HEADER = {"API-Version": {"$ref": "#/components/headers/API-Version"}}


def _problem(description):
    return {
        "description": description,
        "headers": VERSION_HEADER,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


BAD_REQUEST = _problem("Ongeldige invoer: een parameter of de body klopt niet")
NOT_FOUND = _problem("Niet gevonden (ook: een pagina voorbij de laatste)")
TOO_MANY = {
    **_problem("Te veel verzoeken; probeer het na Retry-After seconden opnieuw"),
    "headers": {
        **VERSION_HEADER,
        "Retry-After": {"description": "Seconden tot het volgende verzoek", "schema": {"type": "integer"}},
    },
}
PAGING = [
    {
        "name": "page",
        "in": "query",
        "description": "Paginanummer, vanaf 1",
        "schema": {"type": "integer", "minimum": 1, "maximum": 1_000_000},
    },
    {
        "name": "pageSize",
        "in": "query",
        "description": f"Resultaten per pagina (standaard 20, hoogstens {MAX_PAGE_SIZE})",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    },
]

SCHEMAS = {
    "Problem": {
        "type": "object",
        "description": "Een fout volgens RFC 9457 (application/problem+json).",
        "required": ["type", "title", "status", "detail", "instance"],
        "additionalProperties": False,
        "properties": {
            "type": {"type": "string", "format": "uri", "description": "about:blank: zie status en title"},
            "title": {"type": "string", "description": "De HTTP-statustekst"},
            "status": {"type": "integer", "minimum": 400, "maximum": 599},
            "detail": {"type": "string", "description": "Wat er mis is, in het Nederlands"},
            "instance": {"type": "string", "format": "uri-reference", "description": "Het gevraagde pad"},
        },
    },
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
DATE_TIME = {"type": "string", "format": "date-time"}
SCHEMAS["Event"] = {
    "type": "object",
    "description": "Een openbare bijeenkomst. Tijden met de verschuiving van Nederlandse tijd (CET of CEST).",
    "required": [
        "slug",
        "title",
        "summary",
        "organiser",
        "starts_at",
        "ends_at",
        "form",
        "place",
        "capacity",
        "seats_left",
        "registration_closes_at",
        "registration_open",
        "themes",
        "phenomena",
        "url",
        "ics_url",
    ],
    "properties": {
        "slug": STRING,
        "title": STRING,
        "summary": STRING,
        "organiser": {"type": "string", "description": "Slug van de regio (RIEC of LIEC) die organiseert"},
        "starts_at": DATE_TIME,
        "ends_at": DATE_TIME,
        "form": {"enum": ["fysiek", "online", "hybride"]},
        "place": {"type": "string", "description": "Adres; leeg bij een online bijeenkomst"},
        "capacity": {"type": ["integer", "null"], "minimum": 0, "description": "Aantal plaatsen; null: geen maximum"},
        "seats_left": {"type": ["integer", "null"], "minimum": 0, "description": "Vrije plaatsen; null: geen maximum"},
        "registration_closes_at": DATE_TIME,
        "registration_open": {"type": "boolean"},
        "themes": SLUGS,
        "phenomena": SLUGS,
        "url": {"type": "string", "description": "De pagina op de site, om u aan te melden"},
        "ics_url": {"type": "string", "description": "De bijeenkomst als agenda-item (iCalendar)"},
    },
}
SCHEMAS["EventDetail"] = {
    "allOf": [
        {"$ref": "#/components/schemas/Event"},
        {
            "type": "object",
            "required": ["programme", "programme_html", "speakers"],
            "properties": {
                "programme": {"type": "string", "description": "Markdown"},
                "programme_html": STRING,
                "speakers": {"type": "array", "items": STRING},
            },
        },
    ]
}
for name in ("Article", "Event", "Taxonomy", "Region", "Signal", "Question"):
    SCHEMAS[f"{name}Page"] = _page_of(name)


def _ok(description, schema):
    return {
        "description": description,
        "headers": VERSION_HEADER,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def _get(operation_id, summary, schema, parameters=(), links=None):
    responses = {"200": _ok("OK", schema)}
    if links:
        responses["200"]["links"] = links
    if parameters:
        responses["400"] = BAD_REQUEST
    responses |= {"404": NOT_FOUND, "429": TOO_MANY}
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": list(parameters),
            "responses": responses,
        }
    }


def _query(name, description, items=STRING):
    """A facet: repeat the key for more values (?thema=a&thema=b, at most 20); unknown slugs match nothing."""
    return {
        "name": name,
        "in": "query",
        "description": description,
        "schema": {"type": "array", "items": items, "maxItems": 20},
        "style": "form",
        "explode": True,
    }


SLUG = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}

# Where a response leads (OpenAPI links): clients, and schemathesis' stateful tests, follow them.
ARTICLE_LINKS = {
    "GetArticle": {
        "operationId": "getArticle",
        "parameters": {"slug": "$response.body#/results/0/slug"},
        "description": "Het eerste artikel van de pagina",
    }
}


def _question_links(question):
    return {
        "GetQuizQuestion": {
            "operationId": "getQuizQuestion",
            "parameters": {"id": f"$response.body#{question}/id"},
            "description": "De vraag zelf",
        },
        "AnswerQuizQuestion": {
            "operationId": "answerQuizQuestion",
            "parameters": {"id": f"$response.body#{question}/id"},
            "requestBody": {"choice": f"$response.body#{question}/choices/0/id"},
            "description": "De vraag beantwoorden met de eerste keuze",
        },
    }


EVENT_LINKS = {
    "GetEvent": {
        "operationId": "getEvent",
        "parameters": {"slug": "$response.body#/results/0/slug"},
        "description": "De eerste bijeenkomst van de pagina",
    }
}
QUESTION_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}


def openapi_document(server_url: str) -> dict:
    site = settings.KPO_SITE_URL.rstrip("/")
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kennisplatform Ondermijning – open API",
            "version": API_VERSION,
            "description": (
                "Openbare inhoud van de kennisbank, openbare bijeenkomsten, signalen en de quiz. "
                "Nooit iets uit het besloten gedeelte. "
                "Alleen lezen (behalve het beantwoorden van een quizvraag), zonder sleutel, met CORS open. "
                "Fouten zijn application/problem+json (RFC 9457); elke response heeft de header API-Version."
            ),
            "contact": {
                "name": "LIEC – Kennisplatform Ondermijning",
                "email": settings.KPO_CONTACT_EMAIL,
                "url": f"{site}/riec/",
            },
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "servers": [{"url": server_url.rstrip("/"), "description": "Versie 1"}],
        "paths": {
            "/articles": _get(
                "listArticles",
                "Gepubliceerde artikelen",
                "ArticlePage",
                [
                    *PAGING,
                    {"name": "q", "in": "query", "description": "Zoekwoorden", "schema": {"type": "string"}},
                    _query("thema", "Slug van een thema"),
                    _query("fenomeen", "Slug van een fenomeen"),
                    _query("soort", "Soort artikel", SCHEMAS["Article"]["properties"]["kind"]),
                    _query("regio", "Slug van een regio"),
                ],
                ARTICLE_LINKS,
            ),
            "/articles/{slug}": _get(
                "getArticle",
                "Eén artikel",
                "ArticleDetail",
                [{"name": "slug", "in": "path", "required": True, "schema": SLUG}],
            ),
            "/events": _get(
                "listEvents",
                "Openbare bijeenkomsten: komende (de eerstvolgende eerst) of voorbije (de laatste eerst)",
                "EventPage",
                [
                    *PAGING,
                    {
                        "name": "periode",
                        "in": "query",
                        "description": "komend (standaard: nog niet afgelopen) of voorbij",
                        "schema": {"enum": ["komend", "voorbij"]},
                    },
                    _query("regio", "Slug van de organiserende regio"),
                    _query("thema", "Slug van een thema"),
                    _query("fenomeen", "Slug van een fenomeen"),
                    _query("vorm", "Vorm van de bijeenkomst", SCHEMAS["Event"]["properties"]["form"]),
                ],
                EVENT_LINKS,
            ),
            "/events/{slug}": _get(
                "getEvent",
                "Eén openbare bijeenkomst, met programma en sprekers",
                "EventDetail",
                [{"name": "slug", "in": "path", "required": True, "schema": SLUG}],
            ),
            "/themes": _get("listThemes", "Thema's", "TaxonomyPage", PAGING),
            "/phenomena": _get("listPhenomena", "Fenomenen", "TaxonomyPage", PAGING),
            "/regions": _get("listRegions", "RIEC's en het LIEC, met contactgegevens", "RegionPage", PAGING),
            "/signals": _get(
                "listSignals",
                "Signalen van ondermijning",
                "SignalPage",
                [
                    *PAGING,
                    {"name": "fenomeen", "in": "query", "description": "Slug van een fenomeen", "schema": STRING},
                    {
                        "name": "waar",
                        "in": "query",
                        "description": "Waar u het signaal ziet",
                        "schema": SCHEMAS["Signal"]["properties"]["setting"],
                    },
                ],
            ),
            "/quiz/questions": _get(
                "listQuizQuestions",
                "Quizvragen (zonder het goede antwoord)",
                "QuestionPage",
                [
                    *PAGING,
                    {
                        "name": "level",
                        "in": "query",
                        "description": "Niveau 1 tot en met 6",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 6},
                    },
                ],
                _question_links("/results/0"),
            ),
            "/quiz/questions/{id}": _get(
                "getQuizQuestion",
                "Eén quizvraag",
                "Question",
                [QUESTION_ID],
                {"AnswerQuizQuestion": _question_links("")["AnswerQuizQuestion"]},
            ),
            "/quiz/questions/{id}/answer": {
                "post": {
                    "operationId": "answerQuizQuestion",
                    "summary": "Beantwoord een quizvraag",
                    "parameters": [QUESTION_ID],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}},
                    },
                    "responses": {
                        "200": _ok("Goed of fout, met uitleg", "AnswerResult"),
                        "400": BAD_REQUEST,
                        "404": NOT_FOUND,
                        "429": TOO_MANY,
                    },
                }
            },
        },
        "components": {
            "schemas": SCHEMAS,
            "headers": {
                "API-Version": {
                    "description": "De volledige versie van de API (semantic versioning)",
                    "required": True,
                    "schema": {"type": "string", "example": API_VERSION},
                }
            },
        },
    }
