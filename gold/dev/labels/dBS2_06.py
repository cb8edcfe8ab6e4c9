from _fact import fact, period

UK = "United Kingdom"
AUG_OCT = period(2026, 8, 10)
MAY_JUL = period(2026, 5, 7)
OCT = period(2026, 10)
EU = "European Union"
NON_EU = "non-EU countries"
US = "United States"
CN = "China"
GS = "goods and services"
SV = "services"

ARTICLE = {
    "id": "dBS2_06",
    "title": "UK trade: October 2026 - goods imports from the EU push the trade deficit wider",
    "publisher": "Office for National Statistics",
    "published": "2026-12-11",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on ONS 'UK trade' bulletins of 2025 "
        "(main points on the three-month total trade balance, goods and services split, EU/non-EU, US exports "
        "including precious metals) and on newspaper write-ups of them. The 10 per cent US tariff from April "
        "2025 is real background. Invented: every figure for 2026. Derived: goods deficit 61.7 = 151.3 - 89.6; "
        "services surplus 52.3 = 132.8 - 80.5; total deficit 9.4 = 61.7 - 52.3; EU/non-EU exports 41.5 + 48.1 = "
        "89.6, imports 80.9 + 70.4 = 151.3, deficits 39.4 + 22.3 = 61.7; the three months to July levels "
        "(goods exports 90.7, imports 149.7, total deficit 6.3) give the stated changes and rates.",
        "Judgement calls: 'the three months to October 2026' is 2026-08..2026-10; growth 'compared with the "
        "three months to July 2026' / 'the preceding three months' is labelled basis qoq (a rolling "
        "three-month-on-three-month change, the record's nearest basis). Changes in pounds ('£3.1 billion wider', "
        "'fell by £1.1 billion', '£0.5 billion less than in September', 'widened by £2.0 billion') are differences between stated levels, "
        "not a measure the record has: not labelled; the bracketed percentages next to them are growth facts "
        "(their sign from the verb). Total trade (goods and services) carries product 'goods and services', "
        "goods alone null, services 'services'. Figures exclude precious metals unless stated: the total "
        "deficit including precious metals (£13.6 billion) is a second balance fact for the same period "
        "beside £9.4 billion (the record has no field for the exclusion; both as written). The market "
        "commentary's '£9.4bn' restates the ONS figure: one fact, with the bulletin's evidence; its '£6.3bn in "
        "the quarter to July' is the balance for 2026-05..2026-07. 'In October 2026' monthly figures are mom "
        "('In October 2026 alone', 'more than in September', 'than in September', 'on September'); the US figure (including precious "
        "metals) is a mom rate for October. China: yoy ('than a year earlier') over the three months.",
        "Not facts: the pound changes above; 'having widened by £5.2 billion' (a change); 'the most in any "
        "month since March 2025' (a milestone); GDP 'contracting by 0.1 per cent'; tariffs of 10 per cent; the economist's "
        "0.2 percentage point drag (a forecast); sterling at $1.33 (an exchange rate).",
        "Copy check: 10 sentences searched (headline, total-deficit bullet, goods bullet, goods/services balance "
        "bullet, US bullet, EU paragraph, monthly paragraph, commentary lead, China sentence, quote), 5 reworded "
        "(total-deficit bullet, goods/services balance bullet, US bullet, the two monthly sentences: each kept "
        "the skeleton of an ONS bulletin sentence); the precious-metals note and bullet were also reworded.",
        "Second check: 20 sentences searched, 0 reworded.",
    ],
    "facts": [
        # Main points: three months to October 2026
        fact(UK, "balance", "value", -9.4e9, "GBP", AUG_OCT, "£9.4 billion",
             "A £9.4 billion deficit on total trade in goods and services was recorded in the three months to "
             "October 2026", product=GS),
        fact(UK, "exports", "growth", -1.2, "percent", AUG_OCT, "1.2",
             "Compared with the preceding three months, goods exports fell by £1.1 billion (1.2%) to £89.6 "
             "billion", basis="qoq"),
        fact(UK, "exports", "value", 89.6e9, "GBP", AUG_OCT, "£89.6 billion",
             "Compared with the preceding three months, goods exports fell by £1.1 billion (1.2%) to £89.6 "
             "billion"),
        fact(UK, "imports", "growth", 1.1, "percent", AUG_OCT, "1.1",
             "goods imports went up by £1.6 billion (1.1%) to £151.3 billion", basis="qoq"),
        fact(UK, "imports", "value", 151.3e9, "GBP", AUG_OCT, "£151.3 billion",
             "goods imports went up by £1.6 billion (1.1%) to £151.3 billion"),
        fact(UK, "balance", "value", -61.7e9, "GBP", AUG_OCT, "£61.7 billion",
             "a goods deficit that grew £2.7 billion wider, to £61.7 billion"),
        fact(UK, "balance", "value", 52.3e9, "GBP", AUG_OCT, "£52.3 billion",
             "The estimated surplus on services trade shrank by £0.4 billion to £52.3 billion", product=SV),
        fact(UK, "balance", "value", -13.6e9, "GBP", AUG_OCT, "£13.6 billion",
             "Including precious metals, the total trade deficit stood at £13.6 billion over the same three "
             "months", product=GS),
        fact(UK, "exports", "growth", 9.1, "percent", OCT, "9.1",
             "Goods sold to the United States, precious metals included, were worth £4.8 billion in October 2026, "
             "up £0.4 billion (9.1%) on September", partner=US, basis="mom"),
        fact(UK, "exports", "value", 4.8e9, "GBP", OCT, "£4.8 billion",
             "Goods sold to the United States, precious metals included, were worth £4.8 billion in October 2026",
             partner=US),
        # EU and non-EU
        fact(UK, "exports", "growth", -1.9, "percent", AUG_OCT, "1.9",
             "goods exports to the EU fell by £0.8 billion (1.9%) to £41.5 billion", partner=EU, basis="qoq"),
        fact(UK, "exports", "value", 41.5e9, "GBP", AUG_OCT, "£41.5 billion",
             "goods exports to the EU fell by £0.8 billion (1.9%) to £41.5 billion", partner=EU),
        fact(UK, "exports", "growth", -0.6, "percent", AUG_OCT, "0.6",
             "those to non-EU countries slipped by £0.3 billion (0.6%) to £48.1 billion", partner=NON_EU,
             basis="qoq"),
        fact(UK, "exports", "value", 48.1e9, "GBP", AUG_OCT, "£48.1 billion",
             "those to non-EU countries slipped by £0.3 billion (0.6%) to £48.1 billion", partner=NON_EU),
        fact(UK, "imports", "growth", 1.5, "percent", AUG_OCT, "1.5",
             "Goods imports from EU and non-EU countries rose by 1.5% and 0.6% respectively", partner=EU,
             basis="qoq"),
        fact(UK, "imports", "growth", 0.6, "percent", AUG_OCT, "0.6",
             "Goods imports from EU and non-EU countries rose by 1.5% and 0.6% respectively", partner=NON_EU,
             basis="qoq"),
        fact(UK, "imports", "value", 80.9e9, "GBP", AUG_OCT, "£80.9 billion",
             "Goods imports from EU and non-EU countries rose by 1.5% and 0.6% respectively, to £80.9 billion "
             "and £70.4 billion", partner=EU),
        fact(UK, "imports", "value", 70.4e9, "GBP", AUG_OCT, "£70.4 billion",
             "Goods imports from EU and non-EU countries rose by 1.5% and 0.6% respectively, to £80.9 billion "
             "and £70.4 billion", partner=NON_EU),
        fact(UK, "balance", "value", -39.4e9, "GBP", AUG_OCT, "£39.4 billion",
             "The goods deficit with the EU consequently widened by £2.0 billion to £39.4 billion", partner=EU),
        fact(UK, "balance", "value", -22.3e9, "GBP", AUG_OCT, "£22.3 billion",
             "The goods deficit with the EU consequently widened by £2.0 billion to £39.4 billion, and with "
             "non-EU countries by £0.7 billion to £22.3 billion", partner=NON_EU),
        # Services
        fact(UK, "exports", "growth", 0.4, "percent", AUG_OCT, "0.4",
             "services exports are estimated to have risen by 0.4% to £132.8 billion", product=SV, basis="qoq"),
        fact(UK, "exports", "value", 132.8e9, "GBP", AUG_OCT, "£132.8 billion",
             "services exports are estimated to have risen by 0.4% to £132.8 billion", product=SV),
        fact(UK, "imports", "growth", 1.1, "percent", AUG_OCT, "1.1",
             "services imports grew faster, by 1.1%, to £80.5 billion", product=SV, basis="qoq"),
        fact(UK, "imports", "value", 80.5e9, "GBP", AUG_OCT, "£80.5 billion",
             "services imports grew faster, by 1.1%, to £80.5 billion", product=SV),
        # Monthly movements, October 2026
        fact(UK, "balance", "value", -2.9e9, "GBP", OCT, "£2.9 billion",
             "In October 2026 alone, the total trade deficit narrowed to £2.9 billion", product=GS),
        fact(UK, "imports", "growth", 1.8, "percent", OCT, "1.8",
             "Goods imports climbed to £50.9 billion during the month, £0.9 billion (1.8%) more than in September",
             basis="mom"),
        fact(UK, "imports", "value", 50.9e9, "GBP", OCT, "£50.9 billion",
             "Goods imports climbed to £50.9 billion during the month"),
        fact(UK, "exports", "growth", -2.0, "percent", OCT, "2.0",
             "goods exports were 2.0% lower than in September, at £29.6 billion", basis="mom"),
        fact(UK, "exports", "value", 29.6e9, "GBP", OCT, "£29.6 billion",
             "goods exports were 2.0% lower than in September, at £29.6 billion"),
        # Market commentary
        fact(UK, "balance", "value", -6.3e9, "GBP", MAY_JUL, "£6.3bn",
             "Britain's trade shortfall deepened to £9.4bn in the three months to October from £6.3bn in the "
             "quarter to July", product=GS),
        fact(UK, "exports", "growth", -6.4, "percent", AUG_OCT, "6.4",
             "Shipments of goods to China were 6.4 per cent lower than a year earlier at £4.4bn over the three "
             "months", partner=CN),
        fact(UK, "exports", "value", 4.4e9, "GBP", AUG_OCT, "£4.4bn",
             "Shipments of goods to China were 6.4 per cent lower than a year earlier at £4.4bn over the three "
             "months", partner=CN),
    ],
}
