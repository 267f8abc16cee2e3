"""Request ids: unique, sorted by time, and not shared with a forked worker."""

from __future__ import annotations

import os

from rung.telemetry.records import new_request_id


def test_ids_are_unique_well_formed_and_sort_by_time() -> None:
    ids = [new_request_id() for _ in range(3000)]  # several draws of the random pool
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 36 and i.startswith("req_") and int(i[4:], 16) >= 0 for i in ids)
    assert [i[:16] for i in ids] == sorted(i[:16] for i in ids)  # the time part


def test_a_forked_child_draws_its_own_random_part() -> None:
    new_request_id()  # the parent's pool holds unused bytes now
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        os.write(write, "".join(new_request_id()[16:] for _ in range(50)).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    with os.fdopen(read) as pipe:
        text = pipe.read()
    theirs = {text[i : i + 20] for i in range(0, len(text), 20)}
    ours = {new_request_id()[16:] for _ in range(50)}
    assert len(theirs) == 50 and not theirs & ours
