from _fact import fact, period

MAY = period(2025, 5)
APRIL = period(2025, 4)
JAN_MAY = period(2025, 1, 5)
LAST_YEAR = period(2024, 1, 12)
E_EXPORTS = "Adjusted for calendar and seasonal effects, exports were down 1.4% from April at €130.8 billion"
E_IMPORTS = "Imports, contrary to expectations, increased 1.2% to €112.4 billion"
E_US = "Exports there fell 7.7% from the previous month to €12.8 billion"
E_CHINA = "Shipments to China, on the other hand, increased 2.1% to €6.9 billion"
E_FRANCE = "those to France dipped 0.6% to €9.9 billion"
E_EU = "Exports to fellow European Union members inched up 0.3% to €70.1 billion"
E_THIRD = (
    "Sales to so-called third countries, those outside the EU such as the US, China and the UK, "
    "decreased 3.5% to €60.7 billion"
)
E_CN_IMPORTS = "Purchases from China rose 2.3% to €13.6 billion"
E_SURPLUS = "That shrank the trade surplus to €18.4 billion, compared with €21.9 billion in April after a downward revision"
E_YOY = "Unadjusted data showed exports 1.6% lower than in May a year ago and imports 4.1% higher"
E_US_YTD = (
    "Between January and May, German exports to the US amounted to €71.2 billion, an increase of 9.5% on the same "
    "months a year before"
)
E_YTD = (
    "Overall exports for the five months totaled €661.3 billion, a 1.1% rise, "
    "and the surplus for the period was €97.3 billion"
)
E_PARTNER = (
    "Last year the US ranked as Germany's largest trading partner, with two-way goods trade "
    "of €252.8 billion"
)
NON_EU = "Non-EU countries"

ARTICLE = {
    "id": "dV2_04_de_destatis_may",
    "title": "German Exports Fall for Second Month as Tariffs Hammer US Sales",
    "publisher": "Bloomberg",
    "published": "2025-07-08",
    "notes": [
        "Bloomberg style; the dateline 'July 8' has no year: the year 2025 comes from the published metadata only.",
        "Monthly figures are calendar- and seasonally adjusted and compared with April: the month-on-month frame set "
        "in the second paragraph carries to the partner paragraphs (US, China, France, EU, third countries, "
        "imports from China), so those growth facts take basis mom.",
        "'Exports there fell 7.7%': 'there' carries the US over from the previous sentence ('The US took the biggest "
        "hit').",
        "'third countries, those outside the EU' labelled with partner 'Non-EU countries' (the text's definition).",
        "'Exports to fellow European Union members': partner European Union.",
        "April surplus: only the revised figure (21.9 billion) is stated; labelled with period April 2025.",
        "Year-on-year comparison 'than in May a year ago' (unadjusted): exports -1.6, imports +4.1, basis yoy.",
        "'Once price effects are stripped out, exports were down 1.0% month on month': volume growth beside value "
        "growth, out.",
        "'The median estimate in a Bloomberg survey of economists was for a 0.5% decrease': forecast, out.",
        "January-May figures (US 71.2 billion, +9.5%; total exports 661.3 billion, +1.1%; surplus 97.3 billion) "
        "labelled with period 2025-01..2025-05; the growth rates are yoy ('a year before').",
        "'Last year the US ranked as Germany's largest trading partner, with two-way goods trade of €252.8 billion': "
        "total trade with the US in "
        "2024 (published 2025), value and rank 1.",
        "Out: tariff rates (10%, 50%), GDP +0.4%, industrial production +1.2%, the €500 billion infrastructure fund, "
        "'for a second straight month' (streak).",
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
