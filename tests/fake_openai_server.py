"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests.

It speaks the streaming protocol as real servers do (HTTP/1.1, chunked
transfer, `text/event-stream`, `data: {chat.completion.chunk}` events and a
final `data: [DONE]`), so the real `openai` client talks to it unchanged.
Each test scripts the replies, in order, and reads back the requests.
"""

import json
import select
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted answer.

    `chunks` are the content pieces, one event each; a float in their place
    pauses that many seconds, a threading.Event pauses until it is set. A
    client that hangs up during `delay` or a float's pause ends the reply, and
    sets `hung_up`, as a real server notices a client that went away.
    """

    chunks: list = field(default_factory=list)
    status: int = 200
    error: dict | None = None  # the error body for a non-200 status
    delay: float = 0.0  # seconds before the response starts
    finish_reason: str | None = "stop"
    cut_after: int | None = None  # drop the connection after this many chunks
    raw_events: list[str] | None = None  # `data:` payloads sent as they are, instead of chunks
    hung_up: threading.Event = field(default_factory=threading.Event)


@dataclass
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    raw_body: bytes

    @property
    def json(self) -> dict:
        """The request body, decoded."""
        return json.loads(self.raw_body)


class FakeOpenAIServer:
    """A threaded HTTP server that answers chat completions from a script."""

    def __init__(self, model: str = "test-model"):
        self.model = model
        self.replies: deque[Reply] = deque()
        self.requests: list[ReceivedRequest] = []
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.fake = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def port(self) -> int:
        """The port the system chose."""
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """The base URL to give a client, up to and including /v1."""
        return f"http://127.0.0.1:{self.port}/v1"

    def reply(self, *chunks, **options) -> Reply:
        """Script the next answer: content pieces, or options of Reply."""
        reply = Reply(chunks=list(chunks), **options)
        self.replies.append(reply)
        return reply

    def start(self) -> "FakeOpenAIServer":
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Cut pauses short, stop serving, and wait for every handler thread."""
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> "FakeOpenAIServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def wait_for(self, event: threading.Event, limit: float = 10.0) -> None:
        """Wait for a test's signal, unless the server is stopping."""
        deadline = time.monotonic() + limit
        while not event.wait(0.02) and not self.stopping.is_set() and time.monotonic() < deadline:
            pass


class _Server(ThreadingHTTPServer):
    # Handler threads are joined on close, so no thread outlives a test.
    daemon_threads = False
    block_on_close = True
    fake: FakeOpenAIServer

    def handle_error(self, request, client_address):
        """Ignore clients that hang up: the time-out tests do it on purpose."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format, *args):
        """Keep the test output quiet."""

    def do_POST(self):
        """Record the request and play the next scripted reply."""
        fake = self.server.fake
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fake.requests.append(
            ReceivedRequest("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        )
        self.close_connection = True
        if self.path != "/v1/chat/completions":
            self._json(404, {"error": {"message": f"No route {self.path}", "type": "invalid_request_error"}})
            return
        reply = fake.replies.popleft() if fake.replies else Reply(status=500)
        if reply.delay and not self._pause(reply, reply.delay):
            return
        if reply.status != 200:
            error = reply.error or {"error": {"message": f"HTTP {reply.status}", "type": "server_error"}}
            self._json(reply.status, error)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        if reply.raw_events is not None:
            for data in reply.raw_events:
                self._send(f"data: {data}\n\n")
        else:
            self._send_event({"role": "assistant", "content": ""})
            sent = 0
            for piece in reply.chunks:
                if isinstance(piece, threading.Event):
                    fake.wait_for(piece)
                    continue
                if isinstance(piece, float | int):
                    if not self._pause(reply, piece):
                        return
                    continue
                if reply.cut_after is not None and sent >= reply.cut_after:
                    return  # the body's chunked encoding is left unfinished
                self._send_event({"content": piece})
                sent += 1
            if reply.cut_after is not None:
                return
            self._send_event({}, finish_reason=reply.finish_reason)
        self._send("data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _pause(self, reply: Reply, seconds: float) -> bool:
        """Wait, watching the connection; False if the client hung up or the server is stopping."""
        fake = self.server.fake
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0 and not fake.stopping.is_set():
            readable, _, _ = select.select([self.connection], [], [], min(left, 0.02))
            if readable and self._client_gone():
                reply.hung_up.set()
                return False
        return not fake.stopping.is_set()

    def _client_gone(self) -> bool:
        # The request was read whole, so a readable socket with nothing to read is a hang-up.
        try:
            return self.connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def _json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def _send_event(self, delta: dict, finish_reason: str | None = None) -> None:
        chunk = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 1_700_000_000,
            "model": self.server.fake.model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        }
        self._send(f"data: {json.dumps(chunk)}\n\n")

    def _send(self, text: str) -> None:
        data = text.encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()
