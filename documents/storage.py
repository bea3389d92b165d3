"""Private storage of closed documents: outside every public URL, served only by the
download view (documents.views.document_download) after the access gate."""

import uuid

from django.core.files.storage import FileSystemStorage, storages


def private_upload_to(instance, filename):
    """A random name: the original name is kept in the database, never in the path."""
    return f"documenten/{uuid.uuid4().hex}"


class PrivateStorage(FileSystemStorage):
    """Documents live outside every public URL; they are only served by the download view."""

    def url(self, name):
        raise NotImplementedError("Closed documents have no public URL; use the download view.")


def private_storage():
    return storages["private"]


