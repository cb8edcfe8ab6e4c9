"""One table-driven test per construction of trade reporting the rules must read (issue 12's list).

Each row is an article (headline, body, published date) and the facts it must yield, as
(area, partner, product, segment, flow, measure, basis, value, unit, start, end). Sentences written for
these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document

BACKEND = get_backend("regex")
Row = tuple[str, str | None, str | None, str | None, str, str, str | None, float, str, str, str]


def facts_of(text: str, published: date | None) -> set[Row]:
    article = BACKEND.extract(Document(id="t", text=text, published=published))
    return {
        (f.area, f.partner, f.product, f.segment, f.flow.value, f.measure.value, f.basis and f.basis.value,
         round(f.value, 4), f.unit, f.period.start, f.period.end)
        for f in article.facts
    }  # fmt: skip


CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a currency declared once for the figures below, and a count that is no money": (
        "Yunnan's trade in the first five months\n\nAccording to Kunming Customs, in the first five months of 2025 "
        "Yunnan's imports and exports reached 132.5 billion yuan (RMB, the same below), up 8.2%. Exports stood at "
        "81.4 billion, up 11.0%. The province has 48.7 million residents.",
        date(2025, 6, 20),
        [("Yunnan", None, None, None, "exports", "value", None, 81.4e9, "CNY", "2025-01", "2025-05"),
         ("Yunnan", None, None, None, "exports", "growth", "yoy", 11.0, "percent", "2025-01", "2025-05")],
    ),
    "respectively: partners, values and rates": (
        "China's trade\n\nIn the first ten months, China's trade with ASEAN, the EU and Japan reached 5.1 trillion "
        "yuan, 4.2 trillion yuan and 1.8 trillion yuan, up 6.1 percent, 2.5 percent and down 1.2 percent respectively.",
        date(2025, 11, 7),
        [("China", "ASEAN", None, None, "total", "value", None, 5.1e12, "CNY", "2025-01", "2025-10"),
         ("China", "Japan", None, None, "total", "value", None, 1.8e12, "CNY", "2025-01", "2025-10"),
         ("China", "European Union", None, None, "total", "growth", "yoy", 2.5, "percent", "2025-01", "2025-10"),
         ("China", "Japan", None, None, "total", "growth", "yoy", -1.2, "percent", "2025-01", "2025-10")],
    ),
    "respectively: a decrease and two increases": (
        "Jiangsu trade\n\nIn 2024, Jiangsu's exports to the US, the EU and ASEAN recorded a decrease of 2.1%, an "
        "increase of 3.3% and an increase of 4% respectively.",
        date(2025, 1, 20),
        [("Jiangsu", "United States", None, None, "exports", "growth", "yoy", -2.1, "percent", "2024-01", "2024-12"),
         ("Jiangsu", "ASEAN", None, None, "exports", "growth", "yoy", 4.0, "percent", "2024-01", "2024-12")],
    ),
    "respectively: products": (
        "China's exports\n\nIn 2024, exports of electric vehicles and lithium batteries rose 13.1 percent and 7.3 "
        "percent respectively.",
        date(2025, 1, 14),
        [("China", None, "electric vehicles", None, "exports", "growth", "yoy", 13.1, "percent", "2024-01", "2024-12"),
         ("China", None, "lithium batteries", None, "exports", "growth", "yoy", 7.3, "percent", "2024-01", "2024-12")],
    ),
    "respectively: two flows that share one partner ('exports to and imports from Africa')": (
        "China-Africa trade\n\nBEIJING, Jan 14 -- In 2025, China's exports to and imports from Africa came to 1.3 "
        "trillion yuan and 0.8 trillion yuan, respectively.",
        date(2026, 1, 14),
        [("China", "Africa", None, None, "exports", "value", None, 1.3e12, "CNY", "2025-01", "2025-12"),
         ("China", "Africa", None, None, "imports", "value", None, 0.8e12, "CNY", "2025-01", "2025-12")],
    ),
    "respectively, then 'the former ... and the latter ...': each rate goes to its item, past a cause 'on orders'": (
        "Taiwan's exports\n\nTAIPEI, Jan 9 - In 2025, exports of servers and smartphones came to $92.4 billion and "
        "$18.1 billion, respectively, with the former rising 61.2 percent on orders for AI data centres and the "
        "latter slipping 3.4 percent.",
        date(2026, 1, 9),
        [("Taiwan", None, "servers", None, "exports", "growth", "yoy", 61.2, "percent", "2025-01", "2025-12"),
         ("Taiwan", None, "smartphones", None, "exports", "growth", "yoy", -3.4, "percent", "2025-01", "2025-12")],
    ),
    "respectively: quarters and months": (
        "Shandong trade\n\nIn 2025, Shandong's trade in the first, second and third quarters came to 828.1 billion "
        "yuan, 889.4 billion yuan and 892 billion yuan. Its exports in July, August and September rose 3 percent, "
        "4 percent and 5 percent respectively.",
        date(2025, 10, 20),
        [("Shandong", None, None, None, "total", "value", None, 889.4e9, "CNY", "2025-04", "2025-06"),
         ("Shandong", None, None, None, "total", "value", None, 892e9, "CNY", "2025-07", "2025-09"),
         ("Shandong", None, None, None, "exports", "growth", "yoy", 4.0, "percent", "2025-08", "2025-08")],
    ),
    "the bloc, the year-ago month, those to": (
        "Euro zone trade\n\nChina's exports to the European Union rose 8 percent in August. Exports to the bloc "
        "totalled $50.2 billion. In the year-ago month they had been $46.5 billion.",
        date(2025, 9, 8),
        [("China", "European Union", None, None, "exports", "value", None, 50.2e9, "USD", "2025-08", "2025-08"),
         ("China", "European Union", None, None, "exports", "value", None, 46.5e9, "USD", "2024-08", "2024-08")],
    ),
    "comparison base: from a year earlier, than in July": (
        "China trade\n\nChina's exports rose 4.4 percent from a year earlier to $308.6 billion in August, slower "
        "than in July.",
        date(2025, 9, 8),
        [("China", None, None, None, "exports", "growth", "yoy", 4.4, "percent", "2025-08", "2025-08"),
         ("China", None, None, None, "exports", "value", None, 308.6e9, "USD", "2025-08", "2025-08")],
    ),
    "period from the dateline's publication: annual review in January": (
        "China's foreign trade hits record\n\nBEIJING, Jan. 13 (Xinhua) -- China's foreign trade rose 5 percent "
        "to 43.85 trillion yuan last year. In December, exports grew 10.7 percent.",
        date(2025, 1, 13),
        [("China", None, None, None, "total", "value", None, 43.85e12, "CNY", "2024-01", "2024-12"),
         ("China", None, None, None, "exports", "growth", "yoy", 10.7, "percent", "2024-12", "2024-12")],
    ),
    "the same below, of which, accounting for": (
        "Operation of foreign trade of Fujian Province\n\nIn the first half of 2025, the total value of imports and "
        "exports of the province was 9,876 hundred million yuan, an increase of 3.1% (the same below). Of which, "
        "exports were 6,012 hundred million yuan, accounting for 60.9% of the total.",
        date(2025, 7, 20),
        [("Fujian", None, None, None, "total", "value", None, 987.6e9, "CNY", "2025-01", "2025-06"),
         ("Fujian", None, None, None, "exports", "value", None, 601.2e9, "CNY", "2025-01", "2025-06"),
         ("Fujian", None, None, None, "exports", "share", None, 60.9, "percent", "2025-01", "2025-06")],
    ),
    "a region defined by acronym and its subject carried": (
        "Yangtze River Delta trade grows\n\nThe Yangtze River Delta (YRD) handled 8.16 trillion yuan of imports "
        "and exports in the first half of 2025. The YRD's exports grew 9.9 percent.",
        date(2025, 7, 25),
        [("Yangtze River Delta", None, None, None, "total", "value", None, 8.16e12, "CNY", "2025-01", "2025-06"),
         ("Yangtze River Delta", None, None, None, "exports", "growth", "yoy", 9.9, "percent", "2025-01", "2025-06")],
    ),
    "area against partner: X's exports to Y": (
        "Australia trade\n\nAustralia's exports to China fell 6.2% to A$12.9 billion in August.",
        date(2025, 10, 2),
        [("Australia", "China", None, None, "exports", "growth", "yoy", -6.2, "percent", "2025-08", "2025-08"),
         ("Australia", "China", None, None, "exports", "value", None, 12.9e9, "AUD", "2025-08", "2025-08")],
    ),
    "on the month and sequentially are month on month": (
        "German trade\n\nGerman exports rose 1.4% on the month in September. Sequentially, imports climbed 3.1%.",
        date(2025, 11, 7),
        [("Germany", None, None, None, "exports", "growth", "mom", 1.4, "percent", "2025-09", "2025-09"),
         ("Germany", None, None, None, "imports", "growth", "mom", 3.1, "percent", "2025-09", "2025-09")],
    ),
    "a deficit widened: balance negative, its growth from the verb": (
        "US trade gap\n\nThe US trade deficit widened 19.4% to $78.3 billion in July.",
        date(2025, 9, 4),
        [("United States", None, None, None, "balance", "growth", "yoy", 19.4, "percent", "2025-07", "2025-07"),
         ("United States", None, None, None, "balance", "value", None, -78.3e9, "USD", "2025-07", "2025-07")],
    ),
    "goods and services against services": (
        "UK trade\n\nIn the three months to March, the UK's exports of goods and services rose 1.9% to £221.5 "
        "billion, while services exports grew 0.7%.",
        date(2025, 5, 15),
        [("United Kingdom", None, "goods and services", None, "exports", "growth", "yoy", 1.9, "percent",
          "2025-01", "2025-03"),
         ("United Kingdom", None, "services", None, "exports", "growth", "yoy", 0.7, "percent", "2025-01", "2025-03")],
    ),
    "among them: a segment in a list": (
        "Guangdong trade\n\nIn the first three quarters, Guangdong's foreign trade rose 4 percent. Among them, "
        "private enterprises imported and exported 4.47 trillion yuan, up 8.2 percent.",
        date(2025, 10, 20),
        [("Guangdong", None, None, "private enterprises", "total", "value", None, 4.47e12, "CNY", "2025-01", "2025-09"),
         ("Guangdong", None, None, "private enterprises", "total", "growth", "yoy", 8.2, "percent", "2025-01",
          "2025-09")],
    ),
    "firms are enterprises": (
        "Fujian trade\n\nIn the first half of 2025, private firms in Fujian traded 520 billion yuan.",
        date(2025, 7, 20),
        [("Fujian", None, None, "private enterprises", "total", "value", None, 520e9, "CNY", "2025-01", "2025-06")],
    ),
    "respectively: flows": (
        "Thailand's trade picks up in July as electronics shipments surge\n\nIn July 2025, total trade, exports and "
        "imports rose 9.1 percent, 11.0 percent and 7.2 percent, respectively.",
        date(2025, 8, 25),
        [("Thailand", None, None, None, "total", "growth", "yoy", 9.1, "percent", "2025-07", "2025-07"),
         ("Thailand", None, None, None, "exports", "growth", "yoy", 11.0, "percent", "2025-07", "2025-07"),
         ("Thailand", None, None, None, "imports", "growth", "yoy", 7.2, "percent", "2025-07", "2025-07")],
    ),
    "a currency named after the number, and a date before 'to'": (
        "Hong Kong's exports\n\nHong Kong's total exports of goods rose 12.2 percent in May 2025 to 401.3 "
        "billion HK dollars.",
        date(2025, 6, 25),
        [("Hong Kong", None, None, None, "exports", "value", None, 401.3e9, "HKD", "2025-05", "2025-05")],
    ),
    "respectively: segments": (
        "China's trade\n\nIn the first half of 2025, foreign-invested enterprises and state-owned enterprises "
        "accounted for 28.5 percent and 14.3 percent of the total, respectively.",
        date(2025, 7, 14),
        [("China", None, None, "foreign-invested enterprises", "total", "share", None, 28.5, "percent", "2025-01",
          "2025-06"),
         ("China", None, None, "state-owned enterprises", "total", "share", None, 14.3, "percent", "2025-01",
          "2025-06")],
    ),
    "respectively: segments, and a second list of rates right after the distributed values": (
        "China's trade\n\nIn the first half of 2025, private firms and state-owned enterprises posted imports and "
        "exports of 11.7 trillion yuan and 2.9 trillion yuan, respectively, up 7.3 percent and 2.1 percent.",
        date(2025, 7, 14),
        [("China", None, None, "private enterprises", "total", "growth", "yoy", 7.3, "percent", "2025-01", "2025-06"),
         ("China", None, None, "state-owned enterprises", "total", "growth", "yoy", 2.1, "percent", "2025-01",
          "2025-06")],
    ),
    "'They' after a figureless sentence on a kind of firm are those firms, for every figure of the sentence": (
        "Jilin's trade\n\nCHANGCHUN, Oct. 24 (Xinhua) -- Jilin's foreign trade rose in the first three quarters of "
        "2025. Private enterprises remained the main force. They conducted 61.2 billion yuan worth of trade, up 4.5 "
        "percent from a year earlier, accounting for 52.6 percent of the total.",
        date(2025, 10, 24),
        [("Jilin", None, None, "private enterprises", "total", "value", None, 61.2e9, "CNY", "2025-01", "2025-09"),
         ("Jilin", None, None, "private enterprises", "total", "share", None, 52.6, "percent", "2025-01", "2025-09")],
    ),
    "the trade gap is the balance": (
        "US trade deficit narrows\n\nWASHINGTON, Dec 4 (Reuters) - The trade gap shrank to $63.1 billion in "
        "October. The gap with Mexico grew to $17.8 billion.",
        date(2025, 12, 4),
        [("United States", None, None, None, "balance", "value", None, -63.1e9, "USD", "2025-10", "2025-10"),
         ("United States", "Mexico", None, None, "balance", "value", None, -17.8e9, "USD", "2025-10", "2025-10")],
    ),
    "the gap between what an economy sells and buys is its balance": (
        "US trade gap widens\n\nWASHINGTON, Nov 5 (AP) - The gap between what the United States sells and what "
        "it buys from other countries rose 19.2% to $84.4 billion in September.",
        date(2025, 11, 5),
        [("United States", None, None, None, "balance", "value", None, -84.4e9, "USD", "2025-09", "2025-09")],
    ),
    "exports under a trade mode are exports": (
        "Yiwu's trade\n\nIn the first quarter of 2025, exports under market procurement trade reached 62.1 "
        "billion yuan in Yiwu.",
        date(2025, 4, 20),
        [("Yiwu", None, None, "market procurement trade", "exports", "value", None, 62.1e9, "CNY", "2025-01",
          "2025-03")],
    ),
    "exports that 'brought in' or 'earned' money, against goods 'brought in'": (
        "Australia's exports in December\n\nSYDNEY - Australia's iron ore exports brought in A$9.8 billion in "
        "December. Coal earned A$4.1 billion. Australia brought in 1.2 million tonnes of refined fuel.",
        date(2025, 2, 6),
        [("Australia", None, "iron ore", None, "exports", "value", None, 9.8e9, "AUD", "2024-12", "2024-12"),
         ("Australia", None, "coal", None, "exports", "value", None, 4.1e9, "AUD", "2024-12", "2024-12"),
         ("Australia", None, "refined fuel", None, "imports", "quantity", None, 1.2e6, "tonnes", "2024-12",
          "2024-12")],
    ),
    "a Japanese month's rate without a cue stays year on year": (
        "Japan's exports\n\nTOKYO, Aug 20 - Japan's exports fell 2.6% in July, a third monthly decline.",
        date(2025, 8, 20),
        [("Japan", None, None, None, "exports", "growth", "yoy", -2.6, "percent", "2025-07", "2025-07")],
    ),
    "'trade gaps with' two partners are their balances": (
        "Indonesia's trade in May\n\nJAKARTA - Indonesia's trade gaps with China and Australia were $1.4 billion "
        "and $0.6 billion, respectively, in May 2025.",
        date(2025, 6, 16),
        [("Indonesia", "China", None, None, "balance", "value", None, -1.4e9, "USD", "2025-05", "2025-05"),
         ("Indonesia", "Australia", None, None, "balance", "value", None, -0.6e9, "USD", "2025-05", "2025-05")],
    ),
    "a scale declared once for a list of bracketed figures, as the Census release writes its partners": (
        "U.S. trade in March\n\nWASHINGTON - The March figures show surpluses, in billions of dollars, with "
        "Australia ($1.9), South and Central America ($3.7), and Hong Kong ($1.5). Deficits were recorded, in "
        "billions of dollars, with China ($24.3) and Mexico ($15.0).",
        date(2025, 5, 6),
        [("United States", "Australia", None, None, "balance", "value", None, 1.9e9, "USD", "2025-03", "2025-03"),
         ("United States", "South and Central America", None, None, "balance", "value", None, 3.7e9, "USD",
          "2025-03", "2025-03"),
         ("United States", "Hong Kong", None, None, "balance", "value", None, 1.5e9, "USD", "2025-03", "2025-03"),
         ("United States", "China", None, None, "balance", "value", None, -24.3e9, "USD", "2025-03", "2025-03"),
         ("United States", "Mexico", None, None, "balance", "value", None, -15.0e9, "USD", "2025-03", "2025-03")],
    ),
    "a table whose corner title names the flow of its rows, 'Total' among them": (
        "TABLE-Vietnam's May exports by market\n\nHANOI, June 6 (Reuters) - Following are Vietnam's exports by "
        "market.\n\n(value in $ bln; y/y change in pct)\n\n"
        "EXPORTS            May    May y/y\n"
        "Total             39.62      17.0\n"
        "United States     12.18      33.1\n"
        "China              5.37      -2.4\n",
        date(2025, 6, 6),
        [("Vietnam", None, None, None, "exports", "value", None, 39.62e9, "USD", "2025-05", "2025-05"),
         ("Vietnam", "United States", None, None, "exports", "value", None, 12.18e9, "USD", "2025-05", "2025-05"),
         ("Vietnam", "China", None, None, "exports", "growth", "yoy", -2.4, "percent", "2025-05", "2025-05")],
    ),
    "a table of volumes in tonnes, its second section after a blank line under the same column titles": (
        "TABLE-India's July commodity trade\n\nNEW DELHI, Aug 16 (Reuters) - Following are volumes of selected "
        "commodities.\n\n(tonnes; pct change y/y)\n\n"
        "                    Jul         y/y pct    Apr-Jul       y/y pct\n"
        "IMPORTS:\n"
        "Coal                21,300,000   -4.1       98,700,000    -2.2\n"
        "Crude oil           19,800,000    3.6       80,100,000     1.9\n"
        "\n"
        "EXPORTS:\n"
        "Rice                 1,620,000   11.2        6,950,000     8.8\n",
        date(2025, 8, 16),
        [("India", None, "coal", None, "imports", "quantity", None, 21.3e6, "tonnes", "2025-07", "2025-07"),
         ("India", None, "rice", None, "exports", "quantity", None, 1.62e6, "tonnes", "2025-07", "2025-07"),
         ("India", None, "rice", None, "exports", "growth", "yoy", 8.8, "percent", "2025-04", "2025-07")],
    ),
    "a table of '|'-parted cells, its scale and currency in a caption": (
        "India's exports by sector\n\nNEW DELHI - Top export sectors, May 2025 (Values in USD Million)\n\n"
        "Sector | May 2025 | Growth over May 2024 (%)\n"
        "Organic & Inorganic Chemicals | 2,611.20 | 3.12\n"
        "Rice | 1,034.55 | 8.41\n",
        date(2025, 6, 16),
        [("India", None, "organic & inorganic chemicals", None, "exports", "value", None, 2611.2e6, "USD", "2025-05",
          "2025-05"),
         ("India", None, "rice", None, "exports", "growth", "yoy", 8.41, "percent", "2025-05", "2025-05")],
    ),
    "respectively: flows over a list of figures and over the list of their bases": (
        "India's trade\n\nNEW DELHI - India's merchandise exports and imports in January 2026 were USD 36.9 billion "
        "and USD 59.4 billion, respectively, as compared to USD 36.4 billion and USD 59.5 billion in January 2025.",
        date(2026, 2, 16),
        [("India", None, None, None, "exports", "value", None, 36.9e9, "USD", "2026-01", "2026-01"),
         ("India", None, None, None, "imports", "value", None, 59.4e9, "USD", "2026-01", "2026-01"),
         ("India", None, None, None, "exports", "value", None, 36.4e9, "USD", "2025-01", "2025-01"),
         ("India", None, None, None, "imports", "value", None, 59.5e9, "USD", "2025-01", "2025-01")],
    ),
    "respectively: rates that write 'per cent' once, after the last": (
        "Gansu's trade\n\nIn 2024, Gansu's total trade, exports and imports increased by 4.1, 6.5 and 1.5 per cent, "
        "respectively. The province shipped "
        "1,200 tonnes of apples to Russia, the most since 2014 and 5 percent more than a year earlier.",
        date(2025, 1, 20),
        [("Gansu", None, None, None, "total", "growth", "yoy", 4.1, "percent", "2024-01", "2024-12"),
         ("Gansu", None, None, None, "exports", "growth", "yoy", 6.5, "percent", "2024-01", "2024-12"),
         ("Gansu", None, None, None, "imports", "growth", "yoy", 1.5, "percent", "2024-01", "2024-12"),
         ("Gansu", "Russia", "apples", None, "exports", "quantity", None, 1200, "tonnes", "2024-01", "2024-12"),
         ("Gansu", "Russia", "apples", None, "exports", "growth", "yoy", 5, "percent", "2024-01", "2024-12")],
    ),
    "a share that moved 'to' its level, and the gap between what an economy buys and sells": (
        "Korea's trade\n\nSEOUL - China's share of Korea's total exports fell 0.8 percentage points from a year earlier "
        "to 18.2 percent in the third quarter.\n\nLONDON - The gap between the value of goods Britain imports and what "
        "it sells abroad widened to £6.2bn in September from £5.1bn, a deficit the ONS blamed on fuel.",
        date(2025, 11, 12),
        [("South Korea", "China", None, None, "exports", "share", None, 18.2, "percent", "2025-07", "2025-09"),
         ("United Kingdom", None, None, None, "balance", "value", None, -6.2e9, "GBP", "2025-09", "2025-09"),
         ("United Kingdom", None, None, None, "balance", "value", None, -5.1e9, "GBP", "2025-08", "2025-08")],
    ),
    "a cause after the figure ('helped by private exporters') lends it no flow": (
        "Pearl River Delta trade\n\nIn 2024, Guangdong's foreign trade reached 9.11 trillion yuan. Fujian followed "
        "with 1.99 trillion yuan, an increase of 0.9 percent, helped by private exporters in Xiamen.",
        date(2025, 1, 20),
        [("Guangdong", None, None, None, "total", "value", None, 9.11e12, "CNY", "2024-01", "2024-12"),
         ("Fujian", None, None, None, "total", "value", None, 1.99e12, "CNY", "2024-01", "2024-12"),
         ("Fujian", None, None, None, "total", "growth", "yoy", 0.9, "percent", "2024-01", "2024-12")],
    ),
    "a count of firms 'that recorded import and export activity'": (
        "Henan trade\n\nZHENGZHOU - In 2024, Henan's foreign trade rose 5.5 percent. Last year, 12,875 enterprises in "
        "the province recorded actual import and export activity.",
        date(2025, 1, 20),
        [("Henan", None, None, None, "total", "growth", "yoy", 5.5, "percent", "2024-01", "2024-12"),
         ("Henan", None, None, "foreign trade enterprises", "total", "count", None, 12875, "number", "2024-01",
          "2024-12")],
    ),
    "'of which exports were' a value: a part of the whole just given, not a conditional count": (
        "Anhui trade\n\nFrom January to June 2025, Anhui's imports and exports reached 452.1 billion yuan, of which "
        "exports were 301.6 billion yuan, an increase of 9.2 percent.",
        date(2025, 7, 20),
        [("Anhui", None, None, None, "exports", "value", None, 301.6e9, "CNY", "2025-01", "2025-06")],
    ),
    "'Their' after a sentence about enterprises is the enterprises' trade in all goods, not the last goods": (
        "Zhejiang trade\n\nIn the first half of 2025, exports of toys from Zhejiang totalled 31.3 billion yuan.\n\n"
        "Private enterprises remained the main force. Their imports and exports reached 2.1 trillion yuan, an "
        "increase of 7.7 percent.",
        date(2025, 7, 20),
        [("Zhejiang", None, None, "private enterprises", "total", "value", None, 2.1e12, "CNY", "2025-01",
          "2025-06")],
    ),
    "a share 'of the total imports and exports' is a share of total trade, not of imports": (
        "Hefei trade\n\nIn the first half of 2025, Hefei's trade rose 8 percent. The city contributed 44.3 percent of "
        "Anhui's total imports and exports during the period.",
        date(2025, 7, 20),
        [("Hefei", None, None, None, "total", "share", None, 44.3, "percent", "2025-01", "2025-06")],
    ),
    "'Within the region, X' draws the subject from a set, and a list may name 'the Netherlands' with its article": (
        "Yangtze River Delta trade\n\nIn the first half of 2025, Shanghai's trade rose 4 percent. Within the Yangtze "
        "River Delta, Shanghai handled 27.5 percent of the region's foreign trade. Jiangsu, the Netherlands' "
        "biggest Chinese partner province, and Zhejiang grew 3.1 percent and 6.2 percent respectively.",
        date(2025, 7, 20),
        [("Shanghai", None, None, None, "total", "share", None, 27.5, "percent", "2025-01", "2025-06")],
    ),
    "an apposition on the partner does not hide the flow written before it from a figure after it": (
        "Korea's trade\n\nSEOUL, Aug 1 (Yonhap) -- Imports from Australia, Korea's biggest supplier of coal, fell "
        "4.4 percent in July, and the deficit with the resource exporter reached $1.9 billion.",
        date(2025, 8, 1),
        [("South Korea", "Australia", None, None, "imports", "growth", "yoy", -4.4, "percent", "2025-07", "2025-07")],
    ),
    "'the gap held near' a value is the balance, about that much; 'wider than in the same stretch of 2024' a rise": (
        "US trade\n\nWASHINGTON - The US trade deficit narrowed in June 2025. With Japan, the gap held near $6.3 "
        "billion. Through the first six months of the year, the deficit totaled $582.7 billion, about 38% wider "
        "than in the same stretch of 2024. After adjusting for prices, the goods deficit narrowed to $84.1 billion.",
        date(2025, 8, 5),
        [("United States", "Japan", None, None, "balance", "value", None, -6.3e9, "USD", "2025-06", "2025-06"),
         ("United States", None, "goods and services", None, "balance", "growth", "yoy", 38.0, "percent", "2025-01",
          "2025-06")],
    ),
    "a relative clause with a distance in it ('which shares a border of about 4,200 km') is an aside": (
        "Inner Mongolia trade\n\nHOHHOT, Oct. 22 (Xinhua) -- North China's Inner Mongolia Autonomous Region, which "
        "shares a border of about 4,200 km with Mongolia and Russia, recorded foreign trade of 178.2 billion yuan in "
        "the first three quarters of 2025, up 3.4 percent.",
        date(2025, 10, 22),
        [("Inner Mongolia", None, None, None, "total", "value", None, 178.2e9, "CNY", "2025-01", "2025-09")],
    ),
    "an apposition on a port ('the province's busiest crossing into Russia's Primorsky Krai') names no area": (
        "Jilin trade\n\nCHANGCHUN, Oct. 22 (Xinhua) -- Jilin's trade grew in the first three quarters of 2025. "
        "Hunchun, the province's main gateway to Russia's Primorsky Krai, handled trade worth 21.3 billion yuan, "
        "while coal imports from Mongolia, most of them trucked through crossings near Erenhot, rose 4 percent.",
        date(2025, 10, 22),
        [("Hunchun", None, None, None, "total", "value", None, 21.3e9, "CNY", "2025-01", "2025-09")],
    ),
    "'They' after a sentence whose subject is a flow is that flow, though a later clause names another": (
        "China's trade\n\nBEIJING - China's trade rose in the first half of 2025. Imports lagged. They slipped 2.7 "
        "percent to 8.75 trillion yuan, while exports climbed 7.2 percent.",
        date(2025, 7, 14),
        [("China", None, None, None, "imports", "growth", "yoy", -2.7, "percent", "2025-01", "2025-06"),
         ("China", None, None, None, "imports", "value", None, 8.75e12, "CNY", "2025-01", "2025-06"),
         ("China", None, None, None, "exports", "growth", "yoy", 7.2, "percent", "2025-01", "2025-06")],
    ),
    "a participle clause on the route (', carried mostly through the Pingxiang port,') names no area": (
        "Guangxi trade\n\nNANNING, July 21 (Xinhua) -- Guangxi's trade rose in the first half of 2025. Trade with "
        "Vietnam, carried mostly through the Pingxiang port, reached 120.4 billion yuan.",
        date(2025, 7, 21),
        [("Guangxi", "Vietnam", None, None, "total", "value", None, 120.4e9, "CNY", "2025-01", "2025-06")],
    ),
    "the places of a ', where ...,' clause describe the partner and are no areas": (
        "China's steel\n\nBEIJING - In the first half of 2025, Africa, where port building in Nigeria and the "
        "Republic of the Congo has picked up, was a growth market: China's steel exports to the continent rose 18.2 "
        "percent.",
        date(2025, 7, 20),
        [("China", "Africa", "steel", None, "exports", "growth", "yoy", 18.2, "percent", "2025-01", "2025-06")],
    ),
    "a list of places whose second item has its article ('Germany, the Netherlands and France')": (
        "Euro zone trade\n\nIn the first half of 2025, Germany, the Netherlands and France recorded export growth of "
        "1.2 percent, 3.5 percent and 0.8 percent respectively.",
        date(2025, 8, 20),
        [("Germany", None, None, None, "exports", "growth", "yoy", 1.2, "percent", "2025-01", "2025-06"),
         ("Netherlands", None, None, None, "exports", "growth", "yoy", 3.5, "percent", "2025-01", "2025-06"),
         ("France", None, None, None, "exports", "growth", "yoy", 0.8, "percent", "2025-01", "2025-06")],
    ),
    "a national story's other words: 'inbound purchases', 'its weight in China's total', 'countries taking part in the Belt and Road Initiative', an apposition that describes the goods": (
        "China's foreign trade surges in first two months\n\nBEIJING, March 10 (Xinhua) -- China's foreign trade "
        "rose 18 percent in the first two months. Outbound shipments expanded 19.2 percent to 4.62 trillion yuan over "
        "the period, while inbound purchases went up 17.1 percent to 3.11 trillion yuan. Trade with the United States "
        "shrank 16.9 percent, and its weight in China's total slipped to 7.9 percent. Commerce with countries taking "
        "part in the Belt and Road Initiative totaled 4.02 trillion yuan. Exports of mechanical and electrical "
        "products, the backbone of the country's outbound trade, came to 2.89 trillion yuan.",
        date(2026, 3, 10),
        [("China", None, None, None, "imports", "value", None, 3.11e12, "CNY", "2026-01", "2026-02"),
         ("China", "United States", None, None, "total", "share", None, 7.9, "percent", "2026-01", "2026-02"),
         ("China", "Belt and Road partner countries", None, None, "total", "value", None, 4.02e12, "CNY", "2026-01",
          "2026-02"),
         ("China", None, "mechanical and electrical products", None, "exports", "value", None, 2.89e12, "CNY",
          "2026-01", "2026-02")],
    ),
}


def assert_yields(text: str, published: date | None, expected: list[Row]) -> None:
    """Every expected row is among the facts the rules read in `text`."""
    found = facts_of(text, published)
    missing = [row for row in expected if tuple(round(x, 4) if isinstance(x, float) else x for x in row) not in found]
    assert missing == [], f"found: {sorted(found, key=str)}"


@pytest.mark.parametrize("name", list(CASES))
def test_construction(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_declared_currency_does_not_make_a_count_money() -> None:
    found = facts_of(CASES["a currency declared once for the figures below, and a count that is no money"][0],
                     date(2025, 6, 20))
    assert not any(row[7] == 48.7e6 for row in found)


def test_a_year_before_to_is_no_figure_of_a_range() -> None:
    found = facts_of(CASES["a currency named after the number, and a date before 'to'"][0], date(2025, 6, 25))
    assert [row[7] for row in found if row[5] == "value"] == [401.3e9]  # not "2025 to 401.3 billion" as 2,025 billion
