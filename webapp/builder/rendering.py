"""Turning chat text and site files into safe HTML for the builder page."""

from functools import cache, lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import TextLexer, get_lexer_for_filename
from pygments.util import ClassNotFound

from . import code_colours

# Raw HTML in chat text is shown as text, never run; the rendered HTML is
# sanitised again all the same.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
_ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "a", "blockquote",
    "h1", "h2", "h3", "h4", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
_formatter = HtmlFormatter(cssclass="highlight", linenos="table", wrapcode=True)

# Files bigger than this are shown as plain text: highlighting is slow on them.
HIGHLIGHT_MAX_CHARS = 200_000


# A message never changes once saved: each is rendered once per process, not on
# every page load.
@lru_cache(maxsize=4096)
def render_markdown(text: str) -> Markup:
    """Markdown to HTML, then sanitised: safe to put in a page."""
    html = _markdown.render(text or "")
    clean = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return Markup(clean)


def _lexer_for(path: str, content: str):
    if len(content) > HIGHLIGHT_MAX_CHARS:
        return TextLexer(stripnl=False)
    try:
        return get_lexer_for_filename(path, stripnl=False)
    except ClassNotFound:
        return TextLexer(stripnl=False)


def highlight_file(path: str, content: str) -> Markup:
    """A text file as highlighted HTML with line numbers."""
    return Markup(highlight(content, _lexer_for(path, content), _formatter))


# Pygments ends every line's spans at its end, so its output splits into lines that
# stand alone: a diff shows single lines, highlighted with the whole file's context.
_line_formatter = HtmlFormatter(nowrap=True)


def highlight_lines(path: str, lines: list[str]) -> list[Markup]:
    """A text file's lines (without their line breaks), each as highlighted HTML."""
    text = "\n".join(lines) + "\n"
    html = highlight(text, _lexer_for(path, text), _line_formatter).split("\n")
    if html and html[-1] == "":
        html.pop()
    if len(html) != len(lines):
        # Never a wrong line beside a number: plain text rather than a guess.
        return [Markup.escape(line) for line in lines]
    return [Markup(line) for line in html]


@cache
def highlight_css() -> str:
    """The stylesheet for highlighted files, in the light and the dark theme."""
    return code_colours.stylesheet()
