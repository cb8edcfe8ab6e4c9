from _fact import fact, period

JUN = period(2025, 6)
MAY = period(2025, 5)
JUN24 = period(2024, 6)
H1 = period(2025, 1, 6)
US = "United States"
SOY = "soybeans"
E_LEAD = "lifting China's soybean imports from Brazil 9.3% above their level a year earlier"
E_US_LEAD = "the volume shipped from the United States climbed 21%"
E_BR = ("June purchases of Brazilian beans at 10.62 million metric tons, up from 9.72 million tons in June 2024")
E_US = ("Cargoes from the United States, normally scarce in the northern summer, totalled 1.58 million tons against "
        "1.31 million tons a year before, roughly 12.9% of what arrived in June")
E_TOT = ("In all, China brought in 12.26 million tons in June, a record for that month and 10.4% above the year-earlier "
         "level, though still 11.9% below the 13.92 million tons of May")
E_T_BR = "Brazil: 31.86 mln T, -7.5%, 64.5%"
E_T_US = "United States: 16.15 mln T, +33.0%, 32.7%"
E_T_AR = "Argentina: 111,603 T, -47.5%"
E_H1 = "China's total soybean imports for January-June came to 49.37 million tons, down 0.6% from the same period last year."
E_SECEX = ("Brazil shipped 13.93 million tons of soybeans abroad in June, according to its trade secretariat Secex, "
           "with roughly 80% of the total bound for China")
E_CORN = "China's corn imports slumped 86% in June to 160,000 tons"

ARTICLE = {
    "id": "dAS1_02_china_soybean_imports_2025",
    "title": "China takes 9.3% more Brazilian soybeans in June; U.S. volumes up 21%",
    "publisher": "Reuters",
    "published": "2025-07-20",
    "notes": [
        "Dateline 'BEIJING, July 20 (Reuters)': June and May are 2025; 'June 2024' and 'a year earlier' values are labelled as June 2024 quantities (stated numbers of a trade flow for another period).",
        "Every China figure is restricted to soybeans (product 'soybeans'), except the corn paragraph (product 'corn'). Volumes are measure quantity, unit tonnes; 'metric tons' and 'tons' are tonnes.",
        "Headline growth rates (9.3% Brazil, 21% US) restate the lead: labelled once, with the lead as evidence.",
        "'giving Brazil 86.6% of all the soybeans China bought that month' and 'roughly 12.9% of what arrived in June': shares of China's June soybean imports, partner Brazil / United States; 12.9 is approx.",
        "'the United States ... China's second-biggest supplier for the month': rank 2, imports, partner United States, June.",
        "'10.4% above the year-earlier level' yoy; '11.9% below the 13.92 million tons of May' is a comparison with the month before: basis mom, -11.9. 13.92 million tons is a May 2025 quantity; 'a record for that month'/'the largest monthly intake on record' are milestones, out.",
        "'Shipments from Brazil eased from 12.11 million tons in May': May 2025 quantity from Brazil.",
        "'valued at about $4.82 billion': June soybean import value in USD, approx.",
        "Flattened table 'FIRST-HALF ARRIVALS BY ORIGIN (change on year; share of total)': each row gives January-June 2025 quantity, yoy growth and share of China's total; 'mln T' is million tonnes; Argentina's row has no share. The table writes falls with a minus sign ('-7.5%', '-47.5%'), so value_text keeps the sign as written.",
        "'The data showed no arrivals from Argentina in June': no number stated, not labelled.",
        "Traders' expectations for July/August arrivals: forecasts, out. Brazil's crop estimate (production), US new-crop bookings (orders/sales commitments, not trade flows) and Dalian soymeal futures (price): out.",
        "Secex paragraph: Brazil's soybean exports to the world in June (area Brazil, quantity) and 'roughly 80% of the total bound for China': share of Brazil's soybean exports, partner China, qualifier approx.",
        "Corn: 'slumped 86% in June to 160,000 tons': China, imports, product corn, June 2025, growth -86 and quantity 160,000 tonnes.",
    ],
    "facts": [
        fact("China", "imports", "growth", 9.3, "percent", JUN, "9.3", E_LEAD, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", 21, "percent", JUN, "21", E_US_LEAD, partner=US, product=SOY),
        fact("China", "imports", "quantity", 10.62e6, "tonnes", JUN, "10.62 million", E_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 9.72e6, "tonnes", JUN24, "9.72 million", E_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "share", 86.6, "percent", JUN, "86.6",
             "giving Brazil 86.6% of all the soybeans China bought that month", partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 1.58e6, "tonnes", JUN, "1.58 million", E_US, partner=US, product=SOY),
        fact("China", "imports", "share", 12.9, "percent", JUN, "12.9", E_US, partner=US, product=SOY, qualifier="approx"),
        fact("China", "imports", "quantity", 1.31e6, "tonnes", JUN24, "1.31 million", E_US, partner=US, product=SOY),
        fact("China", "imports", "rank", 2, "number", JUN, "second",
             "That kept the United States in place as China's second-biggest supplier for the month.", partner=US, product=SOY),
        fact("China", "imports", "quantity", 12.26e6, "tonnes", JUN, "12.26 million", E_TOT, product=SOY),
        fact("China", "imports", "growth", 10.4, "percent", JUN, "10.4", E_TOT, product=SOY),
        fact("China", "imports", "growth", -11.9, "percent", JUN, "11.9", E_TOT, product=SOY, basis="mom"),
        fact("China", "imports", "quantity", 13.92e6, "tonnes", MAY, "13.92 million", E_TOT, product=SOY),
        fact("China", "imports", "quantity", 12.11e6, "tonnes", MAY, "12.11 million",
             "Shipments from Brazil eased from 12.11 million tons in May.", partner="Brazil", product=SOY),
        fact("China", "imports", "value", 4.82e9, "USD", JUN, "4.82 billion",
             "The June cargoes were valued at about $4.82 billion", product=SOY, qualifier="approx"),
        fact("China", "imports", "quantity", 31.86e6, "tonnes", H1, "31.86 mln", E_T_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "growth", -7.5, "percent", H1, "-7.5", E_T_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "share", 64.5, "percent", H1, "64.5", E_T_BR, partner="Brazil", product=SOY),
        fact("China", "imports", "quantity", 16.15e6, "tonnes", H1, "16.15 mln", E_T_US, partner=US, product=SOY),
        fact("China", "imports", "growth", 33.0, "percent", H1, "33.0", E_T_US, partner=US, product=SOY),
        fact("China", "imports", "share", 32.7, "percent", H1, "32.7", E_T_US, partner=US, product=SOY),
        fact("China", "imports", "quantity", 111603, "tonnes", H1, "111,603", E_T_AR, partner="Argentina", product=SOY),
        fact("China", "imports", "growth", -47.5, "percent", H1, "-47.5", E_T_AR, partner="Argentina", product=SOY),
        fact("China", "imports", "quantity", 49.37e6, "tonnes", H1, "49.37 million", E_H1, product=SOY),
        fact("China", "imports", "growth", -0.6, "percent", H1, "0.6", E_H1, product=SOY),
        fact("Brazil", "exports", "quantity", 13.93e6, "tonnes", JUN, "13.93 million", E_SECEX, product=SOY),
        fact("Brazil", "exports", "share", 80, "percent", JUN, "80", E_SECEX, partner="China", product=SOY, qualifier="approx"),
        fact("China", "imports", "growth", -86, "percent", JUN, "86", E_CORN, product="corn"),
        fact("China", "imports", "quantity", 160000, "tonnes", JUN, "160,000", E_CORN, product="corn"),
    ],
}
