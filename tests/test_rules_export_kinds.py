"""Singapore's measures of exports: non-oil domestic exports ("NODX") and non-oil re-exports ("NORX") are filed as
the segment, their goods as the product, for every export figure of a story about NODX; Hong Kong's bare
"re-exports" and "domestic exports" stay plain exports.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

SINGAPORE = (
    "Singapore's November NODX climbs 9.6%\n\n"
    "SINGAPORE - Singapore's non-oil domestic exports (NODX) grew 9.6 per cent on the year in November 2026, "
    "Enterprise Singapore said on Wednesday.\n\n"
    "Electronic NODX rose 15.3 per cent, while oil domestic exports slid 4.7 per cent. Shipments to Malaysia "
    "climbed 11.2 per cent, and NODX to the US fell 6.4 per cent. Non-oil re-exports (NORX) expanded 7.9 per cent."
)


def test_a_story_on_nodx_files_its_export_figures_under_the_kind_and_its_goods() -> None:
    rows = {row[7]: (row[1], row[2], row[3]) for row in facts_of(SINGAPORE, date(2026, 12, 17))}
    assert rows[9.6] == (None, "non-oil", "domestic exports"), rows
    assert rows[15.3] == (None, "electronics", "domestic exports"), rows
    assert rows[-4.7] == (None, "oil", "domestic exports"), rows
    assert rows[11.2] == ("Malaysia", "non-oil", "domestic exports"), rows
    assert rows[-6.4] == ("United States", "non-oil", "domestic exports"), rows
    assert rows[7.9] == (None, "non-oil", "re-exports"), rows


def test_hong_kong_s_re_exports_and_domestic_exports_name_no_kind() -> None:
    text = ("Hong Kong exports rise\n\nHONG KONG - Re-exports, almost all of the goods leaving the city, rose 14.2 "
            "percent to HK$452.3 billion in October 2026, while domestic exports fell 2.1 percent to HK$3.4 billion.")
    rows = {row[7]: (row[2], row[3], row[4]) for row in facts_of(text, date(2026, 11, 25))}
    assert rows[452.3e9] == (None, None, "exports") and rows[3.4e9] == (None, None, "exports"), rows
