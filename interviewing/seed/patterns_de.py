# ruff: noqa: E501  (patterns are data: one rule line per line reads better than wrapped text)
"""German patterns per topic."""

PATTERNS = {
    "age": """
wie + alt + sie|du @3
! alt + system|code|codebasis|firma|unternehmen|produkt|anlage|maschine|software|daten|team|projekt|kunde|version|gebäude|vertrag|technologie @4
alter + ihr|dein|sie|du @3
! alter + mindest*|gesetzlich|renteneintritt* @3
geburtsjahr|geburtsdatum|geboren|geburtstag|jahrgang
ruhestand|rente|pension|pensionierung + wann|plan|planen|jahr|gehen|denken @6
jahr + abschluss|abitur|studienabschluss @3
zu + jung|alt @1
""",
    "marital_family": """
verheiratet|heiraten|ehe|ehefrau|ehemann|ehepartner|ledig|geschieden|hochzeit|verlobt|single + sie|ihr|du|dein @6
ihr|dein + mann|frau|partner|partnerin|freund|freundin @1
! vertriebspartner|geschäftspartner|kooperationspartner
kind|kinder*|nachwuchs|kita|tagesmutter|familie|familienplanung|kinderbetreuung + sie|ihr|haben|planen|gründen|betreuen @6
! kinderkrankheit* @1
wer + betreuen|kümmern + kind|kinder @5
""",
    "pregnancy": """
schwanger*|mutterschutz|mutterschaft|kinderwunsch|familienplanung|verhütung|elternzeit + sie|ihr|planen|haben|sein|bald @6
schwanger*|schwangerschaft
""",
    "salary_history": """
gehalt|verdienen|vergütung|lohn|einkommen|bezahlung|jahresgehalt|bruttogehalt|monatsgehalt|bonus|bezüge + aktuell|bisherig|letzt|derzeitig|vorherig|jetzig|früher|zuletzt|bisher|momentan|derzeit|alt|vorig @6
! gehaltsvorstellung*|vorstellung|erwartung|wunsch|spanne|band|budget|rahmen @6
gehaltsabrechnung|gehaltsnachweis|lohnzettel|lohnabrechnung
wie + viel + verdienen @5
""",
    "health_disability": """
krankheit|krank|erkrankung|erkrankungen|behinderung|behindert|schwerbehindert*|schwerbehinderung|gesundheit|gesundheitlich|gesundheitszustand|medikament*|therapie|psychisch|depression|operation|krankenhaus|krankheitstage|krankmeldung|fehltage|chronisch|vorerkrankung* + sie|ihr|haben|leiden|nehmen|gab @6
! operation + team|betrieb|geschäft|werk @4
! gesundheit + *pipeline|*system|*projekt|*projekts|*unternehmen*|*team*|*codebasis|*portfolio*|*finanz* @4
! mitarbeiter|kollege|kollegin|team|teammitglied + unterstützen|krank|ausfall|ausfallen @6
""",
    "religion": """
religion|religiös|kirche|konfession|moschee|beten|=gebet|gott|christ|christin|muslim|muslimin|islam|jüdisch|kopftuch|ramadan|fasten|gottesdienst|kirchensteuer|evangelisch|katholisch|glaubensrichtung|religionszugehörigkeit + sie|ihr|du|tragen|gehören|besuchen @6
religion|religionszugehörigkeit|konfession
""",
    "nationality_ethnicity": """
herkunft|staatsangehörigkeit|nationalität|abstammung|ethnisch|muttersprache|akzent|wurzeln|staatsbürgerschaft + sie|ihr|du|dein @6
woher + kommen|stammen + sie|du|ihr @4
! woher + daten|zahl|zahlen|idee|information @4
wo + geboren|aufgewachsen|aufwachsen @4
""",
    "sexual_orientation": """
sexuell + orientierung|identität|neigung @2
homosexuell|schwul|lesbisch|bisexuell|transgender|queer|sexualität
""",
    "political_union": """
gewerkschaft*|parteimitglied|streik + sie|ihr|mitglied|mitgliedschaft|sein|beitreten|engagieren @6
partei + sie|ihr|mitglied|wählen|angehören|nahestehen @5
politisch + einstellung|meinung|ansicht|haltung|überzeugung|orientierung|engagement @3
wen + wählen|gewählt @3
""",
    "criminal_record": """
vorstrafe*|vorbestraft|straftat|verurteilt|gefängnis|haft|strafregister|ermittlungsverfahren + sie|ihr|haben|sein @6
""",
    "family_background": """
eltern|vater|mutter|geschwister|bruder|schwester + ihr|sie + beruf|arbeiten|machen|haben|beruflich @6
""",
}
