"""Rules for the frame of an article beyond its tables: other economies and their currencies, the article's subject
from its headline, byline and lead, and abstention (a number with no area or year is rejected with its reason; the
eval counts them). Helpers and tables are in test_rules_frame. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_frame import rows, run
from tradefacts.schemas import DocStatus


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("Japan posted a trade deficit of 1.22 trillion yen in May.", "JPY", -1.22e12),
        ("Australia's trade surplus narrowed to A$5.64 billion in August.", "AUD", 5.64e9),
        ("Hong Kong's total exports reached HK$410.3 billion in March.", "HKD", 410.3e9),
        ("South Korea's exports came to about 91.8 trillion won in September.", "KRW", 91.8e12),
        ("India's merchandise exports were Rs 3.2 lakh crore in September.", "INR", 3.2e12),
        ("Britain's trade deficit was £5.1 billion in March.", "GBP", -5.1e9),
        ("Vietnam's exports were worth 4,686 trillion dong in May.", "VND", 4.686e15),
        ("Singapore's non-oil domestic exports were S$17.92 billion in October.", "SGD", 17.92e9),
        ("Taiwan's exports rose to NT$1.89 trillion in October.", "TWD", 1.89e12),
        ("Malaysia's exports rose to RM154.62bil in October.", "MYR", 154.62e9),  # The Star's scale, written on
        ("China's exports were USD219.51 billion in April.", "USD", 219.51e9),
        ("Saudi Arabia's imports grew to SR208.3 billion in June.", "SAR", 208.3e9),
        ("Australia's trade surplus was A$2,936m in June.", "AUD", 2.936e9),
        ("Japan's deficit was ¥1.76 trillion in June.", "JPY", -1.76e12),
        ("Bangladesh's exports were Tk 4.54 lakh crore in June.", "BDT", 4.54e12),
        ("India's merchandise imports were Rs 5,62,014.33 crore in September.", "INR", 5.6201433e12),
    ],
)
def test_other_economies_write_their_own_currencies(sentence: str, unit: str, value: float) -> None:
    facts = run(f"Trade figures\n\n{sentence}").facts
    assert [(f.unit, f.value) for f in facts if f.measure.value == "value"] == [(unit, pytest.approx(value))]


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        ("Australia's surplus\n\nAustralia's exports rose to $44.3 billion in November. The surplus was worth about "
         "US$1.9 billion, with the Australian dollar buying 65.1 US cents.", "44.3 billion", "AUD"),  # a home outlet
        ("Canada's deficit\n\nCanada's exports fell to $63.2 billion in July.", "63.2 billion", "CAD"),
        ("Canada's trade\n\nCanada's exports rose to $65.8 billion in October. All data in this release are in "
         "current dollars.", "65.8 billion", "CAD"),  # a way of measuring names no other dollar
        ("Australia's surplus\n\nAustralia's exports rose to A$44.3 billion in November, or $28.8 billion.",
         "28.8 billion", "USD"),  # "A$" named: a bare "$" is the US dollar
        ("Taiwan's exports\n\nTAIPEI - Taiwan's exports climbed to $47.3 billion in April.", "47.3 billion", "USD"),
        # Taiwan's customs count in US dollars: no home dollar for a bare "$"
    ],
)
def test_a_bare_dollar_is_the_home_dollar_unless_the_text_names_its_own(text: str, bare: str, unit: str) -> None:
    assert [f.unit for f in run(text).facts if f.value_text == bare] == [unit]


@pytest.mark.parametrize(
    ("headline", "area"),
    [
        ("German exports rebound in September", "Germany"),
        ("Euro zone trade surplus jumps in September", "Euro area"),
        ("Euro Zone Exports Climb In September", "Euro area"),
        ("TABLE-Japan Oct exports rise 3.6% y/y, US-bound shipments fall", "Japan"),
        ("Analysis of Sichuan's foreign trade in the first half", "Sichuan"),
        # the first subject is only the story's actor; the trade is a later one's
        ("Vietnam closes in on top spot in Japanese trade as Korean shipments fade", "Japan"),
        ("India Nears Lead in Dutch Exports", "Netherlands"),
        # ... unless the first subject's own trade comes a few words on, or is a pair's
        ("Canada Says Exports Slid as Mexican Trade Held Up", "Canada"),
        ("China-Central Asia trade sets record as Kazakh imports soar", "China"),
        ("Shenzhen keeps crown as China's top foreign trade city", "Shenzhen"),
        # a partner the headline ranks among an owner's partners: the owner's trade with it
        ("EU stays Switzerland's top trading partner as two-way trade climbs", "Switzerland"),
        ("Vietnam, Japan trade climbs to a record in the first half", "Vietnam"),
        ("EU, ASEAN trade helps lift Vietnam's first-half exports", "Vietnam"),
        # ... and a place whose trade follows a preposition is the other side of the owner's trade
        ("Rebound in China trade gives German exports a surprise lift", "Germany"),
        ("Slump in U.S. trade drags Korean exports lower", "South Korea"),
        # ... or whose trade drives a later place's, or is goods for a market in a story on a later one's balance
        ("Weaker US exports push Canada's trade deficit wider", "Canada"),
        ("Brisk ASEAN trade lifts Guangxi's foreign trade 9 pct", "Guangxi"),
        ("Weak China sales leave Swiss exports flat", "Switzerland"),
        ("EU car exports slide as Korea runs a record trade surplus", "South Korea"),
        ("Gansu's Central Asia trade climbs 14% in first half", "Gansu"),
        ("Oil bill drop, EU export gains cut Turkey's October trade deficit", "Turkey"),
        # ... but not an owner's partner, nor a later balance when the first place's trade is its own
        ("China's US soybean imports fall to zero", "China"),
        ("China exports rise as US trade deficit widens", "China"),
        # a headline whose main clause names no place, over a clause that names whose trade it is
        ("Exporters shrug off tariffs as Korea's trade surplus hits a record", "South Korea"),
        ("Strike at a carmaker drags down car exports as UK trade gap grows", "United Kingdom"),
    ],
)
def test_the_article_subject_comes_from_its_headline(headline: str, area: str) -> None:
    facts = run(f"{headline}\n\nExports rose 1.4% on the month in October, officials said.").facts
    assert [f.area for f in facts] == [area]


@pytest.mark.parametrize(
    "headline",
    ["Factories race US tariff deadline as shipments climb", "Shipments climb despite EU duties on steel",
     "Exporters shrug off Washington trade talks", "Shipments rise for a fifth month as US orders pick up",
     "Exports beat forecasts on strong Chinese demand"],
)  # fmt: skip
def test_a_country_the_headline_names_for_its_policy_is_not_the_subject(headline: str) -> None:
    text = f"{headline}\n\nMalaysian exports rose 4.1% in October from a year earlier.\n\nImports fell 2.3%."
    assert [f.area for f in run(text).facts] == ["Malaysia", "Malaysia"]  # the second paragraph takes the frame's


@pytest.mark.parametrize(
    "byline",
    ["By WANG LI in Wuhan | China Daily", "By a staff reporter in Wuhan | China Daily",
     "By staff reporters in Wuhan and Changsha", "By our correspondent in Wuhan"],
)  # fmt: skip
def test_where_a_byline_places_its_reporter_is_not_the_subject(byline: str) -> None:
    text = (
        f"Inland provinces gain ground\n\n{byline} | Updated: 2025-10-28 07:36\n\n"
        "China's inland provinces are finding new buyers.\n\nIn the first three quarters of 2025, the imports and "
        "exports of Hunan, Hubei and Jiangxi reached 1.2 trillion yuan.\n\nExports rose 9.2 percent."
    )
    facts = run(text).facts
    assert facts[0].area == "Hunan, Hubei, Jiangxi"  # whose "imports and exports of" they are
    assert not {"Wuhan", "Changsha"} & {f.area for f in facts}


@pytest.mark.parametrize("dateline", ["SINGAPORE, Oct 20 (Reuters) -", "LONDON, Oct 20 (Reuters) -"])
def test_a_wire_dateline_before_the_leads_economy_is_not_the_subject(dateline: str) -> None:
    """Under a headline that names no economy, a dateline city is where the reporter wrote; the lead's economy is
    the story's, in the paragraphs that name none too."""
    text = (f"Mine outage leaves smelters short\n\n{dateline} China's copper imports slipped 3.1% in September.\n\n"
            "Smelters drew down their stocks.\n\nArrivals from Chile fell 4.4%.")
    assert {f.area for f in run(text).facts} == {"China"}


def test_a_release_that_opens_on_boxes_of_figures_takes_the_economy_of_its_first_prose() -> None:
    """A statistics office's release: a headline and boxes of headline figures that name no economy, then prose
    that does; the prose's economy is the story's, also where a later sentence names only a group of partners."""
    text = ("Foreign trade in March 2026: exports up 1.2% on the month\n\nPress release No. 88 of 8 May 2026\n\n"
            "Exports (goods, seasonally adjusted), March 2026\n17.3 billion euros\n+1.2% compared with February 2026"
            "\n\nImports (goods, seasonally adjusted), March 2026\n18.1 billion euros\n\nVIENNA - Austrian exports "
            "rose 1.2% in March 2026 from the month before.\n\nShipments to third countries, meaning states outside "
            "the EU, slipped to 5.2 billion euros. Exports to Germany came to 5.0 billion euros.")
    assert {f.area for f in run(text, date(2026, 5, 8)).facts} == {"Austria"}


def test_a_short_lead_under_a_short_headline_is_body_not_the_title() -> None:
    text = (
        "Thai exports slump\n\nBANGKOK (Reuters) - Thailand's exports fell 5.1% in May from a year earlier, the "
        "commerce ministry said.\n\nImports rose 2.2%."
    )
    article = run(text, date(2025, 6, 24))
    assert article.title != text.split("\n\n")[1]
    assert sorted(f.value for f in article.facts) == [-5.1, 2.2]  # the lead's figure is read, not lost as a headline


def test_a_number_without_an_area_is_rejected_with_its_reason() -> None:
    article = run("Trade figures\n\nExports rose 4 percent in October.")
    assert article.facts == []
    assert article.status is DocStatus.partial
    assert [r.reason.split(":")[0] for r in article.rejected] == ["no area"]
    assert "none attributed" in (article.error or "")


def test_no_year_and_no_published_date_ends_partial_and_says_how_to_fix_it() -> None:
    article = run("Japan's trade\n\nJapan's exports rose 4 percent in October.", published=None)
    assert article.status is DocStatus.partial
    assert "--published" in (article.error or "")
    dated = run("Japan's trade\n\nJapan's exports rose 4 percent in October.", published=date(2025, 11, 20))
    assert rows(dated) == {("Japan", None, "exports", "growth", "yoy", 4.0, "percent", "2025-10", "2025-10")}


def test_forecasts_and_polls_are_not_facts() -> None:
    facts = run("US trade\n\nUS exports rose 1.4% on the month in October, beating economists' forecasts of a 0.5% gain.").facts
    assert [f.value for f in facts] == [1.4]


def test_published_flag_dates_inputs_that_carry_none(tmp_path) -> None:
    from tradefacts.cli import main

    (tmp_path / "a.txt").write_text("Japan trade\n\nJapan's exports rose 4 percent in October.\n", encoding="utf-8")
    out = tmp_path / "run.jsonl"
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out)]) == 0
    import json

    undated = json.loads(out.read_text())
    assert undated["status"] == "partial" and "--published" in undated["error"]
    out.unlink()
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(out), "--published", "2025-11-20"]) == 0
    dated = json.loads(out.read_text())
    assert dated["status"] == "ok" and dated["published"] == "2025-11-20"
    assert [(f["period"]["start"], f["value"]) for f in dated["facts"]] == [("2025-10", 4.0)]


def test_the_eval_counts_unattributed_numbers(tmp_path) -> None:
    from tradefacts import extract, score

    text = "Monthly trade figures released on Thursday\n\nExports rose 4 percent in October.\n\nMore data.\n\nJapan's imports fell 2 percent in October."
    article = extract({"id": "u", "text": text, "published": "2025-11-20"})
    gold = article.model_copy(update={"facts": article.facts, "rejected": []})
    metrics = score([gold], [article])
    assert metrics["rejected"]["unattributed"] == 1


def test_part_of_a_month_is_out_of_scope_until_a_sentence_states_a_period_of_its_own() -> None:
    text = (
        "S. Korea's exports up 3.1 pct in first 10 days of May\n\nSEOUL, May 11 (Yonhap) -- South Korea's exports rose "
        "3.1 percent in the first 10 days of May 2025.\n\nBy item, chip exports jumped 12.2 percent.\n\nIn April, "
        "exports rose 3.7 percent to $58.2 billion."
    )
    article = run(text, date(2025, 5, 11))
    assert {(f.value, f.period.start) for f in article.facts} == {(3.7, "2025-04"), (58.2e9, "2025-04")}
    assert sorted(r.fact["value_text"] for r in article.rejected if r.reason.startswith("part of a month")) == [
        "12.2", "3.1",
    ]  # recorded with the reason, not dropped silently


def test_a_later_look_at_part_of_a_month_is_that_sentences_alone() -> None:
    text = (
        "S. Korea's May exports rise\n\nSEOUL, June 1 (Yonhap) -- South Korea's exports rose 4.0 percent in May 2025. "
        "Data for the first 20 days of May had shown exports up 7.9 percent.\n\nChip exports soared 21.2 percent."
    )
    article = run(text, date(2025, 6, 1))
    assert {(f.value, f.period.start) for f in article.facts} == {(4.0, "2025-05"), (21.2, "2025-05")}
    assert [r.fact["value_text"] for r in article.rejected] == ["7.9"]


def test_a_story_on_part_of_a_month_that_turns_to_the_whole_month_before_stays_on_it() -> None:
    """A lead on the first ten days of March, then "exports last month came to ...": the next paragraphs, which name
    no period, are February's, not the part of March."""
    text = (
        "S. Korea's exports up 5.1 pct over first 10 days of March\n\nSEOUL, March 11 (Yonhap) -- South Korea's "
        "exports rose 5.1 percent over March 1-10.\n\nThe figures follow a weak February. Exports last month came to "
        "$52.4 billion, down 2.2 percent.\n\nShipments of cars rose 3.3 percent to $5.1 billion."
    )
    article = run(text, date(2026, 3, 11))
    assert {(f.value, f.period.start) for f in article.facts} == {
        (52.4e9, "2026-02"), (-2.2, "2026-02"), (3.3, "2026-02"), (5.1e9, "2026-02")}


def test_a_release_that_names_no_economy_takes_its_statistics_office_s() -> None:
    """"The Ministry of Science and ICT (MSIT) announced ..." names no country: the office publishes Korea's
    figures. A text that names its economy keeps it."""
    from tests.test_rules_constructions import facts_of

    text = ("ICT exports rise in July\n\nMinistry of Science and ICT | Press Release\n\nThe ministry announced that "
            "exports of ICT products totaled USD 19.1 billion in July 2024, an increase of 21.4%.")  # fmt: skip
    assert {row[0] for row in facts_of(text, date(2024, 8, 14))} == {"South Korea"}
    named = text.replace("The ministry announced", "Japan's ministry announced")
    assert {row[0] for row in facts_of(named, date(2024, 8, 14))} == {"Japan"}


def test_a_headline_subject_keeps_its_story_past_a_subordinate_clause_on_another_economy() -> None:
    """'Japan logs 2nd straight monthly trade deficit in May as U.S. exports fall': Japan's story; the US only owns
    the trade of the clause after 'as'."""
    from tradefacts.extract.rules.headline import frame_area

    assert frame_area("Japan logs 2nd straight monthly trade deficit in May as U.S. exports fall", []) == "Japan"
    assert frame_area("China Edges Toward Top Spot in German Trade", []) == "Germany"


def test_a_month_abbreviation_in_a_headline_is_no_goods() -> None:
    """'China's Sept copper concentrate imports ... slump': the sector is copper concentrate ("Sept" had hidden it)."""
    from tradefacts.extract.rules.headline_goods import title_product

    assert title_product("China's Sept copper concentrate imports from Indonesia slump after mudslide") == (
        "copper concentrate"
    )



def test_a_headline_whose_only_place_is_in_its_cause_leaves_the_economy_to_the_lead() -> None:
    """"Trade deficit balloons to 13-month high as gold imports surge, US shipments slide" over a lead on "India's
    merchandise trade deficit": the story is India's, not the United States'."""
    from tests.test_rules_constructions import facts_of

    text = ("Trade deficit balloons to 13-month high of $32.15 bn as gold imports surge, US shipments slide\n\n"
            "India's merchandise trade deficit swelled to $32.15 billion in September 2025, as most Indian goods faced "
            "a 50 per cent tariff in the United States.\n\nOutbound shipments of goods rose 6.74 per cent from a year "
            "earlier to $36.38 billion.")
    assert {row[0] for row in facts_of(text, date(2025, 10, 15))} == {"India"}


def test_a_list_of_buyers_before_demand_in_a_headline_is_no_subject() -> None:
    """"China's exports top expectations in July on firm EU, ASEAN demand": the EU is a buyer, as in "on firm EU
    demand"; the story is China's."""
    from tests.test_rules_constructions import facts_of

    text = ("China's exports top expectations in July on firm EU, ASEAN demand\n\nBEIJING, Aug 7 (Reuters) - Chinese "
            "exports beat forecasts in July.\n\nImports expanded 2.4%, below what analysts had pencilled in.")
    assert {row[0] for row in facts_of(text, date(2026, 8, 7))} == {"China"}


def test_our_province_is_the_publishers_province() -> None:
    """A release headed "How Our Province's Foreign Trade Did in 2024", "Published by: Department of Commerce of
    Zhejiang Province" on a line of its own, whose lead later names the country's total: Zhejiang's figures."""
    from tests.test_rules_constructions import facts_of

    text = ("How Our Province's Foreign Trade Did in 2024\n\nPublished by: Department of Commerce of Zhejiang Province"
            "    Date of release: 2025-01-21\n\nCustoms figures show that in 2024 our province's imports and exports "
            "reached 52,418 hundred million yuan, up 7.2% (the same below), or 12.0% of the country's total, the "
            "third largest in China.")
    assert ("Zhejiang", None, None, None, "total", "growth", "yoy", 7.2, "percent", "2024-01", "2024-12") in facts_of(
        text, date(2025, 1, 21))


@pytest.mark.parametrize(
    "sentence",
    ["After Ankara's new import levy took effect, Turkey's share fell to 6.1 percent.",
     "An analyst at a Jakarta think tank said Indonesia's share fell to 6.1 percent."],
)  # fmt: skip
def test_a_place_named_for_its_policy_or_an_institute_is_no_subject_of_the_figures_after_it(sentence: str) -> None:
    text = ("China's steel exports rise\n\nBEIJING, Oct 20 - China's steel exports rose 8.2 percent in the first three "
            f"quarters. {sentence} Shipments to Africa rose 12.6 percent.")
    assert {f.area for f in run(text).facts} == {"China"}


def test_an_economy_as_a_whole_that_recorded_a_balance_is_its_subject() -> None:
    """"The European Union as a whole recorded a surplus of 9.8 billion euros" in a story on the euro zone: the EU's."""
    facts = run("Euro zone trade surplus narrows in September\n\nBRUSSELS, Nov 17 (Reuters) - The euro zone's trade "
                "surplus narrowed to 12.3 billion euros in September 2026. The European Union as a whole recorded a "
                "surplus of 9.8 billion euros.").facts
    assert {f.value: f.area for f in facts} == {12.3e9: "Euro area", 9.8e9: "European Union"}


def test_a_capital_s_own_figures_are_its_government_s_economy_s_with_a_bare_apostrophe_too() -> None:
    """"Brussels' own figures ... its sales to China shrank 5.4 per cent": the EU's, as "Beijing's count" is China's;
    the city is never the economy."""
    facts = run("China's surplus with the EU\n\nHONG KONG - China's exports to the European Union rose 9.4 per cent "
                "in October 2026.\n\nBrussels' own figures, which count goods differently, tell a similar story. "
                "Eurostat data showed the EU bought €412.6 billion of Chinese goods in the January-September period, "
                "while its sales to China shrank 5.4 per cent to €148.3 billion.").facts
    areas = {f.value: f.area for f in facts}
    assert areas.get(148.3e9) == "European Union" and "Brussels" not in areas.values(), areas
