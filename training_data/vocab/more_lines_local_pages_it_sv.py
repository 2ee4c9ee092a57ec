"""Task lines in Italian and Swedish as job ads, role profiles, procedures, policies and provider menus write them.

The Italian and Swedish lines in more_lines_local.py are owners' shorthand ("solleciti di
pagamento ai clienti", "lönekörning den 25:e"), but many real lines in these languages are pasted
from other pages: duty bullets of job ads ("Mansioni", "Responsabilità", "Arbetsuppgifter") in noun
style ("Gestione di ...", "Elaborazione di ...", "Ansvar för ...", "Löpande ..."), steps of
procedures and checklists in the infinitive ("Verificare ...", "Kontrollera ..."), passive policy
sentences ("Le note spese vengono rimborsate ...", "Utlägg ersätts ..."), and items of providers'
service menus (studio commercialista, consulente del lavoro, impresa di pulizie, assistenza
informatica, spedizioniere, logistica conto terzi; redovisningsbyrå, lönebyrå, städfirma,
IT-support, speditör, tredjepartslogistik). These lines cover the 14 functions in Italy and Sweden
with their own authorities, forms and tools (Agenzia delle Entrate, F24, fattura elettronica and
SdI, liquidazione IVA, INPS, INAIL, Uniemens, CU, 730, CCNL, TFR, DURC, D.Lgs. 81/08, RSPP, PEC,
TeamSystem, Zucchetti, Danea, Fatture in Cloud; Skatteverket, AGI, momsdeklaration,
Försäkringskassan, kollektivavtal, semesterlön, friskvårdsbidrag, F-skatt, Bolagsverket,
årsredovisning, arbetsmiljö, Fortnox, Visma, BankID, Swish, Postnord), labelled by
shared/LABELING.md as an ordinary company's: office follows the function, process is the
function's routine one except about one line in seven that is long-tail (exceptions, approvals,
requests and one-off projects handled case by case, written with "in casi eccezionali", "previa
autorizzazione di", "su richiesta", "caso per caso", "i undantagsfall", "efter godkännande av",
"vid förfrågan", "från fall till fall"), and location is `on_site` only where a person must be
present (reception, stand, warehouse, workshop, line, kitchen, customers' premises, paper mail,
cash, desk set-up, site safety walks, classroom training).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# Italian (Italy): annunci di lavoro, mansionari, procedure, policy aziendali, carte dei servizi.
ITALIAN_PAGES: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "Gestione delle richieste dei clienti via telefono, email e chat, garantendo risposte rapide e precise",
        "Gestione dei reclami dalla presa in carico alla chiusura, nel rispetto dei tempi di risposta previsti",
        "Registrare ogni contatto con il cliente nel CRM indicando motivo e soluzione adottata",
        "Le richieste di reso e di rimborso vengono evase entro 48 ore lavorative dalla ricezione del modulo online",
        "Assistenza tecnica di primo livello ai clienti sull'utilizzo del software, con escalation al secondo livello",
        "Servizio di segreteria telefonica in outsourcing: risposta alle chiamate dei vostri clienti e inoltro dei messaggi",
        "Supporto post-vendita e aggiornamento dei clienti sullo stato delle spedizioni",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Accoglienza di clienti e visitatori alla reception, consegna dei badge e smistamento delle chiamate",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "I rimborsi oltre i termini di reso sono concessi solo in casi eccezionali, previa autorizzazione del responsabile assistenza clienti",
        "Richieste particolari dei clienti, come la consegna a un indirizzo diverso o la confezione regalo, gestite su richiesta e valutate caso per caso",
    ],
    ("sales", "front", "core", "remote"): [
        "Sviluppo e fidelizzazione del portafoglio clienti nell'area Nord-Est, dalla ricerca dei contatti alla firma del contratto",
        "Contatto telefonico dei potenziali clienti, qualificazione dei lead e fissazione degli appuntamenti per la rete vendita",
        "Predisposizione delle offerte commerciali e trattativa su prezzi, sconti e condizioni di pagamento",
        "Inserire ogni opportunità in Salesforce e aggiornarne la fase dopo ogni contatto",
        "Presentazioni e demo del gestionale in videoconferenza ai potenziali clienti",
        "Le offerte superiori a 20.000 euro vengono riviste dal direttore commerciale prima dell'invio",
        "Gestione dei rinnovi contrattuali e proposte di vendita aggiuntiva ai clienti già attivi",
        "Partecipazione a gare d'appalto pubbliche e bandi sul MePA: documentazione amministrativa e offerta tecnica",
    ],
    ("sales", "front", "core", "on_site"): [
        "Visite presso clienti e rivenditori della zona assegnata, con auto aziendale",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Sconti superiori al 15% concessi solo previa autorizzazione scritta della direzione commerciale",
    ],
    ("marketing", "front", "core", "remote"): [
        "Gestione dei canali social aziendali (Instagram, LinkedIn, Facebook) e creazione dei contenuti",
        "Elaborazione del piano marketing annuale in collaborazione con la direzione commerciale",
        "Scrittura di articoli per il blog e ottimizzazione SEO del sito aziendale",
        "Gestione delle campagne Google Ads e Meta Ads e monitoraggio del ritorno sull'investimento",
        "Creare e inviare la newsletter mensile con Mailchimp, analizzando tassi di apertura e di clic",
        "Ufficio stampa: redazione dei comunicati e cura della rassegna stampa",
        "Analisi di mercato e monitoraggio dei concorrenti, con un report trimestrale alla direzione",
        "Gestione delle sponsorizzazioni previste dal piano marketing e dei rapporti con gli organizzatori",
        "Organizzazione della presenza dell'azienda alle fiere di settore",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Presidiare lo stand in fiera, accogliere i visitatori e raccogliere i loro contatti",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsorizzazioni una tantum di eventi locali o società sportive, su richiesta e previa approvazione della direzione",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Gestione della contabilità generale e degli adempimenti fiscali, fino alla redazione del bilancio d'esercizio",
        "Emissione delle fatture elettroniche e controllo delle ricevute di scarto dello SdI",
        "Contabilità fornitori: registrazione delle fatture passive, scadenziario e predisposizione dei bonifici",
        "Verificare che fattura, ordine e DDT coincidano prima di mandare la fattura in pagamento",
        "Liquidazione IVA mensile e versamento dell'imposta con modello F24",
        "Le note spese vengono caricate con i giustificativi e rimborsate in busta paga dopo l'approvazione del responsabile",
        "Solleciti di pagamento ai clienti insoluti e monitoraggio dello scadenzario crediti",
        "Riconciliazioni bancarie e chiusure contabili mensili su TeamSystem",
        "Servizi dello studio commercialista: tenuta della contabilità, dichiarativi (Redditi, IRAP, IVA) e invii telematici all'Agenzia delle Entrate",
        "Predisposizione del budget annuale e del reporting mensile per la direzione",
        "Piccole imprese: fatturazione con Danea o Fatture in Cloud e invio mensile dei documenti al commercialista",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Chiusura di cassa giornaliera e versamento dei contanti in banca",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Le richieste di budget per progetti speciali vengono valutate caso per caso dal controller",
        "Dilazioni di pagamento oltre i 90 giorni concesse ai clienti solo in casi eccezionali, previa autorizzazione del direttore finanziario",
    ],
    ("payroll", "back", "support", "remote"): [
        "Elaborazione dei cedolini paga e dei relativi adempimenti contributivi e fiscali",
        "Raccogliere presenze, straordinari e assenze dai responsabili entro il 20 del mese",
        "Invio mensile delle denunce Uniemens all'INPS e versamento dei contributi con F24",
        "Predisposizione e trasmissione delle CU ai dipendenti e all'Agenzia delle Entrate",
        "Calcolo dell'accantonamento del TFR e gestione dei versamenti ai fondi pensione",
        "Applicazione del CCNL di riferimento: livelli, scatti di anzianità, tredicesima e quattordicesima",
        "Autoliquidazione annuale del premio INAIL sulla base delle retribuzioni erogate",
        "Le timbrature vengono esportate da Zucchetti e controllate dall'ufficio paghe prima della chiusura del mese",
        "Consulente del lavoro: elaborazione paghe per PMI, cedolini, Uniemens, CU, 770 e conguagli da 730",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Anticipi sul TFR erogati su richiesta scritta del dipendente, nei casi previsti dalla legge e dopo la verifica dei requisiti",
        "Correzioni di cedolini già elaborati effettuate solo in casi eccezionali, previa autorizzazione del responsabile amministrativo",
    ],
    ("hr", "back", "support", "remote"): [
        "Ricerca e selezione del personale: pubblicazione degli annunci, screening dei CV e colloqui conoscitivi",
        "Gestione dell'inserimento dei neoassunti: piano di onboarding, documentazione e affiancamento",
        "Le richieste di ferie e permessi vengono inserite nel portale HR e approvate dal responsabile diretto",
        "Tenuta dei fascicoli del personale e aggiornamento dell'anagrafica dipendenti",
        "Pianificazione della formazione obbligatoria e di quella finanziata dai fondi interprofessionali",
        "Coordinamento del processo annuale di valutazione delle prestazioni e dei piani di sviluppo",
        "Rapporti con le agenzie per il lavoro e gestione dei lavoratori in somministrazione",
        "Predisposizione delle lettere di assunzione e dei contratti di lavoro secondo il CCNL applicato",
        "Gestione degli accordi individuali di smart working e delle relative comunicazioni obbligatorie",
    ],
    ("hr", "back", "support", "on_site"): [
        "Erogazione in aula della formazione d'ingresso per i nuovi assunti di stabilimento",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Richieste di smart working oltre i due giorni a settimana valutate caso per caso dall'ufficio del personale",
        "Pratiche per il nulla osta al lavoro e il permesso di soggiorno dei candidati extracomunitari, seguite di volta in volta con lo studio legale",
    ],
    ("it", "back", "support", "remote"): [
        "Assistenza agli utenti di primo e secondo livello tramite ticket e controllo remoto",
        "Creazione e disattivazione degli account (Active Directory, Microsoft 365) all'ingresso e all'uscita dei dipendenti",
        "Amministrazione di server, rete e backup, con monitoraggio giornaliero dei sistemi",
        "Controllare ogni mattina l'esito dei backup notturni e rilanciare i job non riusciti",
        "Assistenza informatica alle aziende: contratto di manutenzione con help desk illimitato e antivirus gestito",
        "Gestione delle caselle PEC aziendali e rinnovo dei certificati di firma digitale",
        "Gli accessi ai gestionali vengono concessi su richiesta del responsabile e rivisti ogni sei mesi",
        "Manutenzione del gestionale Zucchetti e coordinamento con il fornitore del software",
    ],
    ("it", "back", "support", "on_site"): [
        "Installazione e configurazione delle postazioni di lavoro dei nuovi assunti (pc, monitor, telefono)",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Installazione di software non presente nel catalogo aziendale solo previa autorizzazione del responsabile IT",
        "Accesso da remoto alla rete aziendale per consulenti esterni, concesso su richiesta e per il tempo strettamente necessario",
    ],
    ("admin", "back", "support", "remote"): [
        "Gestione dell'agenda della direzione, organizzazione di riunioni e trasferte",
        "Inserimento dati nel gestionale e aggiornamento delle anagrafiche clienti e fornitori",
        "Segreteria in outsourcing: redazione di lettere, gestione della corrispondenza PEC e dell'agenda",
        "Traduzione di documenti commerciali e tecnici dall'inglese e dal tedesco",
        "Redigere i verbali delle riunioni e inviarli a tutti i partecipanti",
        "Servizi generali: gestione dei contratti di manutenzione, pulizia e vigilanza della sede",
    ],
    ("admin", "back", "support", "on_site"): [
        "Ricezione, smistamento e protocollazione della posta in arrivo, spedizione delle raccomandate",
        "Scansione e archiviazione dei documenti cartacei secondo il titolario di classificazione",
        "Impresa di pulizie: pulizia quotidiana di uffici, bagni e aree comuni, svuotamento dei cestini",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Organizzazione del trasloco dell'ufficio nella nuova sede, previa approvazione del preventivo da parte della direzione",
        "Le auto aziendali si prenotano sull'intranet; l'assegnazione di un'auto a uso promiscuo è decisa caso per caso dalla direzione",
    ],
    ("procurement", "back", "support", "remote"): [
        "Gestione degli acquisti: richiesta di offerte, confronto e negoziazione con i fornitori",
        "Emettere gli ordini di acquisto nel gestionale a partire dalle richieste approvate",
        "Ricerca e qualifica di nuovi fornitori in base a qualità, prezzo e tempi di consegna",
        "Monitoraggio delle consegne dei fornitori e sollecito in caso di ritardo",
        "Per ogni acquisto superiore a 5.000 euro vanno richiesti almeno tre preventivi",
        "Qualifica dei fornitori: raccolta di visura camerale, certificazioni e coordinate bancarie",
        "Acquisto di cancelleria, materiali di consumo e DPI per tutte le sedi",
        "Valutazione annuale dei fornitori e aggiornamento dell'albo fornitori",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Acquisti urgenti da fornitori non iscritti all'albo, ammessi solo in casi eccezionali con il benestare del responsabile acquisti",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Preparazione degli ordini, imballaggio e spedizione nel rispetto delle tempistiche concordate",
        "Ricevimento merci: controllo quantitativo e qualitativo e stoccaggio a magazzino",
        "Firmare con riserva specifica il documento del corriere quando i colli arrivano danneggiati",
        "Conduzione del carrello elevatore (patentino richiesto) e carico dei camion",
        "Eseguire gli inventari rotativi e partecipare all'inventario di fine anno",
        "Consegne ai clienti secondo il giro assegnato, con ritiro dei DDT firmati",
        "Logistica conto terzi: stoccaggio, picking, confezionamento e gestione dei resi per e-commerce",
    ],
    ("logistics", "back", "core", "remote"): [
        "Organizzazione dei trasporti: prenotazione dei ritiri con BRT e GLS e tracciamento delle spedizioni",
        "Gestione delle giacenze nel WMS e pianificazione del rifornimento delle ubicazioni di picking",
        "Spedizioniere internazionale: pratiche doganali, documenti di esportazione e noli marittimi",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Le consegne urgenti o fuori giro vengono organizzate su richiesta del cliente, previa autorizzazione del capo magazzino",
        "Ritiri di merce resa fuori garanzia presso i clienti, organizzati caso per caso dal responsabile spedizioni",
    ],
    ("production", "back", "core", "on_site"): [
        "Conduzione della linea di confezionamento e regolazione delle macchine a ogni cambio formato",
        "Montaggio e assemblaggio dei componenti secondo disegno e ciclo di lavoro",
        "Eseguire il controllo del primo pezzo di ogni lotto e registrare le misure sulla scheda di controllo",
        "Preparazione della linea, cottura e impiattamento durante il servizio di pranzo e cena",
        "Pulizie presso i clienti: uffici, condomini e negozi, con prodotti e attrezzature a carico dell'impresa",
        "Manutenzione ordinaria delle macchine e pulizia della postazione a fine turno",
        "Saldatura a filo e lavorazioni su macchine CNC a partire dal disegno tecnico",
    ],
    ("production", "back", "core", "remote"): [
        "Pianificare la produzione settimanale in base al portafoglio ordini e alla capacità degli impianti",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Lavorazioni speciali fuori catalogo su richiesta del cliente, previa approvazione dell'ufficio tecnico",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Redazione e revisione di contratti commerciali, accordi di riservatezza e condizioni generali di vendita",
        "Adeguamento al GDPR: registro dei trattamenti, informative e nomine dei responsabili esterni",
        "Gestire le richieste di esercizio dei diritti degli interessati entro un mese dal ricevimento",
        "Aggiornamento del DVR ai sensi del D.Lgs. 81/08, in collaborazione con l'RSPP e il medico competente",
        "Segreteria societaria: verbali di assemblea, libri sociali e deposito del bilancio al Registro Imprese",
        "I contratti con i fornitori vengono esaminati dall'ufficio legale prima della firma",
        "Verifica del DURC e dell'idoneità tecnico-professionale delle imprese appaltatrici prima dell'inizio dei lavori",
        "Adeguata verifica della clientela e conservazione dei documenti ai fini antiriciclaggio",
        "Scadenzario delle polizze assicurative aziendali e gestione dei rinnovi",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Sopralluoghi di sicurezza nei cantieri e registrazione delle non conformità rilevate",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Contestazioni su contratti con clienti e fornitori, gestite caso per caso con l'avvocato esterno",
    ],
    ("product_development", "back", "core", "remote"): [
        "Progettazione di nuovi prodotti dal capitolato al prototipo",
        "Partecipazione ai progetti di R&S: ricerca tecnologica, piani di prova e relazioni tecniche",
        "Stesura delle specifiche funzionali e delle user story insieme al product owner",
        "Modellazione 3D dei componenti in SolidWorks e preparazione delle tavole per la prototipazione",
        "Sviluppo di nuove funzionalità della piattaforma web e dell'app",
        "Definire schede tecniche e ricette dei nuovi prodotti da forno",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Prove di laboratorio e test di durata sui prototipi",
        "Messa a punto di nuove ricette nella cucina di prova insieme allo chef",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Sviluppi personalizzati richiesti da singoli clienti, valutati caso per caso dal comitato prodotto",
    ],
    ("management", "back", "core", "remote"): [
        "Definizione della strategia aziendale e declinazione degli obiettivi per ciascuna area",
        "Direzione generale: coordinamento di tutte le funzioni aziendali e decisioni strategiche",
        "Preparazione delle riunioni del consiglio di amministrazione e dell'assemblea dei soci",
        "Monitoraggio dei KPI aziendali e riunioni mensili del comitato di direzione",
        "Redigere il piano industriale triennale e presentarlo ai soci",
        "Gli investimenti superiori a 100.000 euro vengono deliberati dal consiglio di amministrazione",
        "Guidare la prima linea manageriale e fissare le priorità dell'azienda",
        "Revisione dell'organigramma e definizione di ruoli e responsabilità",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Piano straordinario per l'apertura di una sede all'estero, predisposto su richiesta dei soci",
    ],
}

# Swedish (Sweden): platsannonser, befattningsbeskrivningar, rutiner, policyer, tjänstemenyer.
SWEDISH_PAGES: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "Besvara kundernas frågor via telefon, mejl och chatt med fokus på hög kundnöjdhet",
        "Hantering av reklamationer från inkommet ärende till avslut enligt konsumentköplagen",
        "Registrera varje kundärende i CRM-systemet med orsak och vidtagen åtgärd",
        "Returer och återbetalningar hanteras inom två arbetsdagar från att returanmälan kommit in",
        "Kundsupport i första linjen för vårt affärssystem, med eskalering till andra linjen vid behov",
        "Telefonpassning: vi svarar i er växel, tar meddelanden och kopplar vidare samtal",
        "Informera kunder om leveransstatus och följa upp försenade ordrar",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Ta emot besökare och kunder i receptionen, dela ut passerkort och anmäla besök",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Återbetalningar efter att ångerrätten gått ut beviljas bara i undantagsfall, efter godkännande av kundtjänstchefen",
        "Särskilda önskemål från kunder, som leverans till annan adress eller presentinslagning, hanteras vid förfrågan",
    ],
    ("sales", "front", "core", "remote"): [
        "Bearbeta befintliga kunder och aktivt söka nya affärer i Mellansverige",
        "Ringa upp potentiella kunder, kvalificera leads och boka möten åt fältsäljarna",
        "Ta fram offerter och förhandla priser, rabatter och betalningsvillkor",
        "Registrera alla affärsmöjligheter i Lime CRM och uppdatera status efter varje kontakt",
        "Genomföra digitala demos av tjänsten för intresserade kunder",
        "Offerter över 200 000 kr granskas av försäljningschefen innan de skickas",
        "Ansvar för förnyelse av årsavtal och merförsäljning till nyckelkunder",
        "Ta fram anbud i offentliga upphandlingar och bevaka nya förfrågningsunderlag",
    ],
    ("sales", "front", "core", "on_site"): [
        "Kundbesök hos återförsäljare och grossister i regionen med tjänstebil",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Rabatter över 15 procent kräver godkännande av försäljningschefen i varje enskilt fall",
    ],
    ("marketing", "front", "core", "remote"): [
        "Planera och genomföra marknadsplanen i nära samarbete med säljavdelningen",
        "Driva företagets sociala kanaler (Instagram, LinkedIn, Facebook) och producera innehåll",
        "Skriva blogginlägg och sökmotoroptimera webbplatsen",
        "Ansvar för annonsering i Google Ads och Meta samt uppföljning av avkastningen",
        "Ta fram och skicka nyhetsbrevet varje månad och analysera öppnings- och klickfrekvens",
        "Pressarbete: skriva pressmeddelanden och bevaka publicitet",
        "Omvärldsbevakning och konkurrentanalys som presenteras för ledningen varje kvartal",
        "Hantera sponsringsavtal med lokala föreningar enligt marknadsplanen",
        "Planera företagets deltagande på branschmässor och kundevent",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Bemanna montern på mässor, ta emot besökare och samla in kontaktuppgifter",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Enstaka sponsringsförfrågningar från föreningar och evenemang bedöms från fall till fall av marknadschefen",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Löpande bokföring och avstämning av balanskonton",
        "Ansvar för kund- och leverantörsreskontra samt betalningar",
        "Upprätta momsdeklarationen och stämma av skattekontot hos Skatteverket",
        "Kontrollera att leverantörsfakturan stämmer mot beställning och följesedel innan den attesteras",
        "Utlägg ersätts med nästa lön när kvittot har laddats upp och chefen har attesterat",
        "Bokslut och årsredovisning för aktiebolag, med inlämning till Bolagsverket",
        "Fakturering enligt avtalade betalningsvillkor och påminnelser på förfallna kundfakturor",
        "Månadsbokslut och resultatrapport till ledningen i Fortnox",
        "Redovisningsbyrå: löpande bokföring, bokslut, deklarationer och rådgivning för småföretag",
        "Budget och likviditetsprognos för kommande räkenskapsår",
        "Inbetalningar via Swish och kortterminal stäms av mot bankkontot varje vecka",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Räkna kassan vid dagens slut och sätta in kontanterna på banken",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Budget för särskilda projekt söks hos ekonomichefen och bedöms från fall till fall",
        "Förlängda betalningsvillkor för kunder medges bara i undantagsfall, efter godkännande av vd",
    ],
    ("payroll", "back", "support", "remote"): [
        "Ansvar för löneadministrationen, från tidrapportering till utbetalning",
        "Samla in tidrapporter, övertid och frånvaro från cheferna senast den 15:e",
        "Lämna arbetsgivardeklaration på individnivå (AGI) till Skatteverket varje månad",
        "Beräkna semesterlön och semesterersättning enligt kollektivavtalet",
        "Hantera sjuklön och karensavdrag samt anmäla sjukfall till Försäkringskassan efter dag 14",
        "Rapportering av tjänstepension till Collectum och Fora",
        "Friskvårdsbidrag betalas ut med lönen mot uppvisat kvitto, högst 5 000 kr per år",
        "Lönebyrå: lönekörning, lönebesked, AGI och semesterberäkning för små och medelstora företag",
        "Lönefilen exporteras från Visma Lön och godkänns med BankID före utbetalning",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Förskott på lön betalas ut vid förfrågan från den anställde, efter godkännande av ekonomichefen",
        "Rättelse av en redan utbetald lön görs på begäran av den anställde och bedöms från fall till fall av lönechefen",
    ],
    ("hr", "back", "support", "remote"): [
        "Rekrytering från annons till anställning: urval, intervjuer och referenstagning",
        "Planera och genomföra introduktionen för nyanställda",
        "Semesteransökningar görs i HR-systemet och godkänns av närmaste chef",
        "Föra personalakter och hålla personaluppgifterna uppdaterade",
        "Ansvar för kompetensutveckling och den årliga utbildningsplanen",
        "Genomföra årliga medarbetarsamtal och följa upp utvecklingsplaner",
        "Samverkan och förhandlingar med fackliga företrädare enligt MBL",
        "Beställa bemanningspersonal och hantera avtalen med bemanningsföretaget",
        "Rehabiliteringsarbete vid längre sjukskrivningar tillsammans med företagshälsovården",
        "Hantera ansökningar om föräldraledighet och tjänstledighet enligt lag och kollektivavtal",
    ],
    ("hr", "back", "support", "on_site"): [
        "Hålla i introduktionsutbildningen på plats för nya medarbetare i produktionen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Tjänstledighet utöver vad lagen ger rätt till bedöms från fall till fall av HR",
        "Arbetstillstånd för rekryteringar från länder utanför EU, hanteras i varje enskilt fall med Migrationsverket",
    ],
    ("it", "back", "support", "remote"): [
        "IT-support i första och andra linjen via ärendesystem och fjärrstyrning",
        "Skapa och avsluta användarkonton i Microsoft 365 vid anställning och avslut",
        "Drift av servrar, nätverk och backup med daglig övervakning",
        "Kontrollera varje morgon att nattens backup har gått igenom och starta om misslyckade jobb",
        "IT-support för företag: fast månadsavgift, obegränsad support och hanterat virusskydd",
        "Behörigheter i Fortnox och affärssystemet tilldelas på begäran av chefen och ses över varje halvår",
        "Säkerhetsarbete: uppdateringar, brandvägg och tvåfaktorsinloggning",
        "Förvaltning av licenser och avtal med programvaruleverantörer",
    ],
    ("it", "back", "support", "on_site"): [
        "Installera och koppla in datorer, skärmar och telefoner åt nyanställda",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Installation av program som inte finns på listan över godkänd programvara sker endast efter godkännande av IT-chefen",
        "Fjärråtkomst till nätverket för externa konsulter ges endast vid förfrågan och under begränsad tid",
    ],
    ("admin", "back", "support", "remote"): [
        "Boka möten, resor och konferenser åt ledningsgruppen",
        "Registrera data i affärssystemet och uppdatera kund- och leverantörsregistret",
        "Sekreterartjänster på distans: brevskrivning, dokumenthantering och kalenderbokning",
        "Översättning av produktblad och manualer från engelska till svenska",
        "Föra protokoll på möten och skicka ut det till deltagarna",
        "Kontorsservice: avtal för städning, fastighetsskötsel och larm",
    ],
    ("admin", "back", "support", "on_site"): [
        "Ta emot, sortera och dela ut inkommande post samt frankera utgående brev",
        "Skanna och arkivera pappersdokument enligt dokumenthanteringsplanen",
        "Städfirma: kontorsstädning med golv, toaletter och pentry varje vecka samt tömning av papperskorgar",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Planering av kontorsflytt till nya lokaler, efter att ledningen godkänt budgeten",
        "Bilpoolen bokas i intranätet; önskemål om förmånsbil bedöms från fall till fall av vd",
    ],
    ("procurement", "back", "support", "remote"): [
        "Ansvar för inköp: begära in offerter, jämföra och förhandla med leverantörer",
        "Lägga inköpsordrar i affärssystemet utifrån godkända inköpsanmodningar",
        "Hitta och utvärdera nya leverantörer utifrån kvalitet, pris och leveranstid",
        "Bevaka leveranstider och påminna leverantörer vid förseningar",
        "Inköp över 50 000 kr kräver minst tre jämförbara offerter",
        "Kontrollera att nya leverantörer har F-skatt och är momsregistrerade innan första beställningen",
        "Beställning av kontorsmaterial, förbrukningsvaror och skyddsutrustning",
        "Årlig leverantörsbedömning och uppdatering av listan över godkända leverantörer",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Köp från leverantörer utanför den godkända listan tillåts bara i undantagsfall, efter godkännande av inköpschefen",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Plocka, packa och skicka order inom utlovad leveranstid",
        "Godsmottagning: kontrollera antal och skick och ställa in varorna på lagerplats",
        "Jämföra följesedeln med levererat gods och notera avvikelser på fraktsedeln",
        "Truckkörning (truckkort krävs) samt lastning och lossning av lastbilar",
        "Genomföra löpande inventeringar och delta i årsinventeringen",
        "Köra ut leveranser till kunder enligt körschema och få kvittens på mottaget gods",
        "Tredjepartslogistik: lagerhållning, plock och pack samt returhantering för e-handlare",
    ],
    ("logistics", "back", "core", "remote"): [
        "Boka transporter med Postnord och DB Schenker och följa upp sändningarna",
        "Lagerstyrning i affärssystemet och planering av påfyllnad till plockplatserna",
        "Speditör: tullhantering, exportdokument och sjöfrakt till och från Asien",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Expressleveranser och körningar utanför ordinarie turer ordnas vid förfrågan, efter godkännande av lagerchefen",
        "Upphämtning av returer hos kund utanför garantin ordnas från fall till fall av transportansvarig",
    ],
    ("production", "back", "core", "on_site"): [
        "Köra förpackningslinjen och ställa om maskinerna vid formatbyte",
        "Montering av komponenter enligt ritning och tillverkningsorder",
        "Mäta första detaljen i varje batch och föra in mätvärdena i kontrollprotokollet",
        "Förberedelser, tillagning och upplägg under lunch- och middagsserveringen",
        "Hemstädning hos kund: dammsugning, våttorkning, badrum och kök",
        "Daglig tillsyn av maskinerna och städning av arbetsplatsen efter skiftet",
        "Svetsning och bearbetning i CNC-maskiner enligt ritning",
    ],
    ("production", "back", "core", "remote"): [
        "Lägga veckans produktionsplan utifrån orderstock och kapacitet",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Specialtillverkning utanför sortimentet på kundens begäran, efter godkännande av konstruktionsavdelningen",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Upprätta och granska kommersiella avtal, sekretessavtal och allmänna villkor",
        "GDPR-arbete: registerförteckning, personuppgiftsbiträdesavtal och integritetspolicy",
        "Besvara begäran om registerutdrag inom en månad",
        "Systematiskt arbetsmiljöarbete: riskbedömningar, handlingsplaner och årlig uppföljning",
        "Bolagsadministration: stämmoprotokoll, aktiebok och ändringsanmälningar till Bolagsverket",
        "Leverantörsavtal granskas av den juridiska avdelningen innan de undertecknas",
        "Kundkännedom enligt penningtvättslagen: identifiera kunder med BankID och spara underlagen",
        "Bevaka förnyelser av företagets försäkringar",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Skyddsronder på arbetsplatsen tillsammans med skyddsombudet och dokumentation av brister",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Tvister om avtal med kunder och leverantörer hanteras från fall till fall tillsammans med extern advokat",
    ],
    ("product_development", "back", "core", "remote"): [
        "Utveckla nya produkter från kravspecifikation till prototyp",
        "Delta i forsknings- och utvecklingsprojekt: teknikbevakning, testplaner och rapporter",
        "Skriva kravspecifikationer och user stories tillsammans med produktägaren",
        "3D-modellering i SolidWorks och framtagning av ritningsunderlag",
        "Utveckling av nya funktioner i webbplattformen och appen",
        "Ta fram produktblad och recept för nya artiklar i sortimentet",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Provning i labbet och hållbarhetstester av prototyper",
        "Provbaka nya recept i testköket tillsammans med kökschefen",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Kundanpassad utveckling på begäran av enskilda kunder, efter godkännande av produktrådet",
    ],
    ("management", "back", "core", "remote"): [
        "Sätta bolagets strategi och bryta ner den i mål för varje avdelning",
        "Leda ledningsgruppen och besluta om företagets prioriteringar",
        "Förbereda styrelsemöten och årsstämma",
        "Följa upp nyckeltal och hålla månatliga ledningsgruppsmöten",
        "Ta fram en treårig affärsplan tillsammans med ägarna",
        "Investeringar över en miljon kronor beslutas av styrelsen",
        "Rapportering till styrelse och ägare varje kvartal",
        "Se över organisationen och fördela ansvar och befogenheter",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Särskild affärsplan för en etablering i Norge, tas fram på begäran av styrelsen",
    ],
}
# fmt: on

LINES: list[Row] = flatten(ITALIAN_PAGES, SWEDISH_PAGES)
