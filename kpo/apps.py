from django.apps import AppConfig


class KpoConfig(AppConfig):
    default = True
    name = "kpo"
    verbose_name = "KPO"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .search import vocabulary_changed

        # The cached word expansions of the search (kpo.search.expand) depend on these.
        post_save.connect(vocabulary_changed, dispatch_uid="kpo-search-vocabulary-save")
        post_delete.connect(vocabulary_changed, sender="kpo.SearchSynonym", dispatch_uid="kpo-search-synonym-delete")
        post_delete.connect(vocabulary_changed, sender="kpo.SearchTerm", dispatch_uid="kpo-search-term-delete")
