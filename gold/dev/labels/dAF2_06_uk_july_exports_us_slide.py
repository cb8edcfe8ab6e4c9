from _fact import fact, period

JUL = period(2026, 7)
JUN = period(2026, 6)
MAY_JUL = period(2026, 5, 7)
AUG_JUL = {"start": "2025-08", "end": "2026-07"}

US = ("goods exports to the U.S., precious metals included, fell 0.7 billion pounds, or 14.6%, compared with June, to "
      "4.1 billion pounds ($5.5 billion) in July")
US_YOY = "This put them 12.8% below their level a year earlier."
US_IMP = "Britain's imports from the United States climbed 0.3 billion pounds to 5.0 billion pounds."
TOT = ("Total goods exports from Britain declined 2.9% in July from June to 30.1 billion pounds; exports to the European "
       "Union decreased 4.1% and those to non-EU countries were 1.9% lower.")
IMP = "lifted goods imports by 2.3% to 53.4 billion pounds"
BAL = "the shortfall in goods trade rose to 23.3 billion pounds in July, up from June's 21.2 billion pounds"
TOT3 = "the combined deficit on goods and services grew by 2.3 billion pounds to 7.9 billion pounds"
GOODS3 = "The goods deficit rose by 1.6 billion pounds to 62.4 billion pounds"
SERV3 = "the services surplus shrank by 0.7 billion pounds to an estimated 54.5 billion pounds"
EU3 = ("Britain's goods shortfall with the EU increased to 38.7 billion pounds, while the one with non-EU countries came to "
       "23.7 billion pounds.")
US3 = "Compared with the preceding three months, exports to the United States in the three months to July fell 6.2%."
TOT12 = "the overall trade deficit for the 12 months to July shrank by 4.1 billion pounds to 31.6 billion pounds"
RANK = "the EU, which is Britain's largest trading partner"

ARTICLE = {
    "id": "dAF2_06_uk_july_exports_us_slide",
    "title": "British goods sales to U.S. drop in July, trade deficit grows",
    "publisher": "Reuters",
    "published": "2026-09-11",
    "notes": [
        "Area United Kingdom throughout ('British', 'Britain's'); the year 2026 comes from the publication date.",
        "US exports '14.6%, compared with June': mom (comparison with the month before stated). '12.8% below their level a year earlier' "
        "('them' = goods exports to the U.S.): yoy, partner United States, July 2026.",
        "'precious metals included' on the US figures widens rather than restricts the goods covered: product null.",
        "Paragraph 4: 'in July from June' sets a mom frame; EU -4.1%, 'non-EU countries' -1.9% "
        "(partner 'non-EU countries') and goods imports +2.3% in the same paragraph carry mom.",
        "'($5.5 billion)' after 4.1 billion pounds: same observation in USD, separate fact, qualifier approx.",
        "Goods deficit: -23.3 billion July 2026 and -21.2 billion June 2026 (product null: goods).",
        "'three months to July' = 2026-05..2026-07; the goods, services, EU and non-EU balances in the following paragraph "
        "carry that period (the paragraph continues the three-month account).",
        "Balances: 'combined deficit on goods and services' -> product 'goods and services', negative; services surplus -> product services, positive; "
        "'an estimated 54.5 billion' is exact ('estimated' is not a hedge word).",
        "'Compared with the preceding three months ... fell 6.2%': growth of the three months to July against the three months before, labelled basis qoq.",
        "'12 months to July' = 2025-08..2026-07, total goods and services deficit -31.6 billion.",
        "'the EU, which is Britain's largest trading partner': rank 1, partner European Union, flow total; no period stated, so the article's running period July 2026.",
        "Out of scope, unlabelled: absolute changes in money that the record cannot express (fell 0.7 billion, climbed 0.3 billion, "
        "grew by 2.3 billion, rose by 1.6 billion, shrank by 0.7 billion, shrank by 4.1 billion); Reuters poll 21.9 billion (forecast); "
        "10% baseline tariff (tariff rate); 100,000 cars a year (tariff quota, not a trade observation); GDP growth 0.2% and Bank of England "
        "forecast around 1% (not trade / forecast); exchange rate ($1 = 0.7407 pounds); 'third quarter' (no number).",
    ],
    "facts": [
        fact("United Kingdom", "exports", "growth", -14.6, "percent", JUL, "14.6", US, partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "value", 4.1e9, "GBP", JUL, "4.1 billion", US, partner="United States"),
        fact("United Kingdom", "exports", "value", 5.5e9, "USD", JUL, "5.5 billion", US, partner="United States", qualifier="approx"),
        fact("United Kingdom", "exports", "growth", -12.8, "percent", JUL, "12.8", US_YOY, partner="United States"),
        fact("United Kingdom", "imports", "value", 5.0e9, "GBP", JUL, "5.0 billion", US_IMP, partner="United States"),
        fact("United Kingdom", "exports", "growth", -2.9, "percent", JUL, "2.9", TOT, basis="mom"),
        fact("United Kingdom", "exports", "value", 30.1e9, "GBP", JUL, "30.1 billion", TOT),
        fact("United Kingdom", "exports", "growth", -4.1, "percent", JUL, "4.1", TOT, partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "growth", -1.9, "percent", JUL, "1.9", TOT, partner="non-EU countries", basis="mom"),
        fact("United Kingdom", "imports", "growth", 2.3, "percent", JUL, "2.3", IMP, basis="mom"),
        fact("United Kingdom", "imports", "value", 53.4e9, "GBP", JUL, "53.4 billion", IMP),
        fact("United Kingdom", "balance", "value", -23.3e9, "GBP", JUL, "23.3 billion", BAL),
        fact("United Kingdom", "balance", "value", -21.2e9, "GBP", JUN, "21.2 billion", BAL),
        fact("United Kingdom", "balance", "value", -7.9e9, "GBP", MAY_JUL, "7.9 billion", TOT3, product="goods and services"),
        fact("United Kingdom", "balance", "value", -62.4e9, "GBP", MAY_JUL, "62.4 billion", GOODS3),
        fact("United Kingdom", "balance", "value", 54.5e9, "GBP", MAY_JUL, "54.5 billion", SERV3, product="services"),
        fact("United Kingdom", "balance", "value", -38.7e9, "GBP", MAY_JUL, "38.7 billion", EU3, partner="European Union"),
        fact("United Kingdom", "balance", "value", -23.7e9, "GBP", MAY_JUL, "23.7 billion", EU3, partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", -6.2, "percent", MAY_JUL, "6.2", US3, partner="United States", basis="qoq"),
        fact("United Kingdom", "balance", "value", -31.6e9, "GBP", AUG_JUL, "31.6 billion", TOT12, product="goods and services"),
        fact("United Kingdom", "total", "rank", 1, "number", JUL, "largest", RANK, partner="European Union"),
    ],
}
