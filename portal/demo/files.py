"""Read the demo data files and check every reference in them.

Lists are TOML (`tomllib`, standard library). Articles and closed documents are Markdown
with TOML front matter between `+++` lines; the file of a closed document (PDF, DOCX or
TXT) lies next to its Markdown, whose body is the document's text. Everything is read and
checked before anything is written: a missing field or a reference to something that does
not exist (a theme slug, an organisation, a region …) fails with the file and the reference
named."""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from . import targets

DATA_DIR = Path(__file__).resolve().parent / "data"
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
FRONT_MATTER = "+++\n"
PERSON_STATUSES = {"approved", "pending"}
AUDIENCE_KINDS = {"organisation", "region", "partner_type", "all"}

# The fields of each kind of row: name -> type; a trailing "?" marks an optional field.
FIELDS = {
    "taxonomy": {"slug": str, "name": str, "description": str},
    "region": {
        "slug": str,
        "name": str,
        "kind": str,
        "area": str,
        "address": str,
        "phone": str,
        "email": str,
        "website": str,
    },
    "partner type": {"slug": str, "name": str},
    "organisation": {
        "slug": str,
        "name": str,
        "partner_type": str,
        "region?": str,
        "domains": list,
        "approval_policy": str,
    },
    "group": {"name": str, "permissions": list},
    "person": {
        "email": str,
        "name": str,
        "function": str,
        "organisation": str,
        "status": str,
        "superuser?": bool,
        "staff?": bool,
        "groups?": list,
        "moderates_regions?": list,
    },
    "profile": {"email": str, "introduction": str, "visibility": str, "phone": str, "themes": list, "phenomena": list},
    "contact request": {"sender": str, "recipient": str, "message": str},
    "follow": {"email": str, "kind": str, "target": str},
    "saved search": {"email": str, "name": str, "section": str, "query": str},
    "notification setting": {"email": str, "frequency": str},
    "question": {
        "level": int,
        "text": str,
        "choices": list,
        "answer": str,
        "explanation": str,
        "theme?": str,
        "phenomenon?": str,
        "articles?": list,
    },
    "synonym": {"term": str, "alternative": str, "both_ways?": bool},
    "signal": {"slug": str, "title": str, "description": str, "phenomenon": str, "setting": str, "action": str},
    "article": {
        "title": str,
        "summary": str,
        "kind": str,
        "status?": str,
        "days_ago": int,
        "themes?": list,
        "phenomena?": list,
        "regions?": list,
        "references?": list,
    },
    "reference": {"kind": str, "title": str, "url": str, "description": str},
    "document": {
        "title": str,
        "summary": str,
        "file": str,
        "owner": str,
        "status": str,
        "days_ago": int,
        "themes?": list,
        "phenomena?": list,
        "share?": dict,
        "contribution?": dict,
    },
    "contribution": {"contributor": str, "audience": str, "show_name?": bool},
    "share": {"organisations?": list, "partner_types?": list, "regions?": list, "all_partners?": bool},
    "event": {
        "slug": str,
        "title": str,
        "summary": str,
        "organiser": str,
        "days_from_now": int,
        "start": str,
        "minutes": int,
        "form": str,
        "place?": str,
        "online_url?": str,
        "capacity?": int,
        "public?": bool,
        "themes?": list,
        "phenomena?": list,
        "speakers?": list,
        "programme?": str,
        "registrations?": list,
        "audience?": dict,
    },
    "scale": {
        "places": list,
        "quarters": list,
        "first_names": list,
        "last_names": list,
        "functions": list,
        "partner_type_weights": dict,
        "audience_mix": list,
    },
    "audience mix": {"weight": int, "audiences": list},
}
TYPE_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list", dict: "a table"}


class DemoDataError(Exception):
    """A demo data file that cannot be read, or that refers to something that does not exist."""


@dataclass
class DemoData:
    """Everything in the data files, checked. Rows are the files' own tables, with the
    optional fields filled in; articles and documents also carry `slug` and their body."""

    themes: list[dict]
    phenomena: list[dict]
    regions: list[dict]
    partner_types: list[dict]
    organisations: list[dict]
    groups: list[dict]
    people: list[dict]
    introductions: list[str]
    profiles: list[dict]
    contact_requests: list[dict]
    questions: list[dict]
    signals: list[dict]
    synonyms: list[dict]
    articles: list[dict]
    documents: list[dict]
    scale: dict
    events: list[dict] = field(default_factory=list)
    follows: list[dict] = field(default_factory=list)
    saved_searches: list[dict] = field(default_factory=list)
    notification_settings: list[dict] = field(default_factory=list)

    def published_articles(self) -> list[dict]:
        """The articles the public sees once loaded: not drafts, not scheduled."""
        return [a for a in self.articles if a["status"] == targets.Article.Status.PUBLISHED and a["days_ago"] >= 0]


def shown(path: Path) -> str:
    """A path as people find it: relative to the repository."""
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def check_fields(row, kind: str, where: str) -> dict:
    """`row` with the fields of `kind`, of the right types, and no others; optional lists
    default to empty."""
    if not isinstance(row, dict):
        raise DemoDataError(f"{where}: expected a table of fields")
    fields = FIELDS[kind]
    for key, expected in fields.items():
        name, optional = key.rstrip("?"), key.endswith("?")
        if name not in row:
            if not optional:
                raise DemoDataError(f"{where}: the field '{name}' is missing")
            if expected is list:
                row[name] = []
            continue
        value = row[name]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise DemoDataError(f"{where}: '{name}' should be {TYPE_NAMES[expected]}")
    unknown = set(row) - {key.rstrip("?") for key in fields}
    if unknown:
        raise DemoDataError(f"{where}: unknown field {', '.join(repr(k) for k in sorted(unknown))}")
    return row


def check_refs(where: str, what: str, values, known) -> None:
    for value in values if isinstance(values, list) else [values]:
        if value not in known:
            raise DemoDataError(f"{where}: unknown {what} '{value}'")


def check_choice(where: str, what: str, value, allowed) -> None:
    if value not in allowed:
        options = ", ".join(str(a) for a in sorted(allowed, key=str))
        raise DemoDataError(f"{where}: {what} '{value}' is not one of {options}")


def read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise DemoDataError(f"{shown(path)}: the file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{shown(path)}: not valid TOML: {error}") from None


def read_markdown(path: Path) -> tuple[dict, str]:
    """The front matter and the Markdown body of a content file."""
    text = path.read_text(encoding="utf-8")
    head, separator, body = text.removeprefix(FRONT_MATTER).partition("\n" + FRONT_MATTER)
    if not text.startswith(FRONT_MATTER) or not separator:
        raise DemoDataError(f"{shown(path)}: expected front matter (TOML between two lines '+++') at the start")
    try:
        meta = tomllib.loads(head)
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{shown(path)}: the front matter is not valid TOML: {error}") from None
    return meta, body.strip("\n")


def rows(data: dict, key: str, kind: str, path: Path, label: str = "slug", unique: bool = True) -> list[dict]:
    """The array of tables `key` of a TOML file, each row checked; labels unique, slugs slugs."""
    found = data.get(key)
    if not isinstance(found, list):
        raise DemoDataError(f"{shown(path)}: expected a list of [[{key}]] tables")
    checked, seen = [], set()
    for number, row in enumerate(found, start=1):
        checked.append(check_fields(row, kind, f"{shown(path)}, {kind} {number}"))
        if label == "slug" and not SLUG.fullmatch(row["slug"]):
            raise DemoDataError(f"{shown(path)}: '{row['slug']}' is not a slug (lower case, digits, hyphens)")
        if unique and row[label] in seen:
            raise DemoDataError(f"{shown(path)}: {label} '{row[label]}' appears twice")
        seen.add(row[label])
    return checked


def where(path: Path, kind: str, label: str) -> str:
    label = label if len(label) <= 60 else label[:57] + "…"
    return f"{shown(path)}, {kind} '{label}'"


def read(data_dir: Path = DATA_DIR) -> DemoData:
    """Read and check every demo data file under `data_dir`."""
    path = data_dir / "taxonomy.toml"
    taxonomy = read_toml(path)
    themes = rows(taxonomy, "themes", "taxonomy", path)
    phenomena = rows(taxonomy, "phenomena", "taxonomy", path)
    path = data_dir / "regions.toml"
    regions = rows(read_toml(path), "regions", "region", path)
    for region in regions:
        check_choice(where(path, "region", region["slug"]), "kind", region["kind"], targets.Region.Kind.values)
    path = data_dir / "partner_types.toml"
    partner_types = rows(read_toml(path), "partner_types", "partner type", path)
    names = {
        "theme": {t["slug"] for t in themes},
        "phenomenon": {p["slug"] for p in phenomena},
        "region": {r["slug"] for r in regions},
        "partner type": {t["slug"] for t in partner_types},
    }
    organisations = _organisations(data_dir / "organisations.toml", names)
    names["organisation"] = {o["slug"]: o for o in organisations}
    groups, people = _people(data_dir / "people.toml", names)
    names["person"] = {p["email"]: p for p in people}
    articles = _articles(data_dir / "articles", names)
    names["article"] = {a["slug"] for a in articles}
    introductions, profiles, contact_requests = _network(data_dir / "network.toml", names)
    return DemoData(
        themes=themes,
        phenomena=phenomena,
        regions=regions,
        partner_types=partner_types,
        organisations=organisations,
        groups=groups,
        people=people,
        introductions=introductions,
        profiles=profiles,
        contact_requests=contact_requests,
        questions=_questions(data_dir / "quiz.toml", names),
        signals=_signals(data_dir / "signals.toml", names),
        synonyms=_synonyms(data_dir / "synonyms.toml"),
        articles=articles,
        documents=_documents(data_dir / "documents", names),
        scale=_scale(data_dir / "scale.toml", names),
        events=_events(data_dir / "events.toml", names),
        **_follows(data_dir / "follows.toml", names),
    )


def _organisations(path: Path, names: dict) -> list[dict]:
    organisations = rows(read_toml(path), "organisations", "organisation", path)
    for organisation in organisations:
        here = where(path, "organisation", organisation["slug"])
        check_refs(here, "partner type", organisation["partner_type"], names["partner type"])
        check_refs(here, "region", organisation.get("region", []), names["region"])
        policies = targets.Organisation.ApprovalPolicy.values
        check_choice(here, "approval_policy", organisation["approval_policy"], policies)
        for domain in organisation["domains"]:
            if not isinstance(domain, str) or domain != domain.lower() or "." not in domain:
                raise DemoDataError(f"{here}: '{domain}' is not a lower-case e-mail domain")
    return organisations


def _people(path: Path, names: dict) -> tuple[list[dict], list[dict]]:
    data = read_toml(path)
    groups = rows(data, "groups", "group", path, label="name")
    for group in groups:
        for label in group["permissions"]:
            try:
                apps.get_model(label)
            except (LookupError, ValueError):
                raise DemoDataError(f"{where(path, 'group', group['name'])}: unknown model '{label}'") from None
    people = rows(data, "people", "person", path, label="email")
    for person in people:
        here = where(path, "person", person["email"])
        check_refs(here, "organisation", person["organisation"], names["organisation"])
        check_choice(here, "status", person["status"], PERSON_STATUSES)
        check_refs(here, "group", person["groups"], {g["name"] for g in groups})
        check_refs(here, "region", person["moderates_regions"], names["region"])
        domain = person["email"].rpartition("@")[2]
        if domain not in names["organisation"][person["organisation"]]["domains"]:
            raise DemoDataError(f"{here}: '{domain}' is not an e-mail domain of '{person['organisation']}'")
    return groups, people


def _network(path: Path, names: dict) -> tuple[list[str], list[dict], list[dict]]:
    data = read_toml(path)
    introductions = data.get("introductions")
    if not isinstance(introductions, list) or not all(isinstance(i, str) for i in introductions):
        raise DemoDataError(f"{shown(path)}: 'introductions' should be a list of texts")
    approved = {email for email, person in names["person"].items() if person["status"] == "approved"}
    profiles = rows(data, "profiles", "profile", path, label="email")
    for profile in profiles:
        here = where(path, "profile", profile["email"])
        check_refs(here, "approved person", profile["email"], approved)
        check_choice(here, "visibility", profile["visibility"], targets.Profile.Visibility.values)
        check_refs(here, "theme", profile["themes"], names["theme"])
        check_refs(here, "phenomenon", profile["phenomena"], names["phenomenon"])
    requests = rows(data, "contact_requests", "contact request", path, label="sender", unique=False)
    for request in requests:
        here = where(path, "contact request", request["sender"])
        check_refs(here, "approved person", [request["sender"], request["recipient"]], approved)
    return introductions, profiles, requests


FOLLOW_KINDS = {"theme": "theme", "phenomenon": "phenomenon", "region": "region", "organisation": "organisation"}
SEARCH_SECTIONS = {"kennisbank", "closed"}
FREQUENCIES = {"direct", "daily", "weekly", "never"}


def _follows(path: Path, names: dict) -> dict:
    """What the demo partners follow, their saved searches and how often they get mail."""
    data = read_toml(path)
    approved = {email for email, person in names["person"].items() if person["status"] == "approved"}
    follows = rows(data, "follows", "follow", path, label="email", unique=False)
    for row in follows:
        here = where(path, "follow", f"{row['email']} {row['target']}")
        check_refs(here, "approved person", row["email"], approved)
        check_choice(here, "kind", row["kind"], set(FOLLOW_KINDS))
        check_refs(here, row["kind"], row["target"], names[FOLLOW_KINDS[row["kind"]]])
    searches = rows(data, "saved_searches", "saved search", path, label="email", unique=False)
    for row in searches:
        here = where(path, "saved search", row["name"])
        check_refs(here, "approved person", row["email"], approved)
        check_choice(here, "section", row["section"], SEARCH_SECTIONS)
    settings_rows = rows(data, "settings", "notification setting", path, label="email")
    for row in settings_rows:
        here = where(path, "notification setting", row["email"])
        check_refs(here, "approved person", row["email"], approved)
        check_choice(here, "frequency", row["frequency"], FREQUENCIES)
    return {"follows": follows, "saved_searches": searches, "notification_settings": settings_rows}


def _questions(path: Path, names: dict) -> list[dict]:
    questions = rows(read_toml(path), "questions", "question", path, label="text")
    for question in questions:
        here = where(path, "question", question["text"])
        check_choice(here, "level", question["level"], set(targets.QUIZ_LEVELS))
        choices = question["choices"]
        if len(choices) < 2 or len(set(choices)) != len(choices):
            raise DemoDataError(f"{here}: expected two or more different choices")
        check_choice(here, "answer", question["answer"], choices)
        check_refs(here, "theme", question.get("theme", []), names["theme"])
        check_refs(here, "phenomenon", question.get("phenomenon", []), names["phenomenon"])
        check_refs(here, "article", question["articles"], names["article"])
    return questions


def _signals(path: Path, names: dict) -> list[dict]:
    signals = rows(read_toml(path), "signals", "signal", path)
    for signal in signals:
        here = where(path, "signal", signal["slug"])
        check_refs(here, "phenomenon", signal["phenomenon"], names["phenomenon"])
        check_choice(here, "setting", signal["setting"], targets.Signal.Setting.values)
    return signals


def _synonyms(path: Path) -> list[dict]:
    synonyms = rows(read_toml(path), "synonyms", "synonym", path, label="term", unique=False)
    for synonym in synonyms:
        synonym.setdefault("both_ways", True)
    return synonyms


def _articles(folder: Path, names: dict) -> list[dict]:
    articles = []
    for path in sorted(folder.glob("*.md")):
        meta, body = read_markdown(path)
        here = shown(path)
        article = check_fields(meta, "article", here)
        article.setdefault("status", targets.Article.Status.PUBLISHED)
        check_choice(here, "kind", article["kind"], targets.Article.Kind.values)
        check_choice(here, "status", article["status"], targets.Article.Status.values)
        check_refs(here, "theme", article["themes"], names["theme"])
        check_refs(here, "phenomenon", article["phenomena"], names["phenomenon"])
        check_refs(here, "region", article["regions"], names["region"])
        for number, reference in enumerate(article["references"], start=1):
            check_fields(reference, "reference", f"{here}, reference {number}")
            check_choice(f"{here}, reference {number}", "kind", reference["kind"], targets.Reference.Kind.values)
        if not SLUG.fullmatch(path.stem) or not body:
            raise DemoDataError(f"{here}: the file name must be the article's slug, and the body must not be empty")
        articles.append({"slug": path.stem, "body": body, **article})
    return articles


def _documents(folder: Path, names: dict) -> list[dict]:
    documents = []
    for path in sorted(folder.glob("*.md")):
        meta, text = read_markdown(path)
        here = shown(path)
        document = check_fields(meta, "document", here)
        check_choice(here, "status", document["status"], targets.Document.Status.values)
        check_refs(here, "owner (organisation)", document["owner"], names["organisation"])
        check_refs(here, "theme", document["themes"], names["theme"])
        check_refs(here, "phenomenon", document["phenomena"], names["phenomenon"])
        if ("share" in document) == ("contribution" in document):
            raise DemoDataError(f"{here}: give either [share] (curated) or [contribution] (shared by a partner)")
        if "contribution" in document:
            _check_contribution(document, here, names)
        else:
            share = check_fields(document["share"], "share", f"{here}, [share]")
            share.setdefault("all_partners", False)
            check_refs(f"{here}, [share]", "organisation", share["organisations"], names["organisation"])
            check_refs(f"{here}, [share]", "partner type", share["partner_types"], names["partner type"])
            check_refs(f"{here}, [share]", "region", share["regions"], names["region"])
        file = path.parent / document["file"]
        if file.parent != path.parent or not file.is_file():
            raise DemoDataError(f"{here}: the file '{document['file']}' is not next to it")
        content = file.read_bytes()
        try:
            detected = targets.detect_upload(SimpleUploadedFile(file.name, content), settings.KPO_MAX_UPLOAD_SIZE)
        except ValidationError as error:
            raise DemoDataError(f"{shown(file)}: refused by the upload checks: {' '.join(error.messages)}") from None
        if detected.extension != file.suffix:
            raise DemoDataError(f"{shown(file)}: its content is {detected.kind}, not {file.suffix}")
        if not text:
            raise DemoDataError(f"{here}: the body (the document's text) must not be empty")
        documents.append({"slug": path.stem, "text": text, "path": file, "content": content, **document})
    return documents


def _check_contribution(document: dict, here: str, names: dict) -> None:
    """A document a partner shared (documents.services.contribute): the contributor is a demo
    person of the owning organisation; for the own organisation it is published at once,
    beyond it it waits for review (a draft)."""
    where = f"{here}, [contribution]"
    contribution = check_fields(document["contribution"], "contribution", where)
    contribution.setdefault("show_name", False)
    check_refs(where, "contributor (person)", contribution["contributor"], names["person"])
    check_choice(where, "audience", contribution["audience"], targets.Contribution.Audience.values)
    if names["person"][contribution["contributor"]]["organisation"] != document["owner"]:
        raise DemoDataError(f"{where}: the contributor does not work at the owner '{document['owner']}'")
    own = contribution["audience"] == targets.Contribution.Audience.ORGANISATION
    if document["status"] != ("published" if own else "draft"):
        raise DemoDataError(f"{here}: status must be 'published' for the own organisation, else 'draft' (in review)")


def _scale(path: Path, names: dict) -> dict:
    scale = check_fields(read_toml(path), "scale", shown(path))
    for key in ("places", "quarters", "first_names", "last_names", "functions"):
        if not scale[key] or not all(isinstance(item, str) for item in scale[key]):
            raise DemoDataError(f"{shown(path)}: '{key}' should be a list of texts")
    weights = scale["partner_type_weights"]
    check_refs(f"{shown(path)}, partner_type_weights", "partner type", list(weights), names["partner type"])
    if not all(isinstance(weight, int) for weight in weights.values()):
        raise DemoDataError(f"{shown(path)}: partner_type_weights should be whole numbers")
    for number, row in enumerate(scale["audience_mix"], start=1):
        check_fields(row, "audience mix", f"{shown(path)}, audience_mix {number}")
        check_refs(f"{shown(path)}, audience_mix {number}", "audience", row["audiences"], AUDIENCE_KINDS)
    return scale


START = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def _events(path: Path, names: dict) -> list[dict]:
    """Events: organiser a region, public or with an audience as documents' [share], and
    registrations of approved people (none for past events: registration is closed)."""
    events = rows(read_toml(path), "events", "event", path)
    approved = {email for email, person in names["person"].items() if person["status"] == "approved"}
    for event in events:
        here = where(path, "event", event["slug"])
        event.setdefault("public", False)
        for key in ("place", "online_url", "programme"):
            event.setdefault(key, "")
        event.setdefault("capacity", None)
        check_refs(here, "region", event["organiser"], names["region"])
        check_choice(here, "form", event["form"], targets.Event.Form.values)
        if not START.fullmatch(event["start"]):
            raise DemoDataError(f"{here}: start '{event['start']}' is not a time like 09:30")
        if event["minutes"] <= 0:
            raise DemoDataError(f"{here}: minutes must be more than 0")
        check_refs(here, "theme", event["themes"], names["theme"])
        check_refs(here, "phenomenon", event["phenomena"], names["phenomenon"])
        check_refs(here, "approved person", event["registrations"], approved)
        if event["registrations"] and event["days_from_now"] < 0:
            raise DemoDataError(f"{here}: a past event takes no registrations")
        audience = check_fields(event.get("audience", {}), "share", f"{here}, [events.audience]")
        audience.setdefault("all_partners", False)
        event["audience"] = audience
        if event["public"] == any(audience[k] for k in ("organisations", "partner_types", "regions", "all_partners")):
            raise DemoDataError(f"{here}: an event is either public or has an [events.audience], not both or neither")
        check_refs(f"{here}, [events.audience]", "organisation", audience["organisations"], names["organisation"])
        check_refs(f"{here}, [events.audience]", "partner type", audience["partner_types"], names["partner type"])
        check_refs(f"{here}, [events.audience]", "region", audience["regions"], names["region"])
    return events
