"""Fetch and build the front-end files the app serves itself, at install time.

Into static/vendor/, which git ignores; nothing is downloaded when the app runs.

- Single files taken from their npm package (with `npm pack`, which checks
  the package's integrity): htmx.
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
FRONTEND = ROOT / "frontend"

# (package, pinned version, file inside the package, name under static/vendor/)
ASSETS = [
    ("htmx.org", "2.0.11", "dist/htmx.min.js", "htmx.min.js"),
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
    missing = [a for a in ASSETS if not (VENDOR / a[3]).exists()]
    lock = FRONTEND / "package-lock.json"
    stale = [b for b in BUNDLES if _stale(VENDOR / b[1], [FRONTEND / b[0], lock])]
    if not missing and not stale:
        return 0
    if shutil.which("npm") is None:
        print(
            "npm not found: htmx will load from its CDN only, and files are edited in a plain textarea.",
            file=sys.stderr,
        )
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for package, version, member, name in missing:
            fetch(package, version, member, VENDOR / name, Path(tmp))
            print(f"fetched {package}@{version} -> static/vendor/{name}")
    for entry, name in stale:
        build(entry, VENDOR / name)
        print(f"built frontend/{entry} -> static/vendor/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
