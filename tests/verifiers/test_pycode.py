"""Code extraction and entry-point binding (pure functions, no sandbox)."""

from __future__ import annotations

from rung.verifiers.pycode import (
    bind_entry_point,
    extract_code,
    guess_entry_point,
)

FENCED = """Here is the function:

```python
def helper(x):
    return x.strip()

def remove_occurrence(s, ch):
    return helper(s).replace(ch, "")
```

Example:

```python
print(remove_occurrence("hello", "l"))
```

```javascript
function f() {}
```
"""


def test_fenced_blocks_that_define_are_joined_and_others_dropped() -> None:
    code = extract_code(FENCED)
    assert "def remove_occurrence" in code and "def helper" in code
    assert "print(" not in code and "function f" not in code


def test_code_llama_tags_and_unclosed_fence() -> None:
    assert extract_code("[PYTHON]\ndef f():\n    return 1\n[/PYTHON]\n[TESTS]").strip() == (
        "def f():\n    return 1"
    )
    assert "def g" in extract_code("Sure:\n```python\ndef g():\n    return 2\n")


def test_bare_code_is_cut_to_the_longest_run_that_parses() -> None:
    text = "You can do it like this:\n\ndef f(x):\n    return x + 1\n\nThis adds one."
    assert extract_code(text) == "def f(x):\n    return x + 1\n"
    assert extract_code("no code in this answer at all") == ""


def test_definitions_only_drops_example_usage() -> None:
    text = (
        "```python\nimport math\nN = 3\ndef f(x):\n    return x\nprint(f(N))\n"
        "x = int(input())\nif __name__ == '__main__':\n    f(1)\n```"
    )
    code = extract_code(text, definitions_only=True)
    assert "import math" in code and "N = 3" in code and "def f" in code
    assert "print" not in code and "input" not in code and "__main__" not in code


def test_binding_rules() -> None:
    one = "def remove_occurrence(s, ch):\n    return s"
    assert bind_entry_point(one, "remove_Occ", "assert remove_Occ('a', 'b') == 'a'") == (
        "remove_occurrence"
    )
    assert bind_entry_point("def remove_Occ(s, ch):\n    return s", "remove_Occ") is None
    assert bind_entry_point("remove_Occ = lambda s, ch: s", "remove_Occ") is None
    assert bind_entry_point("x = 1", "remove_Occ") is None
    # several: the one with the tests' arity wins
    two = "def a(x):\n    return x\ndef b(x, y):\n    return x"
    assert bind_entry_point(two, "f", "assert f(1, 2) == 1") == "b"
    assert bind_entry_point(two, "f", "assert f(1) == 1") == "a"
    # several of the same arity: the root of the call graph, not the helper
    helper_last = "def main_one(x):\n    return helper(x)\ndef helper(x):\n    return x"
    assert bind_entry_point(helper_last, "f", "assert f(1) == 1") == "main_one"
    # none with the tests' arity: bound anyway, so the call fails on the arguments
    assert bind_entry_point("def only(x):\n    return x", "f", "assert f(1, 2)") == "only"
    # main, tests and private helpers are never bound
    assert bind_entry_point("def main():\n    pass\ndef _p(x):\n    return x", "f") is None


def test_guess_entry_point_skips_builtins_and_own_names() -> None:
    assert guess_entry_point("assert set(similar_elements((3, 4), (4, 5))) == set((4,))") == (
        "similar_elements"
    )
    assert guess_entry_point("import math\nassert math.isclose(area(2), 4)") == "area"
    assert guess_entry_point("def g():\n    return 1\nassert g() == f(1)") == "f"
