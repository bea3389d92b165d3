"""Issue 14: the closed documents and the quiz move to their own apps (documents, learning).

Their tables keep their names (Meta.db_table), so nothing happens to the database but two
things: Django's state forgets the models here (they are created, state only, in
documents 0001 and learning 0001), and the content types move to the new app label, so
the permissions (`view_document`) and guardian's grants keep their ids."""

from django.db import migrations

MOVED = {
    "documents": ["document", "documentaccess", "documentgroupobjectpermission", "documentuserobjectpermission"],
    "learning": ["quizquestion", "quizchoice", "quizbestscore", "leaderboardentry", "signal"],
}


def _move(apps, source, target_of):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for app_label, models in MOVED.items():
        target = target_of(app_label)
        for model in models:
            old = ContentType.objects.filter(app_label=source(app_label), model=model).first()
            if old is None:
                continue  # a fresh database: post_migrate creates the content types later
            # A content type under the new label can only exist if this code ran against the
            # database before this migration did; nothing can be granted on it yet.
            ContentType.objects.filter(app_label=target, model=model).delete()
            old.app_label = target
            old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    _move(apps, lambda app_label: "knowledge", lambda app_label: app_label)


def backwards(apps, schema_editor):
    _move(apps, lambda app_label: app_label, lambda app_label: "knowledge")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("knowledge", "0004_rank_vector"),
        ("documents", "0001_initial"),
        ("learning", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveIndex(
                    model_name='document',
                    name='document_search_gin',
                ),
                migrations.RemoveIndex(
                    model_name='document',
                    name='document_status_published',
                ),
                migrations.RemoveField(
                    model_name='documentuserobjectpermission',
                    name='content_object',
                ),
                migrations.RemoveField(
                    model_name='documentgroupobjectpermission',
                    name='content_object',
                ),
                migrations.RemoveField(
                    model_name='documentaccess',
                    name='document',
                ),
                migrations.RemoveField(
                    model_name='documentaccess',
                    name='user',
                ),
                migrations.AlterUniqueTogether(
                    name='documentgroupobjectpermission',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='documentgroupobjectpermission',
                    name='group',
                ),
                migrations.RemoveField(
                    model_name='documentgroupobjectpermission',
                    name='permission',
                ),
                migrations.AlterUniqueTogether(
                    name='documentuserobjectpermission',
                    unique_together=None,
                ),
                migrations.RemoveField(
                    model_name='documentuserobjectpermission',
                    name='permission',
                ),
                migrations.RemoveField(
                    model_name='documentuserobjectpermission',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='LeaderboardEntry',
                ),
                migrations.RemoveConstraint(
                    model_name='quizbestscore',
                    name='one_best_score_per_level',
                ),
                migrations.RemoveConstraint(
                    model_name='quizchoice',
                    name='one_correct_choice_per_question',
                ),
                migrations.RemoveField(
                    model_name='quizquestion',
                    name='articles',
                ),
                migrations.RemoveField(
                    model_name='quizquestion',
                    name='phenomenon',
                ),
                migrations.RemoveField(
                    model_name='quizquestion',
                    name='theme',
                ),
                migrations.RemoveField(
                    model_name='signal',
                    name='phenomenon',
                ),
                migrations.RemoveField(
                    model_name='document',
                    name='created_by',
                ),
                migrations.RemoveField(
                    model_name='document',
                    name='owner',
                ),
                migrations.RemoveField(
                    model_name='document',
                    name='phenomena',
                ),
                migrations.RemoveField(
                    model_name='document',
                    name='themes',
                ),
                migrations.RemoveField(
                    model_name='document',
                    name='updated_by',
                ),
                migrations.DeleteModel(
                    name='DocumentAccess',
                ),
                migrations.DeleteModel(
                    name='DocumentGroupObjectPermission',
                ),
                migrations.DeleteModel(
                    name='DocumentUserObjectPermission',
                ),
                migrations.RemoveField(
                    model_name='quizbestscore',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='quizchoice',
                    name='question',
                ),
                migrations.DeleteModel(
                    name='Signal',
                ),
                migrations.DeleteModel(
                    name='Document',
                ),
                migrations.DeleteModel(
                    name='QuizBestScore',
                ),
                migrations.DeleteModel(
                    name='QuizChoice',
                ),
                migrations.DeleteModel(
                    name='QuizQuestion',
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
