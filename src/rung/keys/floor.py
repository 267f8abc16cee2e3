"""A key's (or its team's) privacy floor: the minimum privacy policy of every request it makes.

The stricter of the route's policy and the key's wins (allow < pseudonymize < local_only <
block). A key's `local_only` is stricter than a route's: it keeps *every* request of the key on
local backends, personal data found or not (an HR team's prompts are presumed personal), so it
needs no detector. A key's `pseudonymize` or `block` needs the detector: on a route without a
`privacy:` section it is loaded on first use; if the privacy extra is not installed, the
request is kept local instead (fail closed).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, cast

from rung.config import PrivacySettings
from rung.keys.principal import Principal
from rung.keys.store import stricter
from rung.privacy.guard import PrivacyGuard, answer_mode
from rung.privacy.policy import LOCAL, Policy, PrivacyVerdict
from rung.privacy.pseudonymize import Pseudonyms
from rung.types import ChatRequest

if TYPE_CHECKING:
    from rung.gateway.app import Gateway
    from rung.privacy import Detector

logger = logging.getLogger("rung")
LOCAL_ONLY_REGIONS = (LOCAL,)


async def guard_for(
    gateway: Gateway, request: ChatRequest, route: PrivacySettings | None, principal: Principal
) -> PrivacyGuard | None:
    """The privacy guard of one request under its route's settings and its key's floor."""
    floor = principal.privacy
    if floor is None:
        if route is None or gateway.detector is None:
            return None
        return await PrivacyGuard.scan(
            request, gateway.detector_for(route), route.policy, route.regions, route.log_values,
            answer_mode(route),
        )  # fmt: skip
    regions = tuple(route.regions) if route is not None else ()
    policy = stricter(_own(route.policy) if route is not None else None, floor) or "allow"
    if floor == "local_only":
        regions = LOCAL_ONLY_REGIONS
    detector = await _detector(gateway) if policy in ("pseudonymize", "block") else None
    if detector is None:
        if policy in ("pseudonymize", "block") and floor != "local_only":
            regions = LOCAL_ONLY_REGIONS  # no detector: keep the request local (fail closed)
        return _local_guard(request, regions or LOCAL_ONLY_REGIONS)
    keep = route.log_values if route is not None else False
    detector = gateway.detector_for(route)
    return await PrivacyGuard.scan(request, detector, policy, regions, keep, answer_mode(route))


def _own(policy: str) -> str | None:
    return None if policy == "allow" else policy


def _local_guard(request: ChatRequest, regions: tuple[str, ...]) -> PrivacyGuard:
    """A guard that scans nothing and lets only backends in `regions` answer."""
    verdict = PrivacyVerdict(Policy.ALLOW)
    detector = cast("Detector", None)  # never used: nothing is pseudonymised
    return PrivacyGuard(verdict, regions, detector, Pseudonyms(), request.body, request.body)


async def _detector(gateway: Gateway) -> Detector | None:
    if gateway.detector is not None:
        return gateway.detector
    try:
        from rung.privacy import Detector

        detector = Detector()
        await asyncio.to_thread(detector.load)
    except ImportError:
        logger.warning("a key's privacy floor needs rung[privacy]; keeping its requests local")
        return None
    gateway.detector = detector
    return detector


__all__ = ["guard_for"]
