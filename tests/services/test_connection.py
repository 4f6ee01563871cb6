"""This computer's choice of database: the server's settings in the data folder, the password only in the
credential store, addresses shown without it."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.services import connection
from app.services.errors import ServiceError, ValidationError

SERVER = {
    "host": "office-server",
    "port": "5433",
    "database": "ivc",
    "user": "secretary",
    "sslmode": "require",
}


class MemoryKeyring(KeyringBackend):
    """A credential store in memory (tests are headless)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def store(monkeypatch):
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def test_the_password_goes_to_the_credential_store_and_never_to_a_file(data_dir, store, monkeypatch):
    monkeypatch.delenv(connection.ENV_DATABASE, raising=False)
    connection.save(connection.SERVER, SERVER, "Pa55-word-in-store")
    files = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"Pa55-word-in-store" not in files
    saved = json.loads((data_dir / connection.CONFIG_FILE).read_text())
    assert saved["server"]["host"] == "office-server" and saved["engine"] == "server"
    assert list(store.stored.values()) == ["Pa55-word-in-store"]
    url = connection.configured()
    assert url.password == "Pa55-word-in-store" and url.port == 5433 and url.query["sslmode"] == "require"
    assert "Pa55-word-in-store" not in connection.shown(url)


def test_without_a_credential_store_the_message_says_so(data_dir, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(ServiceError, match="no credential store"):
            connection.save(connection.SERVER, SERVER, "secret")
    finally:
        keyring.set_keyring(previous)
    assert not (data_dir / connection.CONFIG_FILE).exists()


def test_bad_settings_are_refused_by_field(data_dir, store):
    with pytest.raises(ValidationError) as port:
        connection.save(connection.SERVER, {**SERVER, "port": "99999"})
    assert port.value.field == "port"
    with pytest.raises(ValidationError) as host:
        connection.save(connection.SERVER, {**SERVER, "host": " "})
    assert host.value.field == "host"


def test_an_address_from_the_environment_takes_its_password_from_the_store(data_dir, store, monkeypatch):
    connection.store_password(connection.ServerSettings("db.office", 5432, "ivc", "sara"), "from-store")
    monkeypatch.setenv(connection.ENV_DATABASE, "postgresql://sara@db.office/ivc")
    assert connection.configured().password == "from-store"
    monkeypatch.setenv(connection.ENV_DATABASE, "postgresql://sara:given@db.office:6000/ivc")
    assert connection.configured().password == "given"
    assert connection.shown(connection.configured()) == "postgresql://sara:***@db.office:6000/ivc"
    monkeypatch.setenv(connection.ENV_DATABASE, "postgresql://sara@/")
    with pytest.raises(ServiceError, match="needs a server"):
        connection.configured()


def test_documents_and_attachments_live_in_the_shared_folder_with_the_server(data_dir, store, tmp_path):
    from app import paths

    assert paths.documents_dir() == data_dir / "documents"
    shared = tmp_path / "share"
    shared.mkdir()
    connection.save(connection.SERVER, SERVER, None, str(shared))
    assert paths.documents_dir() == shared / "documents"
    assert paths.attachments_dir() == shared / "attachments"
    connection.save(connection.LOCAL)
    assert paths.documents_dir() == data_dir / "documents"


def test_a_server_that_is_away_is_one_sentence_without_the_password(data_dir):
    from app.services import context

    with pytest.raises(context.ServerUnreachableError) as away:
        context.open_database(
            url="postgresql://sara:Hidden-Pw-7@127.0.0.1:1/ivc"
        )  # nothing listens on port 1
    text = away.value.text()
    assert "cannot be reached" in text and "127.0.0.1" in text
    assert "Hidden-Pw-7" not in text and "\n" not in text.strip()
    assert not context.state().open
