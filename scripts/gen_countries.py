#!/usr/bin/env python3
"""Generate gazetteers/countries.tsv.

Sources:
  * CLDR Indonesian territory names via babel (`Locale('id').territories`),
    two-letter codes only, minus the non-country pseudo codes (EU, EZ, UN, QO, XA, XB, ZZ).
  * ../shared/eval/countries-id.tsv (if present): every surface the scorer counts
    as a country, so that the gazetteer covers all of them.
  * ALIASES below: hand-written official long forms, news spellings and abbreviations.

Usage (from the repository root):
    pip install babel
    python3 scripts/gen_countries.py [--scorer-list ../shared/eval/countries-id.tsv]
"""
import argparse
import os
import re
import sys

from babel import Locale
import babel
import babel.core

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "gazetteers", "countries.tsv")
DEFAULT_SCORER = os.path.join(os.path.dirname(ROOT), "shared", "eval", "countries-id.tsv")

# Pseudo/regional codes and CLDR's exceptionally-reserved codes that are not
# ISO 3166-1 countries; AQ (Antarctica) is a continent in news -> places.tsv.
SKIP_CODES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ",
              "AC", "CP", "CQ", "DG", "EA", "IC", "TA", "AQ"}

# surface -> (alpha2, case or None for automatic, priority or None for default)
ALIASES = [
    # United States
    ("Amerika Serikat", "US", None, 60),
    ("Amerika", "US", None, None),
    ("AS", "US", "exact", 60),
    # all-lower-case news writes AS as "as"; in cased text lower-case "as" is rare
    # (English quotes, "as roda"), so exact case at a low priority
    ("as", "US", "exact", 40),
    ("USA", "US", "exact", None),
    ("Samoa Amerika", "AS", None, None),
    # Indonesia
    ("Indonesia", "ID", None, 60),
    ("Republik Indonesia", "ID", None, 60),
    ("Negara Kesatuan Republik Indonesia", "ID", None, 60),
    ("RI", "ID", "exact", 60),
    ("NKRI", "ID", "exact", 60),
    # China
    ("Tiongkok", "CN", None, 60),
    ("Cina", "CN", None, None),
    ("China", "CN", None, None),
    ("Republik Rakyat Tiongkok", "CN", None, None),
    ("Republik Rakyat China", "CN", None, None),
    ("Republik Rakyat Cina", "CN", None, None),
    ("RRT", "CN", "exact", None),
    ("RRC", "CN", "exact", None),
    # Russia
    ("Rusia", "RU", None, 60),
    ("Federasi Rusia", "RU", None, 60),
    # UK
    ("Inggris", "GB", None, None),
    ("Inggris Raya", "GB", None, None),
    ("Britania Raya", "GB", None, None),
    ("Kerajaan Inggris", "GB", None, None),
    ("Kerajaan Bersatu", "GB", None, None),
    ("UK", "GB", "exact", None),
    # Koreas
    ("Korea Selatan", "KR", None, None),
    ("Korsel", "KR", None, None),
    ("Republik Korea", "KR", None, None),
    ("Korea Utara", "KP", None, None),
    ("Korut", "KP", None, None),
    ("Republik Rakyat Demokratik Korea", "KP", None, None),
    # Saudi Arabia and Gulf
    ("Arab Saudi", "SA", None, None),
    ("Saudi Arabia", "SA", None, None),
    ("Saudi", "SA", None, None),
    ("Kerajaan Arab Saudi", "SA", None, None),
    ("Uni Emirat Arab", "AE", None, None),
    ("UEA", "AE", "exact", None),
    ("Emirat Arab", "AE", None, None),
    # Spelling variants used in news
    ("Perancis", "FR", None, None),
    ("Prancis", "FR", None, None),
    ("Afghanistan", "AF", None, None),
    ("Afganistan", "AF", None, None),
    ("Libanon", "LB", None, None),
    ("Lebanon", "LB", None, None),
    ("Jordania", "JO", None, None),
    ("Yordania", "JO", None, None),
    ("Filipina", "PH", None, None),
    ("Belanda", "NL", None, None),
    ("Kerajaan Belanda", "NL", None, None),
    ("Jerman", "DE", None, None),
    ("Selandia Baru", "NZ", None, None),
    ("Papua Nugini", "PG", None, None),
    ("Papua New Guinea", "PG", None, None),
    ("PNG", "PG", "exact", None),
    ("Kongo", "CD", None, None),
    ("Republik Demokratik Kongo", "CD", None, None),
    ("Bosnia", "BA", None, None),
    ("Bosnia-Herzegovina", "BA", None, None),
    ("Ethiopia", "ET", None, None),
    ("Belarusia", "BY", None, None),
    ("Pantai Gading", "CI", None, None),
    ("Hongkong", "HK", None, None),
    ("Hong Kong", "HK", None, None),
    ("Macau", "MO", None, None),
    ("Makau", "MO", None, None),
    ("Myanmar", "MM", None, None),
    ("Burma", "MM", None, None),
    ("Palestina", "PS", None, None),
    ("Kepulauan Cocos", "CC", None, None),
    ("Timor-Leste", "TL", None, None),
    ("Timor Leste", "TL", None, None),
    ("Republik Ceko", "CZ", None, None),
    ("Cheska", "CZ", None, None),
    ("Chile", "CL", None, None),
    ("Cile", "CL", None, None),
    ("Makedonia", "MK", None, None),
    ("Makedonia Utara", "MK", None, None),
    ("Swaziland", "SZ", None, None),
    ("Eswatini", "SZ", None, None),
    ("Brunei", "BN", None, None),
    ("Brunei Darussalam", "BN", None, None),
    ("Vietnam", "VN", None, None),
    ("Viet Nam", "VN", None, None),
    ("Thailand", "TH", None, None),
    ("Muangthai", "TH", None, None),
    ("Singapura", "SG", None, None),
    ("Malaysia", "MY", None, None),
    ("Jepang", "JP", None, None),
    ("Suriah", "SY", None, None),
    ("Syria", "SY", None, None),
    ("Irak", "IQ", None, None),
    ("Iraq", "IQ", None, None),
    ("Kamboja", "KH", None, None),
    ("Kazakstan", "KZ", None, None),
    ("Kirgistan", "KG", None, None),
    ("Kyrgyzstan", "KG", None, None),
    ("Tajikistan", "TJ", None, None),
    ("Ukraina", "UA", None, None),
    ("Kroasia", "HR", None, None),
    ("Hungaria", "HU", None, None),
    ("Rumania", "RO", None, None),
    ("Romania", "RO", None, None),
    ("Moldova", "MD", None, None),
    ("Lituania", "LT", None, None),
    ("Luksemburg", "LU", None, None),
    ("Luxemburg", "LU", None, None),
    ("Denmark", "DK", None, None),
    ("Norwegia", "NO", None, None),
    ("Swedia", "SE", None, None),
    ("Finlandia", "FI", None, None),
    ("Islandia", "IS", None, None),
    ("Irlandia", "IE", None, None),
    ("Vatikan", "VA", None, None),
    ("Takhta Suci", "VA", None, None),
    ("Meksiko", "MX", None, None),
    ("Brasil", "BR", None, None),
    ("Brazil", "BR", None, None),
    ("Argentina", "AR", None, None),
    ("Venezuela", "VE", None, None),
    ("Kolombia", "CO", None, None),
    ("Kanada", "CA", None, None),
    ("Kuba", "CU", None, None),
    ("Mesir", "EG", None, None),
    ("Aljazair", "DZ", None, None),
    ("Maroko", "MA", None, None),
    ("Tunisia", "TN", None, None),
    ("Libya", "LY", None, None),
    ("Afrika Selatan", "ZA", None, None),
    ("Afsel", "ZA", None, None),
    ("Nigeria", "NG", None, None),
    ("Yaman", "YE", None, None),
    ("Yemen", "YE", None, None),
    ("Qatar", "QA", None, None),
    ("Kuwait", "KW", None, None),
    ("Bahrain", "BH", None, None),
    ("Oman", "OM", "title", None),
    ("Israel", "IL", None, None),
    ("Iran", "IR", None, None),
    ("Turki", "TR", None, None),
    ("Turkiye", "TR", None, None),
    ("Türkiye", "TR", None, None),
    ("Siprus", "CY", None, None),
    ("Yunani", "GR", None, None),
    ("Italia", "IT", None, None),
    ("Spanyol", "ES", None, None),
    ("Portugal", "PT", None, None),
    ("Polandia", "PL", None, None),
    ("Austria", "AT", None, None),
    ("Swiss", "CH", None, None),
    ("Swis", "CH", None, None),
    ("Belgia", "BE", None, None),
    ("Pakistan", "PK", None, None),
    ("Bangladesh", "BD", None, None),
    ("Sri Lanka", "LK", None, None),
    ("Maladewa", "MV", None, None),
    ("Mongolia", "MN", None, None),
    ("Taiwan", "TW", None, None),
    ("Australia", "AU", None, None),
    ("Fiji", "FJ", None, None),
]

# Surfaces whose lower-case form is an ordinary word or a common person name:
# they match only when capitalised ("title") or, for short codes, exactly.
TITLE_CASE = {
    "Georgia", "Jordan", "Chad", "Niger", "Mali", "Jersey", "Oman", "Dominika",
    "Benin", "Grenada",
}

# Lower priority for surfaces that are often used for something else (person
# names, US states, clothing).
LOW_PRIORITY = {"Georgia": 40, "Jordan": 40, "Jersey": 30, "Chad": 40, "Mali": 40,
                "Niger": 40, "Dominika": 40, "Israel": 55, "Guinea": 50, "Togo": 40}

# Names of states that must NOT map to the code babel/scorer use for a
# different entity: `AS` is American Samoa's code but means the US in news.
OVERRIDE = {"AS": "US"}


def auto_case(surface):
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", surface)
    if surface.isupper() and len(letters) <= 3:
        return "exact"
    if surface.isupper():
        return "exact" if len(letters) <= 4 else "any"
    if surface in TITLE_CASE:
        return "title"
    return "any"


def norm(s):
    return re.sub(r"\s+", " ", s.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer-list", default=DEFAULT_SCORER)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    entries = {}  # surface -> [code, case, priority]
    order = []
    src_of = {}

    def add(surface, code, case=None, prio=None, src=""):
        surface = norm(surface)
        code = OVERRIDE.get(surface, code)
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise SystemExit(f"bad code {code} for {surface}")
        if surface in entries:
            old = entries[surface]
            if old[0] != code:
                print(f"note: {surface!r}: keeping {old[0]}, ignoring {code} ({src})", file=sys.stderr)
            if case:
                old[1] = case
            if prio is not None:
                old[2] = prio
            return
        entries[surface] = [code, case or auto_case(surface),
                            prio if prio is not None else LOW_PRIORITY.get(surface, 50)]
        order.append(surface)
        src_of[surface] = src

    terr = Locale("id").territories
    for code in sorted(terr):
        if len(code) == 2 and code.isalpha() and code not in SKIP_CODES:
            add(terr[code], code, src="cldr")

    scorer = set()
    if os.path.exists(args.scorer_list):
        with open(args.scorer_list, encoding="utf-8") as f:
            next(f)
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                surface, code = line.split("\t")
                scorer.add(norm(surface))
                add(surface, code, src="scorer")
    else:
        print(f"warning: {args.scorer_list} not found; scorer surfaces not merged", file=sys.stderr)

    for surface, code, case, prio in ALIASES:
        add(surface, code, case, prio, src="alias")

    # Country names default to priority 55 (above same-span organisations and
    # places at 50) unless set explicitly above.
    lines = [
        "# generated by scripts/gen_countries.py; do not edit",
        f"# sources: CLDR {babel.core.get_cldr_version()} Indonesian territory names via babel "
        f"{babel.__version__} (Unicode licence), eval/countries-id.tsv surfaces, hand-written aliases",
        "# COUNTRY value = ISO 3166-1 alpha-2; `AS` means the US in news (American Samoa is `Samoa Amerika`)",
        "surface\tlabel\tvalue\tcase\tpriority",
    ]
    extra = []
    for s in order:
        code, case, prio = entries[s]
        if prio == 50:
            prio = 55
        row = f"{s}\tCOUNTRY\t{code}\t{case}\t{prio}"
        if scorer and s not in scorer:
            extra.append(row)
        else:
            lines.append(row)
    if extra:
        lines.append("# aliases below are not in eval/countries-id.tsv: the eval scorer counts them as LOCATION")
        lines.extend(extra)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {args.out}: {len(order)} entries ({len(extra)} not in scorer list)")


if __name__ == "__main__":
    main()
