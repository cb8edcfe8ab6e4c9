from _fact import fact, period

OCTOBER = period(2025, 10)
SEPTEMBER = period(2025, 9)
DE = "Germany"
EU = "European Union"
EA = "Euro area"
NON_EU = "Non-EU countries"
US = "United States"
CN = "China"
UK = "United Kingdom"

HEADLINE_GROWTH = (
    "German exports of goods edged up by 0.1% in October 2025 compared with September 2025, while imports declined by 1.2%"
)
TOTAL_EXPORTS = "goods worth €131.2 billion were exported"
TOTAL_IMPORTS = "goods worth €114.3 billion were imported in October 2025"
BALANCE = "The foreign trade balance thus closed with a surplus of €16.9 billion, after €15.4 billion in September 2025"
EU_EXPORTS = "Exports to the member states of the European Union (EU) grew by 1.4% on September 2025 to €71.6 billion"
EU_IMPORTS = "Imports from EU countries, at €60.2 billion, were 0.6% lower than in the previous month"
EA_EXPORTS = "Of the exports to the EU, goods worth €50.9 billion went to countries of the euro area"
EA_IMPORTS = "goods worth €42.8 billion came in from the euro area"
NON_EU_EXPORTS = "exports to non-EU countries amounted to €59.6 billion, a decrease of 1.4% compared with September 2025"
NON_EU_IMPORTS = "Imports from third countries fell by 1.9% to €54.1 billion"
US_EXPORTS = (
    "Goods worth €10.9 billion were shipped there in October 2025, 7.9% less than in September 2025 and 14.3% less "
    "than in October 2024"
)
CN_UK_EXPORTS = (
    "Compared with September 2025, exports to the People's Republic of China rose by 4.2% to €6.9 billion, while those "
    "to the United Kingdom fell by 2.6% to €6.4 billion"
)
CN_IMPORTS = (
    "China remained the largest supplier of goods to Germany, with goods worth €13.6 billion, an increase of 3.1% on the "
    "previous month"
)
UNADJ_VALUES = (
    "Without calendar and seasonal adjustment, Germany exported goods worth €134.9 billion in October 2025 and imported "
    "goods worth €117.0 billion"
)
UNADJ_GROWTH = "Compared with October 2024, exports thus fell by 1.3% and imports rose by 1.8%"

ARTICLE = {
    "id": "dX2_04_destatis_germany_oct_trade",
    "title": "Exports in October 2025: +0.1% on September 2025",
    "publisher": "Destatis",
    "published": "2025-12-08",
    "notes": [
        "Publisher: the text names the Federal Statistical Office (Destatis); canonical outlet name 'Destatis'. Date from "
        "the release line (8 December 2025).",
        "The key-figures block (+0.1%, -1.2%, +€16.9 billion) restates observations that the body gives again: each is "
        "labelled once, with the body sentence as evidence.",
        "Calendar- and seasonally adjusted versus unadjusted figures: the record has no adjustment field. The unadjusted "
        "export and import values (€134.9 billion, €117.0 billion) differ from the adjusted ones (€131.2 billion, "
        "€114.3 billion) beyond rounding, so both pairs are labelled as written (guide: two statements that disagree, "
        "both). The year-on-year rates appear only in the unadjusted section (-1.3%, +1.8%), so they carry no clash.",
        "Month-on-month frame: 'on September 2025', 'compared with September 2025', 'than in the previous month', "
        "'on the previous month' are mom. In the non-EU paragraph the frame opened by 'compared with September 2025' "
        "carries to 'Imports from third countries fell by 1.9%' (mom).",
        "The US sentence states two bases for one flow: 7.9% 'less than in September 2025' (mom) and 14.3% 'less than in "
        "October 2024' (yoy, period October 2025: October 2024 is the comparison base, not the period).",
        "'Most German exports again went to the United States' states a rank with no number: not labelled (no "
        "value_text can be given). 'China remained the largest supplier of goods to Germany' is labelled rank 1, imports, "
        "partner China.",
        "Euro area values ('Of the exports to the EU, goods worth €50.9 billion went to countries of the euro area') are "
        "partner 'Euro area'; non-EU / third countries are partner 'Non-EU countries' (no canonical name in the guide's "
        "list; written out as the text's group).",
        "'those to the United Kingdom fell by 2.6% to €6.4 billion': 'those' = exports; the mom cue 'Compared with "
        "September 2025' opens the sentence.",
        "'Goods worth €10.9 billion were shipped there': 'there' is the United States of the sentence before (partner "
        "United States); the evidence stays within one sentence.",
        "The September 2025 surplus (€15.4 billion) is a stated observation of September: labelled with period 2025-09.",
        "Out: press release number 462, 'X13 JDemetra+', the 9 January 2026 publication date (not trade flows).",
    ],
    "facts": [
        fact(DE, "exports", "growth", 0.1, "percent", OCTOBER, "0.1", HEADLINE_GROWTH, basis="mom"),
        fact(DE, "imports", "growth", -1.2, "percent", OCTOBER, "1.2", HEADLINE_GROWTH, basis="mom"),
        fact(DE, "exports", "value", 131.2e9, "EUR", OCTOBER, "131.2 billion", TOTAL_EXPORTS),
        fact(DE, "imports", "value", 114.3e9, "EUR", OCTOBER, "114.3 billion", TOTAL_IMPORTS),
        fact(DE, "balance", "value", 16.9e9, "EUR", OCTOBER, "16.9 billion", BALANCE),
        fact(DE, "balance", "value", 15.4e9, "EUR", SEPTEMBER, "15.4 billion", BALANCE),
        fact(DE, "exports", "growth", 1.4, "percent", OCTOBER, "1.4", EU_EXPORTS, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 71.6e9, "EUR", OCTOBER, "71.6 billion", EU_EXPORTS, partner=EU),
        fact(DE, "imports", "value", 60.2e9, "EUR", OCTOBER, "60.2 billion", EU_IMPORTS, partner=EU),
        fact(DE, "imports", "growth", -0.6, "percent", OCTOBER, "0.6", EU_IMPORTS, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 50.9e9, "EUR", OCTOBER, "50.9 billion", EA_EXPORTS, partner=EA),
        fact(DE, "imports", "value", 42.8e9, "EUR", OCTOBER, "42.8 billion", EA_IMPORTS, partner=EA),
        fact(DE, "exports", "value", 59.6e9, "EUR", OCTOBER, "59.6 billion", NON_EU_EXPORTS, partner=NON_EU),
        fact(DE, "exports", "growth", -1.4, "percent", OCTOBER, "1.4", NON_EU_EXPORTS, partner=NON_EU, basis="mom"),
        fact(DE, "imports", "growth", -1.9, "percent", OCTOBER, "1.9", NON_EU_IMPORTS, partner=NON_EU, basis="mom"),
        fact(DE, "imports", "value", 54.1e9, "EUR", OCTOBER, "54.1 billion", NON_EU_IMPORTS, partner=NON_EU),
        fact(DE, "exports", "value", 10.9e9, "EUR", OCTOBER, "10.9 billion", US_EXPORTS, partner=US),
        fact(DE, "exports", "growth", -7.9, "percent", OCTOBER, "7.9", US_EXPORTS, partner=US, basis="mom"),
        fact(DE, "exports", "growth", -14.3, "percent", OCTOBER, "14.3", US_EXPORTS, partner=US, basis="yoy"),
        fact(DE, "exports", "growth", 4.2, "percent", OCTOBER, "4.2", CN_UK_EXPORTS, partner=CN, basis="mom"),
        fact(DE, "exports", "value", 6.9e9, "EUR", OCTOBER, "6.9 billion", CN_UK_EXPORTS, partner=CN),
        fact(DE, "exports", "growth", -2.6, "percent", OCTOBER, "2.6", CN_UK_EXPORTS, partner=UK, basis="mom"),
        fact(DE, "exports", "value", 6.4e9, "EUR", OCTOBER, "6.4 billion", CN_UK_EXPORTS, partner=UK),
        fact(DE, "imports", "rank", 1, "number", OCTOBER, "largest", CN_IMPORTS, partner=CN),
        fact(DE, "imports", "value", 13.6e9, "EUR", OCTOBER, "13.6 billion", CN_IMPORTS, partner=CN),
        fact(DE, "imports", "growth", 3.1, "percent", OCTOBER, "3.1", CN_IMPORTS, partner=CN, basis="mom"),
        fact(DE, "exports", "value", 134.9e9, "EUR", OCTOBER, "134.9 billion", UNADJ_VALUES),
        fact(DE, "imports", "value", 117.0e9, "EUR", OCTOBER, "117.0 billion", UNADJ_VALUES),
        fact(DE, "exports", "growth", -1.3, "percent", OCTOBER, "1.3", UNADJ_GROWTH),
        fact(DE, "imports", "growth", 1.8, "percent", OCTOBER, "1.8", UNADJ_GROWTH),
    ],
}
