"""Comparing two versions in the browser: the diff, the side-by-side view, and the two
versions rendered side by side in sandboxed frames."""

import uuid

import builders
import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.e2e

STYLES = """body { font-family: Georgia, serif; margin: 0; color: #3b2a1a; background: #fdf6ec; }
header { padding: 48px 24px; background: #8a4b2a; color: #fff; }
main { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 16px; padding: 24px; }
.card { background: #fff; border-radius: 12px; padding: 16px; }
"""


def page_html(name: str, tagline: str, extra: str = "") -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{name}</title>
  <link rel="stylesheet" href="styles.css">
</head>
<body>
  <header>
    <h1>{name}</h1>
    <p>{tagline}</p>
  </header>
  <main>
    <section class="card"><h2>Bread</h2><p>Sourdough, rye and spelt, baked before dawn.</p></section>
    <section class="card"><h2>Cakes</h2><p>Carrot cake and lemon drizzle.</p></section>{extra}
  </main>
</body>
</html>
"""


@pytest.fixture
def bakery(as_account) -> uuid.UUID:
    """A site of three versions: the second renames the bakery, adds a page and a card."""
    with as_account() as user:
        site = builders.site(
            user,
            {"index.html": page_html("Sweet Crumbs", "Fresh bread every morning"), "styles.css": STYLES},
            title="Sweet Crumbs",
        )
        extra = '\n    <section class="card"><h2>Coffee</h2><p>Roasted down the road.</p></section>'
        builders.version(
            user,
            site.id,
            {
                "index.html": page_html("Crumbs & Co.", "Warm bread, all day long", extra),
                "styles.css": STYLES.replace("#8a4b2a", "#2a5d8a"),
                "about.html": page_html("About us", "Three bakers, one oven"),
            },
            "Renamed the bakery and added a coffee card",
        )
        return site.id


def test_sees_the_diff_and_both_versions_rendered(page: Page, bakery, screenshot):
    page.goto(f"/sites/{bakery}/compare")
    expect(page.get_by_role("heading", name="Compare versions")).to_be_visible()
    expect(page.get_by_text("3 files changed")).to_be_visible()
    expect(page.locator("tr.diff-removed", has_text="Fresh bread every morning")).to_be_visible()
    expect(page.locator("tr.diff-added", has_text="Warm bread, all day long")).to_be_visible()
    screenshot("compare-code")
    screenshot("compare-code-phone", phone=True)

    page.get_by_role("link", name="Side by side").click()
    expect(page).to_have_url(f"/sites/{bakery}/compare?from=1&to=2&view=split")
    expect(page.locator(".diff-split").first).to_be_visible()
    screenshot("compare-split", scroll_to="#diff-2 .diff-split")
    screenshot("compare-split-phone", phone=True)

    page.get_by_role("link", name="Rendered").click()
    expect(page).to_have_url(f"/sites/{bakery}/compare?from=1&to=2&tab=rendered&view=split")
    frames = page.locator("iframe.compare-frame")
    expect(frames).to_have_count(2)
    for frame in frames.all():
        assert "allow-same-origin" not in (frame.get_attribute("sandbox") or "")
    rendered = page.frame_locator("iframe.compare-frame")
    expect(rendered.first.get_by_role("heading", name="Sweet Crumbs")).to_be_visible()
    expect(rendered.last.get_by_role("heading", name="Crumbs & Co.")).to_be_visible()
    screenshot("compare-rendered")

    page.get_by_role("link", name="Phone").click()
    expect(page.locator(".compare-stage[data-device='phone']")).to_have_count(2)
    screenshot("compare-rendered-phone-width")
    screenshot("compare-rendered-phone", phone=True)

    # Versions picked on the page: the same one twice says so.
    page.get_by_label("From").select_option("2")
    page.get_by_role("button", name="Compare").click()
    expect(page.get_by_text("These are the same version")).to_be_visible()
