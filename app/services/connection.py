"""Which database this computer uses: its own SQLite file (the default) or the office's PostgreSQL server.

The choice is this computer's, so it is kept in the data folder ("database.json": engine, host, port,
database, user, TLS mode, the shared documents folder), never in the database it chooses. The password is
kept in the operating system's credential store (keyring), never in a file. The command line's
`--database URL` and the environment's IVC_DESK_DATABASE override the file for one run. No password is
ever printed or logged: every address shown goes through `shown`.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from typing import Any

from app import paths
from app.services import validate
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError

ENV_DATABASE = "IVC_DESK_DATABASE"
CONFIG_FILE = "database.json"
KEYRING_SERVICE = "IVC Desk database"
TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
LOCAL, SERVER = "local", "server"


class CredentialStoreError(ServiceError):
    """The operating system offers no credential store to keep the password in."""


@dataclass(frozen=True)
class ServerSettings:
    host: str = ""
    port: int = 5432
    database: str = "ivc_desk"
    user: str = "ivc_desk"
    sslmode: str = "prefer"


@dataclass(frozen=True)
class Choice:
    engine: str = LOCAL
    server: ServerSettings = ServerSettings()
    shared_folder: str = ""


def _config_path():  # type: ignore[no-untyped-def]
    return paths.data_dir() / CONFIG_FILE


def load() -> Choice:
    """This computer's choice (the default: its own SQLite file)."""
    try:
        data = json.loads(_config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Choice()
    if not isinstance(data, dict):
        return Choice()
    fields = {k: data.get("server", {}).get(k) for k in ServerSettings.__dataclass_fields__}
    try:
        server = ServerSettings(**{k: v for k, v in fields.items() if v is not None})
    except TypeError:
        server = ServerSettings()
    engine = SERVER if data.get("engine") == SERVER else LOCAL
    return Choice(engine, server, str(data.get("shared_folder") or ""))


def check_server(data: dict[str, Any]) -> ServerSettings:
    """The server's settings from a form, each field checked in words."""
    host = validate.text(data, "host", max_len=253, required=True)
    port_text = str(data.get("port") or "5432").strip()
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        raise ValidationError("port", QT_TRANSLATE_NOOP("errors", "The port is a number from 1 to 65535."))
    database = validate.text(data, "database", max_len=63, required=True)
    user = validate.text(data, "user", max_len=63, required=True)
    sslmode = str(data.get("sslmode") or "prefer")
    if sslmode not in TLS_MODES:
        raise ValidationError("sslmode", QT_TRANSLATE_NOOP("errors", "Choose one of the TLS modes offered."))
    return ServerSettings(host, int(port_text), database, user, sslmode)


def save(
    engine: str, server: dict[str, Any] | None = None, password: str | None = None, shared_folder: str = ""
) -> Choice:
    """Keep this computer's choice; with `password`, it goes to the credential store (never the file)."""
    settings = check_server(server or {}) if engine == SERVER else load().server
    folder = shared_folder.strip()
    if engine == SERVER and folder and not os.path.isdir(folder):
        raise ValidationError(
            "shared_folder",
            QT_TRANSLATE_NOOP("errors", "The folder {folder} cannot be found."),
            folder=folder,
        )
    if engine == SERVER and password:
        store_password(settings, password)
    choice = Choice(SERVER if engine == SERVER else LOCAL, settings, folder)
    from app.documents.output import write_atomic

    paths.ensure_data_dir()
    data = {"engine": choice.engine, "server": asdict(choice.server), "shared_folder": choice.shared_folder}
    write_atomic(_config_path(), json.dumps(data, indent=1, sort_keys=True).encode())
    return choice


def _account(settings: ServerSettings) -> str:
    return f"{settings.user}@{settings.host}:{settings.port}/{settings.database}"


def _no_store(exc: BaseException) -> CredentialStoreError:
    return CredentialStoreError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This computer has no credential store to keep the server's password in ({reason}). Install one "
            "(e.g. GNOME Keyring or KWallet on Linux; Windows has its own), or give the password in the "
            "IVC_DESK_DATABASE address for this run.",
        ),
        reason=type(exc).__name__,
    )


def store_password(settings: ServerSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _account(settings), password)
    except (KeyringError, RuntimeError) as exc:
        raise _no_store(exc) from None


def stored_password(settings: ServerSettings) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _account(settings))
    except (KeyringError, RuntimeError) as exc:
        raise _no_store(exc) from None


def url_of(settings: ServerSettings, password: str | None) -> Any:
    from sqlalchemy.engine import URL

    return URL.create(
        "postgresql+psycopg",
        username=settings.user,
        password=password or None,
        host=settings.host,
        port=settings.port,
        database=settings.database,
        query={"sslmode": settings.sslmode},
    )


def parse_url(text: str) -> Any:
    """A `--database` / IVC_DESK_DATABASE address: postgresql://user[:password]@host[:port]/database[?sslmode=]
    (a missing password is taken from the credential store), or a path to an SQLite file."""
    from sqlalchemy.engine import make_url

    from db.engines import is_server_url, server_url

    if not is_server_url(text):
        return None
    try:
        url = server_url(make_url(text))
    except Exception:  # noqa: BLE001 - the address is never quoted: it may hold a password
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database address cannot be read; write it as postgresql://user@host:port/database.",
            )
        ) from None
    if not url.host or not url.database:
        raise ServiceError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database address needs a server and a database: postgresql://user@host:port/database.",
            )
        )
    if url.password is None and url.username:
        settings = ServerSettings(url.host, url.port or 5432, url.database, url.username)
        password = stored_password(settings)
        if password:
            url = url.set(password=password)
    return url


def configured() -> Any:
    """The location to open: a server URL (with its password) or None for this computer's SQLite file;
    the environment's IVC_DESK_DATABASE (or --database) first, then this computer's saved choice."""
    given = os.environ.get(ENV_DATABASE, "").strip()
    if given:
        url = parse_url(given)
        if url is None:  # a file path: the SQLite database there
            return None
        return url
    choice = load()
    if choice.engine != SERVER or not choice.server.host:
        return None
    return url_of(choice.server, stored_password(choice.server))


def sqlite_override() -> str | None:
    """A path given through IVC_DESK_DATABASE instead of an address: that SQLite file."""
    given = os.environ.get(ENV_DATABASE, "").strip()
    from db.engines import is_server_url

    return given if given and not is_server_url(given) else None


def shown(location: Any) -> str:
    """An address as it may be shown: never its password."""
    from db.engines import safe_url

    return safe_url(location)


def test_connection(server: dict[str, Any], password: str | None) -> str:
    """Connect once with these settings; returns the server's version, or raises a ServiceError that says
    why (the server's own words, never the password). Nothing is created or changed."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from db.engines import describe_server_error

    settings = check_server(server)
    if not password:
        try:
            password = stored_password(settings)
        except CredentialStoreError:
            password = None
    engine = create_engine(
        url_of(settings, password),
        poolclass=NullPool,
        hide_parameters=True,
        connect_args={"connect_timeout": 5},
    )
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
    except Exception as exc:  # noqa: BLE001 - told in words
        raise ServiceError(
            QT_TRANSLATE_NOOP("errors", "The server {server} did not accept the connection: {reason}"),
            server=shown(url_of(settings, None)),
            reason=describe_server_error(exc),
        ) from None
    finally:
        engine.dispose()
    return str(version)
