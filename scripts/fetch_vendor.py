"""Fetch the front-end files the app serves itself, at install time.

Each is taken from its npm package (with `npm pack`, which checks the
package's integrity) into static/vendor/, which git ignores. Nothing is
downloaded when the app runs. Without npm, the app still works online:
base.html loads htmx from its CDN first.
"""

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor"

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


def main() -> int:
    VENDOR.mkdir(parents=True, exist_ok=True)
    missing = [a for a in ASSETS if not (VENDOR / a[3]).exists()]
    if not missing:
        return 0
    if shutil.which("npm") is None:
        print("npm not found: front-end files will load from their CDN only.", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for package, version, member, name in missing:
            fetch(package, version, member, VENDOR / name, Path(tmp))
            print(f"fetched {package}@{version} -> static/vendor/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
