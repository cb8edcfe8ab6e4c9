from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
JAN_NOV = period(2025, 1, 11)

EXPORTS = 'exports last month climbed 5.9% from a year earlier to $330.35 billion'
OCT_EXPORTS = 'exports last month climbed 5.9% from a year earlier to $330.35 billion, the General Administration of Customs said, turning around from a 1.1% contraction in October'
MOM = 'On a month-on-month basis, exports increased 8.2% from October'
IMPORTS = 'Imports rose 1.9% to $218.67 billion, a slight acceleration from the 1% growth recorded the month before'
SURPLUS = 'the trade surplus widened to $111.68 billion from $90.07 billion in October'
YUAN = 'When calculated in yuan, exports were up 5.7% and imports 1.7%.'
YTD = 'Across the first 11 months, exports grew 5.4% while imports fell 0.6%, taking the year-to-date surplus past $1 trillion for the first time, at $1.08 trillion'
US = "Exports to the U.S. tumbled 28.6% year on year to $33.8 billion, marking an eighth straight month of double-digit falls, and accounted for only 10.2% of China's total exports"
US_IMP = "China's purchases from the U.S. fell 19.4%"
EU = 'Sales to the EU, on the other hand, surged 14.8% to $52.4 billion'
ASEAN = 'exports to ASEAN increased 8.2% to $58.9 billion'
AFRICA = 'Exports to Africa leapt 27.6%, while those to Latin America grew 14.9%'
IC = 'Integrated circuit exports grew 31.6% year on year'
AUTO = 'the value of auto exports jumped 48.7%'
RARE = 'Exports of rare earths reached 5,494 tons, up 26.5% from October'

ARTICLE = {
    "id": "dAC1_02_caixin_china_november_exports_2025",
    "title": "Strong Demand in Europe and Africa Lifts China's November Exports Despite U.S. Drop",
    "publisher": "Caixin",
    "published": "2025-12-08",
    "notes": [
        "Area China throughout (customs data on China's trade). 'last month' in an article of 2025-12-08 -> 2025-11.",
        "Dollar figures are the headline figures; 'When calculated in yuan, exports were up 5.7% and imports 1.7%' are separate "
        "growth facts for the same months (different values), both labelled.",
        "'turning around from a 1.1% contraction in October': October exports growth -1.1, yoy (a rate for October, not a "
        "month-on-month change).",
        "'On a month-on-month basis, exports increased 8.2% from October': November exports growth 8.2, basis mom.",
        "'a slight acceleration from the 1% growth recorded the month before': October imports growth 1, basis yoy (the month "
        "before names October's own year-on-year rate, not a comparison of November with October).",
        "'the trade surplus widened to $111.68 billion from $90.07 billion in October': two balance values, November and October.",
        "'taking the year-to-date surplus past $1 trillion for the first time, at $1.08 trillion': threshold and "
        "exact figure for one observation -> the exact $1.08 trillion only (Jan-Nov balance).",
        "'Exports to the U.S. ... accounted for only 10.2% of China's total exports': share of exports, partner United States.",
        "'China's purchases from the U.S. fell 19.4%': imports growth -19.4, partner United States, November.",
        "'those to Latin America grew 14.9%': exports to Latin America.",
        "'the value of auto exports jumped 48.7%': product autos, exports growth (value growth; no volume growth stated).",
        "'Exports of rare earths reached 5,494 tons, up 26.5% from October': growth basis mom, and a quantity in tonnes; no "
        "value growth is given beside it, so the growth is labelled.",
        "Out of scope, unlabelled: 'the 4% median estimate' and 'the roughly 3% increase' (forecasts/expectations); "
        "'10 percentage points' (a tariff cut, not a trade flow); 'eighth straight month of double-digit "
        "falls' and 'their quickest growth in over three years' (streak/milestone); Hengchang's 'around 3% in "
        "2026' and Harbourline's 'above $1 trillion' surplus view (forecasts); 'around 5%' growth goal (GDP); "
        "'Nov. 10' and 'early October' (dates).",
    ],
    "facts": [
        fact("China", "exports", "growth", 5.9, "percent", NOV, "5.9", EXPORTS),
        fact("China", "exports", "value", 330.35e9, "USD", NOV, "330.35 billion", EXPORTS),
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", OCT_EXPORTS),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", MOM, basis="mom"),
        fact("China", "imports", "growth", 1.9, "percent", NOV, "1.9", IMPORTS),
        fact("China", "imports", "value", 218.67e9, "USD", NOV, "218.67 billion", IMPORTS),
        fact("China", "imports", "growth", 1, "percent", OCT, "1", IMPORTS),
        fact("China", "balance", "value", 111.68e9, "USD", NOV, "111.68 billion", SURPLUS),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", SURPLUS),
        fact("China", "exports", "growth", 5.7, "percent", NOV, "5.7", YUAN),
        fact("China", "imports", "growth", 1.7, "percent", NOV, "1.7", YUAN),
        fact("China", "exports", "growth", 5.4, "percent", JAN_NOV, "5.4", YTD),
        fact("China", "imports", "growth", -0.6, "percent", JAN_NOV, "0.6", YTD),
        fact("China", "balance", "value", 1.08e12, "USD", JAN_NOV, "1.08 trillion", YTD),
        fact("China", "exports", "growth", -28.6, "percent", NOV, "28.6", US, partner="United States"),
        fact("China", "exports", "value", 33.8e9, "USD", NOV, "33.8 billion", US, partner="United States"),
        fact("China", "exports", "share", 10.2, "percent", NOV, "10.2", US, partner="United States"),
        fact("China", "imports", "growth", -19.4, "percent", NOV, "19.4", US_IMP, partner="United States"),
        fact("China", "exports", "growth", 14.8, "percent", NOV, "14.8", EU, partner="European Union"),
        fact("China", "exports", "value", 52.4e9, "USD", NOV, "52.4 billion", EU, partner="European Union"),
        fact("China", "exports", "growth", 8.2, "percent", NOV, "8.2", ASEAN, partner="ASEAN"),
        fact("China", "exports", "value", 58.9e9, "USD", NOV, "58.9 billion", ASEAN, partner="ASEAN"),
        fact("China", "exports", "growth", 27.6, "percent", NOV, "27.6", AFRICA, partner="Africa"),
        fact("China", "exports", "growth", 14.9, "percent", NOV, "14.9", AFRICA, partner="Latin America"),
        fact("China", "exports", "growth", 31.6, "percent", NOV, "31.6", IC, product="integrated circuits"),
        fact("China", "exports", "growth", 48.7, "percent", NOV, "48.7", AUTO, product="autos"),
        fact("China", "exports", "growth", 26.5, "percent", NOV, "26.5", RARE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 5494, "tonnes", NOV, "5,494", RARE, product="rare earths"),
    ],
}
