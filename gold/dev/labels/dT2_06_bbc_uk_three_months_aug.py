"""Hand labels for dT2_06: BBC story on UK trade in the three months to August (ONS data), pounds."""

from _fact import fact, period

THREE_MONTHS = period(2024, 6, 8)
AUGUST = period(2024, 8)
TWELVE_MONTHS = {"start": "2023-09", "end": "2024-08"}

TOTAL_EX_METALS = "goods and services excluding precious metals"
GOODS_EX_METALS = "goods excluding precious metals"

EVIDENCE_TOTAL_DEFICIT = "Leaving out precious metals, the overall trade deficit fell by £1.3bn to £5.9bn"
EVIDENCE_INCLUDING_METALS = "With them counted, the deficit for the period was £8.3bn"
EVIDENCE_TOTAL_EXPORTS = "Without precious metals, exports overall grew by 1.4% to £189.2bn"
EVIDENCE_TOTAL_IMPORTS = "imports overall went up by 0.7% to £195.1bn"
EVIDENCE_GOODS_DEFICIT = "Excluding precious metals as well, the deficit in goods rose by £0.4bn to £49.2bn"
EVIDENCE_SERVICES_SURPLUS = "a bigger services surplus, up £1.7bn at £43.3bn"
EVIDENCE_SERVICES_EXPORTS = "services exports grew 1.9% to £124.6bn"
EVIDENCE_SERVICES_IMPORTS = "services imports were up 0.7% at £81.3bn"
EVIDENCE_EU_IMPORTS = "goods imports from the EU dropped by £1.2bn, or 2.1%, to £56.0bn"
EVIDENCE_NON_EU_IMPORTS = "Imports from non-EU countries, by contrast, went up by £1.9bn (3.4%) to £57.8bn"
EVIDENCE_EU_EXPORTS = "goods sold to the EU increased by 2.0% to £30.5bn"
EVIDENCE_NON_EU_EXPORTS = "shipments to countries beyond the bloc dipped 0.9% to £34.1bn"
EVIDENCE_AUGUST = (
    "Looking at August on its own, goods exports dropped 1.1% in value from July, in part due to lower car "
    "sales to China, while goods imports rose slightly, by 0.6%"
)
EVIDENCE_US = "Including precious metals, goods exports to the US climbed 3.9% to £5.0bn that month"
EVIDENCE_TWELVE_MONTHS = (
    "the overall trade deficit, precious metals excluded, shrank by £14.2bn to £30.1bn in the 12 months to August"
)

ARTICLE = {
    "id": "dT2_06_bbc_uk_three_months_aug",
    "title": "Growth in services exports helps shrink UK trade gap",
    "publisher": "BBC News",
    "published": "2024-10-11",
    "notes": [
        "Publisher as named in the byline: 'BBC News'. The year appears only in the published date: the three "
        "months to August are 2024-06 to 2024-08, August is 2024-08.",
        "Rolling three-month comparisons with 'the previous three months' take basis qoq; the August-alone "
        "paragraph ('from July') is mom, and its frame carries to the US sentence ('that month').",
        "Figures stated as excluding precious metals carry it in the product: the total balance, total exports and "
        "imports are 'goods and services excluding precious metals'; the goods deficit ('Excluding precious "
        "metals as well') is 'goods excluding precious metals'. The total including precious metals (£8.3bn deficit) is "
        "'goods and services'.",
        "The EU / non-EU goods flows and the August goods flows do not restate the exclusion in their sentences: "
        "goods alone, product null. Exports to the US 'Including precious metals' are goods alone: product null.",
        "'countries beyond the bloc' is partner 'non-EU countries'.",
        "The 12 months to August are 2023-09 to 2024-08 (period written out by hand: it crosses a year).",
        "Changes written as money ('fell by £1.3bn', 'rose by £0.4bn', 'up £1.7bn', 'dropped by £1.2bn', "
        "'went up by £1.9bn', 'shrank by £14.2bn') are derived comparisons: left out; the percent in the bracket "
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
