"""UK figures without precious metals: the exclusion is written many ways ("once precious metals ... were stripped
out", "on the ONS's preferred basis, which leaves out precious metals"), and "on the same basis" carries it to a
later sentence and the rest of its paragraph, while "including precious metals" ends it.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

EX = "goods excluding precious metals"
NOV = ("2025-11", "2025-11")
TEXT = (
    "UK trade gap narrows\n\nBritain's goods trade deficit narrowed to £21.0bn in November, official figures show.\n\n"
    "The statistics office said that once precious metals, which London's bullion market moves in and out in bulk, "
    "were stripped out, the goods deficit widened to £20.2bn.\n\n"
    "On the preferred basis, which leaves out precious metals, goods exports fell 2.1% on the month to £30.4bn, "
    "while imports grew by 0.7% to £50.6bn.\n\n"
    "Exports to the EU slipped 0.8% to £14.1bn on the same basis. Imports from the EU rose 1.1% to £26.5bn.\n\n"
    "Goods exports to the US, including precious metals, rose 4.4% to £5.0bn."
)


def rows() -> set:
    return {(r[1], r[2], r[4], r[5], r[7]) for r in facts_of(TEXT, date(2026, 1, 15)) if r[9:] == NOV}


def test_an_exclusion_written_as_a_clause_gives_the_goods_without_precious_metals() -> None:
    found = rows()
    assert (None, EX, "balance", "value", -20.2e9) in found
    assert (None, EX, "exports", "growth", -2.1) in found
    assert (None, EX, "imports", "value", 50.6e9) in found


def test_on_the_same_basis_carries_the_exclusion_to_the_rest_of_its_paragraph() -> None:
    found = rows()
    assert ("European Union", EX, "exports", "value", 14.1e9) in found
    assert ("European Union", EX, "imports", "value", 26.5e9) in found


def test_including_precious_metals_ends_the_exclusion() -> None:
    assert ("United States", None, "exports", "growth", 4.4) in rows()


def test_a_sentence_naming_no_goods_of_its_own_takes_the_exclusion_of_the_one_before() -> None:
    """After "imports of goods excluding precious metals fell" the paragraph's "Sales to the EU dropped" are the same
    goods; "Goods imports rose" names its goods anew and keeps the usual measure."""
    text = ("UK trade gap widens\n\nBritain's trade deficit widened in October, official figures show.\n\n"
            "In October, imports of goods excluding precious metals rose 1.4% to £51.2bn on the month. Sales to the EU "
            "dropped 3.1% to £13.9bn.\n\nThe month's goods imports, excluding precious metals, rose 2.2% to £50.0bn. "
            "Goods exports rose 0.6% to £29.8bn.")
    found = {(r[1], r[2], r[4], r[5], r[7]) for r in facts_of(text, date(2025, 12, 12)) if r[9:] == ("2025-10", "2025-10")}
    assert ("European Union", EX, "exports", "value", 13.9e9) in found, sorted(found, key=str)
    assert (None, None, "exports", "value", 29.8e9) in found


def test_a_partners_figure_excluding_precious_metals_is_of_goods_even_under_a_combined_headline() -> None:
    """"Compared with September, and again excluding precious metals, imports from the EU edged up 1.2%": the ONS
    publishes partners' figures for goods alone, so not "goods and services excluding precious metals"."""
    text = ("UK trade deficit widens in October\n\nLONDON, Dec 12 (Reuters) - Britain's trade deficit in goods and "
            "services widened in October 2025. Compared with September, and again excluding precious metals, imports "
            "from the European Union edged up 1.2% to 26.8 billion pounds.")
    found = {(r[1], r[2], r[4], r[5], r[7]) for r in facts_of(text, date(2025, 12, 12)) if r[9:] == ("2025-10", "2025-10")}
    assert ("European Union", EX, "imports", "value", 26.8e9) in found, sorted(found, key=str)


def test_with_precious_metals_excluded_opens_a_figure_without_them() -> None:
    text = ("UK trade\n\nLONDON - Britain's goods trade deficit widened in April 2025. With precious metals excluded, "
            "goods exports fell 3.4% from March, and April's goods deficit was £19.8 billion.")
    found = {(r[2], r[4], r[5], r[7]) for r in facts_of(text, date(2025, 6, 12))}
    assert (EX, "exports", "growth", -3.4) in found
    assert (EX, "balance", "value", -19.8e9) in found


def test_the_metals_an_opening_clause_strips_out_are_no_goods_of_the_figure() -> None:
    """"Once precious metals are stripped out, the goods gap stood at ...": the goods without the metals, not "once
    precious metals"; and "services ... earned a surplus" in the sentence before is the services balance."""
    text = ("UK trade\n\nLONDON, Jan 15 - Britain's trade gap widened in November. Goods ran up a £21.0bn deficit, "
            "and services – a mainstay of the economy – earned a £15.2bn surplus.\n\nOnce precious metals are "
            "stripped out – they move in bulk through London vaults – the goods deficit stood at £20.2bn.")
    goods = {r[7]: r[2] for r in facts_of(text, date(2026, 1, 15))}
    assert goods[-20.2e9] == EX and goods[15.2e9] == "services", goods


def test_an_exclusion_that_names_no_goods_carries_to_the_next_sentence_but_not_to_total_trade() -> None:
    """"Excluding precious metals, imports from the EU grew ... . On the export side, sales to the EU slipped" keeps
    the exclusion; "total exports fell" after "Leaving out precious metals, the combined deficit ..." is the whole."""
    text = ("UK trade\n\nLONDON, Jan 15 - Britain's trade gap widened in November.\n\nExcluding precious metals, imports "
            "from the EU grew 2.2% to £27.3bn. On the export side, sales to the EU slipped 0.9% to £14.6bn.\n\n"
            "Leaving out precious metals, the combined goods and services deficit reached £4.1bn. Total exports "
            "fell 0.3% to £76.9bn.")
    goods = {r[7]: r[2] for r in facts_of(text, date(2026, 1, 15))}
    assert goods[14.6e9] == EX and goods[76.9e9] == "goods and services", goods
