"""The EVM precompiled contracts 0x01..0x0a, callable one by one.

>>> from zkevm import precompiles
>>> r = precompiles.run(2, b"abc", gas_limit=100)
>>> r.status == precompiles.PrecompileStatus.Success, r.gas_used, r.output.hex()[:8]
(True, 72, 'ba7816bf')

Point evaluation (0x0a, EIP-4844) needs KZG over BLS12-381, which this project
does not implement: it borrows ``verify_kzg_proof`` from c-kzg-4844, the library
Ethereum clients use, through its Python binding ``ckzg`` (``pip install ckzg``).
Call :func:`enable_point_evaluation` with the mainnet trusted setup once; until
then 0x0a reports ``Unsupported``.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from zkevm import _zkevm
from zkevm.errors import UnsupportedError

__all__ = ["PrecompileStatus", "PrecompileResult", "run", "enable_point_evaluation", "disable_point_evaluation",
           "point_evaluation_backend"]

_native = _zkevm.precompiles
PrecompileStatus = _native.PrecompileStatus
PrecompileResult = _native.PrecompileResult

# Every KZGSettings capsule ever installed stays referenced, so a verifier the
# C++ core still holds never points at freed memory.
_loaded_settings: list[object] = []


def run(address: int, data: bytes, gas_limit: int) -> PrecompileResult:
    """Runs the precompile at ``address`` (1..10) on ``data`` with ``gas_limit`` gas.

    Returns a result with ``status``, ``gas_used``, ``output`` (bytes) and ``reason``.
    """
    return _native.run(address, bytes(data), gas_limit)


def enable_point_evaluation(trusted_setup: str | os.PathLike | None = None) -> str:
    """Lends 0x0a c-kzg-4844's KZG verifier, loaded with ``trusted_setup``.

    ``trusted_setup`` is the EIP-4844 ceremony output in c-kzg's text format
    (``trusted_setup.txt``); when omitted, the path in the environment variable
    ``ZKEVM_KZG_TRUSTED_SETUP`` is used. Returns a description of the backend.
    Raises ``UnsupportedError`` when ``ckzg`` is not installed and
    ``InputError``-like ``ValueError`` when no usable setup is given.
    """
    try:
        import ckzg
    except ImportError as e:
        raise UnsupportedError("point evaluation (0x0a) needs the ckzg package: pip install ckzg") from e
    path = trusted_setup if trusted_setup is not None else os.environ.get("ZKEVM_KZG_TRUSTED_SETUP")
    if path is None:
        raise ValueError("enable_point_evaluation: no trusted setup given and ZKEVM_KZG_TRUSTED_SETUP is not set")
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"enable_point_evaluation: {path}: no such file")
    try:
        settings = ckzg.load_trusted_setup(str(path), 0)
    except Exception as e:  # ckzg raises RuntimeError with its own message
        raise ValueError(f"enable_point_evaluation: {path}: ckzg could not load it: {e}") from e
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    get_name = ctypes.pythonapi.PyCapsule_GetName
    get_name.restype = ctypes.c_char_p
    get_name.argtypes = [ctypes.py_object]
    settings_address = get_pointer(settings, get_name(settings))
    # The extension module is already loaded: CDLL returns the same image, so
    # this is the function ckzg itself calls, with the C ABI kzg_backend.hpp states.
    verify_address = ctypes.cast(ctypes.CDLL(ckzg.__file__).verify_kzg_proof, ctypes.c_void_p).value
    _loaded_settings.append(settings)
    version = getattr(ckzg, "__version__", None)
    if version is None:
        from importlib.metadata import version as package_version

        version = package_version("ckzg")
    description = f"c-kzg-4844 via ckzg {version}, trusted setup {path}"
    _native.install_kzg_verifier(verify_address, settings_address, description)
    return description


def disable_point_evaluation() -> None:
    """Removes the KZG verifier: 0x0a reports ``Unsupported`` again."""
    _native.clear_kzg_verifier()


def point_evaluation_backend() -> str:
    """Describes the KZG verifier behind 0x0a, or returns '' when there is none."""
    return _native.kzg_verifier()
