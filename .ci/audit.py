"""Known vulnerabilities in the pinned dependencies (constraints.txt), with pip-audit: `make audit`.

pip-audit alone reports "No known vulnerabilities found" when it could not reach its vulnerability
database at all (every package "not found"), so this says which packages were really audited.
Exit status: 1 when a vulnerability is found; 0 otherwise, also when the database is unreachable
(then it prints "vulnerability database unreachable: not audited"), so that an offline machine's CI
is not failed for that alone. Extra arguments go to pip-audit, e.g. `--vulnerability-service osv`
or `--ignore-vuln ID` for one that has been assessed.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

UNREACHABLE = "vulnerability database unreachable: not audited"
NETWORK_ERRORS = (
    "ConnectionError",
    "Max retries exceeded",
    "timed out",
    "Name or service not known",
)


def main(arguments):
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.json"
        command = [
            Path(sys.executable).with_name("pip-audit"),
            *("--requirement", "constraints.txt", "--no-deps", "--disable-pip"),
            *("--progress-spinner", "off", "--format", "json", "--output", report),
            *arguments,
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
        if not report.exists():
            if any(error in result.stderr for error in NETWORK_ERRORS):
                print(f"{UNREACHABLE} ({result.stderr.strip().splitlines()[-1]})")
                return 0
            print(result.stderr, file=sys.stderr)
            return result.returncode or 2
        packages = json.loads(report.read_text())["dependencies"]

    skipped = [package for package in packages if "skip_reason" in package]
    audited = [package for package in packages if "skip_reason" not in package]
    if not audited:
        print(
            f"{UNREACHABLE} (none of the {len(packages)} packages found: {skipped[0]['skip_reason']})"
        )
        return 0
    for package in skipped:
        print(f"not audited: {package['skip_reason']}")
    vulnerable = [package for package in audited if package["vulns"]]
    for package in vulnerable:
        for vulnerability in package["vulns"]:
            fixed = ", ".join(vulnerability["fix_versions"]) or "no fixed version yet"
            print(
                f"VULNERABLE: {package['name']} {package['version']}: {vulnerability['id']} (fixed in {fixed})"
            )
    print(
        f"{len(audited)} of {len(packages)} packages audited: "
        f"{len(vulnerable)} with known vulnerabilities"
    )
    return 1 if vulnerable else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
