"""How fast a site downloads as a ZIP, and how fast a long history imports.

1. Export: the current files of a 50-file site of about 500 KB (builder_bench's
   sample, from `sample_site.py`'s generators) through `archives.download`,
   which reads contents from the store in batches and streams the ZIP, against
   Python's `zipfile` writing the same files from memory into a buffer with the
   same compression, in the same run. Target: ours/baseline at most 2.
2. Import: a ZIP with the history of that site after 100 versions (each
   editing two files) through `imports.start_import` and `run_import`, as the
   queue's task runs it: the time, and the rows it wrote per table.

Run: .venv/bin/python bench/zip_bench.py [--sqlite-only] [--postgres-url URL] [--repeat N]
"""

import argparse
import io
import random
import statistics
import time
import uuid
import zipfile

import sqlalchemy as sa
from builder_bench import build_site, edit_two
from common import database_arguments, make_user, migrated_app, on_each_database, verdict
from filestore_bench import human
from sample_site import SEED, Words

from webapp import filestore
from webapp.database import write_transaction
from webapp.extensions import db
from webapp.models import OWNED_TABLES
from webapp.services import archives, imports, sites, versions

EXPORT_TARGET = 2.0
HISTORY_VERSIONS = 100


def timed(action, repeat: int) -> tuple[float, object]:
    """The median seconds of `repeat` runs of `action` (after one warm-up), and its last result."""
    result = action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def baseline_zip(files: dict) -> bytes:
    """The same files written by zipfile from memory, deflated at the same level."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(files):
            data = files[path]
            archive.writestr(path, data.encode() if isinstance(data, str) else data)
    return buffer.getvalue()


def row_counts(user_id: uuid.UUID) -> dict[str, int]:
    with write_transaction(user_id):
        return {
            table: db.session.scalar(
                sa.text(f"SELECT count(*) FROM {table} WHERE {column} = :u").bindparams(
                    sa.bindparam("u", user_id, type_=sa.Uuid)
                )
            )
            for table, column in OWNED_TABLES.items()
        }


def run_on(url: str, name: str, repeat: int) -> float:
    """Migrate the empty database at `url`, run both measures, print them; the export ratio."""
    with migrated_app(url) as app, app.app_context():
        user_id, _email = make_user()
        w = Words(random.Random(SEED))
        files = build_site(w)
        with write_transaction(user_id):
            site = sites.create_site(user_id, filestore.store(user_id, files), title="Northwind Studio")
        site_id = site.id

        ours, data = timed(lambda: b"".join(archives.download(user_id, site_id).chunks), repeat)
        theirs, _ = timed(lambda: baseline_zip(files), repeat)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert {n: archive.read(n) for n in archive.namelist()} == {
                p: c.encode() if isinstance(c, str) else c for p, c in files.items()
            }
        ratio = ours / theirs
        print(f"\n{name}")
        print(f"  export, {len(files)} files, {human(sum(len(str(c)) for c in files.values()))}:")
        print(f"    ours (store → streamed ZIP)   {ours * 1000:8.1f} ms  ({human(len(data))} ZIP)")
        print(f"    zipfile from memory           {theirs * 1000:8.1f} ms")
        print(f"    ours / baseline               {ratio:8.2f}x  (target ≤ {EXPORT_TARGET:.0f}x)")

        current = dict(files)
        for n in range(2, HISTORY_VERSIONS + 1):
            current.update(edit_two(w, current))
            with write_transaction(user_id):
                manifest = filestore.store(user_id, current)
                versions.add_version(user_id, site_id, manifest, f"Turn {n}")
        history = b"".join(archives.download(user_id, site_id, history=True).chunks)
        times, written = [], {}
        for _ in range(max(1, repeat // 10)):
            # Each time into a new account, which holds none of the contents yet.
            importer, _email = make_user()
            before = row_counts(importer)
            started = time.perf_counter()
            started_import = imports.start_import(importer, "history.zip", history, hand_to_queue=False)
            imports.run_import(started_import.id, importer)
            times.append(time.perf_counter() - started)
            assert imports.get_import(importer, started_import.id).status == "succeeded"
            after = row_counts(importer)
            written = {t: after[t] - before[t] for t in after if after[t] != before[t]}
        print(f"  import of a {HISTORY_VERSIONS}-version history ZIP ({human(len(history))}):")
        print(f"    time (median of {len(times)})            {statistics.median(times) * 1000:8.1f} ms")
        print("    rows written: " + ", ".join(f"{t} {n}" for t, n in sorted(written.items())))
        db.session.remove()
        db.engine.dispose()
    return ratio


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    database_arguments(parser)
    parser.add_argument("--repeat", type=int, default=20, help="timed repetitions of the export")
    args = parser.parse_args()
    worst = max(on_each_database(args, lambda url, name: run_on(url, name, args.repeat)))
    print(f"\nWorst export ratio: {worst:.2f}x ({verdict(worst, EXPORT_TARGET)}).")


if __name__ == "__main__":
    main()
