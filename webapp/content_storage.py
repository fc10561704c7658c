"""The bucket: where the file store keeps large contents when S3_BUCKET is set.

Only the file store (filestore.py) and its upkeep (bucket_upkeep.py) call this
module; it knows the bucket and nothing of the database. An object holds one
content's packed bytes, exactly as a `file_contents` row would, under
`S3_KEY_PREFIX + user id + "/" + hash`: content-addressed, so a retry or a
second writer puts the same bytes under the same key.
"""

import logging
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from flask import Flask, current_app

log = logging.getLogger(__name__)

_client_lock = threading.Lock()
# delete_objects takes at most this many keys a call.
_DELETE_BATCH = 1000


class BucketError(RuntimeError):
    """The bucket did not answer, or refused a request."""


def enabled(app: Flask | None = None) -> bool:
    """Whether large contents go to a bucket (S3_BUCKET is set)."""
    return bool((app or current_app).config["S3_BUCKET"])


def goes_to_bucket(size: int) -> bool:
    """Whether a content of `size` bytes (before packing) is kept in the bucket."""
    config = current_app.config
    return bool(config["S3_BUCKET"]) and size >= config["S3_MIN_BYTES"]


def object_key(user_id: uuid.UUID, digest: str) -> str:
    """The key of a user's content in the bucket."""
    return f"{current_app.config['S3_KEY_PREFIX']}{user_id}/{digest}"


def user_folder(user_id: uuid.UUID) -> str:
    """The prefix under which every object of one user lives."""
    return f"{current_app.config['S3_KEY_PREFIX']}{user_id}/"


def parse_key(key: str) -> tuple[uuid.UUID, str] | None:
    """The (user id, hash) an object key names, or None for a key the store did not make."""
    prefix = current_app.config["S3_KEY_PREFIX"]
    if not key.startswith(prefix):
        return None
    user, _, digest = key[len(prefix) :].partition("/")
    try:
        user_id = uuid.UUID(user)
    except ValueError:
        return None
    if not digest or "/" in digest:
        return None
    return user_id, digest


def _client():
    """The app's one client, made on first use (most requests never touch the bucket)."""
    app = current_app._get_current_object()
    found = app.extensions.get("s3_client")
    if found is not None:
        return found
    with _client_lock:
        if "s3_client" not in app.extensions:
            config = app.config
            timeout = config["S3_TIMEOUT_SECONDS"]
            app.extensions["s3_client"] = boto3.session.Session().client(
                "s3",
                endpoint_url=config["S3_ENDPOINT_URL"] or None,
                region_name=config["S3_REGION"] or None,
                aws_access_key_id=config["S3_ACCESS_KEY_ID"] or None,
                aws_secret_access_key=config["S3_SECRET_ACCESS_KEY"] or None,
                # A bucket that does not answer must fail a save in seconds, not hang a worker:
                # short timeouts, and a few retries for a bucket that is restarting.
                config=Config(
                    connect_timeout=timeout,
                    read_timeout=timeout,
                    retries={"max_attempts": config["S3_MAX_ATTEMPTS"], "mode": "standard"},
                ),
            )
        return app.extensions["s3_client"]


def _bucket() -> str:
    return current_app.config["S3_BUCKET"]


def put(key: str, data: bytes) -> None:
    """Write an object (overwriting one of the same key, which holds the same bytes)."""
    try:
        _client().put_object(Bucket=_bucket(), Key=key, Body=data)
    except (BotoCoreError, ClientError) as error:
        raise BucketError(f"could not put {key}: {error}") from error


def exists(key: str) -> bool:
    """Whether the bucket holds an object of this key."""
    try:
        _client().head_object(Bucket=_bucket(), Key=key)
        return True
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
            return False
        raise BucketError(f"could not look for {key}: {error}") from error
    except BotoCoreError as error:
        raise BucketError(f"could not look for {key}: {error}") from error


def get(key: str) -> bytes:
    """An object's bytes; LookupError if there is no such object."""
    try:
        return _client().get_object(Bucket=_bucket(), Key=key)["Body"].read()
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
            raise LookupError(f"no object {key} in the bucket") from error
        raise BucketError(f"could not get {key}: {error}") from error
    except BotoCoreError as error:
        raise BucketError(f"could not get {key}: {error}") from error


def delete(keys: Iterable[str]) -> int:
    """Delete these objects (a missing one is no error); return how many were asked for."""
    keys = sorted(set(keys))
    client = _client()
    for start in range(0, len(keys), _DELETE_BATCH):
        batch = keys[start : start + _DELETE_BATCH]
        try:
            answer = client.delete_objects(
                Bucket=_bucket(), Delete={"Objects": [{"Key": k} for k in batch], "Quiet": True}
            )
        except (BotoCoreError, ClientError) as error:
            raise BucketError(f"could not delete {len(batch)} object(s): {error}") from error
        if answer.get("Errors"):
            raise BucketError(f"could not delete some objects: {answer['Errors'][:3]}")
    return len(keys)


def listing(prefix: str | None = None) -> Iterator[tuple[str, datetime]]:
    """Every object under `prefix` (by default the store's whole prefix): (key, last modified)."""
    paginator = _client().get_paginator("list_objects_v2")
    try:
        for page in paginator.paginate(
            Bucket=_bucket(), Prefix=prefix or current_app.config["S3_KEY_PREFIX"]
        ):
            for item in page.get("Contents", ()):
                yield item["Key"], item["LastModified"]
    except (BotoCoreError, ClientError) as error:
        raise BucketError(f"could not list the bucket: {error}") from error
