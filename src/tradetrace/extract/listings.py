"""Rows of a list or table written as prose: a partner listed with its part of a flow.

`China took 4.6 million tonnes, Brazil 1.7 million tonnes`, `Iraq was the second-biggest
supplier at 830,000 bpd`, `China's crude imports by supplier: Russia 108.5 mt (+1%); ...`: the
listed country takes one side of the flow stated before it (or in the heading before the colon),
and the other side is that flow's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from tradetrace.extract.cues import hedge_pattern, lexicon, word_set
from tradetrace.extract.parties import (
    RANKED_ROLE_NOUNS,
    CountryMention,
    find_countries,
    name_start,
)
from tradetrace.extract.reading import Context, ReadingState
from tradetrace.extract.respectively import Respective, respective_items
from tradetrace.extract.roles import Parties, find_frame
from tradetrace.extract.sentences import clause_bounds
from tradetrace.knowledge.commodities import ancestors
from tradetrace.model import Claim, Quantity

Side = Literal["buyer", "supplier"]
"""The side of a flow a ranked or listed country takes."""
_LIST_PLACE = {"to": "to", "into": "to", "from": "from", "out of": "from"}
"""The place of a country in its sentence by its cue (a bare country is a subject)."""

_HEDGES = hedge_pattern(True, "a record")
"""Hedges and stress words before a row's figure (`about`, `just over`, `a record`)."""
_LISTED = re.compile(r"(?:\s+(?:again|also|alone))?"
                     r"\s+(?:(?:(?:(?:came|was|is|ranked|placed|stood|finished)\s+)?(?:in\s+)?(?:a\s+)?"
                     r"(?:(?:distant|close|clear)\s+)?(?:second|third|fourth|fifth|sixth|next)"
                     r"(?:\s+place)?|led|followed|trailed|came\s+next)"
                     r"(?:\s+(?:in|during|over)\s+(?:the\s+)?[\w-]+(?:\s+\d{4})?)?\s*,?\s+)?"
                     r"(?:at|with|for|on)\s+(?:an?\s+)?" + _HEDGES)
"""Between a rival and its percent: `at`, `with` (`Iraq at 20.5 percent`), after its place in
the list (`Germany came second with 8.6%`, `Malaysia was a distant second with 9%`, `Peru
finished in third place, with 6%`), or after the verb of its order and the time of it (`France
followed with 20%`, `Japan again led with 24.8%`, `Chile ranked second in May with 18.2%`), or
after its bare place (`and Argentina third with 15%`), the share's article before it too
(`Russia came a distant second with a 4.9% share`)."""
_BARE_GAP = re.compile(r"\s+(?:also\s+)?" + _HEDGES)
"""Between a rival listed bare and its figure: a hedge, or `also` (`, Egypt also 30 percent`)."""
_LIST_JOIN = re.compile(r"(?:,|\band)\s*(?:the\s+)?$")
"""Before a country listed bare with its share: a comma or `and` (`, Japan 26.2 percent`)."""
_VERB_ROW = re.compile(r"\s+(?:had|held|took|taking|claimed|bought|received|got|"
                       r"accounted\s+for)\s+" + _HEDGES)
"""Between a rival and its share: the verb of the share before it (`while the United States had
11 percent`, `and Japan took 8.5 percent`)."""
_ROW_LED_IN = re.compile(r"(?:,|\band|\bahead\s+of|\bfollowed\s+by|\bthen|\bbehind)\s*"
                         r"(?:the\s+)?$", re.IGNORECASE)
"""Before the partner of a later row of a list of shares: a comma, `and`, `ahead of`, `followed
by` (`, followed by Japan (9%)`, `ahead of Brazil's 31%`)."""
_PAREN_ROW = re.compile(r"\s*\(\s*" + _HEDGES)
"""Between a row's partner and its bracketed figure: `India (8.59%)`."""
_POSSESSED_ROW = re.compile(r"(?:['’]s?)?\s+" + _HEDGES)
"""Between a row's possessive partner and its figure: `Brazil's 31%`."""
_AGAINST_FOR = re.compile(r"\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+with|and)\s+" + _HEDGES + r"$",
                             re.IGNORECASE)
"""`against 16 percent for the United States`: a row whose partner follows its figure."""
_RIVAL_JOIN = re.compile(r"(?:,|\band|\bwhile|\bwhereas)\s*$")
_ROW_START = re.compile(r"[:;]\s*$")
_ROW_GAP = re.compile(r"\s+(?:[^\s;:()]+(?:\s+[^\s;:()]+)?\s*\(\s*[+−-]?)?")
"""Between a table row's country and its figure: nothing, or the row's first figure and the
parenthesis that opens its change (`Russia 108.5 mt (+1%)`)."""
_ROW_REACH = 120
"""Characters before a figure in which the country of its row is looked for."""
_LISTED_ASIDE = r"(?:\s*,[^,;()\d]{1,60},)?"
"""An aside between the partner and its figure: `the United States, under Chevron's license,`."""
_LISTED_BARE = re.compile(_LISTED_ASIDE + r"(?:\s*\(\s*|\s+(?:with|at|on)\s+|"
                          r"\s*,\s*(?:at|with|on)\s+|\s)"
                          + _HEDGES)
"""`Brazil 2.6 million tonnes`, `Turkmenistan (520kt)`, `Iraq with 1.2 mb/d`, `China, at
380,000 tonnes`, `ahead of Japan, with 1.2 million tons`: a bare row of a list."""
_RELATIVE = r"(?:\s*,?\s*(?:which|that|who))?"
_TRADERS = (r"(?:\s+(?:state(?:-run)?\s+)?(?:buyers|refiners|refineries|importers|traders|firms|"
            r"companies|customers|mills|utilities|sellers|suppliers|exporters|producers))?")
"""`Chinese buyers taking 540,000 tonnes`: the traders a demonym names stand for its country."""
_LISTED_BUYER = re.compile(_LISTED_ASIDE + _TRADERS + _RELATIVE + r"\s+(?:also\s+|alone\s+)?"
                           r"(?:took|bought|received|imported|purchased|got|absorbed|spent|paid|takes|"
                           r"buys|receives|imports|spends|pays|taking|buying|receiving|importing|"
                           r"absorbing|spending|paying)\s+"
                           + _HEDGES)
_LISTED_SUPPLIER = re.compile(_LISTED_ASIDE + _TRADERS + _RELATIVE + r"\s+(?:also\s+)?(?:sent|"
                              r"supplied|shipped|sold|exported|delivered|provided|sends|supplies|ships|"
                              r"sells|exports|sending|supplying|shipping|selling|exporting)"
                              r"\s+" + _HEDGES)
"""`while Venezuela, Havana's main supplier, sent about 50,000 bpd`: a supplier's row."""
_AMONG_ROWS = (r"(?:\s+among\s+(?:the\s+|its\s+|their\s+)?"
               r"(?:(?!(?i:global|world|world's|worldwide|international|leading|top|biggest|"
               r"largest|major|main)\s)[\w-]+\s+){0,2}?(?P<among>destinations|"
               r"markets|buyers|customers|importers|suppliers|sources|exporters|sellers))?")
"""After a row's place: the list it holds it in (`ranked a distant second among destinations`);
not the world's traders (`India ranked first among global suppliers with 16 million tonnes`:
a rival of the flow's own side, no partner of it)."""
_AMONG_BUYERS = frozenset({"destinations", "markets", "buyers", "customers", "importers"})
"""The `among` nouns of a list of where exports went (its rows the buyers); the others
(`suppliers`, `sources`, `exporters`, `sellers`) list where imports came from."""
_LISTED_RANK = re.compile(_LISTED_ASIDE + r"\s+(?:(?:(?:was|is|remained|remains|came|comes|ranked|"
                          r"ranks|stood|stands|held|holds|took|takes|kept|keeps|claimed)\s+|"
                          r"(?:fell|falls|slipped|slips|dropped|drops|slid|slides|rose|rises|"
                          r"climbed|climbs|moved|moves|jumped|jumps)\s+(?:(?:back|up|down)\s+)?"
                          r"to\s+)?(?:in\s+)?(?:a\s+)?"
                          r"(?:(?:distant|close|clear)\s+)?(?:first|second|third|fourth|fifth|sixth|"
                          r"seventh|eighth|ninth|tenth|next)"
                          r"(?:\s+place)?" + _AMONG_ROWS + r"|led|leads|followed|follows|"
                          r"topped\s+the\s+list)\s*,?\s+(?:with|at|on)\s+(?:an?\s+)?" + _HEDGES)
"""`Russia ranked a distant second with about $84 million`, `Turkey fell to second place with
22.5 million kilos`, `Egypt came fifth, at $60 million`, `Chile followed with a 12% share`: a
row in the order of the list."""
_ORDINAL_WITH = re.compile(r"\s+(?:(?:distant|close|clear)\s+)?(?:second|third|fourth|fifth|sixth|"
                           r"seventh|eighth|ninth|tenth|next)(?:\s+place)?\s*,?\s+(?:at|with|on)\s+"
                           + _HEDGES)
"""After the country of `with`: its place in the order of the list and its figure (`Vietnam
bought the most, with Pakistan next at 494,000 tons and China third at 459,000 tons`), a row."""
_LISTED_TOP = re.compile(_LISTED_ASIDE + r"\s+(?:also\s+)?(?:topped|tops|headed|heads|led|leads)\s+"
                         r"(?:the\s+)?(?:(?:list|ranking|table)\s+of\s+(?:the\s+)?)?"
                         r"(?:[\w-]+\s+){0,2}?(?P<role>"
                         + RANKED_ROLE_NOUNS + r")\s*,?\s+(?:with|at|on)\s+" + _HEDGES)
"""`China topped the list of buyers with US$311.7 million`, `Chile led the buyers with 19,816
tonnes`: the first row, in the role named."""
_SPENT_ON_AFTER = re.compile(r"\S+(?:\s+(?:million|billion|trillion|bn|mn|crore))?\s+(?:on|for|to|"
                             r"into|in|\w+ing)\b", re.IGNORECASE)
"""After an amount spent: what it was spent on (`on advertising`, `building roads`), no row of
goods bought from the seller."""
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+front\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_AHEAD_OF_REACH = 16
"""Characters before a rival in which `_AHEAD_OF` is looked for: room for `ahead of the ` (13)."""
_ING = re.compile(r"\b\w+ing\b")
_LISTED_ROLE = re.compile(_LISTED_ASIDE + r"\s+(?:(?:was|is|remained|remains|became|ranked)\s+"
                          r"(?:as\s+)?(?:the\s+|an?\s+)?|(?P<verbless>(?:as\s+)?(?:the|its|their)\s+))"
                          r"(?:[\w-]+\s+){0,2}?(?P<role>" + RANKED_ROLE_NOUNS + r")\s*,?\s+"
                          r"(?:with|at|of|taking|buying|importing|receiving|purchasing|"
                          r"supplying|shipping|sending|selling|exporting)\s+" + _HEDGES)


_RANKED_ROLE = re.compile(r"\s+(?:(?:was|is|remained|remains|became|ranked|ranks)\s+(?:as\s+)?"
                         r"(?:the|its)\s+(?:[\w-]+\s+){1,2}?|(?:continues\s+to\s+hold|holds|held|"
                         r"kept|keeps)\s+(?:the\s+)?(?:first|top|second|third|leading)\s+place\s+"
                         r"among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?|(?:topped|tops|led|leads|headed|"
                         r"heads)\s+(?:the\s+)?(?:list\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?)"
                         r"(?P<role>" + RANKED_ROLE_NOUNS + r")\b")
"""After a country opening its sentence: a ranked role (`was the biggest customer`, `continues
to hold first place among the suppliers`, `topped the destinations`, `led the buyers`)."""


_OPENING_REACH = 600
"""Characters back from a flow's sentence within which its paragraph's opening is looked for."""

_RECEIVER_WITH = re.compile(r"\s+with\s+")
"""After the receiver of `supplied China with gold`: what it was supplied with."""


class ListingReader(ReadingState):
    """The claim reader's rules for rows of lists and tables."""

    def listed(self, ctx: Context, quantity: Quantity) -> CountryMention | None:
        """The country a percent is listed with (`Iraq at 20.5 percent`, `Venezuela for 4.6%`
        after `Syria accounted for 7.2%`), if any."""
        for mention in ctx.countries:
            if mention.code and mention.end <= quantity.start and _LISTED.fullmatch(
                    self.text, mention.end, quantity.start):
                return mention
            if mention.code and mention.end <= quantity.start and _BARE_GAP.fullmatch(
                    self.text, mention.end, quantity.start) and _LIST_JOIN.search(
                    self.text, max(ctx.span[0], mention.start - 10), mention.start):
                return mention  # `with Thailand taking 26.4 percent, Japan 26.2 percent`
            if mention.code and mention.end <= quantity.start and _VERB_ROW.fullmatch(
                    self.text, mention.end, quantity.start) and _RIVAL_JOIN.search(
                    self.text, max(ctx.span[0], mention.start - 12), mention.start):
                return mention  # `took 56 percent of Chile's exports, while Japan had 11 percent`
            if mention.code and mention.end <= quantity.start and _ROW_LED_IN.search(
                    self.text, max(ctx.span[0], mention.start - 16), mention.start) and (
                    _PAREN_ROW.fullmatch(self.text, mention.end, quantity.start) or (
                        mention.possessive and _POSSESSED_ROW.fullmatch(
                            self.text, mention.end, quantity.start))):
                # `followed by India (8.59%), Indonesia (7.61%)`, `ahead of Brazil's 31%`: a row
                # of a list of shares, its partner before its figure
                return mention
        return _row_for(self.text, ctx, quantity)

    def listed_amount(self, ctx: Context, row: Quantity, quantity: Quantity) -> bool:
        """Whether `quantity`, in the unit of the row `row` before it, is the next row of the
        same list, its partner led in by a list's joint (`France was the top buyer at 84 million
        euros, ahead of the USA at 83 million euros, the UK at 60 million euros`): a partner's
        amount like the row before, not a price in the paragraph's currency."""
        if row.unit != quantity.unit:
            return False
        mention = self.listed(ctx, quantity)
        return mention is not None and row.end <= mention.start and \
            mention.end <= quantity.start and _ROW_LED_IN.search(
                self.text, max(row.end, mention.start - 16), mention.start) is not None

    def ranked_partner(self, ctx: Context, quantity: Quantity,
                       before: list[Claim]) -> Parties | None:
        """`_ranked_partner`, held to the list a row is ranked `among` (`Brazil ranked second
        among destinations with $3.6 billion`): a row among destinations is the buyer of the
        flow before, one among suppliers its seller (not `Vietnam ranked second among exporters
        with 7 million tonnes` after Thailand's rice went to Iraq: no buyer of Iraq's)."""
        parties = self._ranked_partner(ctx, quantity, before)
        if parties is None:
            return None
        mention = next((c for c in reversed(ctx.countries) if c.code and c.form != "pronoun"
                        and c.end <= quantity.start), None)
        rank = None if mention is None else _LISTED_RANK.fullmatch(
            self.text, mention.end, quantity.start)
        if mention is None or rank is None or rank["among"] is None:
            return parties
        if rank["among"].lower() in _AMONG_BUYERS:
            return parties if parties.importer == mention.code and parties.exporter else None
        return parties if parties.exporter == mention.code and parties.importer else None

    def _ranked_partner(self, ctx: Context, quantity: Quantity,
                        before: list[Claim]) -> Parties | None:
        """A partner listed with its part of a flow stated before (`Belarus shipped 9.5 million
        tonnes. China took 4.6 million tonnes, Brazil 1.7 million tonnes ...`, `China was the top
        buyer with 520,000 tonnes, followed by the Philippines (310,000 tonnes)`, `Iraq was the
        second-biggest supplier at 830,000 bpd`): the partner takes its side of that flow."""
        text = self.text
        listed = [(c, _listing_role(text, c, quantity.start)) for c in ctx.countries
                  if c.code and c.form != "pronoun" and c.end <= quantity.start]
        listed = [(c, role) for c, role in listed if role is not None]
        row_of_list = self._respective_row(ctx, quantity)
        if row_of_list is not None:
            # (the list's rows are read against the flows stated before the list's figures, not
            # against one another)
            listed = [(row_of_list[0], "")]
            before = [c for c in before if c.end <= row_of_list[1]]
        if not listed:
            return None
        mention, role = listed[-1]
        if mention.cue == "with" and role == "" and not _leader_row(ctx, mention, before):
            return None
        clause_end = clause_bounds(text, *ctx.span, quantity.start, self.masked)[1]
        if any(c is not mention and c.code and c.code != mention.code and (
                c.cue in ("from", "to", "into", "out of") or c.form == "demonym")
               for c in ctx.countries if mention.start <= c.start < clause_end):
            return None  # `Turkey bought 2 million tonnes of wheat from Ukraine`: its own sides
        if role == "":  # `Brazil 1.7 million tonnes`, `(310,000 tonnes)`: as the row before
            # the row before: the last figure before this partner and the countries just
            # before it (a bounded look, not every country against every figure)
            rows = [i for i in ctx.indices if self.quantities[i].end <= mention.start][-1:]
            roles = [r for r in (
                _listing_role(text, c, self.quantities[i].start) for i in rows
                for c in ctx.countries
                if self.quantities[i].start - _ROW_REACH <= c.start < self.quantities[i].start)
                if r]
            role = roles[-1] if roles else ""
        pairs = [c for c in before if c.kind == "level" and c.two_way and c.exporter and
                 c.importer and mention.code not in (c.exporter, c.importer)]
        if role == "" and pairs:
            # `Trade with China came to $2.72 billion, followed by Vietnam ($5.8 million)`: the
            # same country's trade with the next partner
            head = pairs[0]  # the sentence's first pair, not a row listed after it
            sides = (head.exporter, head.importer)
            owned = [c.code for c in ctx.countries if c.code in sides and c.possessive
                     and c.start < head.end]
            subjects = [c.code for c in ctx.countries if c.code in sides and c.cue is None
                        and c.start < head.end]
            # the side the sentence owns (`Russia's trade with China ..., followed by India`),
            # else the article's country when it is a side (the listed partners are its
            # partners: `China ... accounted for 91.3 percent, while Russia ranked second`)
            # (or the side the paragraph's other pairs share: `China remained Gabon's leading
            # trade partner ... France came next with ..., followed by Belgium with ...`)
            shared = [side for side in sides if any(
                c.two_way and side in (c.exporter, c.importer)
                and {c.exporter, c.importer} != set(sides) for c in (*self.previous, *before))]
            owner = owned[0] if owned else (shared[0] if len(shared) == 1 else (
                self.focus if self.focus in sides else (subjects[0] if subjects else sides[0])))
            return Parties(owner, mention.code, True)
        same = [c for c in before if c.kind in ("level", "share")
                and not c.two_way and c.exporter and c.importer
                and (c.importer, c.exporter)[role == "supplier"] == mention.code]
        if role in ("buyer", "supplier") and same:
            # `Russian oil made up 44% of India's crude imports, with Indian refiners taking
            # 2.07 million bpd`: the buyer of the flow just stated takes that flow again
            return Parties(same[-1].exporter, same[-1].importer, False)
        # (a named supplier or buyer may follow a share too: `Russia would still supply a third
        # of India's crude imports. Iraq was a distant second supplier at 0.9 mn b/d`)
        kinds = ("level", "share") if role in ("buyer", "supplier") else ("level",)
        flows = [c for c in (*self.previous, *before) if c.kind in kinds and not c.two_way
                 and (c.exporter or c.importer) and c.exporter != mention.code
                 and c.importer != mention.code]
        if not flows:
            return None
        base = flows[-1]
        if row_of_list is not None and not (base.exporter and base.importer) and \
                self._subject_side(base):
            # `Vietnam shipped 285,292 tons. Brazil and Indonesia followed with 89,756 tons and
            # 51,718 tons, respectively`: after a one-sided flow whose side opens its sentence
            # by name, the list's rows are that side's rivals, on the same side (not `The
            # country's purchases came to 31.7 million tons. Other big sources were Australia
            # and ...`, whose rows are the other side of an owned total)
            return Parties(mention.code, None, False) if base.exporter else \
                Parties(None, mention.code, False)
        goods = [g.key for g in ctx.goods if not g.generic]
        if goods and base.commodity and base.commodity not in goods and not (
                set(goods) & set(ancestors(base.commodity))):
            return None  # other goods: another flow (`China imported 11 million barrels of crude`)
        named = {c.code for c in ctx.countries if c.end <= quantity.start}
        if role == "" and base in before and base.exporter is None and base.importer in named:
            # `Egypt was the biggest buyer with 6.8 million tons, followed by Algeria with 1.3
            # million tons, Kenya with 1.2 million tons`: a buyer's row before, a buyer's row
            return Parties(None, mention.code, False)
        if role == "" and base in before and base.importer is None and base.exporter \
                and base.exporter in named and _rival_row(text, ctx, base.exporter, mention) \
                and not any(c.importer for c in (*self.previous, *before)):
            # `Germany sold the most outside the EU, EUR 67.9 billion, ahead of Ireland with EUR
            # 56.6 billion`: a seller's rival, ranked after it, is a seller too (not its buyer;
            # only in a paragraph that names no buyer yet: `China imported 2.59 million tons.
            # Canada was the largest origin with 789 thousand tons, ahead of Russia`)
            return Parties(mention.code, None, False)
        # (a buyer of the paragraph's exports, not of the imports stated after them: `exports
        # came to $3,037 million, against imports of $2,389 million. Uruguay was the largest
        # buyer`; the same for a supplier)
        sold = [c for c in flows if c.exporter and not c.importer]
        bought = [c for c in flows if c.importer and not c.exporter]
        if role == "buyer" and base.exporter is None and sold:
            base = sold[-1]
        if role == "buyer" and base.importer is None and len({c.exporter for c in sold}) > 1:
            # `Peru led quinoa exports, ahead of Bolivia and Ecuador. The US was the top buyer
            # with ...`: after rival sellers' totals, the leading buyer's purchases are from all
            # of them, not from the rival ranked last
            return Parties(None, mention.code, False)
        if role == "supplier" and base.importer is None and bought:
            base = bought[-1]
        if role == "buyer" or (role == "" and base.importer is None and base.exporter):
            return Parties(base.exporter, mention.code, False)
        if role == "supplier" or (role == "" and base.exporter is None and base.importer):
            return Parties(mention.code, base.importer, False)
        if role == "" and base.exporter and base.importer:
            # `Panama has been sent 160,000 tonnes ..., Cuba 33,000 tonnes`: the row before
            # named the side that changes from row to row (only a row that names one side by
            # itself: not `shipments to India to 1.1 million bpd, China 900,000 bpd`, whose rows
            # are destinations of the subject)
            # (the row before is itself a bare row: `ahead of the UAE with 400,000 bpd and Iraq
            # with 300,000 bpd`: its country's side is the one that changes)
            row_owner = next((c for c in ctx.countries if base in before and c.code in (
                base.exporter, base.importer) and c.end <= base.start and
                base.start - c.end < _ROW_REACH and _listing_role(text, c, base.start) == ""
                and c.cue in ("of", "and", "by")), None)
            if row_owner is not None and row_owner.code == base.exporter:
                return Parties(mention.code, base.importer, False)
            if row_owner is not None and row_owner.code == base.importer:
                return Parties(base.exporter, mention.code, False)
            window = [c for c in ctx.countries if base.start - _ROW_REACH <= c.start < base.start]
            # (a row of its own counts too: `ahead of Malaysia with $1.51 billion and Thailand
            # with $1.34 billion`)
            row = [c.code for c in window if c.form != "demonym" and not c.possessive] \
                if base in before and all(c.cue is None or _listing_role(
                    text, c, base.start) == "" for c in window) else []
            if len(row) >= 2 and row[-1] == base.importer and row[0] == base.exporter and \
                    _RECEIVER_WITH.match(text, window[-1].end, base.start) and \
                    not _RECEIVER_WITH.match(text, mention.end, quantity.start):
                # (`..., India with $45 billion`: the row repeats `with`, so it is a receiver)
                # `Switzerland supplied China with gold worth $26.5 billion, Canada $9.7
                # billion`: the receiver comes before `with`, so the rows are suppliers
                return Parties(mention.code, base.importer, False)
            if row and row[-1] == base.importer:
                return Parties(base.exporter, mention.code, False)
            if row and row[-1] == base.exporter:
                return Parties(mention.code, base.importer, False)
            ranked = self.ranked_side(base) or (
                None if base in before else self.row_side(base))
            if ranked == "buyer":  # `Egypt was the biggest customer for Russian wheat ...
                return Parties(base.exporter, mention.code, False)  # Turkey came second with`
            if ranked == "supplier":
                return Parties(mention.code, base.importer, False)
            # `India's crude imports from Russia ... Next came Iraq with 1.2 mb/d`: the article's
            # country keeps its side, the partner takes the other
            if self.focus == base.importer:
                return Parties(mention.code, base.importer, False)
            if self.focus == base.exporter:
                return Parties(base.exporter, mention.code, False)
        return None

    def respective_rival(self, ctx: Context, quantity: Quantity,
                         before: list[Claim]) -> Parties | None:
        """A share of a `respectively` list of countries after a leader's share in the same
        sentence (`China was the main buyer, taking 63.8 percent of the cargoes, while India and
        France accounted for 9.9 percent and 5.1 percent, respectively`): each item is a rival
        of the leader, so it takes the side the leader holds and the other side stays. The
        leader is the one side of that share the sentence names by name before the list, as no
        owner (`of all Saudi exports`, `Angola's`)."""
        leaders = [c for c in before if c.kind == "share" and c.exporter and c.importer
                   and not c.two_way]
        listed = self._country_item(ctx, quantity) if leaders else None
        if listed is None:
            return None
        own, items, mentions = listed
        code = next((c.code for c in mentions if (c.start, c.end) == own.item), None)
        # (the leader's share is no row of the list: the rows before this one are its rivals)
        ahead = [c for c in leaders if c.start not in items and c.end <= own.first[0]]
        if code is None or not ahead:
            return None
        leader = ahead[-1]
        sides = (leader.exporter, leader.importer)
        named = {c.code for c in mentions if c.code in sides and c.form == "name" and
                 not c.possessive and c.cue not in ("of", "from", "to") and
                 c.end <= own.first[0]}
        if code in sides or len(named) != 1:
            return None
        if named == {leader.importer}:
            return Parties(leader.exporter, code, False)
        return Parties(code, leader.importer, False)

    def own_item_side(self, parties: Parties, ctx: Context, quantity: Quantity) -> Parties:
        """`The UAE, Belgium and India took 26.1%, 25.1% and 20.1% of the exports,
        respectively`: a figure of a `respectively` list of countries is its own item's, never
        another item's; a side read as another item of the list (carried from the row before)
        is the figure's own item; a row named nowhere in the flow it follows takes the side its
        leader held (`_leader_side`)."""
        listed = None if parties.two_way else self._country_item(ctx, quantity)
        if listed is None:
            return parties
        own, _, mentions = listed
        codes = {(c.start, c.end): c.code for c in mentions if c.code}
        code = codes.get(own.item)
        others = {codes.get(item) for item in own.others} - {None, code}
        if code is None:
            return parties
        if code in (parties.exporter, parties.importer):
            # (a row put on the leader's other side, `Thailand and Japan followed with ...`
            # read as sellers to the leader, Australia: the leader's side is the row's)
            leader = self._leader_side(parties, ctx, quantity, mentions, (code, others))
            return leader or parties
        return parties.side_in(others, code) or self._leader_side(
            parties, ctx, quantity, mentions, (code, others)) or self._stand_in_side(
            parties, own, mentions, code, quantity.start)

    def _leader_side(self, parties: Parties, ctx: Context, quantity: Quantity,
                     mentions: list[CountryMention], row: tuple[str, set[str | None]]
                     ) -> Parties | None:
        """A figure of a `respectively` list of ranked rows (`Japan and Korea followed with
        12.5% and 9.1%, respectively`) whose sides were carried from before and are named
        nowhere in its own: the side the leader of the last one-way flow with both sides (in its
        own sentence or the one before with claims) held (`China took 41% of Peru's copper
        exports`: the buyer) is the row's, the other side stays."""
        code, items = row[0], {row[0], *row[1]}
        named = {c.code for c in mentions if c.code} - items
        carried = {parties.exporter, parties.importer} - items - {None}
        if parties.two_way or named & carried or self._respective_row(ctx, quantity) is None:
            return None
        flow = self._last_flow(ctx.span[0])
        if flow is None or not carried <= {flow.exporter, flow.importer}:
            return None
        # (the leader: the side named last before the flow's figure, as a subject or a row,
        # not as an owner: `China took 41% of Peru's ...`, `..., and China 31.9%`)
        leader = next((c.code for c in reversed(find_countries(
            self.text, flow.sentence_start, flow.start)) if c.code in (flow.exporter, flow.importer)
            and _leads(c)), None)
        if leader == flow.importer:
            return Parties(flow.exporter, code, False)
        if leader == flow.exporter:
            return Parties(code, flow.importer, False)
        return None

    def _last_flow(self, sentence_start: int) -> Claim | None:
        """The last one-way claim with both sides in the sentence at `sentence_start` or in the
        last earlier sentence with claims (not one further back: the scan stays short)."""
        earlier: int | None = None
        for claim in reversed(self.previous):
            if claim.sentence_start < sentence_start:
                if earlier is not None and claim.sentence_start != earlier:
                    return None
                earlier = claim.sentence_start
            if claim.exporter and claim.importer and not claim.two_way:
                return claim
        return None

    def _stand_in_side(self, parties: Parties, own: Respective,
                       mentions: list[CountryMention], code: str, at: int) -> Parties:
        """A figure of a `respectively` list whose sides name no item of the list: a side
        read from a country the sentence names before the list in the list's own place (a bare
        subject of an earlier clause, `Thailand supplied 348,000 tonnes, and Myanmar and India
        delivered 66,000 tonnes and 21,000 tonnes, respectively`; or behind the same `to` or
        `from`, `..., while sales to Mexico and Colombia jumped 90% and 57%, respectively`)
        is the item's. A side held by a country in another place (an owner, `Of India's
        imports, ...`) stays; a subject list stands in only on the side its verb gives it
        (`delivered`: the supplier; not `India, China and Egypt took 34%, 21% and 7.5% of its
        arms exports` after `Russia ... armed 12 states`, whose seller stays)."""
        first = next((c for c in mentions if (c.start, c.end) == own.first), None)
        if first is None or first.possessive or first.form == "pronoun":
            return parties
        # (a list opening a clause after `and` is its subject: `..., and Myanmar and India`)
        place = _LIST_PLACE.get(first.cue or "", "subject" if first.cue in (None, "and")
                                else None)
        if place is None:
            return parties
        items = {own.item, *own.others}
        earlier = {c.code for c in mentions if c.end <= own.first[0] and c.code and
                   (c.start, c.end) not in items and not c.possessive and c.form == "name" and
                   _LIST_PLACE.get(c.cue or "", "subject" if c.cue is None else None) == place}
        if place == "to" and parties.importer in earlier and parties.exporter != code:
            return Parties(parties.exporter, code, False)
        if place == "from" and parties.exporter in earlier and parties.importer != code:
            return Parties(code, parties.importer, False)
        if place == "subject":
            last = max((own.item, *own.others))[1]
            frame = find_frame(self.text, last, at, last)
            if frame is not None and frame.kind == "export" and parties.exporter in earlier \
                    and parties.importer != code:
                return Parties(code, parties.importer, False)
            if frame is not None and frame.kind == "import" and parties.importer in earlier \
                    and parties.exporter != code:
                return Parties(parties.exporter, code, False)
        return parties

    def _respective_row(self, ctx: Context, quantity: Quantity
                        ) -> tuple[CountryMention, int] | None:
        """The figure's own country when it is an item of a `respectively` list of countries
        listed as rows of a ranking (`Spain, Turkey and Italy came next with 3.7 million, 2.4
        million and 1.6 million tonnes, respectively`), and where the list's run of figures
        starts. The list's other items stand between each item and its figure, so the row
        wording (`came next with`) is read between the list's last item and the run's first
        figure. Only a row's ranked wording: a verb of its own (`supplied`, `took`) is read by
        the trade frame."""
        text = self.text
        listed = self._country_item(ctx, quantity) if SPLIT_AMONG.search(
            text, quantity.end, ctx.span[1]) else None
        if listed is None:
            return None
        own, items, _ = listed
        mention = next((c for c in ctx.countries if (c.start, c.end) == own.item), None)
        last = max((own.item, *own.others))[1]
        run = min((at for at, row in items.items() if row.kind == "country" and at >= last),
                  default=None)
        if mention is None or not mention.code or run is None or run > quantity.start:
            return None
        whole = replace(mention, start=min(own.first[0], mention.start), end=last)
        return (mention, run) if _listing_role(text, whole, run) == "" else None

    def _country_item(self, ctx: Context, quantity: Quantity
                      ) -> tuple[Respective, dict[int, Respective], list[CountryMention]] | None:
        """The country item of a `respectively` list the figure belongs to, with the list's
        items by figure and the sentence's countries; None when its sentence has no such list
        after it or its item is no single country."""
        text = self.text
        if "respectively" not in text[quantity.end:ctx.span[1]].lower():
            return None  # (a cheap look first: most sentences have no such list)
        mentions = find_countries(text, *ctx.span)
        figures = [(self.quantities[i].start, self.quantities[i].end) for i in ctx.indices]
        items = respective_items(text, ctx.span, figures, mentions, ctx.goods)
        own = items.get(quantity.start)
        if own is None or own.kind != "country" or own.code is not None:
            return None
        return own, items, mentions

    def _subject_side(self, flow: Claim) -> bool:
        """Whether the one side `flow` names is the country that opens its sentence by name, as
        its subject (`Germany was the biggest sender, at 20 million kilograms`, `Vietnam shipped
        285,292 tons`), not an owner (`The country's purchases ...`)."""
        side = flow.exporter or flow.importer
        opener = next((c for c in find_countries(self.text, flow.sentence_start, flow.start)
                       if c.code and c.form != "pronoun"), None)
        return opener is not None and opener.code == side and opener.cue is None and \
            not opener.possessive and opener.form == "name"

    def row_follower(self, ctx: Context, quantity: Quantity,
                     before: list[Claim]) -> Parties | None:
        """A figure right after a ranked row's own figure, in the same stretch of its sentence
        (`Russia ranked second at 48,400 tonnes, a 92% jump and a 37% rise on the year`, `Mexico
        came third with 13.2% after a 38.3% decrease`): it is more of that row, so it takes the
        row's sides. Only when no country is named between the two figures, nothing breaks the
        stretch (`;`, `while`, `but`), and the row's country stands alone (not `Japan and India
        next at $5.3 billion and $5.2 billion, respectively`)."""
        text = self.text
        rows = [c for c in before if c.start >= ctx.span[0] and c.end <= quantity.start]
        if not rows or SPLIT_AMONG.search(text, quantity.end, ctx.span[1]):
            return None
        tail = _FOLLOWER_TAIL.match(text, quantity.end)
        if tail is not None and any(quantity.end <= c.start < tail.end() for c in ctx.countries):
            return None
        end = quantity.start
        for row in reversed(rows):  # back over the row's followers to its own figure
            own = _ITS_ROW.search(text, row.end, end)  # `; its volume was 6.6% lower`
            gap_start = own.end() if own is not None else row.end
            if end - row.end > _FOLLOWER_REACH or \
                    _FOLLOWER_BREAK.search(text, gap_start, end) or \
                    (own is not None and _FOLLOWER_BREAK.search(text, row.end, own.start())) or \
                    any(row.end <= c.start < end and not (own is not None and c.form == "pronoun"
                        and own.start() <= c.start < own.end()) for c in ctx.countries):
                return None
            if not (row.exporter or row.importer) or row.two_way:
                return None
            if self._row_head(ctx, row):
                return Parties(row.exporter, row.importer, False)
            end = row.start
        return None

    def _row_head(self, ctx: Context, row: Claim) -> bool:
        """Whether `row` is a ranked row's own figure: right after its country, alone (not
        `Japan and India next at ...`), in a row's wording, and one of the row's sides."""
        mention = next((c for c in reversed(ctx.countries) if c.end <= row.start
                        and row.start - c.end < _ROW_REACH), None)
        return mention is not None and bool(mention.code) and not mention.paired and \
            mention.form != "pronoun" and mention.start >= ctx.span[0] and \
            mention.code in (row.exporter, row.importer) and \
            _listing_role(self.text, mention, row.start) is not None

    def row_side(self, base: Claim) -> Side | None:
        """The side of the row whose figure is `base`, read in its own sentence: `buyer` when
        the country named right before it buys it and is its buyer (`The United States, the
        most valuable market, bought £790m worth. France followed at £387m`: France is the
        next buyer), `supplier` when it sells it and is its seller."""
        named = find_countries(self.text, base.sentence_start, base.sentence_end)
        mention = next((c for c in reversed(named) if c.end <= base.start
                        and base.start - c.end < _ROW_REACH and c.code
                        and c.form != "pronoun" and not c.possessive), None)
        if mention is None or mention.paired or any(
                c.code and c.code != mention.code for c in named):
            return None  # (a row names its own country only: not `Britain shipped 209,600
            # tonnes to Turkey`, whose rivals are Turkey's, not Britain's)
        role = _listing_role(self.text, mention, base.start)
        if role == "buyer" and mention.code == base.importer:
            return "buyer"
        if role == "supplier" and mention.code == base.exporter:
            return "supplier"
        return None

    def ranked_side(self, base: Claim) -> Side | None:
        """`buyer` when the flow's sentence, or one just before it in the paragraph, opened on a
        country in a buyer's role (`Egypt was the biggest customer for Russian wheat`),
        `supplier` for a seller's role (`Iraq remained India's top supplier`): the side the rows
        after it rank, while the other side stays the flow's."""
        spans = list(dict.fromkeys((c.sentence_start, c.sentence_end) for c in self.history
                                   if c.sentence_end <= base.sentence_end))[-3:]
        # (or the paragraph's opening sentence, though it states no figure: `Turkmenistan
        # continues to hold first place among the suppliers of pipeline gas to China.`)
        # (a bounded look back: a paragraph's opening within reach, linear in the text)
        reach = max(0, base.sentence_start - _OPENING_REACH)
        opening = max(self.text.rfind("\n", reach, base.sentence_start) + 1, reach)
        if opening < min(start for start, _ in spans):
            spans.insert(0, (opening, min(start for start, _ in spans)))
        for start, end in reversed(spans):
            if "\n" in self.text[end:base.sentence_start]:
                break
            opener = self.ranked_role_at(start, end)
            if opener is not None:
                side = _role_side(opener[1])
                return side if (base.importer, base.exporter)[side == "supplier"] else None
        return None

    def ranked_role_at(self, start: int, end: int) -> tuple[str, str] | None:
        """The country that opens text[start:end] in a ranked role (`China was the biggest
        buyer, taking $1.9 billion`, `Chile led the buyers with ...`) and the role's noun."""
        for mention in find_countries(self.text, start, end):
            if not mention.code or mention.cue is not None or mention.possessive:
                continue
            role = _RANKED_ROLE.match(self.text, mention.end)
            return (mention.code, role["role"]) if role is not None else None
        return None  # (only the country that opens the sentence)

    def ranked_opener(self, claim: Claim) -> str | None:
        """The country that opens the sentence of `claim` in a ranked role, if any."""
        opener = self.ranked_role_at(claim.sentence_start, claim.sentence_end)
        return opener[0] if opener is not None else None

    def table_row(self, ctx: Context, quantity: Quantity) -> Parties | None:
        """A row of a table written as a sentence (`China's crude imports by supplier, 2024:
        Russia 108.5 mt (+1%); Saudi Arabia 78.6 mt (-8.6%)`): the row's country is the other
        side of the flow the heading before the colon names, its owner the known side."""
        text = self.text
        colon = text.find(": ", ctx.span[0], quantity.start)
        if colon < 0:
            return None
        rows = [c for c in ctx.countries if colon < c.end <= quantity.start and c.code
                and c.cue is None and not c.possessive
                and _ROW_START.search(text, ctx.span[0], c.start)
                and _ROW_GAP.fullmatch(text, c.end, quantity.start)]
        owners = [c for c in ctx.countries if c.end <= colon and c.possessive and c.code]
        if not rows or not owners:
            return None
        frame = find_frame(text, ctx.span[0], colon, colon)
        row, owner = rows[-1].code, owners[0].code
        if frame is None or row == owner or frame.kind not in ("export", "import"):
            return None
        return Parties(row, owner, False) if frame.kind == "import" else Parties(owner, row,
                                                                                 False)


def _listing_role(text: str, mention: CountryMention, at: int) -> Side | Literal[""] | None:
    """How a country is listed right before the figure at `at`: `buyer` (`China took`, `the top
    buyer with`), `supplier` (`the second-biggest supplier at`), `` (a bare row: `Brazil 1.7
    million tonnes`, `the Philippines (310,000 tonnes)`), or None when it is not."""
    if mention.possessive or mention.cue not in (None, "by", "and", "of", "with") or (
            mention.cue == "of" and not _AHEAD_OF.search(
                text, max(0, mention.start - _AHEAD_OF_REACH), mention.start)):
        return None  # (`ahead of Saudi Arabia on 610 kb/d`: the next row)
    if mention.cue == "with":
        # `..., with Russia the main supplier at 560,000 tonnes`, `with China taking 4.6 Mt`,
        # `with Iraq supplying 1 mb/d`: a row set after the total; `trade with China at $2
        # billion` is a partner, not a row
        role = _LISTED_ROLE.fullmatch(text, mention.end, at)
        if role is not None and role["verbless"] is not None:
            return _role_side(role["role"])
        if _ORDINAL_WITH.fullmatch(text, mention.end, at):
            return ""
        if not _ING.search(text, mention.end, at):
            return None
        if _LISTED_BUYER.fullmatch(text, mention.end, at):
            return "buyer"
        # (`Japan took in 2.75 million bpd, with Saudi Arabia supplying 1.14 million bpd`)
        return "supplier" if _LISTED_SUPPLIER.fullmatch(text, mention.end, at) else None
    if _LISTED_BUYER.fullmatch(text, mention.end, at):
        if lexicon("spend_on").search(text, mention.end, at) and _SPENT_ON_AFTER.match(text, at):
            return None  # `China spent $8 billion building roads`, `... on advertising`
        return "buyer"
    if _LISTED_SUPPLIER.fullmatch(text, mention.end, at):
        return "supplier"
    role = _LISTED_ROLE.fullmatch(text, mention.end, at) or _LISTED_TOP.fullmatch(
        text, mention.end, at)
    if role is not None:
        return _role_side(role["role"])
    if _LISTED_BARE.fullmatch(text, mention.end, at) or _LISTED_RANK.fullmatch(
            text, mention.end, at):
        return ""
    return None


def _leader_row(ctx: Context, mention: CountryMention, before: list[Claim]) -> bool:
    """Whether the row of `with` set in the order of the list (`Vietnam bought the most, with
    Pakistan next at ...`) follows a row read for the sentence's leader: the country named last
    before it as a subject is a side of a flow the sentence stated before (else the leader's
    own row was not read, and the ranking's sides are unknown)."""
    leader = next((c.code for c in reversed(ctx.countries) if c.end <= mention.start and c.code
                   and c.cue is None and not c.possessive and c.form != "pronoun"), None)
    return leader is not None and any(leader in (c.exporter, c.importer) for c in before)


def _rival_row(text: str, ctx: Context, leader: str, mention: CountryMention) -> bool:
    """Whether `mention` is ranked against `leader` in its sentence: the leader named before
    it, and a rival cue (`ahead of`, `followed by`, `behind`) after the leader's first naming
    or between the sentence's opening and the row (`ahead of Ireland with EUR 56.6 billion and
    Belgium with EUR 41.4 billion`: Belgium, after the rival Ireland, is a rival too)."""
    # (the leader named by name, not `Germany heads the buyers of Russian fossil fuels`, whose
    # Russia is the goods' origin, not a ranked seller)
    first = next((c.start for c in ctx.countries if c.code == leader and c.end <= mention.start
                  and c.form == "name" and not c.possessive), None)
    return first is not None and _RIVAL_CUE.search(text, ctx.span[0], mention.start) is not None


_RIVAL_CUE = re.compile(r"\b(?:ahead\s+of|followed\s+by|trailed\s+by|behind)\s", re.IGNORECASE)
"""Between a ranked leader and the rows after it: the cue that makes them its rivals."""


_FOLLOWER_REACH = 90
"""Characters between a ranked row's figure and a figure that follows it as more of the row."""
_FOLLOWER_BREAK = re.compile(r"[;:]|\b(?:and|or)\s+(?:the\s+)?[A-Z]|"
                             r"(?i:\b(?:while|whereas|but|though|although|which|who|when|with|"
                             r"respectively|of|ahead|followed|trailed|behind|then|next|"
                             r"export\w*|import\w*|sells?|sold|selling|buys?|bought|buying|"
                             r"sen(?:d|ds|t|ding)|ship\w*|suppl\w*|receiv\w*|t[ao]ok|takes?|"
                             r"taking|went|goes|going|provid\w*|deliver\w*|purchas\w*|"
                             r"absorb\w*|sp[ea]n[dt]\w*|pa(?:y|ys|id|ying))\b)")
"""Between a row's figure and the next: what ends the row (`; its volume`, `while Qatar ...`),
sets the next figure in a whole (`49% of the 18 million tonnes`), ranks another row after it
(`ahead of`, `followed by`, `and the European Union (...)`, `with African producers`) or
states another flow (`and bought $13 million from it`)."""
_ITS_ROW = re.compile(r";\s+its\s+(?:volume|value|shipments|deliveries|sales|purchases|intake)\b")
"""After a row's figure: a clause on the same row's amount (`India came second with 24,798
tonnes; its volume was 6.6% lower`), which goes on with the row."""
_FOLLOWER_TAIL = re.compile(r"[^,;.]{0,60}")
"""After the figure: the words up to the next break, in which no country may be named (`and
80,000 tonnes went to South Korea`, `or 14 percent of everything Estonia generated`)."""
SPLIT_AMONG = re.compile(r"\b(?:respectively|each|apiece)\b", re.IGNORECASE)
"""After a figure or a list of countries: the figures are split among the countries listed (one
of a list of figures set against a list of countries), not held by one of them or by all of
them together."""


def _role_side(noun: str) -> Side:
    """`supplier` for a noun of the selling side (`the main supplier`), else `buyer`."""
    return "supplier" if noun in lexicon("ranked_roles", "seller") else "buyer"


def _row_for(text: str, ctx: Context, quantity: Quantity) -> CountryMention | None:
    """The partner named after a row's figure by `for` (`26 percent of Peru's exports, against
    16 percent for the United States`), the figure set against the one before it."""
    if not _AGAINST_BEFORE.search(text, max(ctx.span[0], quantity.start - 30), quantity.start):
        return None
    return next((m for m in ctx.countries if m.code and m.start > quantity.end
                 and _AGAINST_FOR.fullmatch(text, quantity.end, name_start(text, m.start))),
                None)


def _leads(mention: CountryMention) -> bool:
    """Whether `mention` names a leader of a ranking: a subject or a row, as a name (`China
    took 41% of Peru's ...`, `..., and China 31.9%`), not an owner."""
    return (mention.cue is None or mention.cue in word_set("leader_cues")) and \
        not mention.possessive and mention.form == "name"
