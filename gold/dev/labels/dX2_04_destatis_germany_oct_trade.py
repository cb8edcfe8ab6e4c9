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
    "Germany's goods exports rose slightly, by 0.1%, in October 2025 from September 2025, and its imports fell by 1.2%"
)
TOTAL_EXPORTS = "exports of goods totalled €131.2 billion in October 2025"
TOTAL_IMPORTS = "goods imports reached €114.3 billion"
BALANCE = "This resulted in a foreign trade surplus of €16.9 billion, compared with €15.4 billion in September 2025"
EU_EXPORTS = (
    "German exports to European Union (EU) member states rose by 1.4% compared with September 2025, reaching €71.6 "
    "billion"
)
EU_IMPORTS = "Imports from the EU decreased by 0.6% on the month to €60.2 billion"
EA_EXPORTS = "Euro area countries received €50.9 billion of the goods exported to the EU"
EA_IMPORTS = "Germany imported €42.8 billion of goods from the euro area"
NON_EU_EXPORTS = "Adjusted exports to countries outside the EU dropped by 1.4% from September 2025 to €59.6 billion"
NON_EU_IMPORTS = "Imports from third countries were down 1.9% at €54.1 billion"
US_EXPORTS = (
    "In October 2025, exports there amounted to €10.9 billion, down 7.9% from September 2025 and 14.3% below October "
    "2024"
)
CN_UK_EXPORTS = (
    "Relative to September 2025, Germany's exports to the People's Republic of China went up by 4.2% to €6.9 billion, whereas "
    "exports to the United Kingdom went down by 2.6% to €6.4 billion"
)
CN_IMPORTS = "China was again the largest source of Germany's imports, at €13.6 billion, up 3.1% on September 2025"
UNADJ_VALUES = (
    "In unadjusted terms, German goods exports came to €134.9 billion and imports to €117.0 billion in October 2025"
)
UNADJ_GROWTH = "That meant exports were 1.3% lower than in October 2024, while imports were 1.8% higher"

ARTICLE = {
    "id": "dX2_04_destatis_germany_oct_trade",
    "title": "German exports up 0.1% in October 2025 from September",
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
        "Month-on-month frame: 'from September 2025', 'compared with September 2025', 'on the month', 'on September "
        "2025' are mom. In the non-EU paragraph the frame opened by 'from September 2025' carries to 'Imports from "
        "third countries were down 1.9%' (mom).",
        "The US sentence states two bases for one flow: 7.9% 'from September 2025' (mom) and 14.3% 'below October "
        "2024' (yoy, period October 2025: October 2024 is the comparison base, not the period).",
        "'The United States was once more the leading destination for German exports' states a rank with no number: "
        "not labelled (no value_text can be given). 'China was again the largest source of Germany's imports' is "
        "labelled rank 1, imports, partner China.",
        "Euro area values ('Euro area countries received €50.9 billion of the goods exported to the EU') are "
        "partner 'Euro area'; non-EU / third countries are partner 'Non-EU countries' (no canonical name in the guide's "
        "list; written out as the text's group).",
        "'exports to the United Kingdom went down by 2.6% to €6.4 billion': the mom cue 'Relative to September 2025' "
        "opens the sentence.",
        "'exports there amounted to €10.9 billion': 'there' is the United States of the sentence before (partner "
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
