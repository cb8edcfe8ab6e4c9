from _fact import fact, period

APR = period(2025, 4)
GS = "goods and services"
E_TOT = "The total trade deficit in goods and services widened to £7.5bn in April from £4.4bn in March"
E_GX = "Compared with March, goods exports fell 9.7% to £27.4bn"
E_GM = "goods imports were down 0.6% at £47.6bn, leaving a goods deficit of £20.2bn"
E_SX = "Services exports rose 0.8% to £43.1bn"
E_US = "Goods exports to the US slumped 21.6% to £4.1bn in April from March"
E_EU = "exports of goods to the EU rose 1.3% month on month to £14.9bn"

ARTICLE = {
    "id": "dI2_04_uk_guardian_apr_deficit",
    "title": "UK trade deficit widens to £7.5bn as goods exports to US slump after Trump tariffs",
    "publisher": "The Guardian",
    "published": "2025-06-12",
    "notes": [
        "The text states the year (April 2025). March's deficit is a separate observation (2025-03); "
        "'the three months to April' is 2025-02/2025-04.",
        "Total trade (goods and services) figures carry product 'goods and services'; goods figures product null; "
        "services figures 'services'.",
        "'Compared with March' sets a month-on-month frame for the goods and services rates in that paragraph; "
        "US exports 'from March' and EU exports 'month on month' are mom too.",
        "'down 0.6% at £47.6bn': a fall, -0.6.",
        "Out of scope: 'since records began in 1997', 25% levy, GDP -0.3% and 0.7%, Bank rate 4.25%, "
        "100,000-car quota and 10% tariff, sterling at $1.355.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -7.5e9, "GBP", APR, "7.5bn", E_TOT, product=GS),
        fact("United Kingdom", "balance", "value", -4.4e9, "GBP", period(2025, 3), "4.4bn", E_TOT, product=GS),
        fact("United Kingdom", "balance", "value", -5.7e9, "GBP", period(2025, 2, 4), "5.7bn",
             "In the three months to April, the deficit stood at £5.7bn", product=GS),
        fact("United Kingdom", "exports", "value", 27.4e9, "GBP", APR, "27.4bn", E_GX),
        fact("United Kingdom", "exports", "growth", -9.7, "percent", APR, "9.7", E_GX, basis="mom"),
        fact("United Kingdom", "imports", "value", 47.6e9, "GBP", APR, "47.6bn", E_GM),
        fact("United Kingdom", "imports", "growth", -0.6, "percent", APR, "0.6", E_GM, basis="mom"),
        fact("United Kingdom", "balance", "value", -20.2e9, "GBP", APR, "20.2bn", E_GM),
        fact("United Kingdom", "exports", "value", 43.1e9, "GBP", APR, "43.1bn", E_SX, product="services"),
        fact("United Kingdom", "exports", "growth", 0.8, "percent", APR, "0.8", E_SX, product="services", basis="mom"),
        fact("United Kingdom", "balance", "value", 12.7e9, "GBP", APR, "12.7bn",
             "the UK ran a surplus of £12.7bn on trade in services", product="services"),
        fact("United Kingdom", "exports", "value", 4.1e9, "GBP", APR, "4.1bn", E_US, partner="United States"),
        fact("United Kingdom", "exports", "growth", -21.6, "percent", APR, "21.6", E_US, partner="United States",
             basis="mom"),
        fact("United Kingdom", "exports", "value", 14.9e9, "GBP", APR, "14.9bn", E_EU, partner="European Union"),
        fact("United Kingdom", "exports", "growth", 1.3, "percent", APR, "1.3", E_EU, partner="European Union",
             basis="mom"),
        fact("United Kingdom", "imports", "value", 6.2e9, "GBP", APR, "6.2bn",
             "Imports of goods from China increased to £6.2bn", partner="China"),
    ],
}
