"""A logistic router on hand-made difficulty features and a detected query type, fitted with one
intercept per training benchmark (``per_benchmark=True``) so that it learns what ranks rows
*within* a benchmark and carries to a benchmark it never saw.

Features: length (characters, words, sentences, lines), numbers (how many, how many distinct,
largest, digit share), maths markers (operators, units, "how many"...), code markers
(keywords, brackets, "write a function"), multiple-choice options, negation ("not",
"except"), question words, long words, capitals, and the query type (maths, code, choice,
prose) as one-hot flags. The per-benchmark intercepts are dropped after fitting: the saved
router holds one weight per feature and a single intercept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rung.routers.base import Arrays, Router

if TYPE_CHECKING:
    from rung.datasets.replay import ReplayDataset

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
WORD = re.compile(r"[A-Za-z]+")
SENTENCE = re.compile(r"[.!?](?:\s|$)")
CHOICE = re.compile(r"(?m)^\s*\(?[A-D][.)]\s")
OPERATOR = re.compile(r"[+\-*/=^<>%$×÷]")
CODE_WORDS = (
    "function", "list", "string", "array", "return", "python", "def ", "tuple", "dictionary",
    "integer", "element", "index", "sort", "regex", "recursion", "program", "class ",
)  # fmt: skip
MATHS_WORDS = (
    "how many", "how much", "total", "each", "per ", "percent", "half", "twice", "times",
    "sum", "cost", "price", "average", "ratio", "equation", "solve", "value of", "probability",
    "integer", "remainder", "sqrt", "degree", "minutes", "hours", "dollars", "miles",
)  # fmt: skip
HARD_WORDS = (
    "prove", "derive", "calculate", "compute", "step by step", "explain", "algorithm",
    "theorem", "integral", "optimi", "implement", "statement 1", "which of the following",
    "least", "most likely", "best", "all of the following", "maximum", "minimum",
)  # fmt: skip
NEGATIONS = (" not ", " except", " never ", " no ", "n't ", " false")
QUESTION_WORDS = ("what", "which", "why", "how", "when", "where", "who")
QUERY_TYPES = ("maths", "code", "choice", "prose")
GROUP_SCALE = 10.0
# a column whose range within a group is at most this share of its magnitude is constant there
CONSTANT_TOLERANCE = 1e-12

FEATURES = (
    "log_chars", "log_words", "log_sentences", "log_lines", "log_numbers", "log_distinct_numbers",
    "log_largest_number", "digit_share", "operators", "maths_words", "code_words", "hard_words",
    "negations", "question_words", "question_marks", "long_word_share", "capital_share",
    "choices", "decimals", *(f"type_{t}" for t in QUERY_TYPES),
)  # fmt: skip


def _count(lowered: str, words: Sequence[str]) -> int:
    return sum(lowered.count(w) for w in words)


def query_type(text: str) -> str:
    """The kind of request, from surface markers: maths, code, choice (options A-D) or prose."""
    lowered = text.lower()
    if len(CHOICE.findall(text)) >= 2:
        return "choice"
    code = _count(lowered, CODE_WORDS) + text.count("```") * 3 + lowered.count("def ") * 2
    if code >= 2 or "write a function" in lowered or "write a python" in lowered:
        return "code"
    if len(NUMBER.findall(text)) >= 2 and _count(lowered, MATHS_WORDS) >= 1:
        return "maths"
    return "prose"


def _largest(numbers: list[str]) -> float:
    best = 0.0
    for raw in numbers:
        try:
            best = max(best, float(raw.replace(",", "")))
        except ValueError:
            continue
    return math.log1p(min(best, 1e12))


def features(text: str) -> list[float]:
    """The router's features of one text, in the order of ``FEATURES``."""
    lowered = f" {text.lower()} "
    words = WORD.findall(text)
    numbers = NUMBER.findall(text)
    size = max(len(text), 1)
    kind = query_type(text)
    return [
        math.log1p(len(text)),
        math.log1p(len(words)),
        math.log1p(len(SENTENCE.findall(text))),
        math.log1p(text.count("\n")),
        math.log1p(len(numbers)),
        math.log1p(len(set(numbers))),
        _largest(numbers),
        sum(ch.isdigit() for ch in text) / size,
        math.log1p(len(OPERATOR.findall(text))),
        math.log1p(_count(lowered, MATHS_WORDS)),
        math.log1p(_count(lowered, CODE_WORDS)),
        math.log1p(_count(lowered, HARD_WORDS)),
        math.log1p(_count(lowered, NEGATIONS)),
        math.log1p(sum(lowered.count(f" {w} ") for w in QUESTION_WORDS)),
        math.log1p(text.count("?")),
        sum(len(w) >= 9 for w in words) / max(len(words), 1),
        sum(ch.isupper() for ch in text) / size,
        float(len(CHOICE.findall(text))),
        math.log1p(sum("." in n for n in numbers)),
        *(1.0 if kind == t else 0.0 for t in QUERY_TYPES),
    ]


def fit_grouped_logistic(
    matrix: Any, labels: Any, groups: Sequence[str], c: float, balance: bool
) -> tuple[Any, float]:
    """Weights and one intercept of a logistic regression with one intercept per group
    (a fixed effect; their mean is kept), each group weighted equally when ``balance``."""
    import numpy as np
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    names = sorted(set(groups)) if groups else [""]
    index = {g: i for i, g in enumerate(names)}
    rows = [index[g] for g in groups] if groups else [0] * matrix.shape[0]
    # the group columns are scaled up so that the L2 penalty barely touches the intercepts
    onehot = sparse.csr_matrix(
        (np.full(len(rows), GROUP_SCALE), (np.arange(len(rows)), rows)),
        shape=(len(rows), len(names)),
    )
    stacked = sparse.hstack([sparse.csr_matrix(matrix), onehot]).tocsr()
    counts = np.bincount(rows, minlength=len(names)).astype("float64")
    weight = len(rows) / (len(names) * counts[rows]) if balance else np.ones(len(rows))
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=3000)
    model.fit(stacked, np.asarray(labels, dtype=int), sample_weight=weight)
    coef = model.coef_[0]
    width = matrix.shape[1]
    return coef[:width].astype("float64"), float(coef[width:].mean() * GROUP_SCALE)


def consistent_columns(matrix: Any, labels: Any, groups: Sequence[str]) -> Any:
    """A mask of the columns whose correlation with the label has the same sign in every group
    (a feature that ranks one benchmark one way and another the other way is left out).

    A column that is constant within a group (or a group whose labels are all equal) has no
    correlation there: exactly 0, so no sign, and the feature is left out, since it cannot show
    that it ranks that group's rows the same way. Computed naively, such a column gets a
    correlation of about 1e-16 from rounding, whose sign depends on the values and on the
    matrix's width, and the feature was kept or dropped by chance. Constant means a range within
    the group of at most ``CONSTANT_TOLERANCE`` times the column's largest magnitude there (or 1).
    """
    import numpy as np

    y = np.asarray(labels, dtype="float64")
    names = np.asarray(groups)
    signs = []
    for group in sorted(set(groups)):
        rows = names == group
        part, target = np.asarray(matrix[rows], dtype="float64"), y[rows] - y[rows].mean()
        size = np.maximum(np.abs(part).max(axis=0), 1.0)
        varies = np.ptp(part, axis=0) > CONSTANT_TOLERANCE * size
        if np.ptp(y[rows]) == 0:
            varies[:] = False
        centred = np.where(varies, part - part.mean(axis=0), 0.0)
        spread = np.sqrt((centred**2).sum(axis=0) * (target**2).sum())
        with np.errstate(invalid="ignore", divide="ignore"):
            corr = np.where(varies & (spread > 0), centred.T @ target / spread, 0.0)
        signs.append(np.sign(corr))
    stacked = np.array(signs)
    return np.all(stacked > 0, axis=0) | np.all(stacked < 0, axis=0)


class FeatureRouter(Router):
    """P(strong needed) from a logistic regression on standardised ``features``.

    ``per_benchmark``: one intercept per training group (``dataset.groups``: the benchmark);
    ``consistent``: with several groups, keep only the features whose correlation with the
    label has the same sign in every group; ``balance``: weight every group equally.
    """

    name = "features"

    def __init__(
        self,
        c: float = 0.3,
        per_benchmark: bool = False,
        balance: bool = True,
        consistent: bool = False,
    ) -> None:
        super().__init__()
        self.c, self.per_benchmark, self.balance = c, per_benchmark, balance
        self.consistent = consistent
        self.coef: Any = None
        self.means: Any = None
        self.scales: Any = None
        self.intercept = 0.0

    def fit(self, dataset: ReplayDataset, weak: str, strong: str) -> FeatureRouter:
        dataset.check_pair(weak, strong)
        self.weak, self.strong = weak, strong
        groups = dataset.groups if self.per_benchmark else []
        self.fit_texts(dataset.prompts, dataset.strong_needed(weak, strong), groups)
        return self

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        self.fit_texts(texts, labels, [])

    def feature_names(self) -> tuple[str, ...]:
        return FEATURES

    def matrix(self, texts: Sequence[str]) -> Any:
        """One row of features per text, one column per ``feature_names()``."""
        import numpy as np

        rows = [features(t) for t in texts]
        return np.array(rows, dtype="float64").reshape(len(texts), len(FEATURES))

    def fit_texts(self, texts: list[str], labels: list[int], groups: Sequence[str]) -> None:
        import numpy as np

        matrix = self.matrix(texts)
        width = len(self.feature_names())
        self.means = matrix.mean(axis=0)
        scales = matrix.std(axis=0)
        scales[scales == 0] = 1.0
        self.scales = scales
        scaled = (matrix - self.means) / self.scales
        keep = np.ones(width, dtype=bool)
        if self.consistent and len(set(groups)) > 1:
            keep = consistent_columns(scaled, labels, groups)
        coef, self.intercept = fit_grouped_logistic(
            scaled[:, keep], labels, groups, self.c, self.balance
        )
        self.coef = np.zeros(width)
        self.coef[keep] = coef

    def logits(self, texts: Sequence[str]) -> Any:

        if self.coef is None:
            raise RuntimeError("features router is not fitted")
        matrix = self.matrix(texts)
        return ((matrix - self.means) / self.scales) @ self.coef + self.intercept

    def score_many(self, texts: Sequence[str]) -> list[float]:
        import numpy as np

        return [float(v) for v in 1.0 / (1.0 + np.exp(-np.clip(self.logits(texts), -40, 40)))]

    def score(self, text: str) -> float:
        return self.score_many([text])[0]

    def params(self) -> dict[str, Any]:
        return {
            "features": list(self.feature_names()),
            "c": self.c,
            "per_benchmark": self.per_benchmark,
            "balance": self.balance,
            "consistent": self.consistent,
            "intercept": self.intercept,
        }

    def arrays(self) -> Arrays:
        return {"coef": self.coef, "means": self.means, "scales": self.scales}

    def restore(self, params: dict[str, Any], arrays: Arrays) -> None:
        if list(params["features"]) != list(self.feature_names()):
            raise ValueError("features router file names other features than this rung")
        self.c, self.intercept = float(params["c"]), float(params["intercept"])
        self.per_benchmark, self.balance = bool(params["per_benchmark"]), bool(params["balance"])
        self.consistent = bool(params["consistent"])
        self.coef, self.means, self.scales = arrays["coef"], arrays["means"], arrays["scales"]
