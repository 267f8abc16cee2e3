"""Converters from other gateways' configuration files into rung's (`rung import ...`)."""

from rung.importers.litellm import Conversion, ImportFailed, check, convert, convert_file, to_yaml

__all__ = ["Conversion", "ImportFailed", "check", "convert", "convert_file", "to_yaml"]
