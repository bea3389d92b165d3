from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    """The grants of a group by time: "what became readable to these groups since ..."
    (Mijn KPO, the header's count, the digests) reads the grants made in the window instead
    of every grant of the groups. Built concurrently: sharing goes on while it is made."""

    atomic = False

    dependencies = [("documents", "0005_grant_time")]

    operations = [
        AddIndexConcurrently(
            model_name="documentgroupobjectpermission",
            index=models.Index(fields=["group", "granted_at"], name="document_grant_group_time"),
        ),
    ]
