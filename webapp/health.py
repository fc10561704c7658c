"""Whether this process can do its work: for load balancers and operators."""

import logging

import sqlalchemy as sa

from .extensions import db
from .taskqueue import get_queue

log = logging.getLogger(__name__)


def check() -> dict[str, bool]:
    """Whether the database and the task queue answer, each on its own."""
    return {"database": _database_answers(), "queue": get_queue().reachable()}


def _database_answers() -> bool:
    try:
        db.session.execute(sa.text("SELECT 1"))
        return True
    except sa.exc.SQLAlchemyError:
        log.warning("the database is unreachable", exc_info=True)
        return False
    finally:
        db.session.rollback()
