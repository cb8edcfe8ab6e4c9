from _fact import fact, period

Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
AUG = period(2025, 8)

ARTICLE = {
    "id": "dBI2_06",
    "title": "Britain's trade gap grows in third quarter as goods sales to US sink to near four-year low",
    "publisher": "The Guardian",
    "published": "2025-11-13",
    "notes": [
        "Figures follow the ONS 'UK trade: September 2025' bulletin of 13 Nov 2025 and reports of it (Anadolu, Trading Economics, "
        "BCC): Q3 total deficit ex precious metals 5.6 bn GBP, goods deficit 59.6 bn, services surplus 54.0 bn; September goods "
        "exports 29.4 bn (-5.5%), imports 50.1 bn (-2.0%), goods deficit 20.7 bn; EU exports 14.4 bn (-2.7%), imports 26.5 bn "
        "(-3.3%), deficit 12.1 bn; non-EU exports 15.0 bn (-8.0%), imports 23.6 bn (-0.5%), deficit 8.6 bn; US exports incl. "
        "precious metals -11.4%; BCC: Q3 goods exports to the US about 11% lower y/y; total trade deficit incl. precious metals "
        "1.09 bn in Sep and 1.28 bn (revised) in Aug, written 1.1bn and 1.3bn; services exports 45.99 bn (-0.7%, written 46.0bn), "
        "services imports 28.20 bn (+0.4%).",
        "Derived: the EU's 'about 49%' share of September goods exports is 14.4/29.4.",
        "Invented: Q3 imports from the US -3.4% q/q to 13.6 bn; Q3 imports from China +4.6% q/q to 18.1 bn and 'roughly 12%' of goods imports.",
        "Judgement: whether a figure includes precious metals has no field in the record; both kinds are labelled as plain goods "
        "(product null) or 'goods and services'. The Q3 total (ex precious metals) and the September/August totals (incl. precious "
        "metals) have different periods, so no two facts collide.",
        "Judgement: monthly changes in paragraphs that open with 'compared with August', 'On the month' or 'from August' are basis "
        "mom, carried to the paragraph's later figures; 'compared with the second quarter' and 'on the previous quarter' are qoq.",
        "Judgement: 'countries outside the EU' / 'non-EU countries' is partner 'Non-EU countries'; 'the bloc' and 'its EU neighbours' are European Union.",
        "Out of scope (not labelled): absolute changes (GBP 2.8bn more, by GBP 3.0bn, GBP 0.2bn higher), 'early 2022', 'four-year' milestone, "
        "0.1% GDP growth, 10% tariff, 'about a third' of firms, the 11.40 GMT time.",
        "Copy check (own): 10 sentences searched in the pages corpus, 2 reworded (the two 'goods to/imports from the US, including "
        "precious metals' sentences, close to ONS-derived copy at navigator.global).",
        "Copy check (independent): 18 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -5.6e9, "GBP", Q3, "5.6bn",
             "The shortfall across goods and services, stripping out precious metals, reached £5.6bn in the three months to September",
             product="goods and services"),
        fact("United Kingdom", "balance", "value", -59.6e9, "GBP", Q3, "59.6bn",
             "The goods deficit grew by £3.0bn to £59.6bn over the quarter"),
        fact("United Kingdom", "balance", "value", 54.0e9, "GBP", Q3, "54.0bn",
             "the ONS put Britain's services surplus, built on finance, law and consultancy, at £54.0bn", product="services"),
        fact("United Kingdom", "exports", "growth", -5.5, "percent", SEP, "5.5",
             "the value of goods exports dropped 5.5% compared with August to £29.4bn", basis="mom"),
        fact("United Kingdom", "exports", "value", 29.4e9, "GBP", SEP, "29.4bn",
             "the value of goods exports dropped 5.5% compared with August to £29.4bn"),
        fact("United Kingdom", "imports", "growth", -2.0, "percent", SEP, "2.0",
             "Goods imports fell 2.0% to £50.1bn", basis="mom"),
        fact("United Kingdom", "imports", "value", 50.1e9, "GBP", SEP, "50.1bn",
             "Goods imports fell 2.0% to £50.1bn"),
        fact("United Kingdom", "balance", "value", -20.7e9, "GBP", SEP, "20.7bn",
             "Goods imports fell 2.0% to £50.1bn, leaving a monthly goods deficit of £20.7bn"),
        fact("United Kingdom", "exports", "growth", -2.7, "percent", SEP, "2.7",
             "On the month, exports to the EU fell 2.7% to £14.4bn", partner="European Union", basis="mom"),
        fact("United Kingdom", "exports", "value", 14.4e9, "GBP", SEP, "14.4bn",
             "On the month, exports to the EU fell 2.7% to £14.4bn", partner="European Union"),
        fact("United Kingdom", "imports", "growth", -3.3, "percent", SEP, "3.3",
             "Imports from the bloc were 3.3% lower at £26.5bn", partner="European Union", basis="mom"),
        fact("United Kingdom", "imports", "value", 26.5e9, "GBP", SEP, "26.5bn",
             "Imports from the bloc were 3.3% lower at £26.5bn", partner="European Union"),
        fact("United Kingdom", "balance", "value", -12.1e9, "GBP", SEP, "12.1bn",
             "the UK ran a £12.1bn goods deficit with its EU neighbours", partner="European Union"),
        fact("United Kingdom", "exports", "share", 49, "percent", SEP, "49",
             "The EU took about 49% of Britain's goods exports during the month", partner="European Union", qualifier="approx"),
        fact("United Kingdom", "exports", "growth", -8.0, "percent", SEP, "8.0",
             "Sales to countries outside the EU suffered more, sliding 8.0% from August to £15.0bn",
             partner="Non-EU countries", basis="mom"),
        fact("United Kingdom", "exports", "value", 15.0e9, "GBP", SEP, "15.0bn",
             "Sales to countries outside the EU suffered more, sliding 8.0% from August to £15.0bn", partner="Non-EU countries"),
        fact("United Kingdom", "imports", "growth", -0.5, "percent", SEP, "0.5",
             "Imports from non-EU countries dipped 0.5% to £23.6bn", partner="Non-EU countries", basis="mom"),
        fact("United Kingdom", "imports", "value", 23.6e9, "GBP", SEP, "23.6bn",
             "Imports from non-EU countries dipped 0.5% to £23.6bn", partner="Non-EU countries"),
        fact("United Kingdom", "balance", "value", -8.6e9, "GBP", SEP, "8.6bn",
             "Imports from non-EU countries dipped 0.5% to £23.6bn, leaving an £8.6bn gap", partner="Non-EU countries"),
        fact("United Kingdom", "exports", "growth", -11.4, "percent", SEP, "11.4",
             "Measured with precious metals left in, US-bound goods exports fell 11.4% in September on the previous month",
             partner="United States", basis="mom"),
        fact("United Kingdom", "exports", "growth", -11, "percent", Q3, "11",
             "Over the July-September quarter, sales of goods to the US were about 11% lower in value than a year earlier",
             partner="United States", basis="yoy", qualifier="approx"),
        fact("United Kingdom", "imports", "growth", -3.4, "percent", Q3, "3.4",
             "imports from the US slid 3.4% compared with the second quarter to £13.6bn", partner="United States", basis="qoq"),
        fact("United Kingdom", "imports", "value", 13.6e9, "GBP", Q3, "13.6bn",
             "imports from the US slid 3.4% compared with the second quarter to £13.6bn", partner="United States"),
        fact("United Kingdom", "imports", "growth", 4.6, "percent", Q3, "4.6",
             "goods imports from China rose 4.6% on the previous quarter to £18.1bn", partner="China", basis="qoq"),
        fact("United Kingdom", "imports", "value", 18.1e9, "GBP", Q3, "18.1bn",
             "goods imports from China rose 4.6% on the previous quarter to £18.1bn", partner="China"),
        fact("United Kingdom", "imports", "share", 12, "percent", Q3, "12",
             "goods imports from China rose 4.6% on the previous quarter to £18.1bn, roughly 12% of all the goods the UK bought from abroad in the period",
             partner="China", qualifier="approx"),
        fact("United Kingdom", "balance", "value", -1.1e9, "GBP", SEP, "1.1bn",
             "Including precious metals, whose erratic flows the ONS removes from its headline numbers, the overall trade deficit narrowed to £1.1bn in September",
             product="goods and services"),
        fact("United Kingdom", "balance", "value", -1.3e9, "GBP", AUG, "1.3bn",
             "the overall trade deficit narrowed to £1.1bn in September from £1.3bn in August", product="goods and services"),
        fact("United Kingdom", "exports", "growth", -0.7, "percent", SEP, "0.7",
             "Services exports slipped 0.7% on the month to £46.0bn", product="services", basis="mom"),
        fact("United Kingdom", "exports", "value", 46.0e9, "GBP", SEP, "46.0bn",
             "Services exports slipped 0.7% on the month to £46.0bn", product="services"),
        fact("United Kingdom", "imports", "growth", 0.4, "percent", SEP, "0.4",
             "services imports rose 0.4% to £28.2bn", product="services", basis="mom"),
        fact("United Kingdom", "imports", "value", 28.2e9, "GBP", SEP, "28.2bn",
             "services imports rose 0.4% to £28.2bn", product="services"),
    ],
}
