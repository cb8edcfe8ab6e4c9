"""Hand labels for dT2_06: BBC story on UK trade in the three months to August (ONS data), pounds."""

from _fact import fact, period

THREE_MONTHS = period(2024, 6, 8)
AUGUST = period(2024, 8)
TWELVE_MONTHS = {"start": "2023-09", "end": "2024-08"}

TOTAL_EX_METALS = "goods and services excluding precious metals"
GOODS_EX_METALS = "goods excluding precious metals"

EVIDENCE_TOTAL_DEFICIT = "The total trade deficit, excluding precious metals, narrowed by £1.3bn to £5.9bn"
EVIDENCE_INCLUDING_METALS = "Including them, the deficit stood at £8.3bn over the period"
EVIDENCE_TOTAL_EXPORTS = "Total exports, excluding precious metals, rose by 1.4% to £189.2bn"
EVIDENCE_TOTAL_IMPORTS = "total imports increased by 0.7% to £195.1bn"
EVIDENCE_GOODS_DEFICIT = "The goods deficit, also excluding precious metals, widened by £0.4bn to £49.2bn"
EVIDENCE_SERVICES_SURPLUS = "a larger surplus in services, which grew by £1.7bn to £43.3bn"
EVIDENCE_SERVICES_EXPORTS = "Services exports rose 1.9% to £124.6bn"
EVIDENCE_SERVICES_IMPORTS = "services imports increased 0.7% to £81.3bn"
EVIDENCE_EU_IMPORTS = "Imports of goods from the EU fell by £1.2bn, or 2.1%, to £56.0bn"
EVIDENCE_NON_EU_IMPORTS = "Imports from non-EU countries rose by £1.9bn (3.4%) to £57.8bn"
EVIDENCE_EU_EXPORTS = "goods exports to the EU rose by 2.0% to £30.5bn"
EVIDENCE_NON_EU_EXPORTS = "exports to countries outside the bloc slipped 0.9% to £34.1bn"
EVIDENCE_AUGUST = (
    "In August alone, the value of goods exports fell by 1.1% compared with July, partly because of fewer car "
    "shipments to China, while goods imports edged up 0.6%"
)
EVIDENCE_US = "Exports of goods to the US, including precious metals, rose by 3.9% to £5.0bn in the month"
EVIDENCE_TWELVE_MONTHS = (
    "Over the 12 months to August, the total trade deficit excluding precious metals narrowed by £14.2bn to £30.1bn"
)

ARTICLE = {
    "id": "dT2_06_bbc_uk_three_months_aug",
    "title": "UK trade deficit narrows as services exports grow",
    "publisher": "BBC News",
    "published": "2024-10-11",
    "notes": [
        "Publisher as named in the byline: 'BBC News'. The year appears only in the published date: the three "
        "months to August are 2024-06 to 2024-08, August is 2024-08.",
        "Rolling three-month comparisons with 'the previous three months' take basis qoq; the August-alone "
        "paragraph ('compared with July') is mom, and its frame carries to the US sentence ('in the month').",
        "Figures stated as excluding precious metals carry it in the product: the total balance, total exports and "
        "imports are 'goods and services excluding precious metals'; the goods deficit ('also excluding precious "
        "metals') is 'goods excluding precious metals'. The total including precious metals (£8.3bn deficit) is "
        "'goods and services'.",
        "The EU / non-EU goods flows and the August goods flows do not restate the exclusion in their sentences: "
        "goods alone, product null. Exports to the US 'including precious metals' are goods alone: product null.",
        "'countries outside the bloc' is partner 'non-EU countries'.",
        "The 12 months to August are 2023-09 to 2024-08 (period written out by hand: it crosses a year).",
        "Changes written as money ('narrowed by £1.3bn', 'widened by £0.4bn', 'grew by £1.7bn', 'fell by £1.2bn', "
        "'rose by £1.9bn', 'narrowed by £14.2bn') are derived comparisons: left out; the percent in the bracket "
        "('(3.4%)', 'or 2.1%') is labelled as growth.",
        "Out of scope and unlabelled: GDP growth (0.2% twice), manufacturing output 1.1%, the 5% Bank Rate, "
        "'eight years', the Budget date (30 October).",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -5.9e9, "GBP", THREE_MONTHS, "5.9bn", EVIDENCE_TOTAL_DEFICIT,
             product=TOTAL_EX_METALS),
        fact("United Kingdom", "balance", "value", -8.3e9, "GBP", THREE_MONTHS, "8.3bn", EVIDENCE_INCLUDING_METALS,
             product="goods and services"),
        fact("United Kingdom", "exports", "growth", 1.4, "percent", THREE_MONTHS, "1.4", EVIDENCE_TOTAL_EXPORTS,
             product=TOTAL_EX_METALS, basis="qoq"),
        fact("United Kingdom", "exports", "value", 189.2e9, "GBP", THREE_MONTHS, "189.2bn", EVIDENCE_TOTAL_EXPORTS,
             product=TOTAL_EX_METALS),
        fact("United Kingdom", "imports", "growth", 0.7, "percent", THREE_MONTHS, "0.7", EVIDENCE_TOTAL_IMPORTS,
             product=TOTAL_EX_METALS, basis="qoq"),
        fact("United Kingdom", "imports", "value", 195.1e9, "GBP", THREE_MONTHS, "195.1bn", EVIDENCE_TOTAL_IMPORTS,
             product=TOTAL_EX_METALS),
        fact("United Kingdom", "balance", "value", -49.2e9, "GBP", THREE_MONTHS, "49.2bn", EVIDENCE_GOODS_DEFICIT,
             product=GOODS_EX_METALS),
        fact("United Kingdom", "balance", "value", 43.3e9, "GBP", THREE_MONTHS, "43.3bn", EVIDENCE_SERVICES_SURPLUS,
             product="services"),
        fact("United Kingdom", "exports", "growth", 1.9, "percent", THREE_MONTHS, "1.9", EVIDENCE_SERVICES_EXPORTS,
             product="services", basis="qoq"),
        fact("United Kingdom", "exports", "value", 124.6e9, "GBP", THREE_MONTHS, "124.6bn",
             EVIDENCE_SERVICES_EXPORTS, product="services"),
        fact("United Kingdom", "imports", "growth", 0.7, "percent", THREE_MONTHS, "0.7", EVIDENCE_SERVICES_IMPORTS,
             product="services", basis="qoq"),
        fact("United Kingdom", "imports", "value", 81.3e9, "GBP", THREE_MONTHS, "81.3bn", EVIDENCE_SERVICES_IMPORTS,
             product="services"),
        fact("United Kingdom", "imports", "growth", -2.1, "percent", THREE_MONTHS, "2.1", EVIDENCE_EU_IMPORTS,
             partner="European Union", basis="qoq"),
        fact("United Kingdom", "imports", "value", 56.0e9, "GBP", THREE_MONTHS, "56.0bn", EVIDENCE_EU_IMPORTS,
             partner="European Union"),
        fact("United Kingdom", "imports", "growth", 3.4, "percent", THREE_MONTHS, "3.4", EVIDENCE_NON_EU_IMPORTS,
             partner="non-EU countries", basis="qoq"),
        fact("United Kingdom", "imports", "value", 57.8e9, "GBP", THREE_MONTHS, "57.8bn", EVIDENCE_NON_EU_IMPORTS,
             partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", 2.0, "percent", THREE_MONTHS, "2.0", EVIDENCE_EU_EXPORTS,
             partner="European Union", basis="qoq"),
        fact("United Kingdom", "exports", "value", 30.5e9, "GBP", THREE_MONTHS, "30.5bn", EVIDENCE_EU_EXPORTS,
             partner="European Union"),
        fact("United Kingdom", "exports", "growth", -0.9, "percent", THREE_MONTHS, "0.9", EVIDENCE_NON_EU_EXPORTS,
             partner="non-EU countries", basis="qoq"),
        fact("United Kingdom", "exports", "value", 34.1e9, "GBP", THREE_MONTHS, "34.1bn", EVIDENCE_NON_EU_EXPORTS,
             partner="non-EU countries"),
        fact("United Kingdom", "exports", "growth", -1.1, "percent", AUGUST, "1.1", EVIDENCE_AUGUST, basis="mom"),
        fact("United Kingdom", "imports", "growth", 0.6, "percent", AUGUST, "0.6", EVIDENCE_AUGUST, basis="mom"),
        fact("United Kingdom", "exports", "growth", 3.9, "percent", AUGUST, "3.9", EVIDENCE_US,
             partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "value", 5.0e9, "GBP", AUGUST, "5.0bn", EVIDENCE_US,
             partner="United States"),
        fact("United Kingdom", "balance", "value", -30.1e9, "GBP", TWELVE_MONTHS, "30.1bn", EVIDENCE_TWELVE_MONTHS,
             product=TOTAL_EX_METALS),
    ],
}
