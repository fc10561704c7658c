"""Fetch and build the front-end files the app serves itself, at install time.

Into static/vendor/ (and tests/e2e/vendor/ for the tests' own tools), which git
ignores; nothing is downloaded when the app runs.

- Single files taken from their npm package (with `npm pack`, which checks
  the package's integrity): htmx for the pages; axe-core, the accessibility
  checker the browser tests run in each page (never served by the app).
- Bundles built from frontend/ (our code, with the packages pinned by
  frontend/package-lock.json, installed by `npm ci`) by esbuild: the code
  editor, CodeMirror.

Without npm the app still works: base.html loads htmx from its CDN first, and
the Edit mode falls back to a plain textarea.
"""

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor"
TEST_VENDOR = ROOT / "tests" / "e2e" / "vendor"
FRONTEND = ROOT / "frontend"

# (package, pinned version, file inside the package, where it goes)
ASSETS = [
    ("htmx.org", "2.0.11", "dist/htmx.min.js", VENDOR / "htmx.min.js"),
    ("axe-core", "4.14.1", "axe.min.js", TEST_VENDOR / "axe.min.js"),
]


def fetch(package: str, version: str, member: str, target: Path, workdir: Path) -> None:
    result = subprocess.run(
        ["npm", "pack", f"{package}@{version}", "--silent", "--pack-destination", str(workdir)],
        capture_output=True,
        text=True,
        check=True,
        cwd=workdir,
    )
    tarball = workdir / result.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        source = archive.extractfile(f"package/{member}")
        if source is None:
            raise SystemExit(f"{package}@{version} has no {member}")
        target.write_bytes(source.read())


# (entry point in frontend/, name under static/vendor/)
BUNDLES = [
    ("editor.js", "editor.js"),
]


def _stale(target: Path, sources: list[Path]) -> bool:
    return not target.exists() or target.stat().st_mtime < max(s.stat().st_mtime for s in sources)


def build(entry: str, target: Path) -> None:
    """Bundle one entry point of frontend/ with its packages, minified."""
    lock = FRONTEND / "package-lock.json"
    installed = FRONTEND / "node_modules" / ".package-lock.json"
    if _stale(installed, [lock]):
        subprocess.run(["npm", "ci", "--silent"], cwd=FRONTEND, check=True)
    esbuild = FRONTEND / "node_modules" / ".bin" / "esbuild"
    subprocess.run(
        [
            str(esbuild),
            entry,
            "--bundle",
            "--minify",
            "--format=iife",
            "--target=es2020",
            "--log-level=warning",
            f"--outfile={target}",
        ],
        cwd=FRONTEND,
        check=True,
    )


def main() -> int:
    VENDOR.mkdir(parents=True, exist_ok=True)
    TEST_VENDOR.mkdir(parents=True, exist_ok=True)
    missing = [a for a in ASSETS if not a[3].exists()]
    lock = FRONTEND / "package-lock.json"
    stale = [b for b in BUNDLES if _stale(VENDOR / b[1], [FRONTEND / b[0], lock])]
    if not missing and not stale:
        return 0
    if shutil.which("npm") is None:
        print(
            "npm not found: htmx will load from its CDN only, files are edited in a plain textarea,"
            " and the browser tests' accessibility checks are skipped.",
            file=sys.stderr,
        )
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for package, version, member, target in missing:
            fetch(package, version, member, target, Path(tmp))
            print(f"fetched {package}@{version} -> {target.relative_to(ROOT)}")
    for entry, name in stale:
        build(entry, VENDOR / name)
        print(f"built frontend/{entry} -> static/vendor/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
