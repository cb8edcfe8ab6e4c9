from _fact import fact, period

UK = "United Kingdom"
Q3 = period(2026, 7, 9)
SEP = period(2026, 9)
AUG = period(2026, 8)
GS = "goods and services"
XPM = "goods excluding precious metals"

ARTICLE = {
    "id": "dBO2_06",
    "title": "UK trade deficit widens by more than half as imports from EU climb",
    "publisher": "The Guardian",
    "published": "2026-11-13",
    "notes": [
        "Real figures: none (the three months to September 2026 have not happened). Modelled on ONS UK trade "
        "bulletins (main points: total deficit widened by £X to £Y in the three months to ..., goods deficit and "
        "services surplus, excluding precious metals, EU and non-EU flows, a monthly paragraph) and City A.M., "
        "Times and Guardian write-ups of them. Invented: every figure. Derived (consistent within rounding): "
        "total deficit 62.9 - 51.3 = 11.6 bn, previous quarter 7.5 bn (goods 59.7, services 52.2), so +4.1 bn = "
        "+54.7%; goods 154.6 - 91.7 = 62.9 bn, imports +3.5 bn = +2.3% on 151.1, exports +0.3% on 91.4; "
        "excluding precious metals 82.2 + 69.3 - 45.1 - 46.0 = 60.4 bn, previous quarter 57.9 bn from the four "
        "rates (so '£2.5bn wider'); services 136.9 - 85.6 = 51.3 bn; September deficit 3.1 bn against 4.3 bn "
        "in August = -27.9%; September goods 51.3 - 31.2 = 20.1 bn, August goods 51.98 - 30.50 = 21.5 bn from "
        "the mom rates; July to September monthly balances sum to the quarter.",
        "Judgement calls: a comparison of the three months to September with the three months to June ('the "
        "previous three months', 'the second quarter', 'over the quarter') is basis qoq; the September paragraph "
        "is mom ('on the month', 'from August', 'between August and September'); the growth of the deficit "
        "follows its verb ('grew by 54.7%' -> +54.7, 'shrank by 27.9%' -> -27.9); total trade figures take "
        "product 'goods and services', services figures 'services', the figures stated 'excluding precious "
        "metals' take product 'goods excluding precious metals', plain goods figures null; 'the bloc' is the "
        "European Union; exports to the U.S. 'in the third quarter' are 2026-07..09 with a yoy rate ('on the "
        "same period of 2025' is the base); 'largest single-country export market' is rank 1 of exports to the "
        "U.S. for the quarter; the August deficit (£4.3bn) is its own fact with period 2026-08.",
        "Not facts: the absolute changes in pounds ('£3.2bn more', '£0.9bn less', '£2.5bn wider', "
        "'rose by £3.5bn'), which are differences derived from stated levels and have no measure in the "
        "schema; 'more than half' in the headline (no numeral; the body's 54.7% is the exact figure); the 10% "
        "U.S. baseline tariff; GDP growth of 0.2% and the 0.3% expectation; the pound at $1.31; the "
        "quarter-point rate cut; 'almost half of the exporters' in a survey; the year 2025.",
        "Copy check: 9 sentences searched, 1 reworded (the September sentence, whose 'narrowed to ... in September, from £4.3bn in August' frame matched a Herald report too closely).",
        "Second check: 21 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "growth", 54.7, "percent", Q3, "54.7",
             "the shortfall on trade in goods and services grew by 54.7% in the three months to September compared "
             "with the previous three months", product=GS, basis="qoq"),
        fact(UK, "balance", "value", -11.6e9, "GBP", Q3, "£11.6bn",
             "the shortfall on trade in goods and services grew by 54.7% in the three months to September compared "
             "with the previous three months, reaching £11.6bn", product=GS),
        fact(UK, "balance", "value", -62.9e9, "GBP", Q3, "£62.9bn",
             "Goods alone ran up a £62.9bn deficit"),
        fact(UK, "balance", "value", 51.3e9, "GBP", Q3, "£51.3bn",
             "services – long a source of strength for the UK – earned a £51.3bn surplus",
             product="services"),
        fact(UK, "balance", "value", -60.4e9, "GBP", Q3, "£60.4bn",
             "Once precious metals are stripped out – their movements through the London bullion market can swing "
             "the headline numbers by billions of pounds – the goods deficit stood at £60.4bn", product=XPM),
        fact(UK, "imports", "growth", 2.3, "percent", Q3, "2.3",
             "Compared with the three months to June, goods imports rose by £3.5bn, or 2.3%, to £154.6bn",
             basis="qoq"),
        fact(UK, "imports", "value", 154.6e9, "GBP", Q3, "£154.6bn",
             "goods imports rose by £3.5bn, or 2.3%, to £154.6bn"),
        fact(UK, "exports", "growth", 0.3, "percent", Q3, "0.3",
             "goods exports edged up just 0.3% to £91.7bn", basis="qoq"),
        fact(UK, "exports", "value", 91.7e9, "GBP", Q3, "£91.7bn",
             "goods exports edged up just 0.3% to £91.7bn"),
        fact(UK, "imports", "growth", 3.1, "percent", Q3, "3.1",
             "Excluding precious metals, imports from the bloc grew 3.1% to £82.2bn over the quarter",
             partner="European Union", product=XPM, basis="qoq"),
        fact(UK, "imports", "value", 82.2e9, "GBP", Q3, "£82.2bn",
             "Excluding precious metals, imports from the bloc grew 3.1% to £82.2bn over the quarter",
             partner="European Union", product=XPM),
        fact(UK, "imports", "growth", 0.4, "percent", Q3, "0.4",
             "imports from non-EU countries went up 0.4% to £69.3bn",
             partner="Non-EU countries", product=XPM, basis="qoq"),
        fact(UK, "imports", "value", 69.3e9, "GBP", Q3, "£69.3bn",
             "imports from non-EU countries went up 0.4% to £69.3bn", partner="Non-EU countries", product=XPM),
        fact(UK, "exports", "growth", -1.4, "percent", Q3, "1.4",
             "sales to the EU slipped 1.4% to £45.1bn", partner="European Union", product=XPM, basis="qoq"),
        fact(UK, "exports", "value", 45.1e9, "GBP", Q3, "£45.1bn",
             "sales to the EU slipped 1.4% to £45.1bn", partner="European Union", product=XPM),
        fact(UK, "exports", "growth", 2.0, "percent", Q3, "2.0",
             "exports to non-EU countries climbed 2.0% to £46.0bn",
             partner="Non-EU countries", product=XPM, basis="qoq"),
        fact(UK, "exports", "value", 46.0e9, "GBP", Q3, "£46.0bn",
             "exports to non-EU countries climbed 2.0% to £46.0bn", partner="Non-EU countries", product=XPM),
        fact(UK, "exports", "value", 136.9e9, "GBP", Q3, "£136.9bn",
             "Services exports were estimated at £136.9bn in the three months to September", product="services"),
        fact(UK, "imports", "value", 85.6e9, "GBP", Q3, "£85.6bn",
             "Services exports were estimated at £136.9bn in the three months to September, with services imports "
             "at £85.6bn", product="services"),
        fact(UK, "exports", "rank", 1, "number", Q3, "largest",
             "The United States, Britain's largest single-country export market", partner="United States"),
        fact(UK, "exports", "value", 14.6e9, "GBP", Q3, "£14.6bn",
             "The United States, Britain's largest single-country export market, bought goods worth £14.6bn from "
             "the UK in the third quarter", partner="United States"),
        fact(UK, "exports", "growth", -5.2, "percent", Q3, "5.2",
             "bought goods worth £14.6bn from the UK in the third quarter, down 5.2% on the same period of 2025",
             partner="United States"),
        fact(UK, "balance", "growth", -27.9, "percent", SEP, "27.9",
             "the total trade deficit shrank by 27.9% on the month", product=GS, basis="mom"),
        fact(UK, "balance", "value", -3.1e9, "GBP", SEP, "£3.1bn",
             "September on its own told a better story: the total trade deficit shrank by 27.9% on the month to £3.1bn", product=GS),
        fact(UK, "balance", "value", -4.3e9, "GBP", AUG, "£4.3bn",
             "the total trade deficit shrank by 27.9% on the month to £3.1bn, compared with £4.3bn in August", product=GS),
        fact(UK, "exports", "growth", 2.3, "percent", SEP, "2.3",
             "Goods exports rose 2.3% from August to £31.2bn", basis="mom"),
        fact(UK, "exports", "value", 31.2e9, "GBP", SEP, "£31.2bn",
             "Goods exports rose 2.3% from August to £31.2bn"),
        fact(UK, "imports", "growth", -1.3, "percent", SEP, "1.3",
             "goods imports fell 1.3% to £51.3bn", basis="mom"),
        fact(UK, "imports", "value", 51.3e9, "GBP", SEP, "£51.3bn",
             "goods imports fell 1.3% to £51.3bn"),
        fact(UK, "balance", "value", -20.1e9, "GBP", SEP, "£20.1bn",
             "bringing the monthly goods deficit down to £20.1bn"),
        fact(UK, "exports", "growth", 3.2, "percent", SEP, "3.2",
             "Excluding precious metals, exports to the EU increased 3.2% between August and September",
             partner="European Union", product=XPM, basis="mom"),
        fact(UK, "imports", "growth", -4.1, "percent", SEP, "4.1",
             "imports from non-EU countries fell 4.1%", partner="Non-EU countries", product=XPM, basis="mom"),
    ],
}
