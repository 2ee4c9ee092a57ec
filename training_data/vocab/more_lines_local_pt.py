"""Task lines in Portuguese, from Portugal and Brazil: owners' shorthand, job ads, procedures, policies and provider menus.

Until now the only Portuguese lines were three written companies in own_language_sv_it_pt.py, so
Portuguese task lists were read badly, and the few Portuguese lines there were mostly the
companies' own, unusual work. These lines give the ordinary, mostly routine work of the 14
functions in both varieties, in two registers. The owners' shorthand is what a small-business owner
or office manager types as a to-do list, with abbreviations ("p/", "c/", "qdo", "pra", "vc") and the
local authorities, forms and tools: in Portugal AT / Portal das Finanças, Segurança Social Direta,
DMR, IVA, IRS, IRC, IES, SAF-T, e-fatura, faturas-recibo, TOConline, PHC, Primavera, Moloni, RGPD,
ACT, AIMA, medicina do trabalho, subsídio de férias e de Natal, CTT, MB Way, multibanco; in Brazil
eSocial, FGTS Digital, INSS, DCTFWeb, NF-e / NFS-e, boletos, Pix, SPED, Simples Nacional, DAS,
LGPD, CLT, férias, 13º salário, vale-transporte, Omie, Conta Azul, Bling, TOTVS, Correios, motoboy.
The pages are what gets pasted from elsewhere: duty bullets of job ads ("Responsabilidades",
"Principais funções", "Atribuições do cargo") in noun style ("Gestão de ...", "Processamento
de ..."), steps of procedures and checklists in the infinitive, passive policy sentences ("As
despesas são reembolsadas mediante ...", "Os pedidos ... são aprovados por ..."), and items of
providers' service menus (gabinete de contabilidade, escritório de contabilidade, processamento
salarial, departamento pessoal, empresa de limpeza, suporte de TI, transitário, 3PL).

Labels follow shared/LABELING.md sections 1-3 and 5, each line read alone as an ordinary company's
line: office follows the function (front for customer_service, sales and marketing), process is
the function's routine one except about one line in five that is long-tail (written as people
write it: "mediante aprovação da gerência", "carece de autorização prévia", "em casos
excecionais", "fora da política", "caso a caso", "a pedido do cliente", "quando solicitado", and
one-off events such as an office move, a work visa or residence permit, a long sick leave, an
accident with the company car or the yearly event). Every long-tail line sits beside routine lines
of its family that share its main noun (adiantamentos, reembolso, desconto, compra, viatura,
contrato, férias), so the nouns alone do not decide. Production is only making the product or
delivering the service as an ordinary company would (kitchen, workshop, cleaning at customers'
premises, quality inspection). Location is `on_site` only where a person must be present with the
goods, equipment, premises or customers (warehouse, picking, loading, machines, paper post,
reception desk, hardware, cash, in-person training, shop floor, customer visits).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# European Portuguese: owners' and office managers' to-do lists.
PORTUGAL_OWNERS: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "responder aos emails dos clientes até ao fim do dia",
        "atender o telefone da loja online e ver as encomendas atrasadas",
        "Livro de Reclamações (versão eletrónica): responder às queixas dentro do prazo",
        "devoluções: confirmar a receção do artigo e avisar o cliente do reembolso",
        "msgs do whatsapp business e do insta, não deixar nenhuma sem resposta",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "balcão de manhã: atender quem entra e fazer marcações",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "cliente quer reembolso fora do prazo de devolução - ver caso a caso c/ o gerente",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        "trocas sem talão na loja só se eu autorizar",
    ],
    ("sales", "front", "core", "remote"): [
        "orçamentos pendentes: ligar aos clientes esta semana",
        "encomendas dos revendedores por telefone, lançar no PHC",
        "follow-up dos contactos que vieram pelo site e pelo LinkedIn",
        "renovar os contratos de manutenção que acabam em março",
        "tabela de descontos de revenda atualizada e enviada aos revendedores",
    ],
    ("sales", "front", "core", "on_site"): [
        "visitar os clientes da zona de Braga na 5ª feira",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "desconto especial p/ o cliente grande do Algarve, só c/ ok do sócio",
        "cliente quer encomenda abaixo do mínimo, aceitar só desta vez?",
    ],
    ("marketing", "front", "core", "remote"): [
        "posts no insta e no facebook 3x por semana",
        "newsletter do mês no Mailchimp",
        "campanha de google ads do verão - ver o orçamento diário",
        "pôr os produtos novos no site c/ fotos",
        "pedir avaliações no Google aos clientes contentes",
    ],
    ("marketing", "front", "core", "on_site"): [
        "feira de Santarém: estar no stand e recolher contactos",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "campanha especial pedida pelo distribuidor, avançar só se a gerência aprovar",
        "evento dos 20 anos da empresa em junho - sítio, convites e orçamento",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "lançar as faturas de fornecedores no TOConline",
        "IVA trimestral - mandar os docs à contabilista até dia 10",
        "SAF-T da faturação até dia 5",
        "e-fatura: validar as faturas pendentes no Portal das Finanças",
        "reconciliar o banco c/ os extratos do mês",
        "cobrar as faturas vencidas há mais de 30 dias",
        "IES e IRC - confirmar datas c/ o gabinete",
        "pagar fornecedores por transferência às sextas",
        "faturas-recibo dos freelancers, ver a retenção na fonte",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "fechar a caixa e ir depositar o dinheiro ao banco",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "plano de pagamentos p/ cliente c/ dívida antiga, decidir caso a caso",
        "fornecedor novo pede pagamento adiantado - ver se aceito",
    ],
    ("payroll", "back", "support", "remote"): [
        "processar salários no Primavera até dia 25",
        "DMR à Segurança Social até dia 10",
        "pagar a TSU e as retenções de IRS",
        "subsídio de Natal em novembro!! não esquecer",
        "horas extra do armazém p/ o processamento",
        "inscrever o funcionário novo na Segurança Social Direta antes de começar",
        "carregar os cartões de subsídio de alimentação",
        "descontar os adiantamentos no recibo do mês",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "adiantamento de salário pedido pelo Rui - ver se aprovo",
    ],
    ("hr", "back", "support", "remote"): [
        "anúncio no Net-Empregos p/ empregado de mesa",
        "entrevistas c/ as candidatas p/ a vaga de administrativa",
        "marcar medicina do trabalho p/ os novos",
        "mapa de férias: todos marcam até 30 de abril",
        "contratos a termo que acabam em junho - renovar ou não",
        "baixas médicas: guardar o certificado e avisar a contabilista",
        "registar as horas de formação obrigatória de cada um",
    ],
    ("hr", "back", "support", "on_site"): [
        "acolhimento do colega novo na 2ª: mostrar a loja e apresentar a equipa",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "colega c/ baixa médica prolongada, ver quem o substitui",
        "autorização de residência do funcionário brasileiro - tratar c/ a AIMA",
    ],
    ("it", "back", "support", "remote"): [
        "backups do servidor - confirmar às 2ªs",
        "renovar as licenças do Office 365",
        "criar email p/ o funcionário novo",
        "antivírus atualizado em todos os pcs",
        "net do escritório sempre a cair, ligar à MEO",
        "atualizar os telemóveis da empresa",
    ],
    ("it", "back", "support", "on_site"): [
        "configurar o portátil do colega novo",
    ],
    ("it", "back", "long_tail", "remote"): [
        "telemóvel da empresa roubado: bloquear e pedir um novo",
        "estagiário pediu acesso à pasta das finanças - ver c/ a gerência",
    ],
    ("admin", "back", "support", "remote"): [
        "gerir a agenda do sócio e marcar reuniões",
        "contactos novos no excel de clientes",
        "marcar a revisão das carrinhas na oficina",
    ],
    ("admin", "back", "support", "on_site"): [
        "correio dos CTT - abrir e distribuir",
        "arquivar as faturas em papel por mês",
        "limpeza do escritório à sexta",
        "digitalizar contratos e pôr na pasta partilhada",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "mudança de escritório em setembro: orçamentos de mudanças e datas",
        "acidente c/ a viatura da empresa - participação ao seguro e oficina",
    ],
    ("procurement", "back", "support", "remote"): [
        "encomendar papel, toner e café p/ o escritório",
        "pedir 3 orçamentos p/ as cadeiras novas",
        "encomendas de matéria-prima aos fornecedores às 2ªs",
        "confirmar prazos de entrega c/ o fornecedor espanhol",
        "comparar preços de embalagens",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "compra urgente fora do fornecedor habitual, c/ aprovação da gerência",
        "máquina de café nova p/ o escritório, fora do orçamento - decidir",
    ],
    ("logistics", "back", "core", "on_site"): [
        "preparar e embalar as encomendas online",
        "envios CTT expresso, imprimir as etiquetas",
        "contagem de stock no fim do mês",
        "receber a mercadoria e conferir c/ a guia de remessa",
    ],
    ("logistics", "back", "core", "remote"): [
        "marcar as recolhas c/ a transportadora",
        "comunicar as guias de transporte à AT antes da carga sair",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "envio urgente p/ os Açores a pedido do cliente, arranjar transportadora",
    ],
    ("production", "back", "core", "on_site"): [
        "cozinha: sopas e entradas prontas até às 11h",
        "limpezas nos escritórios dos clientes de 2ª a 6ª",
        "oficina - montar as encomendas de móveis desta semana",
        "controlo de qualidade das peças antes de embalar",
        "fornada de pastéis de nata p/ as encomendas da manhã",
        "afinar a máquina de corte antes do turno",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "encomenda especial c/ medidas fora do catálogo, fazer à mão",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "RGPD: atualizar a política de privacidade do site",
        "renovar o seguro de acidentes de trabalho",
        "rever o contrato de arrendamento antes de assinar",
        "ACT - horário de trabalho afixado e registo de tempos em ordem",
        "RCBE: confirmar a declaração do beneficiário efetivo",
        "contrato c/ o fornecedor novo, passar pelo advogado",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "HACCP: registos das temperaturas das arcas em dia",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "carta do advogado de um ex-funcionário, responder c/ o nosso advogado",
    ],
    ("product_development", "back", "core", "remote"): [
        "protótipo da cadeira nova - desenhar no SketchUp",
        "app: lista de funcionalidades da próxima versão c/ o programador",
        "fichas técnicas dos produtos novos",
    ],
    ("product_development", "back", "core", "on_site"): [
        "testar receitas novas p/ o menu de inverno",
        "coleção nova: escolher tecidos e fazer amostras",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "produto à medida que um cliente grande pediu - ver se vale a pena desenvolver",
    ],
    ("management", "back", "core", "remote"): [
        "reunião mensal c/ o sócio: contas e objetivos",
        "plano de negócio p/ o próximo ano",
        "objetivos do trimestre p/ cada equipa",
        "assembleia geral anual, aprovar as contas",
        "ver os números de vendas vs orçamento e decidir prioridades",
    ],
    ("management", "back", "long_tail", "remote"): [
        "abrir 2ª loja no Porto? decidir c/ os sócios",
    ],
}
# Brazilian Portuguese: owners' and office managers' to-do lists.
BRAZIL_OWNERS: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "responder os clientes no whats até as 18h",
        "Reclame Aqui - responder todas as reclamações da semana",
        "trocas e devoluções da loja virtual: gerar o código de postagem dos Correios pro cliente",
        "SAC por telefone de manhã, eu e a Bia",
        "mandar o rastreio pra quem perguntar do pedido",
        "fazer o estorno no cartão das devoluções já aprovadas",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "recepção: atender quem chega na loja e oferecer um café",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "cliente pediu estorno depois de 30 dias, ver caso a caso",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        "cliente no balcão querendo trocar produto já usado - só o gerente decide",
    ],
    ("sales", "front", "core", "remote"): [
        "ligar pros leads que entraram no RD Station",
        "fazer os orçamentos no Bling e mandar por whats",
        "pedidos dos representantes - conferir e lançar no Omie",
        "renovação dos contratos anuais de manutenção",
        "tabela de preço nova pros revendedores",
    ],
    ("sales", "front", "core", "on_site"): [
        "visitar os clientes de Campinas na terça",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "cliente quer pagar em 10x sem juros, só se o sócio liberar",
    ],
    ("marketing", "front", "core", "remote"): [
        "posts e reels no insta 3x na semana",
        "impulsionar o post da promoção de aniversário",
        "email marketing da black friday",
        "Google Meu Negócio: responder avaliações e trocar as fotos",
        "blog - 2 artigos por mês com SEO",
    ],
    ("marketing", "front", "core", "on_site"): [
        "feira do setor em SP, ficar no estande os 3 dias",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "influencer mandou DM pedindo parceria, avaliar caso a caso",
        "brinde pros 50 maiores clientes no fim do ano, só esse ano",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "emitir as NFS-e dos serviços do mês",
        "boletos dos clientes no Conta Azul",
        "conciliar o extrato com as vendas no Pix e no cartão",
        "DAS do Simples até dia 20",
        "contas a pagar da semana - agendar no banco",
        "cobrar os inadimplentes por whats e email",
        "mandar notas e extratos pro contador até dia 5",
        "reembolso de km e despesas dos vendedores, conferir os comprovantes",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "fechar o caixa da loja e conferir a sangria",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "renegociar a dívida do cliente antigo, parcelar caso a caso",
        "vendedor pediu reembolso de despesa fora da política - decidir",
    ],
    ("payroll", "back", "support", "remote"): [
        "fechar a folha até dia 25 e mandar pro contador",
        "FGTS Digital: gerar a guia do mês",
        "DCTFWeb e INSS do mês",
        "eSocial - admissão enviada antes do primeiro dia",
        "13º salário, primeira parcela até 30/11",
        "recarregar vale-transporte e VR dia 1",
        "ponto eletrônico: fechar horas extras e banco de horas",
        "calcular as férias do Marcos e pagar 2 dias antes",
        "adiantamento quinzenal dia 20",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Ju pediu adiantamento salarial fora da data, ver se libero",
    ],
    ("hr", "back", "support", "remote"): [
        "divulgar a vaga de vendedor no Indeed e no LinkedIn",
        "entrevistar os candidatos pra atendente",
        "pegar os documentos dos contratados novos e mandar pro DP",
        "programar as férias de todo mundo pro ano",
        "atestados médicos - arquivar e lançar",
        "avaliação de experiência dos 45 dias",
    ],
    ("hr", "back", "support", "on_site"): [
        "integração dos novos na loja no primeiro dia",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "funcionário quer tirar férias em dezembro fora da escala, avaliar",
        "justa causa do estoquista: falar com o advogado antes",
    ],
    ("it", "back", "support", "remote"): [
        "backup do servidor e da nuvem toda sexta",
        "criar email e acesso ao sistema pro funcionário novo",
        "renovar o certificado digital A1 da empresa",
        "trocar a senha do wifi da loja",
        "antivírus e atualização do windows nos computadores",
    ],
    ("it", "back", "support", "on_site"): [
        "instalar a impressora nova no estoque",
    ],
    ("it", "back", "long_tail", "remote"): [
        "notebook do vendedor quebrou na viagem, ver conserto ou comprar outro",
        "liberar acesso do contador externo ao ERP, só dessa vez",
    ],
    ("admin", "back", "support", "remote"): [
        "organizar a agenda de reuniões do sócio",
        "planilha de contatos dos fornecedores atualizada",
        "licenciamento dos carros no Detran",
    ],
    ("admin", "back", "support", "on_site"): [
        "reconhecer firma no cartório",
        "arquivar as notas de papel na pasta do mês",
        "receber e distribuir as correspondências",
        "faxina do escritório terça e sexta",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "multa do carro da empresa - descobrir quem dirigia e indicar o condutor",
        "mudança pro escritório novo em agosto",
    ],
    ("procurement", "back", "support", "remote"): [
        "cotação com 3 fornecedores pras embalagens",
        "pedido de compra da matéria-prima no TOTVS",
        "comprar material de escritório e de limpeza",
        "cobrar o fornecedor que atrasou a entrega",
        "cadastrar fornecedor novo no sistema",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "compra acima de R$ 5 mil sem cotação, só com ok da diretoria",
        "forno novo de fornecedor fora do cadastro? o sócio decide",
    ],
    ("logistics", "back", "core", "on_site"): [
        "separar e embalar os pedidos do Mercado Livre",
        "postar as encomendas nos Correios até as 16h",
        "inventário do estoque no fim do mês",
        "conferir a mercadoria que chegou com a nota",
    ],
    ("logistics", "back", "core", "remote"): [
        "chamar motoboy pras entregas do centro",
        "cotar frete com as transportadoras",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "entrega fora da rota a pedido do cliente, ver se compensa",
    ],
    ("production", "back", "core", "on_site"): [
        "produção das marmitas do almoço",
        "costura das peças do pedido da semana",
        "limpeza pós-obra no apartamento do cliente",
        "inspeção de qualidade antes de embalar",
        "regular a injetora pro lote novo",
        "montagem dos móveis planejados na casa do cliente",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "pedido personalizado com a logo do cliente, produzir à parte depois do ok do dono",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "LGPD: termo de consentimento no site e no cadastro",
        "renovar alvará e AVCB",
        "advogado revisar o contrato de prestação de serviço",
        "PGR e PCMSO em dia",
        "certidões negativas atualizadas pra licitação",
        "revisar o contrato de aluguel da loja",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "vistoria dos bombeiros - acompanhar o fiscal no galpão",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "processo trabalhista do ex-funcionário, audiência em março",
        "notificação do Procon sobre um cliente, responder com o advogado",
    ],
    ("product_development", "back", "core", "remote"): [
        "desenhar a coleção de verão",
        "app: priorizar as melhorias com o dev",
        "ficha técnica e custo dos pratos novos",
    ],
    ("product_development", "back", "core", "on_site"): [
        "testar sabores novos de sorvete",
        "protótipo da embalagem nova na bancada",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "funcionalidade sob medida que o cliente X pediu, só com aprovação dos sócios",
    ],
    ("management", "back", "core", "remote"): [
        "reunião de resultados com os sócios todo mês",
        "metas do ano pra cada área",
        "planejamento estratégico do ano que vem",
        "olhar o DRE e decidir onde cortar custo",
        "definir quem assume a gerência da loja 2",
    ],
    ("management", "back", "long_tail", "remote"): [
        "concorrente quer comprar a empresa - avaliar com contador e advogado",
    ],
}
# European Portuguese: job ads, role profiles, procedures, policies, provider menus.
PORTUGAL_PAGES: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "Atendimento telefónico e por email a clientes, registo dos pedidos e encaminhamento para os departamentos",
        "Gestão de reclamações, incluindo as do Livro de Reclamações, desde a receção até à resposta final",
        "Registar cada contacto no CRM com o motivo e a solução dada",
        "Os pedidos de devolução são tratados no prazo de 14 dias após a receção do artigo",
        "Apoio ao cliente de primeira linha na plataforma: diagnóstico, resolução ou encaminhamento para a segunda linha",
        "Serviço de atendimento telefónico externo: receção de chamadas em nome da sua empresa e envio de recados por email",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Receção e acompanhamento de clientes no showroom, com informação sobre prazos de entrega",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Os reembolsos fora da política de devoluções são concedidos em casos excecionais, mediante aprovação do responsável de apoio ao cliente",
        "Pedidos de compensação por atrasos na entrega são avaliados caso a caso pela coordenação",
    ],
    ("sales", "front", "core", "remote"): [
        "Angariação e acompanhamento de uma carteira de clientes empresariais na região Norte",
        "Prospeção telefónica e marcação de reuniões para a equipa comercial",
        "Elaboração de propostas comerciais e negociação de condições com os clientes",
        "Introduzir as oportunidades no CRM e atualizar a fase após cada contacto",
        "Todas as propostas acima de 20 000 € são revistas pela direção comercial antes de seguirem para o cliente",
        "Resposta a concursos públicos nas plataformas acinGov e Vortal",
    ],
    ("sales", "front", "core", "on_site"): [
        "Visitas regulares a clientes e pontos de venda, com reporte semanal das visitas",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Descontos acima da tabela carecem de autorização prévia do diretor comercial",
        "Condições especiais de pagamento pedidas por clientes estratégicos, analisadas pedido a pedido",
    ],
    ("marketing", "front", "core", "remote"): [
        "Definição e execução do plano de marketing anual, em articulação com a área comercial",
        "Gestão das redes sociais (Instagram, LinkedIn, Facebook) e criação de conteúdos",
        "Planear e publicar a newsletter mensal e acompanhar as taxas de abertura",
        "Gestão de campanhas Google Ads e Meta Ads e otimização do retorno",
        "Assessoria de imprensa: comunicados, contactos com jornalistas e clipping",
        "Estudos de mercado e análise da concorrência",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Presença em feiras do setor: montagem do stand e acolhimento dos visitantes",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Pedidos de patrocínio de associações e eventos locais são avaliados caso a caso pela administração",
        "Organização pontual da festa dos 25 anos da empresa com clientes e parceiros",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Reconciliações bancárias mensais e controlo de tesouraria",
        "Preparação e submissão das declarações de IVA, da Modelo 22 e da IES",
        "Emissão de faturas e comunicação à AT por SAF-T",
        "Fecho mensal e anual de contas em articulação com o contabilista certificado",
        "Verificar diariamente os recebimentos por MB Way e multibanco e associá-los às faturas",
        "As despesas de deslocação são reembolsadas mediante apresentação de fatura com o NIF da empresa",
        "Serviços do gabinete: contabilidade organizada, obrigações fiscais e representação junto da AT",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Gestão do fundo de maneio e conferência diária da caixa da loja",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Despesas fora da política só são reembolsadas em casos excecionais, com autorização da direção financeira",
        "Pedidos de adiantamento para deslocações ao estrangeiro, aprovados pedido a pedido",
    ],
    ("payroll", "back", "support", "remote"): [
        "Processamento mensal de salários e envio da DMR à Segurança Social e à AT",
        "Cálculo dos subsídios de férias e de Natal, horas extraordinárias e trabalho noturno",
        "Controlo de assiduidade e registo de faltas, férias e baixas para o processamento",
        "Emitir os recibos de vencimento e disponibilizá-los no portal do colaborador",
        "Admissões e cessações comunicadas à Segurança Social Direta nos prazos legais",
        "Processamento salarial em outsourcing: recibos, DMR, mapas de férias e declarações anuais de rendimentos",
        "O subsídio de alimentação é pago em cartão refeição no dia do processamento",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Adiantamentos sobre o vencimento são concedidos apenas em situações excecionais, mediante aprovação da gerência",
        "Acertos salariais retroativos por erro de processamento, tratados caso a caso",
    ],
    ("hr", "back", "support", "remote"): [
        "Recrutamento e seleção: publicação de anúncios, triagem de currículos e entrevistas",
        "Acolhimento e integração de novos colaboradores",
        "Gestão da formação profissional, incluindo as 40 horas anuais obrigatórias",
        "Manter atualizados os processos individuais dos colaboradores",
        "Avaliação de desempenho anual e definição de planos de desenvolvimento",
        "Os pedidos de férias são feitos no portal e aprovados pela chefia direta",
    ],
    ("hr", "back", "support", "on_site"): [
        "Ministrar a formação presencial de acolhimento sobre segurança no armazém",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Pedidos de teletrabalho fora do regime previsto são analisados caso a caso pelos RH",
        "Apoio aos colaboradores estrangeiros na obtenção de visto de trabalho e autorização de residência junto da AIMA",
        "Contratações fora do quadro aprovado carecem de autorização prévia da administração",
    ],
    ("it", "back", "support", "remote"): [
        "Suporte aos utilizadores (helpdesk) de primeira e segunda linha",
        "Gestão de contas de utilizador, acessos e palavras-passe",
        "Verificar todas as manhãs o resultado das cópias de segurança e registar as falhas",
        "Manutenção do ERP (PHC, Primavera) e articulação com o parceiro de software",
        "Gestão da segurança informática: firewall, antivírus, atualizações e autenticação multifator",
        "Contrato de assistência informática: suporte remoto ilimitado, monitorização e backups na cloud",
    ],
    ("it", "back", "support", "on_site"): [
        "Preparação e entrega dos equipamentos aos novos colaboradores (portátil, telemóvel, ecrã)",
    ],
    ("it", "back", "long_tail", "remote"): [
        "A instalação de software fora da lista aprovada carece de autorização prévia do responsável de sistemas",
        "Pedidos de acesso remoto para prestadores externos, avaliados pedido a pedido",
    ],
    ("admin", "back", "support", "remote"): [
        "Gestão de agenda, marcação de reuniões e viagens da administração",
        "Introdução de dados no ERP e atualização das fichas de clientes e fornecedores",
        "Elaboração das atas das reuniões",
        "Traduções de documentos comerciais de e para inglês",
    ],
    ("admin", "back", "support", "on_site"): [
        "Receção, registo e distribuição da correspondência",
        "Digitalização e arquivo de documentos em papel",
        "Serviço de limpeza de escritórios: limpeza diária de postos de trabalho, copa e instalações sanitárias",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Gestão da frota automóvel: atribuição de viaturas, manutenção, portagens e sinistros",
        "Coordenação da mudança de instalações, mediante aprovação do orçamento pela gerência",
    ],
    ("procurement", "back", "support", "remote"): [
        "Consulta ao mercado, comparação de propostas e negociação com fornecedores",
        "Emissão de notas de encomenda a partir das requisições aprovadas",
        "Seleção e qualificação de novos fornecedores",
        "Acompanhamento dos prazos de entrega e reclamação de atrasos",
        "As compras acima de 5 000 € exigem pelo menos três propostas",
        "Rever semestralmente o desempenho dos fornecedores (prazo, qualidade, preço)",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Compras urgentes fora dos fornecedores qualificados só com autorização da direção",
        "Pedidos de compra de equipamento não orçamentado, analisados caso a caso",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Receção, conferência e arrumação de mercadoria",
        "Preparação de encomendas (picking e packing)",
        "Cargas e descargas com empilhador",
        "Gestão de stocks e inventários periódicos",
        "Serviço de armazenagem e logística para e-commerce (3PL): receção, stock, picking e expedição",
    ],
    ("logistics", "back", "core", "remote"): [
        "Emissão de guias de transporte e comunicação à AT",
        "Planeamento de rotas e coordenação com as transportadoras",
        "Transitário: desalfandegamento e transporte marítimo e aéreo de importação e exportação",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Envios urgentes ou fora de rota a pedido do cliente, mediante aprovação do responsável logístico",
        "Mercadoria danificada no transporte: abertura de processo com a transportadora, caso a caso",
    ],
    ("production", "back", "core", "on_site"): [
        "Operar as máquinas da linha de produção de acordo com as ordens de fabrico",
        "Controlo de qualidade do produto final e registo das não conformidades",
        "Preparação e confeção de refeições de acordo com as fichas técnicas",
        "Limpeza de escritórios, condomínios e espaços comerciais dos clientes",
        "Montagem e acabamento de peças na oficina",
        "Cumprir o plano de produção diário e reportar as paragens",
        "Manutenção de primeiro nível dos equipamentos no início do turno",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Trabalhos urgentes fora do plano de produção, apenas quando autorizados pelo chefe de produção",
        "Limpezas extraordinárias pós-obra ou pós-evento, a pedido do cliente",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Cumprimento do RGPD: registo das atividades de tratamento e resposta aos pedidos dos titulares",
        "Revisão e negociação de contratos com clientes e fornecedores",
        "Acompanhamento da legislação laboral e das inspeções da ACT",
        "Manter os seguros obrigatórios em vigor e atualizar as apólices",
        "Organização da segurança e saúde no trabalho: avaliação de riscos e plano de emergência",
        "Prevenção do branqueamento de capitais: identificação dos clientes e conservação dos documentos",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Verificar trimestralmente os extintores e as saídas de emergência das instalações",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Litígios e cobranças judiciais acompanhados caso a caso com o advogado externo",
        "Pareceres jurídicos pontuais, quando solicitados pela administração",
    ],
    ("product_development", "back", "core", "remote"): [
        "Conceção e desenvolvimento de novos produtos, do conceito ao lançamento",
        "Modelação 3D em Inventor e preparação dos desenhos para protótipo",
        "Levantamento de requisitos com os utilizadores e escrita de histórias de utilizador",
        "Desenvolvimento de novas funcionalidades da aplicação web e mobile",
        "Candidaturas a projetos de I&D no âmbito do Portugal 2030",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Ensaios laboratoriais e testes de protótipos",
        "Criação de novas receitas e testes na cozinha experimental",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Adaptações de produto pedidas por um único cliente só avançam após análise de viabilidade, caso a caso",
        "Edição especial desenvolvida a pedido de um distribuidor, mediante aprovação da direção técnica",
    ],
    ("management", "back", "core", "remote"): [
        "Definição da estratégia da empresa e dos objetivos anuais por departamento",
        "Preparação das reuniões do conselho de administração e da assembleia geral",
        "Acompanhamento mensal dos indicadores de gestão com a equipa de direção",
        "Revisão anual do plano estratégico e do modelo de negócio",
        "Coordenar as chefias intermédias e garantir o alinhamento entre áreas",
        "Aprovação do orçamento anual e do plano de investimentos pela administração",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Análise pontual de uma proposta de aquisição de um concorrente, a pedido dos acionistas",
        "Avaliar, a pedido dos sócios, a candidatura a um projeto de internacionalização",
    ],
}
# Brazilian Portuguese: job ads, role profiles, procedures, policies, provider menus.
BRAZIL_PAGES: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "Atendimento ao cliente via telefone, WhatsApp, e-mail e chat, com registro de cada interação no sistema",
        "Tratativa das reclamações do Reclame Aqui e do Procon dentro dos prazos",
        "Acompanhar os pedidos e informar aos clientes o status da entrega",
        "As solicitações de troca são atendidas em até 7 dias após o recebimento do produto, conforme o CDC",
        "Suporte técnico ao cliente nível 1: abertura de chamados, primeiras orientações e escalonamento",
        "Central de atendimento terceirizada: SAC receptivo, pós-venda e pesquisa de satisfação",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Atendimento presencial no balcão da assistência técnica, recebimento dos aparelhos e abertura da OS",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Trocas fora do prazo de garantia são concedidas apenas em caráter excepcional, com aprovação da supervisão",
        "Ressarcimento de clientes por danos no transporte, avaliado caso a caso",
    ],
    ("sales", "front", "core", "remote"): [
        "Prospecção ativa de novos clientes e qualificação de leads",
        "Montar propostas e negociar condições comerciais com os clientes",
        "Gestão da carteira de clientes, pós-venda e reativação de clientes inativos",
        "Atualizar o funil de vendas no Pipedrive após cada contato",
        "Participação em licitações públicas: análise do edital e envio da proposta",
        "Inside sales: demonstrações online do sistema para prospects",
    ],
    ("sales", "front", "core", "on_site"): [
        "Visitas técnicas e comerciais a clientes da região, com relatório semanal",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Descontos acima de 10% dependem de aprovação prévia da gerência comercial",
        "Condições especiais de faturamento solicitadas por clientes-chave, analisadas pedido a pedido",
    ],
    ("marketing", "front", "core", "remote"): [
        "Planejamento e execução do calendário de conteúdo para Instagram, LinkedIn e TikTok",
        "Gestão de tráfego pago (Google Ads e Meta Ads) e acompanhamento de CPA e ROAS",
        "Criação de landing pages e fluxos de nutrição no RD Station",
        "Produção de conteúdo para o blog com foco em SEO",
        "Assessoria de imprensa e relacionamento com influenciadores",
        "Pesquisa de mercado e análise de concorrentes",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Organização da participação em feiras e eventos do setor, incluindo a montagem do estande",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Solicitações de patrocínio de times e eventos do bairro: a diretoria decide caso a caso",
        "Campanhas cooperadas solicitadas por revendedores, mediante aprovação da verba pela gerência",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Contas a pagar e a receber, com lançamentos no ERP e conciliação bancária diária",
        "Emissão de NF-e e NFS-e e envio dos boletos aos clientes",
        "Apuração de impostos (Simples Nacional, ICMS, ISS) e emissão das guias",
        "Entrega das obrigações acessórias: SPED Fiscal, EFD-Contribuições e ECD",
        "Conferir diariamente os recebimentos via Pix e cartão e dar baixa nos títulos",
        "Escritório de contabilidade: escrituração contábil e fiscal, balancete e DRE mensal",
        "As despesas de viagem são reembolsadas mediante apresentação de nota fiscal em nome da empresa",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Controle do caixa da loja e conferência do fundo de troco ao final do turno",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Reembolso de gastos não previstos na política de viagens, somente com autorização da diretoria financeira",
        "Pedidos de prorrogação de vencimento de boletos, analisados caso a caso",
    ],
    ("payroll", "back", "support", "remote"): [
        "Processamento da folha de pagamento, férias, rescisões e 13º salário",
        "Envio dos eventos do eSocial e apuração da DCTFWeb",
        "Controle de ponto eletrônico, horas extras e banco de horas",
        "Administração de benefícios: vale-transporte, vale-refeição e plano de saúde",
        "Conferir o espelho de ponto de cada colaborador antes do fechamento da folha",
        "Departamento pessoal terceirizado: admissões, folha, férias e rescisões conforme a CLT",
        "Os holerites são disponibilizados no aplicativo até o 5º dia útil",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Adiantamentos salariais fora da data do vale são liberados apenas em casos excepcionais, com aprovação do RH",
        "Pagamento de diferenças salariais retroativas após acordo, calculado caso a caso",
    ],
    ("hr", "back", "support", "remote"): [
        "Recrutamento e seleção: divulgação de vagas, triagem de currículos e entrevistas",
        "Integração de novos colaboradores e acompanhamento do período de experiência",
        "Gestão dos treinamentos e controle dos certificados das NRs",
        "Pesquisa de clima e planos de ação com as lideranças",
        "Organizar a escala de férias anual junto com os gestores",
        "Controle de atestados médicos e afastamentos",
    ],
    ("hr", "back", "support", "on_site"): [
        "Ministrar os treinamentos presenciais de integração no chão de fábrica",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Abertura de vaga não prevista no headcount do ano depende de aprovação prévia da diretoria",
        "Afastamentos longos pelo INSS: acompanhamento individual do colaborador até o retorno",
        "Pedidos de transferência entre filiais são analisados caso a caso",
    ],
    ("it", "back", "support", "remote"): [
        "Suporte técnico aos usuários, atendimento de chamados e acesso remoto",
        "Gestão de acessos: liberar e remover permissões no Microsoft 365 e no TOTVS",
        "Administração da rede, dos servidores e das rotinas de backup",
        "Renovação e instalação dos certificados digitais A1 e A3",
        "Monitoramento de segurança: antivírus, firewall e atualizações",
        "Empresa de TI: suporte remoto, helpdesk e backup em nuvem para pequenas empresas",
    ],
    ("it", "back", "support", "on_site"): [
        "Montar as estações de trabalho e configurar notebooks e celulares dos novos colaboradores",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Liberação de sites bloqueados ou softwares fora do padrão somente mediante justificativa e aprovação do gestor",
        "Recuperação de dados de equipamento danificado, quando solicitada pela diretoria",
    ],
    ("admin", "back", "support", "remote"): [
        "Rotinas administrativas: organização de agendas, reuniões e viagens",
        "Lançamento de dados em planilhas e no sistema",
        "Controle dos contratos de manutenção predial, limpeza e vigilância",
    ],
    ("admin", "back", "support", "on_site"): [
        "Recebimento e distribuição de correspondências e malotes",
        "Digitalização e arquivamento de documentos",
        "Serviço de limpeza e conservação de escritórios com equipe fixa",
        "Ir a cartórios e bancos para autenticações e reconhecimento de firma",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Gestão da frota: agendamento de revisões, multas, sinistros e indicação de condutor",
        "Organização da confraternização de fim de ano, mediante aprovação do orçamento",
    ],
    ("procurement", "back", "support", "remote"): [
        "Cotação de preços com no mínimo três fornecedores e elaboração do mapa comparativo",
        "Emissão de pedidos de compra no ERP a partir das requisições aprovadas",
        "Desenvolvimento e homologação de novos fornecedores",
        "Follow-up de entregas junto aos fornecedores",
        "Compra de materiais de escritório, limpeza e EPIs",
        "Todas as compras acima de R$ 10 mil precisam da assinatura do diretor",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Compras emergenciais sem cotação, somente com autorização formal da diretoria",
        "Solicitações de compra de itens não cadastrados, analisadas uma a uma pelo comprador",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Recebimento e conferência de mercadorias com a nota fiscal",
        "Separação, embalagem e expedição dos pedidos do e-commerce",
        "Operar empilhadeira na carga e descarga das carretas",
        "Inventário rotativo e controle de estoque no WMS",
        "Operador logístico (3PL): armazenagem, fulfillment e logística reversa",
    ],
    ("logistics", "back", "core", "remote"): [
        "Roteirização das entregas e acompanhamento dos motoristas",
        "Emissão de CT-e e MDF-e",
        "Agente de cargas: frete internacional e desembaraço aduaneiro",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Entregas urgentes por motoboy fora da rota, quando solicitadas pelo comercial",
        "Extravios e avarias de carga: abrir sinistro com a transportadora e acompanhar cada ocorrência individualmente",
    ],
    ("production", "back", "core", "on_site"): [
        "Operar as máquinas da linha de produção conforme a ordem de produção",
        "Inspeção de qualidade da matéria-prima e do produto acabado",
        "Preparo das refeições conforme as fichas técnicas e as normas da Anvisa",
        "Limpeza e conservação de condomínios, escritórios e lojas de clientes",
        "Montagem de móveis sob medida no endereço do cliente",
        "Setup de máquinas e troca de ferramentas",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Produção de lotes especiais a pedido do cliente, mediante aprovação do PCP",
        "Retrabalho de lote reprovado, decidido caso a caso pela qualidade",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Adequação à LGPD: mapeamento de dados, políticas de privacidade e atendimento aos titulares",
        "Elaboração e revisão de contratos comerciais",
        "Controle de alvarás, licenças e AVCB",
        "Gestão dos programas de SST (PGR, PCMSO) e da documentação das NRs",
        "Controle da carteira de processos judiciais e dos prazos com o escritório externo",
        "Emissão de certidões negativas e comprovação de regularidade fiscal para licitações",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Inspeções de segurança no canteiro de obras e registro das não conformidades",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Notificações extrajudiciais recebidas são tratadas caso a caso com o jurídico",
        "Análise jurídica de operações fora do padrão, sob demanda da diretoria",
    ],
    ("product_development", "back", "core", "remote"): [
        "Desenvolvimento de novos produtos, da pesquisa ao lançamento",
        "Elaboração de desenhos técnicos e modelagem 3D",
        "Levantamento de requisitos e priorização do backlog com o time de produto",
        "Desenvolvimento de novas funcionalidades em React e Node",
        "Projetos de P&D com incentivos da Lei do Bem",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Testes de bancada e validação de protótipos",
        "Desenvolvimento de novas receitas e fichas técnicas na cozinha de testes",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Customizações solicitadas por clientes específicos só entram no roadmap após aprovação da diretoria",
        "Reformulação emergencial de um produto após notificação da Anvisa, conduzida como projeto pontual",
    ],
    ("management", "back", "core", "remote"): [
        "Definir o planejamento estratégico e desdobrar as metas para cada área",
        "Conduzir as reuniões de diretoria e do conselho",
        "Acompanhamento dos indicadores de desempenho (KPIs) e do orçamento anual",
        "Governança corporativa e relacionamento com os sócios",
        "Aprovar o plano de investimentos do ano com os sócios",
        "Desenho da estrutura organizacional e definição de papéis",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Avaliação pontual de fusão ou aquisição, a pedido dos acionistas",
        "Estudo para abertura de uma nova filial no Nordeste",
    ],
}
# fmt: on

LINES: list[Row] = flatten(PORTUGAL_OWNERS, BRAZIL_OWNERS, PORTUGAL_PAGES, BRAZIL_PAGES)
