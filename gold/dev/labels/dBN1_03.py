from _fact import fact, period

SD = "Shandong"
JM = period(2026, 1, 5)
MAY = period(2026, 5)

ARTICLE = {
    "id": "dBN1_03",
    "title": "Shandong's foreign trade imports and exports grew by 6.8% in the first five months of 2026",
    "publisher": "Jinan Customs",
    "published": "2026-06-18",
    "notes": [
        "Real figures: none (no January-May 2026 release exists); magnitudes follow real Shandong releases read in "
        "the learning step (general trade about two thirds of the total, private enterprises above 70%, ASEAN the "
        "largest partner, Belt and Road above half). Invented: all figures, kept consistent: exports 8,921.3 + "
        "imports 5,765.2 = 14,686.5 (100 million yuan); growth 9.4% and 3% on year-ago bases 8,154.8 and 5,597.3 give "
        "6.8% overall; May 3,142.7 = exports 1,936.4 + imports 1,206.3 (the split is not printed); shares 67.2, 75.3, "
        "50.9 and 55.9 recomputed from the levels (Belt and Road level 8,215.7 not printed); national growth 4.1% "
        "and 5.9% for exports so that the gaps are 2.7 and 3.5 points.",
        "Judgement calls: '(the same below)' makes every later growth rate year on year over January-May unless the "
        "sentence says 'In May' or 'month-on-month'; 'the national overall growth rate of 4.1%' is a China total "
        "growth fact for January-May 2026 (area China, not Shandong); 'Korea' is labelled partner 'South Korea'; "
        "'countries jointly building the Belt and Road' is partner 'Belt and Road partner countries'; 'enterprises "
        "with actual import and export performance' is a count of foreign trade enterprises (flow total); shares "
        "'of the province's total' are shares of Shandong's total trade, the mechanical and electrical share is of "
        "the province's total export value; the ASEAN 'largest trading partner' is rank 1; value_text keeps the "
        "translated unit '100 million' (14,686.5 100 million = 1.46865e12).",
        "Not facts: '2.7 percentage points' and '3.5 percentage points higher than the national export growth rate' "
        "(derived comparisons); '1.5 percentage points higher than the same period last year' (derived); 'the "
        "highest monthly level so far this year' (milestone); 'led the country for 27 consecutive years' (streak); "
        "'a decrease of 2.1%' in crude oil import volume (volume growth beside the value growth of 4.7%); the "
        "section numbers 1.-5.",
        "Copy check: 7 sentences searched, 1 reworded (the lead followed a Linyi/Shandong release: 'According to "
        "customs statistics, in the first 10 months of this year, the total foreign trade import & export value of "
        "Shandong province was ..., an increase of ...').",
        "Second check: 20 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(SD, "total", "value", 1.46865e12, "CNY", JM, "14,686.5 100 million",
             "Shandong Province's foreign trade reached 14,686.5 100 million yuan in total imports and exports from January to May this year"),
        fact(SD, "total", "growth", 6.8, "percent", JM, "6.8",
             "Shandong Province's foreign trade reached 14,686.5 100 million yuan in total imports and exports from January to May this year, an increase of 6.8% year-on-year"),
        fact("China", "total", "growth", 4.1, "percent", JM, "4.1",
             "exceeding the national overall growth rate of 4.1%"),
        fact(SD, "exports", "value", 8.9213e11, "CNY", JM, "8,921.3 100 million",
             "exports were 8,921.3 100 million yuan"),
        fact(SD, "exports", "growth", 9.4, "percent", JM, "9.4",
             "exports were 8,921.3 100 million yuan, an increase of 9.4%"),
        fact(SD, "imports", "value", 5.7652e11, "CNY", JM, "5,765.2 100 million",
             "imports were 5,765.2 100 million yuan"),
        fact(SD, "imports", "growth", 3, "percent", JM, "3",
             "imports were 5,765.2 100 million yuan, an increase of 3%"),
        fact(SD, "total", "value", 3.1427e11, "CNY", MAY, "3,142.7 100 million",
             "In May, the province's imports and exports were 3,142.7 100 million yuan"),
        fact(SD, "total", "growth", 8.5, "percent", MAY, "8.5",
             "In May, the province's imports and exports were 3,142.7 100 million yuan, an increase of 8.5%"),
        fact(SD, "total", "growth", 6.3, "percent", MAY, "6.3",
             "In May, the province's imports and exports were 3,142.7 100 million yuan, an increase of 8.5%, and a month-on-month increase of 6.3%",
             basis="mom"),
        fact(SD, "total", "value", 9.8721e11, "CNY", JM, "9,872.1 100 million",
             "general trade imports and exports of the province were 9,872.1 100 million yuan",
             segment="general trade"),
        fact(SD, "total", "share", 67.2, "percent", JM, "67.2",
             "general trade imports and exports of the province were 9,872.1 100 million yuan, accounting for 67.2% of the province's total",
             segment="general trade"),
        fact(SD, "total", "growth", 2.1, "percent", JM, "2.1",
             "Processing trade imports and exports increased by 2.1%", segment="processing trade"),
        fact(SD, "total", "value", 1.10629e12, "CNY", JM, "11,062.9 100 million",
             "Private enterprises imported and exported 11,062.9 100 million yuan", segment="private enterprises"),
        fact(SD, "total", "share", 75.3, "percent", JM, "75.3",
             "Private enterprises imported and exported 11,062.9 100 million yuan, accounting for 75.3% of the province's total",
             segment="private enterprises"),
        fact(SD, "total", "count", 84516, "number", JM, "84,516",
             "The number of enterprises with actual import and export performance in the province reached 84,516",
             segment="foreign trade enterprises"),
        fact(SD, "total", "rank", 1, "number", JM, "largest",
             "ASEAN was the province's largest trading partner", partner="ASEAN"),
        fact(SD, "total", "value", 2.5138e11, "CNY", JM, "2,513.8 100 million",
             "ASEAN was the province's largest trading partner, with imports and exports of 2,513.8 100 million yuan",
             partner="ASEAN"),
        fact(SD, "total", "growth", 10.6, "percent", JM, "10.6",
             "ASEAN was the province's largest trading partner, with imports and exports of 2,513.8 100 million yuan, an increase of 10.6%",
             partner="ASEAN"),
        fact(SD, "total", "growth", 8.2, "percent", JM, "8.2",
             "Imports and exports to the EU and Korea increased by 8.2% and 3.7% respectively", partner="European Union"),
        fact(SD, "total", "growth", 3.7, "percent", JM, "3.7",
             "Imports and exports to the EU and Korea increased by 8.2% and 3.7% respectively", partner="South Korea"),
        fact(SD, "total", "growth", -1.8, "percent", JM, "1.8",
             "imports and exports to Japan decreased by 1.8%", partner="Japan"),
        fact(SD, "total", "growth", -5.4, "percent", JM, "5.4",
             "imports and exports to Russia decreased by 5.4%", partner="Russia"),
        fact(SD, "total", "growth", 8.1, "percent", JM, "8.1",
             "The province's imports and exports to countries jointly building the \"Belt and Road\" increased by 8.1%",
             partner="Belt and Road partner countries"),
        fact(SD, "total", "share", 55.9, "percent", JM, "55.9",
             "The province's imports and exports to countries jointly building the \"Belt and Road\" increased by 8.1%, accounting for 55.9% of the province's total",
             partner="Belt and Road partner countries"),
        fact(SD, "exports", "value", 4.5386e11, "CNY", JM, "4,538.6 100 million",
             "The province exported mechanical and electrical products of 4,538.6 100 million yuan",
             product="mechanical and electrical products"),
        fact(SD, "exports", "growth", 12.4, "percent", JM, "12.4",
             "The province exported mechanical and electrical products of 4,538.6 100 million yuan, an increase of 12.4%",
             product="mechanical and electrical products"),
        fact(SD, "exports", "share", 50.9, "percent", JM, "50.9",
             "The province exported mechanical and electrical products of 4,538.6 100 million yuan, an increase of 12.4%, accounting for 50.9% of the province's total export value",
             product="mechanical and electrical products"),
        fact(SD, "exports", "growth", 5.6, "percent", JM, "5.6",
             "Exports of tires increased by 5.6%", product="tires"),
        fact(SD, "exports", "growth", 2.3, "percent", JM, "2.3",
             "exports of agricultural products increased by 2.3%", product="agricultural products"),
        fact(SD, "imports", "value", 1.3528e11, "CNY", JM, "1,352.8 100 million",
             "The province imported crude oil of 1,352.8 100 million yuan", product="crude oil"),
        fact(SD, "imports", "growth", -4.7, "percent", JM, "4.7",
             "The province imported crude oil of 1,352.8 100 million yuan, a decrease of 4.7%", product="crude oil"),
        fact(SD, "imports", "quantity", 45.16e6, "tonnes", JM, "45.16 million",
             "The province imported crude oil of 1,352.8 100 million yuan, a decrease of 4.7%, with an import volume of 45.16 million tons",
             product="crude oil"),
        fact(SD, "imports", "growth", 1.9, "percent", JM, "1.9",
             "Imports of iron ore increased by 1.9%", product="iron ore"),
    ],
}
