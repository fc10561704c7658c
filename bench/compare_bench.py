"""How fast two versions of a site are compared, and whether the site's size matters.

GET /sites/<id>/compare?from=1&to=2 through the test client, signed in, for a
500-file site (about 1.5 MB) in which the second version changed 3 files,
beside a 5-file site in which it changed 3 files too. Only the differing
contents are read and diffed, so the big site should cost about what the small
one does. Target: big/small at most 1.5 (median), and the same number of SQL
statements on both. The compare service alone (no rendering) is timed as well,
and the Rendered tab, which reads no content at all.

Times are the app's side (Python and the database together), median and p90.

Run: .venv/bin/python bench/compare_bench.py [--sqlite-only] [--postgres-url URL] [--repeat N]
"""

import argparse
import random
import statistics
import time
import uuid
from collections.abc import Callable

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
from sample_site import Words, css_file, edit_file, html_page, js_file

from webapp import filestore
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.services import sites, versions
from webapp.services.compare import compare_versions

SEED = 20240613
TARGET = 1.5
WARM_UP = 3
BIG, SMALL = 500, 5
CHANGED = 3


def site_files(w: Words, count: int) -> dict[str, str]:
    """`count` files: pages, stylesheets and scripts of 1-5 KB, as a generated site has."""
    files: dict[str, str] = {"index.html": html_page(w, "Home", 4_000)}
    for n in range(1, count):
        kind = n % 3
        if kind == 0:
            files[f"pages/page-{n:03}.html"] = html_page(w, f"Page {n}", w.rng.randint(1_000, 5_000))
        elif kind == 1:
            files[f"css/part-{n:03}.css"] = css_file(w, w.rng.randint(1_000, 5_000))
        else:
            files[f"js/part-{n:03}.js"] = js_file(w, w.rng.randint(1_000, 5_000))
    return files


def two_versions(user_id: uuid.UUID, files: dict[str, str], edited: dict[str, str]) -> uuid.UUID:
    """A site of these files whose version 2 has the edited ones."""
    with write_transaction(user_id):
        site = sites.create_site(user_id, filestore.store(user_id, files), title=f"{len(files)} files")
    with write_transaction(user_id):
        manifest = filestore.store(user_id, {**files, **edited})
        versions.add_version(user_id, site.id, manifest, "Three files edited")
    return site.id


def both_sites(user_id: uuid.UUID, w: Words) -> dict[int, uuid.UUID]:
    """The big site and the small one, made of the big one's first files; the same
    edits to the same files in both, so that only the number of files differs."""
    files = site_files(w, BIG)
    small = dict(list(files.items())[:SMALL])
    edited = {path: edit_file(w, path, small[path]) for path in list(small)[:CHANGED]}
    return {BIG: two_versions(user_id, files, edited), SMALL: two_versions(user_id, small, edited)}


def timed(action: Callable[[], object], counter: StatementCounter, result: dict, turn: int) -> object:
    before = counter.count
    started = time.perf_counter()
    value = action()
    elapsed = time.perf_counter() - started
    if turn >= WARM_UP:
        result["seconds"].append(elapsed)
        result["statements"].add(counter.count - before)
    return value


def bench(app: Flask, engine: sa.Engine, user_id: uuid.UUID, email: str, ids: dict, repeat: int) -> dict:
    """Per measure and site size: seconds and SQL statements per run."""
    client = app.test_client()
    if client.post("/login", data={"email": email, "password": PASSWORD}).status_code != 302:
        raise RuntimeError("logging in failed")
    measures = ("page", "service", "rendered")
    results = {(m, n): {"seconds": [], "statements": set()} for m in measures for n in ids}

    def page(url: str) -> None:
        response = client.get(url)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")

    def service(site_id: uuid.UUID) -> None:
        with app.app_context():
            comparison = compare_versions(user_id, site_id, 1, 2)
            assert len(comparison.changed) == CHANGED, comparison.changed
            db.session.remove()

    with StatementCounter(engine) as counter:
        for turn in range(WARM_UP + repeat):
            for count, site_id in ids.items():
                url = f"/sites/{site_id}/compare?from=1&to=2"
                timed(lambda: page(url), counter, results["page", count], turn)  # noqa: B023
                timed(lambda: service(site_id), counter, results["service", count], turn)  # noqa: B023
                timed(lambda: page(url + "&tab=rendered"), counter, results["rendered", count], turn)  # noqa: B023
    return results


def report(name: str, results: dict) -> float:
    """Print the figures; return the page's big/small ratio of medians."""
    print(f"\n{name}")
    worst = 0.0
    labels = (("page", "Compare page"), ("service", "Service alone"), ("rendered", "Rendered tab"))
    for measure, label in labels:
        big, small = results[measure, BIG], results[measure, SMALL]
        ratio = statistics.median(big["seconds"]) / statistics.median(small["seconds"])
        for count, result in ((BIG, big), (SMALL, small)):
            median, slow = statistics.median(result["seconds"]) * 1000, p90(result["seconds"]) * 1000
            print(
                f"  {label:<14} {count:>3} files: median {median:6.1f} ms,"
                f" p90 {slow:6.1f} ms, SQL statements {sorted(result['statements'])}"
            )
        print(f"  {label:<14} {BIG}/{SMALL}: {ratio:.2f}x")
        if measure == "page":
            worst = ratio
            if big["statements"] != small["statements"]:
                print("  (the statement counts differ between the sites)")
    return worst


def run_on(url: str, name: str, repeat: int) -> float:
    """Migrate the empty database at `url`, build both sites, measure, print."""
    with migrated_app(url) as app:
        with app.app_context():
            user_id, email = make_user()
            w = Words(random.Random(SEED))
            ids = both_sites(user_id, w)
            db.session.remove()
            engine = db.engine
        results = bench(app, engine, user_id, email, ids, repeat)
        ratio = report(name, results)
        engine.dispose()
    return ratio


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    database_arguments(parser)
    parser.add_argument("--repeat", type=int, default=30, help="timed repetitions of each measure")
    args = parser.parse_args()

    started = time.perf_counter()
    worst = max(on_each_database(args, lambda url, name: run_on(url, name, args.repeat)))
    print(
        f"\nWorst of the databases: compare page {BIG}/{SMALL} files {worst:.2f}x ({verdict(worst, TARGET)})."
        f" {time.perf_counter() - started:.0f} s in all."
    )


if __name__ == "__main__":
    main()
