from _fact import fact, period

JUL = period(2025, 7)
JUN = period(2025, 6)
YTD = period(2025, 1, 7)
E_EXP = "July exports climbed 7.2% year-on-year to $321.78 billion, up from 5.8% growth in June"
E_BAL = "China's surplus on goods trade fell to $98.24 billion, versus $114.77 billion in June"
E_MOM = "Compared with June, imports jumped 6.2% while exports eased 1.0%"
E_YTD = "For January through July, exports grew 6.1% on the year, while imports declined 2.7%"
E_US = "Shipments to the United States sank 21.7% from a year earlier in July, following a 16.1% decline in June"
E_EU = "exports to the European Union increased 9.2% and those to the Association of Southeast Asian Nations soared 16.6%"
E_JK = "Sales to South Korea dipped 2.3%, whereas those to Japan inched up 1.5%"
E_RE = "Rare earth exports rose to 5,994 tonnes in July, a 75.9% increase on June's 3,407 tonnes"

ARTICLE = {
    "id": "dE1_06_reuters_update2_jul_exports",
    "title": "UPDATE 2-Surge in ASEAN-bound goods lifts China's July exports past forecasts; sales to US sink",
    "publisher": "Reuters",
    "published": "2025-08-07",
    "notes": [
        "The year appears only in the published date (dateline 'BEIJING, Aug 7 (Reuters)'): July is 2025-07, June 2025-06, 'January through July' and 'January-July' 2025-01/2025-07.",
        "The bullets restate body figures (7.2%, 4.1%, 21.7%, 16.6%, 75.9%): each observation labelled once, with the body sentence as evidence.",
        "Out of scope: the Reuters poll forecasts (5.4%, a 1.0% fall), the economist's forecast of around 3%, the 90-day truce, tariffs of around 30%, second-quarter GDP growth of 5.2%, the date Aug. 12.",
        "June's export growth (5.8%), June's surplus ($114.77 billion) and June's US export fall (16.1%) are observations of June, labelled with June as their period.",
        "'Compared with June' sets basis mom for both rates in that paragraph; the rare earth rise 'on June's 3,407 tonnes' is a comparison with the month before: mom, and June's quantity is its own fact.",
        "Partner rates without a cue in their clause take year-on-year and July from the paragraph; Russia's rate is trade (not exports) for January-July.",
        "The July import value is not stated (only derivable): not labelled.",
    ],
    "facts": [
        fact("China", "exports", "growth", 7.2, "percent", JUL, "7.2", E_EXP),
        fact("China", "exports", "value", 321.78e9, "USD", JUL, "321.78 billion", E_EXP),
        fact("China", "exports", "growth", 5.8, "percent", JUN, "5.8", E_EXP),
        fact("China", "imports", "growth", 4.1, "percent", JUL, "4.1", "Imports grew 4.1%"),
        fact("China", "balance", "value", 98.24e9, "USD", JUL, "98.24 billion", E_BAL),
        fact("China", "balance", "value", 114.77e9, "USD", JUN, "114.77 billion", E_BAL),
        fact("China", "exports", "growth", -1.0, "percent", JUL, "1.0", E_MOM, basis="mom"),
        fact("China", "imports", "growth", 6.2, "percent", JUL, "6.2", E_MOM, basis="mom"),
        fact("China", "exports", "growth", 6.1, "percent", YTD, "6.1", E_YTD),
        fact("China", "imports", "growth", -2.7, "percent", YTD, "2.7", E_YTD),
        fact("China", "exports", "growth", -21.7, "percent", JUL, "21.7", E_US, partner="United States"),
        fact("China", "exports", "growth", -16.1, "percent", JUN, "16.1", E_US, partner="United States"),
        fact("China", "exports", "growth", 9.2, "percent", JUL, "9.2", E_EU, partner="European Union"),
        fact("China", "exports", "growth", 16.6, "percent", JUL, "16.6", E_EU, partner="ASEAN"),
        fact("China", "exports", "growth", 1.5, "percent", JUL, "1.5", E_JK, partner="Japan"),
        fact("China", "exports", "growth", -2.3, "percent", JUL, "2.3", E_JK, partner="South Korea"),
        fact("China", "total", "growth", -9.8, "percent", YTD, "9.8",
             "Trade with Russia, a key market for Chinese cars and machinery, dropped 9.8% in January-July", partner="Russia"),
        fact("China", "exports", "quantity", 5994, "tonnes", JUL, "5,994", E_RE, product="rare earths"),
        fact("China", "exports", "growth", 75.9, "percent", JUL, "75.9", E_RE, product="rare earths", basis="mom"),
        fact("China", "exports", "quantity", 3407, "tonnes", JUN, "3,407", E_RE, product="rare earths"),
    ],
}
