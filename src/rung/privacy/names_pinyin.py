"""Round forty-one: Chinese names written in pinyin, whose given names are often syllables that
are words too (`Min Yang`, `Lei He`, `Ping Zhang`, `bo guo`). When one word of the pair was
found and the other is a pinyin syllable (or two: `Xiuying`) and one of the two is a common
Chinese surname, the PERSON is widened over both.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import words

# The syllables of Mandarin in pinyin without tones, by initial (the standard table).
_SYLLABLES = words(
    """
    a o e ai ei ao ou an en ang eng er yi ya ye yao you yan yin yang ying yong wu wa wo wai wei
    wan wen wang weng yu yue yuan yun
    ba bo bai bei bao ban ben bang beng bi bie biao bian bin bing bu
    pa po pai pei pao pou pan pen pang peng pi pie piao pian pin ping pu
    ma mo me mai mei mao mou man men mang meng mi mie miao miu mian min ming mu
    fa fo fei fou fan fen fang feng fu
    da de dai dei dao dou dan den dang deng dong di die diao diu dian ding du duo dui duan dun
    ta te tai tao tou tan tang teng tong ti tie tiao tian ting tu tuo tui tuan tun
    na ne nai nei nao nou nan nen nang neng nong ni nie niao niu nian nin niang ning nu nuo
    nuan nü nüe
    la le lai lei lao lou lan lang leng long li lia lie liao liu lian lin liang ling lu luo
    luan lun lü lüe
    ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang
    ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang
    ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang
    ji jia jie jiao jiu jian jin jiang jing jiong ju jue juan jun
    qi qia qie qiao qiu qian qin qiang qing qiong qu que quan qun
    xi xia xie xiao xiu xian xin xiang xing xiong xu xue xuan xun
    zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui
    zhuan zhun zhuang
    cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan
    chun chuang
    sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun
    shuang
    re ri rao rou ran ren rang reng rong ru ruo rui ruan run
    za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun
    ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun
    sa se si sai sao sou san sen sang seng song su suo sui suan sun
    """
)
# The commonest Chinese surnames in pinyin (the national lists' top hundred or so).
SURNAMES = words(
    """
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye
    cheng su wei lü ding ren shen yao lu cui zhong tan fan jin shi liao jia xia fu fang bai zou
    meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo
    kong xiang ou lai chang niu ni kang
    """
)
_WORD = re.compile(r"[A-Za-zü]+")
_AFTER = re.compile(r" ([A-Za-zü]+)(?![\w'’-])")
_BEFORE = re.compile(r"(?<![\w'’@.-])([A-Za-zü]+) \Z")


def pinyin(word: str) -> bool:
    """One to three pinyin syllables written as one word, every letter lower case after the
    first (or all capitals): `Min`, `Xiuying`, `ZHENG` (not `Minecraft`)."""
    if not (word[1:].islower() or word.isupper() or word.islower()) or len(word) > 12:
        return False
    key = word.casefold()
    return _split(key, 3)


def _split(key: str, parts: int) -> bool:
    if key in _SYLLABLES:
        return True
    if parts == 1:
        return False
    return any(
        key[:i] in _SYLLABLES and _split(key[i:], parts - 1) for i in range(1, min(len(key), 7))
    )


def widened(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each one-word PERSON in pinyin widened over a pinyin word one space before
    or after it, written in the same case, that nothing else covers, when one of the two is a
    common Chinese surname."""
    result = list(findings)
    for person in [f for f in findings if f.kind == "PERSON"]:
        value = person.value(text)
        if " " in value or not _WORD.fullmatch(value) or not pinyin(value):
            continue
        after = _AFTER.match(text, person.end)
        before = _BEFORE.search(text, max(0, person.start - 20), person.start)
        for match in (after, before):
            if match is None:
                continue
            word, start = match.group(1), match.start(1)
            if _pair(value, word) and not _covered(result, start, start + len(word)):
                grown = Finding(
                    "PERSON", min(person.start, start), max(person.end, start + len(word)), 0.6
                )
                result = [f for f in result if f is not person] + [grown]
                break
    return result


def _pair(found: str, word: str) -> bool:
    """`word` a pinyin word in `found`'s case, one of them a Chinese surname; in lower case no
    stop word (`wang han vet`)."""
    same_case = word[0].isupper() == found[0].isupper() and word.isupper() == found.isupper()
    chinese = found.casefold() in SURNAMES or word.casefold() in SURNAMES
    small = word.islower() and word in name_rules.stop_words()
    return same_case and chinese and not small and pinyin(word)


def _covered(findings: list[Finding], start: int, end: int) -> bool:
    return any(f.start < end and start < f.end for f in findings)
