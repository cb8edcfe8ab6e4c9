"""Countries named by a description: "the South American country" is the last country named on that continent, not
merely the last one ("Brazil ..., the U.S. ... The South American country's share ..." is Brazil's); a partner's
"share of the market" is its share, not an apposition on the subject; "Angola, China's largest African oil
supplier," describes Angola: "African" there names no second partner (while "the American market" still does);
"imports from its neighbour" after "exports to Vietnam" are from Vietnam, the partner just named (its owner is the
subject); "leaving Tokyo with a deficit" makes Japan the balance's owner; "outside the bloc" after the EU and then
the euro zone is outside the EU; the share of "trade between the two sides" in the country's total is the pair's; "to both EU and non-EU
countries" names partners, and those of a reason given for a figure are not the next figure's; "trade with the
group" is the bloc named before, "trade between the two", "the two sides traded" and "The ASEAN figure" the partner;
"Kyrgyzstan, where trade climbed" gives the where-clause's figures their partner; "the two neighbors ...
respectively" distributes the last pair named.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

JAN_SEP = ("2025-01", "2025-09")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'the city's' after a sentence on 'the province's' total is the story's city again": (
        "Luoyang's Foreign Trade in 2025\n\nSource: Luoyang Municipal People's Government\n\nIn 2025, the total import "
        "and export value of the city's foreign trade was 503.2 100 million yuan, accounting for 5.4% of Henan "
        "Province's total. In the same period, the province's total import and export value was 9,356.7 100 million "
        "yuan. In December alone, the city's import and export value was 48.9 100 million yuan, an increase of 11.2% "
        "year-on-year.",
        date(2026, 1, 20),
        [("Luoyang", None, None, None, "total", "value", None, 503.2e8, "CNY", "2025-01", "2025-12"),
         ("Luoyang", None, None, None, "total", "value", None, 48.9e8, "CNY", "2025-12", "2025-12"),
         ("Luoyang", None, None, None, "total", "growth", "yoy", 11.2, "percent", "2025-12", "2025-12")],
    ),
    "'The South American country's share' after Brazil and then the US: Brazil's": (
        "China's soybean imports\n\nBEIJING, Oct 20 (Reuters) - In the first nine months, China's soybean imports "
        "from Brazil totalled 68.1 million tons, while those from the U.S. slumped 47.2% to 10.9 million tons. "
        "The South American country's share of the market climbed to 70.8% over the period.",
        date(2025, 10, 20),
        [("China", "Brazil", "soybeans", None, "imports", "share", None, 70.8, "percent", *JAN_SEP)],
    ),
    "'exports to the African nation' after Nigeria and then Germany: Nigeria": (
        "China's trade with Africa\n\nBEIJING, Oct 20 (Xinhua) -- China's trade with Nigeria rose in the first "
        "nine months of 2025, and so did its trade with Germany. Exports to the African nation grew 21.4 percent "
        "to 98.2 billion yuan.",
        date(2025, 10, 20),
        [("China", "Nigeria", None, None, "exports", "value", None, 98.2e9, "CNY", *JAN_SEP)],
    ),
    "'imports from Angola, China's largest African oil supplier, dropped': Angola's, not Africa's": (
        "China-Africa trade\n\nBEIJING, Nov 12 (Xinhua) -- China's trade with Africa rose in the first nine months "
        "of 2025. Imports from Angola, China's largest African oil supplier, dropped 7.6 percent.",
        date(2025, 11, 12),
        [("China", "Angola", None, None, "imports", "growth", "yoy", -7.6, "percent", *JAN_SEP)],
    ),
    "'exports to Vietnam ..., while imports from its neighbour': the partner just named, not the last before": (
        "China's trade with Vietnam\n\nBEIJING, Oct 20 (Xinhua) -- Trade with ASEAN and the US rose in the first "
        "nine months of 2025. China's exports to Vietnam reached 1.12 trillion yuan, while imports from its neighbour "
        "rose 4.4 percent to 560.3 billion yuan.",
        date(2025, 10, 20),
        [("China", "Vietnam", None, None, "imports", "growth", "yoy", 4.4, "percent", *JAN_SEP),
         ("China", "Vietnam", None, None, "imports", "value", None, 560.3e9, "CNY", *JAN_SEP)],
    ),
    "'leaving Tokyo with a deficit' in a story on China: the balance is Japan's": (
        "China-Japan trade\n\nBEIJING, Oct 20 (Xinhua) -- Japanese exports to China fell 2.0 percent in the first "
        "nine months of 2025, while imports from China rose 3.5 percent to $118.4 billion, leaving Tokyo with a "
        "$18.6 billion deficit.",
        date(2025, 10, 20),
        [("Japan", "China", None, None, "balance", "value", None, -18.6e9, "USD", *JAN_SEP)],
    ),
    "'countries outside the bloc' after the EU and then the euro zone: outside the EU": (
        "German exports rise\n\nBERLIN, Nov 7 (Reuters) - Exports to EU member states grew 1.2% on the month to "
        "75.0 billion euros in September 2025, 53.1 billion euros of them to the euro zone. Exports to countries "
        "outside the bloc fell 0.7% to 57.9 billion euros.",
        date(2025, 11, 7),
        [("Germany", "non-EU countries", None, None, "exports", "growth", "mom", -0.7, "percent", "2025-09",
          "2025-09"),
         ("Germany", "non-EU countries", None, None, "exports", "value", None, 57.9e9, "EUR", "2025-09", "2025-09")],
    ),
    "'Trade between the two sides ..., accounting for 12.6 percent of the country's total': the pair's share": (
        "China's foreign trade\n\nBEIJING, Oct 13 (Xinhua) -- China's foreign trade grew in the first three quarters "
        "of 2025.\n\nThe EU remained China's second-largest trading partner. Trade between the two sides rose 3.1 "
        "percent to 4.2 trillion yuan, accounting for 12.6 percent of the country's total foreign trade.",
        date(2025, 10, 13),
        [("China", "European Union", None, None, "total", "share", None, 12.6, "percent", *JAN_SEP),
         ("China", "European Union", None, None, "total", "value", None, 4.2e12, "CNY", *JAN_SEP)],
    ),
    "'helped by sales to both EU and non-EU countries, while goods imports fell': no partner for the imports": (
        "UK trade\n\nLONDON, Feb 12 (Reuters) - In December, goods exports rose 2.4% on the month to £30.2bn, "
        "helped by stronger sales to both EU and non-EU countries, while goods imports fell 0.9% to £49.8bn. That "
        "left a monthly goods deficit of £19.6bn.",
        date(2026, 2, 12),
        [("United Kingdom", None, None, None, "imports", "growth", "mom", -0.9, "percent", "2025-12", "2025-12"),
         ("United Kingdom", None, None, None, "imports", "value", None, 49.8e9, "GBP", "2025-12", "2025-12"),
         ("United Kingdom", None, None, None, "balance", "value", None, -19.6e9, "GBP", "2025-12", "2025-12")],
    ),
    "'Thailand took 1.2 million tons, up 9%, and Vietnam 0.8 million tons': the second partner shares the verb": (
        "China's copper exports\n\nBEIJING, Oct 20 (Reuters) - China's copper exports rose in the first nine months "
        "of 2025. Thailand took 1.2 million tons, up 9%, and Vietnam 0.8 million tons, up 4.5%.",
        date(2025, 10, 20),
        [("China", "Vietnam", "copper", None, "exports", "quantity", None, 0.8e6, "tonnes", *JAN_SEP),
         ("China", "Vietnam", "copper", None, "exports", "growth", "yoy", 4.5, "percent", *JAN_SEP)],
    ),
    "'Imports from the EU and from outside the bloc rose 0.9% and 2.2%, respectively': the second is non-EU": (
        "UK trade\n\nLONDON, Aug 14 (Reuters) - UK imports rose in July 2025. Compared with June, imports from the "
        "EU and from outside the bloc rose 0.9% and 2.2%, respectively, to 26.1 billion pounds and 24.0 billion "
        "pounds.",
        date(2025, 8, 14),
        [("United Kingdom", "European Union", None, None, "imports", "growth", "mom", 0.9, "percent", "2025-07",
          "2025-07"),
         ("United Kingdom", "non-EU countries", None, None, "imports", "growth", "mom", 2.2, "percent", "2025-07",
          "2025-07")],
    ),
    "'Trade with the group', 'exports to the 10-member group' after ASEAN: the bloc named before": (
        "Yunnan's foreign trade\n\nKUNMING, July 21 (Xinhua) -- Yunnan's foreign trade grew in the first half of "
        "2025. ASEAN remained the province's largest trading partner.\n\nTrade with the group rose 12.3 percent to "
        "80.5 billion yuan, and exports to the 10-member group climbed 15.1 percent.",
        date(2025, 7, 21),
        [("Yunnan", "ASEAN", None, None, "total", "growth", "yoy", 12.3, "percent", "2025-01", "2025-06"),
         ("Yunnan", "ASEAN", None, None, "total", "value", None, 80.5e9, "CNY", "2025-01", "2025-06"),
         ("Yunnan", "ASEAN", None, None, "exports", "growth", "yoy", 15.1, "percent", "2025-01", "2025-06")],
    ),
    "'Total trade between the two sides', 'trade between the two' in a new paragraph: the partner named before": (
        "China's foreign trade\n\nBEIJING, Jan 14 (Xinhua) -- China's foreign trade grew in 2025, and the EU stayed "
        "its second-largest trading partner.\n\nTotal trade between the two sides reached 5.9 trillion yuan, up 1.5 "
        "percent.\n\nASEAN kept the top spot. Trade between the two came to 7.5 trillion yuan.",
        date(2026, 1, 14),
        [("China", "European Union", None, None, "total", "value", None, 5.9e12, "CNY", "2025-01", "2025-12"),
         ("China", "European Union", None, None, "total", "growth", "yoy", 1.5, "percent", "2025-01", "2025-12"),
         ("China", "ASEAN", None, None, "total", "value", None, 7.5e12, "CNY", "2025-01", "2025-12")],
    ),
    "'Kyrgyzstan, where trade climbed', 'the US, where it came to': the place the where-clause is about": (
        "China-Central Asia trade\n\nBEIJING, Jan 20 (Xinhua) -- China's trade with Central Asia hit a record in "
        "2025. In second place was Kyrgyzstan, where trade climbed 19.8 percent to 27.2 billion U.S. dollars.",
        date(2026, 1, 20),
        [("China", "Kyrgyzstan", None, None, "total", "growth", "yoy", 19.8, "percent", "2025-01", "2025-12"),
         ("China", "Kyrgyzstan", None, None, "total", "value", None, 27.2e9, "USD", "2025-01", "2025-12")],
    ),
    "'no other partner gave Germany a larger surplus than the United States, where it came to 30.2 billion euros'": (
        "German trade\n\nBERLIN, Feb 20 (Reuters) - Germany's trade surplus shrank in 2025. No other partner gave "
        "Germany a larger surplus than the United States, where it came to 30.2 billion euros.",
        date(2026, 2, 20),
        [("Germany", "United States", None, None, "balance", "value", None, 30.2e9, "EUR", "2025-01", "2025-12")],
    ),
    "'The ASEAN figure stood at', 'the two sides traded': the partner": (
        "Guangxi's trade with ASEAN\n\nNANNING, Oct 20 (Xinhua) -- Guangxi's foreign trade grew in the first "
        "three quarters of 2025, and ASEAN remained its largest trading partner. Over the nine months, the two sides "
        "traded 286.53 billion yuan of goods.\n\nTrade with the EU rose. The ASEAN figure stood at 59.8 billion "
        "yuan in September alone, after a 6.4 percent expansion.",
        date(2025, 10, 20),
        [("Guangxi", "ASEAN", None, None, "total", "value", None, 286.53e9, "CNY", "2025-01", "2025-09"),
         ("Guangxi", "ASEAN", None, None, "total", "value", None, 59.8e9, "CNY", "2025-09", "2025-09")],
    ),
    "'Trade with the two neighbors came to 56.12 and 20.62 billion yuan respectively': the pair named before": (
        "Inner Mongolia's border trade\n\nHOHHOT, Oct 20 (Xinhua) -- Inner Mongolia's trade with Russia and Mongolia "
        "rose in the first three quarters of 2025.\n\nTrade with the two neighbors came to 56.12 and 20.62 billion "
        "yuan respectively, down 3.8 percent and 7.9 percent from a year earlier.",
        date(2025, 10, 20),
        [("Inner Mongolia", "Russia", None, None, "total", "value", None, 56.12e9, "CNY", "2025-01", "2025-09"),
         ("Inner Mongolia", "Mongolia", None, None, "total", "value", None, 20.62e9, "CNY", "2025-01", "2025-09"),
         ("Inner Mongolia", "Russia", None, None, "total", "growth", "yoy", -3.8, "percent", "2025-01", "2025-09"),
         ("Inner Mongolia", "Mongolia", None, None, "total", "growth", "yoy", -7.9, "percent", "2025-01", "2025-09")],
    ),
    "'Shipments to all of Asia, China included, rose 5.1 percent': Asia's": (
        "Japan's exports rise\n\nTOKYO, Jan 22 (Kyodo) -- Japan's exports rose in 2025. Shipments to all of Asia, "
        "China included, rose 5.1 percent to 28.06 trillion yen.",
        date(2026, 1, 22),
        [("Japan", "Asia", None, None, "exports", "growth", "yoy", 5.1, "percent", "2025-01", "2025-12")],
    ),
    "'In second place was Kyrgyzstan': the rank's partner, written after it": (
        "China-Central Asia trade\n\nBEIJING, Jan 20 (Xinhua) -- China's trade with Central Asia hit a record in "
        "2025. In second place was Kyrgyzstan, where trade climbed 19.8 percent.",
        date(2026, 1, 20),
        [("China", "Kyrgyzstan", None, None, "total", "rank", None, 2.0, "number", "2025-01", "2025-12")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_descriptions(name: str) -> None:
    assert_yields(*CASES[name])
