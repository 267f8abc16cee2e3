"""The admin HTTP API: virtual keys and teams, master key only, JSON in and out.

    GET    /admin/keys              list (never the keys themselves: they are not stored)
    POST   /admin/keys              create: {"name", "team", "routes", "rpm", "tpm",
                                    "budget": "50/month", "expires": "90d", "privacy"};
                                    the answer carries the key, once
    GET    /admin/keys/{id}         one key
    DELETE /admin/keys/{id}         revoke
    POST   /admin/keys/{id}/rotate  a new key for the same id; the old one stops working
    GET    /admin/teams             list
    POST   /admin/teams             create or update: {"name", "rpm", "tpm", "budget", "privacy"}
    GET    /admin/teams/{name}      one team
    DELETE /admin/teams/{name}      delete (a team without active keys)

Every change reloads the gateway's key map at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson

from rung._errors import Forbidden, MethodNotAllowed, NotFound, RequestError, RungError
from rung.gateway.http import Receive, Scope, Send, read_body, send_error, send_json
from rung.keys.store import KeyError_, KeyNotFound, KeySpec, KeyStore

if TYPE_CHECKING:
    from rung.gateway.app import Gateway

MAX_BODY = 64 * 1024


async def handle_admin(gateway: Gateway, scope: Scope, receive: Receive, send: Send) -> None:
    try:
        principal = scope.get("state", {}).get("principal")
        if gateway.auth.master is None:
            raise Forbidden("the admin API needs a master key: set auth.master_key: env:NAME")
        if principal is None or not principal.admin:
            raise Forbidden("the admin API takes the master key only")
        store = gateway.auth.store
        if store is None:
            raise RequestError("virtual keys need the request log (log.enabled: true)")
        status, answer = await _dispatch(store, scope, receive)
        if scope["method"] != "GET":
            gateway.auth.reload()
    except RungError as exc:
        await send_error(send, exc)
        return
    await send_json(send, status, answer)


async def _dispatch(store: KeyStore, scope: Scope, receive: Receive) -> tuple[int, Any]:
    method = scope["method"]
    parts = [p for p in scope["path"].split("/") if p][1:]  # after "admin"
    if parts[:1] == ["keys"]:
        return await _keys(store, method, parts[1:], scope, receive)
    if parts[:1] == ["teams"]:
        return await _teams(store, method, parts[1:], scope, receive)
    raise NotFound(f"no such path: {scope['path']}")


async def _keys(
    store: KeyStore, method: str, rest: list[str], scope: Scope, receive: Receive
) -> tuple[int, Any]:
    if not rest and method == "GET":
        return 200, {"object": "list", "data": store.keys()}
    if not rest and method == "POST":
        spec = KeySpec.from_json(await _json(scope, receive))
        row, secret = store.create_key(spec)
        return 201, {**row, "key": secret}
    if len(rest) == 1 and method == "GET":
        return 200, store.key(rest[0])
    if len(rest) == 1 and method == "DELETE":
        return 200, store.revoke(rest[0])
    if len(rest) == 2 and rest[1] == "rotate" and method == "POST":
        row, secret = store.rotate(rest[0])
        return 200, {**row, "key": secret}
    raise _wrong(method, len(rest))


async def _teams(
    store: KeyStore, method: str, rest: list[str], scope: Scope, receive: Receive
) -> tuple[int, Any]:
    if not rest and method == "GET":
        return 200, {"object": "list", "data": store.teams()}
    if not rest and method == "POST":
        data = await _json(scope, receive)
        unknown = set(data) - {"name", "rpm", "tpm", "budget", "privacy"}
        name = data.get("name")
        if unknown or not isinstance(name, str) or not name:
            raise KeyError_("a team is {name, rpm, tpm, budget, privacy}; name is required")
        budget = data.get("budget")
        team = store.create_team(
            name, rpm=data.get("rpm"), tpm=data.get("tpm"),
            budget=None if budget is None else str(budget), privacy=data.get("privacy"),
        )  # fmt: skip
        return 201, team
    if len(rest) == 1 and method == "GET":
        found = store.team(rest[0])
        if found is None:
            raise KeyNotFound(f"no team {rest[0]!r}")
        return 200, found
    if len(rest) == 1 and method == "DELETE":
        store.delete_team(rest[0])
        return 200, {"name": rest[0], "deleted": True}
    raise _wrong(method, len(rest))


def _wrong(method: str, depth: int) -> RungError:
    if depth > 2:
        return NotFound("no such admin path")
    return MethodNotAllowed(f"method {method} not allowed here")


async def _json(scope: Scope, receive: Receive) -> dict[str, Any]:
    body = await read_body(scope, receive, MAX_BODY)
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise KeyError_("the body must be a JSON object") from None
    if not isinstance(data, dict):
        raise KeyError_("the body must be a JSON object")
    return data


__all__ = ["handle_admin"]
