"""Finding the Python code in an answer, and binding the name the tests call to it.

Extraction (`extract_code`): fenced blocks (```python, ```py or a bare ```, and code-llama's
[PYTHON]...[/PYTHON]; an unclosed last fence counts) that parse are kept; of those, the ones
that define a function or class are joined in order (when none does, the last block that parses
is used). With no fence, the whole answer when it parses, else the lines from the first `def`,
`class`, `import`, `from` or `@`, cut before the line where parsing stops until what is left
parses (at most MAX_CUTS tries). Every step is linear in the answer's size (fences are found
in one pass of `str.find`, with no backtracking regex), and the python verifier does not search
answers over MAX_ANSWER characters.

With `definitions_only`, top-level statements that only exercise the code (expression
statements such as `print(...)`, asserts, loops, `if` blocks such as `if __name__ == ...`,
`with` blocks, and assignments that call `input()`) are dropped, so example usage cannot fail
the import; imports, definitions, assignments and `try` blocks stay.

Entry-point binding (`bind_entry_point`): when the tests call `name` and the code defines no
top-level `name`, the candidates are the code's top-level functions (not `main`, not `test*`,
not `_private`) that accept as many positional arguments as the tests pass (all of them
when none does, so that the tests fail on the call, not on the name). One candidate is bound;
with several, those no other top-level function calls (the roots of the call graph) are kept,
and of them the last one defined is bound. With none, nothing is bound and the tests fail with
a NameError.
"""

from __future__ import annotations

import ast
import builtins
import re
import warnings

LANGUAGE = re.compile(r"[ \t]*([\w+-]*)")
PYTHON_LANGS = {"", "python", "py", "python3", "ipython", "pycon"}
CODE_START = re.compile(r"^(def |class |import |from |@|async def )")
MAX_ANSWER = 256 * 1024  # characters: longer answers are not searched for code
MAX_CUTS = 32  # parse attempts when looking for the longest prefix that parses
DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
KEPT = (*DEFINITIONS, ast.Import, ast.ImportFrom, ast.Assign, ast.AnnAssign, ast.Try)


def parses(source: str) -> ast.Module | None:
    """The syntax tree of `source`, or None (quietly: no warnings for odd escapes)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):  # too deeply nested
        return None


def delimited(text: str, opening: str, closing: str) -> list[tuple[str, str]]:
    """(header, body) of each `opening`...`closing` block, in one pass: the header is the rest
    of the opening line (empty when `opening` needs none), an unclosed last block runs to the
    end. Every search starts where the last one ended, so the time is linear in `text`."""
    blocks, position = [], 0
    while (start := text.find(opening, position)) >= 0:
        body_start = start + len(opening)
        header = ""
        if opening == "```":
            newline = text.find("\n", body_start)
            if newline < 0:
                break
            header, body_start = text[start + 3 : newline], newline + 1
        end = text.find(closing, body_start)
        end = len(text) if end < 0 else end
        blocks.append((header, text[body_start:end]))
        position = end + len(closing)
    return blocks


def fenced_blocks(text: str) -> list[str]:
    """The Python code blocks of an answer, in order."""
    blocks = [body for _, body in delimited(text, "[PYTHON]", "[/PYTHON]")]
    for header, body in delimited(text, "```", "```"):
        language = LANGUAGE.match(header)
        if language is not None and language.group(1).lower() in PYTHON_LANGS:
            blocks.append(body)
    return [strip_prompts(block) for block in blocks if block.strip()]


def strip_prompts(block: str) -> str:
    """Drop REPL prompts (`>>> `) from a console-style block, keeping its code lines."""
    lines = block.replace("\r\n", "\n").split("\n")
    if not any(line.startswith(">>>") for line in lines):
        return "\n".join(lines)
    code = [line[4:] for line in lines if line.startswith((">>> ", "... "))]
    return "\n".join(code)


def defines(tree: ast.Module) -> bool:
    return any(isinstance(node, DEFINITIONS) for node in tree.body)


def bare_code(text: str) -> str:
    """The longest run of lines that parses, from the first line that looks like code."""
    text = text.replace("\r\n", "\n")
    if parses(text) is not None:
        return text
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if CODE_START.match(line)]
    if not starts:
        return ""
    lines = lines[starts[0] :]
    end = len(lines)
    for _ in range(MAX_CUTS):  # cut before the line the parser stops at, and try again
        candidate = "\n".join(lines[:end])
        error = syntax_error_line(candidate)
        if error is None:
            return candidate
        end = min(end - 1, error - 1)
        if end <= 0:
            break
    return "\n".join(lines)


def syntax_error_line(source: str) -> int | None:
    """None when `source` parses, else the line where parsing failed (1-based)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except SyntaxError as exc:
        return max(1, exc.lineno or 1)
    except (ValueError, RecursionError, MemoryError):
        return 1
    return None


def extract_code(text: str, definitions_only: bool = False) -> str:
    """The code an answer gives (see the module docstring for the rule)."""
    parsed = [(block, tree) for block in fenced_blocks(text) if (tree := parses(block))]
    if parsed:
        chosen = [block for block, tree in parsed if defines(tree)] or [parsed[-1][0]]
        code = "\n\n".join(chosen)
    else:
        code = bare_code(text)
    return only_definitions(code) if definitions_only else code


def calls_input(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "input"
        for n in ast.walk(node)
    )


def only_definitions(code: str) -> str:
    """`code` without top-level statements that only exercise it."""
    tree = parses(code)
    if tree is None:
        return code
    kept = [n for n in tree.body if isinstance(n, KEPT) and not calls_input(n)]
    return "\n\n".join(ast.get_source_segment(code, node) or ast.unparse(node) for node in kept)


def top_level_functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]


def top_level_names(tree: ast.Module) -> set[str]:
    """Names the module binds at top level: definitions, assignments and imports."""
    names = {n.name for n in tree.body if isinstance(n, DEFINITIONS)}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def accepts(func: ast.FunctionDef | ast.AsyncFunctionDef, count: int | None) -> bool:
    """Whether `func` can be called with `count` positional arguments."""
    if count is None:
        return True
    args = func.args
    positional = len(args.posonlyargs) + len(args.args)
    required = positional - len(args.defaults)
    return required <= count and (count <= positional or args.vararg is not None)


def called_names(tree: ast.AST) -> list[str]:
    return [
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    ]


def call_arity(tests: str, name: str) -> int | None:
    """How many positional arguments the tests' first call of `name` passes."""
    tree = parses(tests)
    if tree is None:
        return None
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name
    ]
    if not calls or any(isinstance(a, ast.Starred) for a in calls[0].args):
        return None
    return len(calls[0].args)


def guess_entry_point(tests: str) -> str | None:
    """The first name the tests call that is neither a builtin nor defined by the tests."""
    tree = parses(tests)
    if tree is None:
        return None
    own = {n.name for n in ast.walk(tree) if isinstance(n, (*DEFINITIONS,))}
    own |= {
        n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    for name in called_names(tree):
        if name not in own and not hasattr(builtins, name):
            return name
    return None


def bind_entry_point(code: str, name: str, tests: str = "") -> str | None:
    """The top-level function of `code` to bind to `name`, or None (see the module docstring)."""
    tree = parses(code)
    if tree is None:
        return None
    functions = top_level_functions(tree)
    if name in top_level_names(tree):
        return None
    arity = call_arity(tests, name) if tests else None
    public = [f for f in functions if not f.name.startswith(("_", "test")) and f.name != "main"]
    candidates = [f for f in public if accepts(f, arity)] or public
    if len(candidates) <= 1:
        return candidates[0].name if candidates else None
    called = {callee for f in functions for callee in called_names(f) if callee != f.name}
    roots = [f for f in candidates if f.name not in called] or candidates
    return roots[-1].name
