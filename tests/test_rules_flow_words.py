"""Flow words whose neighbours decide the flow: a balance glossed as "the excess of imports over exports", goods
that "brought in" money (what they earned) against goods brought in (bought), goods that open a sentence after a
dateline; "inbound goods" and "outbound goods", "sales there"; a partner described as "the world's second-largest
economy" (no other subject's figure), goods written before it ("machinery to the world's largest economy"), and
"the deficit the EU runs with"; goods that "left Germany" or "were sourced from the EU": rows as in
test_rules_constructions.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

JAN_OCT = ("2025-01", "2025-10")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a headline that 'ships ... trucks abroad' frames the story's goods; a partner 'whose purchases of Chinese "
    "trucks' rose buys China's exports": (
        "China ships over 1 million trucks abroad as demand in Africa grows\n\nBEIJING, Jan 20 - China's truck "
        "exports rose 12.4 percent in 2025. In second place was Nigeria, whose purchases of Chinese trucks climbed "
        "31.5 percent to 84,300 units. Shipments to Kenya fell 3.2 percent.",
        date(2026, 1, 20),
        [("China", "Nigeria", "trucks", None, "exports", "growth", "yoy", 31.5, "percent", "2025-01", "2025-12"),
         ("China", "Nigeria", "trucks", None, "exports", "quantity", None, 84300.0, "number", "2025-01", "2025-12"),
         ("China", "Kenya", "trucks", None, "exports", "growth", "yoy", -3.2, "percent", "2025-01", "2025-12")],
    ),
    "'U.S.-bound goods' are exports to the US, after a sentence on imports": (
        "BEIJING, Dec 8 (Reuters) - China's exports rose 5.9% in November 2025. Imports edged up 1.9%. U.S.-bound "
        "goods were worth $33.8 billion, down 28.6% on the year.",
        date(2025, 12, 8),
        [("China", "United States", None, None, "exports", "value", None, 33.8e9, "USD", "2025-11", "2025-11"),
         ("China", "United States", None, None, "exports", "growth", "yoy", -28.6, "percent", "2025-11", "2025-11")],
    ),
    "goods a country 'bought from and sold to' the world are its total trade": (
        "BEIJING, Nov 7 (Xinhua) -- Between January and October 2026, the value of goods China bought from and "
        "sold to the rest of the world came to 38.65 trillion yuan, a gain of 3.6 percent.",
        date(2026, 11, 7),
        [("China", None, None, None, "total", "value", None, 38.65e12, "CNY", "2026-01", "2026-10"),
         ("China", None, None, None, "total", "growth", "yoy", 3.6, "percent", "2026-01", "2026-10")],
    ),
    "'Sales of' goods of four words 'to' a partner are exports": (
        "LONDON, Oct 10 (Reuters) - British goods exports fell in August 2026. Sales of medical and optical "
        "instruments to EU countries fell 8.1% to 2.3 billion pounds.",
        date(2026, 10, 10),
        [("United Kingdom", "European Union", "medical and optical instruments", None, "exports", "growth", "yoy",
          -8.1, "percent", "2026-08", "2026-08"),
         ("United Kingdom", "European Union", "medical and optical instruments", None, "exports", "value", None,
          2.3e9, "GBP", "2026-08", "2026-08")],
    ),
    "'the excess of imports over exports' glosses the balance": (
        "India's trade deficit narrows\n\nNEW DELHI, Nov 15 (PTI) The trade gap, or the excess of imports over "
        "exports, stood at USD 21.6 billion in September.",
        date(2025, 11, 15),
        [("India", None, None, None, "balance", "value", None, -21.6e9, "USD", "2025-09", "2025-09")],
    ),
    "goods that 'brought in' a sum written with its currency word earned it; tonnes or goods 'of' were bought": (
        "China's trade this year\n\nBEIJING -- Steel products brought in 3.2 billion dollars from January to "
        "October. The country brought in 5.1 billion dollars of Australian coal from January to October.",
        date(2025, 11, 20),
        [("China", None, "steel products", None, "exports", "value", None, 3.2e9, "USD", *JAN_OCT),
         ("China", "Australia", "coal", None, "imports", "value", None, 5.1e9, "USD", *JAN_OCT)],
    ),
    "goods that open a sentence right after a Xinhua dateline ('-- ') are the figure's goods": (
        "China's trade this year\n\nBEIJING, Nov 20 (Xinhua) -- Coal earned 3.2 billion dollars from January to "
        "October. The country bought 5.1 billion dollars of Australian iron ore over the same period.",
        date(2025, 11, 20),
        [("China", None, "coal", None, "exports", "value", None, 3.2e9, "USD", *JAN_OCT)],
    ),
    "'the Ministry of Trade' and 'a trade ministry official' name no flow: the rise after them is exports'": (
        "Korea's exports rise\n\nSEOUL (Yonhap) -- Exports grew 7.1 percent on-year in November, the Ministry of "
        "Trade, Industry and Resources said, picking up from a 2.5 percent rise in October. Imports grew 1.2 percent "
        "in November, a trade ministry official said, after a 2.6 percent rise in October.",
        date(2025, 12, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 2.5, "percent", "2025-10", "2025-10"),
         ("South Korea", None, None, None, "imports", "growth", "yoy", 2.6, "percent", "2025-10", "2025-10")],
    ),
    "'Inbound goods rose ..., far outpacing outbound goods': imports, then exports": (
        "US trade\n\nWASHINGTON, June 5 (Reuters) - The U.S. goods deficit widened in April. Inbound goods rose 6.9% "
        "to $283.3 billion, far outpacing outbound goods, which grew just 0.1% to $179.4 billion.",
        date(2025, 6, 5),
        [("United States", None, None, None, "imports", "value", None, 283.3e9, "USD", "2025-04", "2025-04"),
         ("United States", None, None, None, "exports", "value", None, 179.4e9, "USD", "2025-04", "2025-04")],
    ),
    "'bought goods worth €81.3 billion from the world's second-largest economy, 10.7% more ..., while its sales "
    "there fell 14.3%': the economy is the partner described, and sales there are exports": (
        "German trade\n\nBERLIN, Feb 20 (Reuters) - German trade with China grew in 2025. Germany bought €81.3 "
        "billion worth of goods from the world's second-largest economy, 10.7% more than a year earlier, while its "
        "sales there fell 14.3% to €41.3 billion.",
        date(2026, 2, 20),
        [("Germany", "China", None, None, "imports", "growth", "yoy", 10.7, "percent", "2025-01", "2025-12"),
         ("Germany", "China", None, None, "exports", "growth", "yoy", -14.3, "percent", "2025-01", "2025-12"),
         ("Germany", "China", None, None, "exports", "value", None, 41.3e9, "EUR", "2025-01", "2025-12")],
    ),
    "'shipments of semiconductor manufacturing equipment and construction machinery to the world's largest economy "
    "tumbled 38.9 percent and 26.1 percent, respectively': the goods before the described partner": (
        "Japan's exports fall\n\nTOKYO, Sept 17 (Kyodo) -- Japan's exports to the United States fell in August. "
        "Car exports to the U.S. plunged 28.4 percent in value, while shipments of semiconductor manufacturing "
        "equipment and construction machinery to the world's largest economy tumbled 38.9 percent and 26.1 percent, "
        "respectively.",
        date(2025, 9, 17),
        [("Japan", "United States", "semiconductor manufacturing equipment", None, "exports", "growth", "yoy", -38.9,
          "percent", "2025-08", "2025-08"),
         ("Japan", "United States", "construction machinery", None, "exports", "growth", "yoy", -26.1, "percent",
          "2025-08", "2025-08")],
    ),
    "'the deficit the EU runs with the world's second-largest economy' in a euro zone story: the EU's": (
        "Euro zone trade surplus\n\nBRUSSELS, June 16 (Reuters) - The euro zone's trade surplus narrowed in April."
        "\n\nEU exports to China fell 6.3% to €16.9 billion, and with imports from China still rising, the deficit "
        "the EU runs with the world's second-largest economy grew to €27.2 billion.",
        date(2026, 6, 16),
        [("European Union", "China", None, None, "balance", "value", None, -27.2e9, "EUR", "2026-04", "2026-04")],
    ),
    "goods that 'came into the country' are imports, foreign-made goods are goods alone, and 'imported services' "
    "are services": (
        "US trade gap\n\nWASHINGTON, Oct 7 - Imports of goods and services rose 1.1% to $352.4 billion in August. "
        "Foreign-made goods worth $276.0 billion came into the country, along with $76.4 billion in imported services.",
        date(2025, 10, 7),
        [("United States", None, "goods and services", None, "imports", "value", None, 352.4e9, "USD", "2025-08",
          "2025-08"),
         ("United States", None, None, None, "imports", "value", None, 276.0e9, "USD", "2025-08", "2025-08"),
         ("United States", None, "services", None, "imports", "value", None, 76.4e9, "USD", "2025-08", "2025-08")],
    ),
    "'spending on Australian coal' is what the economy imported, the goods after their origin": (
        "China and Australia in 2025\n\nBEIJING, Jan 20 - China's spending on Australian coal slid 14.6 percent to "
        "$9.7 billion last year.",
        date(2026, 1, 20),
        [("China", "Australia", "coal", None, "imports", "value", None, 9.7e9, "USD", "2025-01", "2025-12"),
         ("China", "Australia", "coal", None, "imports", "growth", "yoy", -14.6, "percent", "2025-01", "2025-12")],
    ),
    "'sales of U.S. goods and services abroad' are exports, and 'purchases of foreign consumer goods' are imports "
    "of consumer goods": (
        "US trade in September\n\nWASHINGTON (Reuters) - Sales of U.S. goods and services abroad climbed 0.9% on the "
        "month to $281.3 billion in September 2025, while purchases of foreign consumer goods, including toys and "
        "laptops, slid 3.2% to $64.5 billion.",
        date(2025, 11, 4),
        [("United States", None, "goods and services", None, "exports", "value", None, 281.3e9, "USD", "2025-09",
          "2025-09"),
         ("United States", None, "goods and services", None, "exports", "growth", "mom", 0.9, "percent", "2025-09",
          "2025-09"),
         ("United States", None, "consumer goods", None, "imports", "value", None, 64.5e9, "USD", "2025-09",
          "2025-09")],
    ),
    "'spent N on imports' after exports in the same sentence, and 'spent N on imported phones', are imports": (
        "Korea's first half\n\nSEOUL, July 1 (Yonhap) - Over the six months the country sold goods worth $334.1 "
        "billion abroad and spent $291.5 billion on imports. In June alone it spent $4.2 billion on imported phones.",
        date(2026, 7, 1),
        [("South Korea", None, None, None, "exports", "value", None, 334.1e9, "USD", "2026-01", "2026-06"),
         ("South Korea", None, None, None, "imports", "value", None, 291.5e9, "USD", "2026-01", "2026-06"),
         ("South Korea", None, "phones", None, "imports", "value", None, 4.2e9, "USD", "2026-06", "2026-06")],
    ),
    "'China on its own took N of Japanese shipments' is Japan's exports to China": (
        "Japan's exports\n\nTOKYO, Nov 19 (Reuters) - Japan's exports rose 3.1% in October. The United States by "
        "itself took 1.84 trillion yen of Japanese goods, 2.2 percent less than a year earlier.",
        date(2026, 11, 19),
        [("Japan", "United States", None, None, "exports", "value", None, 1.84e12, "JPY", "2026-10", "2026-10"),
         ("Japan", "United States", None, None, "exports", "growth", "yoy", -2.2, "percent", "2026-10", "2026-10")],
    ),
    "'two-way commerce' is the whole trade, not the surplus of the paragraph before": (
        "Vietnam's trade\n\nHANOI, May 6 - Vietnam's trade surplus reached $5.1 billion in the first four months of "
        "2026.\n\nOver those months China stayed Vietnam's biggest trading partner: two-way commerce grew 11.4 "
        "percent to $62.8 billion.",
        date(2026, 5, 6),
        [("Vietnam", "China", None, None, "total", "value", None, 62.8e9, "USD", "2026-01", "2026-04"),
         ("Vietnam", "China", None, None, "total", "growth", "yoy", 11.4, "percent", "2026-01", "2026-04")],
    ),
    "'Korean buying from Chile' is imports from Chile": (
        "Korea and Chile\n\nSEOUL, Jan 20 - Korea's trade with Chile shrank in 2025. Last year Korean buying from "
        "Chile slid 6.2 per cent, to US$4.1 billion.",
        date(2026, 1, 20),
        [("South Korea", "Chile", None, None, "imports", "value", None, 4.1e9, "USD", "2025-01", "2025-12"),
         ("South Korea", "Chile", None, None, "imports", "growth", "yoy", -6.2, "percent", "2025-01", "2025-12")],
    ),
    "'left Korea N (about $M) in the black' is a surplus, both figures, past the conversion's brackets": (
        "Korea's trade\n\nSEOUL, Dec 1 (Yonhap) - South Korea's exports rose 6.0% in November 2026. That left Korea "
        "6.1 trillion won (about $4.2 billion) in the black.",
        date(2026, 12, 1),
        [("South Korea", None, None, None, "balance", "value", None, 6.1e12, "KRW", "2026-11", "2026-11"),
         ("South Korea", None, None, None, "balance", "value", None, 4.2e9, "USD", "2026-11", "2026-11")],
    ),
    "'the deficit Korea ran with the country was N' after imports from it is the balance": (
        "Korea's trade\n\nSEOUL, Dec 1 (Yonhap) - South Korea's exports rose 6.0% in November 2026. Imports from "
        "Saudi Arabia totaled $2.9 billion, and the deficit Korea ran with the country was $2.1 billion.",
        date(2026, 12, 1),
        [("South Korea", "Saudi Arabia", None, None, "balance", "value", None, -2.1e9, "USD", "2026-11", "2026-11")],
    ),
    "'inbound ones' are imports, goods 'shipped in and out of the country' the whole trade, and money 'of export "
    "sales' that goods 'brought in' are exports": (
        "Xiamen's trade\n\nXIAMEN, Nov 20 -- Xiamen's foreign trade rose in October 2026. Outbound shipments came to "
        "52.1 billion yuan and inbound ones to 38.4 billion yuan. Goods shipped in and out of the city totalled 90.5 "
        "billion yuan. Electronics brought in 1,204.6 hundred million yuan of export sales over January-October.",
        date(2026, 11, 20),
        [("Xiamen", None, None, None, "imports", "value", None, 38.4e9, "CNY", "2026-10", "2026-10"),
         ("Xiamen", None, None, None, "total", "value", None, 90.5e9, "CNY", "2026-10", "2026-10"),
         ("Xiamen", None, "electronics", None, "exports", "value", None, 120.46e9, "CNY", "2026-01", "2026-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_flow_word(name: str) -> None:
    text, published, expected = CASES[name]
    assert_yields(text, published, expected)


def test_goods_going_to_a_partner_are_exports() -> None:
    text = ("German trade\n\nBERLIN (Reuters) - German exports fell 1.7 percent in April 2026 from the previous month. "
            "Trade inside the bloc held up, with 70.2 billion euros of goods going to other EU member states, 0.8 "
            "percent more than in March.")
    flows = {row[7]: (row[1], row[4]) for row in facts_of(text, date(2026, 6, 8))}
    assert flows[70.2e9] == ("European Union", "exports") and flows[0.8] == ("European Union", "exports")


@pytest.mark.parametrize(
    "sentence",
    ["Imports came to $231.4 billion, and the combined value of goods traded in both directions reached $552.9 "
     "billion, a gain of 1.8 percent.",
     "Looking at October alone, the value of goods the country traded with the rest of the world was $552.9 billion, "
     "up 1.8%."],
)  # fmt: skip
def test_goods_traded_both_ways_or_with_the_world_are_total_trade(sentence: str) -> None:
    text = f"China trade\n\nBEIJING, Nov 7 (Reuters) -- China's exports rose 2.1 percent in October 2026. {sentence}"
    flows = {row[7]: row[4] for row in facts_of(text, date(2026, 11, 7))}
    assert flows[552.9e9] == "total" and flows[1.8] == "total"


@pytest.mark.parametrize(
    ("sentence", "flow"),
    [("Outbound merchandise shipments for April-October totalled $241.8 billion, 3.4% more than a year before.",
      "exports"),
     ("Outgoing shipments over April-October totalled $241.8 billion, up 3.4%.", "exports"),
     ("Incoming merchandise deliveries for April-October totalled $241.8 billion, up 3.4%.", "imports")],
)  # fmt: skip
def test_outbound_and_incoming_with_a_word_between_keep_their_flow_in_a_story_on_purchases(
    sentence: str, flow: str
) -> None:
    # the headline is on what the economy buys, so a bare "shipments" would read as its purchases
    text = (f"Fuel purchases widen India's trade gap\n\nNEW DELHI, Nov 17 (Reuters) - India's trade deficit widened "
            f"to $30.1 billion in October 2026. {sentence}")
    flows = {row[7]: row[4] for row in facts_of(text, date(2026, 11, 17))}
    assert flows[241.8e9] == flow and flows[3.4] == flow


@pytest.mark.parametrize(
    ("sentence", "flows"),
    [("Exports of services climbed 1.4% on the quarter to £128.6bn, ahead of a 0.7% rise in services imports to "
      "£81.2bn.", {1.4: "exports", 0.7: "imports", 81.2e9: "imports"}),
     ("Shipments from Britain to Norway fell 6.2% to £3.1bn, a steeper slide than the 2.8-percent drop in purchases "
      "of Norwegian gas.", {6.2: "exports", 2.8: "imports"})],
)  # fmt: skip
def test_a_rate_is_of_the_flow_it_is_a_rise_in_words_after_it(sentence: str, flows: dict[float, str]) -> None:
    # the flow word before the figure belongs to the clause before; "shipments from Britain" do not make the
    # purchases exports
    text = f"UK trade\n\nLONDON, Nov 12 (Reuters) - In the three months to September 2026, {sentence}"
    found = {abs(row[7]): row[4] for row in facts_of(text, date(2026, 11, 12))}
    assert {value: found.get(value) for value in flows} == flows


def test_a_flow_sized_in_its_own_aside_and_compared_with_the_other_keeps_its_figures() -> None:
    text = ("Korea trade\n\nSEOUL, Dec 1 (Yonhap) -- South Korea's exports rose 7.9 percent in November 2026. The "
            "surplus reached $9.86 billion, as imports, at $51.37 billion, rose less than exports, climbing 4.2 "
            "percent from a year earlier.")
    found = {row[7]: row[4] for row in facts_of(text, date(2026, 12, 1))}
    assert (found[9.86e9], found[51.37e9], found[4.2]) == ("balance", "imports", "imports")


@pytest.mark.parametrize(
    ("sentence", "flows"),
    [("Inbound gold shipments tumbled 59.2 per cent to $4.02 billion, while outbound engineering deliveries grew "
      "4.8 per cent.", {59.2: "imports", 4.02e9: "imports", 4.8: "exports"}),
     ("Incoming crude oil cargoes rose 3.1 per cent.", {3.1: "imports"})],
)  # fmt: skip
def test_inbound_and_outbound_shipments_keep_their_flow_with_goods_named_between(
    sentence: str, flows: dict[float, str]
) -> None:
    text = f"India trade\n\nNEW DELHI, Dec 15 (PTI) - India's merchandise trade grew in November 2026. {sentence}"
    rows = facts_of(text, date(2026, 12, 15))
    found = {abs(row[7]): row[4] for row in rows}
    assert {value: found.get(value) for value in flows} == flows
    goods = {abs(row[7]): row[2] for row in rows}  # the goods between the direction and the noun are the figure's
    assert goods.get(59.2, "gold") == "gold"


def test_goods_that_left_the_country_or_were_sourced_from_a_partner_name_their_flow_after_the_figure() -> None:
    """A statistics office's wording, with each flow after its figure: goods worth X "left Germany" (exports) and
    "were brought into the country" or "coming in" (imports); ", while goods worth Y were sourced from the EU"
    (imports, though exports to the EU open the sentence); and a partner that "took X of German goods and delivered
    Y in return": what it took is Germany's exports, what it delivered Germany's imports."""
    text = ("German trade surplus widens\n\nWIESBADEN, Nov 7 - Adjusted for calendar and seasonal effects, goods "
            "worth 131.2 billion euros left Germany in September 2026, while goods worth 114.9 billion euros were "
            "brought into the country. Exports to EU member states reached 71.5 billion euros, while goods worth "
            "57.3 billion euros were sourced from the EU. The euro area took 49.8 billion euros of German goods "
            "(+0.4%) and delivered 37.2 billion euros (-0.3%) in return. A year earlier, the value of goods leaving "
            "Germany had been 126.0 billion euros, against 110.3 billion euros of goods coming in.")
    flows = {(row[1], row[7]): row[4] for row in facts_of(text, date(2026, 11, 7)) if row[5] == "value"}
    assert flows[(None, 131.2e9)] == "exports" and flows[(None, 114.9e9)] == "imports", flows
    assert flows[("European Union", 71.5e9)] == "exports" and flows[("European Union", 57.3e9)] == "imports", flows
    assert flows[("Euro area", 49.8e9)] == "exports" and flows[("Euro area", 37.2e9)] == "imports", flows
    assert flows[(None, 126.0e9)] == "exports" and flows[(None, 110.3e9)] == "imports", flows


def test_turnover_after_a_market_or_a_source_is_that_role_s_flow() -> None:
    """"the largest export market with turnover of $138.5 billion" is exports; "the largest source of imports with a
    turnover of $168.3 billion" is imports: the turnover of the role just named, not two-way trade."""
    text = ("Vietnam's trade\n\nHANOI, Dec 6 - Vietnam's exports in the first 11 months of 2026 reached $436.2 "
            "billion. The U.S. remained Vietnam's largest export market with turnover of $138.5 billion, up 26.4%. "
            "China was the largest source of imports with a turnover of $168.3 billion.")
    flows = {row[7]: row[4] for row in facts_of(text, date(2026, 12, 6))}
    assert flows[138.5e9] == "exports" and flows[26.4] == "exports" and flows[168.3e9] == "imports", flows
