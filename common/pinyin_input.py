"""Pinyin input (拼音输入) for the kiosk's on-screen keyboard, without Qt: typed letters in, ranked hanzi out.

Letters are read as syllables ("zhangsan" is zhang + san), with ü typed as "v" ("lv" → 绿) and tones left
out; a syllable cut short ("zh", "zhangs") and initials alone ("sfz" → 身份证) match words whose syllables
start with them. Words that take all the letters come first (a hall's own words such as 身份证 before
pypinyin's phrases), then shorter words, then characters for the first syllable. Characters are ranked by
how common they are: the commonest few hundred first, then GB2312's 3,755 level-1 hanzi, then level 2,
then the rest of GBK (a rare character in a name can still be typed); a character's main reading before
its other readings (heteronyms). Characters outside GBK are left out: the kiosk's font may not draw them.

The index is built once, on first use (:func:`shared_index`), from pypinyin's dictionaries; building takes
a fraction of a second, so the kiosk does it after its first frame, never while starting."""

from __future__ import annotations

import logging
import threading
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

MAX_LETTERS = 40
"""A composition longer than this is not looked up (nobody types a sentence in one go on a kiosk)."""

COMMON = (
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么"
    "心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现"
    "分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位"
    "因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师"
    "书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及"
    "今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结"
    "六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区"
    "即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友"
    "孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切府刘陈"
    "杨赵吴孙周徐朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范廖石金贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤号楼栋室街巷村镇县省"
)
"""About six hundred hanzi in rough order of use in everyday text, then the commonest surnames and the
words of an address: ranked first among the characters a syllable offers."""

_HALL_WORDS = (
    "身份证 户口本 户口簿 居民 不动产 房产证 证书 营业执照 结婚证 离婚证 出生证明 驾驶证 护照 社保卡 医保 公积金 "
    "申请 申请人 委托 代办 遗失 补发 换发 登记 查询 打印 邮寄 领取 地址 住址 小区 街道 社区 单元 号楼 房屋 公司 "
    "有限公司 南京 南京市 玄武区 秦淮区 建邺区 鼓楼区 浦口区 栖霞区 雨花台区 江宁区 六合区 溧水区 高淳区 中山路 "
    "中山北路 中山南路 中山东路 北京 上海 江苏 江苏省 父亲 母亲 丈夫 妻子 儿子 女儿 子女 本人 家庭 工作 学校 "
    "上学 看病 贷款 买房 卖房 继承 赠与 抵押 损毁 烧毁 丢失 找不到 不知道 谢谢"
)
HALL_WORDS = tuple(_HALL_WORDS.split(" "))
"""Words a citizen types at a hall (documents, districts, family): offered before pypinyin's phrases."""

_TONES = str.maketrans(
    {
        **dict.fromkeys("āáǎà", "a"),
        **dict.fromkeys("ōóǒò", "o"),
        **dict.fromkeys("ēéěè", "e"),
        **dict.fromkeys("īíǐì", "i"),
        **dict.fromkeys("ūúǔù", "u"),
        **dict.fromkeys("üǖǘǚǜ", "v"),
        **dict.fromkeys("ńňǹ", "n"),
        **dict.fromkeys("ḿ", "m"),
    }
)
_ALIASES = {"lue": "lve", "nue": "nve"}
"""Spellings people type for a syllable the dictionary spells with ü."""


def plain(reading: str) -> str:
    """A reading without tones, ü as "v": "lǜ" → "lv", "zhāng" → "zhang"."""
    text = reading.strip().lower().translate(_TONES)
    if not text.isascii():  # a combining mark pypinyin left in (e.g. "ê̄")
        text = "".join(c for c in unicodedata.normalize("NFD", text) if c.isascii())
    return text.replace("ê", "e")


def letters_only(typed: str) -> str:
    """What of ``typed`` is looked up: lower-case a-z, ü as "v"."""
    return "".join(c for c in typed.lower().replace("ü", "v") if "a" <= c <= "z")


OUTSIDE_GBK = 3


def _level(ch: str) -> int:
    """0: GB2312 level 1 (the 3,755 common hanzi); 1: level 2; 2: elsewhere in GBK; 3: outside GBK."""
    try:
        code = ch.encode("gb2312")
    except UnicodeEncodeError:
        try:
            ch.encode("gbk")
        except UnicodeEncodeError:
            return 3
        return 2
    return 0 if 0xB0 <= code[0] <= 0xD7 else 1


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    """The hanzi to insert."""
    consumed: int
    """How many typed letters it stands for (taken off the front of the composition when it is chosen)."""


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    syllables: tuple[str, ...]
    rank: int
    hall: bool
    """One of the hall's words (initials alone find only these: "sfz" is 身份证, "xqz" is nothing)."""


class PinyinIndex:
    """Syllables to characters and words, built from pypinyin's dictionaries once."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        started = time.perf_counter()
        from pypinyin.phrases_dict import phrases_dict  # loaded with the index, never at start
        from pypinyin.pinyin_dict import pinyin_dict

        self.load_seconds = time.perf_counter() - started
        """Loading pypinyin's dictionaries (shared with item search, which may have loaded them already)."""
        started = time.perf_counter()

        self._spelled: dict[str, str] = {}  # reading → plain syllable (a few thousand readings)
        self._levels: dict[str, int] = {}
        self._first: dict[str, str] = {}
        self.chars = self._index_chars(pinyin_dict)
        self.syllables = frozenset(self.chars) | frozenset(_ALIASES)
        self.prefixes = frozenset(s[:i] for s in self.syllables for i in range(1, len(s) + 1))
        self.words = self._index_words(extra_words, phrases_dict)
        self.build_seconds = time.perf_counter() - started
        """Building the index from them."""
        log.info("pinyin: index built in %.2f s (+ %.2f s loading pypinyin)", self.build_seconds, self.load_seconds)

    def _plain(self, reading: str) -> str:
        syl = self._spelled.get(reading)
        if syl is None:
            syl = self._spelled[reading] = plain(reading)
        return syl

    def _index_chars(self, pinyin_dict: dict[int, str]) -> dict[str, tuple[str, ...]]:
        """Each syllable's characters, best first."""
        common = {ch: i for i, ch in enumerate(dict.fromkeys(COMMON))}
        later = len(common)  # a character's other readings come after every common character's main one
        ranked: dict[str, list[tuple[int, int, int, str]]] = {}
        for code, readings in pinyin_dict.items():
            if not 0x4E00 <= code <= 0x9FFF:
                continue
            ch = chr(code)
            level = _level(ch)
            if level == OUTSIDE_GBK:
                continue
            self._levels[ch] = level
            pos = common.get(ch, later)
            for n, reading in enumerate(readings.split(",")):
                syl = self._plain(reading)
                if n == 0:
                    self._first[ch] = syl
                elif syl == self._first[ch] or not syl.isalpha():
                    continue
                ranked.setdefault(syl, []).append((pos + (later if n else 0), level, code, ch))
        return {syl: tuple(dict.fromkeys(e[3] for e in sorted(entries))) for syl, entries in ranked.items()}

    def _index_words(
        self, extra_words: Iterable[str], phrases_dict: dict[str, list[list[str]]]
    ) -> dict[str, list[_Word]]:
        """Words by their first syllable: the hall's first, then pypinyin's phrases of common characters."""
        words: dict[str, list[_Word]] = {}
        for i, text in enumerate(dict.fromkeys([*extra_words, *HALL_WORDS])):
            syllables = tuple(self._first.get(ch, "") for ch in text)
            if len(text) > 1 and all(s in self.chars for s in syllables):
                words.setdefault(syllables[0], []).append(_Word(text, syllables, i, hall=True))
        known = {w.text for ws in words.values() for w in ws}
        base = len(known) + 1000
        levels = self._levels
        for text, readings in phrases_dict.items():
            if text in known or len(readings) != len(text):
                continue
            score = sum(levels.get(ch, 9) for ch in text)
            if score > len(text):  # a character beyond GB2312, or mostly level 2
                continue
            syllables = tuple(self._plain(r[0]) for r in readings)
            if syllables[0] in self.chars:
                words.setdefault(syllables[0], []).append(_Word(text, syllables, base + 1000 * score, hall=False))
        return {k: sorted(v, key=lambda w: w.rank) for k, v in words.items()}

    # --- looking up ---------------------------------------------------------------------------------------

    def segments(self, letters: str) -> list[str]:
        """``letters`` cut into syllables, a piece that no syllable starts with ending the cut: "zhangsan" →
        [zhang, san]; "sfz" → [s, f, z] (initials); "zhangs" → [zhang, s]. Longest syllable first, unless a
        shorter one lets the rest be read as syllables too ("xian" is xian, "fangan" is fang + an)."""
        out: list[str] = []
        i = 0
        while i < len(letters):
            piece = self._next_piece(letters, i)
            if not piece:
                return []
            out.append(piece)
            i += len(piece)
        return out

    def _next_piece(self, letters: str, i: int) -> str:
        rest = letters[i:]
        full = [n for n in range(min(len(rest), 6), 0, -1) if rest[:n] in self.syllables]
        for n in full:
            after = rest[n:]
            if not after or self._starts_syllable(after):
                return rest[:n]
        if full:
            return rest[: full[0]]
        partial = [n for n in range(min(len(rest), 6), 0, -1) if rest[:n] in self.prefixes]
        return rest[: partial[0]] if partial else ""

    def _starts_syllable(self, rest: str) -> bool:
        return any(rest[:n] in self.prefixes for n in range(1, min(len(rest), 6) + 1))

    def candidates(self, typed: str, limit: int = 200) -> list[Candidate]:
        """Ranked words and characters for ``typed``; none (not an error) for letters that are not pinyin."""
        letters = letters_only(typed)[:MAX_LETTERS]
        if not letters:
            return []
        segs = self.segments(letters)
        if not segs:
            return []
        out: list[Candidate] = []
        seen: set[str] = set()

        def offer(text: str, consumed: int) -> None:
            if text not in seen:
                seen.add(text)
                out.append(Candidate(text, consumed))

        # words: all the letters first, then fewer syllables (what is left stays to be typed on)
        for count in range(min(len(segs), 8), 1, -1):
            part = segs[:count]
            consumed = sum(len(s) for s in part)
            for word in self._words_for(part, complete=count == len(segs)):
                offer(word.text, consumed)
        first = segs[0]
        first_full = first in self.syllables
        if first_full:
            for ch in self.chars.get(_ALIASES.get(first, first), ()):
                offer(ch, len(first))
        elif len(segs) == 1:  # a syllable being typed ("zh"): its characters, commonest first
            starting = [syl for syl in self.syllables if syl.startswith(first)]
            pooled = sorted((i, ch) for syl in starting for i, ch in enumerate(self.chars.get(syl, ())))
            for _, ch in pooled:
                offer(ch, len(first))
        return out[:limit]

    def _words_for(self, segs: list[str], *, complete: bool) -> list[_Word]:
        """Words with as many syllables as ``segs``, each starting with its piece (a full syllable must match
        whole unless it is the last piece typed, which may still grow)."""
        n = len(segs)
        first = segs[0]
        firsts = [first] if first in self.syllables and n > 1 else [s for s in self.chars if s.startswith(first)]
        # initials ("sfz") find only the hall's words, and only with every letter (else "xqz" is 小区 + z)
        abbreviated = any(s not in self.syllables for s in segs)
        found: list[_Word] = []
        for syl in firsts:
            for word in self.words.get(syl, ()):
                if len(word.syllables) != n or (abbreviated and not (word.hall and complete)):
                    continue
                if self._fits(word.syllables, segs, complete=complete):
                    found.append(word)
        found.sort(key=lambda w: w.rank)
        return found

    def _fits(self, syllables: tuple[str, ...], segs: list[str], *, complete: bool) -> bool:
        last = len(segs) - 1
        for i, (syl, typed) in enumerate(zip(syllables, segs, strict=True)):
            seg = _ALIASES.get(typed, typed)
            if seg in self.syllables and not (complete and i == last):
                if syl != seg:
                    return False
            elif not syl.startswith(seg):
                return False
        return True


_shared: PinyinIndex | None = None
_lock = threading.Lock()


def shared_index() -> PinyinIndex:
    """The one index of the process, built on first use."""
    global _shared  # noqa: PLW0603 - one index, built once
    with _lock:
        if _shared is None:
            _shared = PinyinIndex()
        return _shared
