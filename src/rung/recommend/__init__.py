"""`rung recommend`: read the request log and propose each route's next pattern.

See rung.recommend.advice for the rules, rung.recommend.evidence for what is read, and
rung.patterns.observe for how a `fixed` route collects the evidence.
"""

from __future__ import annotations

from rung.recommend.advice import Recommendation
from rung.recommend.report import recommend

__all__ = ["Recommendation", "recommend"]
