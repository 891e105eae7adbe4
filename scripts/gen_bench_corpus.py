#!/usr/bin/env python3
"""Generates benches/corpus/berita-sintetis.txt, the synthetic Indonesian news corpus of the
benches (benches/tagger.rs, examples/scaling.rs).

Every article is made up: templates written for this project, filled with names drawn from the
repo's own gazetteers (gazetteers/*.tsv, gazetteers/given-names.txt) and with synthetic people,
companies, numbers and dates. Real people from people.tsv only appear in neutral roles
(speaking, attending, visiting); suspects, defendants and victims are always synthetic names.
The text mimics scraped online news: a headline line, a body (often one long line with glued
paragraphs such as "KPK.Dalam", inline "Baca juga:" teasers, an editor code and tag words),
datelines such as "Jakarta - " or "Jakarta, Jumat 31 Desember 2021 10:29 WIB - ", and the
Indonesian date grammar (Senin (12/5/2025), 17 Agustus 1945, pekan lalu, kemarin, tahun 2024).

Deterministic: fixed seed, standard library only, no set iteration; the same Python 3 gives
the same bytes (CI checks it regenerates identically).

    python3 scripts/gen_bench_corpus.py [--out PATH] [--bytes N] [--seed S]
"""

import argparse
import datetime
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
GAZ = ROOT / "gazetteers"
OUT = ROOT / "benches" / "corpus" / "berita-sintetis.txt"
SEED = 20261128
TARGET_BYTES = 280_000


# ---------------------------------------------------------------------------------------------
# gazetteers


def read_tsv(name):
    """(surface, label, value, case, section) for every entry of gazetteers/NAME."""
    rows, section = [], ""
    for line in (GAZ / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            section = line[5:].strip()
            continue
        if not line or line.startswith("#") or line.startswith("surface\t"):
            continue
        surface, label, value, case, _prio = line.split("\t")
        rows.append((surface, label, value, case, section))
    return rows


def dedup(xs):
    seen, out = {}, []
    for x in xs:
        if x not in seen:
            seen[x] = True
            out.append(x)
    return out


class Gaz:
    def __init__(self):
        people = read_tsv("people.tsv")
        orgs = read_tsv("organizations.tsv")
        countries = read_tsv("countries.tsv")
        places = read_tsv("places.tsv")
        regions = read_tsv("regions.tsv")
        self.given = [
            w.strip()
            for w in (GAZ / "given-names.txt").read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")
        ]

        def canonical(rows, label, section_word):
            return dedup(
                s
                for s, lab, v, _c, sec in rows
                if lab == label and not v and section_word in sec
            )

        # people: canonical names and their non-exact short forms
        self.presidents = canonical(people, "PERSON", "presidents")
        self.officials = canonical(people, "PERSON", "ministers")
        self.world_people = canonical(people, "PERSON", "world")
        self.alias = {}
        for s, lab, v, case, _sec in people:
            if lab == "PERSON" and v and case != "exact" and len(s) > 3:
                self.alias.setdefault(v, []).append(s)

        # organizations by section; acronym -> full name
        self.org_sections = {}
        self.acronym_of = {}
        self.full_of = {}
        for s, lab, v, case, sec in orgs:
            if lab != "ORGANIZATION":
                continue
            if not v:
                self.org_sections.setdefault(sec.split()[0], []).append(s)
            elif re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", s):
                self.acronym_of.setdefault(v, s)
                self.full_of.setdefault(s, v)
        self.orgs_all = dedup(s for s, lab, v, _c, _s in orgs if lab == "ORGANIZATION" and not v)

        # countries: ISO code -> surfaces
        self.country = {}
        for s, lab, v, case, _sec in countries:
            if lab == "COUNTRY":
                self.country.setdefault(v, []).append(s)
        self.country_codes = list(self.country)

        # places
        self.provinces = [
            s
            for s, lab, v, case, sec in places
            if lab == "LOCATION" and not v and "provinces" in sec and not s.startswith("Daerah")
        ]
        self.province_short = [
            s
            for s, lab, v, case, sec in places
            if lab == "LOCATION" and v and "provinces" in sec and case != "exact"
        ]
        self.islands = canonical(places, "LOCATION", "islands")
        self.mountains = canonical(places, "LOCATION", "mountains")
        self.landmarks = canonical(places, "LOCATION", "Jakarta")
        self.world_cities = canonical(places, "LOCATION", "world capitals")
        self.world_regions = canonical(places, "LOCATION", "world regions")
        self.kabupaten = dedup(
            s[len("Kabupaten ") :]
            for s, lab, v, c, _ in regions
            if lab == "LOCATION" and s.startswith("Kabupaten ") and not v
        )
        self.kota = dedup(
            s[len("Kota ") :]
            for s, lab, v, c, _ in regions
            if lab == "LOCATION" and s.startswith("Kota ") and not v
        )


# ---------------------------------------------------------------------------------------------
# word lists written for this generator

SURNAMES = """Siregar Nasution Simanjuntak Lubis Harahap Hutapea Sitompul Pangaribuan Manurung
Sinaga Panjaitan Situmorang Tambunan Hasibuan Ginting Tarigan Sembiring Purba Saragih Damanik
Wijaya Santoso Hidayat Saputra Pratama Kurniawan Setiawan Wibowo Susanto Gunawan Hakim Rahman
Syahputra Permana Nugroho Prasetyo Hartono Sutrisno Purnomo Handoko Suryadi Firmansyah Ramadhan
Maulana Hidayatullah Wirawan Kusuma Halim Tanoto Gozali Salim Lim Wongso Sugiarto Hendrawan
Mahendra Wicaksono Suharto Sumarno Kartika Lestari Anggraini Rahmawati Handayani Susilawati
Puspitasari Wulandari Oktaviani Maharani Ningsih Fitriani Sulistyowati Pardede Sihombing Napitupulu
Marpaung Lumbantobing Matondang Rangkuti Daulay Batubara Pohan Tanjung Latuconsina Pattimura
Wattimena Rumbiak Wenda Kogoya Mandagi Lumenta Rondonuwu Pontoh Tumbelaka Nggadas Manafe Bire
Lado Sabu Djami Bolang Mokodompit Paputungan Ahmad Hamid Yusuf Basri Latief Amiruddin Mappa
Pananrangi Daeng Parawansa Sulaiman Ishak Idris Jufri Akbar Hamzah Syam Baharuddin Tahir""".split()

VILLAGES = """Sukamaju|Sukajadi|Mekarsari|Sumberrejo|Tanjungsari|Sidomulyo|Karangrejo|Margamulya|
Cibadak|Sindangsari|Bojongsari|Rawabuaya|Kedungwaru|Wonorejo|Sumbersari|Pagerwojo|Mulyorejo|Tegalrejo|
Karangsari|Cimanggu|Ciherang|Jatimulya|Sukaresmi|Gunungsari|Bangunharjo|Panggungharjo|Sendangsari|
Banyuurip|Kalirejo|Tawangsari|Ngadirejo|Suka Makmur|Lubuk Pakam|Sei Rampah|Batu Ampar|Air Hitam|
Padang Luas|Talang Kelapa|Pasir Putih|Tanah Merah|Kampung Baru|Sungai Lilin|Teluk Betung|Bukit Raya""".replace(
    "\n", ""
).split("|")

STREETS = """Sudirman|Jenderal Sudirman|MH Thamrin|Gatot Subroto|Diponegoro|Imam Bonjol|Ahmad Yani|
Pahlawan|Veteran|Merdeka|Gajah Mada|Hayam Wuruk|Pemuda|Asia Afrika|Braga|Malioboro|Pattimura|
Sam Ratulangi|Teuku Umar|Cut Nyak Dien|Pangeran Antasari|Sultan Hasanuddin|Raya Bogor|Dr Soetomo|
Kartini|Siliwangi|Juanda|Hasanuddin|Slamet Riyadi|Pemuda Raya""".replace("\n", "").split("|")

FOREIGN_SURNAMES = """Andersen Lee Chen Wang Tanaka Yamaguchi Kim Park Nguyen Tran Singh Kumar Müller Schmidt
Rossi Bianchi Garcia Fernandez Martin Dubois Silva Santos Novak Kowalski Petrov Ivanova Jensen Larsen
Okafor Mensah Haddad Yilmaz Suzuki Watanabe Choi Lim Wong Ong""".split()

COMPANY_WORDS = """Sinar Mitra Karya Prima Sejahtera Nusantara Abadi Makmur Sentosa Andalan Cipta Graha
Buana Persada Mandala Lestari Perkasa Utama Global Teknologi Energi Logistik Agro Pangan Properti
Tambang Kimia Baja Semesta Samudra Bahari Cemerlang Gemilang Harapan Inti Jaya Kencana Mulia
Pratama Sakti Wahana Bumi Dirgantara Arta Dana Investama""".split()
COMPANY_TAILS = ["Tbk", "Tbk", "", "", "", "Indonesia"]

EDITOR_CODES = """rdp imk fas zap hri dnu gbr idh aik mae wia knv eva jbr taa yld aud ams rul idn
hnf fca dhn lir ral nwk ysn aan ega ers isa fdu""".split()

# the first word of a title that news repeats before a surname (`Gubernur Khofifah`)
SHORT_TITLES = """Gubernur Bupati Menteri Menlu Menkes Menhub Menag Menpora Mendagri Mendikdasmen Menkomdigi
Presiden Dirut Rektor Jubir Kapolres Kapolda Kapolsek Kasat Kabid Dekan Menhan Menkeu Camat Lurah
Sekjen Dubes Wagub Sekda Menko Kombes pelatih""".split()
RANKS = ["AKBP", "AKP", "Kombes", "Irjen", "Kompol", "Brigjen"]

# Indonesian parties, as news writes them
PARTIES = """PDI Perjuangan|PDIP|Partai Golkar|Golkar|Partai Gerindra|Gerindra|PKB|Partai NasDem|NasDem|PKS|
Partai Demokrat|Demokrat|PAN|PPP|Perindo|PSI|Hanura|Partai Buruh|Partai Gelora|Partai Ummat""".replace("\n", "").split("|")

MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
MONTHS_SHORT = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()
WEEKDAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
NUMWORDS = "dua tiga empat lima enam tujuh delapan sembilan sepuluh".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII".split()

# country codes by how often they are in Indonesian news (repeated = more often)
COMMON_COUNTRIES = (
    "US US US CN CN JP JP RU RU UA MY MY SG SG AU AU SA SA KR KR IN GB GB NL DE FR PS PS IL "
    "IR TH VN PH TL BN QA AE EG TR IT ES BR AR PK BD MM KP CA NZ"
).split()


# ---------------------------------------------------------------------------------------------
# templates
#
# `[a|b|c]` picks one alternative (innermost first, so they nest); `{SLOT}` is filled by
# Article.slot(). Cast slots (P1, P2, P3, R1, W1, W2, O1, O2, C1, C2, CO) keep the same referent
# within an article: the first mention is the full form (title and name, full name and
# acronym), later mentions a short one (`P1s` is always the short form). Place-like slots
# (Article.MEMO) come back to the article's first value now and then. P1-P3 are synthetic
# people with a role; R1 (and W1/W2 in world news) are real people from people.tsv, who only
# attend, meet, visit and say the neutral CLAUSES.

GENERAL = [
    "[Sebelumnya|Sementara itu|Di sisi lain|Selain itu], {O2} [juga |]telah [menyampaikan|mengeluarkan|menerbitkan] [surat edaran|keterangan resmi|imbauan] terkait hal tersebut pada {DATE}.",
    "Peristiwa serupa [pernah terjadi|juga tercatat] di {CITY} [pada {DATE}|beberapa waktu lalu].",
    "Hingga berita ini [diturunkan|ditulis|dipublikasikan], {O1} belum [memberikan keterangan resmi|menanggapi permintaan konfirmasi|merilis data terbaru].",
    "[Dia|Ia] menambahkan, [pihaknya|timnya] [akan|masih] berkoordinasi dengan {OX} dan pemerintah daerah setempat.",
    "Data {O2} [menunjukkan|mencatat] ada {NB} [kasus|laporan|pengaduan|peserta] sepanjang {YR}, naik {PCT} dibanding {REL}.",
    "[Kegiatan|Acara|Pertemuan] tersebut [berlangsung|digelar|diadakan] di {LM}, {DAY}[ malam| siang| pagi|], dan dihadiri [perwakilan|pejabat] {OX}.",
    "Menurut catatan {MEDIA}, [rencana|program|kebijakan] itu [pertama kali|sudah] [diumumkan|dibahas] pada {DATE}.",
    "[Dalam keterangan tertulisnya|Dalam konferensi pers|Saat ditemui di kantornya], {P1} [menyebut|mengatakan|menjelaskan] {CL}.",
    "{P2} [mengatakan|menyatakan|menjelaskan] {CL}.",
    "Menurut {P2}, {CL}.",
    '"{Q}," {SAY} {P1} [kepada wartawan|kepada detikcom|saat dihubungi|dalam keterangannya|di {LM}][, {DAY}||].',
    '"{Q}," {SAYN}.',
    '"{Q}. {Q}," {SAY} {P1}.',
    '{P1} [menambahkan|menegaskan|mengingatkan], "{Q}."',
    '"{Q}," [tutur|ujar|kata] {P2} [di sela kunjungannya ke {CITY}|di {KAB}|di Jakarta|usai rapat|kepada wartawan][, {DAYS}||].',
    "Hal senada [disampaikan|diungkapkan] {PX}. [Menurutnya|Ia menilai|Dia menyebut], {CL}.",
    "Selain {P1s}, [hadir pula|tampak hadir] {PX}, {PX}, dan {R1}.",
    "{P1s} [didampingi|bersama] {PX} dan {PX} [kemudian |][meninjau|mengecek|melihat langsung] [lokasi|kondisi di lapangan].",
    '"{Q}," kata {P1s}. {P2s} [pun |][mengamini|membenarkan|menanggapi] pernyataan [itu|tersebut].',
    "[Pernyataan|Sikap] {P1s} [itu |][ditanggapi|dikritik|didukung] {PX}, yang [menilai|menyebut] {CL}.",
    "{NM}, [salah seorang|seorang] [warga|peserta|pedagang], [mengaku|menyebut] [baru tahu|sudah lama mendengar] soal itu dari {NM}, [tetangganya|rekannya].",
    '"{Q}," [ujar|kata|tutur] {NM}, [warga setempat|salah satu peserta|seorang pedagang].',
    "{R1} [juga |][mengomentari|menyinggung] [hal itu|persoalan tersebut]. [Menurut|Kata] {R1s}, {CLG}.",
    "[Sebelumnya|Pekan lalu], {P2} [telah |][bertemu|berdiskusi] dengan {P1s} [untuk membahas|guna membicarakan] [hal|persoalan] [yang sama|tersebut].",
    "[Dia|Ia|{P1s}] [juga |]meminta [masyarakat|warga|semua pihak] [tidak terpancing isu|tetap tenang|menunggu hasil resmi|ikut mengawasi prosesnya].",
    "[Sejak saat itu|Belakangan], [jumlah itu|angka tersebut] [terus bertambah|sempat turun|relatif stabil] [di {PROV}|di sejumlah daerah|di {CITY}].",
    "[Kunjungan|Rapat|Agenda] itu [sempat tertunda|dijadwalkan ulang|dimajukan] karena [cuaca buruk|agenda lain|alasan teknis] dan [baru|akhirnya] [berlangsung|digelar] {REL}.",
    "Di tempat terpisah, {PX} [menilai|berpendapat] {CL}.",
    "[Rapat|Pertemuan|Acara] [itu |][dimulai|dibuka] pukul {CLOCK} WIB dan [berakhir|baru selesai] [menjelang sore|sekitar pukul {CLOCK} WIB|menjelang tengah malam].",
    "[Rombongan|{P1s}] [tiba|sampai] di {LM} sekitar pukul {CLOCK} WIB [dan langsung|lalu] [menggelar rapat tertutup|menemui warga|memberikan keterangan kepada wartawan].",
    "[Untuk diketahui|Sebagai informasi|Perlu diketahui], {CL}.",
    "[Ditemui terpisah|Dihubungi terpisah], {PX} [mengaku|menyebut] [belum menerima|sudah mendengar|masih menunggu] [informasi|kabar|surat] [resmi |]dari {O1}.",
    "{P1s} [menyebut|mengatakan] [evaluasi|pembahasan|kajian] [lanjutan|menyeluruh] akan [dilakukan|digelar] pada {DATE}.",
    "[Warga|Masyarakat|Para pedagang] di {DESA}, {KEC}, [mengaku|menyebut] [resah|senang|khawatir|terbantu] dengan [kondisi|kebijakan|situasi] tersebut.",
    "Jarak dari {CITY} ke {CITY2} [sekitar|kurang lebih] {N} kilometer [dan ditempuh|atau] [sekitar |]{NUMW} jam perjalanan darat.",
    "{C1} dan {C2} [juga |][tengah|sedang] [membahas|menjajaki] [kerja sama|perjanjian|kesepakatan] serupa [sejak|mulai] {YR}.",
    "[Sebanyak|Total] {NB} [warga|pegawai|pelajar|peserta|personel] [dilibatkan|terlibat|hadir] dalam [kegiatan|program|operasi] itu.",
    "[Kasus|Masalah|Isu] ini [sempat|juga] [menjadi sorotan|ramai dibicarakan|viral] di media sosial [pekan lalu|sejak {DAYS}|{REL}].",
    "[Selanjutnya|Kemudian|Setelah itu], [rombongan|tim|peserta] [bergerak|bertolak|melanjutkan perjalanan] ke {CITY} [melalui|lewat] Jalan {JLN}.",
    "{R1} [sebelumnya |][hadir|terlihat|datang] [dalam acara|di acara|pada acara] itu [bersama|didampingi] {P2}.",
    "[Dalam kesempatan yang sama|Pada kesempatan itu], {R1s} [menyampaikan|mengungkapkan|memberikan] [apresiasi|dukungan|pandangan] kepada {O2}.",
]

# plain prose: background, explanation and long quotes, with few names or numbers (real news
# is mostly this)
PROSE = [
    "[Menurutnya|Ia menilai|Dia menyebut], [persoalan|masalah] ini tidak bisa diselesaikan oleh satu pihak saja, [melainkan|tetapi] [membutuhkan|perlu] kerja sama [semua pihak|pemerintah pusat dan daerah|masyarakat dan aparat].",
    "[Hal itu|Langkah tersebut|Keputusan ini] [dilakukan|diambil] [untuk memastikan|agar] [pelayanan kepada masyarakat tetap berjalan|tidak ada warga yang dirugikan|prosesnya berjalan transparan dan akuntabel].",
    "[Namun|Meski begitu|Kendati demikian], [sejumlah|beberapa] [warga|kalangan|pihak] [masih mempertanyakan|meragukan|menyoroti] [efektivitas|dampak|kejelasan] [kebijakan|program|langkah] tersebut [di lapangan|dalam jangka panjang].",
    '"[Kami|Saya] [berharap|ingin] [semua berjalan lancar|masalah ini cepat selesai|masyarakat bisa merasakan manfaatnya], [karena|sebab] [ini menyangkut kepentingan banyak orang|warga sudah lama menunggu|kita tidak punya banyak waktu lagi]," [katanya|ujarnya|kata {P1s}|ujar {P2s}].',
    "[Ia|Dia] [juga |][menyinggung|menyoroti|mengingatkan] [pentingnya|perlunya] [koordinasi|pengawasan|komunikasi] yang [baik|lebih erat|berkelanjutan] antara [lembaga|instansi] [terkait|di pusat dan daerah].",
    "[Sayangnya|Akan tetapi|Sementara itu], [hingga kini|sampai sekarang|sejauh ini] belum ada [kepastian|penjelasan|keputusan] [kapan|bagaimana] [masalah|persoalan] itu akan [diselesaikan|dituntaskan|ditindaklanjuti].",
    "[Situasi|Kondisi|Suasana] di [lokasi|sekitar lokasi|tempat itu] [terpantau|terlihat] [ramai|kondusif|lengang] [sejak pagi|hingga sore hari|sepanjang hari], dengan [petugas|aparat] yang [berjaga|bersiaga] di [beberapa|sejumlah] titik.",
    '"[Tidak ada|Belum ada] [yang|pihak yang] [bisa memastikan|tahu pasti] [apa yang akan terjadi|bagaimana kelanjutannya], [jadi|karena itu] kami [memilih|mencoba] [menunggu|bersabar] [dulu|sambil terus berkoordinasi]," [tambahnya|imbuh {P1s}|kata {P2s}].',
    "[Pihaknya|Mereka] [mengaku|menyebut] [sudah|telah] [berulang kali|beberapa kali] [menyampaikan keluhan|mengajukan permohonan|meminta penjelasan], [namun|tetapi] [belum mendapat tanggapan|belum ada tindak lanjut] yang [memuaskan|jelas].",
    "[Ke depan|Selanjutnya|Untuk itu], [pemerintah|pihaknya|tim] akan [melakukan evaluasi|meninjau ulang aturan|menyusun langkah-langkah] [agar kejadian serupa tidak terulang|supaya hasilnya lebih baik|sesuai masukan dari masyarakat].",
    "[Ia|Dia] [menjelaskan|menuturkan] bahwa [proses|tahapan] [ini|tersebut] [tidak mudah|memerlukan waktu|harus dilakukan dengan hati-hati] karena [melibatkan banyak pihak|datanya harus diverifikasi ulang|menyangkut aturan yang berlaku].",
    "[Warga|Masyarakat] [pun|juga] [diminta|diimbau] [untuk |][tidak mudah percaya pada informasi yang belum jelas sumbernya|melapor kepada petugas jika menemukan kejanggalan|mengikuti perkembangan melalui kanal resmi].",
    '"[Ini|Semua ini] [bukan|tidak] [soal|hanya soal] [siapa yang benar atau salah|angka di atas kertas|kepentingan kelompok tertentu], tetapi [bagaimana|soal bagaimana] [kita menjaga kepercayaan publik|masyarakat bisa hidup lebih baik|aturan ditegakkan dengan adil]," [tegasnya|tegas {P1s}|ujar {P2s}].',
    "[Di sisi lain|Sebaliknya|Pada saat yang sama], [ada|muncul] [kekhawatiran|anggapan|pertanyaan] bahwa [kebijakan|keputusan|langkah] itu [justru|malah] akan [membebani|merugikan|menyulitkan] [masyarakat kecil|pelaku usaha|para pekerja].",
    "[Sebagian|Beberapa] [warga|peserta|pengunjung] [yang ditemui|yang hadir] [mengaku|menyatakan] [puas|kecewa|belum tahu] dengan [hasilnya|keputusan itu|informasi yang disampaikan], [meski|walaupun] [ada|masih ada] [beberapa|sejumlah] catatan.",
    "[Semua|Seluruh] [pihak|instansi] [diharapkan|diminta] [menahan diri|bekerja sama|tetap mengedepankan dialog] [sambil menunggu|hingga ada] [hasil pemeriksaan|keputusan resmi|kejelasan lebih lanjut].",
]

# who said what to whom: the attributions that make up much of a news text
PEOPLE = [
    '"{Q}," {SAY} {P1s}.',
    '"{Q}," {SAY} {P2s}.',
    '{P2s} [mengatakan|menuturkan|menjelaskan], "{Q}."',
    '"{Q}," [kata|ujar] {P1s} [menanggapi|menjawab] pertanyaan [wartawan|{NM} dari {MEDIA}].',
    "{P1s} [mengaku|menyebut] [sudah|telah] [berbicara|berkomunikasi] dengan {P2s} dan {R1s} [soal|terkait] [hal itu|rencana tersebut].",
    "[Kepada|Di hadapan] [wartawan|para peserta], {P2s} [menegaskan|memastikan] {CL}.",
    "{P3} [menilai|berpendapat|mengingatkan] {CL}.",
    '"{Q}," [tutur|kata|ujar] {P3s}.',
    "{P3s} [menambahkan|juga menyebut], {CL}.",
    "[Ketika dikonfirmasi|Saat dikonfirmasi], {P2s} [membenarkan|tidak membantah] [hal itu|informasi tersebut]. [Ia|Dia] [menyebut|mengatakan] {CL}.",
    "{PX} dan {PX} [terlihat|tampak] [mendampingi|menemani] {P1s} [selama|sepanjang] [kegiatan|acara] itu.",
    "[Ucapan|Pernyataan] {P1s} [itu |][sejalan dengan|berbeda dengan] [pandangan|sikap] {R1}, yang [sebelumnya|beberapa waktu lalu] [menyebut|mengatakan] {CLG}.",
    '"{Q}," [ungkap|ucap|tegas] {P1s} [sambil tersenyum|dengan nada tinggi|singkat|].',
    "{NM} dan {NM}, [dua|keduanya] [warga|peserta] [yang ditemui|asal {CITY}], [mengaku|menyebut] [lega|senang|belum puas].",
]

# quotes and reported clauses any story can use once its own run out
QUOTES = [
    "Kami akan menindaklanjuti masukan dari masyarakat secepatnya",
    "Semua masih kami pelajari, nanti hasilnya akan kami sampaikan",
    "Intinya kami ingin masalah ini selesai dengan baik dan tidak ada yang dirugikan",
    "Kami tidak bisa bekerja sendiri, perlu dukungan semua pihak",
    "Tunggu saja, kami pastikan prosesnya transparan",
    "Ini bukan keputusan yang mudah, tapi harus diambil",
    "Kami sudah turun ke lapangan dan melihat sendiri kondisinya",
    "Yang penting sekarang bagaimana pelayanan tetap berjalan",
    "Saya kira publik berhak tahu apa yang sebenarnya terjadi",
    "Kami minta semua pihak menahan diri dan tidak saling menyalahkan",
    "Mudah-mudahan dalam waktu dekat sudah ada kejelasan",
    "Kami juga sudah berkoordinasi dengan {OX}",
    "Jangan sampai masyarakat menjadi korban",
    "Kami siap dievaluasi kalau memang ada yang kurang",
]

CLAUSES = [
    "pihaknya masih menunggu hasil kajian tim di lapangan",
    "keputusan akhir akan diambil setelah semua data terkumpul",
    "masyarakat tidak perlu khawatir karena semuanya sudah diantisipasi",
    "koordinasi dengan pemerintah daerah sudah dilakukan sejak awal",
    "anggaran untuk kegiatan itu sudah disiapkan",
    "evaluasi akan dilakukan secara berkala",
    "masih ada sejumlah kendala teknis yang harus diselesaikan",
    "pihaknya terbuka terhadap kritik dan masukan",
    "laporan tersebut sudah diterima dan sedang diverifikasi",
    "sosialisasi kepada warga akan diperluas",
    "langkah itu sesuai dengan aturan yang berlaku",
    "hasilnya akan diumumkan kepada publik",
]

TOPICS = {}

TOPICS["hukum"] = dict(
    roles=dict(
        P1=[
            "Juru Bicara KPK",
            "Jubir KPK",
            "Wakil Ketua KPK",
            "Plt Deputi Penindakan KPK",
            "Kapuspenkum Kejaksaan Agung",
            "Kepala Kejaksaan Tinggi {PROV}",
            "Direktur Penyidikan Jampidsus",
            "Kasi Intelijen Kejari {CITY}",
        ],
        P2=[
            "Bupati {CITY}",
            "Kepala Dinas PUPR {PROV}",
            "Direktur Utama {CO}",
            "mantan Wali Kota {CITY}",
            "Sekretaris Daerah {KAB}",
            "Kepala Desa {VIL}",
            "anggota DPRD {PROV}",
        ],
        P3=[
            "kuasa hukum tersangka",
            "pengacara",
            "Ketua Majelis Hakim",
            "hakim ketua",
            "pengamat hukum dari {UNIV}",
            "peneliti ICW",
        ],
    ),
    orgs=["KPK", "KPK", "Kejaksaan Agung", "Bareskrim Polri"],
    orgs2=["Mahkamah Agung", "Komisi Yudisial", "ICW", "PPATK", "Pengadilan Tipikor Jakarta", "BPK", "LPSK"],
    headlines=[
        "{O1a} Tahan {P2s} Terkait Dugaan Suap Proyek di {CITY}",
        "OTT di {PROV}, {O1a} Amankan {NUMW} Orang dan Uang {RP}",
        "{P2s} Divonis {NS} Tahun Penjara, Jaksa Pikir-pikir",
        "{O1a} Periksa {P2s} Terkait Dugaan Korupsi Proyek di {KAB}",
        "{O1a} Sita Uang {RPS} dari Rumah Dinas {P2s}",
        "Kejagung Periksa {NUMW} Saksi Kasus Korupsi {CO}",
        "Sidang Kasus Suap {KAB} Digelar {DAYS}, Ini Agendanya",
        "PPATK Temukan Transaksi Janggal {RP} di Rekening Pejabat {PROV}",
        "Hakim Tolak Eksepsi {P2s}, Sidang Dilanjutkan",
    ],
    leads=[
        "{O1} [menahan|menetapkan] {P2} sebagai tersangka [dugaan suap|kasus korupsi|dugaan gratifikasi] [proyek jalan|pengadaan barang dan jasa|dana hibah|perizinan tambang] di {KAB}.",
        "{O1} [menggelar|melakukan] operasi tangkap tangan (OTT) di {CITY}, {PROV}, {DAY}[ malam| dini hari|]. [Sebanyak|Total] {NUMW} orang [diamankan|dibawa ke Gedung Merah Putih].",
        "Majelis hakim Pengadilan Tipikor {CITY} [menjatuhkan vonis|memvonis] {P2} [{NS} tahun penjara|pidana {N} tahun] dan denda {RP} dalam sidang, {DAY}.",
        "[Penyidik|Tim penyidik] {O1} [memeriksa|memanggil] {P2} sebagai [saksi|tersangka] dalam [kasus|perkara] dugaan korupsi [pengadaan|pembangunan] [gedung|jalan|jembatan|alat kesehatan] tahun anggaran {YEAR}.",
        "{O1} [menyita|mengamankan] uang tunai [senilai |]{RPS} [dalam penggeledahan|saat menggeledah] rumah dinas {P2} di {CITY}.",
    ],
    body=[
        "Uang tersebut diduga merupakan [bagian dari|komitmen] fee [sebesar|senilai] {PCT} dari nilai proyek {RP}.",
        "Tersangka [dijerat|disangkakan melanggar] Pasal {N} ayat ({NUMD}) Undang-Undang Tindak Pidana Korupsi.",
        "Para tersangka [ditahan|akan ditahan] selama 20 hari pertama [hingga|sampai] {DATE} di Rutan {O1}.",
        "Dalam [persidangan|sidang] sebelumnya, jaksa [menuntut|meminta hakim menjatuhkan] hukuman {NS} tahun penjara.",
        "{P3} [menyatakan|mengatakan] kliennya [akan mengajukan banding|kooperatif|membantah menerima uang itu].",
        "Kasus ini [bermula|berawal] dari laporan [masyarakat|warga|PPATK] [pada|sejak] {DATE}.",
        "[Selain|Di samping] {P2s}, penyidik juga [menetapkan|menahan] {NM}, [pihak swasta|kontraktor|ajudan] yang diduga [sebagai pemberi suap|menjadi perantara].",
        "{P3} [menilai|berpendapat] vonis tersebut [terlalu ringan|sudah sesuai fakta persidangan|perlu dikaji ulang].",
        "Sidang [berikutnya|lanjutan] [dijadwalkan|akan digelar] {REL2} dengan agenda [pemeriksaan saksi|pembacaan tuntutan|pledoi].",
        "{O1} [juga |]telah [memeriksa|meminta keterangan] {N} saksi, [termasuk|di antaranya] pejabat {OX}.",
    ],
    quotes=[
        "Kami sudah menetapkan {NUMW} orang sebagai tersangka dan langsung melakukan penahanan",
        "Penyidik masih mendalami aliran dana ke sejumlah pihak",
        "Kami menghormati putusan majelis hakim, tapi akan mempelajarinya lebih dulu",
        "Barang bukti berupa uang tunai sudah kami amankan",
        "Klien kami tidak pernah menerima uang seperti yang dituduhkan",
        "Proses hukum berjalan sesuai prosedur dan kami terbuka untuk diawasi",
        "Kami akan menelusuri apakah ada keterlibatan pihak lain, termasuk dari {OX}",
    ],
    clauses=[
        "penyidik telah mengantongi cukup bukti untuk menaikkan status perkara ke penyidikan",
        "kerugian negara dalam kasus ini ditaksir mencapai {RP}",
        "pihaknya akan memanggil ulang saksi yang mangkir pada {REL2}",
        "penahanan dilakukan untuk kepentingan penyidikan",
        "tersangka diduga menerima suap secara bertahap sejak {YR}",
    ],
    prose=[
        "[Penyidik|Tim penyidik] [masih mendalami|terus menelusuri] [peran masing-masing tersangka|asal-usul uang tersebut|pihak-pihak yang diduga ikut menikmati aliran dana].",
        "[Dalam|Di] [persidangan|sidang], [terdakwa|para saksi] [mengaku|menyebut] [tidak mengetahui|baru mengetahui] [adanya pemberian uang|soal proyek itu] [setelah|ketika] [diperiksa penyidik|kasusnya mencuat].",
        "[Kasus|Perkara] ini [menambah panjang|memperpanjang] daftar kepala daerah yang [terjerat|tersandung] kasus korupsi [dalam beberapa tahun terakhir|sejak pilkada langsung digelar].",
        '"[Kami|Kami semua] [menghormati|menghargai] proses hukum yang berjalan dan [akan mengikuti|siap mengikuti] semua tahapan [dengan baik|sesuai aturan]," [kata|ujar] {P3}.',
    ],
    tags="korupsi kpk ott suap hukum kejaksaan tipikor",
)

TOPICS["politik"] = dict(
    roles=dict(
        P1=[
            "Ketua Umum {PARTY}",
            "Sekjen {PARTY}",
            "Wakil Ketua Komisi {ROMAN} DPR",
            "Ketua Fraksi {PARTY} DPR",
            "anggota Komisi {ROMAN} DPR dari Fraksi {PARTY}",
            "Ketua DPP {PARTY}",
            "Wakil Ketua Umum {PARTY}",
        ],
        P2=[
            "Ketua KPU",
            "anggota Bawaslu",
            "Ketua Bawaslu {PROV}",
            "Menteri Dalam Negeri",
            "Mendagri",
            "Ketua DPRD {PROV}",
            "Sekretaris Jenderal DPR",
        ],
        P3=[
            "pengamat politik dari {UNIV}",
            "peneliti {THINK}",
            "Direktur Eksekutif {THINK}",
            "analis politik",
        ],
    ),
    orgs=["KPU", "KPU", "Bawaslu", "Mahkamah Konstitusi"],
    orgs2=["DPR", "DKPP", "MPR", "DPD", "Kemendagri", "Perludem"],
    headlines=[
        "{PARTY} Resmi Usung {P2s} di Pilkada {PROV}",
        "DPR Sahkan RUU {LAW} Jadi Undang-Undang",
        "{O1a} Tetapkan Hasil Rekapitulasi Pilkada {KAB}",
        "{P1s}: Partai Kami Siap Hadapi Pemilu {YEARF}",
        "Komisi {ROMAN} DPR Cecar {MIN} Soal Anggaran",
        "Koalisi {PARTY}-{PARTY} Bahas Kandidat Pilgub {PROV}",
        "Bawaslu Temukan {N} Dugaan Pelanggaran Kampanye di {PROV}",
        "MK Gelar Sidang Sengketa Pilkada {KAB} {DAYS}",
        "Rapat Paripurna DPR Setujui {N} RUU Prolegnas Prioritas",
    ],
    leads=[
        "{PARTY} resmi [mengusung|mendukung|mendeklarasikan] {P2} sebagai calon [gubernur|bupati|wali kota] dalam Pilkada {PROV} {YEAR}.",
        "Rapat Paripurna DPR [mengesahkan|menyetujui] Rancangan Undang-Undang (RUU) {LAW} menjadi undang-undang, {DAY}.",
        "{O1} [menetapkan|mengumumkan] hasil rekapitulasi [suara|penghitungan suara] Pilkada {KAB} di {LM}, {DAY}[ malam|].",
        "{P1} [menegaskan|memastikan|menyatakan] partainya [siap|tetap solid] menghadapi [Pemilu|Pilkada serentak] {YEARF}.",
        "Komisi {ROMAN} DPR [menggelar|mengadakan] rapat kerja dengan {MIN} [di Kompleks Parlemen, Senayan, Jakarta|di Gedung DPR], {DAY}.",
    ],
    body=[
        "Rapat [dipimpin|dibuka] oleh {P1} dan [dihadiri|diikuti] {N} anggota dewan dari {NUMW} fraksi.",
        "[Sebanyak|Total] {NUMW} fraksi [menyetujui|mendukung] RUU tersebut, sementara Fraksi {PARTY} [menyatakan menolak|memberikan catatan].",
        "Pemungutan suara ulang [digelar|akan digelar] di {N} TPS di {KEC} pada {DATE}.",
        "[Pasangan|Paslon] nomor urut {NUMD} [unggul|meraih] {PCT} suara di {KAB}.",
        "{P3} [menilai|melihat] [peta koalisi|dinamika politik] di {PROV} masih [cair|bisa berubah] hingga [pendaftaran calon|masa kampanye].",
        "Tahapan pendaftaran calon dijadwalkan [dibuka|dimulai] pada {DATE}.",
        "Komisi {ROMAN} [juga |]meminta {MIN} [menyerahkan|melengkapi] data [anggaran|kinerja] [tahun {YEAR}|paling lambat {REL2}].",
        "[Survei|Hasil survei] {THINK} yang dirilis {REL} menempatkan {R1} [di urutan teratas|di posisi kedua] dengan elektabilitas {PCT}.",
        "{PARTY} [meraih|memperoleh] {N} kursi DPR pada Pemilu {YEARP}.",
    ],
    quotes=[
        "Partai kami terbuka berkomunikasi dengan siapa pun demi kepentingan masyarakat {PROV}",
        "Keputusan ini sudah melalui mekanisme partai dan disetujui DPP",
        "Kami minta penyelenggara pemilu bekerja profesional dan netral",
        "Undang-undang ini sudah dibahas panjang bersama pemerintah",
        "Semua kader harus turun ke bawah dan mendengar aspirasi rakyat",
        "Kami masih menunggu hasil resmi dari KPU, jadi mohon bersabar",
    ],
    clauses=[
        "koalisi akan diumumkan setelah rapat pimpinan partai {REL2}",
        "pembahasan RUU itu melibatkan akademisi dan masyarakat sipil",
        "partisipasi pemilih di {PROV} naik menjadi {PCT}",
        "partainya belum memutuskan calon yang akan diusung di {KAB}",
        "penyelenggara pemilu harus menindaklanjuti setiap laporan dugaan pelanggaran",
    ],
    prose=[
        "[Dinamika|Manuver] politik [jelang|menjelang] [pilkada|pemilu] [memang|biasanya] [cepat berubah|sulit ditebak], [terutama|apalagi] [soal|terkait] [pembentukan koalisi|penentuan calon].",
        "[Sejumlah|Beberapa] [kader|pengurus] [di daerah|di tingkat bawah] [disebut|dikabarkan] [belum sepakat|keberatan] dengan [keputusan|arah] [partai|pengurus pusat].",
        '"[Politik itu|Dalam politik] [semuanya masih mungkin|tidak ada yang permanen], [yang penting|asalkan] [kepentingan rakyat|aspirasi masyarakat] [tetap di atas segalanya|tetap menjadi pegangan]," [kata|ujar] {P1s}.',
    ],
    tags="politik dpr pilkada pemilu partai koalisi kpu bawaslu",
)

TOPICS["ekonomi"] = dict(
    roles=dict(
        P1=[
            "Gubernur Bank Indonesia",
            "Deputi Gubernur BI",
            "Kepala BPS",
            "Deputi Bidang Statistik Distribusi dan Jasa BPS",
            "Ketua Dewan Komisioner OJK",
            "Kepala Eksekutif Pengawas Perbankan OJK",
            "Menteri Keuangan",
            "Wakil Menteri Keuangan",
        ],
        P2=[
            "Kepala Kantor Perwakilan BI {PROV}",
            "Kepala BPS {PROV}",
            "Direktur Jenderal Anggaran Kemenkeu",
            "Direktur Jenderal Pajak",
        ],
        P3=[
            "ekonom {UNIV}",
            "Direktur Eksekutif {THINK}",
            "ekonom senior",
            "Kepala Ekonom {BANK}",
            "analis pasar uang",
        ],
    ),
    orgs=["Bank Indonesia", "BPS", "OJK", "Kementerian Keuangan", "LPS", "Bursa Efek Indonesia", "IMF", "Bank Dunia"],
    headlines=[
        "BI Tahan Suku Bunga Acuan di Level {RATE} Persen",
        "Inflasi {MONF} {YEAR} Capai {PCT}, Ini Pemicunya",
        "Rupiah Melemah ke Rp {FX} per Dolar AS",
        "Ekonomi RI Tumbuh {PCT} di Kuartal {QROMAN}",
        "OJK Cabut Izin Usaha BPR di {KAB}",
        "Neraca Perdagangan Surplus US$ {N},{NUMD} Miliar",
        "IHSG Ditutup Menguat, Saham {BANK} Jadi Penopang",
    ],
    leads=[
        "Bank Indonesia (BI) [mempertahankan|menahan] suku bunga acuan BI-Rate di level {RATE} persen dalam Rapat Dewan Gubernur (RDG) {DATE}.",
        "Badan Pusat Statistik (BPS) mencatat inflasi tahunan pada {MONF} {YEAR} sebesar {PCT}, [lebih tinggi|lebih rendah] dari bulan sebelumnya.",
        "Nilai tukar rupiah [ditutup melemah|bergerak menguat] ke level Rp {FX} per dolar Amerika Serikat pada perdagangan {DAY}.",
        "Pertumbuhan ekonomi Indonesia pada kuartal {QWORD} {YEAR} [tercatat|mencapai] {PCT} secara tahunan (year on year).",
        "Otoritas Jasa Keuangan (OJK) [mencabut izin usaha|menutup] PT BPR {COW} {COW} di {KAB}, {PROV}, {DAY}.",
    ],
    body=[
        "Keputusan itu [sejalan dengan|untuk menjaga] [stabilitas nilai tukar|inflasi yang terkendali] [di tengah|di saat] ketidakpastian global.",
        "[Kelompok|Komoditas] [makanan, minuman, dan tembakau|beras|cabai merah|bawang merah|bensin] menjadi penyumbang inflasi terbesar dengan andil {PCT}.",
        "[Secara spasial|Menurut wilayah], inflasi tertinggi terjadi di {CITY} sebesar {PCT}, sedangkan terendah di {CITY}.",
        "Ekspor [batu bara|minyak kelapa sawit|nikel|besi dan baja] ke {C1} [naik|turun] {PCT} dibanding periode yang sama tahun lalu.",
        "{O2} memproyeksikan pertumbuhan ekonomi Indonesia [tahun ini|pada {YEAR}] [di kisaran|sekitar] {PCT}.",
        "Indeks Harga Saham Gabungan (IHSG) ditutup [naik|turun] {N} poin ke level {FX}.",
        "Cadangan devisa pada akhir {MONF} {YEAR} tercatat US$ {N} miliar.",
        "Penyaluran kredit perbankan tumbuh {PCT} hingga {MONF} {YEAR}, [didorong|ditopang] kredit [investasi|konsumsi|modal kerja].",
        "{P3} [menilai|memperkirakan] BI [masih punya ruang|akan] [menurunkan suku bunga|menahan suku bunga] pada [kuartal berikutnya|semester kedua {YEAR}].",
    ],
    quotes=[
        "Kebijakan ini konsisten dengan upaya menjaga inflasi dalam sasaran {RATE} plus minus 1 persen",
        "Permintaan domestik masih kuat, terutama konsumsi rumah tangga",
        "Tekanan terhadap rupiah lebih banyak dipicu faktor eksternal dari {C1}",
        "Kami terus memantau perkembangan harga pangan bersama pemerintah daerah",
        "Likuiditas perbankan masih memadai untuk mendukung penyaluran kredit",
    ],
    clauses=[
        "inflasi inti masih terjaga di level {PCT}",
        "harga beras di tingkat konsumen naik selama {NUMW} bulan berturut-turut",
        "defisit APBN hingga akhir {MONF} tercatat {RP} atau {PCT} terhadap PDB",
        "aliran modal asing kembali masuk ke pasar obligasi sejak {REL}",
    ],
    prose=[
        "[Pelaku pasar|Investor] [masih mencermati|menunggu] [arah kebijakan|data ekonomi] [dari|di] [Amerika Serikat|negara maju] yang [memengaruhi|bisa menekan] [nilai tukar|pasar keuangan] [di kawasan|negara berkembang].",
        "[Kenaikan|Lonjakan] harga [pangan|bahan pokok] [biasanya|umumnya] [terjadi|meningkat] [menjelang hari besar keagamaan|saat musim hujan|ketika pasokan terganggu].",
        '"[Daya beli|Konsumsi] masyarakat [masih perlu dijaga|harus terus didorong], [karena|sebab] [itu motor utama pertumbuhan|sebagian besar ekonomi kita ditopang konsumsi rumah tangga]," [kata|ujar] {P3}.',
    ],
    tags="ekonomi inflasi rupiah bi bps ojk suku bunga ihsg",
)

TOPICS["bisnis"] = dict(
    roles=dict(
        P1=[
            "Direktur Utama {CO}",
            "Dirut {CO}",
            "Presiden Direktur {CO}",
            "Direktur Keuangan {CO}",
            "Corporate Secretary {CO}",
            "VP Corporate Communication {CO}",
        ],
        P2=[
            "Menteri BUMN",
            "Menteri Perindustrian",
            "Menteri Investasi",
            "Wakil Menteri BUMN",
            "Deputi Bidang Pelayanan Perusahaan BEI",
        ],
        P3=["analis {SEKURITAS}", "Head of Research {SEKURITAS}", "ekonom {UNIV}", "pengamat BUMN"],
    ),
    orgs=["Pertamina", "PLN", "Telkom Indonesia", "Bank Mandiri", "Garuda Indonesia", "Bursa Efek Indonesia", "Kementerian BUMN", "Danantara"],
    headlines=[
        "{CO} Bukukan Laba Bersih {RP} Sepanjang {YEAR}",
        "{CO} Resmi Melantai di BEI, Harga Saham Naik {PCT}",
        "{O1a} Bangun Pabrik Baru di {KAB} Senilai {RP}",
        "{CO} Tebar Dividen {RP}, Cek Jadwalnya",
        "Investor {C1} Tanam Modal di Kawasan Industri {CITY}",
    ],
    leads=[
        "{CO} [membukukan|mencatatkan] laba bersih {RP} sepanjang {YR}, [naik|turun] {PCT} dibanding tahun sebelumnya.",
        "{CO} resmi mencatatkan saham perdana di Bursa Efek Indonesia (BEI), {DAY}, dengan kode saham {TICKER}.",
        "{O1} [meresmikan|memulai pembangunan] [pabrik|smelter|terminal|pusat data] di {KAB}, {PROV}, dengan nilai investasi {RP}.",
        "Rapat Umum Pemegang Saham Tahunan (RUPST) {CO} [menyetujui|memutuskan] pembagian dividen tunai {RP} atau Rp {N} per saham.",
    ],
    body=[
        "Pendapatan perseroan [naik|tumbuh] {PCT} menjadi {RP}, [terutama|sebagian besar] dari segmen [ritel|korporasi|ekspor].",
        "Perseroan menargetkan [pabrik|fasilitas] tersebut beroperasi penuh pada {DATE} dan menyerap {NB} tenaga kerja.",
        "Saham {TICKER} ditutup [menguat|melemah] {PCT} ke level Rp {NB} per saham.",
        "Dana hasil [IPO|penawaran umum] akan digunakan untuk [ekspansi|modal kerja|membayar utang] [anak usaha|perseroan], {CO}.",
        "[Kerja sama|Kemitraan] itu melibatkan investor dari {C1} dan {C2}.",
        "{P3} [merekomendasikan|menyarankan] investor [beli|tahan] saham {TICKER} dengan target harga Rp {NB}.",
        "{P2} [mendorong|meminta] [BUMN|perusahaan pelat merah] memperluas pasar ekspor ke {WREG}.",
    ],
    quotes=[
        "Kinerja positif ini ditopang efisiensi dan permintaan yang terus tumbuh",
        "Kami optimistis target pendapatan tahun ini tercapai",
        "Investasi ini akan membuka lapangan kerja bagi warga {KAB}",
        "Kami akan terus memperkuat bisnis inti dan transformasi digital",
        "Pembagian dividen menunjukkan komitmen kami kepada pemegang saham",
    ],
    clauses=[
        "belanja modal tahun ini dialokasikan {RP}",
        "perseroan akan menambah {N} gerai baru di {PROV}",
        "permintaan dari pasar {C1} masih tinggi",
        "margin laba kotor naik menjadi {PCT}",
    ],
    prose=[
        "[Perseroan|Manajemen] [optimistis|yakin] [kinerja|pendapatan] [akan terus membaik|tetap tumbuh] [seiring|sejalan dengan] [pulihnya permintaan|ekspansi bisnis] [di dalam dan luar negeri|di pasar domestik].",
        "[Persaingan|Kompetisi] di [industri|sektor] ini [semakin ketat|makin sengit], [terutama|apalagi] dengan [masuknya pemain baru|hadirnya produk impor yang lebih murah].",
    ],
    tags="bisnis saham emiten bumn investasi dividen ipo",
)

TOPICS["internasional"] = dict(
    roles=dict(
        P1=[
            "Menteri Luar Negeri",
            "Menlu",
            "Juru Bicara Kementerian Luar Negeri",
            "Duta Besar RI untuk {C1}",
            "Dubes RI untuk {C1}",
            "Direktur Perlindungan WNI Kemlu",
        ],
        P2=["juru bicara Kementerian Luar Negeri {C1}", "Perdana Menteri {C1}", "Presiden {C1}", "Menteri Luar Negeri {C2}", "Menlu {C2}"],
        P3=["pengamat hubungan internasional dari {UNIV}", "peneliti CSIS", "analis geopolitik"],
    ),
    orgs=["PBB", "ASEAN", "Kementerian Luar Negeri", "Uni Eropa", "WHO", "OKI", "Dewan Keamanan PBB", "NATO"],
    headlines=[
        "{C1} dan {C2} Sepakat Gelar Perundingan di {WCITY}",
        "Indonesia Kecam Serangan di {WCITY}, Desak PBB Bertindak",
        "KBRI {WCITY} Pastikan {N} WNI dalam Kondisi Aman",
        "{W1} Bertemu {W2}, Bahas Perdagangan dan Keamanan",
        "KTT ASEAN di {WCITY} Bahas Isu Laut China Selatan",
        "{C1} Umumkan Sanksi Baru terhadap {C2}",
    ],
    leads=[
        "Perundingan antara {C1} dan {C2} akan digelar di {WCITY} pada {DATE}, kata {P2}.",
        "Pemerintah Indonesia [mengecam|menyesalkan] serangan [di|ke] {WCITY}, {C1}, yang menewaskan {N} warga sipil pada {DAY}.",
        "Kedutaan Besar Republik Indonesia (KBRI) di {WCITY} memastikan {NB} warga negara Indonesia (WNI) di {C1} dalam kondisi aman.",
        "{W1} dan {W2} [bertemu|melakukan pertemuan bilateral] di {WCITY} {REL} untuk membahas [perdagangan|keamanan kawasan|perubahan iklim].",
        "Para pemimpin ASEAN [berkumpul|bertemu] di {WCITY} untuk Konferensi Tingkat Tinggi (KTT) ke-{N} pada {DATE}.",
    ],
    body=[
        "{C1} [menuduh|menuding] {C2} [melanggar kesepakatan|memperburuk situasi] di [perbatasan|kawasan] [sejak|mulai] {YR}.",
        "Dewan Keamanan PBB dijadwalkan menggelar sidang darurat di New York pada {DATE}.",
        "Hubungan diplomatik Indonesia dan {C1} [dibuka|terjalin] sejak {YEARH}.",
        "Nilai perdagangan Indonesia-{C1} [mencapai|tercatat] US$ {N} miliar pada {YEARP}.",
        "{W1} [tiba|mendarat] di {WCITY} pada {DAYS} [pagi|sore|malam] waktu setempat.",
        "[Ribuan|Ratusan] warga [berunjuk rasa|turun ke jalan] di {WCITY} [menuntut|memprotes] [gencatan senjata|kenaikan harga|hasil pemilu].",
        "Kemlu [mengimbau|meminta] WNI di {C2} [menghindari|menjauhi] [lokasi demonstrasi|wilayah konflik] dan [melapor ke|menghubungi] KBRI.",
        "Pertemuan itu juga dihadiri [perwakilan|delegasi] dari {C2}, {CX}, dan {CX}.",
        "{C1} [menarik|memanggil pulang] duta besarnya dari {C2} [pekan lalu|{REL}].",
    ],
    quotes=[
        "Indonesia mendorong semua pihak menahan diri dan kembali ke meja perundingan",
        "Keselamatan WNI adalah prioritas kami",
        "Kami siap memfasilitasi dialog antara kedua negara",
        "Tidak ada WNI yang menjadi korban dalam insiden tersebut",
        "Hubungan {C1} dan Indonesia sangat strategis bagi kawasan",
    ],
    clauses=[
        "sebanyak {N} WNI telah dievakuasi melalui {WCITY}",
        "kedua negara sepakat memperluas kerja sama di bidang energi dan pangan",
        "situasi keamanan di {WCITY} berangsur pulih",
        "pemerintah {C1} belum menanggapi tuduhan tersebut",
    ],
    prose=[
        "[Konflik|Ketegangan] [di kawasan itu|antara kedua negara] [telah|sudah] [berlangsung|berlarut-larut] [selama bertahun-tahun|sejak lama] dan [menelan|menyebabkan] [banyak korban jiwa|ribuan warga mengungsi].",
        "[Upaya|Usaha] [diplomasi|mediasi] [sebelumnya|yang dilakukan sebelumnya] [belum membuahkan hasil|selalu menemui jalan buntu] karena [kedua pihak|masing-masing pihak] [bersikeras|tetap pada posisinya].",
    ],
    tags="internasional diplomasi asean pbb wni kbri",
)

TOPICS["daerah"] = dict(
    roles=dict(
        P1=["Gubernur {PROV}", "Wakil Gubernur {PROV}", "Pj Gubernur {PROV}", "Penjabat Gubernur {PROV}", "Sekda {PROV}"],
        P2=["Bupati {CITY}", "Wali Kota {CITY}", "Wakil Bupati {CITY}", "Kepala Bappeda {PROV}", "Camat {VIL}", "Lurah {VIL}"],
        P3=["Kepala Dinas Perhubungan {PROV}", "Kepala Dinas Pendidikan {KAB}", "anggota DPRD {KAB}", "tokoh masyarakat"],
    ),
    orgs=["Kemendagri", "Bappenas", "Kementerian PUPR", "Kementerian Perhubungan", "Kementerian Sosial"],
    headlines=[
        "{P1s} Resmikan Proyek Senilai {RP} di {KAB}",
        "Pemprov {PROV} Siapkan Anggaran {RP} Tahun Depan",
        "UMP {PROV} {YEARF} Naik {PCT}",
        "Banjir Rendam Ratusan Rumah di {KAB}",
        "{CITY} Raih Penghargaan Kota Layak Anak {YEAR}",
        "Banjir Rob Rendam Permukiman Warga di {CITY}",
        "Warga {DESA} Keluhkan Jalan Rusak Bertahun-tahun",
    ],
    leads=[
        "{P1} meresmikan [jembatan|jalan|pasar|rumah sakit daerah] di {KAB}, {DAY}. [Pembangunan|Proyek] itu menelan anggaran {RP}.",
        "Pemerintah Provinsi {PROV} [mengalokasikan|menyiapkan] anggaran {RP} untuk [perbaikan jalan|penanganan banjir|beasiswa pelajar] pada {YR}.",
        "Upah minimum provinsi (UMP) {PROV} {YEARF} ditetapkan [sebesar|senilai] Rp {FX}, naik {PCT} dari tahun sebelumnya.",
        "Ratusan rumah di {DESA}, {KEC}, {KAB}, terendam banjir setinggi {N} sentimeter sejak {DAYS} [malam|pagi|dini hari].",
    ],
    body=[
        "{P2} mengatakan [perbaikan|pembangunan] [jalan|saluran air|tanggul] di wilayahnya [ditargetkan rampung|akan dimulai] pada {DATE}.",
        "Jalan sepanjang {N} kilometer itu menghubungkan {CITY} dengan {CITY}.",
        "Menurut data Dinas Sosial, {NB} kepala keluarga [terdampak|mengungsi] ke [balai desa|masjid|sekolah] terdekat.",
        "[Program|Bantuan] itu [menyasar|diberikan kepada] {NB} warga kurang mampu di {N} kecamatan.",
        "{P1s} juga meninjau [pasar|posko|lokasi pembangunan] di {LMK} didampingi {P2}.",
        "Pada {YEARP}, [angka kemiskinan|tingkat pengangguran] di {PROV} tercatat {PCT}.",
        "Warga berharap [pemerintah daerah|Pemkab] segera [memperbaiki|menangani] [jalan rusak|drainase|jembatan] yang [rusak|putus] sejak {YR}.",
    ],
    quotes=[
        "Jembatan ini sudah lama ditunggu warga {KAB}",
        "Kami ingin pelayanan publik di {PROV} makin cepat dan mudah",
        "Anggaran sudah kami siapkan, tinggal menunggu proses lelang",
        "Setiap tahun kalau hujan deras pasti banjir, kami sudah capek",
        "Kami minta kepala daerah memperhatikan warga di pelosok",
    ],
    clauses=[
        "pemerintah daerah akan membangun {N} sekolah baru tahun depan",
        "anggaran pendapatan daerah {PROV} tahun ini mencapai {RP}",
        "pembangunan pasar ditargetkan selesai sebelum Lebaran",
        "warga yang terdampak akan mendapat bantuan {RPS} per keluarga",
    ],
    prose=[
        "[Warga|Masyarakat] [setempat|sekitar] [menyambut baik|mengapresiasi] [pembangunan|program] itu karena [selama ini|bertahun-tahun] mereka harus [memutar jauh|menempuh jalan rusak|antre berjam-jam] [untuk ke pasar|untuk mengurus dokumen|setiap hari].",
        "[Pemerintah daerah|Pemda] [mengakui|menyadari] [masih ada|ada] [banyak|sejumlah] [pekerjaan rumah|persoalan] [yang harus diselesaikan|yang belum tuntas], [mulai dari|termasuk] [jalan rusak|sampah|banjir] hingga [layanan kesehatan|pendidikan].",
    ],
    tags="daerah pemprov pemkab pembangunan infrastruktur banjir ump",
)

TOPICS["bencana"] = dict(
    roles=dict(
        P1=["Kepala BNPB", "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB", "Kepala BMKG", "Deputi Bidang Geofisika BMKG", "Kepala Basarnas"],
        P2=["Kepala BPBD {PROV}", "Kepala Pelaksana BPBD {KAB}", "Kepala Kantor SAR {CITY}", "Kapolres {CITY}", "Dandim {CITY}"],
        P3=["warga {DESA}", "relawan", "pengungsi asal {DESA}", "ahli vulkanologi dari {UNIV}"],
    ),
    orgs=["BNPB", "BMKG", "Basarnas", "PVMBG", "Kementerian Sosial", "TNI", "Polri", "PMI"],
    headlines=[
        "Gempa M {MAG} Guncang {KAB}, Warga Berhamburan",
        "Banjir Bandang di {KAB}: {N} Orang Meninggal",
        "Gunung {MOUNT} Erupsi, Status Naik ke Siaga",
        "Tim SAR Temukan Korban Longsor di {DESA}",
        "Kebakaran Hutan Meluas di {PROV}, {NB} Hektare Terbakar",
        "BMKG: Waspada Cuaca Ekstrem di {PROV} Sepekan ke Depan",
    ],
    leads=[
        "Gempa bermagnitudo {MAG} mengguncang {KAB}, {PROV}, {DAY} pukul {CLOCK} WIB. Pusat gempa berada di laut {N} kilometer [barat daya|timur laut|selatan] {CITY}.",
        "Banjir bandang menerjang {N} desa di {KAB}, {PROV}, {DAYS} [malam|dini hari]. {NUMWC} orang dilaporkan meninggal dunia.",
        "Status Gunung {MOUNT} dinaikkan dari Waspada menjadi Siaga sejak {DATE}, kata {P1}.",
        "Tim SAR gabungan menemukan [satu|dua] korban longsor di {DESA}, {KEC}, {KAB}, {DAY}.",
        "Kebakaran hutan dan lahan di {PROV} [meluas|terus bertambah] hingga {NB} hektare sejak awal {MONF}.",
    ],
    body=[
        "Gempa tidak berpotensi tsunami, namun warga diminta [mewaspadai|mengantisipasi] gempa susulan.",
        "Hingga {DAYS} sore, tercatat {N} gempa susulan dengan magnitudo terbesar {MAG}.",
        "{NB} rumah rusak [ringan|sedang|berat] dan {N} fasilitas umum [terdampak|rusak].",
        "Pencarian [dilanjutkan|dihentikan sementara] karena [hujan deras|kondisi tanah labil|gelap] dan akan dilanjutkan {REL2}.",
        "{O2} mengirimkan bantuan logistik berupa [sembako|tenda|selimut dan makanan siap saji] ke {KAB}.",
        "Sebanyak {NB} warga mengungsi ke [tenda darurat|balai desa|gedung sekolah] di {DESA}.",
        "BMKG memprakirakan hujan [lebat|sedang hingga lebat] disertai petir masih berpotensi terjadi di {PROV}, {PROV}, dan {PROV} hingga {DATE}.",
        "{P3} mengaku [mendengar suara gemuruh|merasakan guncangan keras] sebelum [air datang|rumahnya retak]. [Kami langsung lari keluar rumah,|Semua panik,] [katanya|ujarnya].",
        "Gempa serupa pernah terjadi di wilayah itu pada {DATEH}.",
    ],
    quotes=[
        "Kami minta masyarakat tetap tenang dan tidak terpancing isu yang tidak bisa dipertanggungjawabkan",
        "Tim gabungan masih menyisir lokasi di sekitar aliran sungai",
        "Warga yang tinggal dalam radius {NUMW} kilometer dari puncak diminta mengungsi",
        "Kebutuhan mendesak saat ini adalah air bersih, selimut, dan makanan bayi",
        "Kami sudah mendirikan posko pengungsian dan dapur umum",
    ],
    clauses=[
        "total korban meninggal bertambah menjadi {N} orang",
        "sebanyak {NB} personel gabungan dikerahkan ke lokasi",
        "akses jalan menuju {DESA} terputus akibat longsor",
        "status tanggap darurat diberlakukan selama {NUMW} belas hari",
    ],
    prose=[
        "[Sebagian|Banyak] [warga|pengungsi] [masih enggan|belum berani] [kembali ke rumah|pulang] karena [khawatir|takut] [terjadi gempa susulan|banjir datang lagi|longsor susulan].",
        "[Petugas|Relawan] [bergantian|bahu-membahu] [membersihkan lumpur|mendirikan tenda|mendistribusikan bantuan] [di|ke] [rumah-rumah warga|lokasi pengungsian] [sejak pagi|hingga malam].",
    ],
    tags="bencana gempa banjir longsor bnpb bmkg basarnas",
)

TOPICS["kriminal"] = dict(
    roles=dict(
        P1=[
            "Kapolres {CITY} AKBP",
            "Kasat Reskrim Polres {CITY} AKP",
            "Kabid Humas Polda {PROV} Kombes",
            "Kapolda {PROV} Irjen",
            "Direktur Reserse Kriminal Umum Polda {PROV} Kombes",
            "Kapolsek {VIL} Kompol",
        ],
        P2=["tersangka", "pelaku", "tersangka berinisial", "seorang pria"],
        P3=["saksi mata", "warga sekitar", "kuasa hukum korban", "Ketua RT setempat"],
    ),
    orgs=["Polda Metro Jaya", "Bareskrim Polri", "Polri", "BNN", "Kompolnas", "LPSK"],
    headlines=[
        "Polisi Tangkap Komplotan Pelaku Kejahatan di {CITY}",
        "{N} Kg Sabu Diamankan di Pelabuhan {CITY}",
        "Pria di {KAB} Ditangkap Usai Aniaya Tetangga",
        "Polda {PROV} Bongkar Sindikat Penipuan Online",
        "Begal Sadis di {CITY} Akhirnya Diringkus",
    ],
    leads=[
        "Polres {CITY} menangkap [dua|tiga|empat] pelaku [pencurian sepeda motor|penipuan online|pembobolan minimarket] yang [beraksi|meresahkan warga] di {KEC}.",
        "Badan Narkotika Nasional (BNN) bersama Polda {PROV} [menggagalkan penyelundupan|mengamankan] {N} kilogram sabu di Pelabuhan {CITY}, {DAY}.",
        "Seorang pria berinisial {INIT} ({AGE}) ditangkap polisi setelah [menganiaya|merampok] [tetangganya|seorang pengemudi ojek online] di {DESA}, {KAB}, {REL}.",
        "Polda {PROV} membongkar sindikat penipuan online yang [merugikan|menipu] {NB} korban dengan total kerugian {RP}.",
    ],
    body=[
        "Pelaku ditangkap di [rumah kontrakannya|tempat persembunyiannya|sebuah hotel] di {CITY} pada {DAYS} [dini hari|malam|sore].",
        "Dari tangan pelaku, polisi menyita [barang bukti berupa |]{N} unit sepeda motor, [telepon genggam|senjata tajam|kunci letter T], dan uang tunai {RPS}.",
        "Para tersangka dijerat Pasal {N} KUHP dengan ancaman hukuman maksimal {NS} tahun penjara.",
        "Korban, {NM} ({AGE}), mengalami luka [di bagian kepala|di tangan] dan dirawat di RSUD {CITY}.",
        "Polisi masih memburu [satu|dua] pelaku lain yang [kabur|melarikan diri] ke {PROV}.",
        "Modus yang digunakan pelaku adalah [berpura-pura sebagai petugas|menawarkan investasi bodong|menyebarkan tautan palsu melalui WhatsApp].",
        "{P3} mengatakan pelaku [sudah beberapa kali|sering] terlihat [mondar-mandir|berkeliaran] di sekitar lokasi [sebelum kejadian|sejak {DAYS}].",
    ],
    quotes=[
        "Pelaku sudah beraksi di {N} lokasi berbeda",
        "Kami imbau masyarakat lebih waspada dan segera melapor jika melihat hal mencurigakan",
        "Motifnya ekonomi, pelaku mengaku butuh uang",
        "Barang bukti dan tersangka sudah kami amankan di Mapolres",
        "Kasus ini masih kami kembangkan untuk mengungkap jaringan yang lebih besar",
    ],
    clauses=[
        "pelaku merupakan residivis kasus serupa",
        "sabu tersebut diduga berasal dari {C1} dan akan diedarkan di {PROV}",
        "penangkapan berawal dari laporan warga pada {DATE}",
        "tersangka kini ditahan di Rutan Polres {CITY}",
    ],
    prose=[
        "[Polisi|Petugas] [masih mendalami|terus menyelidiki] [motif|latar belakang] [pelaku|kejadian itu] dan [memeriksa|meminta keterangan] [sejumlah|beberapa] saksi [di sekitar lokasi|yang melihat kejadian].",
        "[Warga|Tetangga] [sekitar|korban] [mengaku|menyebut] [kaget|tidak menyangka] karena [pelaku|tersangka] [dikenal|selama ini dikenal] [pendiam|ramah] dan [jarang bergaul|tidak pernah membuat masalah].",
    ],
    tags="kriminal polisi pencurian narkoba penipuan penangkapan",
)

TOPICS["olahraga"] = dict(
    roles=dict(
        P1=["pelatih timnas Indonesia", "pelatih {CLUB}", "Ketua Umum PSSI", "Menpora", "Menteri Pemuda dan Olahraga", "Sekjen PSSI"],
        P2=["kapten timnas", "gelandang {CLUB}", "penyerang {CLUB}", "kiper {CLUB}", "striker {CLUB}", "bek {CLUB}"],
        P3=["pengamat sepak bola", "mantan pemain timnas", "Direktur Teknik PSSI", "pebulu tangkis tunggal putra", "pebulu tangkis"],
    ),
    orgs=["PSSI", "FIFA", "AFC", "KONI", "PBSI", "Kemenpora", "PT LIB", "KOI"],
    headlines=[
        "Timnas Indonesia Tekuk {C1} di {STADIUM}",
        "{CLUB} Tumbang di Kandang {CLUB}",
        "{P1s} Panggil {N} Pemain untuk TC di {CITY}",
        "{W1} Juara di {WCITY}",
        "{P2s} Cetak Gol Penentu, {CLUB} Puncaki Klasemen",
        "PSSI Umumkan Skuad Timnas untuk Piala AFF {YEAR}",
        "Jadwal Liga 1 Pekan Ke-{N}: {CLUB} vs {CLUB}",
    ],
    leads=[
        "Timnas Indonesia [menang|menundukkan|menaklukkan] {C1} dengan skor {SCORE} dalam laga [kualifikasi Piala Dunia|uji coba internasional|Piala AFF] di {STADIUM}, {DAY}.",
        "{CLUB} [takluk|kalah] {SCORE} dari {CLUB} pada pekan ke-{N} Liga 1 di {STADIUM}, {DAYS} [malam|sore].",
        "{P1} [memanggil|mengumumkan] {N} pemain untuk [pemusatan latihan|TC] di {CITY} jelang [laga kontra|pertandingan melawan] {C1} pada {DATE}.",
        "{W1} [menjuarai|memenangi] [turnamen|final] di {WCITY} setelah mengalahkan {W2} dalam [dua|tiga] gim.",
    ],
    body=[
        "Gol [kemenangan|penentu] dicetak {P2} pada menit ke-{N} [lewat sundulan|melalui tendangan bebas|memanfaatkan umpan silang].",
        "[Hasil ini|Kemenangan ini|Kekalahan itu] membuat {CLUB} [naik|turun] ke posisi {NUMD} klasemen sementara dengan {N} poin.",
        "Pertandingan [disaksikan|ditonton] sekitar {NB} penonton [yang memadati stadion|meski hujan deras].",
        "{P2} [baru bergabung|didatangkan] dari klub {C1} pada bursa transfer {MONF} {YEAR}.",
        "Laga berikutnya, {CLUB} akan [menjamu|bertandang ke markas] {CLUB} pada {DATE}.",
        "Timnas [dijadwalkan|akan] bertolak ke {WCITY} pada {DAYS} [pagi|malam] [untuk|guna] menjalani [laga tandang|uji coba].",
        "{P3} [menilai|melihat] [lini tengah|pertahanan|lini depan] tim masih [perlu dibenahi|kurang solid].",
        "Indonesia terakhir kali [menjuarai|mencapai final] turnamen ini pada {YEARH}.",
    ],
    quotes=[
        "Para pemain bermain disiplin dan menjalankan instruksi dengan baik",
        "Kami harus segera melupakan hasil ini dan fokus ke laga berikutnya",
        "Dukungan suporter luar biasa, terima kasih untuk semua",
        "Target kami lolos ke putaran berikutnya",
        "Saya senang bisa mencetak gol untuk tim dan keluarga",
    ],
    clauses=[
        "timnya sudah mempelajari permainan {C1} lewat video",
        "{N} pemain absen karena cedera dan akumulasi kartu",
        "latihan akan difokuskan pada penyelesaian akhir",
        "PSSI menargetkan timnas masuk peringkat 100 besar FIFA",
    ],
    prose=[
        "[Pertandingan|Laga] [berjalan|berlangsung] [ketat|sengit] sejak [menit awal|peluit pertama], dengan kedua tim [saling jual beli serangan|bergantian menguasai bola].",
        "[Suporter|Para pendukung] [tetap|terus] [bernyanyi|memberikan dukungan] [hingga peluit panjang dibunyikan|meski tim tertinggal], [menciptakan|membuat] [suasana|atmosfer] [meriah|luar biasa] di stadion.",
    ],
    tags="sepakbola timnas liga 1 pssi olahraga bulu tangkis",
)

TOPICS["pendidikan"] = dict(
    roles=dict(
        P1=["Menteri Pendidikan Dasar dan Menengah", "Mendikdasmen", "Mendikbudristek", "Rektor {UNIV}", "Kepala Dinas Pendidikan {PROV}"],
        P2=["Dekan Fakultas {FAC} {UNIV}", "Wakil Rektor {UNIV}", "Kepala SMA Negeri {N} {CITY}", "guru besar {UNIV}", "dosen {UNIV}"],
        P3=["orang tua siswa", "pengamat pendidikan", "Ketua PGRI {PROV}", "mahasiswa {UNIV}"],
    ),
    orgs=["Kemendikdasmen", "Kemendiktisaintek", "Kemendikbudristek", "LPDP", "PGRI", "BRIN"],
    headlines=[
        "{UNIV} Masuk Daftar Kampus Terbaik Dunia {YEAR}",
        "SPMB {PROV} {YEAR} Dibuka {DAYS}, Ini Syarat dan Jadwalnya",
        "Ratusan Guru Honorer di {KAB} Belum Terima Gaji",
        "Mahasiswa {UNIV} Raih Juara Lomba Robotik di {WCITY}",
        "Beasiswa LPDP {YEAR} Dibuka, Kuota {NB} Penerima",
    ],
    leads=[
        "{UNIV} [masuk|kembali masuk] daftar [500|1.000] kampus terbaik dunia versi QS World University Rankings {YEAR}.",
        "Pendaftaran Sistem Penerimaan Murid Baru (SPMB) jenjang [SMA|SMP] di {PROV} dibuka mulai {DATE}.",
        "Ratusan guru honorer di {KAB}, {PROV}, belum menerima [gaji|insentif] selama {NUMW} bulan.",
        "Tim mahasiswa {UNIV} [meraih|memenangi] juara [pertama|kedua] [lomba robotik|kompetisi debat|olimpiade sains] internasional di {WCITY}, {C1}, {REL}.",
    ],
    body=[
        "[Peringkat|Posisi] itu naik {N} tingkat dibanding tahun sebelumnya.",
        "Kuota jalur [zonasi|domisili|afirmasi|prestasi] ditetapkan {PCT} dari daya tampung sekolah.",
        "{P2} mengatakan [kampus|sekolah] akan menambah {N} [program studi|ruang kelas|laboratorium] baru pada {YR}.",
        "Pengumuman hasil seleksi dijadwalkan pada {DATE} melalui laman resmi.",
        "[Sebanyak|Total] {NB} [siswa|mahasiswa|pelamar] [mendaftar|tercatat] hingga hari terakhir pendaftaran.",
        "{P3} [meminta|berharap] pemerintah [memperhatikan kesejahteraan guru|memperbaiki sistem zonasi|menambah kuota beasiswa].",
    ],
    quotes=[
        "Pendidikan yang bermutu harus bisa dinikmati semua anak, termasuk di daerah terpencil",
        "Kami ingin lulusan kami siap bersaing di tingkat global",
        "Gaji kami belum dibayar, padahal kebutuhan sehari-hari terus berjalan",
        "Prestasi ini hasil kerja keras mahasiswa dan dosen pembimbing",
    ],
    clauses=[
        "kurikulum baru akan diterapkan bertahap mulai tahun ajaran {YEARF}",
        "sebanyak {NB} sekolah di {PROV} masih kekurangan guru",
        "tunjangan guru honorer akan dibayarkan paling lambat {REL2}",
    ],
    prose=[
        "[Banyak|Sebagian] [orang tua|wali murid] [mengeluhkan|mempertanyakan] [sistem|aturan] [penerimaan|seleksi] yang [dinilai|dianggap] [rumit|tidak adil] dan [membingungkan|kurang sosialisasi].",
    ],
    tags="pendidikan sekolah kampus guru beasiswa mahasiswa",
)

TOPICS["kesehatan"] = dict(
    roles=dict(
        P1=["Menteri Kesehatan", "Menkes", "Juru Bicara Kementerian Kesehatan", "Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kemenkes", "Kepala BPOM", "Direktur Utama BPJS Kesehatan"],
        P2=["Kepala Dinas Kesehatan {PROV}", "Kadinkes {KAB}", "Direktur RSUD {CITY}", "Kepala Puskesmas {VIL}"],
        P3=["epidemiolog {UNIV}", "dokter spesialis anak", "Ketua IDI {PROV}", "ahli gizi"],
    ),
    orgs=["Kementerian Kesehatan", "BPOM", "BPJS Kesehatan", "WHO", "IDI", "Badan Gizi Nasional"],
    headlines=[
        "Kasus DBD di {KAB} Naik, {N} Pasien Dirawat",
        "Kemenkes Catat {NB} Kasus Baru {DISEASE} Sepekan Terakhir",
        "Program Makan Bergizi Gratis Mulai di {N} Sekolah {CITY}",
        "Stunting di {PROV} Turun Jadi {PCT}",
        "BPOM Tarik Peredaran Obat Sirup Tercemar",
    ],
    leads=[
        "Kasus demam berdarah dengue (DBD) di {KAB} [meningkat|melonjak] sejak awal {MONF}. Hingga {DAYS}, tercatat {NB} kasus dengan {N} kematian.",
        "Kementerian Kesehatan (Kemenkes) mencatat {NB} kasus baru {DISEASE} dalam sepekan terakhir, [sebagian besar|terbanyak] di {PROV}.",
        "Program makan bergizi gratis (MBG) mulai dijalankan di {N} sekolah di {CITY} pada {DAY}.",
        "Prevalensi stunting di {PROV} turun menjadi {PCT} pada {YEARP}, berdasarkan Survei Status Gizi Indonesia.",
    ],
    body=[
        "Sebagian besar pasien [adalah anak-anak|berusia di bawah 15 tahun] dan dirawat di RSUD {CITY}.",
        "Dinas Kesehatan [melakukan fogging|menggelar vaksinasi|membagikan obat] di {N} kelurahan.",
        "{P2} mengimbau warga [menerapkan 3M Plus|segera ke fasilitas kesehatan jika demam tinggi|menjaga kebersihan lingkungan].",
        "Setiap porsi makanan [dianggarkan|senilai] Rp {NB} per anak per hari.",
        "[Kasus pertama|Lonjakan kasus] terdeteksi pada {DATE} di {KEC}.",
        "{P3} [mengingatkan|menilai] [cakupan imunisasi|pengawasan pangan] [perlu ditingkatkan|masih rendah] di [daerah terpencil|{PROV}].",
    ],
    quotes=[
        "Kami minta masyarakat tidak panik, tetapi tetap waspada",
        "Stok obat dan tempat tidur di rumah sakit masih mencukupi",
        "Anak-anak terlihat lebih semangat belajar setelah makan",
        "Penurunan ini hasil kerja bersama puskesmas, kader, dan pemerintah desa",
    ],
    clauses=[
        "tingkat keterisian tempat tidur rumah sakit mencapai {PCT}",
        "vaksinasi ditargetkan menjangkau {NB} anak hingga akhir {MONF}",
        "BPOM telah menarik {N} merek produk dari peredaran",
    ],
    prose=[
        "[Petugas kesehatan|Kader posyandu] [mendatangi|mengunjungi] rumah warga [satu per satu|dari pintu ke pintu] untuk [memastikan|mengecek] [kondisi anak-anak|tidak ada jentik nyamuk].",
    ],
    tags="kesehatan dbd rumah sakit kemenkes stunting gizi",
)

TOPICS["transportasi"] = dict(
    roles=dict(
        P1=["Menteri Perhubungan", "Menhub", "Direktur Utama PT KAI", "VP Public Relations KAI", "Direktur Jenderal Perhubungan Darat", "Direktur Utama Jasa Marga"],
        P2=["Manajer Humas KAI Daop {N} {CITY}", "General Manager Bandara {AIRPORT}", "Kepala Dinas Perhubungan {PROV}", "Kakorlantas Polri"],
        P3=["penumpang asal {CITY}", "pemudik tujuan {CITY}", "pengamat transportasi dari {UNIV}", "sopir bus"],
    ),
    orgs=["Kementerian Perhubungan", "KAI", "Jasa Marga", "Angkasa Pura", "Garuda Indonesia", "Korlantas Polri", "Lion Air", "ASDP"],
    headlines=[
        "Puncak Arus Mudik Diprediksi {DAYS}, Ini Kata Menhub",
        "Tiket Kereta Lebaran Rute {CITY}-{CITY} Ludes",
        "Macet {N} Km di Tol Arah {CITY}, Polisi Berlakukan Contraflow",
        "Penerbangan dari Bandara {AIRPORT} Tertunda Akibat Cuaca",
        "Kemenhub Siapkan {NB} Bus untuk Mudik Gratis",
    ],
    leads=[
        "Puncak arus mudik Lebaran {YEAR} diprediksi terjadi pada {DATE}, kata {P1}.",
        "Tiket kereta api jarak jauh [rute|tujuan] {CITY}-{CITY} untuk periode [mudik Lebaran|libur Natal dan Tahun Baru] [habis terjual|ludes] sejak {REL}.",
        "Kemacetan [sepanjang|hingga] {N} kilometer terjadi di Tol [Jakarta-Cikampek|Cipali|Trans Jawa] [arah|menuju] {CITY}, {DAY}.",
        "{N} penerbangan dari Bandara {AIRPORT} [tertunda|dibatalkan] akibat [cuaca buruk|abu vulkanik|gangguan teknis], {DAY}.",
    ],
    body=[
        "Polisi [memberlakukan|menerapkan] [rekayasa lalu lintas|contraflow|one way] mulai kilometer {N} hingga kilometer {NB}.",
        "Jumlah penumpang [kereta api|pesawat|kapal] pada [masa angkutan Lebaran|periode Nataru] diperkirakan mencapai {NB} ribu orang.",
        "{O2} menambah {N} perjalanan kereta tambahan [dari|menuju] Stasiun {STATION}.",
        "Pemudik dari {PROV} [mulai memadati|memenuhi] Pelabuhan Merak sejak {DAYS} [malam|pagi].",
        "{P3} mengaku [berangkat lebih awal|memilih naik kereta] untuk menghindari kemacetan [di jalan tol|di Pantura].",
        "Harga tiket pesawat [rute|tujuan] {CITY}-{CITY} [naik|turun] hingga {PCT} menjelang [Lebaran|Natal|libur sekolah].",
    ],
    quotes=[
        "Kami imbau pemudik beristirahat setiap empat jam perjalanan",
        "Semua armada sudah melalui uji kelaikan jalan",
        "Saya berangkat lebih pagi biar tidak kena macet",
        "Keselamatan penumpang menjadi prioritas utama kami",
    ],
    clauses=[
        "jumlah pemudik tahun ini naik {PCT} dibanding tahun lalu",
        "tarif tol akan didiskon {PCT} pada periode mudik",
        "posko kesehatan disiagakan di {N} titik sepanjang jalur mudik",
    ],
    prose=[
        "[Arus kendaraan|Lalu lintas] [terpantau|terlihat] [padat merayap|tersendat] [sejak sore|sejak pagi hari], [terutama|khususnya] di [gerbang tol|rest area|persimpangan jalan].",
    ],
    tags="mudik lebaran transportasi kereta tol bandara",
)

TOPICS["hiburan"] = dict(
    roles=dict(
        P1=["aktor", "aktris", "penyanyi", "sutradara", "musisi", "komedian", "presenter"],
        P2=["produser film", "manajer", "penyanyi", "pemeran utama", "kuasa hukum"],
        P3=["pengamat film", "penggemar asal {CITY}", "kritikus musik"],
    ),
    orgs=["Netflix", "XXI", "LSF", "PARFI", "KPI"],
    headlines=[
        "{P1s} Umumkan Kabar Bahagia",
        "Film Terbaru {P1s} Tembus {NB} Ribu Penonton",
        "Konser {P1s} di {LM} Dipadati Penggemar",
        "{P1s} Siapkan Karya Baru, Rilis {DATE}",
        "{P1s} Bicara Soal Rencana Go International",
        "Sinopsis Film yang Dibintangi {P1s}, Tayang {DAYS}",
    ],
    leads=[
        "{P1} [mengumumkan|membagikan kabar] [pernikahannya|kelahiran anak pertamanya] [lewat unggahan di Instagram|kepada awak media], {DAY}.",
        "Film [horor|drama keluarga|komedi] yang dibintangi {P1} [berhasil menembus|mencatatkan] {NB} ribu penonton [dalam sepekan|sejak tayang {REL}].",
        "{P1} [sukses menggelar|menggelar] konser [tunggal|bertajuk perjalanan karier] di {LM}, {DAYS} malam.",
        "{P1}[ |]tengah [mempersiapkan|menggarap] [album|film] terbaru yang dijadwalkan rilis pada {DATE}.",
    ],
    body=[
        "[Film|Serial] itu [disutradarai|diproduseri] {P2} dan [mengambil lokasi syuting|syuting] di {CITY} dan {WCITY}.",
        "Konser berdurasi {NUMW} jam itu [membawakan|menampilkan] {N} lagu, termasuk [lagu-lagu lawas|singel terbarunya].",
        "{P2} [mengatakan|mengungkapkan] [film|album] itu [digarap|dikerjakan] selama {NUMW} tahun.",
        "Tiket konser [ludes terjual|habis] dalam waktu {N} menit sejak dibuka pada {DATE}.",
        "{P3} [menilai|menyebut] [cerita|penampilan] {P1s} [makin matang|menyentuh|layak diapresiasi].",
    ],
    quotes=[
        "Terima kasih untuk semua yang sudah mendukung sejak awal",
        "Proses syutingnya berat, tapi kami puas dengan hasilnya",
        "Saya ingin karya ini bisa dinikmati keluarga Indonesia",
        "Mohon doanya supaya semua lancar",
    ],
    clauses=[
        "film tersebut juga akan tayang di {N} negara Asia",
        "pihaknya sudah menyiapkan tur ke {N} kota",
    ],
    prose=[
        "[Penggemar|Warganet] [langsung|pun] [membanjiri|memenuhi] kolom komentar [dengan ucapan selamat|dengan doa dan dukungan] [tak lama setelah|sesaat setelah] [kabar itu|unggahan itu] [beredar|dibagikan].",
    ],
    tags="hiburan film musik konser selebritas artis",
)

TOPICS["agama"] = dict(
    roles=dict(
        P1=["Menteri Agama", "Menag", "Direktur Jenderal Penyelenggaraan Haji dan Umrah", "Kepala Badan Penyelenggara Haji", "Ketua MUI"],
        P2=["Kepala Kanwil Kemenag {PROV}", "Ketua PWNU {PROV}", "Ketua PW Muhammadiyah {PROV}", "Kepala Daker Makkah"],
        P3=["jemaah asal {KAB}", "pengurus masjid", "ulama asal {CITY}", "pengamat haji"],
    ),
    orgs=["Kementerian Agama", "MUI", "PBNU", "Muhammadiyah", "BPKH", "Badan Penyelenggara Haji"],
    headlines=[
        "Kemenag Umumkan Biaya Haji {YEAR}: Rp {NB} Juta",
        "Sidang Isbat Tetapkan 1 Ramadan Jatuh {DAYS}",
        "Kloter Pertama Jemaah Haji {PROV} Tiba di Madinah",
        "MUI Terbitkan Fatwa Baru Soal {FATWA}",
    ],
    leads=[
        "Kementerian Agama (Kemenag) menetapkan biaya perjalanan ibadah haji (Bipih) {YEAR} rata-rata Rp {NB} juta per jemaah.",
        "Sidang isbat yang dipimpin {P1} menetapkan 1 Ramadan {HIJRI} H jatuh pada {DAY}.",
        "Kelompok terbang (kloter) pertama jemaah haji asal {PROV} tiba di Madinah, Arab Saudi, {DAY} waktu setempat.",
        "Majelis Ulama Indonesia (MUI) [menerbitkan|mengeluarkan] fatwa tentang {FATWA} dalam rapat pleno di Jakarta {REL}.",
    ],
    body=[
        "Kuota haji Indonesia tahun ini {NB} orang, terdiri atas jemaah reguler dan khusus.",
        "Jemaah akan menempati hotel di kawasan [Syisyah|Raudhah|Aziziyah], Makkah, [sekitar|berjarak] {N} kilometer dari Masjidil Haram.",
        "Pemantauan hilal dilakukan di {N} titik, termasuk di {CITY} dan {CITY}.",
        "Keberangkatan jemaah dari Embarkasi {CITY} dijadwalkan mulai {DATE}.",
        "{P2} meminta jemaah menjaga kesehatan dan banyak minum air putih karena suhu di Arab Saudi mencapai {N} derajat Celsius.",
    ],
    quotes=[
        "Kami mengajak umat menyambut bulan suci dengan saling menghormati",
        "Layanan bagi jemaah lansia menjadi perhatian utama tahun ini",
        "Alhamdulillah semua jemaah tiba dengan selamat",
        "Perbedaan awal puasa hendaknya tidak menjadi sumber perpecahan",
    ],
    clauses=[
        "masa tunggu haji di {KAB} mencapai {N} tahun",
        "sebanyak {N} jemaah lansia mendapat pendampingan khusus",
    ],
    prose=[
        "[Jemaah|Umat] [diimbau|diminta] [mempersiapkan diri|menjaga kondisi fisik] [sejak jauh hari|dengan baik] [agar|supaya] [ibadah|perjalanan] [berjalan lancar|bisa dijalani dengan khusyuk].",
    ],
    tags="haji ramadan kemenag mui agama umrah",
)

TOPICS["teknologi"] = dict(
    roles=dict(
        P1=["Menteri Komunikasi dan Digital", "Menkomdigi", "Dirjen Aplikasi Informatika", "CEO {STARTUP}", "Co-founder {STARTUP}", "Kepala BSSN"],
        P2=["VP Engineering {STARTUP}", "Country Manager {TECHCO} Indonesia", "Direktur Teknologi {CO}"],
        P3=["pakar keamanan siber dari {UNIV}", "peneliti CISSReC", "pengamat telekomunikasi"],
    ),
    orgs=["Komdigi", "BSSN", "Gojek", "Tokopedia", "Telkomsel", "Google", "Meta", "Microsoft"],
    headlines=[
        "Data {NB} Ribu Pengguna Diduga Bocor, Komdigi Panggil {STARTUP}",
        "{STARTUP} Raih Pendanaan Seri B US$ {N} Juta",
        "{TECHCO} Bangun Pusat Data di {KAB}",
        "Serangan Ransomware Lumpuhkan Layanan {OX}",
        "Jaringan 5G Diperluas ke {N} Kota, Termasuk {CITY}",
    ],
    leads=[
        "Kementerian Komunikasi dan Digital (Komdigi) memanggil pengelola {STARTUP} terkait dugaan kebocoran data {NB} ribu pengguna, {DAY}.",
        "Perusahaan rintisan {STARTUP} [meraih|mengumumkan] pendanaan Seri [A|B|C] senilai US$ {N} juta yang dipimpin investor asal {C1}.",
        "{TECHCO} [mengumumkan|meresmikan] pembangunan pusat data [senilai|dengan investasi] {RP} di {KAB}, {PROV}.",
        "Layanan [imigrasi|perbankan|pajak daerah] [sempat lumpuh|terganggu] selama {NUMW} hari akibat serangan ransomware sejak {DATE}.",
    ],
    body=[
        "Data yang bocor [berisi|meliputi] nama, nomor telepon, alamat surel, dan [NIK|tanggal lahir] pengguna.",
        "Dana segar itu akan digunakan untuk [ekspansi ke {C2}|memperkuat teknologi|menambah mitra UMKM].",
        "Jaringan 5G kini [tersedia|bisa dinikmati] di {N} kota, termasuk {CITY}, {CITY}, dan {CITY}.",
        "{P3} [menilai|menyebut] [sistem keamanan|tata kelola data] [lembaga publik|perusahaan] masih [lemah|perlu diaudit].",
        "Pusat data tersebut ditargetkan beroperasi pada {DATE} dengan kapasitas {N} megawatt.",
    ],
    quotes=[
        "Kami sedang melakukan investigasi menyeluruh dan sudah melapor ke otoritas",
        "Indonesia adalah pasar digital terbesar di Asia Tenggara",
        "Perlindungan data pribadi wajib dipatuhi semua penyelenggara sistem elektronik",
        "Kami ingin membantu UMKM naik kelas lewat teknologi",
    ],
    clauses=[
        "pengguna internet di Indonesia mencapai {NB} juta orang",
        "perusahaan wajib melaporkan kebocoran data paling lambat 3x24 jam",
    ],
    prose=[
        "[Kebocoran|Insiden] [data|keamanan] [seperti ini|semacam itu] [bukan yang pertama|sudah berulang kali terjadi] dan [menunjukkan|memperlihatkan] [lemahnya|rendahnya] [perlindungan|kesadaran] [data pribadi|keamanan siber] di [tanah air|Indonesia].",
    ],
    tags="teknologi startup data digital siber 5g",
)

TOPIC_WEIGHTS = dict(
    hukum=12, politik=12, ekonomi=9, bisnis=8, internasional=10, daerah=10, bencana=7,
    kriminal=8, olahraga=9, pendidikan=5, kesehatan=5, transportasi=4, hiburan=4, agama=3, teknologi=4,
)

LAWS = """Perampasan Aset|Penyiaran|Kepolisian|Kejaksaan|Perlindungan Data Pribadi|Hukum Acara Pidana|
Masyarakat Adat|Sistem Pendidikan Nasional|Energi Baru dan Terbarukan|Pengelolaan Ruang Udara|
Badan Usaha Milik Negara|Desa|Daerah Khusus Jakarta|Kesehatan|Minerba""".replace("\n", "").split("|")
THINK_TANKS = ["CSIS", "LSI", "Indikator Politik Indonesia", "Litbang Kompas", "SMRC", "Charta Politika", "Populi Center", "Formappi", "Perludem", "LIPI"]
SEKURITAS = ["Mirae Asset Sekuritas", "BRI Danareksa Sekuritas", "Mandiri Sekuritas", "Samuel Sekuritas", "Phintraco Sekuritas", "MNC Sekuritas", "Kiwoom Sekuritas"]
STARTUPS = ["Kopiku", "Tanilink", "Warungpay", "Belajarin", "Kirimaja", "Sehatku", "Pasarlokal", "Nelayanku", "Ruangkerja", "Dompetnusa"]
TECH_COS = ["Google", "Microsoft", "Amazon Web Services", "Alibaba Cloud", "Tencent", "Meta", "Apple", "Nvidia"]
DISEASES = ["campak", "difteri", "tuberkulosis", "cacar monyet", "demam berdarah", "ISPA", "pneumonia", "polio"]
FATWAS = ["hukum sound horeg", "salam lintas agama", "produk pro-Israel", "pinjaman online", "zakat saham", "kripto"]
FACULTIES = ["Hukum", "Ekonomi dan Bisnis", "Kedokteran", "Teknik", "Ilmu Sosial dan Ilmu Politik", "Pertanian", "Ilmu Budaya", "MIPA"]
STADIUMS = ["Stadion Utama Gelora Bung Karno", "Stadion Gelora Bung Tomo", "Jakarta International Stadium", "Stadion Si Jalak Harupat", "Stadion Kanjuruhan", "Stadion Manahan", "Stadion Maguwoharjo", "Stadion Gelora Bandung Lautan Api", "Stadion Patriot Candrabhaga", "Stadion Kapten I Wayan Dipta"]
AIRPORTS = ["Soekarno-Hatta", "Juanda", "Ngurah Rai", "Kualanamu", "Sultan Hasanuddin", "Adisutjipto", "Yogyakarta International Airport", "Sam Ratulangi", "Sepinggan", "Halim Perdanakusuma"]
STATIONS = ["Gambir", "Pasar Senen", "Bandung", "Tugu Yogyakarta", "Semarang Tawang", "Surabaya Gubeng", "Solo Balapan", "Purwokerto", "Cirebon", "Malang"]
CLUBS = ["Persib Bandung", "Persija Jakarta", "Arema FC", "Persebaya Surabaya", "Bali United", "PSM Makassar", "Borneo FC", "PSIS Semarang", "Persik Kediri", "Madura United", "Dewa United", "PSS Sleman", "Persita Tangerang", "Bhayangkara FC", "Malut United", "Semen Padang"]


# ---------------------------------------------------------------------------------------------
# one article


class Person:
    def __init__(self, title, full, short, real=False):
        self.title, self.full, self.short, self.real = title, full, short, real
        self.mentions = 0


class Article:
    def __init__(self, gen, topic_name, date):
        self.g, self.rng = gen, gen.rng
        self.gaz = gen.gaz
        self.topic_name = topic_name
        self.topic = TOPICS[topic_name]
        self.date = date
        self.cast = {}
        self.orgs = {}
        self.countries = {}
        # the first value drawn for a place-like slot is the article's own and comes back
        self.main = {}
        self.headline_mode = False
        self.headline_used = []
        self.quoted = []

    # ---- people
    def synthetic_name(self):
        r = self.rng
        given = self.gaz.given
        k = r.random()
        if k < 0.12:
            return r.choice(given)
        if k < 0.8:
            return f"{r.choice(given)} {r.choice(SURNAMES)}"
        return f"{r.choice(given)} {r.choice(given)} {r.choice(SURNAMES)}"

    def short_of(self, full, real):
        r = self.rng
        if real:
            aliases = self.gaz.alias.get(full)
            if aliases and r.random() < 0.6:
                return r.choice(aliases)
        words = full.split()
        if len(words) == 1:
            return full
        first_ok = words[0] not in ("Muhammad", "Mohammad", "Ahmad", "Abdul", "Moh", "Achmad", "Siti", "Nur")
        return words[0] if first_ok and r.random() < 0.4 else words[-1]

    def person(self, key):
        p = self.cast.get(key)
        if p is None:
            if key == "R1":
                full = self.real_person()
                p = Person("", full, self.short_of(full, True), real=True)
            else:
                title = self.fill(self.rng.choice(self.topic["roles"][key]))
                full = self.synthetic_name()
                if key == "P2" and self.topic_name == "kriminal":
                    full = self.initials()
                p = Person(title, full, self.short_of(full, False))
            self.cast[key] = p
        p.mentions += 1
        return p

    def initials(self):
        r = self.rng
        return "".join(r.choice("ABDEFHIJKMNRSTWY") for _ in range(r.choice((2, 2, 3))))

    def real_person(self):
        r = self.rng
        g = self.gaz
        if self.topic_name == "internasional" and r.random() < 0.7:
            return r.choice(g.world_people)
        if r.random() < 0.15:
            return r.choice(g.presidents)
        return r.choice(g.officials)

    def render_person(self, key, short_only=False):
        p = self.person(key)
        if short_only:
            return p.short if p.mentions > 1 or p.real else p.full
        if p.mentions == 1:
            if not p.title:
                return p.full
            glue = "" if self.rng.random() < 0.03 and " " not in p.title else " "
            if p.title.endswith("berinisial") or p.title in ("tersangka", "pelaku"):
                glue = " "
            return p.title + glue + p.full
        k = self.rng.random()
        if k < 0.55:
            return p.short
        if k < 0.8 and p.title:
            words = p.title.split()
            if words[-1] in RANKS:
                return words[-1] + " " + p.short
            if words[0] in SHORT_TITLES:
                return words[0] + " " + p.short
            return p.short
        return p.full

    # ---- organizations
    def org_pair(self, name):
        g = self.gaz
        if name in g.full_of:
            return g.full_of[name], name
        return name, g.acronym_of.get(name)

    def render_org(self, key):
        if key not in self.orgs:
            pool = self.topic["orgs"] if key == "O1" else self.topic.get("orgs2", self.topic["orgs"])
            name = self.rng.choice(pool)
            if key == "O2":
                while self.orgs.get("O1", [None])[0] == self.org_pair(name)[0] and len(pool) > 1:
                    name = self.rng.choice(pool)
            full, acr = self.org_pair(name)
            self.orgs[key] = [full, acr, 0]
        o = self.orgs[key]
        o[2] += 1
        full, acr, n = o
        if n == 1 and acr and self.rng.random() < 0.7:
            return f"{full} ({acr})"
        if acr and (n > 1 or self.rng.random() < 0.5):
            return acr if self.rng.random() < 0.8 else full
        return full

    def random_org(self):
        r = self.rng
        g = self.gaz
        k = r.random()
        if k < 0.5:
            full = r.choice(g.orgs_all)
            acr = g.acronym_of.get(full)
            return acr if acr and r.random() < 0.6 else full
        if k < 0.7:
            return r.choice(list(g.full_of))
        return self.company()

    def company(self):
        r = self.rng
        g = self.gaz
        if r.random() < 0.4:
            return r.choice(g.org_sections.get("companies,", ["PT Pertamina"]))
        words = r.sample(COMPANY_WORDS, r.choice((2, 2, 3)))
        tail = r.choice(COMPANY_TAILS)
        return "PT " + " ".join(words) + (" " + tail if tail else "")

    # ---- places, countries
    def country(self, key=None):
        r = self.rng
        g = self.gaz
        if key and key in self.countries:
            code = self.countries[key]
        else:
            code = r.choice(COMMON_COUNTRIES) if r.random() < 0.8 else r.choice(g.country_codes)
            if key:
                while code in self.countries.values():
                    code = r.choice(COMMON_COUNTRIES)
                self.countries[key] = code
        names = g.country[code]
        # the first surface is the CLDR name; aliases now and then
        return names[0] if r.random() < 0.75 else r.choice(names)

    def city_name(self):
        r = self.rng
        g = self.gaz
        return r.choice(g.kota) if r.random() < 0.45 else r.choice(g.kabupaten)

    # ---- dates
    def near_day(self, back=7):
        return self.date - datetime.timedelta(days=self.rng.randint(0, back))

    def day_paren(self):
        d = self.near_day()
        wd = WEEKDAYS[d.weekday()]
        k = self.rng.random()
        if k < 0.6:
            return f"{wd} ({d.day}/{d.month}/{d.year})"
        if k < 0.8:
            return f"{wd} ({d.day}/{d.month})"
        if k < 0.9:
            return f"{wd} ({d.day:02d}/{d.month:02d}/{d.year % 100:02d})"
        return f"{wd}, {d.day} {MONTHS[d.month - 1]} {d.year}"

    def date_phrase(self):
        r = self.rng
        y = self.date.year
        k = r.randrange(14)
        if k == 0:
            d = self.date + datetime.timedelta(days=r.randint(-400, 120))
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if k == 1:
            d = self.date + datetime.timedelta(days=r.randint(-40, 40))
            return f"{d.day} {MONTHS[d.month - 1]}"
        if k == 2:
            return f"{r.choice(['awal', 'akhir', 'pertengahan'])} {r.choice(MONTHS)} {r.randint(y - 3, y + 1)}"
        if k == 3:
            return f"{r.choice(MONTHS)} {r.randint(y - 5, y)}"
        if k == 4:
            return f"tahun {r.randint(y - 12, y)}"
        if k == 5:
            return f"{r.choice(['kuartal pertama', 'kuartal kedua', 'kuartal III', 'semester pertama', 'semester II', 'triwulan ketiga'])} {r.randint(y - 2, y)}"
        if k == 6:
            return self.day_paren()
        if k == 7:
            return f"{WEEKDAYS[self.near_day(10).weekday()]} {r.choice(['lalu', 'pekan lalu', 'malam', 'pagi', 'sore'])}"
        if k == 8:
            d = self.date + datetime.timedelta(days=r.randint(1, 60))
            return f"{d.day}-{min(d.day + r.randint(1, 3), 28)} {MONTHS[d.month - 1]} {d.year}"
        if k == 9:
            return r.choice(["Lebaran", "Idul Fitri", "Idul Adha", "Natal", "Tahun Baru", "HUT RI ke-80", "Hari Kemerdekaan", "Ramadan"]) + (f" {y}" if r.random() < 0.5 else "")
        if k == 10:
            return f"{r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(y - 3, y)}"
        if k == 11:
            return r.choice(["17 Agustus 1945", "1 Oktober 1965", "21 Mei 1998", "26 Desember 2004", "12 Mei 1998", "28 Oktober 1928", "30 September 1965"])
        if k == 12:
            return f"{r.choice(['1980', '1990', '1970', '2000'])}-an"
        if k == 13:
            return f"{r.randint(1, 28)} {MONTHS_SHORT[r.randrange(12)]} {r.randint(y - 2, y)}"
        return str(r.randint(y - 12, y))

    # ---- numbers
    def rupiah(self):
        r = self.rng
        unit = r.choice(["juta", "miliar", "miliar", "triliun"])
        n = r.randint(1, 999)
        if r.random() < 0.5:
            return f"Rp {n},{r.randint(1, 9)} {unit}"
        return f"Rp {n} {unit}"

    def big(self):
        n = self.rng.choice([self.rng.randint(100, 999), self.rng.randint(1000, 99999)])
        return f"{n:,}".replace(",", ".")

    # ---- slots
    MEMO = (
        "PROV KAB CITY WCITY CLUB UNIV PARTY LAW MIN DESA KEC STADIUM AIRPORT MOUNT DISEASE FATWA "
        "STATION THINK LM TECHCO"
    ).split()

    def slot(self, name):
        if name not in self.MEMO:
            return self.fresh(name)
        if name in self.main:
            if self.headline_mode and name not in self.headline_used:
                self.headline_used.append(name)
                return self.main[name]
            if not self.headline_mode and self.rng.random() < 0.4:
                return self.main[name]
        v = self.fresh(name)
        self.main.setdefault(name, v)
        return v

    def fresh(self, name):
        r = self.rng
        g = self.gaz
        if name in ("P1", "P2", "P3", "R1"):
            return self.render_person(name)
        if name in ("P1s", "P2s", "P3s", "R1s"):
            return self.render_person(name[:2], short_only=True)
        if name in ("O1", "O2"):
            return self.render_org(name)
        if name == "O1a":
            if "O1" not in self.orgs:
                self.render_org("O1")
            full, acr, _n = self.orgs["O1"]
            return acr or full
        if name in ("C1", "C2"):
            return self.country(name)
        if name == "CX":
            return self.country()
        if name == "OX":
            return self.random_org()
        if name == "CO":
            if "CO" not in self.cast:
                self.cast["CO"] = self.company()
            return self.cast["CO"] if r.random() < 0.8 else self.company()
        if name == "PX":
            title = r.choice(["pengamat kebijakan publik", "warga setempat", "Ketua RT", "pengamat", "seorang pedagang,", "Ketua Komisi {ROMAN} DPRD {PROV}", "Kepala Desa {VIL}", "ekonom {UNIV}", "Direktur {THINK}", "anggota DPR dari Fraksi {PARTY}"])
            return self.fill(title) + " " + self.synthetic_name()
        if name == "NM":
            return self.synthetic_name()
        if name == "W1" or name == "W2":
            if name not in self.cast:
                if self.topic_name == "internasional":
                    full = r.choice(g.world_people)
                    self.cast[name] = Person("", full, self.short_of(full, True), real=True)
                else:
                    # athletes: synthetic, foreign-looking
                    full = f"{r.choice(g.given)} {r.choice(FOREIGN_SURNAMES)}"
                    self.cast[name] = Person("", full, full.split()[-1])
            p = self.cast[name]
            p.mentions += 1
            return p.full if p.mentions == 1 else p.short
        if name == "PARTY":
            return r.choice(PARTIES)
        if name == "UNIV":
            u = r.choice(g.org_sections.get("universities", ["Universitas Indonesia"]))
            return g.acronym_of.get(u, u) if r.random() < 0.4 else u
        if name == "MIN":
            m = r.choice(g.org_sections.get("ministries", ["Kementerian Keuangan"]))
            return m
        if name == "CLUB":
            return r.choice(CLUBS)
        if name == "MEDIA":
            return r.choice(g.org_sections.get("media", ["Antara"]))
        if name == "BANK":
            return r.choice(["Bank Mandiri", "BCA", "BRI", "BNI", "Bank Permata", "CIMB Niaga", "Bank Danamon", "BTN", "Bank Syariah Indonesia"])
        if name == "THINK":
            return r.choice(THINK_TANKS)
        if name == "SEKURITAS":
            return r.choice(SEKURITAS)
        if name == "STARTUP":
            if "STARTUP" not in self.cast:
                self.cast["STARTUP"] = r.choice(STARTUPS)
            return self.cast["STARTUP"]
        if name == "TECHCO":
            return r.choice(TECH_COS)
        if name == "LAW":
            return r.choice(LAWS)
        if name == "FAC":
            return r.choice(FACULTIES)
        if name == "DISEASE":
            return r.choice(DISEASES)
        if name == "FATWA":
            return r.choice(FATWAS)
        if name == "STADIUM":
            return r.choice(STADIUMS)
        if name == "AIRPORT":
            return r.choice(AIRPORTS)
        if name == "STATION":
            return r.choice(STATIONS)
        if name == "TICKER":
            if "TICKER" not in self.cast:
                self.cast["TICKER"] = "".join(r.choice("ABCDEGHIJKLMNPRSTUW") for _ in range(4))
            return self.cast["TICKER"]
        if name == "COW":
            return r.choice(COMPANY_WORDS)
        if name == "PROV":
            if r.random() < 0.15:
                return r.choice(g.province_short)
            return r.choice(g.provinces)
        if name == "KAB":
            return "Kabupaten " + r.choice(g.kabupaten) if r.random() < 0.7 else "Kota " + r.choice(g.kota)
        if name in ("CITY", "CITY2"):
            return self.city_name()
        if name == "KEC":
            return "Kecamatan " + r.choice(VILLAGES)
        if name == "DESA":
            return r.choice(["Desa", "Desa", "Kelurahan", "Kampung"]) + " " + r.choice(VILLAGES)
        if name == "VIL":
            return r.choice(VILLAGES)
        if name == "LM":
            return r.choice(g.landmarks) if r.random() < 0.6 else r.choice(["Istana Kepresidenan", "Gedung DPR", "Balai Kota", "kantor gubernur", "Hotel Indonesia", "Jakarta Convention Center"])
        if name == "LMK":
            return "Pasar " + r.choice(VILLAGES)
        if name == "JLN":
            return r.choice(STREETS)
        if name == "WCITY":
            return r.choice(g.world_cities)
        if name == "WREG":
            return r.choice(g.world_regions)
        if name == "MOUNT":
            return r.choice(["Merapi", "Semeru", "Lewotobi Laki-laki", "Marapi", "Ibu", "Ruang", "Sinabung", "Karangetang", "Dempo", "Lokon"])
        if name == "DAY":
            return self.day_paren()
        if name == "DAYS":
            return WEEKDAYS[self.near_day().weekday()]
        if name == "DATE":
            return self.date_phrase()
        if name == "DATEH":
            return r.choice(["26 Desember 2004", "27 Mei 2006", "30 September 2009", "28 September 2018", "5 Agustus 2018", "21 November 2022", "2 Juni 2016", "14 Januari 2021"])
        if name == "REL":
            return r.choice(["kemarin", "pekan lalu", "bulan lalu", "tahun lalu", "dua hari lalu", "tiga pekan lalu", "beberapa hari lalu", "awal pekan ini", "Senin lalu", "akhir bulan lalu", "akhir tahun lalu", "tiga bulan lalu", "awal tahun ini", "dua pekan terakhir"])
        if name == "REL2":
            return r.choice(["pekan depan", "bulan depan", "besok", "lusa", "dua pekan ke depan", "akhir bulan ini", "tahun depan", "Senin pekan depan", "Kamis mendatang"])
        if name == "YEAR":
            return str(self.date.year - r.choice((0, 0, 0, 1)))
        if name == "YEARF":
            return str(self.date.year + r.choice((1, 1, 2)))
        if name == "YEARP":
            return str(self.date.year - r.randint(1, 6))
        if name == "YEARH":
            return str(r.randint(1950, 2010))
        if name == "YR":
            return f"{r.choice(['tahun ', ''])}{self.date.year - r.randint(0, 4)}"
        if name == "MONF":
            return MONTHS[(self.date.month - 1 - r.randint(0, 2)) % 12]
        if name == "HIJRI":
            return str(self.date.year - 579)
        if name == "CLOCK":
            return f"{r.randint(0, 23):02d}.{r.randint(0, 59):02d}"
        if name == "N":
            return str(r.randint(2, 99))
        if name == "NS":
            return str(r.randint(2, 20))
        if name == "NUMD":
            return str(r.randint(1, 9))
        if name == "NB":
            return self.big()
        if name == "AGE":
            return str(r.randint(17, 70))
        if name == "INIT":
            return self.initials()
        if name == "RP":
            return self.rupiah()
        if name == "RPS":
            n = r.randint(1, 999)
            return f"Rp {n} juta" if r.random() < 0.6 else f"Rp {n}.000"
        if name == "PCT":
            return f"{r.randint(0, 12)},{r.randint(1, 99)} persen" if r.random() < 0.7 else f"{r.randint(1, 60)} persen"
        if name == "RATE":
            return f"{r.randint(3, 6)},{r.choice([0, 25, 5, 75])}"
        if name == "FX":
            return f"{r.randint(13, 17)}.{r.randint(0, 999):03d}"
        if name == "MAG":
            return f"{r.randint(3, 7)},{r.randint(0, 9)}"
        if name == "SCORE":
            return f"{r.randint(0, 4)}-{r.randint(0, 3)}"
        if name == "QROMAN":
            return r.choice(["I", "II", "III", "IV"])
        if name == "QWORD":
            return r.choice(["pertama", "kedua", "ketiga", "keempat", "I", "II", "III"])
        if name == "ROMAN":
            return r.choice(ROMAN)
        if name == "NUMW":
            return r.choice(NUMWORDS)
        if name == "NUMWC":
            return r.choice(NUMWORDS).capitalize()
        if name == "CLG":
            # what a real person is made to say: only the neutral common clauses
            return r.choice(CLAUSES)
        if name in ("Q", "CL"):
            # a quote or clause is not said twice in one article while unused ones remain;
            # the story's own come first
            own, common = (self.topic["quotes"], QUOTES) if name == "Q" else (self.topic["clauses"], CLAUSES)
            pool = [q for q in own if q not in self.quoted]
            if not pool or r.random() < 0.3:
                pool = [q for q in common if q not in self.quoted] or pool or own
            q = r.choice(pool)
            self.quoted.append(q)
            return self.fill(q)
        if name == "SAY":
            return r.choice(["kata", "kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "tegas", "imbuh", "tambah"])
        if name == "SAYN":
            return r.choice(["katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "ungkapnya", "tegasnya", "imbuhnya", "tambahnya"])
        raise KeyError(name)

    # adjuncts of time and place a body sentence may do without (real news has fewer of them
    # than templates would)
    OPTIONAL = re.compile(r" (?:pada|sejak|hingga) \{(?:DATE|YR)\}| di \{(?:CITY|KAB)\}(?=[.,])")
    ALT = re.compile(r"\[([^\[\]]*)\]")
    SLOT = re.compile(r"\{([A-Za-z0-9]+)\}")

    def fill(self, template):
        while True:
            t = self.ALT.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
            if t == template:
                break
            template = t
        return self.SLOT.sub(lambda m: self.slot(m.group(1)), template)


# ---------------------------------------------------------------------------------------------
# the corpus


def sentence_case(s):
    return s[0].upper() + s[1:] if s and s[0].islower() else s


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.gaz = Gaz()
        self.topics = [t for t, w in TOPIC_WEIGHTS.items() for _ in range(w)]

    def article_date(self):
        start = datetime.date(2015, 1, 1).toordinal()
        end = datetime.date(2025, 10, 31).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, end))

    def headline(self, topic):
        a = Article(self, topic, self.article_date())
        return sentence_case(a.fill(self.rng.choice(TOPICS[topic]["headlines"])))

    def article(self):
        r = self.rng
        topic = r.choice(self.topics)
        t = TOPICS[topic]
        a = Article(self, topic, self.article_date())
        a.main["CITY"] = "Jakarta" if r.random() < 0.45 else a.city_name()

        # the lead names the cast before the headline does, so the headline uses short forms;
        # headline i goes with lead i
        i = r.randrange(len(t["leads"]))
        lead = sentence_case(a.fill(t["leads"][i]))
        a.headline_mode = True
        head = sentence_case(a.fill(t["headlines"][i]))
        a.headline_mode = False

        sentences = [lead]
        n = r.randint(12, 36)
        pools = [t["body"]] * 4 + [GENERAL] * 3 + [PEOPLE] * 3 + [PROSE] * 2 + [t["prose"]]
        used = {}
        while len(sentences) < n:
            pool = r.choice(pools)
            tmpl = r.choice(pool)
            if used.get(tmpl, 0) >= 1:
                continue
            used[tmpl] = 1
            tmpl = Article.OPTIONAL.sub(lambda m: "" if r.random() < 0.45 else m.group(0), tmpl)
            sentences.append(sentence_case(a.fill(tmpl)))

        # paragraphs of 1-3 sentences
        paras, i = [], 0
        while i < len(sentences):
            k = r.choice((1, 2, 2, 3))
            paras.append(" ".join(sentences[i : i + k]))
            i += k

        # dateline
        d = a.date
        k = r.random()
        city = a.main["CITY"]
        if k < 0.55:
            dateline = f"{city} - "
        elif k < 0.75:
            wd = WEEKDAYS[d.weekday()]
            dateline = f"{city}, {wd} {d.day} {MONTHS[d.month - 1]} {d.year} {r.randint(6, 22):02d}:{r.randint(0, 59):02d} WIB - "
        elif k < 0.85:
            dateline = f"{city.upper()} - "
        else:
            dateline = ""
            first, _, rest = paras[0].partition(" ")
            paras[0] = first.upper() + " " + rest  # "PULUHAN warga ..." opening
        paras[0] = dateline + paras[0]

        # "Baca juga:" teasers: about one in two articles
        teasers = []
        for _ in range(r.choice((0, 0, 0, 0, 0, 1, 1, 1))):
            teasers.append("Baca juga: " + self.headline(r.choice(self.topics)))

        layout = r.random()
        if layout < 0.7:
            # scraped: the whole body on one line, paragraphs sometimes glued ("KPK.Dalam")
            body = paras[0]
            for p in paras[1:]:
                if teasers and r.random() < 0.3:
                    body += ("" if r.random() < 0.5 else " ") + teasers.pop() + " "
                    body += p
                else:
                    body += ("" if r.random() < 0.5 else " ") + p
            for tz in teasers:
                body += " " + tz
            if r.random() < 0.1:
                body += f' Simak Video "Video: {self.headline(topic)}" [Gambas:Video 20detik]'
            if r.random() < 0.7:
                body += f" ({r.choice(EDITOR_CODES)}/{r.choice(EDITOR_CODES)})"
            if r.random() < 0.6:
                words = t["tags"].split()
                r.shuffle(words)
                extra = [city.lower(), a.slot("PROV").lower()]
                body += " " + " ".join(words[: r.randint(3, len(words))] + extra)
            lines = [head, body]
        else:
            # paragraphs on their own lines, teasers as lines of their own
            lines = [head]
            for p in paras:
                lines.append(p)
                if teasers and r.random() < 0.3:
                    lines.append(teasers.pop())
            lines.extend(teasers)
            if r.random() < 0.5:
                lines.append(f"({r.choice(EDITOR_CODES)}/{r.choice(EDITOR_CODES)})")
        return "\n".join(lines) + "\n"

    def corpus(self, target):
        out, size = [], 0
        while size < target:
            art = self.article()
            out.append(art)
            size += len(art.encode("utf-8")) + 1
        return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--bytes", type=int, default=TARGET_BYTES, help="stop after this many bytes")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    text = Generator(args.seed).corpus(args.bytes)
    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.encode("utf-8"))
    print(f"{out}: {len(text.encode('utf-8'))} bytes, {text.count(chr(10) + chr(10)) + 1} articles")


if __name__ == "__main__":
    main()
