from _fact import fact, period

PL = "Poland"
AUG = period(2025, 8)
JUL = period(2025, 7)
AUG24 = period(2024, 8)
JA = period(2025, 1, 8)
JA24 = period(2024, 1, 8)
DE = "Germany"
EU = "European Union"

ROW_X = "Exports                         104,775     119,210     102,318"
ROW_M = "Imports                         110,410     118,680     106,570"
ROW_B = "Balance                          -5,635         530      -4,252"

ARTICLE = {
    "id": "dBX2_02",
    "title": "Poland's goods trade slips deeper into deficit in August as imports outrun exports",
    "publisher": "Notes from Poland",
    "published": "2025-10-15",
    "notes": [
        "Real figures (Statistics Poland/GUS January-August 2025, as reported by xyz.pl in the pages corpus): exports "
        "1,001.6 bn zł (-0.3% y/y), imports 1,023.1 bn zł, balance -21.4 bn zł; exports €236.3bn, imports €241.4bn; exports "
        "to Germany 270.3 bn zł, imports from Germany 198.2 bn zł; EU share 74.6% of exports, 52.9% of imports. NBP "
        "reference rate cut to 4.50% in October 2025 (from memory, not checked in the corpus; not a fact anyway).",
        "Derived/made up: all August 2025 monthly figures are made up (NBP balance of payments for August 2025 was not in "
        "the corpus): exports €24.6bn +2.9% y/y, -12.3% on July; imports €25.9bn +4.1%; goods deficit €1.3bn vs €1.0bn a "
        "year earlier; services surplus €3.4bn; current account -€1.1bn; the whole PLN table (consistent with about 4.26 zł "
        "per euro). Derived: imports +2.7% (xyz.pl printed 'niższy o 2,7 proc.', i.e. lower, but a 21.4 bn zł deficit after "
        "exports fell only 0.3% requires imports to have risen, so I read it as a rise); January-August 2024 surplus of "
        "8.4 bn zł (1,001.6/0.997 - 1,023.1/1.027); Germany €63.8bn (270.3 x 236.3/1,001.6); Germany's 27.0% export share "
        "(270.3/1,001.6) and 19.4% import share (198.2/1,023.1). Made up: Czech Republic as second export market, China "
        "second import source with 14.6%, the economist's quote and 3% forecast, the 3.4% GDP forecast, the byline.",
        "Judgement calls: the PLN table and the euro text for August are separate facts (different currency); table cells "
        "take their scale from the header '(PLN mln)' and their period from the column; the balance row's July surplus (530) "
        "is positive with no balance word; 'Compared with July ... down 12.3%' is mom; the services surplus is labelled as a "
        "balance fact with product 'services' (services trade is in scope), unlike the current account; 'Germany remained by "
        "far Poland's largest trading partner' is a rank of total trade (exports plus imports), period January-August from "
        "the paragraph; '(€63.8 billion)' has no 'about', so exact; the Czech Republic's 'second-biggest market' is an export "
        "rank, China's 'second place' an import rank; EU shares are exports/imports shares with partner European Union.",
        "Not facts: current account €1.1 billion in the red (current account, not trade); 25 basis points and 4.50% "
        "(policy rate); about 4.26 to the euro (exchange rate); export growth of around 3% next year (forecast); GDP growth "
        "of 3.4% (GDP forecast); 'three years', 'Eight months in the red', 'the eight months' (durations); years.",
        "Copy check: 16 sentences searched (7 look-ups), 0 reworded.",
        "Second check: 28 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(PL, "balance", "value", -1.3e9, "EUR", AUG, "1.3 billion",
             "Poland recorded a goods trade deficit of €1.3 billion in August"),
        fact(PL, "balance", "value", -1.0e9, "EUR", AUG24, "1.0 billion",
             "Poland recorded a goods trade deficit of €1.3 billion in August, wider than the €1.0 billion shortfall a year earlier"),
        fact(PL, "exports", "growth", 2.9, "percent", AUG, "2.9",
             "Exports of goods rose by 2.9% year on year to €24.6 billion"),
        fact(PL, "exports", "value", 24.6e9, "EUR", AUG, "24.6 billion",
             "Exports of goods rose by 2.9% year on year to €24.6 billion"),
        fact(PL, "imports", "growth", 4.1, "percent", AUG, "4.1",
             "Imports increased more quickly, climbing 4.1% to €25.9 billion"),
        fact(PL, "imports", "value", 25.9e9, "EUR", AUG, "25.9 billion",
             "Imports increased more quickly, climbing 4.1% to €25.9 billion"),
        fact(PL, "exports", "growth", -12.3, "percent", AUG, "12.3",
             "Compared with July, when factories were still running at full tilt before the summer holidays, the value of exports was down 12.3%",
             basis="mom"),
        fact(PL, "balance", "value", 3.4e9, "EUR", AUG, "3.4 billion",
             "Trade in services ended the month with a surplus of €3.4 billion", product="services"),
        fact(PL, "exports", "value", 104775e6, "PLN", AUG, "104,775", ROW_X),
        fact(PL, "exports", "value", 119210e6, "PLN", JUL, "119,210", ROW_X),
        fact(PL, "exports", "value", 102318e6, "PLN", AUG24, "102,318", ROW_X),
        fact(PL, "imports", "value", 110410e6, "PLN", AUG, "110,410", ROW_M),
        fact(PL, "imports", "value", 118680e6, "PLN", JUL, "118,680", ROW_M),
        fact(PL, "imports", "value", 106570e6, "PLN", AUG24, "106,570", ROW_M),
        fact(PL, "balance", "value", -5635e6, "PLN", AUG, "-5,635", ROW_B),
        fact(PL, "balance", "value", 530e6, "PLN", JUL, "530", ROW_B),
        fact(PL, "balance", "value", -4252e6, "PLN", AUG24, "-4,252", ROW_B),
        fact(PL, "exports", "value", 1001.6e9, "PLN", JA, "1,001.6 billion",
             "Between January and August, exports were worth 1,001.6 billion zloty"),
        fact(PL, "exports", "growth", -0.3, "percent", JA, "0.3",
             "Between January and August, exports were worth 1,001.6 billion zloty, 0.3% lower than a year earlier"),
        fact(PL, "imports", "growth", 2.7, "percent", JA, "2.7",
             "imports went up by 2.7% to 1,023.1 billion zloty"),
        fact(PL, "imports", "value", 1023.1e9, "PLN", JA, "1,023.1 billion",
             "imports went up by 2.7% to 1,023.1 billion zloty"),
        fact(PL, "balance", "value", -21.4e9, "PLN", JA, "21.4 billion",
             "That produced a deficit of 21.4 billion zł"),
        fact(PL, "balance", "value", 8.4e9, "PLN", JA24, "8.4 billion",
             "That produced a deficit of 21.4 billion zł, compared with a surplus of 8.4 billion zł in the same period of 2024"),
        fact(PL, "exports", "value", 236.3e9, "EUR", JA, "236.3 billion",
             "Expressed in euros, exports stood at €236.3 billion and imports at €241.4 billion"),
        fact(PL, "imports", "value", 241.4e9, "EUR", JA, "241.4 billion",
             "Expressed in euros, exports stood at €236.3 billion and imports at €241.4 billion"),
        fact(PL, "total", "rank", 1, "number", JA, "largest",
             "Germany remained by far Poland's largest trading partner", partner=DE),
        fact(PL, "exports", "value", 270.3e9, "PLN", JA, "270.3 billion",
             "Polish firms sold goods worth 270.3 billion zloty (€63.8 billion) to their western neighbour in the eight months",
             partner=DE),
        fact(PL, "exports", "value", 63.8e9, "EUR", JA, "63.8 billion",
             "Polish firms sold goods worth 270.3 billion zloty (€63.8 billion) to their western neighbour in the eight months",
             partner=DE),
        fact(PL, "exports", "share", 27.0, "percent", JA, "27.0",
             "Polish firms sold goods worth 270.3 billion zloty (€63.8 billion) to their western neighbour in the eight months, which was 27.0% of all exports",
             partner=DE),
        fact(PL, "imports", "value", 198.2e9, "PLN", JA, "198.2 billion",
             "Imports from Germany came to 198.2 billion zloty", partner=DE),
        fact(PL, "imports", "share", 19.4, "percent", JA, "19.4",
             "Imports from Germany came to 198.2 billion zloty, a 19.4% share of the total", partner=DE),
        fact(PL, "exports", "rank", 2, "number", JA, "second-biggest",
             "The Czech Republic was the second-biggest market for Polish goods", partner="Czech Republic"),
        fact(PL, "imports", "rank", 2, "number", JA, "second",
             "On the import side, China held second place with a 14.6% share", partner="China"),
        fact(PL, "imports", "share", 14.6, "percent", JA, "14.6",
             "On the import side, China held second place with a 14.6% share", partner="China"),
        fact(PL, "exports", "share", 74.6, "percent", JA, "74.6",
             "The European Union as a whole took 74.6% of Polish exports and supplied 52.9% of imports", partner=EU),
        fact(PL, "imports", "share", 52.9, "percent", JA, "52.9",
             "The European Union as a whole took 74.6% of Polish exports and supplied 52.9% of imports", partner=EU),
    ],
}
