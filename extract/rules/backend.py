"""The offline extractor: rules for the language of trade reporting, no model, no network."""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from operator import attrgetter

from tradefacts.extract.deadline import check_deadline
from tradefacts.extract.period_mention import PeriodMention
from tradefacts.extract.period_shifts import months_to
from tradefacts.extract.periods import find_periods
from tradefacts.extract.rules import pronouns
from tradefacts.extract.rules.acronyms import defined_acronyms
from tradefacts.extract.rules.attribution import WITH_OPENING, classify_places
from tradefacts.extract.rules.basis import (
    free_bases,
    level_change_basis,
    month_after_base,
    opening_frame,
    rate_basis,
)
from tradefacts.extract.rules.context import Context, release_basis
from tradefacts.extract.rules.currency import economy_currency
from tradefacts.extract.rules.dedupe import dedupe, without_restated
from tradefacts.extract.rules.document_frame import enter_paragraph, frame_document
from tradefacts.extract.rules.event_dates import figures_periods
from tradefacts.extract.rules.export_kinds import with_export_kind
from tradefacts.extract.rules.fact_build import build_fact
from tradefacts.extract.rules.figure_area import after_contrast, area_for, own_partner, share_owner, whole_of_share
from tradefacts.extract.rules.figure_goods import goods_window, products_for
from tradefacts.extract.rules.flow_constructions import refined_flow
from tradefacts.extract.rules.flows import FLOW_RE, flow_at, flow_only_past_contrast
from tradefacts.extract.rules.goods_classes import (
    CLASS_NOUNS,
    PRODUCT_PRONOUN,
    THE_CLASS,
    WORTH_OF,
    class_phrase,
    goods_named,
    note_goods,
)
from tradefacts.extract.rules.goods_frame import (
    article_renames,
    framed_goods,
    states_goods_only,
    with_every_partner,
)
from tradefacts.extract.rules.header_lists import list_facts
from tradefacts.extract.rules.mention import clause_of
from tradefacts.extract.rules.mentions import find_mentions, only_top_rank
from tradefacts.extract.rules.own_origin import from_own_economy
from tradefacts.extract.rules.partner_verbs import partner_verb_flow
from tradefacts.extract.rules.partners import (
    balance_partner,
    listed_with,
    pair_for,
    partner_for,
    partner_subject_before,
    reason_partner,
    trade_with_home,
)
from tradefacts.extract.rules.precious_metals import precious_metals_frame, with_metals_restored
from tradefacts.extract.rules.products import find_products
from tradefacts.extract.rules.ranks import ranking_continued
from tradefacts.extract.rules.scope import PART_OF_MONTH
from tradefacts.extract.rules.segments import segment_after_opening, segment_before
from tradefacts.extract.rules.sources import source_economy
from tradefacts.extract.rules.subjects import (
    carried_volume,
    described_noun_start,
    note_figureless,
    note_topic_partner,
    paragraph_goods,
)
from tradefacts.extract.rules.tables import read_tables, table_facts
from tradefacts.extract.rules.timing import period_for, possessive_period
from tradefacts.extract.scan import Anchored
from tradefacts.extract.text import Sentence, find_metadata, split_sentences
from tradefacts.schemas import Article, Basis, Document, Fact, Flow, Measure, Period, Unit

_LIST_NUMBER = Anchored(re.compile(r"(?<=[•\s])\d(?=[A-Z])"), anchor=r"\d")  # "• 1Shenzhen": a list number glued on


def _analysis_text(sentence: str) -> str:
    """A same-length copy of the sentence that is easier to match (no-break spaces, glued list numbers)."""
    return _LIST_NUMBER.sub(lambda _: " ", sentence.replace("\u00a0", " "))


# what may stand before a sentence's opening subject: a dateline ("SHANGHAI, Oct. 24 (Xinhua) --") and "The"
_OPENS = re.compile(r"\s*(?:[A-Z][\w ,.]{0,40}(?:\([\w ]{1,20}\))?\s*(?:--|—|–|-)\s*)?(?:The\s+)?")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
_RELEASED = re.compile(r"\b(?:published|released|issued|announced|reported)\s+$")


def _no_period_stated(text: str, period: PeriodMention) -> bool:
    """Whether a period in a sentence without figures dates no statistics: a month written as a describing word
    ("the December rush"), or when figures came out ("Figures published last month by China's customs")."""
    return (text.endswith("the ", 0, period.start) and _NOUN_AFTER.match(text, period.end) is not None) or bool(
        _RELEASED.search(text, max(0, period.start - 12), period.start))


_GOODS_SUBJECT_OPENING = re.compile(r"\s*(?:Goods|Merchandise)\s+(?:exports|imports|trade)\b")
_PAIR_TRADE = re.compile(r"\b(?:two|both)\s+sides\b|\bbilateral\b|\btwo-way\b", re.IGNORECASE)
_BILATERAL = re.compile(
    r"\b(?:bilateral|two-way)\s+(?:goods\s+|merchandise\s+)?trade\b|"
    # "Trade between the two sides rose", "trade in machinery between the two came to": the pair named before
    r"\b(?:trade|commerce)\s+(?:in\s+(?:[\w-]+\s+){1,5}?)?between\s+(?:the\s+two|both)(?:\s+(?:sides|countries|"
    r"economies|nations|neighbou?rs|partners))?(?!\s+(?:quarters?|months?|years?|periods?)\b)|"
    r"\bthe\s+two\s+sides\s+(?:traded|exchanged)\b",  # "the two sides traded 286.53 billion yuan of goods"
    re.IGNORECASE,
)
_CAPTION = Anchored(
    re.compile(r"\(Photo\b|\bphoto\s+(?:taken|shows)|^Photo\b|\bdrone\s+photo\b", re.IGNORECASE),
    words=["(photo", "photo", "drone"],
)


def _facts_in(sentence: Sentence, ctx: Context) -> list[Fact]:
    """The facts of one sentence, or of a list's line. One whose only number is a "top" rank ("That made Australia
    the top supplier.") states its ranks on a copy of the context: the story reads on as after no figure."""
    if (listed := list_facts(sentence, ctx)) is not None:
        return listed
    if not only_top_rank(sentence.text):
        return _sentence_facts(sentence, ctx)
    trial = copy.deepcopy(ctx)
    ranks = _sentence_facts(sentence, trial)
    if ranks or len(trial.rejected) > len(ctx.rejected):
        _sentence_facts(sentence, ctx, figureless=True)
        ctx.rejected.extend(trial.rejected[len(ctx.rejected) :])
        return ranks
    return _sentence_facts(sentence, ctx)


def _sentence_facts(sentence: Sentence, ctx: Context, *, figureless: bool = False) -> list[Fact]:
    text = _analysis_text(sentence.text)
    if _CAPTION.search(text):
        return []  # photo captions date the picture, not the statistics
    if sentence.paragraph != ctx.paragraph:
        enter_paragraph(ctx, sentence.paragraph, text)
    mentions = [] if figureless else find_mentions(text, ctx.declared_currency, counted=ctx.counted_units)
    ctx.counted_units = ctx.counted_units or any(m.measure is Measure.quantity and m.unit is Unit.number
                                                 for m in mentions)
    periods = figures_periods(text, mentions)
    ctx.note_rolling(text, periods)
    stated = [p for p in periods if not p.comparison]  # once a sentence, for every figure's period
    ctx.note_turn(text, stated)
    # "Goods imports fell 1.5%, while ...": that sentence's figures alone are of goods, not the rest of the paragraph
    frame_after = ctx.product_frame if mentions and _GOODS_SUBJECT_OPENING.match(text) else None
    if states_goods_only(text):
        ctx.product_frame = None  # "Country figures are published for goods only": the paragraph leaves the frame
    ex_precious = precious_metals_frame(text, sentence.paragraph, ctx)  # once a sentence: linear
    places = classify_places(text, ctx.antecedents, ctx.article_area, buying=ctx.buying)
    sides = [p for pair in places.pairs for p in pair] + [p for p in [places.subject_partner] if p]  # "between"
    named = sorted({p.start: p for p in places.areas + places.partners + sides + places.aside + places.subject_group
                    }.values(), key=lambda p: p.start)  # "The EU and the US ranked second and third": both named
    ctx.antecedents.note(named, ctx.article_area, places.province, places.aside if mentions else [])
    classed_goods = goods_named(text)
    if not mentions:
        note_goods(classed_goods, ctx.goods_by_class)
        note_figureless(text, places, ctx, classed_goods)
        ctx.basis_frame = opening_frame(text) or ctx.basis_frame  # "Month on month, the picture was mixed."
        # no figure: a period before the running one looks back, one after publication looks ahead; neither moves it
        ctx.note_periods([p for p in periods if not ctx.after_publication(p) and not _no_period_stated(text, p)], -1)
        return []
    if ctx.in_part_of_month(text, periods):
        for mention in mentions:
            ctx.abstain(mention, sentence, PART_OF_MONTH)
        return []
    products = find_products(text)
    facts = []
    area_list = [p.name for p in places.areas]
    named_flow = FLOW_RE.search(text)  # a sentence naming no flow continues the last, as does "They" before its flow
    part_opening, they = pronouns.PART_OPENING.match(text), pronouns.THEY_OPENING.match(text)  # "Of this", "They"
    if not named_flow or (they and named_flow.start() > mentions[0].start):
        carried_flow = ctx.flow
    elif ctx.title_flow and {m.lastgroup for m in FLOW_RE.finditer(text)} == {ctx.title_flow.value}:
        carried_flow = ctx.title_flow  # "NEVs accounted for 222,000 of the total, ... a 34.0 percent share of vehicle
        # exports": the headline's flow, the only one the sentence names
    else:
        carried_flow = Flow.total
    pronoun_subject = pronouns.PRONOUN_SUBJECT.search(text) is not None
    bilateral = _BILATERAL.search(text)  # once a sentence: searched per figure, long sentences were quadratic
    pair_trade = _PAIR_TRADE.search(text)
    source = source_economy(text)  # whose statistics the sentence reports, where it names no subject
    product_pronoun, the_class = PRODUCT_PRONOUN.search(text), class_phrase(  # each once a sentence: linear
        text, THE_CLASS.search(text), classed_goods, ctx.goods_by_class, ctx.product, ctx.title_product)
    volume_goods, volume_flow = carried_volume(text, mentions, bool(products), ctx)
    in_paragraph = with_metals_restored(paragraph_goods(bool(products), ctx), text)  # what goods-less figures are of
    sentence_basis: Basis | None = None
    quarter: tuple[Period, Period] | None = None  # the month a quarter-on-quarter rate was read in, and its quarter
    bases: list[tuple[int, Period]] | None = None  # the sentence's comparison bases, read at its first rate
    ranked_on = ranking_continued(ctx.rank_trail, ctx.paragraph, text, mentions, bool(periods))
    for index, mention in enumerate(mentions):
        mention.unit = economy_currency(text, mention.value_start, mention.unit, ctx.article_area, ctx.dollar)
        owner = pronouns.respective_owner(text, mention, mentions, ctx.paragraph_areas)
        if owner == "":
            ctx.abstain(mention, sentence, "'their respective' figure: the paragraph's economies do not pair one "
                                           "for one with the sentence's figures")
            continue
        area = owner or area_for(text, places, mention, mentions, ctx)
        area = area or source or ctx.area or (area_list[0] if area_list else None)  # "According to the MDIC, ..."
        period = period_for(mention, text, periods, ctx, mentions, stated, economy=area)
        period = ranked_on or period  # "Britain ranked fourth with 301,600 units" after a ranking of 11 months
        if quarter and period == quarter[0]:
            period = quarter[1]  # "... rose by 1.1% to £80.1bn": the value of the quarter its rate compared
        if period is None:
            ctx.abstain(mention, sentence, ctx.missing_period())
            continue
        if area is None:
            ctx.abstain(mention, sentence, "no area: neither the sentence nor the article names the economy")
            continue
        if area != ctx.article_area:  # "Japan's imports from China rose to ¥18.94 trillion" in a story on China
            mention.unit = economy_currency(text, mention.value_start, mention.unit, area, None)
        k = bisect_right(places.areas, mention.start, key=attrgetter("end"))  # in text order: no scan a figure
        subject = described_noun_start(text, places.areas[k - 1].start) if k else 0
        # "..., while Dongguan and Guangzhou grew 11.6 percent": a subject after a contrast opens its own clause,
        # and the flow and partner of the clause before it are not its figures'
        contrast = after_contrast(text, places, subject)
        flow = flow_at(text, mention.start, subject, ctx.title_flow) or (
            None if contrast else flow_at(text, mention.start, 0, ctx.title_flow))  # fmt: skip
        flow = flow or (ctx.flow if flow_only_past_contrast(text, mention.end, named_flow) else carried_flow)
        flow = (stated_flow := refined_flow(text, mention, mentions)) or flow
        if mention.measure is Measure.rank and not named_flow and flow is not None:
            carried_flow = flow  # "remained the biggest customer for German goods, yet deliveries there came to": sold
        if flow is Flow.imports and not stated_flow and from_own_economy(
            text, (places.areas, places.partners), area, mention.start
        ):
            flow = Flow.exports  # "Merchandise shipments from India climbed" in a story on India, not "the 3.4%
            # fall in purchases of Russian goods" after "shipments from China to Russia"
        if (buyer := partner_subject_before(text, places, mention.start)) and buyer.name != area:
            flow = partner_verb_flow(text, buyer.end, mention.start) or flow  # "The US ... bought goods worth"
        segment = mention.segment_hint or segment_before(text, mention.start, mention, mentions) or (
            segment_after_opening(text, mention.start))
        if segment is None and (pronoun_subject or part_opening or they) and (
            mention.start < 60 or pronouns.THEIR_OPENING.match(text) or they
            or pronouns.THEIR_CLAUSE.search(text, max(0, mention.start - 90), mention.start)
        ):
            segment = ctx.segment  # "Their imports and exports climbed 7.2 percent, making up 55 percent of the
            # national total": the enterprises just named, for the whole sentence they open
        clause = clause_of(text, mention.start)
        if mention.measure is Measure.growth:
            # a look back at an earlier month's own rate ("slowing from August's 7.9% pace") takes no frame
            passed = None if possessive_period(text, periods, mention) else (
                sentence_basis or ctx.basis_frame or release_basis(area, period, ctx.month_before, ctx.text))
            if passed is (Basis.mom if period.start != period.end else Basis.qoq):
                passed = None  # a month-on-month frame is no basis for a span of months, a quarterly one for a month
            if passed is None and ctx.lead_basis and ctx.lead_basis[1] == period:
                passed = ctx.lead_basis[0]  # "The deficit fell 16% to $60.2 billion from $71.7 billion in May":
                # a story that leads with the change from the period before reports its later rates so
            if bases is None:
                bases = free_bases(text, periods, mentions, ctx.resolve)
            period = month_after_base(text, index, mentions, periods, ctx.resolve, period) or period
            mention.basis, returned = rate_basis(
                text, clause, index, mentions, periods, bases, ctx.resolve, period, passed
            )
            if returned is not passed:
                ctx.basis_frame = returned  # "Sequentially, ...": an opening cue frames the paragraph
            elif ctx.paragraph_rates == 0 and mention.basis is not Basis.yoy:
                ctx.basis_frame = mention.basis  # the paragraph's first rate is month on month: so are the rest
            ctx.paragraph_rates += 1
            if ctx.rates_read == 0 and mention.basis is not Basis.yoy and period:
                ctx.lead_basis = mention.basis, period
            elif passed not in (None, Basis.yoy) and mention.basis is Basis.yoy:
                ctx.lead_basis = None  # "Compared with June last year, ...": the story turns to annual comparisons
            ctx.rates_read += 1
            if mention.basis is Basis.qoq and period.start == period.end:  # a quarter's rate, in a story led by a
                quarter = period, months_to(period, 3)  # month: the quarter, for the sentence's later figures too
                period = quarter[1]
            if mention.basis is not Basis.yoy or (passed and mention.basis is not passed):
                sentence_basis = mention.basis  # "dropped 3.0% from July ..., while imports edged up 0.9%"
        goods = products_for(mention, mentions, products, text, goods_window(text, places.areas, mention), index)
        chosen = [ctx.acronyms.get(p, p) if p else p for p in goods]
        just_named = (facts[-1].product if facts else None) or ctx.product  # "shipped 742,000 cars, ... those"
        if chosen == [None] and just_named and product_pronoun and (product_pronoun.end() <= mention.start or (
                WORTH_OF.fullmatch(text, mention.end, product_pronoun.start()))) and segment is None:  # not the
            # enterprises' "Private enterprises ..., with their imports and exports"
            chosen = [just_named]  # "Their exports jumped 10.2 percent", "those exports", "sold 1.66 trillion yuan
            # worth of such services": the goods just named
        elif (chosen == [None] or chosen[0] in CLASS_NOUNS or (the_class and chosen[0] is not None and text.endswith(
                chosen[0], 0, the_class.end))) and the_class and (named_goods := the_class.goods_for(
                mention.start)):  # "shipped 7,742 tons of the minerals", "Exports of such goods": by their class
            chosen = [named_goods] if chosen != [None] or the_class.end <= mention.start else chosen
        elif chosen == [None] and volume_goods:
            chosen, flow = [volume_goods], volume_flow or flow  # "Purchases rose to 98.2 million tons" after soy
        if "goods and services" in chosen:
            ctx.product_frame = "goods and services"
            if not facts and ctx.article_product_frame is None and ctx.first_figure:
                ctx.article_product_frame = "goods and services"  # the lead's figure frames the article
        lead_subject = places.areas[0] if ctx.first_figure and places.areas else None
        if lead_subject and lead_subject.kind == "city" and area == lead_subject.name and (
                _OPENS.fullmatch(text, 0, lead_subject.start)):
            ctx.article_area = area  # "The Lingang Special Area of the ... Zone registered ..." under a headline
            # about "Shanghai FTZ's Lingang area": the lead's own subject is the story's
        ctx.first_figure = False
        partner = listed_with(text, mention, area) or partner_for(text, places, mention, mentions)
        partner = partner or balance_partner(text, places, flow, ctx.balance_partner)
        if contrast and not own_partner(text, places, subject, mention, partner):
            partner = None
        if partner and reason_partner(text, places, mention, mentions, partner):
            partner = None  # "..., helped by higher sales to both EU and non-EU countries, while goods imports fell"
            if places.partners and WITH_OPENING.match(text, 0, places.partners[0].start):
                partner = places.partners[0].name  # "With countries outside the EU, ...": the sentence's frame
        if partner is not None and mention.measure is not Measure.share and whole_of_share(text, places, mention):
            partner = None  # "or 41.3% of its total coal imports of 287,400 tons": every supplier's whole
        if partner is not None and partner == area and ctx.article_area not in (None, partner):
            area = ctx.article_area  # "Trade with the People's Republic" after a sentence about China: Germany's
        named_before = any(p.end <= mention.start for p in places.partners)
        if partner is None and not named_before and (pronoun_subject or part_opening or (
                they and they.group("they"))) and not whole_of_share(text, places, mention):
            partner = ctx.partner  # "they had been ...", "Among them, ...": the figures just named (not "The figure
            # made up 50.6 percent of the region's total foreign trade, which rose 8.7 percent": the whole's)
        if flow is Flow.balance and carried_flow is Flow.balance and chosen != [None] and ctx.title_flow:
            flow = ctx.title_flow  # "Industrial products rose 8.4%." after a deficit, in a story on exports
        chosen = framed_goods(chosen, text, clause, mention.start, area, partner, ctx, ex_precious=ex_precious,
                              share=mention.measure is Measure.share, paragraph_goods=in_paragraph)
        # no other place named before the figure (a place after it, "as buyers from Morocco turned to", is none)
        own_only = not named_before and all(p.name == ctx.article_area for p in places.areas if p.start < mention.start)
        topic = ctx.paragraph_topic()
        topic = topic if flow is Flow.total and mention.measure is not Measure.count else ctx.paragraph_partner(text)
        # "Trade between the two sides ..., accounting for 17.3 percent of the country's total foreign trade": the
        # whole after a share of the pair's trade is not its part
        of_pair = mention.measure is Measure.share and pair_trade and pair_trade.end() <= mention.start
        part_of = clause[: clause.find(mention.value_text)] if of_pair else clause
        if partner is None and (ctx.frame_partner or topic) and own_only and not with_every_partner(
            text, part_of, mention.start
        ) and not (ctx.partner is None and part_opening):  # "Of this, exports rose" after all the trade
            partner = topic or ctx.frame_partner  # "Chinese exports rose 7.9 percent" in a China-Russia story
        if partner is None and bilateral and bilateral.end() <= mention.start:
            # "bilateral trade rose 7.1%" in a China-Russia story, or after "ASEAN remained China's largest partner."
            partner = topic or ctx.frame_partner or ctx.antecedents.foreign
        if partner is not None and partner == area and ctx.article_area not in (None, area) and (
            bilateral or partner in (ctx.frame_partner, topic)
        ):  # "By Beijing's count, bilateral trade fell" in a story on Australia's trade with China: China's side of
            partner = ctx.article_area  # the pair, with Australia
        if mention.measure is Measure.share:
            area, partner = share_owner(text, mention, area, partner)
        if pair := pair_for(text, places, mention):  # "trade between China and Russia": the pair written last
            # before the figure, or the one that "Goods worth €251.8 billion changed hands between" after it
            sides = [p.name for p in pair]
            area, partner = sides if sides[1] != area else sides[::-1]
        elif partner == area and places.subject_partner:  # "The EU, China's partner, saw its trade with China"
            partner = places.subject_partner.name
        if flow is Flow.total and ctx.article_area and partner in (None, ctx.article_area):
            # a rank in the subject's apposition is of the trade the sentence names after it
            reach = mention.end + 250 if mention.measure is Measure.rank else mention.start
            area, partner = trade_with_home(text, places, reach, area, partner, ctx.article_area)
        if segment == "trading partners" or (mention.measure is Measure.count and not named_before):
            partner = None  # "the number of trading partners ... remained at more than 200", "7,836 enterprises in
            # Guangxi registered import and export activity" in a Guangxi-ASEAN story: no one partner's
        segment, chosen = with_export_kind(text, ctx.text, mention.start, flow, segment, chosen)  # "NODX"
        for product in chosen:
            fact = build_fact(mention, sentence, area, partner, product, segment, flow, period)
            if fact is not None:
                facts.append(fact)
                ctx.last_figure_period = fact.period  # "..., with car exports down 21.7% over the same period"
    if facts:
        last = facts[-1]
        area = next((f.area for f in reversed(facts) if f.area != places.national), ctx.area)  # not the nation's
        ctx.area, ctx.flow, ctx.product, ctx.partner = area, last.flow, last.product, last.partner
        ctx.product_paragraph = ctx.paragraph
        ctx.goods = next((f.product for f in reversed(facts) if f.product), ctx.goods)
        ctx.segment, ctx.last_figure_period = last.segment, last.period
        ctx.paragraph_areas += [a for a in dict.fromkeys(f.area for f in facts) if a not in ctx.paragraph_areas]
        if ranks := [f for f in facts if f.measure is Measure.rank]:
            ctx.rank_trail = max(f.value for f in ranks), ranks[-1].period, ctx.paragraph
        ctx.balance_partner = last.partner if last.flow is Flow.balance else None  # not past other figures
        if ctx.rates_read == 0 and ctx.lead_basis is None and (cue := level_change_basis(text)):
            ctx.lead_basis = cue, facts[0].period  # "narrowed by £1.3bn to £5.9bn compared with the previous three
            # months": a lead that compares its levels frames the story's rates as a lead rate would
    ctx.product_frame = frame_after or ctx.product_frame
    ctx.note_periods(periods, mentions[0].start, text)
    note_topic_partner(text, places, ctx)
    note_goods(classed_goods, ctx.goods_by_class, figure_goods=bool(facts and facts[-1].product))
    return facts


class RegexBackend:
    """Rule-based extraction of trade facts; the embedded offline default."""

    name = "regex"

    def extract(self, doc: Document) -> Article:
        """Find metadata, walk the sentences carrying period and area, dedupe per the guide."""
        meta = find_metadata(doc.text)
        published = doc.published or meta.published
        year = published.year if published else None
        if year is None and (m := re.search(r"\b(20\d\d)\b", doc.text)):
            year = int(m.group(1))
        ctx = Context(year=year, published=published, acronyms=defined_acronyms(doc.text), text=doc.text)
        title = doc.title or meta.title
        body_start = meta.body_start if doc.text[meta.body_start :].strip() else 0  # a one-line text is all body
        frame_document(ctx, doc.text, title, body_start)
        facts: list[Fact] = []
        if title:
            ctx.in_part_of_month(title, [])
            figure = next((m.start for m in find_mentions(title)), -1)
            ctx.note_periods(find_periods(title), headline_figure=figure)
            ctx.period = None
        cells, table_spans = read_tables(doc.text, year=year, published=published, headline=title or "")
        facts += table_facts(cells, ctx.article_area, ctx.rejected, ctx.title_product)
        for sentence in split_sentences(doc.text, body_start):
            check_deadline()  # a service's per-article limit stops the work here, between sentences
            if not any(s <= sentence.start < e for s, e in table_spans):
                facts += ctx.guarded(_facts_in, sentence)
        renamed = article_renames(doc.text, {f.product for f in facts if f.product}, ctx.goods_in_full)
        facts = [f.model_copy(update={"product": renamed[f.product]}) if f.product in renamed else f for f in facts]
        article = Article(
            id=doc.id,
            title=title,
            publisher=doc.publisher or meta.publisher,
            published=published,
            text=doc.text,
            facts=without_restated(dedupe(facts), ctx.standfirst),
            rejected=ctx.rejected,
        )
        return ctx.settle(article)
