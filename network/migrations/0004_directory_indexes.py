"""Indexes for the directory and the people search (docs/performance.md).

- trigram indexes on UPPER(…) of the texts the people search reads with `icontains`
  (Django writes UPPER("col"::text) LIKE UPPER('%word%')): the profile's introduction,
  and the person's name and function on accounts_user;
- a btree on accounts_user (name, email), the directory's order: the first page walks it and
  stops after 25 visible people instead of sorting every visible profile.

The indexes on accounts_user serve only the network's queries, so they live here, as SQL
(accounts' models do not know them); IF NOT EXISTS / IF EXISTS keep the migration safe to
re-run. Statistics are gathered at the end."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import migrations
from django.db.models.functions import Upper

USER_INDEXES = [
    ("network_user_name_trgm", "USING gin (UPPER(name::text) gin_trgm_ops)"),
    ("network_user_function_trgm", "USING gin (UPPER(function::text) gin_trgm_ops)"),
    ("network_user_name_email", "(name, email)"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_helptexts_in_plain_dutch"),
        ("network", "0003_profiles_visible_to_own_organisation_by_default"),
    ]

    operations = [
        # knowledge 0001 created the extension too; going back must not drop what others use.
        migrations.RunSQL("CREATE EXTENSION IF NOT EXISTS pg_trgm", migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="profile",
            index=GinIndex(OpClass(Upper("introduction"), name="gin_trgm_ops"), name="network_profile_intro_trgm"),
        ),
        *[
            migrations.RunSQL(
                f"CREATE INDEX IF NOT EXISTS {name} ON accounts_user {definition}",
                f"DROP INDEX IF EXISTS {name}",
            )
            for name, definition in USER_INDEXES
        ],
        # Statistics of the new expressions now, not at the next autovacuum: the planner
        # estimates a LIKE on UPPER(…) from them.
        migrations.RunSQL("ANALYZE network_profile; ANALYZE accounts_user", migrations.RunSQL.noop),
    ]
