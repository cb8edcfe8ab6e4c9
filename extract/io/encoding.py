"""Bytes to text and text to bytes without surprises: BOMs, clear decode errors, names and records always writable."""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

from pydantic_core import PydanticSerializationError

from tradefacts.schemas import Article

# Longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF8, "UTF-8-SIG"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def bom_encoding(head: bytes) -> str:
    """The encoding that a byte-order mark at the start of `head` declares (the codec skips the mark), else UTF-8."""
    return next((name for bom, name in _BOMS if head.startswith(bom)), "UTF-8")


def decode_text(data: bytes) -> str:
    """A file's bytes as text: UTF-8, or UTF-16/UTF-32 when a byte-order mark says so.

    Raises ValueError with the encoding, the byte offset, and a hint when the bytes look like UTF-16 without a mark.
    """
    encoding = bom_encoding(data[:4])
    if encoding == "UTF-8" and _looks_like_utf16(data):  # ASCII in UTF-16 is valid UTF-8, NULs between letters
        raise ValueError("it looks like UTF-16 without a byte-order mark (every other byte is 0): save it as UTF-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(decode_problem(exc, data, encoding)) from None


def decode_problem(exc: UnicodeDecodeError, data: bytes, encoding: str) -> str:
    """What went wrong decoding `data`, for a person: where, which byte, and what the file probably is."""
    label = encoding.removesuffix("-SIG")
    message = f"invalid {label} at byte {exc.start} (0x{data[exc.start]:02x})" if exc.start < len(data) else ""
    message = message or f"invalid {label}: the data ends inside a character"
    if label == "UTF-8" and _looks_like_utf16(data):
        return message + ": it looks like UTF-16 without a byte-order mark; save it as UTF-8"
    return message + ("" if label != "UTF-8" else ": save the file as UTF-8")


def _looks_like_utf16(data: bytes) -> bool:
    """Most of the even or of the odd bytes are NUL, and few of the others: ASCII text stored as UTF-16 (a file of
    zeros, or other binary, is not)."""
    head = data[:2000]
    if len(head) < 4:
        return False
    even, odd = (half.count(0) / len(half) for half in (head[0::2], head[1::2]))
    return max(even, odd) > 0.7 and min(even, odd) < 0.1


def surrogate_problem(record: dict[str, Any], fields: tuple[str, ...]) -> str | None:
    """The first lone surrogate in the record's string `fields`, as a field error ("field text: lone surrogate
    U+D800 at character 3 ..."), else None: for a record refused for another reason, so both reasons are named."""
    for name in fields:
        value = record.get(name)
        if isinstance(value, str) and (bad := _SURROGATE.search(value)):
            return (f"field {name}: lone surrogate U+{ord(bad.group()):04X} at character {bad.start()} is not valid "
                    "Unicode (half of a UTF-16 pair?)")
    return None


def escaped(name: str) -> str:
    """A name (an id, a path) that can always be written as UTF-8: undecodable bytes of a file name and lone
    surrogates become backslash escapes (`\\udcff`), so the name stays visible and distinct."""
    return name if not _SURROGATE.search(name) else name.encode("utf-8", "backslashreplace").decode("utf-8")


def repaired(value: Any) -> Any:
    """`value` (JSON-like) with every lone surrogate in its strings replaced by U+FFFD; lengths, so offsets, hold."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {repaired(k): repaired(v) for k, v in value.items()}
    if isinstance(value, list):
        return [repaired(v) for v in value]
    return value


def record_json(article: Article) -> str:
    """One interchange record as a JSON line's text, whatever strings it holds.

    Text that cannot be encoded (lone surrogates, which only a backend's own output can still carry: readers refuse
    them) is repaired character for character, so the document keeps its record instead of stopping the run.
    """
    try:
        return article.model_dump_json(exclude_none=True)
    except PydanticSerializationError:
        return json.dumps(repaired(article.model_dump(mode="json", exclude_none=True)), ensure_ascii=False)
