from _fact import fact, period

CN = "China"
BR = "Brazil"
AR = "Argentina"
US = "United States"
SOY = "soybeans"
NOV = period(2025, 11)
OCT = period(2025, 10)
NOV24 = period(2024, 11)
YTD = period(2025, 1, 11)

BRN = ("China received 5.85 million metric tons of Brazilian soybeans in November, a jump of 48.5% from the same "
       "month of 2024")
ARN = ("Cargoes of Argentine origin totalled 1.78 million tons, a 633.6% increase, and gave Argentina a 21.9% share "
       "of the month's arrivals")
USN = "The tally for U.S. soybeans was zero, against 2.79 million tons in the same month of 2024"
TOT = ("A year before, China shipped in 7.15 million tons; figures released earlier this month put November's total "
       "soybean arrivals 13.4% higher, at 8.11 million tons")
MOM = "Compared with October's 9.48 million tons, volumes fell 14.5%"
YTDS = "Year-to-date purchases reached 103.79 million tons, 6.9% more than in January-November 2024"
BRY = "Brazil accounted for 76.67 million tons of that total, an increase of 7%"
ARY = "Argentine cargoes jumped 62.5% to 6.24 million tons"
USY = "The U.S. supplied 16.82 million tons over the same stretch, 5.9% less than a year earlier"
CORN = ("November corn arrivals of 560,000 tons were 87.5% higher than a year earlier, but the January-November "
        "total slumped 86.1% to 1.85 million tons")
MEAT = "pushing November meat imports to 530,000 tons, 8.2% more than in October"
MEATY = "Over January-November, meat arrivals were down 3.8% at 5.76 million tons"

ARTICLE = {
    "id": "dBW1_06",
    "title": "Brazil's soybean shipments to China climb 48.5% in November as U.S. supply stays at zero",
    "publisher": "Reuters",
    "published": "2025-12-20",
    "notes": [
        "Real figures (GAC data for November 2025 as reported on 2025-12-08 and 2025-12-20): total soybean imports "
        "8.11 million tons (+13.4% from 7.15 million, -14.5% from October), January-November 103.79 million "
        "(+6.9%); Brazil 5.85 million (+48.5%, 72%), Argentina 1.78 million (+633.6%, 21.9%), United States zero "
        "(2.79 million a year earlier); January-November Brazil 76.67 million (+7%), Argentina 6.24 million "
        "(+62.5%), United States 16.82 million (-5.9%); corn 560,000 tons (+87.5%) and 1.85 million tons "
        "January-November (-86.1%); the 13% tariff and the 10% levy; the September Argentine export-tax "
        "suspension. Derived: October 9.48 million from 8.11 / (1 - 0.145). Invented: the November value "
        "(about $3.84 billion, from 8.11 million tons at about $474 a ton), meat imports (530,000 tons, +8.2% on "
        "October's roughly 490,000; 5.76 million January-November, -3.8%, consistent with a real January-October "
        "of 5.23 million), soymeal stocks, crush margins and the Dalian settlement price.",
        "Judgement calls: comparison bases stated as numbers are labelled as facts of their own period (7.15 "
        "million and 2.79 million for November 2024, 9.48 million for October 2025); '13.4% higher' and '6.9% more "
        "than in January-November 2024' are year-on-year growth; 'Compared with October's ... volumes fell 14.5%' "
        "and '8.2% more than in October' are month-on-month growth of November; U.S. 'zero' is a quantity fact of "
        "0; 'a 21.9% share of the month's arrivals' and 'made up 72% of the month's total' are shares of China's "
        "soybean imports; growth rates here are volume rates with no value rate beside them, so they are in "
        "scope; the headline's Brazil 48.5% is the same observation as the body's and is labelled once; 'nearly "
        "three quarters' in the lead restates the 72% share and is not labelled again; the November value 'about "
        "$3.84 billion' is an approx USD fact.",
        "Not facts: roughly $474 a ton (unit value, a price); 13% and 10% (tariff rates); more than 7 million tons "
        "booked since the truce (orders, not arrivals); full-year 112 million and December 8.6 million (forecasts); "
        "soymeal stocks close to 1 million tons (inventory); crush margins of about 60 yuan ($8.50) per ton and "
        "more than 200 yuan (margins); 2,988 yuan a ton (futures price); 'third straight month' (streak); Nov. 10 "
        "and September (dates).",
        "Copy check: 10 sentences searched (lead, Brazil, Argentina, total and October, year-to-date, quote, corn, "
        "tariff, meat, margins), 5 reworded (Argentina, the October comparison, year-to-date, tariff and meat "
        "sentences shared clause order with real Reuters copy); the year-to-date partner sentence and the U.S. "
        "zero sentence were also reworded because they followed the real story's skeleton.",
        "Second check: 24 sentences searched, 6 reworded.",
    ],
    "facts": [
        fact(CN, "imports", "quantity", 5.85e6, "tonnes", NOV, "5.85 million", BRN, partner=BR, product=SOY),
        fact(CN, "imports", "growth", 48.5, "percent", NOV, "48.5", BRN, partner=BR, product=SOY),
        fact(CN, "imports", "share", 72, "percent", NOV, "72", "Brazil's cargoes made up 72% of the month's total",
             partner=BR, product=SOY),
        fact(CN, "imports", "quantity", 1.78e6, "tonnes", NOV, "1.78 million", ARN, partner=AR, product=SOY),
        fact(CN, "imports", "growth", 633.6, "percent", NOV, "633.6", ARN, partner=AR, product=SOY),
        fact(CN, "imports", "share", 21.9, "percent", NOV, "21.9", ARN, partner=AR, product=SOY),
        fact(CN, "imports", "quantity", 0, "tonnes", NOV, "zero", USN, partner=US, product=SOY),
        fact(CN, "imports", "quantity", 2.79e6, "tonnes", NOV24, "2.79 million", USN, partner=US, product=SOY),
        fact(CN, "imports", "quantity", 8.11e6, "tonnes", NOV, "8.11 million", TOT, product=SOY),
        fact(CN, "imports", "growth", 13.4, "percent", NOV, "13.4", TOT, product=SOY),
        fact(CN, "imports", "quantity", 7.15e6, "tonnes", NOV24, "7.15 million", TOT, product=SOY),
        fact(CN, "imports", "quantity", 9.48e6, "tonnes", OCT, "9.48 million", MOM, product=SOY),
        fact(CN, "imports", "growth", -14.5, "percent", NOV, "14.5", MOM, product=SOY, basis="mom"),
        fact(CN, "imports", "quantity", 103.79e6, "tonnes", YTD, "103.79 million", YTDS, product=SOY),
        fact(CN, "imports", "growth", 6.9, "percent", YTD, "6.9", YTDS, product=SOY),
        fact(CN, "imports", "quantity", 76.67e6, "tonnes", YTD, "76.67 million", BRY, partner=BR, product=SOY),
        fact(CN, "imports", "growth", 7, "percent", YTD, "7", BRY, partner=BR, product=SOY),
        fact(CN, "imports", "growth", 62.5, "percent", YTD, "62.5", ARY, partner=AR, product=SOY),
        fact(CN, "imports", "quantity", 6.24e6, "tonnes", YTD, "6.24 million", ARY, partner=AR, product=SOY),
        fact(CN, "imports", "quantity", 16.82e6, "tonnes", YTD, "16.82 million", USY, partner=US, product=SOY),
        fact(CN, "imports", "growth", -5.9, "percent", YTD, "5.9", USY, partner=US, product=SOY),
        fact(CN, "imports", "value", 3.84e9, "USD", NOV, "$3.84 billion",
             "The November cargoes were valued at about $3.84 billion", product=SOY, qualifier="approx"),
        fact(CN, "imports", "quantity", 560000, "tonnes", NOV, "560,000", CORN, product="corn"),
        fact(CN, "imports", "growth", 87.5, "percent", NOV, "87.5", CORN, product="corn"),
        fact(CN, "imports", "quantity", 1.85e6, "tonnes", YTD, "1.85 million", CORN, product="corn"),
        fact(CN, "imports", "growth", -86.1, "percent", YTD, "86.1", CORN, product="corn"),
        fact(CN, "imports", "quantity", 530000, "tonnes", NOV, "530,000", MEAT, product="meat"),
        fact(CN, "imports", "growth", 8.2, "percent", NOV, "8.2", MEAT, product="meat", basis="mom"),
        fact(CN, "imports", "growth", -3.8, "percent", YTD, "3.8", MEATY, product="meat"),
        fact(CN, "imports", "quantity", 5.76e6, "tonnes", YTD, "5.76 million", MEATY, product="meat"),
    ],
}
