"""How fast the builder saves a turn and shows a long conversation.

1. Save: the one transaction that keeps an AI turn (runs.save_result: the
   assistant's message, a project snapshot, the site's next version, the
   run's success) for a 50-file site of about 500 KB in which the turn
   changed 2 files. Baseline, in the same run on the same database: one
   INSERT of the whole FileMap as a single JSON row (JSONB on PostgreSQL) in
   its own committed transaction, as the original design kept every version.
   Target: ours/baseline at most 1.0.

2. Builder page: GET /builder/c/<id> through the test client, signed in, for a
   conversation of 1,000 messages beside one of 10, both with the same
   50-file site. The page shows the newest 50 messages and the file list,
   never file contents. Target: big/small at most 1.5, and the same number of
   SQL statements on both. A third conversation of exactly 50 messages shows
   the same 50 as the big one: 1,000/50 is what length alone costs.

Both time the app's side (Python and the database together), median and p90.

Run: .venv/bin/python bench/builder_bench.py [--sqlite-only] [--postgres-url URL] [--repeat N]
"""

import argparse
import random
import statistics
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa
from common import (
    PASSWORD,
    StatementCounter,
    database_arguments,
    make_user,
    migrated_app,
    on_each_database,
    p90,
    verdict,
)
from filestore_bench import human, site_bytes
from flask import Flask
from sample_site import (
    EDIT_WEIGHTS,
    Words,
    css_file,
    edit_file,
    html_page,
    js_file,
    json_file,
    robots_file,
    svg_file,
)

from webapp import filestore
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.generation import runs
from webapp.generation.base import GenerationOutcome
from webapp.models import GenerationRun, JSONType, utcnow
from webapp.services import conversations, sites, versions

T = TypeVar("T")

SEED = 20240612
SAVE_TARGET = 1.0
PAGE_TARGET = 1.5
WARM_UP = 3
BIG_CONVERSATION, SMALL_CONVERSATION = 1_000, 10
MESSAGES_ON_PAGE = 50
# A conversation of exactly one page tells what length costs apart from what more messages shown cost.
PAGE_CONVERSATIONS = (BIG_CONVERSATION, MESSAGES_ON_PAGE, SMALL_CONVERSATION)
# An assistant message in this many gets a site version, as a turn that changed files.
VERSION_EVERY = 5

# The 50-file site: where its files go, their names, and each file's size range.
SITE_FILES = (
    ("{}.html", "index about services pricing contact team faq gallery careers press", (10_000, 18_000)),
    ("blog/{}.html", "index oak-and-ash finishing-oils workshop-tour joinery care-guide", (10_000, 18_000)),
    ("css/{}.css", "style components layout typography forms gallery blog print", (8_000, 20_000)),
    ("js/{}.js", "main gallery nav forms cart search analytics lightbox slider lazy", (6_000, 14_000)),
    (
        "data/{}.json",
        "products team services testimonials faq gallery posts places prices events",
        (3_000, 9_000),
    ),
    ("images/{}.svg", "logo pattern icons divider", (2_000, 7_000)),
)  # and robots.txt, site.webmanifest
MAKERS = {"css": css_file, "js": js_file, "json": json_file, "svg": svg_file}

# The baseline's scratch table: the whole FileMap in one JSON column.
baseline_sites = sa.Table(
    "baseline_sites",
    sa.MetaData(),
    sa.Column("id", sa.Uuid, primary_key=True),
    sa.Column("files", JSONType, nullable=False),
)


# --- The data ----------------------------------------------------------------


def build_site(w: Words) -> dict[str, str]:
    """A 50-file site of about 500 KB: pages, styles, scripts, data, images as SVG."""
    files = {}
    for pattern, names, (low, high) in SITE_FILES:
        kind = pattern.rsplit(".", 1)[1]
        for name in names.split():
            size = w.rng.randint(low, high)
            if kind == "html":
                files[pattern.format(name)] = html_page(w, name.replace("-", " ").title(), size)
            else:
                files[pattern.format(name)] = MAKERS[kind](w, size)
    files["robots.txt"] = robots_file(w)
    files["site.webmanifest"] = '{"name": "Northwind Studio", "icons": [], "theme": "#c2410c"}'
    return files


def edit_two(w: Words, files: dict[str, str]) -> dict[str, str]:
    """Two files of the site, each edited as a builder's turn edits them."""
    paths = list(files)
    weights = [EDIT_WEIGHTS[p.rsplit(".", 1)[1]] for p in paths]
    chosen: list[str] = []
    while len(chosen) < 2:
        path = w.rng.choices(paths, weights)[0]
        if path not in chosen:
            chosen.append(path)
    return {path: edit_file(w, path, files[path]) for path in chosen}


def assistant_reply(w: Words, paths: list[str]) -> str:
    """An assistant's answer in markdown, as the builder shows it."""
    changes = "\n".join(f"- `{path}`: {w.sentence()}" for path in paths)
    return f"**Done.** {w.sentence()}\n\n### What changed\n\n{changes}\n\n{w.prose(2)}"


def measure(counter: StatementCounter, result: dict, action: Callable[[], T], turn: int) -> T:
    """Run the action once; note its SQL statements, and its seconds after the warm-up turns."""
    counter.count = 0
    started = time.perf_counter()
    answer = action()
    seconds = time.perf_counter() - started
    result["statements"].add(counter.count)
    if turn >= WARM_UP:
        result["seconds"].append(seconds)
    return answer


# --- 1. Saving a turn --------------------------------------------------------


def start_running(user_id: uuid.UUID, conversation_id: uuid.UUID | None, request: str) -> runs.Claim:
    """The user's message and its run, claimed by a worker (status running), as a queue task does."""
    run, _ = runs.start_generation(user_id, conversation_id, request, runs.new_client_key())
    return runs.claim_next_run(run.conversation_id, user_id)


def insert_baseline(engine: sa.Engine, files: dict[str, str]) -> None:
    """The original design's save: the whole FileMap as one JSON row, committed."""
    with engine.begin() as connection:
        connection.execute(baseline_sites.insert(), {"id": uuid.uuid4(), "files": files})


def bench_save(user_id: uuid.UUID, w: Words, repeat: int) -> tuple[dict, dict, dict[str, str]]:
    """Seconds and SQL statements per save, ours and the baseline's, turn by turn
    (the two take turns); and the site's files at the end."""
    engine = db.engine
    baseline_sites.create(engine)
    files = build_site(w)
    # Turn 1 creates the conversation and the site (its version 1).
    first = start_running(user_id, None, "Build me a site for my furniture studio.")
    conversation_id = first.conversation_id
    runs.save_result(first, "Here is your site.", GenerationOutcome(changed=files))
    ours, baseline = ({"seconds": [], "statements": set()} for _ in range(2))
    with StatementCounter(engine) as counter:
        for turn in range(WARM_UP + repeat):
            changed = edit_two(w, files)
            claim = start_running(user_id, conversation_id, f"Please change {' and '.join(changed)}.")
            text = assistant_reply(w, list(changed))
            outcome = GenerationOutcome(changed, [], "Edited two files")
            files = outcome.apply(files)
            db.session.remove()  # a worker's save starts with a fresh session
            measure(counter, ours, lambda: runs.save_result(claim, text, outcome), turn)  # noqa: B023
            db.session.remove()
            measure(counter, baseline, lambda: insert_baseline(engine, files), turn)  # noqa: B023
            if db.session.get(GenerationRun, claim.run_id).status != "succeeded":
                raise RuntimeError("the run was not saved")
    site = sites.get_site_for_conversation(user_id, conversation_id)
    if site.last_version_number != 1 + WARM_UP + repeat or sites.get_site_files(user_id, site.id) != files:
        raise RuntimeError("the site does not read back as it was saved")
    return ours, baseline, files


# --- 2. The builder page -----------------------------------------------------


def add_conversation(user_id: uuid.UUID, w: Words, files: dict[str, str], count: int) -> uuid.UUID:
    """A conversation of `count` messages, user and assistant in turn, each user
    message with its finished run, and a site whose versions some replies made."""
    conversation_id = conversations.create_conversation(user_id, f"Furniture studio, {count} messages").id
    with write_transaction(user_id):
        replies = []
        for _ in range(count // 2):
            paths = w.rng.sample(sorted(files), 2)
            asked = f"Please change {paths[0]}: {w.sentence()}"
            answer = assistant_reply(w, w.rng.sample(sorted(files), 2))
            asked_id = conversations.add_message(user_id, conversation_id, "user", asked)
            answer_id = conversations.add_message(user_id, conversation_id, "assistant", answer)
            # A finished run: no service makes one without a worker, and the page only reads it.
            db.session.add(
                GenerationRun(
                    conversation_id=conversation_id,
                    user_id=user_id,
                    user_message_id=asked_id,
                    assistant_message_id=answer_id,
                    client_key=uuid.uuid4().hex,
                    generator="offline",
                    status="succeeded",
                    output=answer,
                    finished_at=utcnow(),
                )
            )
            replies.append(answer_id)
        manifest = filestore.store(user_id, files)
        site = sites.create_site(user_id, manifest, conversation_id=conversation_id, message_id=replies[0])
        for reply in replies[VERSION_EVERY::VERSION_EVERY]:
            changed = edit_two(w, files)
            files = {**files, **changed}
            manifest = filestore.apply_changes(user_id, manifest, changed)
            versions.add_version(user_id, site.id, manifest, "Edited two files", message_id=reply)
    return conversation_id


def bench_page(app: Flask, engine: sa.Engine, email: str, pages: dict[int, uuid.UUID], repeat: int) -> dict:
    """Per conversation (by its number of messages): seconds and SQL statements per
    page load, the pages loaded in turn; and what the last page showed."""
    client = app.test_client()
    response = client.post("/login", data={"email": email, "password": PASSWORD})
    if response.status_code != 302:
        raise RuntimeError(f"logging in answered {response.status_code}")
    results = {count: {"seconds": [], "statements": set()} for count in pages}
    with StatementCounter(engine) as counter:
        for turn in range(WARM_UP + repeat):
            for count, conversation_id in pages.items():
                url = f"/builder/c/{conversation_id}"
                response = measure(counter, results[count], lambda: client.get(url), turn)  # noqa: B023
                if response.status_code != 200:
                    raise RuntimeError(f"the builder page answered {response.status_code}")
                results[count]["html"] = response.get_data(as_text=True)
    for result in results.values():
        html = result.pop("html")
        result["articles"] = html.count('<article class="message ')
        result["load_older"] = "Load older messages" in html
    return results


# --- Reporting ---------------------------------------------------------------


def row(label: str, result: dict) -> str:
    """A measure's line: median, p90 and the SQL statements per run (each count seen)."""
    seconds = result["seconds"]
    statements = "/".join(str(n) for n in sorted(result["statements"]))
    return (
        f"     {label:<34}{statistics.median(seconds) * 1000:>8.1f} ms"
        f"{p90(seconds) * 1000:>8.1f} ms{statements:>6}"
    )


def report_save(ours: dict, baseline: dict, files: dict[str, str]) -> float:
    """Print the save's figures; return ours/baseline (medians)."""
    ratio = statistics.median(ours["seconds"]) / statistics.median(baseline["seconds"])
    size = human(site_bytes(files))
    print(f"  1. Saving a turn: 2 of {len(files)} files changed, a {size} site, {len(ours['seconds'])} turns")
    print(f"     {'':<34}{'median':>11}{'p90':>11}{'SQL':>6}")
    print(row("ours: runs.save_result", ours))
    print(row("baseline: INSERT one JSON row", baseline))
    print(f"     ours/baseline {ratio:.2f}x: {verdict(ratio, SAVE_TARGET)}")
    return ratio


def report_page(results: dict) -> float:
    """Print the page's figures; return big/small (medians)."""
    median = {count: statistics.median(result["seconds"]) for count, result in results.items()}
    big, small = results[BIG_CONVERSATION], results[SMALL_CONVERSATION]
    ratio = median[BIG_CONVERSATION] / median[SMALL_CONVERSATION]
    print(f"  2. Builder page: GET /builder/c/<id>, {len(big['seconds'])} loads each")
    print(f"     {'':<34}{'median':>11}{'p90':>11}{'SQL':>6}")
    for count, result in results.items():
        print(row(f"{count:,} messages ({result['articles']} shown)", result))
    print(f"     big/small {ratio:.2f}x: {verdict(ratio, PAGE_TARGET)}")
    # Same page, longer conversation: what length alone costs.
    length = median[BIG_CONVERSATION] / median[MESSAGES_ON_PAGE]
    print(
        f"     {BIG_CONVERSATION:,}/{MESSAGES_ON_PAGE} messages (both show {MESSAGES_ON_PAGE}): {length:.2f}x"
    )
    link = "a 'Load older' link" if big["load_older"] else "NO 'Load older' link"
    expected = big["articles"] == MESSAGES_ON_PAGE and big["load_older"]
    print(
        f"     big page: {big['articles']} message articles, {link}: {'as expected' if expected else 'WRONG'}"
    )
    same = "equal" if big["statements"] == small["statements"] else "DIFFERENT"
    print(f"     SQL statements per load, big and small: {same}")
    return ratio


# --- One run per database ----------------------------------------------------


def run_on(url: str, name: str, repeat: int) -> tuple[float, float]:
    """Migrate the empty database at `url`, run both measures, print them."""
    # Runs are claimed here, by hand: their queue tasks go to a file nothing reads.
    with migrated_app(url) as app:
        with app.app_context():
            user_id, email = make_user()
            w = Words(random.Random(SEED))
            ours, baseline, files = bench_save(user_id, w, repeat)
            conversations = {
                count: add_conversation(user_id, w, files, count) for count in PAGE_CONVERSATIONS
            }
            db.session.remove()
            engine = db.engine
        # Outside any app context: each request pushes its own, with its own
        # session, as in a server (inside one, the test client would share it).
        page = bench_page(app, engine, email, conversations, repeat)
        print(f"\n{name}")
        ratios = report_save(ours, baseline, files), report_page(page)
        engine.dispose()
    return ratios


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    database_arguments(parser)
    parser.add_argument("--repeat", type=int, default=30, help="timed repetitions of each measure")
    args = parser.parse_args()

    started = time.perf_counter()
    results = on_each_database(args, lambda url, name: run_on(url, name, args.repeat))
    save, page = max(r[0] for r in results), max(r[1] for r in results)
    print(
        f"\nWorst of the databases: save {save:.2f}x ({verdict(save, SAVE_TARGET)}), "
        f"page {page:.2f}x ({verdict(page, PAGE_TARGET)}). {time.perf_counter() - started:.0f} s in all."
    )


if __name__ == "__main__":
    main()
