"""Virtual keys: authentication, teams and who may call which route (issue: a shared gateway)."""

from rung.keys.principal import ANONYMOUS, Principal, Quota

__all__ = ["ANONYMOUS", "Principal", "Quota"]
