"""Supply chain: pip-audit over the installed packages (constraints.txt pins them).

Fails on any known vulnerability. pip-audit asks PyPI's JSON API per release; where that
service cannot be reached (a registry mirror without it), nothing can be audited: this says
so loudly and fails only with KPO_REQUIRE_AUDIT=1, because a silent pass would be a lie."""

import json
import os
import subprocess
import sys
from pathlib import Path

VENV_BIN = Path(sys.executable).parent


def main() -> int:
    result = subprocess.run(  # noqa: S603
        [str(VENV_BIN / "pip-audit"), "--skip-editable", "--progress-spinner", "off", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        print(result.stdout, result.stderr, sep="\n")
        return 1
    dependencies = report["dependencies"]
    audited = [d for d in dependencies if "skip_reason" not in d]
    vulnerable = [d for d in audited if d.get("vulns")]
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fix yet"
            print(f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} (fixed in {fixed})")
    print(f"pip-audit: {len(audited)} of {len(dependencies)} packages audited, {len(vulnerable)} vulnerable.")
    if vulnerable:
        return 1
    if not audited:
        print("WARNING: the vulnerability service was not reachable; NO package was audited.")
        return 1 if os.environ.get("KPO_REQUIRE_AUDIT") == "1" else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
