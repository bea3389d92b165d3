"""Writes of follows, saved searches, notification settings and the personal feed, and the
digests: one mail per person per period, grouped per follow (see send_digests)."""

import logging
import smtplib
import zlib
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import mailers
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F, Max
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.public import User, partner_page_users
from kpo.audit import record
from kpo.mail import SiteMail, linked_paragraphs
from kpo.search import expand

from .models import DigestDelivery, Follow, Frequency, PersonalFeed, Preferences, SavedSearch
from .news import News, news_for, news_for_people, normalised_query

logger = logging.getLogger(__name__)

# How far back "new" reaches for someone who has never visited, or never had a digest.
FIRST_LOOK = timedelta(days=30)
# A visit to Mijn KPO starts a new "since your last visit" only after this pause.
VISIT_GAP = timedelta(minutes=30)
PERIODS = {
    Frequency.DIRECT: timedelta(hours=1),
    Frequency.DAILY: timedelta(days=1),
    Frequency.WEEKLY: timedelta(days=7),
}
# A failed digest is tried again after 5, 25, 125 … minutes, at most this many times.
MAX_ATTEMPTS = 5
BATCH = 500
UNSUBSCRIBE_SALT = "follows.unsubscribe"


# --- follows and saved searches ------------------------------------------------------------


def follow(user, target) -> Follow:
    """Follow a theme, phenomenon, region or organisation (following twice is one follow)."""
    kind = {
        "theme": Follow.Kind.THEME,
        "phenomenon": Follow.Kind.PHENOMENON,
        "region": Follow.Kind.REGION,
        "organisation": Follow.Kind.ORGANISATION,
    }[target._meta.model_name]
    found, _created = Follow.objects.get_or_create(user=user, kind=kind, **{kind: target})
    return found


def unfollow(user, follow_id) -> bool:
    deleted, _rows = Follow.objects.filter(user=user, pk=follow_id).delete()
    return bool(deleted)


def save_search(user, section: str, query: str, name: str = "") -> SavedSearch:
    """Keep a search with its filters; saving the same search again keeps the one there is."""
    from .news import saved_search_params

    query = normalised_query(section, query)
    name = (name or "").strip()[:120] or default_search_name(section, query)
    words = saved_search_params(section, query).get("q")
    match = expand(words[0]).match() if words else ""
    try:
        with transaction.atomic():
            return SavedSearch.objects.create(user=user, section=section, query=query, name=name, match=match or "")
    except IntegrityError:
        return SavedSearch.objects.get(user=user, section=section, query=query)


def default_search_name(section: str, query: str) -> str:
    from .news import saved_search_params

    params = saved_search_params(section, query)
    where = _("Kennisbank") if section == SavedSearch.Section.KENNISBANK else _("Besloten gedeelte")
    words = [params["q"][0]] if "q" in params else []
    words += [v for name, values in params.items() if name != "q" for v in values]
    return f"{where}: {', '.join(words)}"[:120] if words else where


def rename_search(user, search_id, name: str) -> bool:
    return bool(SavedSearch.objects.filter(user=user, pk=search_id).update(name=name.strip()[:120]))


def remove_search(user, search_id) -> bool:
    deleted, _rows = SavedSearch.objects.filter(user=user, pk=search_id).delete()
    return bool(deleted)


# --- settings, visits, notifications ---------------------------------------------------------


def preferences_for(user) -> Preferences:
    prefs, _created = Preferences.objects.get_or_create(user=user)
    return prefs


def set_frequency(user, frequency: str) -> None:
    prefs = preferences_for(user)
    if prefs.frequency == Frequency.NEVER and frequency != Frequency.NEVER:
        # Back on after "never": the first digest starts now, not with all that came meanwhile.
        prefs.digested_until = timezone.now()
    prefs.frequency = frequency
    prefs.save(update_fields=["frequency", "digested_until"])


def record_visit(user, now=None):
    """The start of "new since your last visit" on Mijn KPO: the previous visit, kept for
    VISIT_GAP so reloading the page does not empty it. Returns that moment."""
    now = now or timezone.now()
    prefs = preferences_for(user)
    if prefs.last_visit_at is None or now - prefs.last_visit_at > VISIT_GAP:
        prefs.visited_at = prefs.last_visit_at
        prefs.last_visit_at = now
        prefs.save(update_fields=["visited_at", "last_visit_at"])
    return prefs.visited_at or now - FIRST_LOOK


def notifications_for(user, now=None) -> tuple[list, object]:
    """The items of the last FIRST_LOOK days, newest first, and the moment up to which the
    person has seen them."""
    now = now or timezone.now()
    prefs = Preferences.objects.filter(user=user).first()
    seen_at = prefs.seen_at if prefs else None
    return news_for(user, now - FIRST_LOOK, now).items(), seen_at


def unread_count(user, now=None) -> int:
    items, seen_at = notifications_for(user, now)
    return sum(1 for item in items if seen_at is None or item.at > seen_at)


def mark_seen(user, now=None) -> None:
    from .context import cache_key

    Preferences.objects.update_or_create(user=user, defaults={"seen_at": now or timezone.now()})
    cache.delete(cache_key(user.pk))


def renew_feed(user) -> PersonalFeed:
    """A new secret: the old feed URL stops working at once."""
    feed = PersonalFeed.renew_for(user)
    record("follow_feed_renewed", by=user, target=user)
    return feed


# --- unsubscribe ---------------------------------------------------------------------------


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT, compress=True)


def user_for_unsubscribe_token(token: str):
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=pk).first()


def unsubscribe(user) -> None:
    """One click from the mail (RFC 8058): no more digests, until the person turns them on."""
    Preferences.objects.update_or_create(user=user, defaults={"frequency": Frequency.NEVER})
    record("digest_unsubscribed", by=None, target=user)


# --- digests -------------------------------------------------------------------------------


def period_key(frequency: str, at) -> str:
    local = timezone.localtime(at)
    if frequency == Frequency.WEEKLY:
        year, week, _day = local.isocalendar()
        return f"weekly:{year}-W{week:02d}"
    if frequency == Frequency.DAILY:
        return f"daily:{local:%Y-%m-%d}"
    return f"direct:{local:%Y-%m-%dT%H}"  # the hourly run (kpo-digests@direct.timer)


def _recipients(frequency: str):
    """People whose setting is `frequency` (weekly for those who never chose), who may use
    the partner pages now: anyone else gets nothing."""
    users = partner_page_users(User.objects.all())
    if frequency == Frequency.WEEKLY:
        users = users.exclude(follow_preferences__frequency__in=[f for f in Frequency.values if f != frequency])
    else:
        users = users.filter(follow_preferences__frequency=frequency)
    return users.order_by("pk")


def send_digests(frequency: str, now=None) -> dict:
    """Send this period's digest to everyone whose setting is `frequency`, in batches of
    BATCH people (a constant number of queries per batch, plus one insert per mail).

    Idempotent: one run at a time per frequency (a PostgreSQL advisory lock, which the
    server lets go when the worker's connection ends, also when the worker is killed), and
    each mail is recorded for the person and the period as soon as it has gone; someone
    with a row for this period is skipped. So running it again (after a worker died
    halfway) reaches those it had not yet, and sends no one a second mail, except the one
    mail that may have been on its way at the moment the worker died (as before: it went
    out, but its row could not be written).
    What each person gets is decided now: titles of documents they may read at this moment."""
    if frequency not in PERIODS:
        raise ValueError(frequency)
    now = now or timezone.now()
    period = period_key(frequency, now)
    counts = {"sent": 0, "failed": 0, "empty": 0, "skipped": 0}
    with _one_run_at_a_time(frequency) as running:
        if not running:
            logger.warning("digests %s %s: another run is busy, nothing sent", frequency, period)
            return {**counts, "busy": 1}
        done = set(DigestDelivery.objects.filter(period=period).values_list("user_id", flat=True))
        ids = [pk for pk in _recipients(frequency).values_list("pk", flat=True) if pk not in done]
        counts["skipped"] = len(done)
        mailer = DigestMail(frequency)
        try:
            with _commits_without_waiting():
                _send_batches(ids, frequency, period, now, mailer, counts)
        finally:
            mailer.close()
        counts["retried"] = retry_failed_digests(now)
    logger.info("digests %s %s: %s", frequency, period, counts)
    return counts


def _lock_key(frequency: str) -> int:
    return zlib.crc32(f"follows.send_digests.{frequency}".encode())


@contextmanager
def _one_run_at_a_time(frequency: str):
    """Yields whether this worker has the digests of `frequency` to itself."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [_lock_key(frequency)])
        locked = cursor.fetchone()[0]
    try:
        yield locked
    finally:
        if locked:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [_lock_key(frequency)])
            except DatabaseError:
                connection.close()  # the server lets go of the lock with the connection


@contextmanager
def _commits_without_waiting():
    """Each mail's row is its own transaction; with PostgreSQL's synchronous_commit off
    (for this connection, during the run) none of them waits for the disk (a flush of the
    WAL per mail, 20,000 at factor 1). A worker that dies loses nothing this way: what it
    committed is in the server, and on disk within a fraction of a second. Only a crash of
    the database server itself in that fraction can lose the last rows, and then those
    people get the digest once more."""
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")
        except DatabaseError:
            connection.close()  # nothing else may run on this connection with the setting


def _send_batches(ids, frequency, period, now, mailer, counts) -> None:
    for start in range(0, len(ids), BATCH):
        batch = list(
            User.objects.filter(pk__in=ids[start : start + BATCH]).select_related("follow_preferences").order_by("pk")
        )
        last_sent = dict(
            DigestDelivery.objects.filter(user__in=batch, status=DigestDelivery.Status.SENT)
            .values("user")
            .annotate(until=Max("window_end"))
            .values_list("user", "until")
        )
        windows = {u.pk: (_window_start(u, frequency, now, last_sent.get(u.pk)), now) for u in batch}
        news = news_for_people(windows)
        empty = []
        for user in batch:
            if news[user.pk].is_empty:
                empty.append(user.pk)
                continue
            outcome = _deliver(user, frequency, period, windows[user.pk], news[user.pk], mailer)
            counts[outcome] += 1
        # Nothing new: the next digest starts from here.
        Preferences.objects.bulk_create(
            [Preferences(user_id=pk, digested_until=now) for pk in empty],
            update_conflicts=True,
            unique_fields=["user"],
            update_fields=["digested_until"],
        )
        counts["empty"] += len(empty)


def _window_start(user, frequency, now, last_sent=None):
    """Where this digest's news starts: the end of the last digest sent, or of the last run
    that found nothing (Preferences.digested_until), or one period ago."""
    prefs = getattr(user, "follow_preferences", None)
    known = [t for t in (last_sent, prefs.digested_until if prefs is not None else None) if t is not None]
    return max(known) if known else now - PERIODS[frequency]


def _deliver(user, frequency, period, window, news: News, mailer, delivery=None) -> str:
    """Send one digest and record it. A first try (send_digests, which runs alone) sends,
    then writes the row for this person and period in one statement: a worker that dies
    before has no row, so the next run sends it; one that dies after has it, so the next
    run skips it. A failure to send is recorded instead, to be retried.
    A retry (`delivery`, a failed row) takes the row first, in the transaction that sends,
    so two workers retrying at once do not both send.
    The next digest starts where this row's window ends (send_digests reads the last one).
    Returns "sent", "failed" or "skipped"."""
    items = news.count()
    try:
        if delivery is None:
            _send_digest_mail(user, frequency, news, mailer)
            _record_sent(user, frequency, period, window, items)
        else:
            with transaction.atomic():
                claimed = DigestDelivery.objects.filter(pk=delivery.pk, status=DigestDelivery.Status.FAILED).update(
                    status=DigestDelivery.Status.SENT,
                    items=items,
                    attempts=F("attempts") + 1,
                    sent_at=timezone.now(),
                    last_error="",
                    next_attempt_at=None,
                )
                if not claimed:
                    return "skipped"  # another worker got there first
                _send_digest_mail(user, frequency, news, mailer)
    except (smtplib.SMTPException, OSError) as error:
        _record_failure(user, frequency, period, window, items, delivery, error)
        return "failed"
    return "sent"


def _record_sent(user, frequency, period, window, items) -> None:
    """The row for a digest that went: one INSERT (no transaction around it, nor the ORM's
    work per object: 20,000 of these are a large part of a run)."""
    row = {
        "user_id": user.pk,
        "frequency": frequency,
        "period": period,
        "window_start": window[0],
        "window_end": window[1],
        "status": DigestDelivery.Status.SENT,
        "items": items,
        "attempts": 1,
        "last_error": "",
        "next_attempt_at": None,
        "created_at": timezone.now(),
        "sent_at": timezone.now(),
    }
    table = connection.ops.quote_name(DigestDelivery._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(c) for c in row)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(row))}) "  # noqa: S608 - names from _meta
            "ON CONFLICT (user_id, period) DO NOTHING RETURNING id",
            list(row.values()),
        )
        if cursor.fetchone() is None:
            # Only a run that ignored the lock can get here: the mail went, and so did another.
            logger.error("digest for %s (%s) was recorded by another run", user.pk, period)


def _record_failure(user, frequency, period, window, items, delivery, error) -> None:
    message = f"{type(error).__name__}: {error}"[:500]
    if delivery is None:
        delivery = DigestDelivery(
            user=user, frequency=frequency, period=period, window_start=window[0], window_end=window[1], attempts=0
        )
    delivery.attempts += 1
    delivery.items = items
    delivery.status = (
        DigestDelivery.Status.GAVE_UP if delivery.attempts >= MAX_ATTEMPTS else DigestDelivery.Status.FAILED
    )
    delivery.last_error = message
    delivery.next_attempt_at = timezone.now() + timedelta(minutes=5**delivery.attempts)
    delivery.save()
    logger.warning("digest for %s (%s) failed: %s", user.pk, period, message)


def retry_failed_digests(now=None) -> int:
    """Try failed digests again whose back-off has passed. What goes in is decided again
    now: a share withdrawn since the first try is left out."""
    now = now or timezone.now()
    retried = 0
    mailers = {}
    for delivery in DigestDelivery.objects.filter(
        status=DigestDelivery.Status.FAILED, next_attempt_at__lte=now
    ).select_related("user"):
        news = news_for(delivery.user, delivery.window_start, delivery.window_end)
        if news.is_empty:
            DigestDelivery.objects.filter(pk=delivery.pk).update(
                status=DigestDelivery.Status.SENT, items=0, next_attempt_at=None, last_error=""
            )
            continue
        window = (delivery.window_start, delivery.window_end)
        if delivery.frequency not in mailers:
            mailers[delivery.frequency] = DigestMail(delivery.frequency)
        mailer = mailers[delivery.frequency]
        _deliver(delivery.user, delivery.frequency, delivery.period, window, news, mailer, delivery=delivery)
        retried += 1
    for mailer in mailers.values():
        mailer.close()
    return retried


def _send_digest_mail(user, frequency, news: News, mailer: "DigestMail | None" = None) -> None:
    (mailer or DigestMail(frequency)).send(user, news)


SPLIT = "\x00"  # where a rendered template is cut in two (never in a template's own text)


class DigestMail:
    """The digests of one run, rendered cheaply and sent over one mail connection. The
    templates are compiled once; the subject and the HTML layout are rendered once; each
    group of news (digest_group.txt: its text and its HTML paragraph) is rendered once for
    everyone who gets the same group. Per mail only digest_message.txt is rendered (short:
    the greeting, and the links with the person's own unsubscribe link). The result is
    what kpo.mail.send_templated_mail makes of the same templates: the text, and the HTML
    made from it (kpo.mail.html_from_text), paragraph by paragraph."""

    KEEP = 2000  # groups kept rendered (a batch needs a few dozen)

    def __init__(self, frequency: str):
        self.site = settings.KPO_SITE_URL.rstrip("/")
        with translation.override(settings.LANGUAGE_CODE):  # no language is kept per person: Dutch
            self.context = {
                "site_url": self.site,
                "site_name": "Kennisplatform Ondermijning",
                "frequency": Frequency(frequency).label,
                "settings_url": reverse("follows:settings"),
                "start_url": reverse("my_kpo"),
            }
            self.message = get_template("follows/email/digest_message.txt")
            self.group = get_template("follows/email/digest_group.txt")
            self.subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(
                render_to_string("follows/email/digest_subject.txt", self.context).split()
            )
            layout = render_to_string("email/layout.html", {"body": SPLIT, "subject": self.subject})
            self.shared_label = _("Nieuw gedeeld met u in het besloten gedeelte")
        self.layout_head, self.layout_tail = layout.split(SPLIT)
        self.rendered = {}  # {(label, the items' keys): (text, html)}
        self.by_list = {}  # {(label, id(items)): (items, (text, html))}
        self.connection = None

    def send(self, user, news: News) -> None:
        blocks = [self._block(self.shared_label, news.shared)] if news.shared else []
        blocks += [self._block(group.label, group.items) for group in news.groups if group.items]
        with translation.override(settings.LANGUAGE_CODE):
            unsubscribe_url = self.site + reverse("follows:unsubscribe", kwargs={"token": unsubscribe_token(user)})
            text = self.message.render(
                {**self.context, "user": user, "blocks": [SPLIT], "unsubscribe_url": unsubscribe_url}
            )
        head, tail = text.split(SPLIT)
        body = (head + "".join(t for t, _h in blocks) + tail).strip() + "\n"
        paragraphs = [linked_paragraphs(head.strip()), *(h for _t, h in blocks), linked_paragraphs(tail.strip())]
        html = self.layout_head + "\n\n".join(paragraphs) + self.layout_tail
        headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
        message = SiteMail(self.subject, body, None, [user.email], headers=headers)
        message.attach_alternative(html, "text/html")
        try:
            if self.connection is None:
                self.connection = mailers.default  # one connection (to the SMTP server) for the run
                self.connection.open()  # opened here, it stays open between messages
            self.connection.send_messages([message])
        except BaseException:
            self.close()  # the next mail starts on a new connection
            raise

    def close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:
            try:
                connection.close()
            except (smtplib.SMTPException, OSError):
                logger.warning("closing the mail connection failed", exc_info=True)

    def _block(self, label: str, items: list) -> tuple[str, str]:
        """(text, HTML paragraph) of one group. The same list of items (follows.news shares
        them between people) is rendered once; another list with the same items too."""
        found = self.by_list.get((label, id(items)))
        if found is not None and found[0] is items:
            return found[1]
        key = (label, tuple((i.kind, i.pk, i.at, i.title, i.url) for i in items))
        block = self.rendered.get(key)
        if block is None:
            if len(self.rendered) > self.KEEP:
                self.rendered.clear()
                self.by_list.clear()
            with translation.override(settings.LANGUAGE_CODE):
                text = self.group.render({"label": label, "items": items, "site_url": self.site})
            text = "\n" + text.strip("\n") + "\n"  # one paragraph, with its blank line before
            block = self.rendered[key] = (text, linked_paragraphs(text.strip("\n")))
        if len(self.by_list) > 50 * self.KEEP:
            self.by_list.clear()
        self.by_list[(label, id(items))] = (items, block)  # keeps `items`, so its id stays its own
        return block


# --- the data export and account deletion --------------------------------------------------


def personal_data(user) -> dict:
    prefs = Preferences.objects.filter(user=user).first()
    return {
        "volgen": [
            {"soort": f.get_kind_display(), "naam": f.target.name, "sinds": f.created_at}
            for f in Follow.objects.filter(user=user).select_related("theme", "phenomenon", "region", "organisation")
        ],
        "bewaarde_zoekopdrachten": [
            {"naam": s.name, "waar": s.get_section_display(), "zoekopdracht": s.query, "bewaard_op": s.created_at}
            for s in SavedSearch.objects.filter(user=user)
        ],
        "meldingen": {
            "e-mail_met_nieuws": (prefs.get_frequency_display() if prefs else Frequency.WEEKLY.label),
            "meldingen_gelezen_tot": prefs.seen_at if prefs else None,
            "vorig_bezoek": prefs.visited_at if prefs else None,
            "persoonlijke_feed": PersonalFeed.objects.filter(user=user).exists(),
        },
        "verzonden_nieuwsbrieven": [
            {"periode": d.period, "status": d.get_status_display(), "verstuurd_op": d.sent_at}
            for d in DigestDelivery.objects.filter(user=user).order_by("created_at")
        ],
    }


def forget_person(user) -> None:
    Follow.objects.filter(user=user).delete()
    SavedSearch.objects.filter(user=user).delete()
    Preferences.objects.filter(user=user).delete()
    PersonalFeed.objects.filter(user=user).delete()
    DigestDelivery.objects.filter(user=user).delete()
