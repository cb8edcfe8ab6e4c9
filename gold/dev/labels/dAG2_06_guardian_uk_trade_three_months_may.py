from _fact import fact, period

Q = period(2026, 3, 5)          # three months to May 2026
MAY = period(2026, 5)
Y2025 = period(2025, 1, 12)
TWELVE = {"start": "2025-06", "end": "2026-05"}  # 12 months to May 2026

GS = "goods and services"
GS_XPM = "goods and services excluding precious metals"
G_XPM = "goods excluding precious metals"

TOTAL = "the total trade deficit across goods and services rose by £3.1bn to £9.2bn during the period"
XPM = "Leaving aside precious metals, which pass through the capital's bullion market and can make the figures jump sharply between months, the deficit increased by £1.6bn to £7.0bn."
GOODS = "In goods, the deficit rose £2.6bn to £62.8bn"
SERV_BAL = "the services surplus, the source of much of the overseas income of Britain's banks, law firms and consultancies, shrank by £0.5bn to £53.6bn"
SERV = "Services exports totalled £128.4bn in the three months to May, with imports at £74.8bn."
G_EXP = "Compared with the previous three months, goods exports declined 1.9% to £89.1bn."
EU_BAL = "Without precious metals, Britain's goods deficit with the EU increased to £31.7bn and the shortfall with countries outside the EU came to £28.9bn."
PM = "Precious metal imports rose to £8.9bn in the three months, compared with exports of £6.7bn"
MAY_EXP = "Looking at May on its own, goods exports fell 2.7% from April to £29.1bn."
MAY_PARTNERS = "Exports to the EU declined 3.5% to £14.3bn, and sales to non-EU countries slipped 1.9% to £14.8bn."
MAY_IMP = "Goods imports increased 1.8% to £51.6bn"
US_EXP = "UK goods exports to the US dropped by £0.6bn to £4.1bn in May, down 6.8% on a year earlier"
US_IMP = "imports from across the Atlantic increased to £5.2bn, giving the UK a £1.1bn goods deficit with its closest ally"
US_RANK = "Last year the US was the biggest single-country market for British exports, buying about 15% of the UK's goods exports."
US_2025 = "UK goods sales to the US were £55.8bn in 2025, 5.9% less than in 2024"
TWELVE_M = "The total trade deficit for the 12 months to May was £32.5bn."

ARTICLE = {
    "id": "dAG2_06_guardian_uk_trade_three_months_may",
    "title": "Gold inflows to London and weaker EU and US sales push UK trade gap wider",
    "publisher": None,
    "published": "2026-07-16",
    "notes": [
        "A Guardian story, but the text names no outlet (no dateline, no byline), so publisher is null as the guide says.",
        "Area United Kingdom throughout; 'the three months to May' = March-May 2026 (published 2026-07-16).",
        "Changes written as money ('rose by £3.1bn', 'increased by £1.6bn', 'rose £2.6bn', 'shrank by £0.5bn', "
        "'dropped by £0.6bn') are left out, as the record cannot express them; the levels they lead to are labelled.",
        "Total trade deficit covering goods and services: product 'goods and services'; the deficit after 'leaving aside "
        "precious metals': product 'goods and services excluding precious metals'. Goods alone: product null; the EU and "
        "non-EU goods deficits 'without precious metals': product 'goods excluding precious metals'.",
        "'Compared with the previous three months, goods exports declined 1.9%': rolling three-month comparison, basis qoq.",
        "'Looking at May on its own, goods exports fell 2.7% from April': month-on-month frame opening the paragraph; it carries to the "
        "EU (3.5%), non-EU (1.9%) and goods imports (1.8%) figures of that paragraph (mom).",
        "'Precious metal imports ... compared with exports of £6.7bn': product 'precious metals', three months to May.",
        "'imports from across the Atlantic' = imports from the US; 'its closest ally' = the US (goods balance with the US, May, negative).",
        "'Last year the US was the biggest single-country market for British exports, buying about 15% of the UK's goods exports': rank 1 "
        "and share (approx) of goods exports to the US in 2025.",
        "'for the 12 months to May': June 2025-May 2026, total (goods and services) trade deficit, 'total trade deficit' read as goods and services as in the lead.",
        "Out of scope, unlabelled: GDP growth (0.1%, 0.3%), the 0.4 percentage points of net trade, the 10% baseline tariff, "
        "the BCC survey ('more than a third' of manufacturers), and 'Over a year' after the tariffs (a date span).",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -9.2e9, "GBP", Q, "9.2bn", TOTAL, product=GS),
        fact("United Kingdom", "balance", "value", -7.0e9, "GBP", Q, "7.0bn", XPM, product=GS_XPM),
        fact("United Kingdom", "balance", "value", -62.8e9, "GBP", Q, "62.8bn", GOODS),
        fact("United Kingdom", "balance", "value", 53.6e9, "GBP", Q, "53.6bn", SERV_BAL, product="services"),
        fact("United Kingdom", "exports", "value", 128.4e9, "GBP", Q, "128.4bn", SERV, product="services"),
        fact("United Kingdom", "imports", "value", 74.8e9, "GBP", Q, "74.8bn", SERV, product="services"),
        fact("United Kingdom", "exports", "growth", -1.9, "percent", Q, "1.9", G_EXP, basis="qoq"),
        fact("United Kingdom", "exports", "value", 89.1e9, "GBP", Q, "89.1bn", G_EXP),
        fact("United Kingdom", "balance", "value", -31.7e9, "GBP", Q, "31.7bn", EU_BAL, partner="European Union", product=G_XPM),
        fact("United Kingdom", "balance", "value", -28.9e9, "GBP", Q, "28.9bn", EU_BAL, partner="non-EU countries", product=G_XPM),
        fact("United Kingdom", "imports", "value", 8.9e9, "GBP", Q, "8.9bn", PM, product="precious metals"),
        fact("United Kingdom", "exports", "value", 6.7e9, "GBP", Q, "6.7bn", PM, product="precious metals"),
        fact("United Kingdom", "exports", "growth", -2.7, "percent", MAY, "2.7", MAY_EXP, basis="mom"),
        fact("United Kingdom", "exports", "value", 29.1e9, "GBP", MAY, "29.1bn", MAY_EXP),
        fact("United Kingdom", "exports", "growth", -3.5, "percent", MAY, "3.5", MAY_PARTNERS, partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.3e9, "GBP", MAY, "14.3bn", MAY_PARTNERS, partner="European Union"),
        fact("United Kingdom", "exports", "growth", -1.9, "percent", MAY, "1.9", MAY_PARTNERS, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.8e9, "GBP", MAY, "14.8bn", MAY_PARTNERS, partner="non-EU countries"),
        fact("United Kingdom", "imports", "growth", 1.8, "percent", MAY, "1.8", MAY_IMP, basis="mom"),
        fact("United Kingdom", "imports", "value", 51.6e9, "GBP", MAY, "51.6bn", MAY_IMP),
        fact("United Kingdom", "exports", "value", 4.1e9, "GBP", MAY, "4.1bn", US_EXP, partner="United States"),
        fact("United Kingdom", "exports", "growth", -6.8, "percent", MAY, "6.8", US_EXP, partner="United States"),
        fact("United Kingdom", "imports", "value", 5.2e9, "GBP", MAY, "5.2bn", US_IMP, partner="United States"),
        fact("United Kingdom", "balance", "value", -1.1e9, "GBP", MAY, "1.1bn", US_IMP, partner="United States"),
        fact("United Kingdom", "exports", "rank", 1, "number", Y2025, "biggest", US_RANK, partner="United States"),
        fact("United Kingdom", "exports", "share", 15, "percent", Y2025, "15", US_RANK, partner="United States", qualifier="approx"),
        fact("United Kingdom", "exports", "value", 55.8e9, "GBP", Y2025, "55.8bn", US_2025, partner="United States"),
        fact("United Kingdom", "exports", "growth", -5.9, "percent", Y2025, "5.9", US_2025, partner="United States"),
        fact("United Kingdom", "balance", "value", -32.5e9, "GBP", TWELVE, "32.5bn", TWELVE_M, product=GS),
    ],
}
