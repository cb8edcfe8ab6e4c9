from _fact import fact, period

MAY = period(2025, 5)
APRIL = period(2025, 4)
JAN_MAY = period(2025, 1, 5)
LAST_YEAR = period(2024, 1, 12)
E_EXPORTS = "Exports declined 1.4% from April in calendar- and seasonally adjusted terms to €130.8 billion"
E_IMPORTS = "Imports unexpectedly rose 1.2% to €112.4 billion"
E_US = "Shipments there dropped 7.7% on the month to €12.8 billion"
E_CHINA = "Exports to China, by contrast, rose 2.1% to €6.9 billion"
E_FRANCE = "those to France slipped 0.6% to €9.9 billion"
E_EU = "Deliveries to other European Union countries edged up 0.3% to €70.1 billion"
E_THIRD = (
    "Exports to so-called third countries outside the bloc, which include the US, China and the UK, "
    "fell 3.5% to €60.7 billion"
)
E_CN_IMPORTS = "Imports from China climbed 2.3% to €13.6 billion"
E_SURPLUS = "the trade surplus narrowed to €18.4 billion from a downwardly revised €21.9 billion in April"
E_YOY = "Compared with May of last year, exports were 1.6% lower, while imports were 4.1% higher"
E_US_YTD = "Germany shipped goods worth €71.2 billion to the US, 9.5% more than in the same period a year earlier"
E_YTD = (
    "Total exports from January through May came to €661.3 billion, up 1.1%, "
    "and the surplus over that period reached €97.3 billion"
)
E_PARTNER = (
    "The US was Germany's largest trading partner last year, with goods flowing in both directions "
    "worth €252.8 billion"
)
NON_EU = "Non-EU countries"

ARTICLE = {
    "id": "dV2_04_de_destatis_may",
    "title": "German Exports Drop Again as Shipments to US Slump Under Tariffs",
    "publisher": "Bloomberg",
    "published": "2025-07-08",
    "notes": [
        "Bloomberg style; the dateline 'July 8' has no year: the year 2025 comes from the published metadata only.",
        "Monthly figures are calendar- and seasonally adjusted and compared with April: the month-on-month frame set "
        "in the second paragraph carries to the partner paragraphs (US, China, France, EU, third countries, "
        "imports from China), so those growth facts take basis mom.",
        "'Shipments there dropped 7.7%': 'there' carries the US over from the previous sentence ('Sales to the US').",
        "'third countries outside the bloc' labelled with partner 'Non-EU countries' (the text's definition).",
        "'Deliveries to other European Union countries': partner European Union.",
        "April surplus: only the revised figure (21.9 billion) is stated; labelled with period April 2025.",
        "Year-on-year comparison 'Compared with May of last year' (unadjusted): exports -1.6, imports +4.1, basis yoy.",
        "'Adjusted for price changes, exports fell 1.0% on the month': volume growth beside value growth, out.",
        "'Economists surveyed by Bloomberg had expected a drop of 0.5%': forecast, out.",
        "January-May figures (US 71.2 billion, +9.5%; total exports 661.3 billion, +1.1%; surplus 97.3 billion) "
        "labelled with period 2025-01..2025-05; the growth rates are yoy ('a year earlier').",
        "'largest trading partner last year ... both directions worth €252.8 billion': total trade with the US in "
        "2024 (published 2025), value and rank 1.",
        "Out: tariff rates (10%, 50%), GDP +0.4%, industrial production +1.2%, the €500 billion infrastructure fund, "
        "'for a second month' (streak).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -1.4, "percent", MAY, "1.4", E_EXPORTS, basis="mom"),
        fact("Germany", "exports", "value", 130.8e9, "EUR", MAY, "130.8 billion", E_EXPORTS),
        fact("Germany", "imports", "growth", 1.2, "percent", MAY, "1.2", E_IMPORTS, basis="mom"),
        fact("Germany", "imports", "value", 112.4e9, "EUR", MAY, "112.4 billion", E_IMPORTS),
        fact("Germany", "exports", "growth", -7.7, "percent", MAY, "7.7", E_US, partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 12.8e9, "EUR", MAY, "12.8 billion", E_US, partner="United States"),
        fact("Germany", "exports", "growth", 2.1, "percent", MAY, "2.1", E_CHINA, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 6.9e9, "EUR", MAY, "6.9 billion", E_CHINA, partner="China"),
        fact("Germany", "exports", "growth", -0.6, "percent", MAY, "0.6", E_FRANCE, partner="France", basis="mom"),
        fact("Germany", "exports", "value", 9.9e9, "EUR", MAY, "9.9 billion", E_FRANCE, partner="France"),
        fact("Germany", "exports", "growth", 0.3, "percent", MAY, "0.3", E_EU, partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 70.1e9, "EUR", MAY, "70.1 billion", E_EU, partner="European Union"),
        fact("Germany", "exports", "growth", -3.5, "percent", MAY, "3.5", E_THIRD, partner=NON_EU, basis="mom"),
        fact("Germany", "exports", "value", 60.7e9, "EUR", MAY, "60.7 billion", E_THIRD, partner=NON_EU),
        fact("Germany", "imports", "growth", 2.3, "percent", MAY, "2.3", E_CN_IMPORTS, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.6e9, "EUR", MAY, "13.6 billion", E_CN_IMPORTS, partner="China"),
        fact("Germany", "balance", "value", 18.4e9, "EUR", MAY, "18.4 billion", E_SURPLUS),
        fact("Germany", "balance", "value", 21.9e9, "EUR", APRIL, "21.9 billion", E_SURPLUS),
        fact("Germany", "exports", "growth", -1.6, "percent", MAY, "1.6", E_YOY, basis="yoy"),
        fact("Germany", "imports", "growth", 4.1, "percent", MAY, "4.1", E_YOY, basis="yoy"),
        fact("Germany", "exports", "value", 71.2e9, "EUR", JAN_MAY, "71.2 billion", E_US_YTD, partner="United States"),
        fact("Germany", "exports", "growth", 9.5, "percent", JAN_MAY, "9.5", E_US_YTD, partner="United States"),
        fact("Germany", "exports", "value", 661.3e9, "EUR", JAN_MAY, "661.3 billion", E_YTD),
        fact("Germany", "exports", "growth", 1.1, "percent", JAN_MAY, "1.1", E_YTD),
        fact("Germany", "balance", "value", 97.3e9, "EUR", JAN_MAY, "97.3 billion", E_YTD),
        fact("Germany", "total", "value", 252.8e9, "EUR", LAST_YEAR, "252.8 billion", E_PARTNER, partner="United States"),
        fact("Germany", "total", "rank", 1, "number", LAST_YEAR, "largest", E_PARTNER, partner="United States"),
    ],
}
