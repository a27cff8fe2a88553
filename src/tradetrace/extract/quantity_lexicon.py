"""The quantity extractor's lexicon (`knowledge/quantity_lexicon.json`) compiled into patterns.

Word lists stay data; this module only turns them into regular expressions (built once, on
first use) and lookup tables. Word alternations are compiled as tries so that a pattern fails
after one character on most positions, which keeps the scanner linear and fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from tradetrace.extract.tries import word_trie
from tradetrace.knowledge import load_json
from tradetrace.normalize.periods import MONTH_NAMES

LEXICON_FILE = "quantity_lexicon.json"


@dataclass(frozen=True)
class UnitEntry:
    """One unit of the lexicon: a pint unit name (with a factor) or a non-pint code."""

    pint: str | None
    code: str | None
    factor: float = 1.0


_BEFORE_TIME = (r"before(?![ ](?:the[ ]year[ ](?:is[ ]out|ends)|year-end|the[ ]end[ ]of|end-|"
                r"(?:19|20)\d\d[ ]is[ ]out))")
"""`before` after `a day`: a time (`a day before`), not before an end of the year the rate is
due by (`210,000 barrels a day before the year is out`, `before 2019 is out`)."""
_AFTER_TIME = "(?:" + "|".join(f"(?<={word})" for word in (
    "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "annum",
    "hour", "hours", "daily", "annually", "yearly", "monthly", "weekly")) + ")"
"""Right after a time unit or rate word: where `earlier`, `ago`, `on`, `in` make it a time."""
_MONEY_EXTRA = ("cent", "cents", "penny", "pence", "buck", "bucks")
"""Money after `for every`, `on each` besides the lexicon's currency words (see `money_names`)."""
_CHANGE_AFTER = (r"[\w.-]+(?:[ \u00a0][\w-]+)?[ \u00a0](?i:rise|rises|increase|increases|fall|"
                 r"falls|drop|drops|decline|declines|gain|gains|jump|jumps|hike|hikes)\b")
"""`for every barrel rise`: a change of a price or quantity, not a price per that unit."""


class Lexicon:
    """Lookup tables and compiled patterns built from the lexicon file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.number_words: dict[str, float] = data["number_words"]
        self.number_scale_words: dict[str, float] = data["number_scale_words"]
        self.fractions: dict[str, int] = data["fractions"]
        self.multipliers: dict[str, float] = data["multipliers"]
        self.halving_words = {k: float(v) for k, v in data["halving_words"].items()}
        self.vague_counts = {k: float(v) for k, v in data["vague_counts"].items()}
        self.vulgar_fractions = {k: float(v) for k, v in data["vulgar_fractions"].items()}
        self.multiplier_change: dict[str, str] = data["multiplier_change"]
        self.short_scales = frozenset(data["short_scales"])
        self.scales_ci = {k.lower(): float(v) for k, v in data["scales"]["ci"].items()}
        self.scales_cs = {k: float(v) for k, v in data["scales"]["cs"].items()}
        self.currency_codes = frozenset(data["currency_codes"])
        self.scaled_only_codes = self.currency_codes - set(data["currency_prefixes"])
        """Codes also read as other things (`SDG 2`, `450 AMD chips`, `NAD 83`): a currency
        only with a scale word (`MRU 14.8 billion`, `14.8 billion MRU`)."""
        # an ISO code before the amount is a prefix too (`MRU 14.8 billion`), unless it is also
        # an English word (`TOP 10`)
        self.currency_prefixes: dict[str, str] = {
            **{code: code for code in sorted(self.currency_codes)
               if code not in data["currency_codes_also_words"]},
            **data["currency_prefixes"]}
        self.amount_only_prefixes = frozenset(data["currency_prefixes_amount_only"])
        self.megatonne_after_scale = frozenset(data["megatonne_codes_after_scale"])
        """Codes of million tonnes read as tonnes after a scale word (`6.4 million mtpa`)."""
        self.scaled_only_prefixes = frozenset(data["currency_prefixes_scaled_only"]) | \
            self.scaled_only_codes
        self.local_dollars = frozenset(data["local_dollars"])
        self.home_dollar_countries: dict[str, list[str]] = data["home_dollar_countries"]
        self.display_resolutions = frozenset(float(v) for v in data["display_resolutions"])
        self.currency_signs = frozenset(s for s in self.currency_prefixes
                                        if len(s) == 1 and not s.isalnum())
        self.currency_words_ci = {k.lower(): v for k, v in data["currency_words"].items()}
        self.currency_suffixes: dict[str, str] = data["currency_suffixes"]
        self.irregular_plurals: dict[str, str] = data["irregular_plurals"]
        self.singular_s = frozenset(data["singular_s_words"])
        self.noun_stopwords = frozenset(data["noun_stopwords"])
        self.part_taking_verbs = frozenset(data["part_taking_verbs"])
        self.flow_subjects = frozenset(data["flow_subjects"])
        self.year_nouns = frozenset(data["year_nouns"])
        self.hyphen_non_counts = frozenset(data["hyphen_non_counts"])
        self.invariant_count_nouns = frozenset(data["invariant_count_nouns"])
        self.identifier_words = frozenset(data["identifier_words"])
        self.model_suffixes = frozenset(data["model_suffixes"])
        self.names_with_numbers = tuple(data["names_with_numbers"])
        self.months = frozenset(m.lower() for m in data["months"])
        self.hedge_bound = {w.lower(): b for b, ws in data["hedges"].items() for w in ws}
        self.after_hedge_bound = {w.lower(): b for b, ws in data["after_hedges"].items()
                                  for w in ws}
        self.change_verbs = {w.lower(): d for d, ws in data["change_verbs"].items() for w in ws}
        self.phrasal_not_change = frozenset(data["phrasal_not_change"])
        self.prefix_endings = tuple({p[-2:] for p in self.currency_prefixes})
        """The last two characters of every currency prefix (or the whole of a one-character
        one): a number whose preceding text ends with none has no prefix (`at 5` is no `Vt5`)."""
        self.hedge_first = frozenset(w.split()[0] for w in self.hedge_bound)
        self.hedge_endings = tuple(self.hedge_bound)
        """Every hedge, for `str.endswith`: a window that ends with none has no hedge."""
        self.verb_first = frozenset(w.split()[0] for w in self.change_verbs)
        self.change_nouns = {w.lower(): d for d, ws in data["change_nouns"].items() for w in ws}
        self.units_ci: dict[str, UnitEntry] = {}
        self.units_cs: dict[str, UnitEntry] = {}
        for item in data["units"]:
            entry = UnitEntry(item.get("pint"), item.get("code"), float(item.get("factor", 1.0)))
            for surface in item.get("ci", []):
                self.units_ci.setdefault(surface.lower(), entry)
            for surface in item.get("cs", []):
                self.units_cs.setdefault(surface, entry)
        self.denominators_ci = {k.lower(): v for k, v in data["denominators"]["ci"].items()}
        self.denominators_cs: dict[str, str] = data["denominators"]["cs"]
        self.rate_phrases = {k.lower(): v for k, v in data["rate_phrases"]["ci"].items()}

    # --- the scanner's main pattern -------------------------------------------------------

    @cached_property
    def number_word_pattern(self) -> str:
        words = [*self.number_words, *self.number_scale_words, "dozen"]
        return word_trie(sorted(words, key=len, reverse=True))

    @cached_property
    def scanner(self) -> re.Pattern[str]:
        """Finds number cores: times, phone numbers, x-fold, digit tokens, spelled numbers,
        fractions and multiplier words. Every repetition is capped, so the scan is linear."""
        word = self.number_word_pattern
        fraction = word_trie(sorted(self.fractions, key=len, reverse=True))
        multiplier = word_trie(sorted([*self.multipliers, *self.halving_words], key=len,
                                         reverse=True))
        vague = word_trie(sorted(self.vague_counts, key=len, reverse=True))
        vulgar = "".join(self.vulgar_fractions)
        # not a day of the month (`June 7 120 000 tonnes`, `May 12 300 tonnes`): no group
        not_after_month = "".join(f"(?<!{re.escape(m)} )(?<!{re.escape(m)}\\. )"
                                  for m in self.data["months"])
        return re.compile(
            # number-like cores only where a digit, sign, dot or fraction character starts:
            # one class test per position instead of seven lookbehinds
            r"(?=[\d+(." + vulgar + r"])(?:"
            r"(?P<time>(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?(?![\d:]))"
            r"|(?P<date>(?<![\d.])(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?![\d/]))"
            r"|(?P<phone>(?<![\w+])(?:\+\d{1,3}[ .\-]?\(?\d{1,4}\)?|\(?\d{2,4}\)?)[ .\-]\d{3,4}"
            r"[ .\-]\d{3,4}(?![\d,.]\d))"
            r"|(?P<dfold>(?<![\w-])\d{1,6}(?:\.\d{1,3})?[- ]?(?i:fold)(?![A-Za-z]))"
            r"|(?P<dfrac>(?<![\d.,/\u2044])\d{1,2}[/\u2044]\d{1,3}(?![\d/\u2044])"
            r"(?=[ \u00a0]of[ \u00a0]|[ \u00a0-]?[A-Za-z]))"
            r"|(?P<vfrac>(?<![\d\w])[" + vulgar + r"])"
            # `25 000 tons`, `1 150.1 tonnes`: groups of three parted by plain spaces (wire copy
            # from Moscow, statistics from Harare), with a decimal part or none
            # (a full stop ends no number's left edge after the signs written with one: `Rs.720`)
            r"|(?P<num>(?<![\d,])(?:(?<!\.)|(?<=Rs\.)|(?<=Tk\.)|(?<=Nu\.))(?:"
            + not_after_month + r"\d{1,3}(?:[ ]\d{3}){1,4}"
            r"(?:\.\d{1,3})?(?![\d]|[,.]\d|[ ]\d)"
            r"|\d{1,30}(?:[,.\u00a0\u202f\u2009]\d{1,30}){0,12}"
            r"|(?<![\w])\.\d{1,30})(?![\d])))"
            # words only at a word start: one lookbehind per position instead of four
            r"|(?<![\w-])(?=[A-Za-z])(?:"
            r"(?P<vague>(?i:" + vague + r")(?:[ ]of[ ](?i:" + vague + r"))?[ ]of(?=[ ]))|"
            r"(?P<fold>(?i:" + word + r")(?i:[- ]and[- ]a[- ]half)?[- ]?(?i:fold)(?![A-Za-z]))"
            r"|(?P<frac>(?i:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)"
            r"[ \-](?:" + fraction + r")|half)(?![A-Za-z]))"
            r"|(?P<mult>(?i:" + multiplier + r")(?![\w-]))"
            r"|(?P<words>(?i:(?:a[ \-](?=hundred|thousand|million|billion|trillion"
            r"|dozen))?" + word + r"(?:(?:[ \-]|[ ]and[ ])(?:" + word + r")){0,8})"
            # `five-year` reads `five`; `twenty-five` is read whole above
            r"(?!\w)(?!-(?i:" + word + r")(?!\w))))"
        )

    # --- context patterns ------------------------------------------------------------------

    @cached_property
    def currency_prefix(self) -> re.Pattern[str]:
        """A currency sign or code just before the number (matched at the end of a window)."""
        parts = []
        for surface in sorted(self.currency_prefixes, key=len, reverse=True):
            escaped = re.escape(surface).replace(r"\ ", " ?")
            if surface.endswith("$") and surface[:-1].isalpha() and len(surface) > 2:
                # `HK $216,925` (not `A $93 million deal`: the article, then US dollars)
                escaped = escaped[:-2] + r" ?\$"
            parts.append(("(?<![A-Za-z0-9])" if surface[0].isalpha() else "") + escaped)
        return re.compile("(?:" + "|".join(parts) + r")[ \u00a0]?-?$")

    @cached_property
    def hedge_before(self) -> re.Pattern[str]:
        alternation = word_trie(self.hedge_bound)
        return re.compile(r"(?:^|(?<=[^\w]))(?i:(" + alternation + r"))[ \u00a0]{0,2}$")

    @cached_property
    def hedge_after(self) -> re.Pattern[str]:
        return re.compile(r"[ \u00a0]?(?i:(" + word_trie(self.after_hedge_bound)
                          + r"))(?![A-Za-z])")

    @cached_property
    def scale_after(self) -> re.Pattern[str]:
        """A scale word after the number: ` million`, `-billion`, `bn`, `m`."""
        ci = word_trie(self.scales_ci)
        cs = word_trie(self.scales_cs)
        return re.compile(r"(?:[ \u00a0\-]?(?i:(?P<ci>" + ci + r"))|[ \u00a0]?(?P<cs>" + cs
                          + r"))(?![A-Za-z0-9])")

    @cached_property
    def unit_after(self) -> re.Pattern[str]:
        """A lexicon unit or currency word after the number (and its scale)."""
        ci = word_trie(set(self.units_ci) | set(self.currency_words_ci), space="[ \u00a0-]")
        # one-letter symbols (`t`, `m`, `C`) only when attached: `5t`, `30C`, never `5 C`
        long_cs = [s for s in self.units_cs if len(s) > 1 or not s.isalpha()]
        short_cs = [s for s in self.units_cs if len(s) == 1 and s.isalpha()]
        long_cs += self.currency_codes  # `14.8 billion MRU`
        long_cs += self.currency_signs  # `1,200€`, `50 £`
        long_cs += self.currency_suffixes  # `150 kn`
        cs = word_trie(set(long_cs))
        short = "|".join(re.escape(w) for w in sorted(short_cs))
        return re.compile(
            r"(?:(?P<sep>[ \u00a0\-]?)(?i:(?P<ci>" + ci + r"))(?P<worth>['’]?[ \-]worth)?"
            # (`a 54-km line`, `the 456-MW plant`, `a 40,000-MT cargo`; not `F-35`-like names
            # in capitals)
            r"|(?P<sep2>[ \u00a0]?|-(?=[a-z]|[MGT]Wh?(?![A-Za-z])|MT(?![A-Za-z])))"
            r"(?P<cs>" + cs + r")"
            # (`5.8m t`: `t` after a space only behind a scale letter)
            r"|(?:(?<=[a-z])[ \u00a0](?=t\b))?(?P<short>" + short + r"))(?![A-Za-z0-9])"
            # `9,900 tons a year earlier`: a time, not the unit `tons a year`
            r"(?!" + _AFTER_TIME + r"[ ](?:earlier|ago|" + _BEFORE_TIME + r"|later)\b)"
        )

    @cached_property
    def money_names(self) -> str:
        """Money after `for every`, `on each` (the lexicon's currency words and shared names:
        `£3 for every pound spent`): a ratio of money to money, not a price per unit of goods."""
        names = set(self.currency_words_ci) | set(_MONEY_EXTRA) | {
            name.lower() for name in self.data["shared_currency_names"]
            if name.isalpha() and len(name) > 1}
        return r"(?i:(?:" + word_trie(names) + r")(?:e?s)?(?![A-Za-z]))"

    @cached_property
    def per_after(self) -> re.Pattern[str]:
        """`per barrel`, `a year`, `/t`, `daily` after a unit."""
        ci = word_trie(self.denominators_ci)
        cs = word_trie(self.denominators_cs)
        rates = word_trie(self.rate_phrases)
        return re.compile(
            # (`$412 FOB per tonne`: a delivery term may stand between the price and `per`)
            r"(?:(?P<per>(?:[ \u00a0](?:FOB|CIF|CFR|FOT))?[ \u00a0]per[ \u00a0]"
            r"|(?P<slash>[ \u00a0]?/[ \u00a0]?)"
            r"|[ \u00a0](?:a|an|each)[ ]|-(?:a|per)-"
            # (`$24 on each barrel`, `$15 for every ton`; not `for every dollar rise`)
            r"|[ \u00a0](?:for|on)[ \u00a0](?:each|every)[ \u00a0](?!" + self.money_names
            + r")(?!" + _CHANGE_AFTER + r"))"
            r"(?:(?i:(?P<den>" + ci + r"))(?:e?s)?|(?P<dencs>" + cs + r"))"
            r"|[ \u00a0](?i:(?P<rate>" + rates + r")))"
            # `a year earlier` is a time, not a rate; a symbol after a slash is always a rate,
            # and so is a unit of goods whatever follows (`per kilogram in Hyesan`, `a barrel on
            # Monday`)
            r"(?![A-Za-z0-9])"
            # After the time word, only words that make it a time stop the rate: `a year
            # earlier`, `a day before`, `a year after it opened`, `a year or two`, `a year on
            # from the invasion`, `a year to March` / `to the end of`, `a year in advance` /
            # `in a row` / `in the past`, `a year from now`. Anything else goes on with the rate:
            # `a month in 2026`, `a day in the first half`, `a year to 5.5 billion`, `a year to
            # Turkey`, `a month from Indonesia`, `a day on November 25`, `a year on imports`.
            r"(?(slash)|(?!" + _AFTER_TIME + r"[ ](?:earlier|ago|" + _BEFORE_TIME + r"|later|after|"
            r"or[ ](?:two|three|so[ ](?:ago|earlier))\b|on(?=[ ]from\b|[,.;:]|$)|"
            r"to(?=[ ](?:(?:" + MONTH_NAMES + r")\b|date\b|now\b|(?:the|its|their)[ ](?:end|"
            r"start|beginning|middle|close|year|month|week|present|date|day|quarter|half|fiscal|"
            r"financial|first|second|third|fourth|last)\b))|"
            r"in(?=[ ](?:which|advance|a[ ]row|the[ ]past|the[ ]making|a[ ]while)\b)|"
            r"from(?=[ ](?:now|today|then)\b))))"
        )

    @cached_property
    def won_places(self) -> re.Pattern[str]:
        """Places and outlets that say whose `won` a bare amount is (`knowledge` `won_places`)."""
        places = self.data["won_places"]
        groups = "|".join(f"(?P<{code}>" + word_trie(names) + ")"
                          for code, names in places.items())
        return re.compile(r"(?<![\w-])(?:" + groups + r")(?![\w-])")

    @cached_property
    def shared_currencies(self) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
        """For each currency name several countries use (`peso`), its codes in order of
        preference, each with the places that say it is theirs (`knowledge`
        `shared_currency_names`)."""
        return {name: [(code, re.compile(r"(?<![\w-])(?:" + word_trie(places) + r")(?![\w-])"))
                       for code, places in by_code.items()]
                for name, by_code in self.data["shared_currency_names"].items()}

    @cached_property
    def change_verb_before(self) -> re.Pattern[str]:
        verbs = word_trie(sorted(self.change_verbs, key=len, reverse=True))
        connectors = word_trie(sorted(
            [*self.hedge_bound, "an average of", "by", "of", "only", "just", "a further",
             "another", "an extra",
             "an additional", "a", "an", "a whopping", "a record", "some", "around", "nearly",
             "by about", "by around", "by nearly", "by more than", "by less than", "by almost",
             "sharply", "slightly", "steeply", "strongly", "modestly", "significantly"],
            key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?i:(" + verbs + r"))(?:[ \u00a0]+(?i:" + connectors
                          + r")){0,3}[ \u00a0]*$")

    @cached_property
    def by_before(self) -> re.Pattern[str]:
        hedges = word_trie(sorted([*self.hedge_bound, "an average of", "only", "just",
                                      "a further", "another"], key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?i:by)(?:[ \u00a0]+(?i:" + hedges + r")){0,2}[ \u00a0]*$")

    @cached_property
    def change_verb_anywhere(self) -> re.Pattern[str]:
        verbs = word_trie(sorted(self.change_verbs, key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?i:(" + verbs + r"))(?![\w-])")

    @cached_property
    def level_verb_before(self) -> re.Pattern[str]:
        """A change verb right before a number, with `to`/`by`/`at` (`rose to 1200`): what
        follows is an amount, never a year."""
        verbs = word_trie(sorted((v for v in self.change_verbs if " " not in v and v not in (
            "up", "down", "higher", "lower", "upward", "upwards", "downward", "downwards")),
            key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?i:" + verbs + r")(?:[ \u00a0]+(?i:to|by|at))?"
                          r"[ \u00a0]+$")

    @cached_property
    def change_noun_after(self) -> re.Pattern[str]:
        nouns = word_trie(sorted(self.change_nouns, key=len, reverse=True))
        mods = "|".join(re.escape(m) for m in self.data["change_noun_modifiers"])
        return re.compile(r"[ \u00a0\-](?i:(?:(?:" + mods + r")[ \u00a0]){0,2}(" + nouns
                          + r"))(?![\w-])")

    @cached_property
    def month_before(self) -> re.Pattern[str]:
        months = "|".join(sorted(self.data["months"], key=len, reverse=True))
        return re.compile(r"(?<![A-Za-z])(?i:" + months + r")\.?[ \u00a0]$")  # also `dec. 12`

    @cached_property
    def month_after(self) -> re.Pattern[str]:
        months = "|".join(sorted(self.data["months"], key=len, reverse=True))
        return re.compile(r"(?:st|nd|rd|th)?[ \u00a0](?:of[ ])?(?i:" + months + r")(?![a-z])")

    @cached_property
    def time_after(self) -> re.Pattern[str]:
        words = word_trie(self.data["time_suffixes"])
        return re.compile(r"[ \u00a0]?(?:" + words + r")(?![A-Za-z])")

    @cached_property
    def age_before(self) -> re.Pattern[str]:
        words = "|".join(re.escape(w) for w in
                         sorted(self.data["age_phrases"]["before"], key=len, reverse=True))
        return re.compile(r"(?<![\w-])(?i:" + words + r")[ \u00a0]$")

    @cached_property
    def story_letters(self) -> frozenset[str]:
        """Letters written before an amount for the currency of the story's country (`K1.6bn`,
        `R270.8 billion`, `Q19,373 million`): the one-letter names in `shared_currency_names`;
        none stands for a currency without one of its countries named."""
        return frozenset(name for name in self.data["shared_currency_names"] if len(name) == 1)

    @cached_property
    def paid_before(self) -> re.Pattern[str]:
        """A money word and the rest of its clause, up to where a bare `pounds` is read."""
        words = word_trie({w.lower() for w in self.data["paid_before"]})
        return re.compile(r"(?<![\w-])(?i:" + words + r")(?![\w-])[^.;]*$")

    @cached_property
    def age_after(self) -> re.Pattern[str]:
        words = word_trie({w.lower() for w in self.data["age_phrases"]["after"]})
        return re.compile(r"(?i:" + words + r")(?![A-Za-z])")


@cache
def lexicon() -> Lexicon:
    """The lexicon, read on first use; its patterns compile on first use too."""
    return Lexicon(load_json(LEXICON_FILE))
