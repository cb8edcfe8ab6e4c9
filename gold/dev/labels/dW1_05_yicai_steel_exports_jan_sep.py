from _fact import fact, period

JAN_SEP = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)
STEEL = "steel"
ALU = "unwrought aluminium and aluminium products"

YTD = (
    "from January to September, China exported 87.96 million tons of steel, an increase of 9.2 percent from a year "
    "earlier"
)
YTD_VALUE = "Those exports had a value of 447.1 billion yuan (about 62.4 billion U.S. dollars)"
SEP = "In September, shipments came to 10.47 million tons valued at 49.6 billion yuan"
SEP_YOY = "That was 3.1 percent more than in September last year"
SEP_MOM = "Measured month on month, steel exports grew 10 percent last month"
ALU_MOM = "Aluminium exports, in contrast, dipped 2.4 percent to 512,000 tons"
IMP_MOM = "steel imports edged down 0.4 percent to 548,000 tons"
VIETNAM = (
    "Over the nine months Vietnam was still the largest single-country buyer of Chinese steel, with 8.21 million tons, "
    "equal to 9.3 percent of the total, though the volume was 18.5 percent below the year-earlier level"
)
KOREA = (
    "South Korea, having imposed provisional duties on plate from China, took 6.12 million tons, a drop of 12.1 "
    "percent"
)
MIDEAST = "steel shipments there surged 27.4 percent to 13.55 million tons"
ALU_YTD = (
    "In the first nine months, exports of unwrought aluminium and aluminium products dropped 8.6 percent by volume to "
    "4.46 million tons"
)
ALU_VALUE = "their value slid 3.9 percent to 101.3 billion yuan"
IMP_YTD = "Steel imports over January-September totalled 4.53 million tons, down 12.6 percent from a year before"

ARTICLE = {
    "id": "dW1_05_yicai_steel_exports_jan_sep",
    "title": "Record Nine-Month Steel Exports for China as Middle East Buying Outweighs Trade Curbs",
    "publisher": "Yicai",
    "published": "2025-10-14",
    "notes": [
        "Dateline 'Oct. 14' has no year: 2025 from the published date; 'last month' is September 2025; "
        "'the nine months', 'January to September' and 'January-September' are 2025-01/2025-09.",
        "Area China throughout (Chinese customs data); products in the text's words: 'steel' for steel exports and "
        "imports, 'aluminium' for the September figure written as 'Aluminium exports', and 'unwrought aluminium and "
        "aluminium products' for the nine-month figures that name the category in full.",
        "Steel's nine-month 9.2 percent is quantity growth stated alone (the value 447.1 billion yuan comes with no "
        "rate), so it is labelled as growth of the quantity flow.",
        "'447.1 billion yuan (about 62.4 billion U.S. dollars)': a CNY fact and an approx USD fact.",
        "'shipments came to 10.47 million tons ... the second month in a row above 10 million tons': exact figure "
        "and threshold of one observation; only the exact figure is labelled. 'the second month in a row' is a "
        "streak: out.",
        "Month-on-month paragraph: the frame 'Measured month on month' opens the paragraph and carries to the "
        "aluminium (-2.4) and steel import (-0.4) figures after it, so those are basis mom; their period is September "
        "('last month' in the paragraph's first sentence).",
        "September's 3.1 percent ('more than in September last year') is yoy; 'That' is the steel shipments of the "
        "sentence before.",
        "Vietnam 'the largest single-country buyer of Chinese steel' is a stated rank: rank 1, exports, steel. The "
        "Middle East (a region) took more, which is why the text says single-country; the record has no way to say "
        "'among countries', so rank 1 is labelled as stated.",
        "'18.5 percent below the year-earlier level' and 'down 12.6 percent from a year before' are falls: -18.5, "
        "-12.6.",
        "Middle East: evidence is the clause after the colon ('there' = the Middle East), partner 'Middle East'.",
        "Aluminium nine months: 'dropped 8.6 percent by volume' sits beside 'value slid 3.9 percent': volume growth "
        "beside value growth, out; the tonnage 4.46 million, the value and its -3.9 growth are labelled.",
        "Out of scope: average export price of about 5,080 yuan per ton and 'its lowest level ... since 2020', "
        "anti-dumping duty of up to 27.83 percent, the 13 percent export tax rebate, crude steel output (-4.6 percent, "
        "73.49 million tons: production, not trade), the steel PMI of 45.7, 'more than 30' trade remedy cases, the "
        "analyst's forecast of around 115 million tons, 'on record' claims.",
    ],
    "facts": [
        fact("China", "exports", "quantity", 87.96e6, "tonnes", JAN_SEP, "87.96 million", YTD, product=STEEL),
        fact("China", "exports", "growth", 9.2, "percent", JAN_SEP, "9.2", YTD, product=STEEL),
        fact("China", "exports", "value", 447.1e9, "CNY", JAN_SEP, "447.1 billion", YTD_VALUE, product=STEEL),
        fact("China", "exports", "value", 62.4e9, "USD", JAN_SEP, "62.4 billion", YTD_VALUE, product=STEEL,
             qualifier="approx"),
        fact("China", "exports", "quantity", 10.47e6, "tonnes", SEPTEMBER, "10.47 million", SEP, product=STEEL),
        fact("China", "exports", "value", 49.6e9, "CNY", SEPTEMBER, "49.6 billion", SEP, product=STEEL),
        fact("China", "exports", "growth", 3.1, "percent", SEPTEMBER, "3.1", SEP_YOY, product=STEEL),
        fact("China", "exports", "growth", 10, "percent", SEPTEMBER, "10", SEP_MOM, product=STEEL, basis="mom"),
        fact("China", "exports", "growth", -2.4, "percent", SEPTEMBER, "2.4", ALU_MOM, product="aluminium",
             basis="mom"),
        fact("China", "exports", "quantity", 512000, "tonnes", SEPTEMBER, "512,000", ALU_MOM, product="aluminium"),
        fact("China", "imports", "growth", -0.4, "percent", SEPTEMBER, "0.4", IMP_MOM, product=STEEL, basis="mom"),
        fact("China", "imports", "quantity", 548000, "tonnes", SEPTEMBER, "548,000", IMP_MOM, product=STEEL),
        fact("China", "exports", "rank", 1, "number", JAN_SEP, "largest", VIETNAM, partner="Vietnam", product=STEEL),
        fact("China", "exports", "quantity", 8.21e6, "tonnes", JAN_SEP, "8.21 million", VIETNAM, partner="Vietnam",
             product=STEEL),
        fact("China", "exports", "share", 9.3, "percent", JAN_SEP, "9.3", VIETNAM, partner="Vietnam", product=STEEL),
        fact("China", "exports", "growth", -18.5, "percent", JAN_SEP, "18.5", VIETNAM, partner="Vietnam",
             product=STEEL),
        fact("China", "exports", "quantity", 6.12e6, "tonnes", JAN_SEP, "6.12 million", KOREA, partner="South Korea",
             product=STEEL),
        fact("China", "exports", "growth", -12.1, "percent", JAN_SEP, "12.1", KOREA, partner="South Korea",
             product=STEEL),
        fact("China", "exports", "growth", 27.4, "percent", JAN_SEP, "27.4", MIDEAST, partner="Middle East",
             product=STEEL),
        fact("China", "exports", "quantity", 13.55e6, "tonnes", JAN_SEP, "13.55 million", MIDEAST,
             partner="Middle East", product=STEEL),
        fact("China", "exports", "quantity", 4.46e6, "tonnes", JAN_SEP, "4.46 million", ALU_YTD, product=ALU),
        fact("China", "exports", "growth", -3.9, "percent", JAN_SEP, "3.9", ALU_VALUE, product=ALU),
        fact("China", "exports", "value", 101.3e9, "CNY", JAN_SEP, "101.3 billion", ALU_VALUE, product=ALU),
        fact("China", "imports", "quantity", 4.53e6, "tonnes", JAN_SEP, "4.53 million", IMP_YTD, product=STEEL),
        fact("China", "imports", "growth", -12.6, "percent", JAN_SEP, "12.6", IMP_YTD, product=STEEL),
    ],
}
