"""The monthly check of the sources (.github/workflows/verify-sources.yml): actionlint
passes, it runs on the 1st of each month and on demand, asks only for reading the code
and writing issues, pins its actions, and keeps the report and tells the practice."""

import re

import yaml

from tests.helpers import ROOT
from tests.workflow.test_workflow import lint

WORKFLOW = ROOT / ".github/workflows/verify-sources.yml"


def test_the_monthly_workflow_passes_actionlint():
    result = lint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_runs_monthly_with_the_least_permissions_and_pinned_actions():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML 1.1 reads "on" as True
    assert triggers["schedule"] == [{"cron": "0 6 1 * *"}] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "issues": "write"}
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text())
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@v\d+\.\d+\.\d+", u) for u in uses)
    steps = workflow["jobs"]["verify"]["steps"]
    runs = [step.get("run", step.get("uses", "")) for step in steps]
    check = next(i for i, s in enumerate(runs) if "make verify-sources" in s)
    assert steps[check]["continue-on-error"] is True  # the report is kept either way
    upload = next(i for i, s in enumerate(runs) if s.startswith("actions/upload-artifact@"))
    tell = next(i for i, s in enumerate(runs) if "gh issue create" in s)
    assert check < upload < tell
