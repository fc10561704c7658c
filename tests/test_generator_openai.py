"""The OpenAI-compatible generator, against a real HTTP server on 127.0.0.1."""

import re
import socket
import threading
import time

import pytest
from fake_openai_server import FakeOpenAIServer

from webapp.filestore import Limits
from webapp.generation.ai_messages import SYSTEM_PROMPT, build_messages
from webapp.generation.base import (
    ChatTurn,
    GenerationCancelled,
    GenerationError,
    GenerationOutcome,
    GenerationRequest,
)
from webapp.generation.openai_compat import OpenAICompatibleGenerator

API_KEY = "sk-test-SECRET-4242"
MODEL = "test-model"

INDEX = (
    '<!DOCTYPE html>\n<html>\n<head><link rel="stylesheet" href="style.css"></head>\n'
    "<body>Hi</body>\n</html>\n"
)
STYLE = "body {\n  color: navy;\n}\n"
SCRIPT = "console.log('hello');\n"

NEW_SITE = (
    "I made you a small site with a page, a stylesheet and a script.\n\n"
    f"<<<FILE index.html>>>\n{INDEX}<<<END FILE>>>\n\n"
    f"<<<FILE style.css>>>\n{STYLE}<<<END FILE>>>\n\n"
    f"<<<FILE js/app.js>>>\n{SCRIPT}<<<END FILE>>>\n\n"
    "<<<SUMMARY Created a one-page site>>>\n"
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    """Requests go straight to 127.0.0.1, whatever proxy or SDK settings the shell has."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_CUSTOM_HEADERS", "OPENAI_ADMIN_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server():
    """A fake chat-completions server on 127.0.0.1, stopped after the test."""
    with FakeOpenAIServer(model=MODEL) as fake:
        yield fake


def generator_for(server, **options) -> OpenAICompatibleGenerator:
    """A generator pointed at the fake server."""
    return OpenAICompatibleGenerator(server.base_url, API_KEY, MODEL, **options)


def request_for(prompt="Make me a site", files=None, history=()) -> GenerationRequest:
    """A generation request with defaults for what a test does not care about."""
    return GenerationRequest(prompt=prompt, history=list(history), files=dict(files or {}))


def run(generator, request=None) -> tuple[str, GenerationOutcome]:
    """Stream to the end; return the text shown and the outcome, checking the protocol."""
    items = list(generator.stream(request or request_for()))
    assert items, "nothing was yielded"
    *texts, outcome = items
    assert isinstance(outcome, GenerationOutcome)
    assert all(isinstance(text, str) for text in texts)
    return "".join(texts), outcome


def failure(generator, request=None) -> str:
    """Stream until the GenerationError; check no outcome came first; return its message,
    then the operator's detail (if any) after " | "."""
    items = []
    with pytest.raises(GenerationError) as info:
        for item in generator.stream(request or request_for()):
            items.append(item)
    assert not any(isinstance(item, GenerationOutcome) for item in items)
    message = str(info.value)
    assert API_KEY not in message and API_KEY not in (info.value.detail or "")
    # The user's words never name settings or addresses: those are the operator's.
    assert not re.search(r"AI_[A-Z_]+|http://|HTTP \d", message), message
    return f"{message} | {info.value.detail}" if info.value.detail else message


def pieces(text: str, size: int) -> list[str]:
    """`text` cut into chunks of `size` characters, markers included."""
    return [text[i : i + size] for i in range(0, len(text), size)]


def user_message(received) -> str:
    """The last (user) message of a received request."""
    return received.json["messages"][-1]["content"]


def test_new_site_with_three_files(server):
    server.reply(NEW_SITE)
    text, outcome = run(generator_for(server))

    assert outcome.changed == {"index.html": INDEX, "style.css": STYLE, "js/app.js": SCRIPT}
    assert outcome.deleted == []
    assert outcome.description == "Created a one-page site"
    assert text.startswith("I made you a small site")
    assert "_Writing `js/app.js`…_" in text


def test_sends_model_key_system_prompt_and_prompt(server):
    server.reply(NEW_SITE)
    run(generator_for(server), request_for("A bakery in Lyon"))

    (received,) = server.requests
    assert received.path == "/v1/chat/completions"
    assert received.headers["authorization"] == f"Bearer {API_KEY}"
    body = received.json
    assert body["model"] == MODEL
    assert body["stream"] is True
    assert body["messages"][0] == {"role": "system", "content": SYSTEM_PROMPT}
    assert "<<<FILE path/to/file.html>>>" in SYSTEM_PROMPT
    assert "no files yet" in user_message(received)
    assert user_message(received).endswith("A bakery in Lyon")


def test_edit_changes_one_file_and_deletes_another(server):
    files = {"index.html": INDEX, "style.css": STYLE, "old.js": SCRIPT}
    new_style = "body {\n  color: crimson;\n}\n"
    server.reply(
        "Made the text red and removed the unused script.\n",
        f"<<<FILE style.css>>>\n{new_style}<<<END FILE>>>\n",
        "<<<DELETE old.js>>>\n",
    )
    text, outcome = run(generator_for(server), request_for("Make the text red", files))

    assert outcome.changed == {"style.css": new_style}
    assert outcome.deleted == ["old.js"]
    assert outcome.description == "Updated style.css; deleted old.js"
    assert outcome.apply(files) == {"index.html": INDEX, "style.css": new_style}
    assert "_Deleting `old.js`…_" in text
    sent = user_message(server.requests[0])
    assert f"<<<FILE index.html>>>\n{INDEX}" in sent
    assert "old.js" in sent


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8])
def test_markers_split_across_chunks(server, size):
    server.reply(*pieces(NEW_SITE, size))
    text, outcome = run(generator_for(server))

    assert outcome.changed == {"index.html": INDEX, "style.css": STYLE, "js/app.js": SCRIPT}
    assert outcome.description == "Created a one-page site"
    assert "<<<" not in text and ">>>" not in text


def test_markers_split_at_awkward_places(server):
    server.reply(
        "Here you go.\n<",
        "<",
        "<FI",
        "LE index.h",
        "tml>",
        ">",
        ">\n" + INDEX + "<<<END F",
        "ILE>>",
        ">\n<<<SUMM",
        "ARY A page>>>",
    )
    text, outcome = run(generator_for(server))

    assert outcome.changed == {"index.html": INDEX}
    assert outcome.description == "A page"
    assert text == "Here you go.\n\n\n_Writing `index.html`…_\n\n"


def test_code_fences_around_content_are_removed(server):
    server.reply(
        "Here is the page.\n\n```html\n<<<FILE index.html>>>\n```html\n",
        INDEX,
        "```\n<<<END FILE>>>\n```\n\nAnd its style:\n",
        f"<<<FILE style.css>>>\n```css\n{STYLE}```\n<<<END FILE>>>\n",
    )
    text, outcome = run(generator_for(server))

    assert outcome.changed == {"index.html": INDEX, "style.css": STYLE}
    assert "```" not in text
    assert "And its style:" in text


def test_fences_of_the_chat_itself_are_kept(server):
    server.reply("Run this:\n```bash\nls\n```\n", f"<<<FILE index.html>>>\n{INDEX}<<<END FILE>>>\n")
    text, _ = run(generator_for(server))

    assert "```bash\nls\n```\n" in text


def test_crlf_line_endings(server):
    server.reply(*pieces(NEW_SITE.replace("\n", "\r\n"), 1))
    text, outcome = run(generator_for(server))

    assert outcome.changed == {"index.html": INDEX, "style.css": STYLE, "js/app.js": SCRIPT}
    assert "\r" not in text


def test_last_block_for_a_path_wins_and_dot_slash_is_dropped(server):
    server.reply(
        "Two tries.\n<<<FILE ./index.html>>>\nfirst\n<<<END FILE>>>\n",
        f"<<<FILE index.html>>>\n{INDEX}<<<END FILE>>>\n",
    )
    _, outcome = run(generator_for(server))

    assert outcome.changed == {"index.html": INDEX}
    assert outcome.description == "Added index.html"


@pytest.mark.parametrize(
    "path", ["../etc/passwd", "/etc/passwd", "css\\style.css", "a/../../b.html", "C:/site/index.html"]
)
def test_hostile_path_fails_and_returns_nothing(server, path):
    server.reply(f"Sure.\n<<<FILE {path}>>>\nowned\n<<<END FILE>>>\n")
    message = failure(generator_for(server))

    assert "cannot have" in message
    assert "Nothing was saved" in message


def test_hostile_delete_fails(server):
    server.reply("Cleaning up.\n<<<DELETE ../../instance/webapp.db>>>\n")

    assert "cannot have" in failure(generator_for(server), request_for(files={"index.html": INDEX}))


def test_truncated_file_block_fails(server):
    server.reply("Here it is.\n<<<FILE index.html>>>\n<!DOCTYPE html>\n<html><bo")

    message = failure(generator_for(server))
    assert "stopped in the middle of the file 'index.html'" in message


def test_answer_cut_by_the_length_limit_fails(server):
    server.reply(NEW_SITE, finish_reason="length")

    assert "length limit" in failure(generator_for(server))


def test_connection_dropped_mid_stream_fails(server):
    server.reply("Starting.\n", "<<<FILE index.html>>>\n<html>", "more", cut_after=2)

    assert "cut off before it was complete" in failure(generator_for(server))


@pytest.mark.parametrize("chunks", [[], ["   \n\n  "], ["<think>Let me see.</think>"]])
def test_empty_answer_fails(server, chunks):
    server.reply(*chunks)

    assert "empty answer" in failure(generator_for(server))


def test_unreadable_stream_fails(server):
    server.reply(raw_events=["{not json"])

    assert "could not read" in failure(generator_for(server))


def test_error_reported_mid_stream_fails(server):
    server.reply(raw_events=['{"error": {"message": "The model is overloaded", "type": "server_error"}}'])

    message = failure(generator_for(server))
    assert message.startswith("The AI service could not answer this message. Your message is saved")
    assert message.endswith("reported an error. It said: The model is overloaded")


def test_text_only_answer_changes_nothing(server):
    server.reply("Which colours ", "would you like?")
    text, outcome = run(generator_for(server), request_for("Make it nicer", {"index.html": INDEX}))

    assert text == "Which colours would you like?"
    assert not outcome.has_changes


def test_thinking_is_not_shown(server):
    server.reply(
        "<think>The user wants", " a page.</think>\n\n", "Done!\n", "<<<FILE a.html>>>\nA\n<<<END FILE>>>"
    )
    text, outcome = run(generator_for(server))

    assert "user wants" not in text
    assert text.startswith("Done!")
    assert outcome.changed == {"a.html": "A\n"}


def test_connection_refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    generator = OpenAICompatibleGenerator(f"http://127.0.0.1:{port}/v1", API_KEY, MODEL, timeout=5)

    message = failure(generator)
    assert message.startswith(
        "The AI service is not answering. Your message is saved; try again in a moment."
    )
    assert f"Could not reach the AI server at http://127.0.0.1:{port}/v1" in message
    assert "AI_BASE_URL" in message  # in the operator's detail


def test_base_url_credentials_are_not_shown():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    generator = OpenAICompatibleGenerator(f"http://me:hunter2@127.0.0.1:{port}/v1?k=v", API_KEY, MODEL)

    message = failure(generator)
    assert "hunter2" not in message
    assert f"http://127.0.0.1:{port}/v1" in message


@pytest.mark.parametrize("status", [401, 403])
def test_refused_api_key(server, status):
    echo = {"error": {"message": f"Incorrect API key provided: {API_KEY}", "type": "invalid_request_error"}}
    server.reply(status=status, error=echo)

    message = failure(generator_for(server))
    assert message.startswith("The AI service is not set up right")
    assert "The AI server refused the API key" in message
    assert f"HTTP {status}" in message


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, f"does not know the model '{MODEL}'"),
        (429, "rate-limiting"),
        (500, "internal error (HTTP 500)"),
        (503, "internal error (HTTP 503)"),
        (400, "rejected the request (HTTP 400)"),
    ],
)
def test_server_errors_become_clear_messages(server, status, expected):
    detail = {"error": {"message": f"Nope for key {API_KEY}", "type": "error"}}
    server.reply(status=status, error=detail)

    assert expected in failure(generator_for(server))


def test_time_out_before_the_answer(server):
    server.reply("too late", delay=5.0)
    started = time.monotonic()

    message = failure(generator_for(server, timeout=0.3))
    assert "did not answer within 0.3 seconds" in message
    assert time.monotonic() - started < 3


def test_time_out_in_the_middle_of_the_answer(server):
    server.reply("Starting.\n", 5.0, "never sent")

    assert "did not answer within 0.3 seconds" in failure(generator_for(server, timeout=0.3))


@pytest.mark.parametrize(
    ("chunks", "delay"),
    [
        pytest.param((), 30.0, id="before_it_answers"),
        pytest.param((30.0, "never sent"), 0.0, id="before_its_first_words"),
        pytest.param(("Starting.\n", 30.0, "never sent"), 0.0, id="between_its_words"),
    ],
)
def test_cancel_from_another_thread_ends_a_wait_for_the_server_at_once(server, chunks, delay):
    reply = server.reply(*chunks, delay=delay)
    generator = generator_for(server, timeout=60.0)
    ended = []

    def consume():
        try:
            list(generator.stream(request_for()))
        except Exception as exc:
            ended.append(exc)

    consumer = threading.Thread(target=consume, daemon=True)
    consumer.start()
    deadline = time.monotonic() + 5
    while not server.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # the consumer is waiting on the server now

    cancelled_at = time.monotonic()
    generator.cancel()
    consumer.join(5)
    assert not consumer.is_alive() and reply.hung_up.wait(1)
    assert time.monotonic() - cancelled_at < 2
    assert [type(exc) for exc in ended] == [GenerationCancelled]


def test_a_cancelled_generator_asks_the_server_nothing(server):
    generator = generator_for(server)
    generator.cancel()

    with pytest.raises(GenerationCancelled):
        list(generator.stream(request_for()))
    assert server.requests == []


def test_streams_text_before_the_outcome_and_never_file_contents(server):
    go_on = threading.Event()
    secret = "<p>SECRET-FILE-CONTENT</p>"
    server.reply("Building ", "your page now.\n", go_on, f"<<<FILE index.html>>>\n{secret}\n<<<END FILE>>>\n")
    stream = generator_for(server).stream(request_for())

    first = next(stream)  # the server is still holding back the file
    assert first == "Building "
    go_on.set()
    rest = list(stream)

    *texts, outcome = rest
    assert isinstance(outcome, GenerationOutcome)
    shown = first + "".join(texts)
    assert "SECRET" not in shown
    assert "_Writing `index.html`…_" in shown
    assert outcome.changed == {"index.html": secret + "\n"}


def png(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_context_budget_names_omitted_files_and_never_sends_binary(server):
    big = "// big\n" + "x = 1;\n" * 5_000
    files = {
        "index.html": INDEX,
        "style.css": STYLE,
        "js/big.js": big,
        "img/logo.png": b"\x89PNG\r\n\x1a\nBINARY-SECRET" + bytes(range(256)),
        "img/photo.png": png(24, 16),
    }
    server.reply("Nothing to change.")
    run(generator_for(server, max_context_chars=5_000), request_for("Tweak it", files))

    received = server.requests[0]
    sent = user_message(received)
    assert f"<<<FILE index.html>>>\n{INDEX}" in sent
    assert f"<<<FILE style.css>>>\n{STYLE}" in sent
    assert "x = 1;" not in sent
    assert "Not shown, to keep this message short: js/big.js" in sent
    assert "- img/logo.png (binary, 277 bytes" in sent  # not a picture Pillow can read
    assert "- img/photo.png (PNG image, 24 × 16 px, " in sent
    assert b"BINARY-SECRET" not in received.raw_body
    assert len(sent) < 5_000 + 200


def test_files_the_prompt_names_go_first():
    files = {"index.html": "i" * 400, "style.css": "s" * 400, "about.html": "a" * 400}
    messages = build_messages(request_for("Add my photo to the about page", files), max_chars=1_000)

    sent = messages[-1]["content"]
    assert "<<<FILE about.html>>>" in sent
    assert "<<<FILE index.html>>>" in sent
    assert "Not shown, to keep this message short: style.css" in sent


def test_history_keeps_the_newest_turns_in_order():
    history = []
    for n in range(20):
        history.append(ChatTurn("user", f"request {n} " + "." * 500))
        history.append(ChatTurn("assistant", f"answer {n}\n\n_Writing `index.html`…_\n" + "." * 500))
    messages = build_messages(request_for("next", {}, history), max_chars=4_000)

    contents = [m["content"] for m in messages[1:]]
    roles = [m["role"] for m in messages[1:]]
    assert roles == ["user", "assistant"] * (len(roles) // 2) + ["user"] * (len(roles) % 2)
    assert roles[-1] == "user" and contents[-1].endswith("next")
    assert "request 19" in contents[-3] and "answer 19" in contents[-2]
    assert not any("request 0 " in c for c in contents)
    numbers = [int(c.split()[1]) for c in contents[:-1] if c.startswith("request")]
    assert numbers == sorted(numbers) and len(numbers) >= 2
    assert not any("_Writing" in c for c in contents)
    assert sum(map(len, contents[:-1])) <= 4_000


def test_history_goes_along_to_the_server(server):
    server.reply("Sure.")
    history = [ChatTurn("user", "Make a bakery site"), ChatTurn("assistant", "Done: a bakery site.")]
    run(generator_for(server), request_for("Now add prices", {"index.html": INDEX}, history))

    messages = server.requests[0].json["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[1]["content"] == "Make a bakery site"


def test_uploaded_files_are_not_overwritten(server):
    files = {"index.html": INDEX, "logo.png": b"\x89PNG"}
    server.reply("New logo.\n<<<FILE logo.png>>>\n<svg></svg>\n<<<END FILE>>>\n")
    text, outcome = run(generator_for(server), request_for("Change the logo", files))

    assert not outcome.has_changes
    assert "_Kept `logo.png`" in text


def test_file_over_the_store_limits_fails(server):
    limits = Limits(max_files=10, max_file_bytes=100, max_total_bytes=1_000, max_path_length=64)
    server.reply("Big page.\n<<<FILE index.html>>>\n" + "x" * 500 + "\n<<<END FILE>>>\n")

    assert "cannot be saved" in failure(generator_for(server, limits=limits))


def test_existing_spelling_of_a_path_is_kept(server):
    server.reply("Updated.\n<<<FILE Index.HTML>>>\n<p>new</p>\n<<<END FILE>>>\n")
    _, outcome = run(generator_for(server), request_for("Edit", {"index.html": INDEX}))

    assert outcome.changed == {"index.html": "<p>new</p>\n"}


# Going back: <<<RESTORE n>>> ---


def site_at(version_number: int, prompt: str = "Undo that") -> GenerationRequest:
    return GenerationRequest(
        prompt=prompt, files={"index.html": "<p>now</p>\n"}, version_number=version_number
    )


def test_the_model_is_told_the_version_and_how_to_go_back(server):
    server.reply("Going back to version 2.\n<<<RESTORE 2>>>\n")
    run(generator_for(server), site_at(3))
    received = server.requests[-1].json["messages"]
    assert "<<<RESTORE 3>>>" in received[0]["content"]  # the system prompt's example
    assert "The site is at version 3." in received[-1]["content"]


@pytest.mark.parametrize("size", [1, 4, 100])
def test_a_restore_answer_becomes_a_restore_outcome(server, size):
    server.reply(*pieces("Going back to version 2.\n<<<RESTORE 2>>>\n", size))
    text, outcome = run(generator_for(server), site_at(3))
    assert text.strip() == "Going back to version 2."
    assert (outcome.restore, outcome.description, outcome.changed, outcome.deleted) == (
        2,
        "Restored version 2",
        {},
        [],
    )


def test_restoring_the_newest_version_changes_nothing(server):
    server.reply("It already is.\n<<<RESTORE 3>>>\n")
    _, outcome = run(generator_for(server), site_at(3))
    assert outcome.restore is None and not outcome.has_changes


@pytest.mark.parametrize(
    ("answer", "newest", "expected"),
    [
        ("<<<RESTORE 4>>>", 3, "versions go from 1 to 3"),
        ("<<<RESTORE 0>>>", 3, "versions go from 1 to 3"),
        ("<<<RESTORE 1>>>", 0, "has none yet"),
        ("<<<RESTORE 1>>>\n<<<FILE a.html>>>\nA\n<<<END FILE>>>", 3, "both restored"),
    ],
)
def test_an_impossible_restore_fails_and_changes_nothing(server, answer, newest, expected):
    server.reply(f"Going back.\n{answer}\n")
    assert expected in failure(generator_for(server), site_at(newest))
