import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    """When a group got a document. Grants made before stay empty (not "new" for anyone);
    the default applies from now on, so Mijn KPO and the digests can tell what became
    readable when."""

    dependencies = [("documents", "0004_partner_contributions")]

    operations = [
        migrations.AddField(
            model_name="documentgroupobjectpermission",
            name="granted_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="gedeeld op"),
        ),
        migrations.AlterField(
            model_name="documentgroupobjectpermission",
            name="granted_at",
            field=models.DateTimeField(
                blank=True,
                default=django.utils.timezone.now,
                editable=False,
                null=True,
                verbose_name="gedeeld op",
            ),
        ),
    ]
