# ruff: noqa: E501  (patterns are data: one rule line per line reads better than wrapped text)
"""Portuguese patterns per topic (Brazilian usage)."""

PATTERNS = {
    "age": """
quanto|quantos + ano + você|tem|senhor|senhora @4
! ano + experiência|empresa|trabalho|carreira|mercado|setor|área|atuação|casa|cargo|função|liderança|vendas @4
idade + você|seu|sua|senhor|senhora|qual @4
! idade + mínimo|mínima|legal @2
nascer|nasceu + ano|quando|data|que @4
data + nascimento @3
aposentar|aposentadoria + pretender|quando|plano|pensar|ano @6
ano + formar|formatura|formou @4
muito + jovem|velho|novo @2
""",
    "marital_family": """
casado|casada|casar|casamento|solteiro|solteira|divorciado|divorciada|marido|esposa|esposo|namorado|namorada|noivo|noiva|cônjuge|companheiro|companheira + você|seu|sua|tem|ter|é @6
filho|filhos|criança|crianças|bebê|creche|babá + você|seu|sua|tem|ter|pretender|planejar|quem|cuidar @6
família + planejar|plano|começar|formar|aumentar|pensar @4
""",
    "pregnancy": """
grávido|grávida|gravidez|engravidar|gestante|gestação|maternidade|anticoncepcional|contraceptivo|esterilização|laqueadura|vasectomia|laqueado
teste + gravidez @3
""",
    "salary_history": """
salário|salarial|remuneração|ganhar|renda|holerite|contracheque|pacote|bônus|salários + atual|anterior|último|antigo|passado|hoje|atualmente|antes|último @6
! pretensão|expectativa|faixa|esperar|pretender|pretendido @6
holerite|contracheque
quanto + você + ganhar @5
""",
    "health_disability": """
doença|doente|deficiência|deficiente|saúde|medicamento|remédio|tratamento|cirurgia|hospital|internado|internação|atestado|afastamento|hiv|câncer|depressão|ansiedade|crônico|crônica|psiquiátrico|psicológico|terapia + você|seu|sua|tem|ter|já|toma|tomar @6
! saúde + financeiro|financeira|setor|área|mercado|empresa|projeto|time|equipe|carteira|cliente @3
! colega|equipe|time|funcionário|membro|liderado + apoiar|ajudar|afastado|afastamento|doente @6
""",
    "religion": """
religião|religioso|religiosa|igreja|fé|culto|templo|missa|rezar|orar|evangélico|evangélica|católico|católica|espírita|umbanda|candomblé|muçulmano|judeu|crente|deus + você|seu|sua|frequentar|praticar|ir|qual @6
! boa + fé @1
""",
    "nationality_ethnicity": """
de + onde + você|ser|vir|é @4
! onde + dado|dados|ideia|informação|número|números @4
onde + você + nascer|nasceu|crescer|cresceu @4
nacionalidade|origem|etnia|raça|ascendência|descendência|naturalidade|sotaque|cidadania + você|seu|sua @5
cor + pele @2
""",
    "sexual_orientation": """
orientação + sexual @2
gay|lésbica|homossexual|bissexual|transgênero|sexualidade
""",
    "political_union": """
sindicato|sindicalizado|sindical + filiado|filiar|membro|participar|sindicalizado|associado @5
partido + você|seu|filiado|votar|apoiar|simpatizar @5
político|política + posição|opinião|visão|preferência|ideologia|partido|orientação|tendência @3
votar|votou + você|quem|eleição @4
greve + você|participar|aderir @4
""",
    "criminal_record": """
antecedente|antecedentes + criminal|criminais @2
preso|presa|prisão|condenado|condenada|condenação|crime|criminal + você|já|foi @6
""",
    "labour_claims": """
trabalhista + processo|ação|reclamação|ex-empregador|empresa|você|já @6
processar|processou + empresa|empregador|antigo|ex|empregadora @5
justiça + trabalho @3
""",
    "appearance": """
boa + aparência @2
foto + currículo|enviar|mandar|sua|anexar @5
peso|altura + seu|sua|você|quanto @3
""",
    "family_background": """
pai|mãe|pais|irmão|irmãos|irmã|irmãs + seu|sua|você + fazer|trabalhar|profissão|ter @6
""",
}
