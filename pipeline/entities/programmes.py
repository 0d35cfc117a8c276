"""Entity stage: PROGRAMME, named programmes, funds, facilities, missions, operations, packages
and budget lines (Dutch and English).

Names are found from cues, not from lists (models/programmes/cues.json):
- acronym definitions, Schwartz–Hearst style: "Long Form (ACR)", "ACR (Long Form)",
  "Dutch Name (English Name – ACR)", "(hierna: ACR)", "(Lbv-plus)", "(NP Onderwijs)"; kept when
  the long form has a head (also a lower-case compound: "Landelijke beëindigingsregeling …"),
  its context is a programme, or the letter says so ("De MGO is een regeling");
- capitalised names with a head word ("Nationaal Programma …", "Budget Internationale
  Veiligheid", "Ukraine Comprehensive Assistance Package") or a compound head ("Groeifonds"),
  continued in lower case to the end of the clause ("Nationaal Programma tegen discriminatie
  en racisme");
- Dutch names in sentence case with a scheme compound head ("de Tijdelijke subsidieregeling …");
- a lower-case descriptor before or after a capitalised or quoted name ("operatie Interflex",
  "het Build with Ukraine co-productie-project", "Creative Europe-programma", "programma «…»"),
  or money taken out of it ("middelen uit de …", "ten laste van het …");
- an optional gazetteer (models/programmes/gazetteer.txt) for recall.
Every later use of a name or acronym is a mention too (also inside a compound: "EUMAM" in
"EUMAM-personeel"); spelling variants and the long forms of one acronym share one canonical
name, the first long form written (ANNOTATION.md, PROGRAMME).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import rx as regex
from ..extensions import doc_text
from ..mentions import Claimed, Mention, add_mentions
from ..resources import load_json, load_lines, word_frequencies

_QUOTES = "".join(load_json("programmes/cues.json")["quotes"])


class _Lexicon:
    def __init__(self) -> None:
        cues = load_json("programmes/cues.json")
        self.heads = {h.lower() for h in cues["heads"]}
        self.compound_heads = tuple(h.lower() for h in cues["compound_heads"])
        self.multiword_heads = tuple(h.lower() for h in cues["multiword_compound_heads"])
        self.not_heads = {w.lower() for w in cues["not_heads"]}
        self.not_head_suffixes = tuple(w.lower() for w in cues["not_head_suffixes"])
        self.organisations = set(cues["organisations"])
        self.strip_leading = set(cues["strip_leading"]) | set(cues["topic_words"])
        budget = "|".join(cues["budget_words"])
        self.budget_before = regex.compile(rf"(?i)(?<![\p{{L}}])(?:{budget})(?![\p{{L}}])[^\n.;:]{{0,30}}$")
        self.adjective = regex.compile(cues["adjective"])
        joins = [*cues["inner_pairs"], *cues["inner_words"]]
        inner = "|".join(regex.escape(w) for w in sorted(joins, key=len, reverse=True))
        # a capitalised word, or an ordinal that starts a name ('7e Actieprogramma')
        token = r"(?:\p{Lu}[\p{L}\d’'+]*|\d{1,2}(?:e|ste|de))(?:-\p{Lu}[\p{L}\d’'+]*)*\+?"
        # a capitalised name: tokens joined by spaces and inner words ("Build with Ukraine")
        self.run = regex.compile(rf"(?<![\p{{L}}\d\-])(?:{token})(?:[ ](?:(?:{inner})[ ])?(?:{token}))*(?![\p{{L}}\d])")
        self.acronym = regex.compile(cues["acronym"])
        descriptors = "|".join(regex.escape(d) for d in sorted(cues["descriptors"], key=len, reverse=True))
        pre = "|".join(regex.escape(d) for d in sorted(cues["pre_descriptors"], key=len, reverse=True))
        self.pre = regex.compile(rf"(?<![\p{{L}}\-])(?:{pre})[ ][{_QUOTES}]?(?=\p{{Lu}}|\d)")
        self.post = regex.compile(rf"^(?:[ ]|-)(?:{descriptors})(?![\p{{L}}])")
        self.descriptor_after = regex.compile(rf"^\)?[ ]?-?(?:{descriptors})(?![\p{{L}}])")
        self.descriptor_before = regex.compile(rf"(?:{pre})[ ][{_QUOTES}]?$")
        plural = "|".join(regex.escape(d) for d in cues["plural_descriptors"])
        name = r"\p{Lu}[\p{L}\d+]*(?:[ ]\p{Lu}[\p{L}\d+]*)*"
        # 'de missies EUFOR Althea en EMASoH': a plural descriptor announces a list of names
        self.name_list = regex.compile(
            rf"(?<![\p{{L}}])(?i:de|deze|die|beide|twee|drie|vier)[ ](?:{plural})[ ]"
            rf"(?P<list>{name}(?:(?:,[ ]|[ ](?:en|of)[ ]){name})+)(?![\p{{L}}\d])"
        )
        self.list_separator = regex.compile(r",[ ]|[ ](?:en|of)[ ]")
        self.portfolios = set(load_json("ministers/portfolios.json")["portfolios"])  # ministries, no names
        self.definition_heads = tuple(h.lower() for h in cues["definition_heads"])
        self.definition_context = regex.compile(
            r"(?<![\p{L}])(?:" + "|".join(cues["definition_context"]) + r")[ ]$", regex.I
        )
        self.definition_lead = regex.compile("(?:" + cues["definition_lead"] + ")?", regex.I)
        self.abbreviated = regex.compile(cues["abbreviated"].replace("{acronym}", cues["acronym"]))
        # a defined acronym with a lower-case variant suffix ('Lbv-plus') or with the word its long
        # form ends with ('Nationaal Programma Onderwijs (NP Onderwijs)')
        self.defined_acronym = regex.compile(
            rf"(?P<core>{cues['acronym']})(?:{cues['acronym_suffix']})?"
            rf"|(?P<core>{cues['acronym_before_word']})[ ](?P<word>{cues['acronym_word']})"
        )
        scheme_words = sorted({*self.heads, *self.definition_heads}, key=len, reverse=True)
        # 'De MGO is een regeling …': the letter says what the acronym names
        self.predicate = cues["predicate"] + "[\\p{L}\\-]*(?:" + "|".join(scheme_words) + ")(?![\\p{L}])"
        self.inner_words = set(cues["inner_words"])
        # (entry, its first word: a literal pre-check, entry pattern), longest first
        self.gazetteer = tuple(
            (entry, entry.split()[0], regex.compile(rf"(?<![\p{{L}}\d]){_spaced(entry, lower)}(?![\p{{L}}\d+])"))
            for entry, lower in sorted(
                ((line.lstrip("~"), line.startswith("~")) for line in load_lines("programmes/gazetteer.txt")),
                key=lambda item: len(item[0]),
                reverse=True,
            )
        )
        self.gazetteer_by_first_word: dict[str, list[str]] = {}
        for entry, first_word, _ in self.gazetteer:
            self.gazetteer_by_first_word.setdefault(first_word, []).append(entry)
        # 'middelen uit de Regio Deal', 'ten laste van het BIV': money comes out of a programme
        funding = "|".join(cues["funding_context"])
        self.funding = regex.compile(rf"(?<![\p{{L}}])(?:{funding})[ ](?=\p{{Lu}})", regex.I)
        self.owner_links = set(cues["owner_links"])
        links = "|".join(cues["owner_links"])
        self.owned_link = regex.compile(rf" (?:{links})(?: (?:de|het|der|the))? (?=\p{{Lu}})")
        self.opener = regex.compile(r"\p{Lu}\p{Ll}+ (?:het|de|een|dit|deze) ")
        self.capital = regex.compile(r"(?:^|[ \-])\p{Lu}")
        self.joint = regex.compile(r" (?:en|and|of|or) ")
        stop = "|".join(sorted(cues["name_stop_words"], key=len, reverse=True))
        word = rf"(?!(?:{stop})(?![\p{{L}}\-]))\p{{Ll}}[\p{{Ll}}\-]+"
        # a lower-case name must end where the clause does, before 'en de …' or before 'per 1 januari'
        end = r"(?=[.,;:!?)\n]|[ ]\(|[ ](?:19|20)\d\d|$|[ ](?:en|of)[ ](?:de|het|een)[ ]|[ ]\p{Ll}+[ ]\d)"
        preps = "|".join(cues["continuation_preps"])
        self.continuation = regex.compile(rf"[ ](?:{preps})[ ]{word}(?:[ ](?:en[ ])?{word}){{0,3}}{end}")
        # after a lower-case word: not at a sentence start, not inside a capitalised name
        lower = r"(?<![\p{L}\-])\p{Ll}[\p{Ll}\-]*[ ]"
        self.sentence_case = regex.compile(rf"(?<={lower})\p{{Lu}}\p{{Ll}}+(?:[ ]{word}){{1,6}}{end}")
        self.sentence_case_heads = tuple(cues["sentence_case_heads"])
        self.participle = regex.compile(cues["participle"])
        self.name_end_stop = set(cues["name_end_stop"])
        self.english_heads = set(cues["english_heads"])
        self.lexicon = word_frequencies(cues["lexicon"])
        self.organisation_word = regex.compile(
            r"(?<![\p{L}])(?:" + "|".join(cues["organisation_words"]) + r")(?![\p{L}])"
        )
        opening = "".join(cues["quotes"])
        self.quoted = regex.compile(rf"(?<=[{opening}])(\p{{Lu}}[^{opening}\n]{{1,60}}?)(?=[{opening}])")

    def finite_verb(self, word: str) -> bool:
        """'volgt', 'investeert': a present-tense verb (its infinitive is a word), not 'kunst'."""
        if len(word) < 4 or not word.endswith("t"):
            return False
        stem = word[:-1]
        single = regex.sub(r"([aeou])\1(?=[^aeiou]$)", r"\1", stem)  # 'investeer' -> 'invester'
        return stem + "en" in self.lexicon or single + "en" in self.lexicon

    def known_prefix(self, name: str) -> str | None:
        """The gazetteer name that `name` opens with when an inner word follows it."""
        for entry in self.gazetteer_by_first_word.get(name.split(" ", 1)[0], ()):
            if name.startswith(entry + " ") and name[len(entry) + 1 :].split(" ", 1)[0] in self.inner_words:
                return entry
        return None


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    return _Lexicon()


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    text: str
    acronym: str | None = None
    rule: str = ""
    core_end: int | None = None  # the end without a trailing period of years


# ---- what makes a name a programme ---------------------------------------------------------


def _words(name: str) -> list[str]:
    return [w for w in regex.split(r"[\s\-–]+", name) if w]


def _has_head(name: str) -> bool:
    lex = _lex()
    words = name.split()  # 'Mission-Oriented' is no mission
    compounds = lex.compound_heads + (lex.multiword_heads if len(words) > 1 else ())
    for word in words:
        low = word.lower().strip(_QUOTES)
        if low in lex.heads or low.rstrip("s") in lex.heads:
            return True
        if word[:1].isupper() and _compound_head(word, compounds):
            return True
    return False


def _has_definition_head(name: str, lower: bool = False) -> bool:
    """A word that makes a defined long form a scheme ('Specifieke Uitkering', 'Aanpak'); with `lower`
    also a lower-case compound head ('Landelijke beëindigingsregeling veehouderijlocaties')."""
    heads = _lex().definition_heads
    return any(w.lower().endswith(heads) for w in _words(name) if lower or w[:1].isupper())


def _excluded(name: str) -> bool:
    """Organisations, events, laws, documents, agreements; or no name at all."""
    lex = _lex()
    words = _words(name)
    if not words or name in lex.organisations:
        return True
    # 'Solidariteitsfonds van de Europese Unie': after a headed part, the owner does not make the name an
    # organisation ('Mededeling van de Europese Commissie' has no head and stays excluded)
    link = next((i for i, w in enumerate(words) if i and w in lex.owner_links), len(words))
    if link == len(words) or not _has_head(" ".join(words[:link])):
        link = len(words)
    for word in words[:link]:
        low = word.lower()
        if low in lex.not_heads or low.endswith(lex.not_head_suffixes):
            return True
    return len(words) == 1 and bool(lex.adjective.match(words[0]))


def _in_organisation_list(text: str, start: int, end: int) -> bool:
    """'(Vereniging Leergeld, Nationaal Fonds Kinderhulp en Stichting Jarige Job)': a fund listed with
    organisations is one of them."""
    left = max(text.rfind(c, max(0, start - 200), start) for c in "(;.:")
    rights = [i for c in ");." if (i := text.find(c, end, end + 200)) >= 0]
    clause = text[left + 1 : min(rights) if rights else end + 200]
    return "," in clause and len(_lex().organisation_word.findall(clause)) >= 2


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading function words and organisation prefixes ('NAVO Ukraine …' -> 'Ukraine …')."""
    lex = _lex()
    opener = lex.opener.match(text, start, end)
    if opener and _sentence_start(text, start):  # 'Naast het Transitiefonds'
        start = opener.end()
    while start < end:
        space = text.find(" ", start, end)
        if space < 0 or not (text[start:space] in lex.strip_leading or text[start].islower()):
            break
        start = space + 1
    # 'Gebiedsbudget van VRO': the owner is no part of the name
    last = text.rfind(" ", start, end)
    link = text.rfind(" ", start, last) if last > start else -1
    owner = text[last + 1 : end]
    if (
        link >= 0
        and text[link + 1 : last] in lex.owner_links
        and (owner in lex.strip_leading or owner in lex.organisations)
        and not any(c.isspace() for c in owner)
    ):
        end = link
    # 'het Nederlandse ESF', 'de Europese Recovery and Resilience Facility': a Dutch adjective before an
    # acronym or an English name is no part of it
    first = regex.match(r"(\p{Lu}\p{Ll}+) (?=\S)", text[start:end])
    if first and lex.adjective.match(first.group(1)):
        rest = text[start + first.end() : end].split()
        if rest[0].isupper() and len(rest[0]) > 1 or rest[-1].lower() in lex.english_heads:
            start += first.end()
    # 'EU-Kaderprogramma', 'NAVO-Trainingsmissie': the organisation before the hyphen is no part of the name
    prefix = regex.match(r"(\p{Lu}{2,6})-(?=\p{Lu}\p{Ll})", text[start:end])
    if prefix and (prefix.group(1) in lex.organisations or prefix.group(1) in lex.strip_leading):
        start += prefix.end()
    while start < end and text[start] in _QUOTES:
        start += 1
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    if not lex.capital.search(text[start:end]):  # '1e' is no name ('^' needs the slice)
        return None
    return (start, end) if end > start else None


# ---- acronym definitions (Schwartz & Hearst 2003) ------------------------------------------


def _long_form(candidate: str, acronym: str) -> int | None:
    """Index in `candidate` where the long form of `acronym` starts, or None."""
    short = [c.lower() for c in acronym.rstrip("0123456789") if c.isalnum()]  # 'POP3': an edition number
    text = candidate.lower()
    s, l_ = len(short) - 1, len(text) - 1
    while s >= 0:
        char = short[s]
        while l_ >= 0 and (text[l_] != char or (s == 0 and l_ > 0 and text[l_ - 1].isalnum())):
            l_ -= 1
        if l_ < 0:
            return None
        l_ -= 1
        s -= 1
    start = text.rfind(" ", 0, l_ + 1) + 1
    return start


def _definitions(text: str) -> list[tuple[_Name, _Name, bool]]:
    """(long form, acronym, programme cue in context) for every definition in the text."""
    lex = _lex()
    found: list[tuple[_Name, _Name, bool]] = []
    for paren in regex.finditer(r"\(([^()\n]{2,120})\)", text):
        inside = paren.group(1)
        # "(European Peace Facility – EPF)": long form and acronym both inside
        split = regex.fullmatch(r"(.+?)[ ]+[–-][ ]+(" + lex.acronym.pattern + r")", inside)
        if split:
            acr = split.group(2)
            long_start = paren.start(1)
            long_end = long_start + len(split.group(1))
            acr_start = paren.start(1) + split.start(2)
            named = _definition(text, long_start, long_end, acr, acr_start, paren.end())
            if named:
                found.append(named)
                before = _run_before(text, paren.start())
                if before:
                    found.append((before, _Name(acr_start, acr_start + len(acr), acr), named[2]))
            continue
        lead = lex.definition_lead.match(inside)  # '(ACR)', '(hierna: ACR)'
        if lead is not None and lex.defined_acronym.fullmatch(inside[lead.end() :]):
            acr = inside[lead.end() :]
            named = _acronym_after(text, paren.start(), acr, paren.start(1) + lead.end(), paren.end())
            if named:
                found.append(named)
            continue
        # "ACR (Long Form)"
        before = regex.search(r"(" + lex.acronym.pattern + r")[ ]$", text[max(0, paren.start() - 12) : paren.start()])
        if before and _long_form(inside, before.group(1)) == 0:
            acr_start = paren.start() - len(before.group(0))
            named = _definition(text, paren.start(1), paren.end(1), before.group(1), acr_start, paren.end())
            if named:
                found.append(named)
    # "Long Form, afgekort ACR"
    for said in lex.abbreviated.finditer(text):
        named = _acronym_after(text, said.start(), said.group("acr"), said.start("acr"), said.end())
        if named:
            found.append(named)
    return found


def _acronym_after(text: str, pos: int, acr: str, acr_start: int, after: int) -> tuple[_Name, _Name, bool] | None:
    """The definition of `acr` whose long form ends at `pos`, or None."""
    parts = _lex().defined_acronym.fullmatch(acr)
    core_acr = parts.group("core") if parts else acr  # 'Lbv' spells the long form of 'Lbv-plus'
    if not (sum(c.isupper() for c in core_acr) >= 2 or len(core_acr) <= 4):
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    long_end = line_start + len(text[line_start:pos].rstrip())
    window = text[line_start:long_end]
    word = parts.group("word") if parts else None
    if word:  # 'NP Onderwijs': 'NP' spells the long form up to its last word, 'Onderwijs'
        if not window.endswith(" " + word):
            return None
        window = window[: -len(word) - 1]
    words = window.split(" ")
    limit = min(len(acr) + 5, len(acr) * 2)
    candidate = " ".join(words[-limit:])
    offset = line_start + len(window) - len(candidate)
    start = _long_form(candidate, core_acr)
    # 'Saneringsregeling (Wbb) en Vrijstellingsbesluiten (Wbb)': a long form holds no parentheses
    if start is None or "(" in candidate[start:] or ")" in candidate[start:]:
        return None
    return _definition(text, offset + start, long_end, acr, acr_start, after)


def _definition(
    text: str, long_start: int, long_end: int, acronym: str, acr_start: int, after: int
) -> tuple[_Name, _Name, bool] | None:
    lex = _lex()
    trimmed = _trim(text, long_start, long_end)
    if trimmed is None:
        return None
    # 'NAVO Missie in Irak (NMI)': an organisation prefix that the acronym spells is part of the name
    if not (trimmed[0] > long_start and acronym[:1].lower() == text[long_start].lower() != text[trimmed[0]].lower()):
        long_start = trimmed[0]
    long_end = trimmed[1]
    # 'Regeling Woningbouwversnelling … (WMRE)': the acronym leaves out the scheme word before it
    head = regex.search(r"(?:^|(?<=[ (]))(\p{Lu}\p{Ll}+)[ ]$", text[max(0, long_start - 30) : long_start])
    if head and _has_definition_head(head.group(1)) and not _sentence_start(text, long_start - len(head.group(0))):
        long_start -= len(head.group(0))
    long_text = text[long_start:long_end]
    if not long_text[:1].isupper() or _excluded(long_text) or acronym in lex.organisations:
        return None
    first = min(long_start, acr_start)
    cue = (
        _has_head(long_text)
        or _has_definition_head(long_text, lower=True)
        or bool(regex.search(rf"(?<![\p{{L}}\d]){regex.escape(acronym)}[ ]{lex.predicate}", text))
        or bool(lex.definition_context.search(text[max(0, first - 40) : first]))
        or bool(lex.descriptor_after.match(text[after : after + 40]))
        or bool(lex.descriptor_before.search(text[max(0, first - 40) : first]))
        or bool(
            regex.search(
                r"-(?:" + "|".join(map(regex.escape, lex.heads)) + r")[ ]?$",
                text[max(0, first - 30) : first],
            )
        )
    )
    return (
        _Name(long_start, long_end, long_text, acronym, "definition"),
        _Name(acr_start, acr_start + len(acronym), acronym, acronym, "definition"),
        cue,
    )


def _run_before(text: str, pos: int) -> _Name | None:
    """The capitalised name right before '(' ('Europese Vredesfaciliteit (European Peace …)')."""
    line_start = text.rfind("\n", 0, pos) + 1
    segment = text[line_start:pos].rstrip()
    last = None
    for match in _lex().run.finditer(segment):
        last = match
    if last is None or last.end() != len(segment):
        return None
    trimmed = _trim(text, line_start + last.start(), line_start + last.end())
    if trimmed is None:
        return None
    name = text[trimmed[0] : trimmed[1]]
    return None if _excluded(name) else _Name(trimmed[0], trimmed[1], name, rule="definition-before")


# ---- names from heads, descriptors and the gazetteer ---------------------------------------


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or "\n" in before or bool(regex.search(r"[.:;!?•·]\s*$", before))


def _runs(text: str) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Capitalised names, each with its trimmed span (or None); 'Pass Culture en KulturPass' is two
    names when both halves have a head."""
    lex = _lex()
    spans = []
    for match in lex.run.finditer(text):
        start, end = match.span()
        for joint in lex.joint.finditer(text, start, end):
            left, right = text[start : joint.start()], text[joint.end() : end]
            if _has_head(left) and _has_head(right):
                spans += [(start, joint.start()), (joint.end(), end)]
                break
            # 'Toeslagenaffaire en Operatie Herstel Toeslagen': a head word opens a name of its own
            if not _has_head(left) and right.split(" ", 1)[0].lower() in lex.heads:
                spans.append((joint.end(), end))
                break
        else:
            spans.append((start, end))
    return [(start, end, _name_span(text, *_owned(text, start, end))) for start, end in spans]


def _owned(text: str, start: int, end: int) -> tuple[int, int]:
    """'Kamerbehandeling van het Nationaal Groeifonds': a headless word about a headed name is no part of it."""
    link = _lex().owned_link.search(text, start, end)
    if link and not _has_head(text[start : link.start()]) and _has_head(text[link.end() : end]):
        return link.end(), end
    return start, end


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a capitalised run (`_trim`), ending with a known name that an inner word follows
    ('Nationaal Groeifonds voor Cellulaire Agricultuur': the rest is a project of the fund)."""
    span = _trim(text, start, end)
    if span is None:
        return None
    known = _lex().known_prefix(text[span[0] : span[1]])
    return (span[0], span[0] + len(known)) if known else span


def _compound_modifier(text: str, end: int) -> bool:
    """A name that ends in a hyphen and a lower-case word modifies a compound ('EU-trainingsmissie',
    'CN-envelop')."""
    return bool(regex.match(r"-\p{Ll}", text[end : end + 2]))


# a programme's period or edition ('Nationaal Programma Circulaire Economie 2023-2030', 'Deltaprogramma 2018')
_YEARS = regex.compile(r" (?:19|20)\d\d(?P<range>[ ]?[-–][ ]?(?:19|20)\d\d)?(?![\p{L}\d])")


def _headed_names(text: str, runs: list[tuple[int, int, tuple[int, int] | None]]) -> list[_Name]:
    lex = _lex()
    found = []
    for _, _, trimmed in runs:
        if trimmed is None:
            continue
        start, end = trimmed
        name = text[start:end]
        if not _has_head(name) or _excluded(name) or _in_organisation_list(text, start, end):
            continue
        words = _words(name)
        if len(words) == 1 and (_sentence_start(text, start) or words[0].lower() in lex.heads):
            continue
        if _compound_modifier(text, end):
            continue
        # 'Nationaal Programma tegen discriminatie en racisme', 'Kaderprogramma voor onderzoek en innovatie'
        if (len(words) > 1 and words[-1].lower() in lex.heads) or _compound_head(words[-1], lex.compound_heads):
            more = lex.continuation.match(text, end)
            if more:
                end = more.end()
                name = text[start:end]
            elif len(words) == 2 and lex.adjective.match(words[0]):
                continue  # 'het Nederlandse Fonds', 'het Europese Programma': a kind, not a name
        found.append(_Name(start, _with_years(text, start, end), name, rule="head", core_end=end))
    return found


def _with_years(text: str, start: int, end: int) -> int:
    """The end of a name with its period or edition ('Nationaal Programma Circulaire Economie 2023-2030',
    'Deltaprogramma 2018'); not with a budget's year ('begroting Infrastructuurfonds 2018')."""
    years = _YEARS.match(text, end)
    if years is None or (not years.group("range") and _lex().budget_before.search(text, max(0, start - 40), start)):
        return end
    return years.end()


def _sentence_case_names(text: str) -> list[_Name]:
    """Dutch names in sentence case with a scheme compound head: 'de Landelijke beëindigingsregeling
    veehouderijlocaties', 'publicatie Subsidiemodule brongerichte verduurzaming'."""
    lex = _lex()
    found = []
    for match in lex.sentence_case.finditer(text):
        words = match.group(0).split(" ")
        if not any(_compound_head(w, lex.sentence_case_heads) for w in words[:2]):
            continue
        verb = next((i for i, w in enumerate(words) if i and lex.finite_verb(w)), None)
        if verb is not None:  # 'het Rampenfonds volgt': the name ends before the verb
            words = words[:verb]
            if len(words) < 2:
                continue
            match_end = match.start() + len(" ".join(words))
        else:
            match_end = match.end()
        # 'de Subsidieregeling goedgekeurd': a clause that ends in a verb is no name; 'Infrastructuurfonds
        # voor 2016': nor one that ends in a preposition; 'Europese derogatieregeling': a kind of scheme
        if words[-1] in lex.name_end_stop or (len(words) == 2 and lex.adjective.match(words[0])):
            continue
        name = text[match.start() : match_end]
        if not _excluded(name) and not lex.participle.match(words[-1]):
            found.append(_Name(match.start(), match_end, name, rule="sentence-case"))
    return found


def _compound_head(word: str, heads: tuple[str, ...]) -> bool:
    """A compound word that ends in one of `heads` ('Groeifonds'), more than the head alone."""
    low = word.lower()
    return low.endswith(heads) and any(low.endswith(h) and len(low) > len(h) + 2 for h in heads)


def _described_names(text: str, runs: list[tuple[int, int, tuple[int, int] | None]]) -> list[_Name]:
    lex = _lex()
    found = []
    for cue in lex.pre.finditer(text):
        quoted = lex.quoted.match(text, cue.end()) if text[cue.end() - 1] in _QUOTES else None
        if quoted and len(quoted.group(1).split()) <= 8:  # 'programma «Een thuis voor iedereen»'
            if not _excluded(quoted.group(1)):
                found.append(_Name(quoted.start(1), quoted.end(1), quoted.group(1), rule="descriptor"))
            continue
        match = lex.run.match(text, cue.end())
        if match:
            trimmed = _name_span(text, match.start(), match.end())
            # 'de pilot In de Wijk': a name cut short after its descriptor is no name
            if trimmed and trimmed[0] == match.start() and not _excluded(text[trimmed[0] : trimmed[1]]):
                # 'het programma Woningbouw' names a programme even when the letter also writes 'woningbouw'
                rule = "programme-descriptor" if cue.group(0).lower().startswith("programma") else "descriptor"
                found.append(_Name(trimmed[0], trimmed[1], text[trimmed[0] : trimmed[1]], rule=rule))
    for listed in lex.name_list.finditer(text):
        separators = lex.list_separator.finditer(text, listed.start("list"), listed.end("list"))
        bounds = [listed.start("list"), *(i for m in separators for i in m.span()), listed.end("list")]
        items = [(start, end, text[start:end]) for start, end in zip(bounds[::2], bounds[1::2], strict=True)]
        if any(item in lex.portfolios for _, _, item in items):  # ministries, or one ministry's name split
            continue
        found += [_Name(start, end, item, rule="descriptor") for start, end, item in items if not _excluded(item)]
    for cue in lex.funding.finditer(text):
        match = lex.run.match(text, cue.end())
        trimmed = match and _name_span(text, match.start(), match.end())
        if trimmed and _compound_modifier(text, trimmed[1]):
            continue
        if trimmed and trimmed[0] == match.start() and not _excluded(text[trimmed[0] : trimmed[1]]):
            found.append(_Name(trimmed[0], trimmed[1], text[trimmed[0] : trimmed[1]], rule="funding"))
    for _, run_end, trimmed in runs:
        if trimmed is None or not lex.post.match(text[run_end : run_end + 40]):
            continue
        name = text[trimmed[0] : trimmed[1]]
        if _excluded(name) or len(_words(name)) == 1 and _sentence_start(text, trimmed[0]):
            continue
        found.append(_Name(trimmed[0], trimmed[1], name, rule="descriptor"))
    return found


def _gazetteer_names(text: str) -> list[_Name]:
    found = []
    for _, first_word, pattern in _lex().gazetteer:
        if first_word[1:] in text:  # without its first letter, which may be written in either case
            found += [
                _Name(
                    m.start(),
                    _with_years(text, m.start(), m.end()),
                    " ".join(m.group(0).split()),
                    rule="gazetteer",
                    core_end=m.end(),
                )
                for m in pattern.finditer(text)
            ]
    return found


def _spaced(name: str, lower_first: bool = False) -> str:
    """A pattern for `name` whose words may be split by any whitespace (a line break); with
    `lower_first` the first letter may also be lower case ('het gemeentefonds')."""
    pattern = r"\s+".join(regex.escape(w) for w in name.split())
    return f"[{name[0]}{name[0].lower()}]{pattern[len(regex.escape(name[0])) :]}" if lower_first else pattern


# ---- canonical names and every mention -------------------------------------------------------


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    """Spelling variants compare equal: case, s/z, plural s ('Requirement(s)', 'Prioriti[sz]ed')."""
    words = [w.lower().replace("z", "s").rstrip("s") for w in _words(name)]
    return " ".join(words)


@dataclass(slots=True)
class _Programme:
    canonical: str
    first: int
    acronym: str | None
    keys: set[str]
    variants: set[str] = field(default_factory=set)


def _unwrap(text: str) -> str:
    """Line breaks inside a wrapped paragraph line (a long line) read as spaces; same offsets."""
    return regex.sub(r"(?<=[^\n]{60})\n(?=[^\n\s])", " ", text)


def find(text: str) -> list[_Name]:
    text = _unwrap(text)
    definitions = _definitions(text)
    programmes: list[_Programme] = []
    by_acronym: dict[str, _Programme] = {}
    named: list[_Name] = []
    runs = _runs(text)
    candidates = (
        _headed_names(text, runs) + _described_names(text, runs) + _sentence_case_names(text) + _gazetteer_names(text)
    )
    candidate_keys = {_key(c.text) for c in candidates}
    for long, acr, cue in sorted(definitions, key=lambda d: d[0].start):
        known = {_key(long.text), _key(acr.text)} & candidate_keys
        if not (cue or known or acr.text in by_acronym):
            continue
        programme = by_acronym.get(acr.text)
        if programme is None:
            programme = _Programme(long.text, long.start, acr.text, set())
            by_acronym[acr.text] = programme
            programmes.append(programme)
        programme.keys.add(_key(long.text))
        programme.variants.add(long.text)
        if long.start < programme.first:
            programme.canonical, programme.first = long.text, long.start
        named += [long, acr]
    for candidate in sorted(candidates, key=lambda c: c.start):
        _cut_acronym(candidate, by_acronym)
        if candidate.rule not in ("gazetteer", "programme-descriptor") and _common_word(text, candidate.text):
            continue
        after = regex.match(r"[ ]?[–-]?[ ]?\(?(" + _lex().acronym.pattern + ")", text[candidate.end :])
        owner = by_acronym.get(after.group(1)) if after else None
        if owner is not None:  # 'European Peace Facility - EPF', 'Regeling Specifieke Uitkering (SPU)'
            owner.keys.add(_key(candidate.text))
        elif _Lookup(programmes).of(candidate.text) is None:
            programmes.append(_Programme(candidate.text, candidate.start, None, {_key(candidate.text)}))
        named.append(candidate)
    # a name written before its first definition ('Europese Vredesfaciliteit' as a heading)
    for programme in programmes:
        for other in named:
            if _key(other.text) in programme.keys and other.start < programme.first:
                programme.canonical, programme.first = other.text, other.start
    lookup = _Lookup(programmes)
    named += _uses(text, programmes, lookup, runs)
    for name in named:
        _cut_acronym(name, by_acronym)
    return _assign(named, lookup)


def _is_acronym(name: str) -> bool:
    return bool(_lex().acronym.fullmatch(name)) and name.isupper() and len(name) >= 2


def _common_word(text: str, name: str) -> bool:
    """A one-word name that the letter also writes in lower case ('missie Veiligheid')."""
    if " " in name or name.isupper() or not name[1:].islower():
        return False
    return bool(regex.search(rf"(?<![\p{{L}}]){regex.escape(name.lower())}(?![\p{{L}}])", text))


def _cut_acronym(name: _Name, acronyms: dict[str, _Programme]) -> None:
    """'EU Military Assistance Mission EUMAM': the long form ends before the known acronym."""
    head, _, last = name.text.rpartition(" ")
    if head and last in acronyms:
        name.text, name.end = head, name.start + len(head)


def _acronym_forms(acronym: str | None) -> tuple[str, ...]:
    """An acronym and, for 'EUTM Mali', its capitals alone ('aan de EUTM deelnemen')."""
    if acronym is None:
        return ()
    core = acronym.split(" ", 1)[0]
    return (acronym, core) if core != acronym and len(core) >= 3 and core.isupper() else (acronym,)


class _Lookup:
    """The programme a name refers to: the first (in list order) with the name as its acronym or key,
    else as a key without spaces, else as the first words of a key (a shortened long form such as
    'EU Military Assistance Mission': two words or more, at least half of the key's), else as the
    compound that ends a key ('Groeifonds' after 'Nationaal Groeifonds')."""

    def __init__(self, programmes: list[_Programme]) -> None:
        self.programmes = programmes
        self.acronyms: dict[str, int] = {}
        self.keys: dict[str, int] = {}
        self.squashed: dict[str, int] = {}
        self.prefixes: dict[str, int] = {}
        self.last_compounds: dict[str, int] = {}
        heads = _lex().compound_heads
        for i, programme in enumerate(programmes):
            for acronym in _acronym_forms(programme.acronym):
                self.acronyms.setdefault(acronym, i)
            for name in (programme.canonical, *sorted(programme.variants)):
                last = name.split()[-1]
                if " " in name and _compound_head(last, heads):
                    self.last_compounds.setdefault(_key(last), i)
            for key in programme.keys:
                self.keys.setdefault(key, i)
                self.squashed.setdefault(key.replace(" ", ""), i)
                words = key.split(" ")
                for n in range((len(words) + 1) // 2, len(words)):
                    if n >= 2:
                        self.prefixes.setdefault(" ".join(words[:n]), i)

    def of(self, name: str) -> _Programme | None:
        key = _key(name)
        exact = [i for i in (self.acronyms.get(name), self.keys.get(key)) if i is not None]
        if exact:
            return self.programmes[min(exact)]
        i = self.squashed.get(key.replace(" ", ""))
        if i is None:
            i = self.prefixes.get(key)
        if i is None:
            i = self.last_compounds.get(key)
        return None if i is None else self.programmes[i]


def _uses(
    text: str, programmes: list[_Programme], lookup: _Lookup, runs: list[tuple[int, int, tuple[int, int] | None]]
) -> list[_Name]:
    """Every later use of a known name or acronym, also inside a compound ('EUMAM-personeel')."""
    found = []
    for programme in programmes:
        # the same words in another case ('Nationaal programma landelijk gebied')
        for variant in {programme.canonical, *programme.variants}:
            if len(_words(variant)) < 2:
                continue
            pattern = regex.compile(rf"(?<![\p{{L}}\d]){_spaced(variant)}(?![\p{{L}}\d])", regex.I)
            found += [
                _Name(m.start(), m.end(), m.group(0), rule="variant")
                for m in pattern.finditer(text)
                if regex.match(r"\P{L}*\p{Lu}", m.group(0))  # 'programma natuur' describes
            ]
        for acronym in _acronym_forms(programme.acronym):
            pattern = regex.compile(rf"(?<![\p{{L}}\d]){regex.escape(acronym)}(?![\p{{L}}\d])")
            found += [
                _Name(
                    m.start(), _with_years(text, m.start(), m.end()), m.group(0), programme.acronym, "acronym", m.end()
                )
                for m in pattern.finditer(text)
            ]
    for _, _, trimmed in runs:
        if trimmed is None:
            continue
        name = text[trimmed[0] : trimmed[1]]
        if lookup.of(name) is not None and not _excluded(name):
            found.append(_Name(trimmed[0], trimmed[1], name, rule="use"))
    return found


def _assign(named: list[_Name], lookup: _Lookup) -> list[_Name]:
    kept: list[_Name] = []
    for name in sorted(named, key=lambda n: (n.start, -(n.end - n.start))):
        if kept and name.start < kept[-1].end:
            continue
        programme = lookup.of(name.text)
        if programme is None:
            continue
        name.text, name.acronym = programme.canonical, programme.acronym
        if name.acronym is None and _is_acronym(programme.canonical):  # 'MIRT-projecten'
            name.acronym = programme.canonical
        kept.append(name)
    return kept


@Language.factory("kamerbrief_programmes", default_config={"priority": 10})
def make_programmes(nlp: Language, name: str, priority: int) -> ProgrammeRecognizer:
    return ProgrammeRecognizer(name, priority=priority)


class ProgrammeRecognizer:
    def __init__(self, name: str, *, priority: int = 10) -> None:
        self.name = name
        self.priority = priority

    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        claimed = Claimed.by_earlier_stages(doc)
        for item in find(doc_text(doc)):
            norm = {"name": item.text, "acronym": item.acronym}
            # the years after a name may already be a DATE: then the name alone
            for end in dict.fromkeys((item.end, item.core_end or item.end)):
                mention = Mention(
                    item.start,
                    end,
                    "PROGRAMME",
                    norm,
                    rule=f"programmes:{item.rule}",
                    priority=self.priority,
                )
                if not claimed.overlaps(mention):
                    mentions.append(mention)
                    break
        add_mentions(doc, mentions)
        return doc
