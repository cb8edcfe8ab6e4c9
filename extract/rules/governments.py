"""Capitals written for their governments: "the shortfall with Beijing", "Tokyo has pledged", "Beijing and Moscow set
a goal" are China's, Japan's, China's and Russia's economies; a foreign city mid-sentence ("Washington's deal") is
no subject of trade figures."""

from __future__ import annotations

import re

from tradefacts.extract.rules.gazetteer import Place, country_of, is_national_capital
from tradefacts.extract.rules.subject_economy import DEMONYM_SUBJECT, SUBJECT_AFTER


def seat_of_government(sentence: str, place: Place) -> bool:
    """A foreign city written mid-sentence for its government ("Washington's deal with Brussels"), not as a
    dateline or the subject of trade figures ("Ho Chi Minh City's exports")."""
    if country_of(place) is None or place.start < 25:
        return False
    after = sentence[place.end : place.end + 60]
    return not SUBJECT_AFTER.match(after) and not DEMONYM_SUBJECT.match(after)


# A capital written for its government's economy after a trade preposition: "the shortfall with Beijing"
_GOVERNMENT_OF = {"Beijing": "China", "Washington": "United States", "Tokyo": "Japan", "Seoul": "South Korea",
                  "Moscow": "Russia", "Brussels": "European Union", "New Delhi": "India", "Berlin": "Germany"}
_TRADE_PREPOSITION = re.compile(r"\b(?:with|to|from|leaving|left|giving|gave)\s+$")  # "leaving Moscow with a surplus"
_GOVERNMENT_VERB = re.compile(  # "Beijing placed seven rare earths under licensing", "Tokyo has pledged"
    r"\s+(?:has\s+|had\s+)?(?:also\s+)?(?:placed|imposed|pledged|committed|announced|agreed|slapped|banned|restricted|"
    r"tightened|eased|"
    r"lifted|suspended|halted|approved|retaliated|vowed|promised|introduced|curbed|levied)\b"
)
# "By Beijing's count", "Brussels' own figures": the government's statistics
_GOVERNMENT_COUNT = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:own\s+)?(?:count|data|figures|tally|statistics|numbers)\b")
# "under Beijing's licensing regime", "Washington's export controls": the government's policy, no city's figures
_GOVERNMENT_POLICY = re.compile(
    r"(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}?(?:regime|rules|controls|curbs|bans?|restrictions|licen[cs]ing|"
    r"polic(?:y|ies)|tariffs?|quotas?|sanctions|crackdown)\b"
)
_OWN_TRADE = re.compile(  # "Beijing's global trade surplus" in a story on China
    r"(?:['’]s|(?<=s)['’])\s+(?:(?:global|total|annual|monthly|foreign|goods|merchandise|external)\s+){0,2}"
    r"(?:trade|exports|imports|surplus|deficit|shipments|overall)\b"
)
# "On those figures Beijing ran a surplus of $6.2 billion with Japan": the economy's balance with a partner
_BALANCE_WITH = re.compile(
    r"\s+(?:ran|runs|posted|posts|recorded|records|booked|had|has)\s+(?:an?\s+)?(?:[\w$.,-]+\s+){0,4}?"
    r"(?:surplus|deficit|shortfall)\b(?:[^.;]|\.(?=\d)){0,40}?\bwith\b"
)
# "Beijing and Moscow set a goal", "between Washington and Beijing": two capitals together are two governments
_CAPITALS = "|".join(_GOVERNMENT_OF)
_CAPITAL_AFTER = re.compile(rf"\s+(?:and|&)\s+(?:{_CAPITALS})\b")
_CAPITAL_BEFORE = re.compile(rf"\b(?:{_CAPITALS})\s+(?:and|&)\s+$")


def as_government(sentence: str, place: Place, frame: str | None) -> Place:
    """`place`, or the economy its capital stands for: after "with", "to" or "from" ("the shortfall with Beijing",
    "That left Beijing with a surplus" in a story on China too), or as the subject of a government's act."""
    economy = _GOVERNMENT_OF.get(place.name) or (country_of(place) if is_national_capital(place) else None)
    if economy and frame != place.name and (
        _TRADE_PREPOSITION.search(sentence, max(0, place.start - 9), place.start)
        or _GOVERNMENT_VERB.match(sentence, place.end) or _GOVERNMENT_COUNT.match(sentence, place.end)
        or _GOVERNMENT_POLICY.match(sentence, place.end)
        or _CAPITAL_AFTER.match(sentence, place.end)
        or _CAPITAL_BEFORE.search(sentence, max(0, place.start - 20), place.start)
        or (economy == frame and (  # "Seoul's trade surplus" in a Korea story, even opening the sentence
            _OWN_TRADE.match(sentence, place.end) or _BALANCE_WITH.match(sentence, place.end)
            or (place.start > 0 and not SUBJECT_AFTER.match(sentence[place.end : place.end + 60]))))
    ):  # "the currency Beijing uses for its release" in a story on China: the government, not the city
        return Place(economy, "bloc" if economy == "European Union" else "country", place.start, place.end)
    return place
