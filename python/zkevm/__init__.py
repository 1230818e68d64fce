"""zkevm: a native zkEVM with a Python face.

Execute Ethereum transactions, turn executions into tables, and prove them with
PLONKish circuits over BN254 with KZG commitments.

>>> import zkevm
>>> zkevm.__version__
'0.1.0'
"""

from __future__ import annotations

from zkevm.errors import (
    EncodingError,
    InputError,
    InternalError,
    ParseError,
    UnsupportedError,
    VerificationError,
    ZkevmError,
)
from zkevm import _zkevm

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "build_info",
    "thread_count",
    "set_thread_count",
    "ZkevmError",
    "InputError",
    "ParseError",
    "EncodingError",
    "VerificationError",
    "UnsupportedError",
    "InternalError",
]


def build_info() -> dict[str, str]:
    """What the native core was built with: version, compiler, arithmetic backend, libraries."""
    return dict(_zkevm.build_info())


def thread_count() -> int:
    """Threads used by parallel native work (``ZKEVM_THREADS`` or all cores)."""
    return int(_zkevm.thread_count())


def set_thread_count(n: int) -> None:
    """Use ``n`` threads for native work in this process; ``n <= 0`` restores the default."""
    _zkevm.set_thread_count(int(n))
