"""Whether a site's history costs more to show as it grows: 5,000 versions beside 10.

Through the test client, signed in: GET /sites/<id>/versions (the history page) and
GET /sites/<id>/files/styles.css/history (one file's history, each entry with its
diff), for a site of 5,000 versions beside one of 10. In both, every version
changes styles.css and one page, so one file's history has as many entries as the
site has versions. Pages hold 10 rows here, so both sites show the same number of
rows and diffs and only the history's length differs. The history page counts and
reads a page of versions by index; one file's history reads version_changes by
(site_id, path, version_number) and the page's contents in one query: neither
scans the whole history. Target: 5,000/10 at most 1.5 for each (median).

Times are the app's side (Python and the database together), median and p90.

Run: .venv/bin/python bench/history_bench.py [--sqlite-only] [--postgres-url URL] [--repeat N]
"""

import argparse
import random
import statistics
import time
import uuid

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
from flask import Flask
from sample_site import Words, css_file, html_page

from webapp import filestore
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.services import sites, versions

SEED = 20261126
TARGET = 1.5
WARM_UP = 3
LONG, SHORT = 5_000, 10
PER_PAGE = 10


def edited(base: str, number: int) -> str:
    """The file as version `number` has it: one line differs from the version before, and
    the size stays the same, so only the history's length differs between the sites."""
    colour = number * 2654435761 % 0xFFFFFF
    return base.replace("/* EDIT */", f".edition {{ color: #{colour:06x}; }} /* version {number:05} */", 1)


def history_of(user_id: uuid.UUID, w: Words, count: int) -> uuid.UUID:
    """A site of `count` versions, each changing styles.css and one of its pages, through add_version."""
    css = css_file(w, 2_000) + "\n/* EDIT */\n"
    pages = {
        f"page-{n}.html": html_page(w, f"Page {n}", 2_000) + "\n<!--\n/* EDIT */\n-->\n" for n in range(3)
    }
    files = {"index.html": html_page(w, "Home", 3_000), "styles.css": edited(css, 1)}
    files |= {path: edited(html, 1) for path, html in pages.items()}
    with write_transaction(user_id):
        site = sites.create_site(user_id, filestore.store(user_id, files), title=f"{count} versions")
    for number in range(2, count + 1):
        page = f"page-{number % 3}.html"
        files = {**files, "styles.css": edited(css, number), page: edited(pages[page], number)}
        with write_transaction(user_id):
            versions.add_version(user_id, site.id, filestore.store(user_id, files), f"Change {number}")
    return site.id


def bench(app: Flask, engine: sa.Engine, email: str, ids: dict[int, uuid.UUID], repeat: int) -> dict:
    """Per page and history length: seconds and SQL statements per run."""
    client = app.test_client()
    if client.post("/login", data={"email": email, "password": PASSWORD}).status_code != 302:
        raise RuntimeError("logging in failed")
    urls = {"history": "/sites/{}/versions", "file": "/sites/{}/files/styles.css/history"}
    results = {(m, n): {"seconds": [], "statements": set()} for m in urls for n in ids}
    with StatementCounter(engine) as counter:
        for turn in range(WARM_UP + repeat):
            for measure, url in urls.items():
                for count, site_id in ids.items():
                    before, started = counter.count, time.perf_counter()
                    response = client.get(url.format(site_id))
                    elapsed = time.perf_counter() - started
                    if response.status_code != 200:
                        raise RuntimeError(f"{url.format(site_id)} answered {response.status_code}")
                    if turn >= WARM_UP:
                        results[measure, count]["seconds"].append(elapsed)
                        results[measure, count]["statements"].add(counter.count - before)
    return results


def report(name: str, results: dict) -> list[float]:
    """Print the figures; return each page's long/short ratio of medians."""
    print(f"\n{name}")
    ratios = []
    for measure, label in (("history", "History page"), ("file", "One file's history")):
        long, short = results[measure, LONG], results[measure, SHORT]
        ratio = statistics.median(long["seconds"]) / statistics.median(short["seconds"])
        for count, result in ((LONG, long), (SHORT, short)):
            median, slow = statistics.median(result["seconds"]) * 1000, p90(result["seconds"]) * 1000
            print(
                f"  {label:<19} {count:>5} versions: median {median:6.1f} ms,"
                f" p90 {slow:6.1f} ms, SQL statements {sorted(result['statements'])}"
            )
        print(f"  {label:<19} {LONG}/{SHORT}: {ratio:.2f}x ({verdict(ratio, TARGET)})")
        ratios.append(ratio)
    return ratios


def run_on(url: str, name: str, repeat: int) -> list[float]:
    """Migrate the empty database at `url`, build both sites, measure, print."""
    with migrated_app(url, VERSIONS_PER_PAGE=PER_PAGE) as app:
        with app.app_context():
            user_id, email = make_user()
            w = Words(random.Random(SEED))
            started = time.perf_counter()
            ids = {count: history_of(user_id, w, count) for count in (LONG, SHORT)}
            print(f"\n({name}: built {LONG + SHORT:,} versions in {time.perf_counter() - started:.0f} s)")
            db.session.remove()
            engine = db.engine
        ratios = report(name, bench(app, engine, email, ids, repeat))
        engine.dispose()
    return ratios


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    database_arguments(parser)
    parser.add_argument("--repeat", type=int, default=30, help="timed repetitions of each measure")
    args = parser.parse_args()

    started = time.perf_counter()
    worst = max(
        max(ratios) for ratios in on_each_database(args, lambda url, name: run_on(url, name, args.repeat))
    )
    print(
        f"\nWorst of pages and databases: {LONG}/{SHORT} versions {worst:.2f}x ({verdict(worst, TARGET)})."
        f" {time.perf_counter() - started:.0f} s in all."
    )


if __name__ == "__main__":
    main()
