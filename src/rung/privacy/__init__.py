"""Personal data: detection, pseudonymisation, policies, residency and audit.

Nothing heavy is imported here: Presidio and spaCy load inside `Detector` on first use.
"""

from rung.privacy.detect import KINDS, Detector
from rung.privacy.findings import Finding, Located
from rung.privacy.policy import (
    AuditRecord,
    CallCheck,
    Policy,
    PrivacyVerdict,
    audit_record,
    check_call,
    decide,
    residency_allowed,
)
from rung.privacy.pseudonymize import (
    ChunkRestorer,
    Pseudonyms,
    StreamRestorer,
    pseudonymize_body,
    restore_completion,
    restore_text,
)

__all__ = [
    "KINDS",
    "AuditRecord",
    "CallCheck",
    "ChunkRestorer",
    "Detector",
    "Finding",
    "Located",
    "Policy",
    "PrivacyVerdict",
    "Pseudonyms",
    "StreamRestorer",
    "audit_record",
    "check_call",
    "decide",
    "pseudonymize_body",
    "residency_allowed",
    "restore_completion",
    "restore_text",
]
