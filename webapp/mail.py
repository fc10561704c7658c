"""Email: written in a request, sent from the task queue.

`send` renders nothing itself: callers hand it a subject and a plain-text body.
The `deliver_email` task sends it by SMTP (the SMTP_* settings), or, with no
SMTP_HOST, writes it to the log, so a local install shows the links it would
have sent. A request never waits for a mail server.
"""

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from flask import current_app, request

from .taskqueue import enqueue, task

log = logging.getLogger(__name__)


class MailUnavailable(Exception):
    """The email could not be handed to the task queue; nothing was sent."""


def send(to: str, subject: str, body: str) -> None:
    """Queue an email for sending; raise MailUnavailable if the queue cannot take it."""
    try:
        enqueue("deliver_email", to, subject, body)
    except Exception as error:  # the queue's storage is down: the caller says so
        log.exception("could not queue an email to %s", to)
        raise MailUnavailable from error


def external_url(path: str) -> str | None:
    """The address of a page of the app, for a link in an email (None: no trustworthy one).

    A request can name any host, and a reset link built from an attacker's host
    would send its token to them: the links use APP_BASE_URL, or the request's
    host only when it is this machine.
    """
    base = current_app.config["APP_BASE_URL"]
    if base:
        return base + path
    if request.host.rsplit(":", 1)[0].strip("[]") in ("127.0.0.1", "localhost", "::1"):
        return request.host_url.rstrip("/") + path
    log.error("APP_BASE_URL is not set: no link can be emailed to visitors of %s", request.host)
    return None


# Tried again a few times: a mail server that restarts loses no email.
@task(retries=3, retry_delay=60)
def deliver_email(to: str, subject: str, body: str) -> None:
    """Send one email by SMTP, or write it to the log when no SMTP server is set."""
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=config["MAIL_FROM"].rpartition("@")[2].strip(">") or None)
    message.set_content(body)
    if not config["SMTP_HOST"]:
        # Readable as it is (not MIME-encoded): the link in it is meant to be copied.
        log.warning(
            "No SMTP_HOST is set; this email was not sent:\nTo: %s\nSubject: %s\n\n%s", to, subject, body
        )
        return
    security = config["SMTP_SECURITY"]
    timeout = config["SMTP_TIMEOUT_SECONDS"]
    host, port = config["SMTP_HOST"], config["SMTP_PORT"]
    context = ssl.create_default_context()
    try:
        if security == "tls":
            connection = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            connection = smtplib.SMTP(host, port, timeout=timeout)
        with connection:
            if security == "starttls":
                connection.starttls(context=context)
            if config["SMTP_USERNAME"]:
                connection.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"])
            connection.send_message(message)
    except (OSError, smtplib.SMTPException):
        # Logged without the body: it holds a link that works.
        log.exception("could not send the email %r to %s through %s:%s", subject, to, host, port)
        raise
    log.info("sent the email %r to %s", subject, to)
