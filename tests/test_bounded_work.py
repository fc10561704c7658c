"""Bounded work per request: bodies too large are refused before they are read, and a
burst of log-ins cannot exhaust a server's memory."""

import importlib.util
import io
import os
from pathlib import Path

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from webapp.auth import services as accounts
from webapp.database import write_transaction

BENCH = Path(__file__).resolve().parents[1] / "bench" / "login_memory_bench.py"


class CountingStream(io.RawIOBase):
    """A request body of `size` bytes that counts how much of it the app reads."""

    def __init__(self, size: int):
        self.size, self.position, self.read_bytes = size, 0, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True  # the test client measures the body by seeking to its end and back

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self.position = self.size + offset if whence == io.SEEK_END else offset
        return self.position

    def tell(self) -> int:
        return self.position

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.size - self.position)
        buffer[:n] = b"a" * n
        self.position += n
        self.read_bytes += n
        return n


def post_body(client, path: str, size: int):
    stream = CountingStream(size)
    response = client.post(
        path, input_stream=stream, content_length=size, content_type="application/x-www-form-urlencoded"
    )
    return response, stream.read_bytes


@pytest.mark.parametrize("path", ["/login", "/signup"])
def test_an_anonymous_body_larger_than_a_form_needs_gets_413_unread(app, client, path):
    limit = app.config["MAX_ANONYMOUS_REQUEST_BYTES"]
    response, read = post_body(client, path, 60 * 1024 * 1024)
    assert response.status_code == 413
    assert "That is too large" in response.get_data(as_text=True)
    assert read <= limit
    # A form of an ordinary size is read as always.
    assert post_body(client, path, 1000)[0].status_code == 400


def test_a_signed_in_body_larger_than_the_setting_gets_413_unread(app, signed_in):
    limit = app.config["MAX_CONTENT_LENGTH"]
    response, read = post_body(signed_in, "/builder/send", limit + 1)
    assert response.status_code == 413 and read == 0


def test_passwords_are_hashed_with_owasps_argon2id_parameters(app, ctx):
    password_hash = accounts.hash_password("a long enough password")
    assert password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_a_hash_made_with_older_parameters_is_stored_again_with_the_current_ones(
    app, ctx, user, owner_engine
):

    with write_transaction(user):
        stored = accounts._get_user(user.id)
        stored.password_hash = PasswordHasher().hash("correct horse battery")  # 64 MiB, t=3, p=4
    assert accounts.authenticate("ada@example.com", "correct horse battery") is not None
    with owner_engine.connect() as connection:
        rehashed = connection.scalar(sa.text("SELECT password_hash FROM users"))
    assert rehashed.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_sixteen_log_ins_at_once_stay_within_a_memory_bound(app, database, tmp_path):
    """Measured on a real gunicorn process: its peak resident memory grows by far less than
    16 concurrent argon2 checks would take (16 x 19 MiB), since 2 run at a time."""
    spec = importlib.util.spec_from_file_location("login_memory_bench", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FLASK_", "TESTING_DATABASE"))}
    env.update(
        DATABASE_URL=database.app_url,
        SECRET_KEY=app.config["SECRET_KEY"],
        INSTANCE_PATH=str(tmp_path / "instance"),
        TASK_QUEUE_PATH=str(tmp_path / "tasks.db"),
        REDIS_URL="",
        EMBEDDED_WORKER="false",
    )
    result = bench.measure(env, burst=16)
    assert result["statuses"] == [400] * 16
    # Generous, to stay stable on any machine: the unbounded old parameters took about 960 MiB.
    assert result["growth_mib"] < 120, result
