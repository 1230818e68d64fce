"""Exceptions raised by zkevm.

Every error the native core raises on purpose arrives as one of these classes;
they mirror the C++ ``zkevm::Error`` hierarchy one to one. Input problems are
also ``ValueError`` so generic code that catches ``ValueError`` keeps working.
"""

from __future__ import annotations

__all__ = [
    "ZkevmError",
    "InputError",
    "ParseError",
    "EncodingError",
    "VerificationError",
    "UnsupportedError",
    "InternalError",
]


class ZkevmError(Exception):
    """Base class of every error zkevm raises on purpose."""


class InputError(ZkevmError, ValueError):
    """Input that parses but is wrong: out of range, wrong length, not on the curve."""


class ParseError(InputError):
    """Input that cannot be parsed: malformed JSON, hex, RLP or trace lines."""


class EncodingError(InputError):
    """A byte encoding that is not canonical or has the wrong length."""


class VerificationError(ZkevmError):
    """A proof, opening or constraint check that does not hold."""


class UnsupportedError(ZkevmError):
    """A feature this build does not provide for the given input."""


class InternalError(ZkevmError):
    """A broken invariant inside zkevm (a bug: please report it)."""
