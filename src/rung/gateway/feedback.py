"""Reading a feedback body: `{"request_id", "value", "name"?}`, where value is a thumb
("up"/"down"), a boolean ("tests passed") or a number."""

from __future__ import annotations

import time
from typing import Any

import orjson

from rung._errors import RequestError
from rung.gateway.request import json_object
from rung.telemetry.log import Feedback

THUMBS = {"up": 1.0, "thumbs_up": 1.0, "+1": 1.0, "down": 0.0, "thumbs_down": 0.0, "-1": 0.0}


def parse_feedback(raw: bytes) -> Feedback:
    body = json_object(raw)
    request_id = body.get("request_id")
    if not isinstance(request_id, str) or not request_id:
        raise RequestError("'request_id' must be the x-request-id of a request", param="request_id")
    name = body.get("name", "feedback")
    if not isinstance(name, str) or not name or len(name) > 100:
        raise RequestError("'name' must be a short string", param="name")
    value = _score(body.get("value"))
    return Feedback(request_id, name, value, orjson.dumps(body.get("value")).decode(), time.time())


def _score(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.lower() in THUMBS:
        return THUMBS[value.lower()]
    raise RequestError('\'value\' must be "up", "down", a boolean or a number', param="value")
