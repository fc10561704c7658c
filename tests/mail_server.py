"""A real SMTP server on 127.0.0.1 for the tests: aiosmtpd, speaking SMTP to the
app's smtplib, keeping each message it is sent so a test can read it."""

import email
import email.policy
import re
import socket
import threading
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from support import wait_for


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Keeper:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"


class MailServer:
    """The running server: its port, and the messages it has received."""

    def __init__(self) -> None:
        self._keeper = _Keeper()
        self._controller = Controller(self._keeper, hostname="127.0.0.1", port=_free_port())

    def start(self) -> "MailServer":
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    @property
    def port(self) -> int:
        return self._controller.port

    def settings(self) -> dict:
        """The app's settings that send its email here."""
        return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": self.port, "SMTP_SECURITY": "none"}

    def messages_to(self, address: str) -> list[EmailMessage]:
        with self._keeper.lock:
            return [m for m in self._keeper.messages if m["To"] == address]

    def wait_for_message(self, address: str, count: int = 1, seconds: float = 30) -> EmailMessage:
        """The `count`-th message to this address, once it has arrived."""
        return wait_for(
            lambda: (found := self.messages_to(address)) and len(found) >= count and found[count - 1],
            f"email number {count} to {address}",
            seconds,
        )


def body_of(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def link_in(message: EmailMessage) -> str:
    """The one link of the app in an email's text."""
    links = re.findall(r"https?://\S+", body_of(message))
    assert links, body_of(message)
    return links[0]
