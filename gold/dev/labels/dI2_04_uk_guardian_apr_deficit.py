from _fact import fact, period

APR = period(2025, 4)
GS = "goods and services"
E_TOT = "the combined deficit on goods and services grew to £7.5bn in April, up from £4.4bn in March"
E_GX = "Against March, exports of goods dropped 9.7% to £27.4bn"
E_GM = "goods imports slipped 0.6% to £47.6bn, producing a deficit on goods of £20.2bn"
E_SX = "Exports of services grew 0.8% to £43.1bn"
E_US = "exports of goods to the US dropped 21.6% from March to £4.1bn in April"
E_EU = "Goods exports to the EU, by contrast, grew 1.3% month on month to £14.9bn"

ARTICLE = {
    "id": "dI2_04_uk_guardian_apr_deficit",
    "title": "Trump tariffs hit UK goods exports to US, pushing trade deficit out to £7.5bn",
    "publisher": "The Guardian",
    "published": "2025-06-12",
    "notes": [
        "The text states the year (April 2025). March's deficit is a separate observation (2025-03); "
        "'the three months to April' is 2025-02/2025-04.",
        "Total trade (goods and services) figures carry product 'goods and services'; goods figures product null; "
        "services figures 'services'.",
        "'Against March' sets a month-on-month frame for the goods and services rates in that paragraph; "
        "US exports 'from March' and EU exports 'month on month' are mom too.",
        "'slipped 0.6% to £47.6bn': a fall, -0.6.",
        "Out of scope: 'data going back to 1997', 25% duty, GDP -0.3% and 0.7%, Bank rate 4.25%, "
        "100,000-car quota and 10% duty, the pound at $1.355.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -7.5e9, "GBP", APR, "7.5bn", E_TOT, product=GS),
        fact("United Kingdom", "balance", "value", -4.4e9, "GBP", period(2025, 3), "4.4bn", E_TOT, product=GS),
        fact("United Kingdom", "balance", "value", -5.7e9, "GBP", period(2025, 2, 4), "5.7bn",
             "Over the three months to April the deficit was £5.7bn", product=GS),
        fact("United Kingdom", "exports", "value", 27.4e9, "GBP", APR, "27.4bn", E_GX),
        fact("United Kingdom", "exports", "growth", -9.7, "percent", APR, "9.7", E_GX, basis="mom"),
        fact("United Kingdom", "imports", "value", 47.6e9, "GBP", APR, "47.6bn", E_GM),
        fact("United Kingdom", "imports", "growth", -0.6, "percent", APR, "0.6", E_GM, basis="mom"),
        fact("United Kingdom", "balance", "value", -20.2e9, "GBP", APR, "20.2bn", E_GM),
        fact("United Kingdom", "exports", "value", 43.1e9, "GBP", APR, "43.1bn", E_SX, product="services"),
        fact("United Kingdom", "exports", "growth", 0.8, "percent", APR, "0.8", E_SX, product="services", basis="mom"),
        fact("United Kingdom", "balance", "value", 12.7e9, "GBP", APR, "12.7bn",
             "giving the UK a £12.7bn surplus in services trade", product="services"),
        fact("United Kingdom", "exports", "value", 4.1e9, "GBP", APR, "4.1bn", E_US, partner="United States"),
        fact("United Kingdom", "exports", "growth", -21.6, "percent", APR, "21.6", E_US, partner="United States",
             basis="mom"),
        fact("United Kingdom", "exports", "value", 14.9e9, "GBP", APR, "14.9bn", E_EU, partner="European Union"),
        fact("United Kingdom", "exports", "growth", 1.3, "percent", APR, "1.3", E_EU, partner="European Union",
             basis="mom"),
        fact("United Kingdom", "imports", "value", 6.2e9, "GBP", APR, "6.2bn",
             "goods imports from China rose to £6.2bn", partner="China"),
    ],
}
