"""The answer format's parser (generation/file_format.py): the same events however the stream
is split, files, deletes, a summary and going back to a version."""

import pytest

from webapp.generation.file_format import (
    AnswerParser,
    ChatText,
    FileDeleted,
    FileFormatError,
    FileStarted,
    FileWritten,
    Restore,
    Summary,
)


def parse(chunks: list[str]) -> list:
    """Parser events with adjacent chat text joined, so any split gives the same list."""
    parser = AnswerParser()
    events = [event for chunk in chunks for event in parser.feed(chunk)] + parser.finish()
    joined: list = []
    for event in events:
        if isinstance(event, ChatText) and joined and isinstance(joined[-1], ChatText):
            joined[-1] = ChatText(joined[-1].text + event.text)
        else:
            joined.append(event)
    return joined


def test_parser_gives_the_same_events_for_every_split():
    answer = (
        "Hi <<< there.\n```html\n<<<FILE ./a.html>>>\n<p>a <<< b</p>\n<<<END FILE>>>\n```\n"
        "<<<file b.css>>>\nb{}\n<<<END>>>\n<<<DELETE c.js>>>\n<<<SUMMARY Did   things>>>\n"
    )
    expected = [
        ChatText("Hi <<< there.\n"),
        FileStarted("a.html"),
        FileWritten("a.html", "<p>a <<< b</p>\n"),
        ChatText("\n"),
        FileStarted("b.css"),
        FileWritten("b.css", "b{}\n"),
        ChatText("\n"),
        FileDeleted("c.js"),
        ChatText("\n"),
        Summary("Did things"),
        ChatText("\n"),
    ]
    assert parse([answer]) == expected
    for i in range(len(answer) + 1):
        for j in range(i, len(answer) + 1, 5):
            assert parse([answer[:i], answer[i:j], answer[j:]]) == expected, (i, j)


def test_parser_closes_a_file_whose_end_marker_was_forgotten():
    events = parse(["<<<FILE a.html>>>\nA\n<<<FILE b.html>>>\nB\n<<<END FILE>>>"])

    assert [e for e in events if isinstance(e, FileWritten)] == [
        FileWritten("a.html", "A\n"),
        FileWritten("b.html", "B\n"),
    ]


def test_parser_refuses_a_file_marker_without_a_path():
    with pytest.raises(FileFormatError):
        parse(["<<<FILE >>>\nA\n<<<END FILE>>>"])


@pytest.mark.parametrize(
    "marker", ["<<<RESTORE 2>>>", "<<<restore version 2>>>", "<<<RESTORE #2>>>", "<<<RESTORE: v2"]
)
def test_parser_reads_a_restore_marker(marker):
    assert parse([f"Going back.\n{marker}\n"]) == [ChatText("Going back.\n"), Restore(2), ChatText("\n")]


@pytest.mark.parametrize("marker", ["<<<RESTORE>>>", "<<<RESTORE the old one>>>"])
def test_parser_refuses_a_restore_marker_without_a_version(marker):
    with pytest.raises(FileFormatError):
        parse([f"Going back.\n{marker}\n"])
