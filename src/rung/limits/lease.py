"""Leases: admissions decided in the process, against slots admitted on the shared state ahead
of use, so that a keyed request far from its limits makes no Redis round trip on its path.

A slot is an ordinary admission (`State.admit`, atomic on Redis) of a ticket that no request
holds yet: it counts in the key's and team's windows and reserves its estimate in their
budgets like any request. When a request fits a slot (its tokens and cost estimates no larger
than the slot's), it takes the slot's ticket and is admitted without asking the state; its
settle moves the window entry to the time it really came and replaces the estimates with real
figures, as for any admission. Slots no request took within `LIFE` are released
(`State.release_many`: their entries removed, their reservations dropped).

So a replica never admits a request the state did not admit: two replicas still cannot both
pass a limit. What a lease changes, and the bound on it:
- a replica may refuse a request while another holds unused slots; slots are taken only where
  every limit has at least `HEADROOM` times the lease's demand left (a lease holds at most
  1/64 of what is left of each limit, and none near a limit), and are given back within
  `LIFE` seconds;
- a request admitted from a slot counts in the window from the slot's time (at most `LIFE`
  seconds before it came) until it settles;
- the x-ratelimit-* headers of such a request are those of the lease's last admission.

A lease is refilled in the background when half its slots are gone, with the size of the
request that found it low; while the state is down, slots already held are still used.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from rung.state import Decision, LimitCheck, State, StateUnavailable, Ticket

SLOTS = 16  # at most, per lease
LIFE = 1.0  # seconds a slot is held unused before it is released
HEADROOM = 64  # each limit must have this many times the lease's demand left


@dataclass(slots=True)
class Lease:
    checks: Sequence[LimitCheck]
    slots: list[Ticket]
    decision: Decision  # the last slot's admission: windows (for headers) and budget room
    until: float  # monotonic: unused slots are released then
    size: int  # slots at the start


class Leases:
    """The leases of one process, by subjects (a key and its team)."""

    def __init__(
        self,
        state: State,
        wall: Callable[[], float] = time.time,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.state, self.wall, self.clock = state, wall, clock
        self._held: dict[tuple[str, ...], Lease] = {}
        self._filling: set[tuple[str, ...]] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    def take(
        self, who: tuple[str, ...], tokens: int, cost: float, now: float
    ) -> tuple[Ticket, Decision] | None:
        """A slot's ticket for a request of `tokens` and `cost` (its time now), and the
        lease's last admission; None when no slot fits."""
        lease = self._held.get(who)
        if lease is None or not lease.slots or self.clock() >= lease.until:
            return None
        slot = lease.slots[-1]
        if tokens > slot.tokens or cost > slot.estimate:
            return None
        lease.slots.pop()
        return Ticket(slot.id, now, slot.tokens, slot.estimate), lease.decision

    def low(self, who: tuple[str, ...]) -> bool:
        """Whether `who` should get a new lease (none, half used or expiring), and none is on
        its way."""
        if who in self._filling:
            return False
        lease = self._held.get(who)
        if lease is None:
            return True
        return len(lease.slots) <= lease.size // 2 or self.clock() >= lease.until

    def fill(
        self,
        who: tuple[str, ...],
        checks: Sequence[LimitCheck],
        decision: Decision,
        tokens: int,
        cost: float,
        now: float,
    ) -> None:
        """Lease slots of this size in the background, if `decision` (the last admission's)
        leaves room enough on every limit."""
        count = size(checks, decision, tokens, cost)
        if count < 2:
            return
        self._filling.add(who)
        self._spawn(self._fill(who, checks, count, tokens, cost, now))

    async def _fill(
        self,
        who: tuple[str, ...],
        checks: Sequence[LimitCheck],
        count: int,
        tokens: int,
        cost: float,
        now: float,
    ) -> None:
        tickets = [Ticket(uuid.uuid4().hex, now, tokens, cost) for _ in range(count)]
        try:
            decisions = await self.state.admit_many(checks, tickets, now)
        except StateUnavailable:
            return
        finally:
            self._filling.discard(who)
        admitted = [(t, d) for t, d in zip(tickets, decisions, strict=True) if d.refused is None]
        slots = [t for t, _ in admitted]
        if not slots:
            return
        last = admitted[-1][1]
        if size(checks, last, tokens, cost, held=len(slots)) < len(slots):
            self._spawn(self._release(checks, slots))  # others filled the room meanwhile
            return
        old = self._held.get(who)
        self._held[who] = Lease(checks, slots, last, self.clock() + LIFE, len(slots))
        if old is not None and old.slots:
            self._spawn(self._release(old.checks, old.slots))
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().call_later(LIFE, self.expire)

    def expire(self) -> None:
        """Release the slots of every lease past its life."""
        now = self.clock()
        for who, lease in list(self._held.items()):
            if now >= lease.until:
                del self._held[who]
                if lease.slots:
                    self._spawn(self._release(lease.checks, lease.slots))

    async def _release(self, checks: Sequence[LimitCheck], slots: list[Ticket]) -> None:
        # Down: the window entries leave within a minute, the reservations when stale.
        with contextlib.suppress(StateUnavailable):
            await self.state.release_many([(checks, t) for t in slots], self.wall())

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def held(self) -> int:
        """Slots held unused."""
        return sum(len(lease.slots) for lease in self._held.values())

    async def wait(self) -> None:
        """Until the leasing and releasing under way are done."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def drain(self) -> None:
        """Release every slot and wait for the work under way (at shutdown)."""
        await self.wait()
        for lease in self._held.values():
            lease.until = float("-inf")
        self.expire()
        await self.wait()


def size(
    checks: Sequence[LimitCheck], decision: Decision, tokens: int, cost: float, held: int = 0
) -> int:
    """How many slots of `tokens` and `cost` a lease may hold after `decision` (in which `held`
    of them are already counted): at most `SLOTS`, and at most 1/`HEADROOM` of what each limit
    has left besides them."""
    count = SLOTS
    for check, view in zip(checks, decision.windows, strict=False):
        if check.rpm is not None:
            count = min(count, (check.rpm - view.count + held) // HEADROOM)
        if check.tpm is not None:
            left = check.tpm - view.tokens + held * tokens
            count = min(count, left // (HEADROOM * max(1, tokens)))
    if any(check.budget is not None for check in checks):
        room = decision.room
        if room is None or room <= 0:
            return 0
        if cost > 0:
            count = min(count, int((room + held * cost) // (HEADROOM * cost)))
    return max(0, count)
