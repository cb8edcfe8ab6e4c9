from _fact import fact, period

APR = period(2025, 4)
MAR = period(2025, 3)
OCT24 = period(2024, 10)
YTD = period(2025, 1, 4)
Y2024 = period(2024, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"
NONEU = "non-EU countries"

E_EXP = "exports fell 1.7 percent from March to 131.1 billion euros"
E_IMP = "rising 3.9 percent month on month to 116.5 billion euros"
E_BAL = "That left a trade surplus of 14.6 billion euros (about 16.6 billion U.S. dollars)"
E_MAR = "sharply below a revised 21.3 billion euros in March"
E_YOY = "Compared with April 2024, exports were down 2.1 percent, while imports were up 3.8 percent."
E_USRANK = "The United States stayed the biggest buyer of German goods"
E_US = "The United States stayed the biggest buyer of German goods, but the value shipped across the Atlantic shrank by 10.5 percent from March to 13.0 billion euros"
E_OCT = "when exports to the U.S. totaled 12.3 billion euros"
E_USYOY = "It was the weakest month since October 2024, when exports to the U.S. totaled 12.3 billion euros, and 6.3 percent below the level of April last year."
E_CN = "On the month, exports to China, the world's second-largest economy, shrank 5.9 percent to 7.0 billion euros"
E_UK = "those to Britain fell 2.1 percent to 6.3 billion euros"
E_NONEU = "shipments to countries outside the European Union (EU) dropped 4.8 percent to 58.1 billion euros"
E_EU = "Exports to EU member states edged up 0.9 percent compared with March, reaching 72.9 billion euros."
E_CNRANK = "China kept its place as Germany's largest source of imports."
E_CNIMP = "Goods worth 13.9 billion euros came in from China in April, 4.1 percent less than in March."
E_YTD_BAL = "For January to April combined, Germany ran a trade surplus of 70.1 billion euros."
E_YTD_XM = "Exports over the four months were 0.2 percent higher than in the same period of 2024 and imports rose 4.8 percent."
E_SHARE = "The U.S. took about 10.4 percent of German exports last year."

ARTICLE = {
    "id": "dAT2_04_germany_trade_apr_2025",
    "title": "German exports to U.S. slump over 10 pct in April as tariff rush unwinds",
    "publisher": "Xinhua",
    "published": "2025-06-06",
    "notes": [
        "Dateline 'BERLIN, June 6 (Xinhua)' with no year: published 2025-06-06 (Friday); April is April 2025 (the text also says 'Compared with April 2024').",
        "Area Germany throughout (headline 'German exports', Destatis); goods trade only, so product null.",
        "Headline 'slump over 10 pct' and body 'shrank by 10.5 percent from March' are the same observation (US exports, April, mom): threshold plus exact figure, only the exact 10.5 is labelled.",
        "'fell 1.7 percent from March' and 'rising 3.9 percent month on month': comparisons with the month before, basis mom. The paragraph on China/UK/non-EU opens with 'On the month', so the mom frame carries to 5.9, 2.1 and 4.8. EU 0.9 ('compared with March') and China imports 4.1 ('less than in March') are mom by their own wording.",
        "'14.6 billion euros (about 16.6 billion U.S. dollars)': a EUR balance fact and an approx USD balance fact.",
        "'a revised 21.3 billion euros in March': the March 2025 surplus (revised), labelled as a March balance value; the context is the surplus.",
        "'the smallest since October last year', 'highest level in almost two years', 'the weakest month since October 2024': milestones, out. But 'when exports to the U.S. totaled 12.3 billion euros' states the October 2024 value of exports to the US: labelled with period 2024-10.",
        "Poll expectations (surplus of 20.2 billion euros, exports slipping 0.5 percent): forecasts, out.",
        "'Compared with April 2024': year-on-year growth of total exports (-2.1) and imports (+3.8).",
        "'6.3 percent below the level of April last year': US exports, yoy, -6.3 (the sentence's subject is the value shipped to the US).",
        "'The United States stayed the biggest buyer of German goods': rank 1 of exports to the US, April 2025. 'China kept its place as Germany's largest source of imports': rank 1 of imports from China, April 2025.",
        "'the world's second-largest economy' is a rank of GDP, not of a trade flow: out.",
        "'shipments to countries outside the European Union (EU)': partner 'non-EU countries' (Destatis' third countries).",
        "Tariff rates (10-percent baseline levy, 25 percent on cars, steel and aluminum): not trade flows, out.",
        "January-April (2025-01..2025-04): surplus 70.1 billion euros; exports +0.2 and imports +4.8 versus the same period of 2024 (yoy).",
        "Economist quote: 'about 10.4 percent of German exports last year' is a share of exports to the US for 2024 (last year from the June 2025 date), qualifier approx. 'Losing a fifth of that' and 'more than 2 percentage points off total export growth' are hypothetical/derived: out; the expectation of further declines is a forecast: out.",
        "Ifo sentiment, Bundesbank growth forecast of zero, the exchange rate line (1 euro = 1.14 U.S. dollars): out.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -1.7, "percent", APR, "1.7", E_EXP, basis="mom"),
        fact(DE, "exports", "value", 131.1e9, "EUR", APR, "131.1 billion", E_EXP),
        fact(DE, "imports", "growth", 3.9, "percent", APR, "3.9", E_IMP, basis="mom"),
        fact(DE, "imports", "value", 116.5e9, "EUR", APR, "116.5 billion", E_IMP),
        fact(DE, "balance", "value", 14.6e9, "EUR", APR, "14.6 billion", E_BAL),
        fact(DE, "balance", "value", 16.6e9, "USD", APR, "16.6 billion", E_BAL, qualifier="approx"),
        fact(DE, "balance", "value", 21.3e9, "EUR", MAR, "21.3 billion", E_MAR),
        fact(DE, "exports", "growth", -2.1, "percent", APR, "2.1", E_YOY),
        fact(DE, "imports", "growth", 3.8, "percent", APR, "3.8", E_YOY),
        fact(DE, "exports", "rank", 1, "number", APR, "biggest", E_USRANK, partner=US),
        fact(DE, "exports", "growth", -10.5, "percent", APR, "10.5", E_US, partner=US, basis="mom"),
        fact(DE, "exports", "value", 13.0e9, "EUR", APR, "13.0 billion", E_US, partner=US),
        fact(DE, "exports", "value", 12.3e9, "EUR", OCT24, "12.3 billion", E_OCT, partner=US),
        fact(DE, "exports", "growth", -6.3, "percent", APR, "6.3", E_USYOY, partner=US),
        fact(DE, "exports", "growth", -5.9, "percent", APR, "5.9", E_CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 7.0e9, "EUR", APR, "7.0 billion", E_CN, partner="China"),
        fact(DE, "exports", "growth", -2.1, "percent", APR, "2.1", E_UK, partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.3e9, "EUR", APR, "6.3 billion", E_UK, partner="United Kingdom"),
        fact(DE, "exports", "growth", -4.8, "percent", APR, "4.8", E_NONEU, partner=NONEU, basis="mom"),
        fact(DE, "exports", "value", 58.1e9, "EUR", APR, "58.1 billion", E_NONEU, partner=NONEU),
        fact(DE, "exports", "growth", 0.9, "percent", APR, "0.9", E_EU, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 72.9e9, "EUR", APR, "72.9 billion", E_EU, partner=EU),
        fact(DE, "imports", "rank", 1, "number", APR, "largest", E_CNRANK, partner="China"),
        fact(DE, "imports", "value", 13.9e9, "EUR", APR, "13.9 billion", E_CNIMP, partner="China"),
        fact(DE, "imports", "growth", -4.1, "percent", APR, "4.1", E_CNIMP, partner="China", basis="mom"),
        fact(DE, "balance", "value", 70.1e9, "EUR", YTD, "70.1 billion", E_YTD_BAL),
        fact(DE, "exports", "growth", 0.2, "percent", YTD, "0.2", E_YTD_XM),
        fact(DE, "imports", "growth", 4.8, "percent", YTD, "4.8", E_YTD_XM),
        fact(DE, "exports", "share", 10.4, "percent", Y2024, "10.4", E_SHARE, partner=US, qualifier="approx"),
    ],
}
