"""Whatever the bytes, every document ends with a record: surrogates, undecodable and invisible characters, UTF-16,
corrupt run files. Property tests feed arbitrary unicode and bytes through the readers and the run writer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from tradefacts.cli import main
from tradefacts.extract.backend import normalise_text, skip_reason
from tradefacts.extract.io.encoding import bom_encoding
from tradefacts.extract.io.inputs import read_inputs
from tradefacts.extract.io.records import BadInput
from tradefacts.extract.io.runlog import ResultsLog
from tradefacts.schemas import Article, DocStatus, Document

SENTENCE = "In 2023, China's exports rose 5 percent year on year to 3.38 trillion U.S. dollars."
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=60)  # surrogates and controls included
PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def written(item: Document | BadInput, folder: Path) -> dict:
    """`item` through the run writer as the CLI records it; the line must be UTF-8 JSON of a valid Article."""
    article = (
        Article(id=item.id, text="", status=DocStatus.failed, error=item.error)
        if isinstance(item, BadInput)
        else Article(id=item.id, text=item.text, status=DocStatus.ok)
    )
    log = ResultsLog(folder / "run.jsonl", resume=False)
    log.append(article)
    log.close()
    line = (folder / "run.jsonl").read_bytes()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    Article.model_validate_json(line)
    return json.loads(line.decode("utf-8"))


@PROPERTY
@given(data=st.binary(max_size=300))
def test_any_bytes_in_a_text_file_make_exactly_one_writable_record(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "doc.txt").write_bytes(data)
        items = list(read_inputs([folder / "doc.txt"]))
        assert len(items) == 1 and items[0].id == "doc"
        assert written(items[0], folder)["id"] == "doc"


@PROPERTY
@given(lines=st.lists(st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")), min_size=1, max_size=5))
def test_any_bytes_in_json_lines_make_one_writable_record_per_line(lines: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "d.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        items = list(read_inputs([folder / "d.jsonl"]))
        if bom_encoding(lines[0]) in ("UTF-8", "UTF-8-SIG"):
            lines[0] = lines[0].removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte-order mark is not content
            assert len(items) == sum(1 for line in lines if line.strip(b" \t\r"))  # blank lines are no document
        else:  # a UTF-16/32 mark: text up to the first undecodable unit, then one record for the rest
            assert items or not b"".join(lines).strip(b" \t\r")
        for item in items:
            written(item, folder)


@PROPERTY
@given(doc_id=ANY_TEXT, text=ANY_TEXT, title=ANY_TEXT)
@example(doc_id="", text="\ud800", title="")  # found by hypothesis: a blank id and a lone surrogate, both named
def test_any_unicode_in_json_fields_makes_one_writable_record(doc_id: str, text: str, title: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        record = json.dumps({"id": doc_id, "text": text, "title": title})  # ASCII-escaped: lone surrogates survive
        (folder / "d.jsonl").write_text(record + "\n", encoding="utf-8")
        [item] = read_inputs([folder / "d.jsonl"])
        surrogate = any(0xD800 <= ord(c) <= 0xDFFF for c in doc_id + text + title)
        assert isinstance(item, BadInput) == (surrogate or not doc_id.strip())  # an id of spaces is none
        if surrogate:
            assert "lone surrogate" in item.error
        written(item, folder)


@PROPERTY
@given(doc_id=st.text(min_size=1).filter(str.strip), text=ANY_TEXT, error=ANY_TEXT, evidence=ANY_TEXT)  # ids validate
def test_the_run_writer_records_any_article_and_keeps_offsets(doc_id: str, text: str, error: str, evidence: str) -> None:
    article = Article.model_validate(
        {
            "id": doc_id,
            "text": text,
            "status": "partial",
            "error": error,
            "rejected": [{"reason": "not in the text", "fact": {"evidence": evidence}}],
        }
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "run.jsonl"
        log = ResultsLog(path, resume=False)
        log.append(article)
        log.close()
        back = Article.model_validate_json(path.read_bytes())
        assert len(back.text) == len(text) and back.status == DocStatus.partial  # repaired one for one
        resumed = ResultsLog(path, resume=True)
        resumed.close()
        assert sum(resumed.done.values()) == 1 and not resumed.corrupt


def test_a_surrogate_costs_only_its_document_and_resume_goes_on(tmp_path: Path, capsys) -> None:
    docs = tmp_path / "d.jsonl"
    docs.write_text(
        '{"id": "bad-text", "text": "exports rose \\ud800 5 percent"}\n'
        '{"id": "bad-\\udc00-id", "text": "exports rose 5 percent"}\n'
        '{"id": " \\t ", "text": "exports rose 5 percent"}\n'  # before, an id of spaces stopped the run too
        + json.dumps({"id": "good", "text": SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(docs), "-o", str(out)]) == 1
    by_id = {r["id"]: r for r in read(out)}
    assert by_id["bad-text"]["status"] == "failed"
    assert "field text: lone surrogate U+D800 at character 13" in by_id["bad-text"]["error"]
    assert by_id["bad-\\udc00-id"]["status"] == "failed" and "field id" in by_id["bad-\\udc00-id"]["error"]
    assert by_id["d.jsonl:3"]["status"] == "failed" and "field id: missing, blank" in by_id["d.jsonl:3"]["error"]
    assert by_id["good"]["status"] == "ok" and by_id["good"]["facts"]
    assert json.loads((tmp_path / "run.manifest.json").read_text())["documents"] == 4
    assert main(["extract", str(docs), "-o", str(out), "--resume"]) == 1
    assert len(read(out)) == 4  # every record already there is kept, none added twice
    assert "Traceback" not in capsys.readouterr().err


def test_resume_steps_over_a_corrupt_middle_line_names_it_and_keeps_it(tmp_path: Path, capsys) -> None:
    docs = tmp_path / "d.jsonl"
    docs.write_text("".join(json.dumps({"id": f"d{i}", "text": SENTENCE}) + "\n" for i in range(4)), encoding="utf-8")
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(docs), "-o", str(out)]) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    lines[1] = b'{"id": "d1", "te\xff\xfe garbage\n'  # a corrupt record in the middle, not a torn last line
    out.write_bytes(b"".join(lines))
    capsys.readouterr()
    assert main(["extract", str(docs), "-o", str(out), "--resume"]) == 0
    err = capsys.readouterr().err
    assert f"{out}:2: kept as it is but not counted: invalid UTF-8" in err and "Traceback" not in err
    after = out.read_bytes().splitlines(keepends=True)
    assert after[1] == lines[1] and len(after) == 5  # kept as it was; d1 extracted again at the end
    assert json.loads(after[-1])["id"] == "d1"
    manifest = json.loads((tmp_path / "run.manifest.json").read_text())
    assert manifest["corrupt_lines"] == [2] and manifest["status"] == {"ok": 4}


def test_invisible_characters_and_no_break_spaces_do_not_change_the_facts(tmp_path: Path) -> None:
    seed = (SEEDS / "004_fab758f6019e703d.txt").read_text(encoding="utf-8")
    dirty = "\ufeff" + seed.replace(" ", "\u200b \u00a0", 40).replace("percent", "per\u00adcent").replace(". ", ".\u2060 ")
    (tmp_path / "clean.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "dirty.txt").write_text(dirty, encoding="utf-8")
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(tmp_path / "clean.txt"), str(tmp_path / "dirty.txt"), "-o", str(out)]) == 0
    clean, dirty_record = read(out)
    assert dirty_record["status"] == "ok"  # before: "binary content, not text", skipped

    def meaning(record: dict) -> list[dict]:  # what each fact says; the quotes differ by the doubled spaces
        return [{k: v for k, v in f.items() if k not in ("evidence", "evidence_span", "value_text")} for f in record["facts"]]

    assert meaning(dirty_record) == meaning(clean) and len(clean["facts"]) > 10
    text = dirty_record["text"]
    assert text == normalise_text(dirty) and "\u200b" not in text and "\u00a0" not in text and "\ufeff" not in text
    for fact in dirty_record["facts"]:  # every offset refers to the text the record keeps
        start, end = fact["evidence_span"]
        assert text[start:end] == fact["evidence"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_utf16_and_other_byte_order_marks_are_read(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + SENTENCE.encode(encoding))
    (tmp_path / "b.jsonl").write_bytes(bom + (json.dumps({"id": "j", "text": SENTENCE}) + "\n").encode(encoding))
    a, b = read_inputs([tmp_path / "a.txt", tmp_path / "b.jsonl"])
    assert isinstance(a, Document) and a.text.lstrip("\ufeff") == SENTENCE
    assert isinstance(b, Document) and b.id == "j" and b.text == SENTENCE


def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode("utf-16-le"))
    [item] = read_inputs([tmp_path / "a.txt"])
    assert isinstance(item, BadInput) and "looks like UTF-16 without a byte-order mark" in item.error


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_gets_an_escaped_id(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "docs"), b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(SENTENCE)
    out = tmp_path / "run.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "tradefacts", "extract", str(tmp_path / "docs"), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    [record] = read(out)
    assert record["id"] == "caf\\udce9" and record["status"] == "ok" and record["facts"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (SENTENCE, None),
        ("Les exportations ont progressé de 5 % — café, thé, crème. " + SENTENCE, None),
        (SENTENCE + "\x00", "binary content, not text"),
        (SENTENCE[:60] + "\x01\x02\x1b\x7f" * 2, "binary content, not text"),  # ASCII controls, no NUL
        ("é" + SENTENCE[:60] + "\x01\x02\x1b\x7f\x85" * 2, "binary content, not text"),  # and non-ASCII ones
        (SENTENCE + "\x1b", None),  # one escape in a sentence is under 5 %
        ("中国出口增长百分之五。中国进口下降。" * 3 + " exports", "not English"),
        (" \n\t ", "empty text"),
    ],
)
def test_skip_reason_reads_binary_and_foreign_text_in_ascii_and_beyond(text: str, reason: str | None) -> None:
    """The ASCII shortcut (a regex of the control characters, no letter count) decides as the general reading."""
    found = skip_reason(Document(id="d", text=text))
    assert found is None if reason is None else (found or "").startswith(reason)


def test_a_sentence_the_rules_fail_on_costs_only_its_own_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault of the rules on one sentence (injected here: the sentence that names Mexico) leaves the other
    sentences' facts, and the document says which characters were not read and why (status partial)."""
    from tradefacts.extract.backend import extract_safely
    from tradefacts.extract.registry import get_backend
    from tradefacts.extract.rules import backend as rules
    from tradefacts.extract.rules.context import Context
    from tradefacts.extract.text import Sentence
    from tradefacts.schemas import Fact

    reading = rules._facts_in

    def faulty(sentence: Sentence, ctx: Context) -> list[Fact]:
        if "Mexico" in sentence.text:
            raise KeyError("injected fault")
        return reading(sentence, ctx)

    monkeypatch.setattr(rules, "_facts_in", faulty)
    text = (f"{SENTENCE} Exports to Mexico rose 12 percent to 83.5 billion U.S. dollars. "
            "Imports fell 3 percent to 2.56 trillion U.S. dollars.")
    article = extract_safely(get_backend("regex"), Document(id="fault", text=text, published="2024-01-12"))
    assert article.status is DocStatus.partial
    assert "failed on 1 sentence(s)" in (article.error or "") and "KeyError" in (article.error or "")
    start = text.index("Exports to Mexico")
    assert f"characters {start}-" in (article.error or "")
    values = {f.value_text for f in article.facts}
    assert {"5", "3.38 trillion", "3", "2.56 trillion"} <= values and "12" not in values
