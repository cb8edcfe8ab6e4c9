"""What the guide puts out of scope beside trade figures, as the words around a number show it: non-trade
subjects (GDP, trains, interest rates, prices), forecasts and polls, tariffs, volume growth, derived changes,
milestones, exchange-rate notes."""

from __future__ import annotations

import re

from tradefacts.extract.scan import Anchored
from tradefacts.schemas.signs import OUTRAN

NON_TRADE = re.compile(
    r"freight\s+trains?|\btrains?\b|departures|\bexpo\b|exhibitors?|exhibition|promotion\s+events|"
    r"\bstalls\b|\bSKUs\b|"
    r"(?<!weaker\s)(?<!stronger\s)(?<!softer\s)(?<!fewer\s)(?<!more\s)(?<!lower\s)(?<!higher\s)(?<!falling\s)"
    r"(?<!rising\s)(?<!on\s)\borders\b|"  # not "weighed down by weaker orders", "soaring 25.7% on orders for LNG
    # carriers": a cause of the figure, named after it
    r"visitors|employees|jobs|\bsteps\b|(?<!which\s)(?<!that\s)\bmeasures\b|(?<!est\s)\beconomy\b(?!\s+zone)|\bGDP\b|"
    r"gross\s+domestic\s+product|economic\s+growth|\binflation\b|"
    r"deals\s+signed|(?:intended|intentional)\s+(?:deals|transactions)|\bedition\b|against\s+the\s+(?:U\.?S\.?\s+)?(?:dollar|euro(?!\s+(?:zone|area))|yen|greenback)|"
    r"\bTEUs?\b|container\s+throughput|\bto\s+the\s+(?:dollar|euro(?!\s+(?:zone|area))|yen|greenback)\b|"
    r"\bcargo\b|\brailway\b|throughput|\bfund\b|"  # an airport's cargo or a line's tonnage, not trade ("the
    # deficit, which measures how far purchases exceed sales": a verb, no policy measures)
    r"investment\s+(?:package|pledge|plan|deal)|(?:package|pledge)\s+of\s+investments?|"  # "a $550 billion Japanese
    # investment package in the US", "a $550 billion package of investment"
    r"tariffs?\s+covering|"  # "counter-tariffs covering C$30 billion of American products"
    r"customs\s+duties|tariff\s+(?:revenue|receipts|collections|income)|"  # "took in $29.4 billion in customs duties"
    # "roughly 70% of global rare earth mining": production, not trade (not "mining exports", "non-mining")
    r"(?<!-)\bmining\b(?!\s+(?:exports?|shipments|products|goods))|refined\s+output|\breserves\b|"
    r"(?<=\bof\s)capacity\b|\brun\s+rates?\b|"  # "operated at about 81% of capacity": refineries, not trade
    r"\boperating\s+rates?\b|\butili[sz]ation\s+rates?\b|"  # "crushers raised operating rates to above 50%"
    r"\bannuali[sz]ed\b|"  # "put annualized growth in the July-September quarter at 2.8%": the economy's
    r"\bremittances\b",  # "Remittances sent home by workers abroad increased 10.6 percent": transfers, not trade
    re.IGNORECASE,
)
NON_TRADE = Anchored(NON_TRADE, words=["freight", "train", "departures", "expo", "exhibitor", "exhibition",
                                     "promotion", "stalls", "skus", "orders", "visitors", "employees", "jobs", "steps",
                                     "measures", "economy", "gdp", "gross", "economic", "inflation", "against", "teu",
                                     "deals", "intended", "intentional", "edition",
                                     "container", "to", "cargo", "railway", "fund", "mining", "refined", "reserves",
                                     "capacity", "run", "operating", "utili", "investment", "package", "pledge",
                                     "tariff", "throughput", "customs", "annuali", "remittances",
                                     ])  # fmt: skip  (tried at its words: extract/scan.py)
PRICE_AFTER = re.compile(  # "$48 per ton", "R17.35 to the dollar", "570,000 yuan ($80,100) per ton": a price or a rate
    r"^\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:(?:per|a|an|for\s+every|each)\s+(?:\d+\s+)?(?:ton|tonne|barrel|unit|kilogram|kg|pound|"
    r"ounce|day|grams?|g|oz)\b|"  # "Rs 1.35 lakh per 10 grams": a price
    r"(?:to|per|against)\s+(?:(?:the|one|a)\s+)?(?:US\s+|U\.S\.\s+)?(?:dollar|euro|yen|pound|greenback)\b)",
    re.IGNORECASE,
)
# A figure whose subject is no trade flow: "industrial production rose 1.8%", "cut its benchmark rate to 6.75%",
# "Output in the April-June quarter rose 3.8%", "Output also fell by 0.1%".
# "Duties on imports and exports collected by customs reached VND418 trillion": revenue, not trade, whatever trade
# words it names (`mentions` reads it before `OTHER_SUBJECT`, whose trade words nearby keep a figure)
_REVENUE = (r"duties\s+on\s+(?:imports|exports)(?:\s+and\s+(?:imports|exports))?\s+collected|"
            r"(?:import|export)\s+duties\s+collected|customs\s+(?:revenue|receipts)")  # not "which lifted its oil
# export duties in February, climbed 12.1%": a policy in an aside
# "GASTAT's coverage ratio, which sets non-oil exports against imports, climbed to 40.9 percent": a ratio of two
# flows, not a figure of either
RATIO_SUBJECT = re.compile(
    r"\b(?:coverage|cover|export-to-import|import-to-export)\s+ratio\b(?:[^.;:]|\.(?=\d)){0,160}$", re.IGNORECASE)
REVENUE = re.compile(rf"\b(?:{_REVENUE})\b(?:[^.;:]|\.(?=\d)){{0,70}}$", re.IGNORECASE)  # up to the figure
OTHER_SUBJECT = re.compile(
    r"\b(?:industrial\s+(?:production|output)|(?<!export\s)output(?=(?:\s+[\w-]+){0,6}?\s+(?:rose|fell|grew|shrank|contracted|expanded|increased|decreased|edged|slipped|jumped|"
    r"dropped|was|were))|retail\s+sales|interest\s+rates?|(?:benchmark|policy|key)\s+rate|"
    r"\bFDI\b(?!\s+(?:sector|firms|enterprises))|foreign\s+direct\s+investment|revenue|profits?|company['’]s|economy(?!\s+zone)|GDP|gross\s+domestic\s+product|"
    r"current[- ]account|"  # "that left the current account €1.1 billion in the red": trade, income and transfers
    r"(?:factory|manufacturing|steel|aluminium|aluminum|copper|oil|crude|grain|coal|car|vehicle|chip)\s+"
    r"(?:output|production)|"
    r"domestic\s+(?:[\w-]+\s+){0,2}?sales|customs\s+duties|tariff\s+(?:revenue|receipts|collections)|stockpiles?|"
    r"inventories|futures|\bcontracts?\s+(?:closed|ended|settled|traded)|(?:repo|repurchase)\s+rate|"  # "Domestic
    # vehicle sales rose 9.4 percent": sales at home; "the aluminium contract closed up 0.4%": a futures price
    # "Smelters turned out 1.17 million tons of refined copper": what producers made, not what was traded
    r"(?:smelters|refiners|refineries|mills|steelmakers|factories|plants|miners|producers)\s+(?:[\w-]+\s+)?"
    r"(?:turned\s+out|produced|churned\s+out|processed|made)|"
    r"at\s+home|(?:home|domestic)\s+market|"  # "At home, NEV sales reached 1.82 million units"
    # "China produces more than 90% of the world's magnets": production, not trade
    r"(?:produce[sd]?|refine[sd]?|mine[sd]|harvested)(?=\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?$)|"
    r"currency\s+(?:traded|weakened|strengthened|firmed|rose|fell|gained|slid|lost)|sterling|"
    r"the\s+(?:U\.?S\.?\s+)?dollar,?\s+(?:which\s+)?(?:has\s+)?(?:weakened|strengthened|firmed|depreciated|"
    r"appreciated|slid|fallen|fell|risen|rose|gained|lost)|"  # "The dollar, which has weakened about 7% against"
    r"(?<!use\s)(?<!share\s)(?<!using\s)(?<!adopted\s)"  # not "countries that use the euro took": the euro area
    r"(?:\bthe|['’]s)\s+(?:pound|yen|euro(?!\s+(?:area|zone))|won|rupee|yuan|renminbi|loonie|peso|ringgit|baht|rupiah|"
    r"rand|lira|"
    r"dong)|"
    # "Brazil's real weakened 0.3%", "the Australian dollar rose": another economy's currency moving
    r"(?:['’]s|\bthe)\s+real\s+(?=(?:weakened|strengthened|firmed|rose|fell|slid|gained|lost|eased|dipped)\b)|"
    r"\bthe\s+(?:Australian|Canadian|New\s+Zealand|Singapore|Taiwan|Hong\s+Kong)\s+dollar|"
    # "A firmer yen, which gained about 1.5 percent": the currency's move
    r"\b(?:firmer|weaker|stronger|softer|feeble|weak|strong|cheaper)\s+(?:yen|won|euro|pound|rupee|yuan|dollar))\b"
    r"(?:[^.;:]|\.(?=\d)){0,50}$",  # "FDI reached $21.3 billion, up 8.8%": a decimal point is no sentence end
    re.IGNORECASE,
)
_PER_UNIT = r"(?:cost|value)s?\s+(?:per|a|of\s+each)\s+(?:metric\s+)?(?:ton|tonne|barrel|unit|kilogram|kg|vehicle|car)"
PRICE_SUBJECT = re.compile(  # "auction prices fell", "an average import price of 852.2 yuan per tonne, up"
    rf"\b(?:prices?|{_PER_UNIT})\b(?:\s+(?!(?:exports?|imports?|trade|shipments|sales|those)\b)[\w.,$€£¥-]+){{0,8}}?\s+"
    r"(?:[\w-]+ed|rose|fell|grew|slid|sank|shrank|down|up)\s+(?:by\s+)?"
    r"(?:(?:around|about|roughly|nearly|some)\s+)?$|"
    r"(?<!\bas\s)(?<!\bbecause\s)\bprices?\b[^;]{0,80}\b(?:that|those)\s+of\s+(?:[\w-]+\s+){1,3}"
    r"(?:[\w-]+ed|rose|fell|grew)\s+(?:by\s+)?$",  # "the average price of crude oil was ..., while that of soybeans
    re.IGNORECASE,  # fell 18.2%"; not "purchases of oil fell ... as prices softened, and those of LNG decreased 8.2%"
)
# "a 30% tariff", "duties of up to 35.3%": a tax rate, not a trade figure.
TARIFF_BEFORE = re.compile(  # "duties of up to 35.3%", "its levy on Japanese autos to 15 percent from 27.5"
    r"\b(?:tariffs?|duty|duties|levy|levies|tax(?:es)?|surcharges?)\s+(?:rate\s+)?(?:of\s+)?"
    r"(?:up\s+to\s+|as\s+(?:high|much)\s+as\s+)?$|"
    r"\b(?:tariffs?|duty|duties|levy|levies|tax(?:es)?|surcharges?)\b[^.;%]{0,90}\b(?:to|from|at|reach|hit|near|"
    r"around|about)\s+"  # "the average US tariff on Chinese goods still near 31 per cent"
    # "raised duties on Chinese goods to as high as 145%", "put the average effective tariff rate at roughly 17%"
    r"(?:as\s+(?:high|much)\s+as\s+|between\s+|(?:about|around|roughly|some|nearly|almost)\s+)?$|"
    # "A deal struck in July brought the rate down to 15 percent": the duty just named
    r"\b(?:brought|cut|lowered|reduced|raised|lifted|set)\s+(?:the|its|their)\s+rate\s+(?:down\s+|up\s+|back\s+)?to\s+$|"
    r"\b(?:raised|lifted|cut|lowered|set)\s+(?:the\s+)?rates\s+on\b[^.;%]{0,60}\bto\s+(?:between\s+)?$",  # "raised
    # rates on dozens of trading partners to between 15% and 50%"
    re.IGNORECASE,
)
TARIFF_AFTER = re.compile(  # "a 25% tariff", "a 10% reciprocal tariff"; not "fell 18.1% amid tariff frictions"
    r"^\s*(?:(?!(?:amid|despite|after|before|as|on|in|with|because|over|under|following|since|while|and|but|from|by)"
    r"\s)[\"“‘']?[\w.-]+[\"”’']?\s+)?(?:(?:export|import)\s+)?(?:tariffs?|duty|duties|levy|levies|tax(?:es)?\s+on|"
    r"(?:tax|VAT)\s+(?:rebates?|refunds?)|surcharges?)\b",  # "a 13 percent export tax rebate"
    re.IGNORECASE
)
# "a tariff-rate quota of 7.2 million tons", "a quota of 100,000 cars a year": an allowance, not a flow
QUOTA_BEFORE = re.compile(r"\bquotas?\s+(?:(?:of|at|to)\s+)?(?:up\s+to\s+|about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# "The real goods deficit", "Real Goods in 2017 Dollars", "The average goods and services deficit ... for the three
# months": chained-dollar and averaged series, not the month's own figures (money as well as rates)
REAL_OR_AVERAGE = re.compile(
    r"\breal\s+goods\b|\bin\s+(?:19|20)\d\d\s+dollars\b|\b(?:after\s+)?adjusting\s+for\s+(?:prices|inflation)\b|"
    r"\binflation-adjusted\b|\badjusted\s+for\s+(?:inflation|prices)\b|"  # "Adjusted for inflation, the goods deficit"
    r"\b(?:stripping|taking|leaving)\s+out\s+(?:the\s+)?(?:effect\s+of\s+)?(?:price|inflation)|"  # "Stripping out
    # price changes, the merchandise shortfall came to"
    r"\bthe\s+average\s+(?:[\w-]+\s+){0,3}?(?:deficit|surplus)\b",
    re.IGNORECASE,
)
VOLUME = re.compile(  # volume or real-terms growth, per-working-day averages, part of a month: out of scope
    r"\b(?:in\s+volume(?:\s+terms)?|by\s+volume|in\s+real\s+terms|in\s+real,?\s+or\s+volume,?\s+terms|"
    # not "Jiangsu's import and export volume rose by 9.8 percent", "trade volume grew": a value, as Chinese
    # reporting calls it
    r"(?<!trade\s)(?<!import\sand\sexport\s)(?<!export\sand\simport\s)volumes?\s+(?:rose|fell|grew|dropped|declined|"
    r"increased|decreased|climbed|slipped|edged|jumped|up|down)|quantity\s+of|"  # "Import volumes dropped 1.1%"
    r"daily\s+average|average\s+daily|per\s+working\s+day|adjusted\s+for\s+inflation|inflation-adjusted|"
    r"adjusted\s+for\s+(?:the\s+(?:number\s+of\s+|fewer\s+|more\s+)?)?working\s+days|working-day[- ]adjusted|"
    r"(?:removing|stripping\s+out|excluding)\s+the\s+effects?\s+of\s+(?:inflation|price\s+changes)|"
    r"the\s+volume\s+of\s+(?:goods\s+|services\s+)?(?:exports|imports)|"  # "the volume of goods exports fell by 5.1%"
    r"real\s+goods|in\s+(?:19|20)\d\d\s+dollars|the\s+average\s+(?:[\w-]+\s+){0,3}?(?:deficit|surplus)|"
    r"(?:volume|price|unit\s+value)\s+ind(?:ex|ices)|"  # "the ministry's volume index fell 1.6%"
    # "imported crude oil of 135.3 billion yuan, down 4.7%, with an import volume of 45.16 million tons, a decrease
    # of 2.1%": the tonnage's change beside the value's
    r"(?:import|export)\s+volume\s+of\s+[\d.,]+\s+(?:(?:million|thousand|billion)\s+)?(?:tons|tonnes)|"
    # "the number of vehicles shipped rose 1.5%": a count's growth beside the value's
    r"the\s+number\s+of\s+(?:vehicles|cars|units)\s+(?:shipped|exported|sold))\b",
    re.IGNORECASE,
)
BASE_OF_SHARE = re.compile(  # "11.7% of China's exports, down from nearly 15%": the base of a share is a share
    r"\b(?:from|than|versus|against|compared\s+(?:with|to))\s+(?:a\s+|the\s+)?(?:nearly\s+|about\s+|around\s+|"
    r"almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
MILESTONE_AFTER = re.compile(
    r"^[-\s]*(?:yuan|rmb|dollar)?[-\s]*(?:range|club|tier|city|cities|level|era|mark|threshold|milestone|barrier|"
    r"foreign\s+trade\s+cit)",
    re.IGNORECASE,
)

MILESTONE_BEFORE = re.compile(  # "staying above the level of 800 billion yuan for the fourth year": a threshold
    r"\b(?:above|below|over|under|beyond)\s+the\s+(?:level|mark|threshold)\s+of\s+$", re.IGNORECASE
)


# "($1 = 7.3317 yuan)", "(Unit: 100 million yuan)": a note on rates or units, no figure
RATE_NOTE = re.compile(r"\(\s*(?:US)?[$€£¥]\s*1\s*=|=\s*[\d.]+\s*\w*\s*\)|\bunits?\s*:\s*[\d.]+", re.IGNORECASE)
# A money amount right after a verb of change is the change, not a level: "rose $22.5 billion", "by £1.2 billion".
# "Imports therefore outstripped exports by USD 26.57 billion", "Imports of goods and services exceeded exports by
# $52.8 billion": the balance, not a change
EXCESS_BY = re.compile(
    rf"\b(?:imports|exports|purchases|sales)\s+{OUTRAN}\s+(?:exports|imports|sales|purchases)\s+by\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?(?:USD\s*|US\$|\$|€|£|Rs\.?\s*|₹)?$",
    re.IGNORECASE,
)
CHANGE_BEFORE = re.compile(
    r"\b(?:rose|increased|grew|climbed|jumped|fell|decreased|declined|dropped|widened|narrowed|shrank|slipped|"
    r"gained|added|lost|swelled|expanded|contracted|tumbled|slid|sliding|plunged|surged|soared|down|rising|falling|"
    r"(?<!made\s)(?<!makes\s)(?<!make\s)(?<!making\s)up|"  # not "of which memory chips made up $13.05 billion": a part
    r"growing|climbing|jumping|dropping|declining|increasing|decreasing)(?:\s+by)?"
    r"\s+(?:about\s+|nearly\s+|some\s+|another\s+)?$|"  # "grew by another $6.6 billion"
    # not "was in deficit by 1.22 trillion yen", "leaving Japan in the red by 96.4 billion yen": the level
    r"(?<!deficit\s)(?<!surplus\s)(?<!\sred\s)(?<!\sblack\s)\bby\s+(?:about\s+)?$|"
    r"\ban?\s+(?:drop|fall|decline|decrease|rise|increase|gain|jump|swing)\s+of\s+$|"
    # "a decrease in the goods deficit of $7.8 billion", "fell 3.6%, or £1.1bn,"
    r"\b(?:decrease|increase|rise|fall|drop|decline)\s+in\s+(?:[\w'’-]+\s+){1,4}?of\s+$|"
    # "jumped 27% from September, or £1.1bn"
    r"(?:%|\bper\s*cent|pc\b)(?:\s+(?:from|on|over)\s+[\w\s]{1,20}?)?,?\s+or\s+$|"
    r"\(\s*\+\s?$",  # "led by Taiwan (+RM2.38 billion)": a signed amount in brackets is the change
    re.IGNORECASE,
)
# "Over the three months through September, the deficit averaged $63.1 billion": an average, no month's figure
AVERAGED = re.compile(r"\baveraged\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:[A-Z]{0,2}\$|[€£¥₹])?\s?$",
                      re.IGNORECASE)
# "accounted for £300m of that drop and machinery for another £100m": the next part of the change
ANOTHER_PART = re.compile(
    r"\bof\s+(?:the|that|this)\s+(?:decrease|increase|fall|rise|drop|decline)\b[^.;]{0,80}\bfor\s+another\s+$",
    re.IGNORECASE,
)
# "a $8.9 billion drop in consumer goods": the change, named after its amount
CHANGE_AFTER = re.compile(
    # "£2.4bn larger than", "the goods deficit $7.1 billion larger at $101.8 billion": the change, then the level
    # "£1.1 billion (2.2%) more than in July": its rate in brackets between
    r"^\s*(?:\([^()]{0,24}\)\s*)?(?:(?:more|less|narrower|wider|higher|lower|bigger|smaller|larger)\s+(?:than|at)\b|"
    r"(?:drop|fall|decline|decrease|rise|increase|gain|jump|swing|plunge|surge|slump|advance|retreat)\b|"
    # "a 2.0 billion-pound plunge", "accounted for £0.3 billion of the decrease": a change, or a part of one
    r"-?(?:pound|dollar|euro|yen|won|rupee|yuan)s?\s+(?:plunge|drop|fall|decline|decrease|rise|increase|jump|surge|swing)\b|"
    r"of\s+(?:the|that|this)\s+(?:decrease|increase|fall|rise|drop|decline|growth|gain)\b)",
    re.IGNORECASE,
)
# "from a first estimate of £2.9bn", "instead of the $56.4 billion reported": a figure the release replaced
SUPERSEDED_BEFORE = re.compile(
    r"\b(?:instead\s+of|(?:first|initial|earlier|original|preliminary)\s+(?:estimate|reading|figure)\s+of)\s+"
    r"(?:the\s+|an?\s+)?\S{0,4}$|"
    # "The July deficit was revised to $78.2 billion from $78.3 billion": the estimate the revision replaced
    r"\brevised\s+(?:up|down|upward|downward|higher|lower)?\s*to\s+(?:an?\s+(?:deficit|surplus)\s+of\s+)?\S{0,4}"
    r"\d[\d.,]*\s*(?:trillion|billion|million|bln|bn|mln)?(?:\s+[a-z]+)?\s+from\s+(?:an?\s+|the\s+)?\S{0,4}$",
    re.IGNORECASE,
)
# "the yuan was trading 0.1% higher": a market's trading is no trade
TONNAGE_UNIT = r"(?:(?:million|billion|thousand)\s+)?(?:metric\s+)?(?:tons|tonnes)"  # after a number: a tonnage
TRADE_WORD = re.compile(
    r"export|import|(?<!most-)trade|shipments?\b|shipped|surplus|deficit|shortfalls?\b|(?<=\bthe\s)gap\b|"
    r"(?<=trade\s)gaps?\b|(?<=goods\s)gaps?\b|gaps?(?=\s+of\s)|(?<!was\s)(?<!is\s)(?<!were\s)trading|"
    # "the world's second-largest economy brought in 14.62 million tons" (not "Customs duties brought in $27 billion")
    rf"(?:brought\s+in|bought|purchased)\s+(?:about\s+|some\s+)?[\d.,]+\s+{TONNAGE_UNIT}", re.IGNORECASE
)
# Forecasts and polls are not statistics: "beating economists' forecasts of a 0.5% gain".
FORECAST = re.compile(
    r"\b(?:forecasts?|forecasters?|poll(?:ed)?|consensus|median\s+estimate|expectations?|projected|"
    r"(?:economists|analysts)(?:\s+[\w-]+){0,4}?\s+(?:had\s+)?(?:expected|predicted|estimated|surveyed|polled)|"
    r"expected\s+by|"
    r"pencil(?:l)?ed\s+in|initially\s+reported|previously\s+reported|expects?|could|would|will|target(?:s|ed)?|"
    r"forecasting|expected(?=\s+(?:[\w'’-]+\s+){0,8}?to\s+(?:reach|exceed|top|hit|rise|grow|fall|surpass|be|slow|ease|decline|drop|climb|increase|remain|stay|end|show|"
    r"rebound|recover|moderate|accelerate|shrink|narrow|widen|contract|expand|decrease|edge|slip|pick|hold|keep|"
    r"continue|maintain|stabili[sz]e|improve)\b)|"
    # "Total exports for the whole fiscal year are still seen at around USD 860 billion": a view of the future
    r"(?:(?<=are\s)|(?<=is\s)|(?<=still\s)|(?<=were\s)|(?<=was\s)|(?<=now\s))seen\s+(?:at|reaching|hitting|topping)\b|"
    r"projections?|(?<!mining\s)(?<!energy\s)(?<!infrastructure\s)(?<!investment\s)(?<!construction\s)(?<!new\s)"
    # not "as mining projects bought more capital goods": the noun; "tipped the balance into a deficit": a result
    r"projects|f['’]?cast|tipped(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?into\b)|"
    # "on course to top $850 billion": the figure a forecast reaches; not "on course to surpass last year's record
    # of 110.7 million tons", a reported figure
    r"on\s+(?:course|track|pace)\s+(?:to\s+[a-z]+|for)(?=\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|a\s+record\s+)?"
    r"[$€£¥₹\d])|"
    r"goal|aims?\s+to|aim(?:s|ing|ed)?\s+(?:for|at)|plans?\s+to|planning\s+to|predicts?|outlook|likely|"
    r"(?:counting|banking)\s+on|"  # "Berlin is counting on a spending drive to lift growth to 1.0 percent"
    # "If December shipments top $59.8 billion, ...": a condition, not a reported figure
    r"if(?=\s+(?:[\w'’-]+\s+){0,4}?(?:top|tops|exceed|exceeds|reach|reaches|hit|hits|surpass|surpasses|stay|stays)\b)|"
    # "buyers have booked more than 7 million tons": orders, not arrivals; "Analysts estimate December arrivals at
    # around 8.6 million tons": a guess at a month not yet reported (not "Early estimates put services exports at")
    r"(?:(?<=have\s)|(?<=has\s)|(?<=had\s))booked|estimates?(?!\s+(?:put|puts|show|shows|showed|released|published)\b)(?=\s+(?:[\w-]+\s+){0,4}?at\s+(?:about\s+|around\s+|"
    r"roughly\s+)?[$€£¥\d])|"
    # "the government hopes to top $700 billion", "We think exports can still grow around 3 percent", "who sees
    # the monthly gap settling around $65 billion": a wish, a belief, a view
    r"hop(?:es|ing|ed)?\s+to|(?:we|i|they) (?:think|believe|reckon|see)|pledg(?:ed|es|e)\s+to|(?:promised|vowed)\s+to|"
    # "Beijing agreed in late October to buy 12 million metric tons": a commitment, not a statistic
    r"(?:agreed|committed|undertook)\s+(?:[\w-]+\s+){0,4}?to\s+(?:buy(?:ing)?|purchas(?:e|ing)|import(?:ing)?|"
    r"tak(?:e|ing))|"  # "Beijing has also committed to taking 12 million tonnes of American soybeans"
    r"(?:sees|(?<=analysts\s)see|(?<=economists\s)see|(?<=traders\s)see)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:settling|rising|falling|growing|reaching|staying|at|near|hitting|"
    r"expanding|climbing|slowing|easing|contracting|shrinking|declining|increasing|dropping|topping|"
    r"(?:growth|gains?|rise|increase|decline|contraction|expansion)\s+of)|"  # "She sees Chinese sales to the region
    # expanding by roughly 5 per cent", "the economist sees export growth of roughly 3 percent"
    # "A Reuters survey of economists had pointed to a shortfall of $137.0 billion": the survey's figure
    r"survey\s+of\s+(?:economists|analysts)|"
    # "a surplus of $116.7 billion, compared with an estimated $105 billion": the poll's figure set beside the fact
    r"(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:an?|the)\s+(?:estimated|expected)(?=\s+(?:about\s+)?[$€£¥\d])|"
    # "had looked for a deficit of $66.0 billion, with estimates ranging from ...", "importers may rush again, pushing
    # the deficit back toward $100 billion": the economists' range, a conjecture (lower-case "may": not the month)
    r"looked\s+for|looking\s+for(?=\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?[$€£¥₹]?\d)|estimates\s+rang(?:ing|ed|e)|(?-i:may|might)(?=\s+[a-z]))\b",
    re.IGNORECASE,
)
FORECAST = Anchored(FORECAST, words=["forecast", "poll", "consensus", "median", "expect", "projected", "economists",
                                   "analysts", "pencil", "initially", "previously", "could", "would", "will",
                                   "target", "projection", "projects", "fcast", "f'cast", "f’cast", "goal", "aim",
                                   "predict", "outlook", "tipped", "likely", "on", "plan", "hop", "sees", "see",
                                   "pledg", "promised", "vowed", "agreed", "committed", "undertook", "looked", "survey",
                                   "estimate", "may", "might", "looking", "seen", "counting", "banking", "booked", "if",
                                   "compared", "against", "versus", "vs",
                                   *(f"{who} {verb}" for who in ("we", "i", "they")
                                     for verb in ("think", "believe", "reckon", "see"))])  # fmt: skip
# "a 0.5% gain forecast by economists", "the 5.4% expected": the number right before the forecast word.
FORECAST_AFTER = re.compile(  # "a 0.3% rise had been expected", "the 4.0 percent growth that economists had predicted"
    r"\s*(?:increase|rise|gain|decline|fall|drop|growth|contraction|surplus|deficit)?\s*"
    r"(?:(?:had\s+been|was|were)\s+(?:widely\s+)?|(?:that|which)\s+(?:[\w-]+\s+){1,6}?(?:had\s+)?)?(?:forecast|expected|"
    r"predicted|projected|estimated\s+by|seen\s+by|in\s+a\s+(?:Reuters\s+)?poll)\b",
    re.IGNORECASE,
)

# Part of a month ("the first 20 days of November", "the Nov. 1-20 period", "as of Wednesday"): out of scope per
# the guide, like the figures of the sentences that follow until one states a period of its own.
PARTIAL_MONTH = re.compile(
    r"\b(?:first|last)\s+(?:\d{1,2}|ten|twenty|twenty-one)\s+days\b|\b\d{1,2}-day\s+(?:period|stretch|span|window)\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+1\s*[-–]\s*\d{1,2}\b|"
    # "From Jan. 1 to Oct. 20", "through Nov. 20": a span that ends on a day of a month
    r"\b(?:to|through|until|till|[-–])\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:[1-9]|1\d|2[0-7])\b|"
    r"\bas\s+of\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    # "Customs data for the first half of November": half a month (not "the first half of 2026")
    r"\b(?:first|second)\s+half\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
PART_OF_MONTH = "part of a month: out of scope (the guide counts whole months, quarters and years)"
# "an Export Promotion Mission with an outlay of Rs 25,060 crore", "$350 billion in Korean investment", "a $550
# billion investment package": money a government spends or an investor pledges, not a flow of goods
PLEDGE_BEFORE = re.compile(
    r"\b(?:outlay|investments?|stimulus|subsidies|funding|fund|package|loans?|credit\s+line)\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|up\s+to\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?\S{0,4}$",
    re.IGNORECASE,
)
PLEDGE_AFTER = re.compile(
    r"^\s*(?:(?:worth\s+)?of\s+)?(?:in\s+(?:[A-Z][\w-]*\s+|new\s+|fresh\s+|direct\s+)?(?:investments?|funding|loans?|"
    r"subsidies|financing)|(?:investment|stimulus|subsidy|support|aid|rescue|relief)\s+(?:package|fund|pledge|plan|"
    r"programme|program|scheme)|investment\b|(?:[A-Z][\w-]+\s+){1,3}(?:Mission|Scheme|Fund)\b)"
)


# "The number of enterprises with import and export records reached 566,000, up 4.5 percent": the rate of a count of
# traders, which is no trade figure (the guide counts traders, it does not rate them)
COUNTED_TRADERS_RATE = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}(?:enterprises|companies|firms|businesses|entities|exporters|importers|"
    r"traders)\b(?:(?![$€£¥]|\b(?:yuan|dollars?|euros?|billion|trillion|percent|per\s+cent|pc\b)\b)[^;%])*$",
    re.IGNORECASE,
)


# The economy's growth, not trade's: "a 0.6% annualized contraction", "grow at a 4.3% annual rate", "rebounded at a
# 3.8% pace" after the economy; "Net exports helped the economy grow 5.1 percent", whatever trade helped it
_ANNUALIZED = re.compile(r"\s*(?:annuali[sz]ed|seasonally\s+adjusted\s+annual)\b", re.IGNORECASE)
_PACE = re.compile(r"\s*(?:annual\s+)?(?:rate|pace)\b(?!\s+of\b)", re.IGNORECASE)
_ECONOMY = re.compile(r"\b(?:economy|GDP|output|economic\s+growth)\b", re.IGNORECASE)
_ECONOMY_GREW = re.compile(  # (not "shipments to the world's largest economy grew 6.3 per cent": a partner)
    r"\b(?:helped|helping|helps|help|lifted|lifting|pushed|pushing)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:economy|GDP)\s+"
    r"(?:to\s+)?(?:grow|expand)\s+(?:by\s+)?$",
    re.IGNORECASE,
)


def economy_rate(prefix: str, suffix: str) -> bool:
    """Whether the rate between `prefix` and `suffix` is the economy's growth rather than a trade figure's."""
    return bool(_ANNUALIZED.match(suffix) or (_PACE.match(suffix) and _ECONOMY.search(prefix[-120:]))
                or _ECONOMY_GREW.search(prefix[-60:]))


# Per-day averages, out of scope
DAILY = re.compile(  # "On a per-working-day basis, exports came to"
    r"\b(?:average\s+daily|daily\s+average|per[\s-]+working[\s-]+day|(?:exports|imports|shipments|sales)\s+per\s+day|"
    r"adjusted\s+for\s+working\s+days)\b(?:[^.;]|\.(?=\d))*$", re.IGNORECASE
)
# "averaged $2.3 billion per working day", "some 122.7 billion yuan worth of goods crossed the country's borders each
# day", "roughly 3.86 million tons a day": a per-day average (words between, but no figure nor clause break)
PER_DAY_AFTER = re.compile(
    r"^(?:\s+[^\d\s.,;:()]+){0,12}?\s+(?:a|per|each|every)\s+(?:calendar\s+|working\s+|business\s+)?day\b",
    re.IGNORECASE)
