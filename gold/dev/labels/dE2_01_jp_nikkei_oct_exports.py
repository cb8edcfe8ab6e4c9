from _fact import fact, period

M = period(2026, 10)
E_EXP = "Exports were up 6.1% on the year at 9.71 trillion yen ($62.5 billion)"
E_IMP = "Imports increased 1.3% to 9.39 trillion yen"
E_SA = "On a seasonally adjusted basis, though, the country posted a 166.4 billion yen deficit, even as exports rose 2.2% from September"
E_US = "Exports to the U.S. declined 8.8% to 1.62 trillion yen"
E_CAR = "Exports of cars to America, which make up the bulk of Japan's shipments there, slid 11.3% to 412.5 billion yen"
E_USB = "Japan's surplus in trade with the U.S. shrank 15.1% to 558.0 billion yen"
E_CN = "Shipments bound for China, Japan's biggest trading partner, increased 2.4% to 1.61 trillion yen"

ARTICLE = {
    "id": "dE2_01_jp_nikkei_oct_exports",
    "title": "Chip sales lift Japan's exports 6.1%, outweighing slump in US car shipments",
    "publisher": "Nikkei Asia",
    "published": "2026-11-18",
    "notes": [
        "The text names no year ('TOKYO --', 'in October'): the period comes from the published date, October 2026.",
        "Publisher from the byline 'Nikkei Asia staff writer'; 'Nikkei QUICK survey' names a survey.",
        "'($62.5 billion)' is a conversion of the same exports without 'about': a USD fact with qualifier exact.",
        "Two balances for October: the unadjusted surplus of 322.3 billion yen and the seasonally adjusted deficit of 166.4 billion yen; "
        "the record has no field for adjustment, so both are labelled as Japan balance values (they differ in value).",
        "'exports rose 2.2% from September' is month-on-month (basis mom), seasonally adjusted.",
        "'the growth of a surplus follows its verb': surplus with the U.S. 'shrank 15.1%' is -15.1.",
        "'Japan's biggest trading partner' (China) is a stated rank: total trade, rank 1.",
        "The headline and deck restate the body's 6.1% and the 15% tariff: the 6.1% is labelled once, with the body sentence.",
        "Out of scope: 4.8% economists' forecast, 'third month running', 'first in five months', 'an eighth month in a row', "
        "tariffs 15% / 27.5%, 0.2 percentage point contribution, GDP -1.8% annualized, 'six quarters', 155 yen to the dollar.",
    ],
    "facts": [
        fact("Japan", "exports", "growth", 6.1, "percent", M, "6.1", E_EXP),
        fact("Japan", "exports", "value", 9.71e12, "JPY", M, "9.71 trillion", E_EXP),
        fact("Japan", "exports", "value", 62.5e9, "USD", M, "62.5 billion", E_EXP),
        fact("Japan", "imports", "growth", 1.3, "percent", M, "1.3", E_IMP),
        fact("Japan", "imports", "value", 9.39e12, "JPY", M, "9.39 trillion", E_IMP),
        fact("Japan", "balance", "value", 322.3e9, "JPY", M, "322.3 billion",
             "The result was a 322.3 billion yen trade surplus"),
        fact("Japan", "balance", "value", -166.4e9, "JPY", M, "166.4 billion", E_SA),
        fact("Japan", "exports", "growth", 2.2, "percent", M, "2.2", E_SA, basis="mom"),
        fact("Japan", "exports", "growth", 17.9, "percent", M, "17.9",
             "Overseas sales of semiconductors and other electronic components surged 17.9%",
             product="semiconductors and other electronic components"),
        fact("Japan", "exports", "growth", -8.8, "percent", M, "8.8", E_US, partner="United States"),
        fact("Japan", "exports", "value", 1.62e12, "JPY", M, "1.62 trillion", E_US, partner="United States"),
        fact("Japan", "exports", "growth", -11.3, "percent", M, "11.3", E_CAR, partner="United States", product="cars"),
        fact("Japan", "exports", "value", 412.5e9, "JPY", M, "412.5 billion", E_CAR, partner="United States", product="cars"),
        fact("Japan", "balance", "growth", -15.1, "percent", M, "15.1", E_USB, partner="United States"),
        fact("Japan", "balance", "value", 558.0e9, "JPY", M, "558.0 billion", E_USB, partner="United States"),
        fact("Japan", "total", "rank", 1, "number", M, "biggest", E_CN, partner="China"),
        fact("Japan", "exports", "growth", 2.4, "percent", M, "2.4", E_CN, partner="China"),
        fact("Japan", "exports", "value", 1.61e12, "JPY", M, "1.61 trillion", E_CN, partner="China"),
        fact("Japan", "balance", "value", -542.9e9, "JPY", M, "542.9 billion",
             "Japan's deficit with its neighbor still came to 542.9 billion yen", partner="China"),
        fact("Japan", "exports", "growth", 14.2, "percent", M, "14.2",
             "Sales to the European Union climbed 14.2%", partner="European Union"),
    ],
}
