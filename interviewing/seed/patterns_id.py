# ruff: noqa: E501  (patterns are data: one rule line per line reads better than wrapped text)
"""Indonesian patterns per topic."""

PATTERNS = {
    "age": """
umur|usia + anda|kamu|berapa|bapak|ibu|saudara|sekarang @4
! usia + minimum|minimal|kerja|produktif|pensiun @2
tahun|tanggal|kapan + lahir @3
pensiun + rencana|kapan|berapa|ingin @6
tahun + lulus @3
terlalu + muda|tua @1
""",
    "marital_family": """
menikah|nikah|kawin|suami|istri|pacar|tunangan|bercerai|cerai|janda|duda|lajang|momongan + anda|kamu|sudah|punya|rencana|belum @6
anak + anda|kamu|punya|berapa|siapa|rencana|memiliki @5
! anak + perusahaan|usaha|buah @1
keluarga + rencana|izin|setuju|dukung|keberatan|mengizinkan @5
""",
    "pregnancy": """
hamil|kehamilan|melahirkan|kontrasepsi|kb|bersalin
cuti + melahirkan|hamil|bersalin @2
program + hamil @2
""",
    "salary_history": """
gaji|upah|penghasilan|pendapatan|bayaran|kompensasi|bonus|take + sebelumnya|terakhir|saat|sekarang|lama|dulu|kini|lalu|sebelum @6
! harap|ekspektasi|diharapkan|minta|kisaran|rentang|permintaan @6
slip + gaji @2
""",
    "health_disability": """
sakit|penyakit|disabilitas|cacat|difabel|kesehatan|obat|hiv|kanker|diabetes|depresi|kronis|medis|rawat + anda|kamu|punya|pernah|riwayat|menderita|minum @6
! kesehatan + keuangan|finansial|sektor|industri|perusahaan|proyek|tim|klien @3
! rumah + sakit + bekerja|kerja|klien|pelanggan|proyek|industri @5
! rekan|tim|karyawan|anggota|bawahan + sakit|bantu|dukung @6
riwayat + kesehatan|penyakit|medis @2
""",
    "religion": """
agama|ibadah|sholat|shalat|salat|solat|puasa|masjid|gereja|pura|vihara|klenteng|jilbab|hijab|kerudung|muslim|kristen|katolik|hindu|buddha|konghucu|islam|beribadah + anda|kamu|apa|menjalankan|pakai|memakai|ke @6
agama
""",
    "nationality_ethnicity": """
suku|etnis|keturunan|ras|kewarganegaraan|pribumi|tionghoa|logat|aksen + anda|kamu|apa|dari @5
asal + anda|kamu|mana|dari|daerah @4
! asal + data|ide|informasi|angka @3
""",
    "sexual_orientation": """
orientasi + seksual @2
gay|lesbian|homoseksual|biseksual|transgender|lgbt
""",
    "political_union": """
serikat + pekerja|buruh + anggota|ikut|gabung|bergabung|aktif @6
partai + anggota|ikut|dukung|pilih|anda|kamu @5
politik + pandangan|pilihan|afiliasi|aktif|pendapat|anda|kamu|sikap @4
pilih + siapa|pemilu|pilpres @4
mogok|demonstrasi|demo + ikut|anda|pernah @5
""",
    "criminal_record": """
pidana|kriminal|penjara|ditangkap|narapidana|dipenjara + anda|kamu|pernah|catatan @6
""",
    "family_background": """
orang + tua + anda|kamu|kerja|pekerjaan @5
ayah|saudara + anda|kamu + kerja|pekerjaan|berapa @5
kampung + halaman @2
""",
}
