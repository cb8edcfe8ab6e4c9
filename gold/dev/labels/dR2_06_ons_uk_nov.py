from _fact import fact, period

NOVEMBER = period(2025, 11)
THREE_MONTHS = period(2025, 9, 11)
TWELVE_MONTHS = {"start": "2024-12", "end": "2025-11"}
UK = "United Kingdom"
EU = "European Union"
NON_EU = "non-EU countries"
GOODS_AND_SERVICES = "goods and services"

IMPORTS_MONTH = (
    "Relative to October 2025, total goods imports dropped by £0.8 billion (1.5%) in November 2025 to £53.8 billion"
)
IMPORTS_BY_AREA = (
    "Imports from the EU fell by £0.3 billion (1.0%), while imports from non-EU countries declined by "
    "£0.5 billion (1.9%)."
)
EXPORTS_MONTH = (
    "Between October and November 2025, total goods exports grew by £0.9 billion (2.7%) to £34.5 billion"
)
EXPORTS_NON_EU = "Goods exports to non-EU countries increased by £1.0 billion (5.8%) to £18.3 billion"
EXPORTS_EU = "Exports to the EU edged down by £0.1 billion (0.6%) to £16.2 billion"
US_TRADE = (
    "Including precious metals, goods exports to the US decreased on the month by £0.4 billion (6.9%) in November "
    "2025, whereas imports from the US increased by £0.3 billion (4.2%)"
)
TOTAL_QUARTER = (
    "The UK's overall trade deficit in goods and services for the three months to November 2025 grew by £2.3 billion "
    "to £8.9 billion"
)
GOODS_QUARTER = (
    "Over the three months to November 2025, the trade in goods deficit grew by £1.6 billion to £59.4 billion"
)
SERVICES_QUARTER = "the surplus on trade in services shrank by an estimated £0.7 billion to £50.5 billion"
GOODS_FLOWS_QUARTER = (
    "Set against the three months to August 2025, the three months to November 2025 saw goods imports grow by "
    "£2.2 billion (1.4%), while goods exports rose by £0.6 billion (0.6%)"
)
GOODS_BY_AREA_QUARTER = (
    "In the three months to November 2025, the goods deficit with non-EU countries increased by £1.9 billion to "
    "£21.7 billion, while that with EU countries decreased by £0.3 billion to £37.7 billion"
)
SERVICES_FLOWS_QUARTER = (
    "services imports are estimated to have grown by £1.5 billion (2.4%), faster than services exports, which rose "
    "by £0.8 billion (0.7%) to £114.6 billion"
)

ARTICLE = {
    "id": "dR2_06_ons_uk_nov",
    "title": "November 2025: UK trade in goods and services",
    "publisher": "Office for National Statistics",
    "published": "2026-01-15",
    "notes": [
        "All figures exclude non-monetary gold and other precious metals unless stated (bulletin note); the US "
        "figures are stated 'including precious metals', a coverage the record cannot express: labelled as UK-US "
        "trade with the caveat left to this note.",
        "Absolute changes ('dropped by £0.8 billion', 'grew by £2.3 billion', 'shrank by £1.8 billion', "
        "'rose by £0.8 billion (0.7%)', '£9.8 billion wider'): changes derived from two levels, out of scope; the "
        "bracketed rates and the levels after 'to' or 'was' are labelled.",
        "Key points restate the monthly goods import and export rates of section 2: labelled once, with the section 2 "
        "sentence as evidence.",
        "Monthly rates are month-on-month: 'Relative to October 2025', 'Between October and November 2025', "
        "'on the month'; each frame opens its paragraph and carries to the paragraph's later figures.",
        "'three months to November 2025' is September-November 2025; rates 'Set against the three months to August "
        "2025, the three months to November 2025' compare with the previous three months: basis qoq.",
        "Section 4's services paragraph opens 'On the same three-month comparison': the three-month comparison "
        "(qoq); 'which rose by £0.8 billion (0.7%) to £114.6 billion' gives the level of services exports in the "
        "three months to November.",
        "Goods figures take product null; the total trade balance product 'goods and services'; services 'services'.",
        "'non-EU countries' is written as partner 'non-EU countries'; 'the EU'/'EU countries' as European Union.",
        "'12 months to November 2025' is December 2024-November 2025; the 12 months to November 2024 is a comparison base.",
        "Out of scope: the inflation-adjusted widening of £1.9 billion (a change, and volume), GDP growth of 0.1%, "
        "'The services trade surplus changed little' (no number), release dates.",
    ],
    "facts": [
        fact(UK, "imports", "growth", -1.5, "percent", NOVEMBER, "1.5", IMPORTS_MONTH, basis="mom"),
        fact(UK, "imports", "value", 53.8e9, "GBP", NOVEMBER, "53.8 billion", IMPORTS_MONTH),
        fact(
            UK,
            "imports",
            "growth",
            -1.9,
            "percent",
            NOVEMBER,
            "1.9",
            IMPORTS_BY_AREA,
            partner=NON_EU,
            basis="mom",
        ),
        fact(UK, "imports", "growth", -1.0, "percent", NOVEMBER, "1.0", IMPORTS_BY_AREA, partner=EU, basis="mom"),
        fact(UK, "exports", "growth", 2.7, "percent", NOVEMBER, "2.7", EXPORTS_MONTH, basis="mom"),
        fact(UK, "exports", "value", 34.5e9, "GBP", NOVEMBER, "34.5 billion", EXPORTS_MONTH),
        fact(UK, "exports", "growth", 5.8, "percent", NOVEMBER, "5.8", EXPORTS_NON_EU, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 18.3e9, "GBP", NOVEMBER, "18.3 billion", EXPORTS_NON_EU, partner=NON_EU),
        fact(UK, "exports", "growth", -0.6, "percent", NOVEMBER, "0.6", EXPORTS_EU, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 16.2e9, "GBP", NOVEMBER, "16.2 billion", EXPORTS_EU, partner=EU),
        fact(
            UK,
            "exports",
            "growth",
            -6.9,
            "percent",
            NOVEMBER,
            "6.9",
            US_TRADE,
            partner="United States",
            basis="mom",
        ),
        fact(
            UK,
            "imports",
            "growth",
            4.2,
            "percent",
            NOVEMBER,
            "4.2",
            US_TRADE,
            partner="United States",
            basis="mom",
        ),
        fact(
            UK,
            "balance",
            "value",
            -2.4e9,
            "GBP",
            NOVEMBER,
            "2.4 billion",
            "From October to November 2025, the deficit on total goods and services trade shrank by £1.8 billion to "
            "£2.4 billion",
            product=GOODS_AND_SERVICES,
        ),
        fact(
            UK,
            "balance",
            "value",
            -8.9e9,
            "GBP",
            THREE_MONTHS,
            "8.9 billion",
            TOTAL_QUARTER,
            product=GOODS_AND_SERVICES,
        ),
        fact(UK, "balance", "value", -59.4e9, "GBP", THREE_MONTHS, "59.4 billion", GOODS_QUARTER),
        fact(UK, "balance", "value", 50.5e9, "GBP", THREE_MONTHS, "50.5 billion", SERVICES_QUARTER, product="services"),
        fact(UK, "imports", "growth", 1.4, "percent", THREE_MONTHS, "1.4", GOODS_FLOWS_QUARTER, basis="qoq"),
        fact(UK, "exports", "growth", 0.6, "percent", THREE_MONTHS, "0.6", GOODS_FLOWS_QUARTER, basis="qoq"),
        fact(
            UK, "balance", "value", -21.7e9, "GBP", THREE_MONTHS, "21.7 billion", GOODS_BY_AREA_QUARTER, partner=NON_EU
        ),
        fact(UK, "balance", "value", -37.7e9, "GBP", THREE_MONTHS, "37.7 billion", GOODS_BY_AREA_QUARTER, partner=EU),
        fact(
            UK,
            "imports",
            "growth",
            2.4,
            "percent",
            THREE_MONTHS,
            "2.4",
            SERVICES_FLOWS_QUARTER,
            product="services",
            basis="qoq",
        ),
        fact(
            UK,
            "exports",
            "growth",
            0.7,
            "percent",
            THREE_MONTHS,
            "0.7",
            SERVICES_FLOWS_QUARTER,
            product="services",
            basis="qoq",
        ),
        fact(
            UK,
            "exports",
            "value",
            114.6e9,
            "GBP",
            THREE_MONTHS,
            "114.6 billion",
            SERVICES_FLOWS_QUARTER,
            product="services",
        ),
        fact(
            UK,
            "balance",
            "value",
            -30.2e9,
            "GBP",
            TWELVE_MONTHS,
            "30.2 billion",
            "In the 12 months to November 2025, the deficit on total goods and services trade was £30.2 billion",
            product=GOODS_AND_SERVICES,
        ),
    ],
}
