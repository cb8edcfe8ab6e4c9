from _fact import fact, period

APRIL = period(2025, 4)
MARCH = period(2025, 3)
FIRST_QUARTER = period(2025, 1, 3)
GERMANY = "Germany"
US = "United States"
EU = "European Union"
NON_EU = "non-EU countries"

EVIDENCE_US_EXPORTS = "exports to the US were down 10.5% from March at €13.0 billion ($14.8 billion)"
EVIDENCE_US_RANK = 'the United States was still the top buyer of goods "Made in Germany."'
EVIDENCE_EXPORTS = "On the month, total exports declined 1.7% to €131.1 billion"
EVIDENCE_IMPORTS = "Imports, on the other hand, climbed 3.9% to €116.5 billion"
EVIDENCE_SURPLUS = "That cut the trade surplus to €14.6 billion from €21.2 billion in March"
EVIDENCE_YOY = "Against April 2024, exports were up 2.4% and imports 3.6%"
EVIDENCE_FIRST_QUARTER = "Exports to the US had surged 10.6% year on year to €46.1 billion in the first quarter"
EVIDENCE_CHINA_EXPORTS = "On the month, exports to the People's Republic were down 5.9% at €6.5 billion"
EVIDENCE_CHINA_IMPORTS = "imports from China jumped 10.3% to €14.1 billion"
EVIDENCE_US_IMPORTS = "Imports from the US eased 0.6% to €8.0 billion"
EVIDENCE_UK_EXPORTS = "Exports to the United Kingdom, on the other hand, increased 1.4% to €6.6 billion"
EVIDENCE_EU_EXPORTS = "Against March, exports to fellow European Union member states increased 1.0% to €72.3 billion"
EVIDENCE_EU_IMPORTS = "imports from the EU were up 5.2% at €61.0 billion"
EVIDENCE_NON_EU_EXPORTS = (
    "Exports to countries beyond the EU, known in Destatis terminology as third countries, fell 4.9% to €58.8 billion"
)

ARTICLE = {
    "id": "dO2_03_dw_germany_exports_april",
    "title": "Trump's tariffs begin to hurt as German sales to the US plunge",
    "publisher": "DW",
    "published": "2025-06-06",
    "notes": [
        "The text states the year ('in April 2025', 'Against April 2024', DW date line 06/06/2025): April is 2025-04, "
        "March 2025-03; 'the first quarter' is January-March 2025 from the article's running year.",
        "Monthly figures are calendar and seasonally adjusted and compared with March ('from March', 'on the "
        "month'): basis mom. The paragraph frames carry: 'Imports, on the other hand, climbed 3.9%' follows 'on the month'; in the "
        "China paragraph 'on the month' carries to imports from China, imports from the US and exports to the UK; the "
        "Europe paragraph opens with 'Against March'.",
        "'€13.0 billion ($14.8 billion)': the same observation in another currency, a USD fact; written without 'about', "
        "so qualifier exact.",
        "'was still the top buyer of goods Made in Germany': rank 1 of Germany's exports with partner United States, "
        "April 2025.",
        "'Germany's surplus in trade with the United States ... fell to €5.0 billion in April': a balance with partner "
        "United States (exports €13.0 billion less imports €8.0 billion).",
        "The March surplus (€21.2 billion) is labelled as its own observation for March.",
        "'Against April 2024, exports were up 2.4% and imports 3.6%': yoy, April 2025; imports share the verb.",
        "'countries beyond the EU, known in Destatis terminology as third countries': partner non-EU countries.",
        "'exports to fellow European Union member states': partner European Union.",
        "Out of scope: the Reuters poll (0.7% decrease expected), 'fastest pace in more than two years' and 'its lowest level in "
        "well over a year' (milestones), the 10% baseline tariff, industrial production (-1.4%), GDP growth (0.4%), "
        "'hundreds of billions of euros' of spending, the Bundesbank's 2025 outlook, the year 2024 in the yoy base.",
    ],
    "facts": [
        fact(
            GERMANY, "exports", "growth", -10.5, "percent", APRIL, "10.5", EVIDENCE_US_EXPORTS, partner=US, basis="mom"
        ),
        fact(GERMANY, "exports", "value", 13.0e9, "EUR", APRIL, "13.0 billion", EVIDENCE_US_EXPORTS, partner=US),
        fact(GERMANY, "exports", "value", 14.8e9, "USD", APRIL, "14.8 billion", EVIDENCE_US_EXPORTS, partner=US),
        fact(GERMANY, "exports", "rank", 1, "number", APRIL, "top", EVIDENCE_US_RANK, partner=US),
        fact(GERMANY, "exports", "growth", -1.7, "percent", APRIL, "1.7", EVIDENCE_EXPORTS, basis="mom"),
        fact(GERMANY, "exports", "value", 131.1e9, "EUR", APRIL, "131.1 billion", EVIDENCE_EXPORTS),
        fact(GERMANY, "imports", "growth", 3.9, "percent", APRIL, "3.9", EVIDENCE_IMPORTS, basis="mom"),
        fact(GERMANY, "imports", "value", 116.5e9, "EUR", APRIL, "116.5 billion", EVIDENCE_IMPORTS),
        fact(GERMANY, "balance", "value", 14.6e9, "EUR", APRIL, "14.6 billion", EVIDENCE_SURPLUS),
        fact(GERMANY, "balance", "value", 21.2e9, "EUR", MARCH, "21.2 billion", EVIDENCE_SURPLUS),
        fact(GERMANY, "exports", "growth", 2.4, "percent", APRIL, "2.4", EVIDENCE_YOY),
        fact(GERMANY, "imports", "growth", 3.6, "percent", APRIL, "3.6", EVIDENCE_YOY),
        fact(
            GERMANY,
            "balance",
            "value",
            5.0e9,
            "EUR",
            APRIL,
            "5.0 billion",
            "Germany's surplus in trade with the United States — a regular target of President Donald Trump's criticism — "
            "fell to €5.0 billion in April",
            partner=US,
        ),
        fact(GERMANY, "exports", "growth", 10.6, "percent", FIRST_QUARTER, "10.6", EVIDENCE_FIRST_QUARTER, partner=US),
        fact(
            GERMANY,
            "exports",
            "value",
            46.1e9,
            "EUR",
            FIRST_QUARTER,
            "46.1 billion",
            EVIDENCE_FIRST_QUARTER,
            partner=US,
        ),
        fact(
            GERMANY,
            "exports",
            "growth",
            -5.9,
            "percent",
            APRIL,
            "5.9",
            EVIDENCE_CHINA_EXPORTS,
            partner="China",
            basis="mom",
        ),
        fact(GERMANY, "exports", "value", 6.5e9, "EUR", APRIL, "6.5 billion", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(
            GERMANY,
            "imports",
            "growth",
            10.3,
            "percent",
            APRIL,
            "10.3",
            EVIDENCE_CHINA_IMPORTS,
            partner="China",
            basis="mom",
        ),
        fact(
            GERMANY, "imports", "value", 14.1e9, "EUR", APRIL, "14.1 billion", EVIDENCE_CHINA_IMPORTS, partner="China"
        ),
        fact(GERMANY, "imports", "growth", -0.6, "percent", APRIL, "0.6", EVIDENCE_US_IMPORTS, partner=US, basis="mom"),
        fact(GERMANY, "imports", "value", 8.0e9, "EUR", APRIL, "8.0 billion", EVIDENCE_US_IMPORTS, partner=US),
        fact(
            GERMANY,
            "exports",
            "growth",
            1.4,
            "percent",
            APRIL,
            "1.4",
            EVIDENCE_UK_EXPORTS,
            partner="United Kingdom",
            basis="mom",
        ),
        fact(
            GERMANY,
            "exports",
            "value",
            6.6e9,
            "EUR",
            APRIL,
            "6.6 billion",
            EVIDENCE_UK_EXPORTS,
            partner="United Kingdom",
        ),
        fact(GERMANY, "exports", "growth", 1.0, "percent", APRIL, "1.0", EVIDENCE_EU_EXPORTS, partner=EU, basis="mom"),
        fact(GERMANY, "exports", "value", 72.3e9, "EUR", APRIL, "72.3 billion", EVIDENCE_EU_EXPORTS, partner=EU),
        fact(GERMANY, "imports", "growth", 5.2, "percent", APRIL, "5.2", EVIDENCE_EU_IMPORTS, partner=EU, basis="mom"),
        fact(GERMANY, "imports", "value", 61.0e9, "EUR", APRIL, "61.0 billion", EVIDENCE_EU_IMPORTS, partner=EU),
        fact(
            GERMANY,
            "exports",
            "growth",
            -4.9,
            "percent",
            APRIL,
            "4.9",
            EVIDENCE_NON_EU_EXPORTS,
            partner=NON_EU,
            basis="mom",
        ),
        fact(
            GERMANY, "exports", "value", 58.8e9, "EUR", APRIL, "58.8 billion", EVIDENCE_NON_EU_EXPORTS, partner=NON_EU
        ),
    ],
}
