from _fact import fact, period

SG = "Singapore"
OCT = period(2024, 10)
SEP = period(2024, 9)
OCT23 = period(2023, 10)
YTD = period(2024, 1, 10)
NO = "non-oil"
DX = "domestic exports"

ARTICLE = {
    "id": "dCA2_06",
    "title": "Singapore's NODX slips 4.6% in October as pharma shipments slump; electronics return to growth",
    "publisher": "The Business Times",
    "published": "2024-11-18",
    "notes": [
        "Real figures (Enterprise Singapore release of 2024-11-18, as carried by Tradingpedia): NODX -4.6% year on "
        "year in October 2024 after a revised +0.9% in September, the first drop since June; non-electronic NODX "
        "-6.7% (September +1.4%), pharmaceuticals -40.4%, specialised machinery -22.6%, petrochemicals -7.4%; "
        "electronic NODX +2.6% (September -0.7%), other computer peripherals +236.1%, disk media products +96.4%, "
        "integrated circuits +16.6%; NODX to Japan -23.0%, China -22.3%, Hong Kong -19.8%, the EU -21.4%; "
        "USD/SGD around 1.34.",
        "Derived/made up: the month-on-month figures (-1.4% in October, +4.1% in September), the seasonally "
        "adjusted levels S$13.8 billion and S$14 billion, the US$10.3 billion conversion (13.8/1.34), the "
        "unadjusted levels S$14.6 billion and S$15.3 billion (chosen to agree with -4.6%), NODX to the US +7.8%, "
        "the US as largest market with 15.2%, NORX +11.2% and +3.8%, oil domestic exports -18.5%, total trade "
        "+5.8%, total exports +6.1%, imports +5.4%, January-October NODX -1.9%, the Bloomberg consensus of 3%, "
        "the bank's forecasts, the byline and time stamp are made up (plausible, not found in the corpus); the "
        "third-quarter GDP advance estimate of 4.1% is from memory.",
        "Judgement calls: NODX is labelled product 'non-oil', segment 'domestic exports'; electronic and "
        "non-electronic NODX as products 'electronics' and 'non-electronics' and the commodity lines by their "
        "names, all with segment 'domestic exports'; NORX as product 'non-oil', segment 're-exports'; oil domestic "
        "exports as product 'oil'; overall merchandise trade, total exports and imports with product and segment null. The "
        "seasonally adjusted S$13.8 billion and the unadjusted S$14.6 billion are both labelled for October "
        "(the record cannot say seasonally adjusted). 'from the previous month' makes -1.4% month on month and "
        "'sequential' the September +4.1%; later paragraphs are year on year ('on the year', default). 'the month "
        "before' dates the -0.7% to September. 'and those to China 22.3 per cent' shares 'sank' with Japan, so -22.3; 'took 21.4 per cent less' is a fall. The US rank and share carry the subject "
        "from 'NODX there'. The period of every body figure without a month comes from the headline/lead "
        "(October 2024). Lint gap: the first wording 'Shipments to Japan sank 23 per cent, those to China 22.3 per "
        "cent and those to Hong Kong 19.8 per cent' (a comma list sharing one verb, no 'and' before the second "
        "item) read +22.3 and +19.8, so it was reworded.",
        "Not facts: Bloomberg consensus of 3 per cent; 'since June'; 'October 2023' as a base; the bank's forecasts "
        "(contraction of 1 to 2 per cent, growth of 2 to 4 per cent in 2025); GDP growth of 4.1 per cent; "
        "the exchange rate 1.34; 'first 10 months' is a period, not a count.",
        "Copy check: 17 sentences searched, 2 reworded.",
        "Second check: 29 sentences searched, 11 reworded.",
    ],
    "facts": [
        fact(SG, "exports", "growth", -4.6, "percent", OCT, "4.6",
             "in October, pushing Singapore's non-oil domestic exports (NODX) down 4.6 per cent year on year",
             product=NO, segment=DX),
        fact(SG, "exports", "growth", 0.9, "percent", SEP, "0.9",
             "after a revised 0.9 per cent rise in September", product=NO, segment=DX),
        fact(SG, "exports", "growth", -1.4, "percent", OCT, "1.4",
             "adjusted for seasonal swings, NODX slid 1.4 per cent from the previous month",
             product=NO, segment=DX, basis="mom"),
        fact(SG, "exports", "value", 13.8e9, "SGD", OCT, "13.8 billion",
             "NODX slid 1.4 per cent from the previous month to S$13.8 billion", product=NO, segment=DX),
        fact(SG, "exports", "value", 10.3e9, "USD", OCT, "10.3 billion",
             "NODX slid 1.4 per cent from the previous month to S$13.8 billion (US$10.3 billion)", product=NO, segment=DX),
        fact(SG, "exports", "value", 14e9, "SGD", SEP, "14 billion",
             "in September, seasonally adjusted NODX had stood at S$14 billion",
             product=NO, segment=DX),
        fact(SG, "exports", "growth", 4.1, "percent", SEP, "4.1",
             "September itself had seen a 4.1 per cent sequential gain", product=NO, segment=DX,
             basis="mom"),
        fact(SG, "exports", "value", 14.6e9, "SGD", OCT, "14.6 billion",
             "In unadjusted terms, October's NODX came to S$14.6 billion", product=NO, segment=DX),
        fact(SG, "exports", "value", 15.3e9, "SGD", OCT23, "15.3 billion",
             "October's NODX came to S$14.6 billion, compared with S$15.3 billion a year earlier",
             product=NO, segment=DX),
        fact(SG, "exports", "growth", -6.7, "percent", OCT, "6.7",
             "Non-electronic NODX, which had edged up 1.4 per cent in September, contracted 6.7 per cent on the year",
             product="non-electronics", segment=DX),
        fact(SG, "exports", "growth", 1.4, "percent", SEP, "1.4",
             "Non-electronic NODX, which had edged up 1.4 per cent in September",
             product="non-electronics", segment=DX),
        fact(SG, "exports", "growth", -40.4, "percent", OCT, "40.4",
             "pharmaceuticals, down 40.4 per cent", product="pharmaceuticals", segment=DX),
        fact(SG, "exports", "growth", -22.6, "percent", OCT, "22.6",
             "specialised machinery, down 22.6 per cent", product="specialised machinery", segment=DX),
        fact(SG, "exports", "growth", -7.4, "percent", OCT, "7.4",
             "petrochemicals, down 7.4 per cent", product="petrochemicals", segment=DX),
        fact(SG, "exports", "growth", 2.6, "percent", OCT, "2.6",
             "electronic NODX expanded 2.6 per cent", product="electronics", segment=DX),
        fact(SG, "exports", "growth", -0.7, "percent", SEP, "0.7",
             "after a 0.7 per cent dip the month before, electronic NODX expanded 2.6 per cent", product="electronics", segment=DX),
        fact(SG, "exports", "growth", 236.1, "percent", OCT, "236.1",
             "Other computer peripherals led the charge with a jump of 236.1 per cent",
             product="other computer peripherals", segment=DX),
        fact(SG, "exports", "growth", 96.4, "percent", OCT, "96.4",
             "disk media products grew 96.4 per cent", product="disk media products", segment=DX),
        fact(SG, "exports", "growth", 16.6, "percent", OCT, "16.6",
             "Integrated circuits were up 16.6 per cent", product="integrated circuits", segment=DX),
        fact(SG, "exports", "growth", -23, "percent", OCT, "23",
             "Shipments to Japan sank 23 per cent", partner="Japan", product=NO, segment=DX),
        fact(SG, "exports", "growth", -22.3, "percent", OCT, "22.3",
             "Shipments to Japan sank 23 per cent and those to China 22.3 per cent", partner="China", product=NO,
             segment=DX),
        fact(SG, "exports", "growth", -19.8, "percent", OCT, "19.8",
             "NODX to Hong Kong fell 19.8 per cent",
             partner="Hong Kong", product=NO, segment=DX),
        fact(SG, "exports", "growth", -21.4, "percent", OCT, "21.4",
             "the European Union took 21.4 per cent less", partner="European Union", product=NO, segment=DX),
        fact(SG, "exports", "growth", 7.8, "percent", OCT, "7.8",
             "NODX there rose 7.8 per cent", partner="United States", product=NO, segment=DX),
        fact(SG, "exports", "rank", 1, "number", OCT, "largest",
             "making America the largest market for Singapore-made goods in the month", partner="United States",
             product=NO, segment=DX),
        fact(SG, "exports", "share", 15.2, "percent", OCT, "15.2",
             "making America the largest market for Singapore-made goods in the month with 15.2 per cent of the "
             "total", partner="United States", product=NO, segment=DX),
        fact(SG, "exports", "growth", 11.2, "percent", OCT, "11.2",
             "pushed non-oil re-exports (NORX) up 11.2 per cent", product=NO, segment="re-exports"),
        fact(SG, "exports", "growth", 3.8, "percent", SEP, "3.8",
             "pushed non-oil re-exports (NORX) up 11.2 per cent, faster than September's 3.8 per cent increase",
             product=NO, segment="re-exports"),
        fact(SG, "exports", "growth", -18.5, "percent", OCT, "18.5",
             "Oil domestic exports dropped 18.5 per cent", product="oil", segment=DX),
        fact(SG, "total", "growth", 5.8, "percent", OCT, "5.8",
             "Overall merchandise trade, including oil and re-exports, grew 5.8 per cent from a year ago"),
        fact(SG, "exports", "growth", 6.1, "percent", OCT, "6.1",
             "Total exports rose 6.1 per cent"),
        fact(SG, "imports", "growth", 5.4, "percent", OCT, "5.4",
             "Total exports rose 6.1 per cent, outpacing a 5.4 per cent increase in imports"),
        fact(SG, "exports", "growth", -1.9, "percent", YTD, "1.9",
             "For the first 10 months of the year, NODX was down 1.9 per cent", product=NO, segment=DX),
    ],
}
