"""Italian, Portuguese and Swedish lines where the domain word, not a generic word, decides the function.

more_lines_domain_word.py (English) and more_lines_domain_word_local.py (German, French, Spanish,
Dutch) gave the classifier lines in pairs across eight boundaries where a generic word (target,
plan, budget, roadmap, customer, call, ticket, access, supplier, schedule, booking) sits beside
the word that decides (shared/LABELING.md, "The domain word decides"). The Italian, Portuguese
and Swedish lines so far (more_lines_local.py, more_lines_local_pt.py,
more_lines_local_pages_it_sv.py) cover the 14 functions but not these boundaries, so they come
here written natively, with each country's own tools, forms and authorities (solleciti, diffida,
decreto ingiuntivo, Ri.Ba., Cerved, Fatture in Cloud, TeamSystem, SdI, LIPE, F24, INPS, INAIL,
Uniemens, MEPA, Sintel, DGUE, disciplinare; cobranças, régua de cobrança, injunção,
protesto, Serasa, PHC, Primavera, Moloni, e-Fatura, SAF-T, DMR, Segurança Social, eSocial,
FGTS Digital, DCTFWeb, NF-e, Omie, Conta Azul, portal BASE, pregão eletrônico, caderno de
encargos; påminnelser, inkasso, Kronofogden, betalningsföreläggande, UC, Fortnox, Visma, Bokio,
Skatteverket, AGI, upphandling, ESPD, förfrågningsunderlag, tilldelningsbeslut, avtalsspärr).
The eight boundaries, and which side of each takes which function, are those listed in
more_lines_domain_word_local.py.

They are written as job-ad bullets in noun style ("Gestione della...", "Elaboração de...",
"Ansvar för..."), infinitive checklist steps, provider menu items, owners' shorthand and headings
with a colon gloss, in Italian, European and Brazilian Portuguese, and Swedish. Each line is an
ordinary company's line without company context: office follows the function (front only for
customer_service, sales and marketing), process is the function's routine one, and about one
line in eight is `long_tail` (an exception, a one-off, a case-by-case request inside that
function). Location is `on_site` only where a person must be present (the building, the kitchen,
goods-in, the racking, the front desk, hardware at a desk, a stand).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# Italian (Italy).
ITALIAN: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Obiettivi di vendita per ogni agente di zona: fissarli a inizio anno e verificarli ogni mese nel CRM",
        "Piano territoriale: ridistribuire le province tra i tre agenti plurimandatari",
        "Strategia commerciale per il canale Horeca: quali distributori e catene di bar contattare per primi",
        "obiettivi di fatturato per punto vendita - da guardare il lunedì in riunione commerciale",
        "Revisione settimanale della pipeline con i commerciali: trattative sopra i 10.000 euro, prossimo passo e data di chiusura prevista",
        # 6. tenders answered
        "Monitoraggio dei bandi sul MEPA e sulle piattaforme regionali per i nostri servizi di pulizia",
        "Preparazione dell'offerta tecnica ed economica per la gara dell'ASL: relazione tecnica, referenze, DGUE compilato",
        "Addetta gare d'appalto: gestione della nostra partecipazione alle gare pubbliche, dalla lettura del disciplinare all'invio dell'offerta",
        "Rispondere alle richieste di quotazione dei clienti industriali con prezzo unitario e tempi di consegna",
        "Gara su Sintel: caricare busta amministrativa, tecnica ed economica entro la scadenza",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Sconto oltre il limite dell'agente per un contratto triennale, autorizzato di volta in volta dal direttore vendite",
        "Avvalimento dei requisiti di un'altra impresa per una singola gara, deciso caso per caso dalla direzione commerciale",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Piano marketing dell'anno: campagne stagionali, canali e budget assegnato a ciascun canale",
        "Piano ufficio stampa per il lancio del prodotto: lista giornalisti, embargo, interviste alla fondatrice",
        "Budget marketing: confrontare ogni mese la spesa pubblicitaria con il previsto e spostare i fondi sui canali che convertono",
        # 8. newsletters, press, research
        "Newsletter mensile ai clienti con Brevo: novità, offerte e ricette di stagione",
        "Comunicato stampa per l'apertura del nuovo negozio da inviare alle redazioni locali",
        "Ricerca di mercato: questionario online a 500 consumatori sulle preferenze di confezione",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Presidio dello stand al Vinitaly e raccolta dei contatti dei visitatori per la newsletter",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Richiesta di sponsorizzazione della squadra di calcio del paese: decide volta per volta il responsabile marketing",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Rispondere ai clienti che chiedono dov'è il loro ordine e quando arriverà",
        "Richieste di reso: verificare l'ordine, mandare l'etichetta di reso e indicare i tempi del rimborso",
        "Chat del negozio online: cambi dell'indirizzo di consegna e articoli mancanti nel pacco",
        # 3. product support for customers
        "Assistenza clienti: guidare al telefono l'installazione del termostato smart e il collegamento all'app",
        "Supporto agli utenti del nostro software di cassa: spiegare i messaggi di errore in chiusura giornaliera",
        "Sbloccare gli account dei clienti sull'e-commerce e aiutarli a reimpostare la password",
        "Segnalare allo sviluppo i bug riportati dai clienti, con i passaggi per riprodurli",
        # 8. registration by phone
        "Accettazione telefonica dei nuovi pazienti e fissazione della prima visita",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Accettazione in studio dei nuovi pazienti: tessera sanitaria, documento e recapiti",
        "Reception dell'hotel: check-in degli ospiti, documenti per la schedina alloggiati, orari della colazione",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Rimborso di cortesia oltre i 14 giorni di recesso, solo con l'ok della responsabile del servizio clienti",
    ],
    ("management", "back", "core", "remote"): [
        "Definire con i soci la strategia aziendale per i prossimi tre anni",
        "Preparazione del consiglio di amministrazione: risultati della società, rischi principali, decisioni da prendere",
        "Obiettivi aziendali dell'anno (fatturato, margine, organico) declinati su ogni reparto",
        "Decisione dei titolari sull'apertura di una seconda sede a Bologna",
        "Riorganizzazione aziendale: nuovo organigramma e deleghe ai responsabili di area",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Investimento una tantum nel fotovoltaico su tutti i capannoni: delibera del CdA",
    ],
    ("product_development", "back", "core", "remote"): [
        "Roadmap di prodotto dell'app: cosa esce nella versione 2.4 e cosa slitta alla 2.5",
        "Prioritizzazione delle nuove funzionalità richieste per impatto e sforzo prima di ogni sprint",
        "Budget di R&S per la nuova linea di caldaie: prototipi, banco prova, certificazione",
        "Sviluppo prodotto del pastificio: quali due ricette nuove portare in prova quest'anno",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Funzione su misura per un solo cliente grande, accettata o rifiutata caso per caso dal product manager",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Gestione del recupero crediti: solleciti scritti a 15, 30 e 60 giorni dalla scadenza",
        "Scadenziario clienti: ogni lunedì telefonare ai clienti con gli scaduti più alti",
        "Fatture in Cloud: sollecito automatico quando una fattura supera i 10 giorni di ritardo",
        "Servizio di recupero crediti per le aziende: solleciti telefonici, lettere di messa in mora e piani di rientro con i debitori",
        "Diffida ad adempiere via PEC al cliente che ignora il terzo sollecito, poi pratica all'avvocato per il decreto ingiuntivo",
        "Fido ai nuovi rivenditori in base alla visura e al rating Cerved",
        "Insoluti Ri.Ba.: riaddebito al cliente e nuova scadenza concordata al telefono",
        "Nota di credito elettronica via SdI per il reso accettato e storno del credito in partitario clienti",
        "solleciti il venerdì!!",
        # 5. stock valuation
        "Valorizzazione delle rimanenze a costo medio ponderato per la chiusura mensile",
        "Svalutazione delle giacenze a lento rigiro, d'accordo con il revisore",
        "Abbinare fattura passiva, ordine d'acquisto e DDT di entrata prima del pagamento",
        # 7. tax, assets, payroll journal
        "Liquidazione IVA e invio della comunicazione LIPE all'Agenzia delle Entrate",
        "IRES e IRAP: preparare i dati per il commercialista e tenere d'occhio gli acconti di giugno e novembre",
        "Registro dei cespiti: capitalizzare i macchinari nuovi e calcolare gli ammortamenti",
        "Registrare in contabilità generale la scrittura degli stipendi dopo ogni elaborazione paghe",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Stralcio di un piccolo credito residuo quando il recupero costerebbe di più, caso per caso con l'amministratore",
        "Cliente che ha pagato due volte la stessa fattura: verificare e restituire l'importo con bonifico",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Calendario paghe dell'anno: scadenza presenze, approvazione e data di pagamento di ogni mese",
        "Costo del personale per centro di costo, ogni mese dal software paghe al controllo di gestione",
        "Scadenzario di fine anno dell'ufficio paghe: conguaglio fiscale di dicembre, tredicesima, nuove aliquote",
        # 7. pay runs and filings
        "Elaborazione dei cedolini su TeamSystem Paghe entro il 27 e invio del file dei bonifici stipendi",
        "Versamento con F24 delle ritenute IRPEF sugli stipendi entro il 16 del mese successivo",
        "Uniemens: controllare le anomalie segnalate dall'INPS e reinviare le denunce corrette",
        "Straordinari e maggiorazioni per lavoro notturno e festivo calcolati dalle timbrature",
        "Modello 770: quadrare le ritenute versate con le CU dei dipendenti prima dell'invio",
        "Autoliquidazione INAIL: retribuzioni dell'anno divise per voce di tariffa e rata di febbraio",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Anticipo di stipendio concesso una sola volta dal titolare, recuperato in tre buste paga",
    ],
    ("hr", "back", "support", "remote"): [
        "Scrivere gli annunci di lavoro e pubblicarli su InfoJobs, Indeed e sul portale del centro per l'impiego",
        "Onboarding: far firmare in digitale la documentazione di assunzione prima del primo giorno",
        "Piano di inserimento per i nuovi infermieri: turni in affiancamento, corsi obbligatori, tutor",
        "Aggiornamento dei fascicoli dei dipendenti: contratto, titoli di studio, attestati dei corsi sulla sicurezza",
        "Kit di benvenuto per i nuovi assunti: manuale aziendale, programma della prima settimana, referenti",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Un reparto chiede un interinale per due settimane: gestire la richiesta con l'agenzia per il lavoro",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "Budget IT per il prossimo anno: sostituzione dei portatili, licenze Microsoft 365, contratto di assistenza sistemistica",
        "Strategia IT dello studio: dismettere il server interno e passare al cloud",
        "Roadmap IT: migrazione a Windows 11, nuovo firewall, accesso unico a tutti i gestionali",
        "Pianificazione degli aggiornamenti: pc dei dipendenti il secondo martedì, server il fine settimana dopo",
        # 3. staff help desk, accounts, access
        "Help desk interno: prendere in carico, classificare e risolvere i ticket dei colleghi su Freshservice",
        "Creare utenze e caselle di posta per i nuovi colleghi prima del loro primo giorno",
        "Assegnare le licenze Microsoft 365 e Adobe e recuperarle quando un dipendente lascia l'azienda",
        "Richiesta di accesso alla cartella dell'amministrazione: approva il responsabile, poi l'IT abilita i permessi",
        "Verifica trimestrale di chi ha ancora i diritti di amministratore su server e firewall",
        "Avvisare il personale della finestra di manutenzione: sabato notte posta e gestionale non disponibili",
        "Assistenza informatica in outsourcing per gli uffici: help desk ai dipendenti, utenze, licenze e pc aziendali",
    ],
    ("it", "back", "support", "on_site"): [
        "Preparare le postazioni dei nuovi arrivati: portatile, docking e due monitor sulla scrivania",
        "Sostituire in ufficio cuffie e tastiere guaste",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Diritti di amministratore temporanei a un consulente esterno, su richiesta del capo progetto e per una sola settimana",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Valutazione d'impatto sulla protezione dei dati prima di installare le telecamere in magazzino",
        "Nomina a responsabile del trattamento del nuovo consulente paghe: verificarla e farla firmare",
        "Aggiornare il registro dei trattamenti con il nuovo portale pazienti e la relativa base giuridica",
        "Verifica privacy del flusso di dati tra e-commerce e nuovo CRM prima della messa in produzione",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Istanza di accesso ai dati di un ex dipendente ai sensi dell'art. 15 GDPR: raccogliere tutto e rispondere entro un mese",
    ],
    ("admin", "back", "support", "on_site"): [
        "Portare fuori i bidoni della differenziata la sera prima del ritiro",
        "Riordinare l'angolo cucina dell'ufficio, svuotare la lavastoviglie e il venerdì il frigorifero",
        "Regolare riscaldamento e condizionatori dell'ufficio al cambio di stagione",
        "Neve: spalare e spargere il sale all'ingresso e nel parcheggio dei dipendenti prima delle 8",
        "Allestire la sala riunioni per l'assemblea dei soci: sedie, proiettore, acqua",
        "Aprire la sede alle 7:30, far entrare il tecnico della caldaia e firmargli il rapportino",
    ],
    ("admin", "back", "support", "remote"): [
        "Calendario dei fornitori dell'immobile: pulizia vetri, manutenzione ascensore, disinfestazione",
        "Prenotazione delle sale riunioni in Outlook per la formazione interna",
        "Comunicazione settimanale al personale: cambi di sala, parcheggio, giorni di chiusura dell'ufficio",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Chiamare l'idraulico d'urgenza quando si allaga il bagno dell'ufficio",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Orari del riscaldamento cambiati su richiesta per un gruppo che si ferma la sera",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Chiedere tre preventivi per gli imballaggi e confrontarli su prezzo unitario, tempi di consegna e lotto minimo",
        "Emissione degli ordini di acquisto in TeamSystem a partire dalle richieste approvate",
        "Anagrafica dei nuovi fornitori: IBAN, DURC, polizza assicurativa e condizioni di pagamento",
        # 6. tenders issued
        "Comune: pubblicare la gara per le pulizie delle scuole e rispondere alle richieste di chiarimento dei concorrenti",
        "Valutazione delle offerte secondo i criteri del disciplinare e proposta di aggiudicazione al RUP",
        "Affidamento diretto e trattativa diretta sul MEPA per gli acquisti sotto soglia",
        "Redigere il capitolato per il nuovo servizio paghe esterno e assegnare i punteggi alle offerte",
        "Commissione giudicatrice: apertura delle buste in seduta pubblica e verbale di gara",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Gara andata deserta: decidere se ripubblicarla o passare alla procedura negoziata",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Magazzino: tenere libera la baia di carico da bancali vuoti e film estensibile",
        # 5. receiving, counting, moving materials
        "Ricevimento merci: contare i colli rispetto all'ordine di acquisto e annotare le mancanze sul DDT",
        "Controllare le consegne in arrivo per danni da trasporto e firmare il documento del vettore",
        "Ritirare le materie prime dal fornitore con il nostro camion",
        "Inventario di fine anno: contare tutte le ubicazioni e firmare i fogli di conta",
        "Rifornire le linee di produzione con le materie prime dal magazzino",
        "Ristorante: controllare la consegna della verdura con la bolla e sistemarla in cella frigo",
    ],
    ("logistics", "back", "core", "remote"): [
        "Elenco giornaliero degli articoli sotto scorta minima per l'ufficio acquisti",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Trasferimento urgente di merce alla filiale di Napoli per una grossa commessa, una tantum",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise en place prima del servizio: verdure, salse e guarnizioni",
        "Sfornare pane e cornetti per il banco dalle 5 del mattino",
        "Cucina della RSA: pranzi e cene per gli ospiti, comprese le diete frullate",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Piatto fuori menu per un cliente con più allergie, quando lo chiede la sala",
    ],
}

# Portuguese (Portugal and Brazil).
PORTUGUESE: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Objetivos de vendas por comercial definidos no arranque do ano e acompanhados todos os meses no PHC CRM",
        "Metas de vendas por vendedor: definir no início do ano e acompanhar toda semana no funil",
        "Divisão das zonas comerciais: redistribuir os distritos pelos três comerciais de campo",
        "Estratégia comercial para o atacado: quais redes de supermercado e distribuidores abordar primeiro",
        "meta de faturamento por loja - ver segunda de manhã na reunião comercial",
        "Revisão semanal do pipeline com os vendedores: negociações acima de R$ 50 mil, próximo passo e data de fechamento",
        # 6. tenders answered
        "Pesquisa de concursos públicos no portal BASE e na Vortal para os nossos serviços de limpeza",
        "Elaboração da proposta para o concurso da câmara municipal: memória descritiva, preço e documentos de habilitação",
        "Analista de licitações: acompanhamento dos pregões eletrônicos no Compras.gov.br, da leitura do edital ao lance",
        "Responder às cotações (RFQ) das montadoras com preço unitário e prazo de entrega",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Desconto acima do limite do comercial num contrato de três anos: aprovação pontual do diretor comercial",
        "Consórcio com outra empresa para uma licitação grande de hospital, só neste caso",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Plano de marketing anual: campanhas sazonais, canais e orçamento de cada canal",
        "Plano de assessoria de imprensa para o lançamento: mailing de jornalistas, embargo e entrevistas com a fundadora",
        "Orçamento de marketing: comparar todos os meses o investimento em anúncios com o previsto",
        # 8. newsletters, press, research
        "Newsletter mensal para clientes no RD Station: novidades, promoções e receitas",
        "Comunicado de imprensa sobre a abertura da nova loja, enviado aos jornais regionais",
        "Pesquisa de mercado: questionário online com 400 consumidores sobre preferência de embalagem",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Ficar no estande da feira e cadastrar os visitantes para a newsletter",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Pedido de patrocínio do clube de futebol da terra: decisão pontual da responsável de marketing",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Responder os clientes que perguntam onde está o pedido e quando chega",
        "Pedidos de devolução: verificar a encomenda, enviar a etiqueta de devolução e explicar quando chega o reembolso",
        "Chat da loja virtual: troca de endereço de entrega e itens faltando no pedido",
        # 3. product support for customers
        "Apoio ao cliente: ajudar por telefone a instalar o termóstato inteligente e a ligá-lo à app",
        "Suporte aos usuários do nosso sistema de PDV: explicar os erros no fechamento do caixa",
        "Desbloquear contas de clientes na loja online e ajudar a redefinir a palavra-passe",
        "Repassar ao time de desenvolvimento os bugs que os clientes relatam, com os passos para reproduzir",
        # 8. registration by phone
        "Marcação de primeiras consultas por telefone e registo dos dados dos novos utentes",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Cadastro de pacientes novos na recepção da clínica: documento, carteirinha do convênio e contatos",
        "Receção do hotel: check-in dos hóspedes, cartão de crédito como garantia, horário do pequeno-almoço",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Reembolso por cortesia depois do prazo de arrependimento, só com ok da supervisora do SAC",
    ],
    ("management", "back", "core", "remote"): [
        "Definir com os sócios a estratégia da empresa para os próximos três anos",
        "Pauta da reunião do conselho: resultados da empresa, principais riscos e decisões pendentes",
        "Objetivos da empresa para o ano (faturação, margem, pessoas) desdobrados por cada departamento",
        "Decisão dos sócios sobre abrir uma segunda unidade em Curitiba",
        "Reorganização da empresa: novo organigrama e delegação de competências nas chefias",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Investimento pontual em energia solar em todos os galpões: decisão da diretoria",
    ],
    ("product_development", "back", "core", "remote"): [
        "Roadmap de produto do app: o que entra na versão 2.4 e o que fica para a 2.5",
        "Priorização das funcionalidades pedidas por impacto e esforço antes de cada sprint",
        "Orçamento de P&D da nova linha de bombas: protótipos, bancada de testes e certificação do Inmetro",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Funcionalidade feita à medida para um único cliente, aceite ou recusada caso a caso",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Gestão de cobranças: lembrete aos 15 dias, segundo aviso aos 30 e contacto telefónico aos 60",
        "Régua de cobrança no Omie: lembrete por e-mail e WhatsApp antes e depois do vencimento do boleto",
        "Conta corrente de clientes: às segundas ligar aos que têm mais saldo vencido",
        "Assessoria de cobrança para empresas: cobrança amigável por telefone e WhatsApp e acordos de parcelamento com os inadimplentes",
        "Protesto do título em cartório e negativação no Serasa quando o cliente não responde à cobrança",
        "Injunção no Balcão Nacional de Injunções quando o cliente ignora a carta de interpelação",
        "Moloni: aviso automático ao cliente quando a fatura passa do vencimento",
        "Conta Azul: segunda via do boleto vencido com juros e multa para o cliente que pedir",
        "Limite de crédito dos novos revendedores com base na consulta ao Serasa",
        "cobranças à sexta!!",
        # 5. stock valuation
        "Valorização do inventário ao custo médio ponderado no fecho de cada mês",
        "Baixa contábil do estoque obsoleto, combinada com o contador",
        "Conferir fatura do fornecedor, nota de encomenda e guia de remessa antes de pagar",
        # 7. tax, assets, payroll journal
        "Declaração periódica do IVA submetida no Portal das Finanças e respetivo pagamento",
        "SAF-T de faturação enviado à AT até dia 5 e faturas de fornecedores pendentes validadas no e-Fatura",
        "IRC e pagamentos por conta: preparar os números para o contabilista certificado",
        "Imobilizado: cadastrar as máquinas novas e lançar a depreciação todo mês",
        "Lançar a provisão da folha de pagamento na contabilidade depois de cada fechamento",
        "Apuração mensal de PIS e COFINS no lucro presumido e emissão do DARF",
        "NF-e de devolução lançada quando a mercadoria devolvida pelo cliente dá entrada, com baixa do título a receber",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Anular um pequeno saldo em dívida quando cobrá-lo custa mais do que vale, caso a caso",
        "Cliente pagou o mesmo boleto duas vezes: conferir e devolver o valor por Pix",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Calendário de processamento salarial do ano: prazo para as horas, aprovação e data de pagamento",
        "Custo da folha por centro de custo todo mês para a controladoria",
        "Cronograma de fim de ano do DP: 13º em duas parcelas, informe de rendimentos, novas tabelas do INSS",
        # 7. pay runs and filings
        "Processamento de salários no Primavera e envio da DMR (declaração mensal de remunerações)",
        "Pagamento das contribuições à Segurança Social e das retenções de IRS dos trabalhadores até dia 20",
        "Eventos periódicos do eSocial e guia do FGTS Digital até o dia 20",
        "DCTFWeb: conferir as retenções de INSS da folha e emitir o DARF",
        "Horas extraordinárias e trabalho noturno calculados a partir das marcações do ponto",
        "Cálculo das férias com o terço constitucional e pagamento dois dias antes do início",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Adiantamento de salário concedido uma única vez por decisão do gerente, descontado em três meses",
    ],
    ("hr", "back", "support", "remote"): [
        "Escrever as vagas e publicar no Gupy, no Indeed e no LinkedIn",
        "Onboarding: mandar o contrato e os documentos admissionais para assinatura digital antes do primeiro dia",
        "Plano de integração dos novos enfermeiros: turnos acompanhados, formações obrigatórias e tutor",
        "Manutenção dos processos individuais dos colaboradores: contrato, habilitações, certificados de formação",
        "Kit de boas-vindas para quem entra: manual do colaborador, agenda da primeira semana, padrinho",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Setor pede um temporário por duas semanas: acertar com a agência de trabalho temporário",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "Orçamento de TI para o próximo ano: troca de portáteis, licenças Microsoft 365, contrato de suporte",
        "Estratégia de TI do escritório: desligar o servidor local e migrar tudo para a nuvem",
        "Roadmap de TI: migração para o Windows 11, firewall novo, autenticação única em todas as aplicações",
        "Agenda de atualizações: computadores da equipe na segunda terça do mês, servidores no fim de semana seguinte",
        # 3. staff help desk, accounts, access
        "Service desk interno: receber, priorizar e resolver os chamados dos colaboradores no GLPI",
        "Criar contas e caixas de correio para os colegas novos antes do primeiro dia de trabalho",
        "Atribuir licenças de Microsoft e Adobe na admissão e recolher no desligamento",
        "Pedido de acesso à pasta da contabilidade: o responsável aprova e a informática dá as permissões",
        "Revisar a cada trimestre quem ainda tem acesso de administrador aos servidores e ao firewall",
        "Avisar os colaboradores da janela de manutenção: email e ERP em baixo no sábado à noite",
        "Suporte de TI para PME: helpdesk aos colaboradores, gestão de contas, licenças e portáteis da empresa",
    ],
    ("it", "back", "support", "on_site"): [
        "Montar a estação de trabalho de quem entra: notebook, dock e dois monitores na mesa",
        "Trocar os auscultadores e teclados avariados no escritório",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Direitos de administrador temporários para um consultor externo, a pedido do chefe de projeto e só por uma semana",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Avaliação de impacto sobre a proteção de dados antes de instalar as câmaras no armazém",
        "Contrato de operador de dados com o novo escritório de folha: revisar as cláusulas da LGPD e assinar",
        "Atualizar o registo das atividades de tratamento com o novo portal do utente",
        "Análise de privacidade do fluxo de dados entre a loja virtual e o CRM novo antes de entrar no ar",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Ex-funcionário pede acesso aos dados pessoais dele: juntar tudo e responder no prazo da LGPD",
    ],
    ("admin", "back", "support", "on_site"): [
        "Pôr os contentores do lixo na rua na véspera da recolha",
        "Arrumar a copa, esvaziar a lava-louças e limpar a geladeira na sexta",
        "Ajustar o aquecimento e o ar condicionado do escritório na mudança de estação",
        "Montar a sala de reunião para a assembleia dos sócios: cadeiras, projetor, água",
        "Abrir as instalações às 7h30 e deixar entrar o técnico da caldeira",
        "Trancar o escritório no fim do dia: janelas, luzes e alarme",
    ],
    ("admin", "back", "support", "remote"): [
        "Agenda dos prestadores do prédio: limpeza de vidros, manutenção do elevador, dedetização",
        "Reservas das salas de reunião no Outlook para formações internas",
        "Comunicado semanal interno para a equipe: mudança de sala, estacionamento, dias sem expediente",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Chamar o encanador de emergência quando o banheiro do escritório inunda",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Horário do aquecimento alterado a pedido de uma equipa que fica até mais tarde",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Cotar embalagens com três fornecedores e comparar preço unitário, prazo e lote mínimo",
        "Emitir notas de encomenda no Primavera a partir das requisições aprovadas",
        "Cadastro de novos fornecedores: dados bancários, certidões negativas e condições de pagamento",
        # 6. tenders issued
        "Câmara municipal: lançar o concurso de limpeza das escolas na plataforma e responder aos pedidos de esclarecimento",
        "Júri do procedimento: avaliar as propostas segundo os critérios do caderno de encargos e fazer o relatório preliminar",
        "Pregoeiro: conduzir o pregão eletrônico, analisar a habilitação e adjudicar ao vencedor",
        "Termo de referência para contratar um novo escritório de folha e pontuação das propostas",
        "Ajuste direto com consulta a três entidades para compras abaixo do limiar",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Licitação deserta: decidir se republica o edital ou faz contratação direta",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Armazém: manter o cais de carga livre de paletes vazias e filme",
        # 5. receiving, counting, moving materials
        "Recebimento: contar os volumes contra o pedido de compra e anotar as faltas no canhoto da nota",
        "Verificar danos nas entregas que chegam e assinar a guia do transportador",
        "Buscar a matéria-prima no fornecedor com o nosso caminhão",
        "Inventário anual: contar todas as localizações e assinar as folhas de contagem",
        "Abastecer a linha de produção com matéria-prima do almoxarifado",
        "Restaurante: conferir a entrega dos legumes com a nota de encomenda e arrumar na câmara frigorífica",
    ],
    ("logistics", "back", "core", "remote"): [
        "Relatório diário dos itens abaixo do estoque mínimo para o setor de compras",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Transferência urgente de stock para a loja de Coimbra para uma obra grande, pontual",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise en place antes do serviço: legumes, molhos e guarnições",
        "Assar pães e salgados para o balcão a partir das 5h",
        "Cozinha do lar: almoços e jantares para os utentes, incluindo dietas passadas",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Prato fora do cardápio para um cliente com várias alergias, quando o salão pede",
    ],
}

# Swedish (Sweden).
SWEDISH: Blocks = {
    ("sales", "front", "core", "remote"): [
        # 1. direction inside sales
        "Försäljningsmål per säljare för det nya verksamhetsåret, med uppföljning varje månad i CRM",
        "Distriktsindelning: fördela om länen mellan de tre fältsäljarna",
        "Säljstrategi för grossistledet: vilka järnhandlar och bygghandlare vi bearbetar först",
        "omsättningsmål per butik - kolla måndag morgon på säljmötet",
        "Veckovis genomgång av säljtratten: affärer över 100 000 kr, nästa steg och beräknat avslut",
        # 6. tenders answered
        "Bevaka upphandlingar i Visma Opic och e-Avrop som passar våra städtjänster",
        "Skriva anbudet i kommunens upphandling av grönyteskötsel: genomförandebeskrivning, prislista, referenser",
        "Anbudsansvarig: samordnar våra anbud i offentliga upphandlingar från go/no go till inlämning",
        "Besvara förfrågningar (RFQ) från fordonsindustrin med styckpris och leveranstid",
        "Fylla i ESPD:n för varje anbud vi lämnar",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Extra rabatt över säljarens gräns i ett treårsavtal, godkänns affär för affär av försäljningschefen",
        "Gemensamt anbud med en underleverantör för ett stort sjukhusuppdrag, bara den här gången",
    ],
    ("marketing", "front", "core", "remote"): [
        # 1. direction inside marketing
        "Marknadsplan för året: säsongskampanjer, kanaler och budget per kanal",
        "PR-plan för lanseringen: presslista, embargo och intervjuer med grundaren",
        "Marknadsbudget: jämföra annonskostnaden mot plan varje månad och flytta pengar dit det konverterar",
        # 8. newsletters, press, research
        "Kundnyhetsbrev varje månad i Rule: nyheter, erbjudanden och recept",
        "Pressmeddelande om nya butiken via Mynewsdesk till lokaltidningarna",
        "Marknadsundersökning: webbenkät till 400 konsumenter om vilka förpackningar de föredrar",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Stå i montern på Elmia och samla kontaktuppgifter till nyhetsbrevet",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsringsförfrågan från den lokala fotbollsklubben: marknadschefen beslutar i det enskilda fallet",
    ],
    ("customer_service", "front", "core", "remote"): [
        # 2. order, return, refund questions
        "Svara kunder som undrar var deras order är och när den kommer",
        "Returärenden: kontrollera ordern, skicka returetikett och förklara när pengarna kommer tillbaka",
        "Chatten i webbutiken: ändrad leveransadress och artiklar som saknas i paketet",
        # 3. product support for customers
        "Kundsupport: hjälpa kunder per telefon att installera den smarta termostaten och koppla den till appen",
        "Support till användare av vårt kassasystem: förklara felmeddelanden vid dagsavslutet",
        "Låsa upp kundkonton i webbutiken och hjälpa kunden att byta lösenord",
        "Skicka buggar som kunder rapporterar vidare till utvecklarna med stegen för att återskapa dem",
        # 8. registration by phone
        "Skriva in nya patienter per telefon och boka deras första besök",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Skriva in nya patienter i receptionen: legitimation, frikort, kontaktuppgifter",
        "Hotellreceptionen: checka in gäster, ta kortet som garanti och berätta om frukosttiderna",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Kulansåterbetalning efter att returfristen gått ut, bara med teamledarens godkännande",
    ],
    ("management", "back", "core", "remote"): [
        "Lägga fast bolagets strategi för de kommande tre åren tillsammans med ägarna",
        "Underlag till styrelsemötet: bolagets resultat, största risker och beslut som ska fattas",
        "Bolagets mål för året (omsättning, marginal, antal anställda) nedbrutna på varje avdelning",
        "Ägarnas beslut om ett andra kontor i Göteborg",
        "Omorganisation: ny organisationsplan och delegeringsordning för avdelningscheferna",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Engångsinvestering i solceller på alla fastigheter: beslut av styrelsen",
    ],
    ("product_development", "back", "core", "remote"): [
        "Produktroadmap för appen: vad som kommer i version 2.4 och vad som får vänta till 2.5",
        "Prioritera funktionsönskemål efter effekt och insats före varje sprintplanering",
        "Utvecklingsbudget för den nya värmepumpen: prototyper, testrigg och certifiering",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Specialfunktion för en enda storkund, som tas in eller avböjs från fall till fall",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # 2. money owed
        "Kravhantering: påminnelse efter 10 dagar, inkassokrav efter 30, sedan ärendet till inkassobolaget",
        "Kundreskontran varje måndag: ringa kunderna med de största förfallna beloppen",
        "Fortnox: automatiska betalningspåminnelser och matchning av inbetalningar mot fakturor",
        "Avbetalningsplaner för kunder som inte kan betala hela skulden på en gång",
        "Ansöka om betalningsföreläggande hos Kronofogden när inkassokravet inte betalas",
        "Kreditgräns för nya återförsäljare utifrån en kreditupplysning från UC",
        "Inkassotjänst: lämna över obetalda fakturor till Intrum och följa upp ärendena varje månad",
        "påminnelser ut på fredag",
        # 5. stock valuation
        "Lagervärdering till genomsnittligt inköpspris vid varje månadsbokslut",
        "Nedskrivning av inkurant lager i samråd med revisorn",
        "Matcha leverantörsfaktura, inköpsorder och inleverans innan betalning",
        # 7. tax, assets, payroll journal
        "Momsdeklaration per kvartal i Bokio och inbetalning till skattekontot",
        "Inkomstdeklaration 2 och preliminärskatt: underlag till redovisningskonsulten",
        "Anläggningsregister: aktivera nya maskiner och göra avskrivningar varje månad",
        "Bokföra lönekörningen i huvudboken efter varje utbetalning",
        "Periodisk sammanställning till Skatteverket för försäljning till andra EU-länder",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Skriva bort ett litet restbelopp när det kostar mer att driva in än det ger, från fall till fall",
        "Kunden betalade samma faktura två gånger: kontrollera och betala tillbaka det dubbla beloppet",
    ],
    ("payroll", "back", "support", "remote"): [
        # 1. direction inside payroll
        "Lönekalender för året: sista dag för tidrapport, attest och utbetalningsdag varje månad",
        "Lönekostnad per kostnadsställe varje månad till controllern",
        "Årsskiftet i lönen: sista lönekörningen, nya skattetabeller och uppdaterade procentsatser",
        # 7. pay runs and filings
        "Lönekörning i Fortnox Lön den 25:e och lönebesked till alla anställda",
        "Arbetsgivardeklarationen lämnas och skatteavdrag och arbetsgivaravgifter betalas senast den 12:e",
        "AGI: rätta avvikelser som Skatteverket flaggar och lämna en ny deklaration för perioden",
        "OB-tillägg och övertid från tidrapporterna in i Visma Lön",
        "Semesterlön och semestertillägg enligt sammalöneregeln",
        "Förmånsvärde för tjänstebil och kostförmån med i lönen",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Löneförskott en enda gång efter beslut av ägaren, dras av på tre löner",
    ],
    ("hr", "back", "support", "remote"): [
        "Skriva platsannonser och lägga ut dem på Platsbanken, LinkedIn och Blocket Jobb",
        "Onboarding: nyanställda signerar anställningsavtalet med BankID före första dagen",
        "Introduktionsplan för nya undersköterskor: bredvidgång, obligatoriska utbildningar och handledare",
        "Ansvar för personalakterna: anställningsavtal, betyg, utbildningsintyg",
        "Välkomstpaket till nya medarbetare: personalhandbok, schema för första veckan och fadder",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Avdelningen vill ha inhyrd personal i två veckor: ordna det via bemanningsföretaget",
    ],
    ("it", "back", "support", "remote"): [
        # 1. direction inside IT
        "IT-budget för nästa år: byte av bärbara datorer, Microsoft 365-licenser och supportavtalet med IT-partnern",
        "IT-strategi för byrån: avveckla den egna servern och flytta allt till molnet",
        "IT-roadmap: Windows 11, ny brandvägg och enkel inloggning till alla system",
        "Patchschema: personalens datorer andra tisdagen i månaden, servrarna helgen efter",
        # 3. staff help desk, accounts, access
        "Intern IT-support: ta emot, prioritera och lösa personalens ärenden i TOPdesk",
        "Skapa konton och e-postlådor åt nya kollegor före första arbetsdagen",
        "Tilldela licenser för Microsoft och Adobe till nyanställda och ta tillbaka dem när någon slutar",
        "Behörighet till ekonomimappen: mappägaren godkänner, sedan lägger IT upp rättigheterna",
        "Se över varje kvartal vem som har adminrättigheter på servrar och brandvägg",
        "Informera personalen om servicefönstret: mejl och affärssystem nere lördag natt",
        "IT-partner för småföretag: support till personalen, konton, licenser och datorer till fast månadspris",
    ],
    ("it", "back", "support", "on_site"): [
        "Iordningställa arbetsplatsen för nyanställda: laptop, dockningsstation och två skärmar",
        "Byta trasiga headset och tangentbord på kontoret",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Tillfälliga adminrättigheter för en extern konsult, på begäran av projektledaren och bara en vecka",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Konsekvensbedömning (DPIA) innan kamerorna sätts upp på lagret",
        "Personuppgiftsbiträdesavtal med den nya lönebyrån: granska och skriva under",
        "Uppdatera registerförteckningen med den nya patientportalen och den rättsliga grunden",
        "Dataskyddsgranskning av flödet mellan webbutiken och det nya CRM-systemet före driftstart",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "En före detta anställd begär ut sina personuppgifter: samla in dem och svara inom lagstadgad tid",
    ],
    ("admin", "back", "support", "on_site"): [
        "Ställa ut soptunnorna kvällen före tömning",
        "Plocka i ordning i personalköket, tömma diskmaskinen och rensa kylen på fredagar",
        "Ställa om värme och kyla på kontoret när säsongen skiftar",
        "Snöskottning och sandning vid entrén och personalparkeringen före sju",
        "Ställa i ordning konferensrummet inför bolagsstämman: möblering, projektor, vatten",
        "Öppna kontoret halv åtta och släppa in serviceteknikern för ventilationen",
    ],
    ("admin", "back", "support", "remote"): [
        "Schema för fastighetsleverantörerna: fönsterputs, hissbesiktning, skadedjurskontroll",
        "Boka mötesrum i Outlook för interna utbildningar",
        "Veckobrev till personalen: rumsbyten, parkering och dagar då kontoret är stängt",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Ringa jourrörmokaren när toaletten på kontoret svämmar över",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Ändra värmetiderna på begäran för ett team som jobbar sent",
    ],
    ("procurement", "back", "support", "remote"): [
        # 5. buying
        "Begära offert på förpackningar från tre leverantörer och jämföra styckpris, leveranstid och minsta order",
        "Lägga inköpsordrar i Visma Business utifrån attesterade beställningar",
        "Lägga upp nya leverantörer: bankgiro, F-skattsedel och betalningsvillkor",
        # 6. tenders issued
        "Kommunen: annonsera upphandlingen av skolstädning och svara på anbudsgivarnas frågor",
        "Utvärdera inkomna anbud enligt kriterierna i förfrågningsunderlaget och skriva tilldelningsbeslut",
        "Anbudsöppning: två personer öppnar anbuden och signerar protokollet",
        "Kravspecifikation för en ny lönebyrå och poängsättning av offerterna",
        "Direktupphandling under beloppsgränsen: dokumentera tre jämförda offerter",
        "Avtalsspärr efter tilldelningsbeslutet innan avtalet får tecknas",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Bara ett anbud kom in: besluta om vi gör om upphandlingen eller förhandlar",
    ],
    ("logistics", "back", "core", "on_site"): [
        # 4. warehouse housekeeping
        "Hålla lastkajen fri från tomma pallar och sträckfilm",
        # 5. receiving, counting, moving materials
        "Godsmottagning: räkna kollin mot inköpsordern och notera brister på följesedeln",
        "Kontrollera inkommande leveranser för transportskador och kvittera fraktsedeln",
        "Hämta råvaror hos leverantören med vår egen lastbil",
        "Årsinventering: räkna alla lagerplatser och signera räknelistorna",
        "Försörja produktionslinjen med råmaterial från lagret",
        "Restaurang: stämma av grönsaksleveransen mot beställningen och ställa in i kylrummet",
    ],
    ("logistics", "back", "core", "remote"): [
        "Daglig lista över artiklar under beställningspunkt till inköp",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Akut omflyttning av lager till butiken i Malmö för ett stort projekt, en gång",
    ],
    ("production", "back", "core", "on_site"): [
        "Mise en place före servisen: grönsaker, såser och garnityr",
        "Baka bröd och bullar till disken från klockan fem",
        "Köket på äldreboendet: lunch och middag till de boende, även konsistensanpassad kost",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Rätt utanför menyn till en gäst med flera allergier, när serveringen ber om det",
    ],
}
# fmt: on

LINES: list[Row] = flatten(ITALIAN, PORTUGUESE, SWEDISH)
