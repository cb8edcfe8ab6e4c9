from _fact import fact, period

UK = "United Kingdom"
US = "United States"
EU = "European Union"
GS = "goods and services"
SV = "services"
Q = period(2026, 6, 8)               # the three months to August 2026
AUG = period(2026, 8)
Y12 = {"start": "2025-09", "end": "2026-08"}   # the 12 months to August 2026

ARTICLE = {
    "id": "dBM2_06",
    "title": "UK trade deficit widens as sales to EU fall back and fuel import bill climbs",
    "publisher": "The Guardian",
    "published": "2026-10-10",
    "notes": [
        "Real figures: none for 2026 (the story is set after the data exist); the 10% US tariff and the 2025 deal "
        "are real background (not facts). Invented: every figure. Kept consistent: goods -62.8 + services 53.2 = "
        "-9.6; goods exports 92.1 - imports 154.9 = -62.8; services exports 127.4 - imports 74.2 = 53.2; EU 45.3 + "
        "non-EU 46.8 = 92.1, and the EU (-2.1%) and non-EU (+0.6%) rates imply goods exports -0.7%; US share "
        "13.6/92.1 = 14.8% ('almost 15%'); August goods 30.2 - 51.5 = -21.3, with an implied services surplus of "
        "18.2 giving the -3.1 total; US exports June-August 4.5 + 4.8 + 4.3 = 13.6.",
        "Judgement calls: area United Kingdom throughout. 'the three months to August' is 2026-06..2026-08 and its "
        "growth rates, stated 'on the previous three months'/'on the preceding three months', are basis qoq "
        "(a rolling three-month comparison; qoq is the nearest basis the record has). 'Over the same comparison' "
        "carries that qoq frame into the goods paragraph, and the EU sentence's frame carries to the non-EU "
        "sentence of the same paragraph. 'In August alone ... from July' and 'on the month' give basis mom for "
        "2026-08. Goods figures have product null; services 'services'; total trade 'goods and services'. The "
        "precious-metals-excluded total deficit is product 'goods and services excluding precious metals' (the "
        "restriction in the text's words); 'precious metals included' is the standard goods measure, so product "
        "null. 'remains its largest single-country market' is rank 1 of exports to the US, given the period of the "
        "paragraph (three months to August). 'the 12 months to August' is 2025-09..2026-08. Sales to 'non-EU "
        "countries' use partner 'non-EU countries' (the text's words). The total monthly deficit 'Including "
        "services' is product 'goods and services'.",
        "Not facts: absolute changes '£2.4bn larger than in the three months to May', 'dropped by £0.5bn', '£4.1bn smaller than in the preceding 12 months' (the record "
        "holds levels and percent growth, not money changes); City economists' expected £3.8bn deficit (forecast); "
        "GDP growth 0.2% (not trade); 31% of exporting businesses (survey, not a trade flow); the 10% tariff; "
        "0.3 percentage points from growth (forecast and a contribution); the years 2025 and 12 months as a span "
        "length.",
        "Copy check: 7 sentences searched, 2 reworded (the opening data sentence and the goods/services split, which followed the common 'deficit on goods partly offset by a surplus on services' wording).",
        "Second check: 19 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(UK, "balance", "value", -9.6e9, "GBP", Q, "£9.6bn",
             "put the UK's deficit on trade in goods and services at £9.6bn for the three months to August",
             product=GS),
        fact(UK, "balance", "value", -62.8e9, "GBP", Q, "£62.8bn",
             "The goods deficit alone reached £62.8bn over the period"),
        fact(UK, "balance", "value", 53.2e9, "GBP", Q, "£53.2bn",
             "whereas services produced a £53.2bn surplus", product=SV),
        fact(UK, "exports", "growth", 1.2, "percent", Q, "1.2",
             "Services exports rose 1.2% on the previous three months to £127.4bn", product=SV, basis="qoq"),
        fact(UK, "exports", "value", 127.4e9, "GBP", Q, "£127.4bn",
             "Services exports rose 1.2% on the previous three months to £127.4bn", product=SV),
        fact(UK, "imports", "value", 74.2e9, "GBP", Q, "£74.2bn",
             "Services exports rose 1.2% on the previous three months to £127.4bn, while services imports came in at £74.2bn",
             product=SV),
        fact(UK, "exports", "growth", -0.7, "percent", Q, "0.7",
             "Over the same comparison, goods exports slipped 0.7% to £92.1bn", basis="qoq"),
        fact(UK, "exports", "value", 92.1e9, "GBP", Q, "£92.1bn",
             "Over the same comparison, goods exports slipped 0.7% to £92.1bn"),
        fact(UK, "imports", "growth", 1.5, "percent", Q, "1.5",
             "Over the same comparison, goods exports slipped 0.7% to £92.1bn and goods imports increased 1.5% to £154.9bn",
             basis="qoq"),
        fact(UK, "imports", "value", 154.9e9, "GBP", Q, "£154.9bn",
             "goods imports increased 1.5% to £154.9bn"),
        fact(UK, "exports", "growth", -2.1, "percent", Q, "2.1",
             "Exports of goods to the EU dropped 2.1% on the previous three months to £45.3bn",
             partner=EU, basis="qoq"),
        fact(UK, "exports", "value", 45.3e9, "GBP", Q, "£45.3bn",
             "Exports of goods to the EU dropped 2.1% on the previous three months to £45.3bn", partner=EU),
        fact(UK, "exports", "growth", 0.6, "percent", Q, "0.6",
             "Sales to non-EU countries held up better, edging up 0.6% to £46.8bn",
             partner="non-EU countries", basis="qoq"),
        fact(UK, "exports", "value", 46.8e9, "GBP", Q, "£46.8bn",
             "Sales to non-EU countries held up better, edging up 0.6% to £46.8bn", partner="non-EU countries"),
        fact(UK, "exports", "value", 13.6e9, "GBP", Q, "£13.6bn",
             "Sales of goods to the US, precious metals included, came to £13.6bn in the three months to August",
             partner=US),
        fact(UK, "exports", "growth", -4.2, "percent", Q, "4.2",
             "came to £13.6bn in the three months to August, down 4.2% on the preceding three months",
             partner=US, basis="qoq"),
        fact(UK, "exports", "share", 15, "percent", Q, "15",
             "The US took almost 15% of the UK's goods exports over the period", partner=US, qualifier="approx"),
        fact(UK, "exports", "rank", 1, "number", Q, "largest",
             "The US took almost 15% of the UK's goods exports over the period, and remains its largest single-country market",
             partner=US),
        fact(UK, "imports", "growth", 7.4, "percent", Q, "7.4",
             "Imports of fuels rose 7.4% on the previous three months to £16.2bn", product="fuels", basis="qoq"),
        fact(UK, "imports", "value", 16.2e9, "GBP", Q, "£16.2bn",
             "Imports of fuels rose 7.4% on the previous three months to £16.2bn", product="fuels"),
        fact(UK, "balance", "value", -10.4e9, "GBP", Q, "£10.4bn",
             "On that basis the total trade deficit was wider still, at £10.4bn in the three months to August",
             product="goods and services excluding precious metals"),
        fact(UK, "exports", "growth", -2.8, "percent", AUG, "2.8",
             "In August alone, goods exports fell 2.8% from July to £30.2bn", basis="mom"),
        fact(UK, "exports", "value", 30.2e9, "GBP", AUG, "£30.2bn",
             "In August alone, goods exports fell 2.8% from July to £30.2bn"),
        fact(UK, "imports", "growth", 0.9, "percent", AUG, "0.9",
             "In August alone, goods exports fell 2.8% from July to £30.2bn and imports of goods rose 0.9% to £51.5bn",
             basis="mom"),
        fact(UK, "imports", "value", 51.5e9, "GBP", AUG, "£51.5bn",
             "In August alone, goods exports fell 2.8% from July to £30.2bn and imports of goods rose 0.9% to £51.5bn"),
        fact(UK, "balance", "value", -21.3e9, "GBP", AUG, "£21.3bn",
             "leaving a goods deficit of £21.3bn for the month"),
        fact(UK, "exports", "growth", -4.1, "percent", AUG, "4.1",
             "Exports to the EU fell 4.1% on the month", partner=EU, basis="mom"),
        fact(UK, "exports", "value", 4.3e9, "GBP", AUG, "£4.3bn",
             "Exports to the EU fell 4.1% on the month, while sales to the US dropped by £0.5bn to £4.3bn", partner=US),
        fact(UK, "balance", "value", -3.1e9, "GBP", AUG, "£3.1bn",
             "Including services, the UK recorded a deficit of £3.1bn in August", product=GS),
        fact(UK, "balance", "value", -31.8e9, "GBP", Y12, "£31.8bn",
             "Over the 12 months to August, the total trade deficit came to £31.8bn", product=GS),
    ],
}
