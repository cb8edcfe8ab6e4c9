from _fact import fact, period

DE = "Germany"
OCT = period(2026, 10)
SEP = period(2026, 9)
OCT25 = period(2025, 10)
EU = "European Union"
EA = "Euro area"
NEA = "non-euro area EU countries"
THIRD = "non-EU countries"
US = "United States"
CN = "China"
UK = "United Kingdom"

ARTICLE = {
    "id": "dBS2_04",
    "title": "Foreign trade in October 2026: exports down 0.9% on the previous month",
    "publisher": "Destatis",
    "published": "2026-12-08",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Destatis press releases on foreign trade "
        "(September 2025: exports 131.1 billion euros, imports 115.9 billion euros, EU/euro area/third-country "
        "breakdown, US/China/UK paragraph). Invented: every October 2026 figure. Derived: the balance 16.8 = "
        "129.4 - 112.6; EU 72.8 = euro area 50.3 + non-euro area 22.5; third countries 56.6 = 129.4 - 72.8 and "
        "54.5 = 112.6 - 58.1; the September 2026 surplus 20.0 and the October 2025 surplus 18.9 follow from the "
        "stated levels and their mom and yoy rates.",
        "Judgement calls: the fact box at the top restates the body's headline figures (129.4, -0.9, +1.3, 112.6, "
        "+1.8, +3.5, +16.8): labelled once, with the body's evidence; the headline's 'exports down 0.9%' is the same fact. "
        "Calendar and seasonally adjusted and unadjusted figures have no field of their own: the unadjusted yoy "
        "export growth (0.6) is a second exports/growth/yoy fact for October 2026 beside the adjusted 1.3 (they "
        "disagree, so both are labelled as written). 'on September 2026' / 'than in that month' in the EU paragraph "
        "set a mom frame that carries to its bracketed rates (-0.2%), (+0.7%). The US/China paragraph states its own "
        "comparison ('than in September 2026', '1.0% below the September figure' inside that paragraph): mom. 'Third countries' "
        "is written as partner 'non-EU countries'; EU states outside the euro area as 'non-euro area EU "
        "countries'. 'the largest single customer' (US, exports) and 'the largest source of German imports' (China, "
        "imports) are rank 1 facts. The 'respectively' sentence '6.4 and 3.1 billion euros respectively' gives "
        "the UK export and import values; 6.4 takes its scale from the list.",
        "Not facts: the press release number 471 and the dates; price-adjusted (real) export change of 1.4% "
        "(volume growth beside value growth); 'one working day fewer' (calendar, not a flow); X13 (a method "
        "name); '7 November 2026' (a date).",
        "Copy check: 10 sentences searched (headline, lead, year-on-year sentence, level sentence, EU levels, "
        "third countries, US, China imports, real-terms sentence, unadjusted sentence), 6 reworded (headline, "
        "year-on-year sentence, EU levels, EU rates, euro area, third countries: each kept the skeleton of a "
        "Destatis release sentence) and the section headings changed.",
        "Second check: 24 sentences searched, 2 reworded.",
    ],
    "facts": [
        # Headline totals (box and body say the same: body evidence)
        fact(DE, "exports", "growth", -0.9, "percent", OCT, "0.9",
             "German exports declined by 0.9% in October 2026 from the previous month", basis="mom"),
        fact(DE, "imports", "growth", 1.8, "percent", OCT, "1.8",
             "while imports grew by 1.8%", basis="mom"),
        fact(DE, "exports", "growth", 1.3, "percent", OCT, "1.3",
             "put exports 1.3% and imports 3.5% above their level of October 2025"),
        fact(DE, "imports", "growth", 3.5, "percent", OCT, "3.5",
             "put exports 1.3% and imports 3.5% above their level of October 2025"),
        fact(DE, "exports", "value", 129.4e9, "EUR", OCT, "129.4 billion",
             "goods worth 129.4 billion euros left Germany in October 2026"),
        fact(DE, "imports", "value", 112.6e9, "EUR", OCT, "112.6 billion",
             "goods worth 112.6 billion euros were brought into the country"),
        fact(DE, "balance", "value", 16.8e9, "EUR", OCT, "16.8 billion",
             "This produced a foreign trade surplus of 16.8 billion euros"),
        fact(DE, "balance", "value", 20.0e9, "EUR", SEP, "20.0 billion",
             "This produced a foreign trade surplus of 16.8 billion euros, after an adjusted 20.0 billion euros "
             "in September 2026"),
        fact(DE, "balance", "value", 18.9e9, "EUR", OCT25, "18.9 billion",
             "A year earlier, in October 2025, the surplus had amounted to 18.9 billion euros."),
        # EU, euro area
        fact(DE, "exports", "value", 72.8e9, "EUR", OCT, "72.8 billion",
             "Shipments to the member states of the European Union (EU) came to 72.8 billion euros in October "
             "2026", partner=EU),
        fact(DE, "imports", "value", 58.1e9, "EUR", OCT, "58.1 billion",
             "goods worth 58.1 billion euros were sourced from the EU", partner=EU),
        fact(DE, "exports", "growth", 0.4, "percent", OCT, "0.4",
             "EU-bound exports edged up by 0.4% on September 2026", partner=EU, basis="mom"),
        fact(DE, "imports", "growth", 1.1, "percent", OCT, "1.1",
             "imports from the bloc were 1.1% higher than in that month", partner=EU, basis="mom"),
        fact(DE, "exports", "value", 50.3e9, "EUR", OCT, "50.3 billion",
             "the euro area took 50.3 billion euros of German goods (-0.2%)", partner=EA),
        fact(DE, "exports", "growth", -0.2, "percent", OCT, "-0.2",
             "the euro area took 50.3 billion euros of German goods (-0.2%)", partner=EA, basis="mom"),
        fact(DE, "imports", "value", 38.0e9, "EUR", OCT, "38.0 billion",
             "the euro area took 50.3 billion euros of German goods (-0.2%) and delivered 38.0 billion euros "
             "(+0.7%) in return", partner=EA),
        fact(DE, "imports", "growth", 0.7, "percent", OCT, "0.7",
             "the euro area took 50.3 billion euros of German goods (-0.2%) and delivered 38.0 billion euros "
             "(+0.7%) in return", partner=EA, basis="mom"),
        fact(DE, "exports", "value", 22.5e9, "EUR", OCT, "22.5 billion",
             "EU members that do not use the euro bought German goods worth 22.5 billion euros.",
             partner=NEA),
        # Third countries
        fact(DE, "exports", "value", 56.6e9, "EUR", OCT, "56.6 billion",
             "Shipments to third countries, that is, states outside the EU, fell to 56.6 billion euros in "
             "October 2026", partner=THIRD),
        fact(DE, "exports", "growth", -2.4, "percent", OCT, "2.4",
             "Shipments to third countries, that is, states outside the EU, fell to 56.6 billion euros in "
             "October 2026, a calendar and seasonally adjusted decrease of 2.4% compared with September 2026",
             partner=THIRD, basis="mom"),
        fact(DE, "imports", "growth", 2.6, "percent", OCT, "2.6",
             "Imports from third countries, by contrast, rose by 2.6% on the month to 54.5 billion euros.",
             partner=THIRD, basis="mom"),
        fact(DE, "imports", "value", 54.5e9, "EUR", OCT, "54.5 billion",
             "Imports from third countries, by contrast, rose by 2.6% on the month to 54.5 billion euros.",
             partner=THIRD),
        # US, China, UK
        fact(DE, "exports", "rank", 1, "number", OCT, "largest",
             "The United States again stood out as the largest single customer for German products.", partner=US),
        fact(DE, "exports", "value", 12.4e9, "EUR", OCT, "12.4 billion",
             "Exports to the US were worth 12.4 billion euros in October 2026", partner=US),
        fact(DE, "exports", "growth", -3.1, "percent", OCT, "3.1",
             "which was 3.1% less than in September 2026", partner=US, basis="mom"),
        fact(DE, "exports", "growth", -1.0, "percent", OCT, "1.0",
             "Sales to China came to 6.6 billion euros, 1.0% below the September figure.",
             partner=CN, basis="mom"),
        fact(DE, "exports", "value", 6.6e9, "EUR", OCT, "6.6 billion",
             "Sales to China came to 6.6 billion euros, 1.0% below the September figure.", partner=CN),
        fact(DE, "exports", "value", 6.4e9, "EUR", OCT, "6.4",
             "German exports to the United Kingdom and imports from there totalled 6.4 and 3.1 billion euros "
             "respectively", partner=UK),
        fact(DE, "imports", "value", 3.1e9, "EUR", OCT, "3.1 billion",
             "German exports to the United Kingdom and imports from there totalled 6.4 and 3.1 billion euros "
             "respectively", partner=UK),
        fact(DE, "imports", "rank", 1, "number", OCT, "largest",
             "China was again the largest source of German imports in October 2026", partner=CN),
        fact(DE, "imports", "value", 13.1e9, "EUR", OCT, "13.1 billion",
             "China was again the largest source of German imports in October 2026, with goods worth 13.1 "
             "billion euros arriving from there", partner=CN),
        fact(DE, "imports", "value", 8.0e9, "EUR", OCT, "8.0 billion",
             "Imports from the United States amounted to 8.0 billion euros.", partner=US),
        # Unadjusted
        fact(DE, "exports", "growth", 0.6, "percent", OCT, "0.6",
             "Not adjusted for calendar and seasonal effects, exports rose by 0.6% in October 2026 on the same "
             "month a year earlier"),
        fact(DE, "exports", "growth", -7.9, "percent", OCT, "7.9",
             "Unadjusted exports to the United States were 7.9% lower than in October 2025.", partner=US),
    ],
}
