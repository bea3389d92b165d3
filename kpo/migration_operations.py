"""Operations that data migrations of several apps share."""

from django.db import migrations


def rename_stored_values(app_label: str, model_name: str, field: str, renames: dict) -> migrations.RunPython:
    """A reversible data migration that renames stored values of `field` ({old: new})."""

    def rename(apps, pairs):
        model = apps.get_model(app_label, model_name)
        for old, new in pairs:
            model.objects.filter(**{field: old}).update(**{field: new})

    return migrations.RunPython(
        lambda apps, schema_editor: rename(apps, renames.items()),
        lambda apps, schema_editor: rename(apps, [(new, old) for old, new in renames.items()]),
    )
