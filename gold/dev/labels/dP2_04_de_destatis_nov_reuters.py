from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
GERMANY = "Germany"
US = "United States"
CHINA = "China"
EU = "European Union"

E_EXPORTS = "Seasonally and calendar adjusted exports increased 0.8% on the month to 130.4 billion euros"
E_IMPORTS = (
    "Imports fell 1.2% to 112.9 billion euros, leaving a foreign trade surplus of 17.5 billion euros "
    "($20.49 billion), up from a revised 16.0 billion euros in October"
)
E_YOY = "exports were 1.4% higher, while imports were down 2.2%"
E_US_EXPORTS = "Exports to the United States, Germany's most important market outside Europe, fell 3.1% from October to 11.0 billion euros"
E_US_IMPORTS = "Imports from the U.S. dropped 4.5% to 7.6 billion euros, leaving Germany with a bilateral surplus of 3.4 billion euros"
E_CN_EXPORTS = "Shipments to China, by contrast, jumped 6.4% to 7.3 billion euros"
E_CN_IMPORTS = "Imports from China climbed 2.0% to 13.6 billion euros"
E_EU_EXPORTS = (
    "Exports to the other 26 European Union countries rose 1.1% to 71.8 billion euros, "
    "of which 50.2 billion euros went to the euro zone"
)
E_NON_EU = "Exports to countries outside the bloc edged up 0.4% to 58.6 billion euros"
E_RANK = (
    "China overtook the United States as Germany's biggest trading partner, "
    "with combined exports and imports of 231.5 billion euros"
)

ARTICLE = {
    "id": "dP2_04_de_destatis_nov_reuters",
    "title": "German exports unexpectedly rise in November as China business recovers",
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "Dateline 'BERLIN, Jan 9 (Reuters)' has no year: November is November 2025 from the published date "
        "(a January release reports the previous November); 'the first eleven months of last year' is Jan-Nov 2025.",
        "Monthly changes are seasonally and calendar adjusted, month on month ('on the month', 'from October'): "
        "basis mom; the frame carries to the partner paragraphs ('Shipments to China, by contrast, jumped 6.4%').",
        "'Compared with November of the previous year' sets basis yoy for the 1.4% and 2.2%.",
        "October export growth: the revised 0.3% rise is labelled; 'initially reported stagnation' gives no number.",
        "Surplus 17.5 billion euros ($20.49 billion): a EUR fact and a USD fact; the conversion is written without "
        "'about', so qualifier exact. The footer '($1 = 0.8541 euros)' is an exchange rate, out.",
        "Bilateral surplus with the US (3.4 billion euros = 11.0 - 7.6) labelled as a balance with partner United States.",
        "'of which 50.2 billion euros went to the euro zone': exports to the Euro area, same month.",
        "'countries outside the bloc' (the EU, named in the previous sentence): partner non-EU countries.",
        "Jan-Nov: China 'biggest trading partner' is rank 1 of total trade with partner China; the 231.5 billion euros is "
        "that total (Reuters calculation, still a reported trade figure).",
        "Out of scope: the Reuters poll forecast (-0.5%), 'the other 26 European Union countries' (a count of countries), "
        "'the fourth decline in five months' (streak), the 15% US tariff, the 1.0% growth forecast and the third-quarter "
        "stagnation (GDP), and the Ifo index points (minus 3.4, minus 5.9).",
        "Goods trade only (Destatis foreign trade): product null.",
    ],
    "facts": [
        fact(GERMANY, "exports", "growth", 0.8, "percent", NOVEMBER, "0.8", E_EXPORTS, basis="mom"),
        fact(GERMANY, "exports", "value", 130.4e9, "EUR", NOVEMBER, "130.4 billion", E_EXPORTS),
        fact(GERMANY, "imports", "growth", -1.2, "percent", NOVEMBER, "1.2", E_IMPORTS, basis="mom"),
        fact(GERMANY, "imports", "value", 112.9e9, "EUR", NOVEMBER, "112.9 billion", E_IMPORTS),
        fact(GERMANY, "balance", "value", 17.5e9, "EUR", NOVEMBER, "17.5 billion", E_IMPORTS),
        fact(GERMANY, "balance", "value", 20.49e9, "USD", NOVEMBER, "20.49 billion", E_IMPORTS),
        fact(GERMANY, "balance", "value", 16.0e9, "EUR", OCTOBER, "16.0 billion", E_IMPORTS),
        fact(
            GERMANY,
            "exports",
            "growth",
            0.3,
            "percent",
            OCTOBER,
            "0.3",
            "The statistics office also revised its October export figure to show a 0.3% increase",
            basis="mom",
        ),
        fact(GERMANY, "exports", "growth", 1.4, "percent", NOVEMBER, "1.4", E_YOY),
        fact(GERMANY, "imports", "growth", -2.2, "percent", NOVEMBER, "2.2", E_YOY),
        fact(GERMANY, "exports", "growth", -3.1, "percent", NOVEMBER, "3.1", E_US_EXPORTS, partner=US, basis="mom"),
        fact(GERMANY, "exports", "value", 11.0e9, "EUR", NOVEMBER, "11.0 billion", E_US_EXPORTS, partner=US),
        fact(GERMANY, "imports", "growth", -4.5, "percent", NOVEMBER, "4.5", E_US_IMPORTS, partner=US, basis="mom"),
        fact(GERMANY, "imports", "value", 7.6e9, "EUR", NOVEMBER, "7.6 billion", E_US_IMPORTS, partner=US),
        fact(GERMANY, "balance", "value", 3.4e9, "EUR", NOVEMBER, "3.4 billion", E_US_IMPORTS, partner=US),
        fact(GERMANY, "exports", "growth", 6.4, "percent", NOVEMBER, "6.4", E_CN_EXPORTS, partner=CHINA, basis="mom"),
        fact(GERMANY, "exports", "value", 7.3e9, "EUR", NOVEMBER, "7.3 billion", E_CN_EXPORTS, partner=CHINA),
        fact(GERMANY, "imports", "growth", 2.0, "percent", NOVEMBER, "2.0", E_CN_IMPORTS, partner=CHINA, basis="mom"),
        fact(GERMANY, "imports", "value", 13.6e9, "EUR", NOVEMBER, "13.6 billion", E_CN_IMPORTS, partner=CHINA),
        fact(GERMANY, "exports", "growth", 1.1, "percent", NOVEMBER, "1.1", E_EU_EXPORTS, partner=EU, basis="mom"),
        fact(GERMANY, "exports", "value", 71.8e9, "EUR", NOVEMBER, "71.8 billion", E_EU_EXPORTS, partner=EU),
        fact(GERMANY, "exports", "value", 50.2e9, "EUR", NOVEMBER, "50.2 billion", E_EU_EXPORTS, partner="Euro area"),
        fact(
            GERMANY, "exports", "growth", 0.4, "percent", NOVEMBER, "0.4", E_NON_EU, partner="non-EU countries", basis="mom"
        ),
        fact(GERMANY, "exports", "value", 58.6e9, "EUR", NOVEMBER, "58.6 billion", E_NON_EU, partner="non-EU countries"),
        fact(
            GERMANY,
            "imports",
            "value",
            60.1e9,
            "EUR",
            NOVEMBER,
            "60.1 billion",
            "imports from EU countries came to 60.1 billion euros",
            partner=EU,
        ),
        fact(
            GERMANY,
            "exports",
            "growth",
            -9.1,
            "percent",
            JAN_NOV,
            "9.1",
            "German exports to the United States fell 9.1% compared with the same period a year earlier",
            partner=US,
        ),
        fact(GERMANY, "total", "rank", 1, "number", JAN_NOV, "biggest", E_RANK, partner=CHINA),
        fact(GERMANY, "total", "value", 231.5e9, "EUR", JAN_NOV, "231.5 billion", E_RANK, partner=CHINA),
    ],
}
