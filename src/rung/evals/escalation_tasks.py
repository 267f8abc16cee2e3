"""The problems `rung eval escalation` asks a local model, and how its answers are graded.

- GSM8K (RouteLLM's copy, `data/routellm/gsm8k`): the rows where gpt-4 is marked correct; the
  reference is the last number of gpt-4's answer. The model is asked to end with "The answer
  is N."; its answer is the number after the last "answer is", else its last number. The
  deterministic verifier for GSM8K checks that format only (it cannot know the number).
- MBPP (sanitized, `data/mbpp`): the prompt shows the first of the task's tests, as MBPP's
  own prompt does; the deterministic verifier runs that visible test in the sandbox, the
  grade runs all of the task's tests. Self-consistency on code compares what each sample
  returns on the visible test's call (execution agreement).
"""

from __future__ import annotations

import ast
import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from rung.verifiers.pycode import bind_entry_point, extract_code, guess_entry_point
from rung.verifiers.sandbox import Sandbox

NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
STATED = re.compile(r"answer is\s*:?\s*\$?\s*(-?\d[\d,]*(?:\.\d+)?)", re.IGNORECASE)
MATH_SYSTEM = (
    "Solve the math problem. Think step by step, then end with a line "
    "'The answer is N.' where N is a number."
)
CONFIDENCE_QUESTION = (
    "How confident are you that your answer is correct? Reply with one number from 1 "
    "(not at all) to 10 (certain)."
)
OUT_MARK = "@@rung-out@@"


@dataclass(frozen=True, slots=True)
class Problem:
    """One question: `kind` gsm8k or mbpp; `reference` the number (gsm8k) or all the tests
    (mbpp); `visible` the test shown in the prompt (mbpp)."""

    kind: str
    id: str
    prompt: str
    reference: str
    visible: str = ""


def gsm8k_problems(root: Path, limit: int) -> list[Problem]:
    """The first `limit` GSM8K rows where gpt-4 is correct, with gpt-4's final number."""
    csv.field_size_limit(sys.maxsize)
    path = root / "gsm8k" / "gsm8k_responses.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    problems = []
    for index, row in enumerate(rows):
        if row.get("gpt-4-1106-preview") != "True":
            continue
        reference = final_number(row["gpt-4-1106-preview_response"])
        if reference is None:
            continue
        problems.append(Problem("gsm8k", f"gsm8k-{index}", row["prompt"], reference))
        if len(problems) == limit:
            break
    return problems


def mbpp_problems(path: Path, limit: int) -> list[Problem]:
    """The first `limit` sanitized MBPP tasks, the first test shown in the prompt."""
    problems = []
    for task in json.loads(path.read_text(encoding="utf-8"))[:limit]:
        imports = "\n".join(task.get("test_imports") or [])
        visible = "\n".join(filter(None, [imports, task["test_list"][0]]))
        tests = "\n".join(filter(None, [imports, *task["test_list"]]))
        problems.append(Problem("mbpp", f"mbpp-{task['task_id']}", task["prompt"], tests, visible))
    return problems


def messages(problem: Problem) -> list[dict[str, str]]:
    """The chat messages that ask `problem`."""
    if problem.kind == "gsm8k":
        return [
            {"role": "system", "content": MATH_SYSTEM},
            {"role": "user", "content": problem.prompt},
        ]
    test = problem.visible.splitlines()[-1]
    content = (
        f"{problem.prompt}\nYour code should pass this test:\n{test}\n"
        "Answer with the Python function in a ```python code block."
    )
    return [{"role": "user", "content": content}]


def final_number(text: str) -> str | None:
    """The answer a math text gives: after its last "answer is", else its last number."""
    stated = STATED.findall(text)
    found = stated[-1] if stated else (NUMBER.findall(text) or [None])[-1]
    if found is None:
        return None
    value = found.replace(",", "").rstrip(".")
    try:
        number = float(value)
    except ValueError:
        return None
    return str(int(number)) if number.is_integer() else str(number)


def states_answer(text: str) -> bool:
    """The GSM8K format check: the answer says "The answer is <number>"."""
    return bool(STATED.search(text))


def probe(problem: Problem) -> str:
    """Test code that prints what the visible test's call returns (for execution agreement)."""
    tree = ast.parse(problem.visible)
    lines = [
        ast.unparse(node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)
    ]
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            call = node.test.left if isinstance(node.test, ast.Compare) else node.test
            lines.append(f"print({OUT_MARK!r}, repr({ast.unparse(call)}))")
            break
    return "\n".join(lines)


async def run_code(sandbox: Sandbox, answer: str, tests: str) -> tuple[bool, str, str]:
    """(passed, reason, what the probe printed) of `answer`'s code under `tests`."""
    code = extract_code(answer)
    if not code.strip():
        return False, "no code", ""
    entry = guess_entry_point(tests)
    target = bind_entry_point(code, entry, tests) if entry else None
    result = await sandbox.run(code, tests, (str(entry), target) if target else None)
    printed = ""
    for line in result.stdout.splitlines():
        if line.startswith(OUT_MARK):
            printed = line.removeprefix(OUT_MARK).strip()
    if not result.passed and not printed:
        printed = f"error: {result.stage}"
    return result.passed, result.reason, printed
