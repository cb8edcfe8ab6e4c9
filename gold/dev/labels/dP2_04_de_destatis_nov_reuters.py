from _fact import fact, period

NOVEMBER = period(2025, 11)
OCTOBER = period(2025, 10)
JAN_NOV = period(2025, 1, 11)
GERMANY = "Germany"
US = "United States"
CHINA = "China"
EU = "European Union"

E_EXPORTS = "exports, adjusted for seasonal and calendar effects, grew 0.8% from October to 130.4 billion euros"
E_IMPORTS = (
    "Imports declined 1.2% to 112.9 billion euros, so the foreign trade surplus grew to 17.5 billion euros "
    "($20.49 billion) from October's revised 16.0 billion euros"
)
E_YOY = "On a year-on-year basis, November exports rose 1.4% and imports fell 2.2%"
E_US_EXPORTS = "Sales to the United States, the most important market for German goods outside Europe, slid 3.1% compared with October to 11.0 billion euros"
E_US_IMPORTS = "Purchases from the U.S. decreased 4.5% to 7.6 billion euros, giving Germany a 3.4 billion euro bilateral surplus"
E_CN_EXPORTS = "Exports to China, on the other hand, surged 6.4% to 7.3 billion euros"
E_CN_IMPORTS = "imports from China rose 2.0% to 13.6 billion euros"
E_EU_EXPORTS = (
    "Sales to the 26 other European Union members increased 1.1% to 71.8 billion euros, "
    "with 50.2 billion euros of that going to euro zone countries"
)
E_NON_EU = "Exports to countries beyond the bloc inched up 0.4% to 58.6 billion euros"
E_RANK = (
    "China displaced the United States as the biggest trading partner of Germany, "
    "with two-way trade worth 231.5 billion euros"
)

ARTICLE = {
    "id": "dP2_04_de_destatis_nov_reuters",
    "title": "Rebound in China trade gives German exports a surprise November gain",
    "publisher": "Reuters",
    "published": "2026-01-09",
    "notes": [
        "Dateline 'BERLIN, Jan 9 (Reuters)' has no year: November is November 2025 from the published date "
        "(a January release reports the previous November); 'January-November of last year' is Jan-Nov 2025.",
        "Monthly changes are seasonally and calendar adjusted, month on month ('from October', 'compared with October'): "
        "basis mom; the frame carries to the partner paragraphs ('Exports to China, on the other hand, surged 6.4%').",
        "'On a year-on-year basis' sets basis yoy for the 1.4% and 2.2%.",
        "October export growth: the revised 0.3% is labelled; 'first reported no change' gives no number.",
        "Surplus 17.5 billion euros ($20.49 billion): a EUR fact and a USD fact; the conversion is written without "
        "'about', so qualifier exact. The footer '($1 = 0.8541 euros)' is an exchange rate, out.",
        "Bilateral surplus with the US (3.4 billion euros = 11.0 - 7.6) labelled as a balance with partner United States.",
        "'with 50.2 billion euros of that going to euro zone countries': exports to the Euro area, same month.",
        "'countries beyond the bloc' (the EU, named in the previous sentence): partner non-EU countries.",
        "Jan-Nov: China 'the biggest trading partner of Germany' is rank 1 of total trade with partner China; the 231.5 billion euros is "
        "that total (Reuters calculation, still a reported trade figure).",
        "Out of scope: the Reuters poll forecast (-0.5%), 'the 26 other European Union members' (a count of countries), "
        "'a fourth drop in five months' (streak), the 15% US tariff, the 1.0% growth forecast and the third-quarter "
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
            "The office now puts October's export growth at 0.3%",
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
            "Imports from EU countries amounted to 60.1 billion euros",
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
            "German shipments to the United States were 9.1% lower in January-November of last year than in the corresponding months of the year before",
            partner=US,
        ),
        fact(GERMANY, "total", "rank", 1, "number", JAN_NOV, "biggest", E_RANK, partner=CHINA),
        fact(GERMANY, "total", "value", 231.5e9, "EUR", JAN_NOV, "231.5 billion", E_RANK, partner=CHINA),
    ],
}
