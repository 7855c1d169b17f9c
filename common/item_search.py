"""Finding an item (事项) the way people type at a kiosk: part of its name, its code, a keyword, or
pinyin — full ("budongchan") or initials ("bdc" for 不动产)."""

from __future__ import annotations

from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

from common.catalogue import Catalogue, Item, Package


@dataclass(frozen=True, slots=True)
class _Entry:
    code: str
    name: str
    texts: tuple[str, ...]
    initials: str
    full: str
    is_package: bool


@dataclass(frozen=True, slots=True)
class Hit:
    code: str
    name: str
    is_package: bool
    score: int


def _pinyin(text: str) -> tuple[str, str]:
    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="ignore")
    initials = "".join(s[0] for s in syllables if s)
    return initials.lower(), "".join(syllables).lower()


class ItemIndex:
    """Built once per catalogue version; searching is a scan of a few hundred short strings."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._entries = [self._entry(it) for it in catalogue.items] + [self._entry(p) for p in catalogue.packages]

    @staticmethod
    def _entry(thing: Item | Package) -> _Entry:
        keywords = tuple(thing.keywords) if isinstance(thing, Item) else ()
        initials, full = _pinyin(thing.name)
        texts = (thing.name.lower(), thing.code.lower(), thing.name_en.lower(), *(k.lower() for k in keywords))
        return _Entry(thing.code, thing.name, texts, initials, full, isinstance(thing, Package))

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        q = "".join(query.split()).lower()
        if not q:
            return []
        hits = []
        for e in self._entries:
            score = self._score(e, q)
            if score:
                hits.append(Hit(e.code, e.name, e.is_package, score))
        hits.sort(key=lambda h: (-h.score, h.name))
        return hits[:limit]

    @staticmethod
    def _score(e: _Entry, q: str) -> int:
        """Best match wins: the name's start, then inside the name, then pinyin, then code and keywords."""
        name = e.texts[0]
        checks = [(name.startswith(q), 100), (q in name, 80)]
        if q.isascii():
            checks += [
                (e.initials.startswith(q), 70),
                (e.full.startswith(q), 65),
                (q in e.initials, 50),
                (q in e.full, 45),
            ]
        checks.append((any(q in t for t in e.texts[1:]), 40))
        return next((score for matched, score in checks if matched), 0)
