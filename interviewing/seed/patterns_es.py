# ruff: noqa: E501  (patterns are data: one rule line per line reads better than wrapped text)
"""Spanish patterns per topic (Mexican usage)."""

PATTERNS = {
    "age": """
cuánto|cuántos + año + tener|usted|tú @4
! año + experiencia|empresa|trabajo|carrera|mercado|sector|área|puesto|función|liderazgo|ventas @4
edad + su|tu|usted|cuál|qué @4
! edad + mínimo|mínima|legal @2
nacer + año|cuándo|fecha|qué @4
fecha + nacimiento @3
jubilar|jubilarse|jubilación|retiro + pensar|cuándo|planear|plan|año @6
año + graduar|egresar|titular @4
muy + joven|mayor|viejo @2
""",
    "marital_family": """
casado|casada|casar|casarse|matrimonio|soltero|soltera|divorciado|divorciada|esposo|esposa|marido|novio|novia|pareja|prometido|prometida|cónyuge + usted|su|tu|tener|ser|estar @6
hijo|hijos|niño|niños|bebé|guardería|niñera + usted|su|tu|tener|pensar|planear|quién|cuidar @6
familia + planear|plan|formar|empezar|pensar|agrandar @4
""",
    "pregnancy": """
embarazado|embarazada|embarazo|embarazar|maternidad|anticonceptivo|esterilización|ingravidez|gravidez
prueba + embarazo @3
""",
    "salary_history": """
salario|sueldo|ganar|remuneración|ingreso|ingresos|compensación|nómina|recibo|percepción + actual|anterior|último|pasado|antes|actualmente|ahora|previo @6
! pretensión|expectativa|esperar|rango|banda|aspiración|pretendido @6
cuánto + ganar @5
recibo + nómina @3
""",
    "health_disability": """
enfermedad|enfermo|discapacidad|discapacitado|salud|medicamento|tratamiento|cirugía|hospital|vih|cáncer|diabetes|depresión|ansiedad|crónico|crónica|incapacidad|padecer|terapia + usted|su|tu|tener|padecer|tomar|alguno|alguna @6
! salud + financiero|financiera|sector|industria|empresa|proyecto|equipo|cartera|cliente @3
! colega|equipo|colaborador|empleado|miembro + apoyar|ayudar|enfermo|incapacidad @6
""",
    "religion": """
religión|religioso|religiosa|iglesia|fe|misa|rezar|orar|culto|católico|católica|evangélico|cristiano|musulmán|judío|dios|templo + usted|su|tu|practicar|ir|asistir|cuál|qué @6
! buena + fe @1
""",
    "nationality_ethnicity": """
de + dónde + ser|venir|usted|tú @4
! dónde + dato|datos|idea|información|cifra|número @4
dónde + nacer|crecer @4
nacionalidad|origen|etnia|raza|ascendencia|indígena|acento|ciudadanía + su|tu|usted @5
situación|estatus|estado|calidad + migratorio|migratoria @2
color + piel @2
""",
    "sexual_orientation": """
orientación|preferencia + sexual @2
gay|lesbiana|homosexual|bisexual|transgénero|sexualidad
""",
    "political_union": """
sindicato|sindical|sindicalizado + afiliado|pertenecer|miembro|participar|usted|su|tu @5
partido + usted|su|afiliado|votar|apoyar|simpatizar|pertenecer @5
político|política + postura|opinión|visión|preferencia|ideología|partido|orientación|tendencia @3
votar|votó + usted|quién|elección @4
huelga + usted|participar|unirse @4
""",
    "criminal_record": """
antecedente|antecedentes + penal|penales @2
detenido|arrestado|cárcel|prisión|delito|condenado|condena + usted|alguna|ha|vez @6
""",
    "appearance": """
buena + presencia @2
foto|fotografía + currículum|enviar|mandar|su|adjuntar @5
peso|estatura + su|usted|cuánto @3
cuánto + pesar @2
apariencia + su|física @3
color + piel @2
""",
    "family_background": """
padre|madre|padres|hermano|hermanos|hermana|hermanas + su|tu|usted + hacer|trabajar|profesión|ocupación|tener|dedicar @6
""",
}
