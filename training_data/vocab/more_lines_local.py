"""Task lines in the owner's own language: German, Dutch, French, Spanish, Swedish and Italian.

Owners of small companies in Germany, Austria, the Netherlands, Belgium, France, Spain, Sweden
and Italy type their task lists in their own language, or mix it with English and the names of
the tools they use there (DATEV, Lexoffice, sevDesk, Personio, Exact, Moneybird, Nmbrs, Twinfield,
Fortnox, Visma, Pennylane, Sage, Holded, A3, Fatture in Cloud, TeamSystem, Aruba). The classifier,
trained on English, read such lines as noise. These lines teach the everyday words of ordinary
company work in each language, labelled by shared/LABELING.md as if the line were in English:

- back-office routine (bookkeeping, invoicing, dunning, VAT returns, annual accounts, bank
  reconciliation, receipts, the tax adviser; payslips, social-security and pension registrations,
  timekeeping; job ads, hiring, onboarding, employment contracts, sick notes, holiday requests;
  post, scanning, filing, cleaning, appointments; passwords, laptops, backups; ordering supplies,
  purchase orders, supplier quotes) keeps its function's routine process;
- a quote or offer sent to a customer is `sales`, a quote asked of a supplier is `procurement`
  (Spanish "presupuesto" and Italian "preventivo" are both); a budget is `finance_accounting`,
  while the business plan, company strategy and partners' or board meetings are `management`;
- insurance, data protection (DSGVO/AVG/RGPD/GDPR), contracts and health-and-safety records are
  `legal_compliance`; social-security registrations of staff (Krankenkasse, Dimona, DPAE, alta
  en la Seguridad Social, UniLav) are `payroll`; sick notes and holiday requests are `hr`;
- location follows section 5: cleaning, opening and posting mail, paper filing, stock counts,
  packing, pallets, goods in, deliveries and setting up laptops are `on_site`, desk work `remote`;
- about six lines per language are long-tail: one-off decisions, exceptions and case-by-case
  requests (a payment plan for one customer, special leave, an office move, a one-off purchase,
  a dispute with a lawyer, a goodwill gesture, a second site).

Some lines drop accents or umlauts or carry typos, as people type fast.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# German (Germany and Austria).
GERMAN: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "Ausgangsrechnungen in Lexoffice erstellen und verschicken",
        "Mahnungen an alle Kunden, die über 30 Tage offen sind",
        "UStVA für den Monat über DATEV abgeben",
        "Jahresabschluss: Unterlagen für den Steuerberater zusammenstellen",
        "Kontoauszüge abgleichen und offene Posten klären",
        "Belege in sevDesk hochladen und zuordnen",
        "Eingangsrechnungen prüfen und Überweisungen vorbereiten",
        "Budget fürs nächste Jahr aufstellen",
        "Buchhaltung: Zahlungseingänge verbuchen",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Ratenzahlung für Kunde Berger ausnahmsweise genehmigen",
    ],
    ("payroll", "back", "support", "remote"): [
        "Lohnzettel an alle Mitarbeiter mailen",
        "Stunden und Überstunden ans Steuerbüro für die Gehaltsabrechnung",
        "neue Aushilfe bei der Krankenkasse anmelden",
        "Dienstnehmer bei der ÖGK anmelden",
        "Arbeitszeiten aus der Zeiterfassung exportieren",
        "bAV-Beiträge mit der Pensionskasse abgleichen",
    ],
    ("hr", "back", "support", "remote"): [
        "Stellenanzeige auf StepStone und Indeed schalten",
        "Bewerbungen sichten, Vorstellungsgespräche ausmachen",
        "Arbeitsvertrag für den neuen Azubi vorbereiten",
        "Onboarding-Plan für neue Kollegen erstellen",
        "Krankmeldungen in Personio eintragen",
        "Urlaubsantrage checken und Urlaubsplan pflegen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Antrag auf Sonderurlaub prüfen und entscheiden",
    ],
    ("admin", "back", "support", "on_site"): [
        "Büro putzen und Mülleimer leeren",
        "Schaufenster und Fenster im Laden putzen",
        "Post offnen, einscannen und verteilen",
        "Einschreiben zur Post bringen",
        "Ordner ablegen und Archiv im Keller aufräumen",
    ],
    ("admin", "back", "support", "remote"): [
        "Termine für den Chef in Outlook eintragen",
        "Lieferscheine in die Warenwirtschaft eintippen",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Unfall mit dem Firmenwagen: Versicherung und Werkstatt klären",
    ],
    ("it", "back", "support", "remote"): [
        "Passwort vergessen - Zugänge zurücksetzen",
        "Backup vom NAS checken",
        "Drucker im Buero geht nicht, IT-Dienstleister anrufen",
        "Microsoft 365 Lizenzen und E-Mail-Konten verwalten",
        "Updates und Virenscanner auf allen Rechnern",
    ],
    ("it", "back", "support", "on_site"): [
        "neuen Laptop für die Buchhaltung einrichten",
    ],
    ("procurement", "back", "support", "remote"): [
        "Büromaterial bestellen",
        "Bestellungen bei Lieferanten aufgeben",
        "Angebote von Lieferanten einholen und vergleichen",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "einmalige Anschaffung neue Kaffeemaschine, Angebot freigeben",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Pakete packen und DHL-Etiketten drucken",
        "Inventur im Lager zum Jahresende",
        "Wareneingang kontrollieren und einlagern",
        "Paletten für die Spedition bereitstellen",
        "Ware an Kunden ausliefern",
    ],
    ("logistics", "back", "core", "remote"): [
        "Abholung bei der Spedition buchen",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "DSGVO Verarbeitungsverzeichnis aktualisieren",
        "AV-Verträge mit Dienstleistern prüfen",
        "Versicherungen durchgehen: Betriebshaftpflicht und Inhalt",
        "Unterweisung Arbeitsschutz dokumentieren",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Abmahnung wegen Fotorechten mit dem Anwalt klären",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Kundenanfragen per Mail beantworten",
        "Reklamationen bearbeiten",
        "Retouren und Erstattungen im Shopify-Backend",
        "Telefon annehmen und Rückrufe notieren",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Kunden am Empfang begrüßen",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Beschwerde vom Großkunden: Kulanz abstimmen",
    ],
    ("sales", "front", "core", "remote"): [
        "Angebote für Neukunden erstellen",
        "Kostenvoranschläge nachtelefonieren",
        "Kaltakquise bei Hausverwaltungen",
        "Bestandskunden wegen Vertragsverlängerung anrufen",
    ],
    ("marketing", "front", "core", "remote"): [
        "Instagram-Posts für die Woche vorbereiten",
        "Newsletter über Mailchimp rausschicken",
        "Website pflegen, neue Referenzen einstellen",
        "Flyer für den Tag der offenen Tür gestalten",
    ],
    ("production", "back", "core", "on_site"): [
        "Aufträge in der Werkstatt fertigen",
        "Endkontrolle vor dem Versand",
        "Teig für morgen in der Backstube ansetzen",
    ],
    ("product_development", "back", "core", "remote"): [
        "Pflichtenheft für die neue App-Funktion schreiben",
        "neue Produktlinie konzipieren",
    ],
    ("management", "back", "core", "remote"): [
        "Businessplan für das Bankgespräch überarbeiten",
        "Strategie 2025 mit den Gesellschaftern besprechen",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Entscheidung: zweiten Standort eröffnen oder nicht",
    ],
}

# Dutch (the Netherlands and Flanders).
DUTCH: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "facturen maken en versturen in Moneybird",
        "herinneringen sturen voor openstaande facturen",
        "aanmaningen naar klanten die niet betalen",
        "btw-aangifte voorbereiden voor de boekhouder",
        "jaarrekening afstemmen met de accountant",
        "bankmutaties afletteren in Exact",
        "bonnetjes uploaden in de boekhoudapp",
        "inkoopfacturen inboeken in Twinfield",
        "begroting voor volgend jaar opstellen",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "afwijkende betalingsregeling voor een klant goedkeuren",
    ],
    ("payroll", "back", "support", "remote"): [
        "loonstroken controleren in Nmbrs",
        "uren doorgeven aan het salarisbureau",
        "prestaties doorgeven aan het sociaal secretariaat",
        "Dimona-aangifte voor de nieuwe jobstudent",
        "pensioenpremies doorgeven aan de pensioenuitvoerder",
        "overuren en verlof verwerken voor de salarisrun",
    ],
    ("hr", "back", "support", "remote"): [
        "vacature plaatsen op Indeed en LinkedIn",
        "sollicitaties doorlezen en gesprekken inplannen",
        "arbeidsovereenkomst opstellen voor de nieuwe collega",
        "onboarding regelen voor nieuwe medewerkers",
        "ziekmeldingen bijhouden en doorgeven aan de arbodienst",
        "verlofaanvragen goedkeuren in het rooster",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "verzoek om onbetaald verlof beoordelen",
    ],
    ("admin", "back", "support", "on_site"): [
        "ramen lappen voor en achter",
        "post openen en inscannen",
        "brieven op de post doen",
        "toiletten en keuken poetsen",
        "archief opruimen en mappen opbergen",
    ],
    ("admin", "back", "support", "remote"): [
        "afspraken inplannen in de agenda",
        "schoonmaakbedrijf inplannen voor de vloeren",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "verhuizing naar het nieuwe pand regelen",
    ],
    ("it", "back", "support", "remote"): [
        "wachtwoorden resetten voor personeel",
        "back-up van de server controleren",
        "internet valt steeds weg, provider bellen",
        "Microsoft 365 accounts aanmaken en verwijderen",
        "updates draaien op alle pc's",
    ],
    ("it", "back", "support", "on_site"): [
        "nieuwe laptop setup voor collega",
    ],
    ("procurement", "back", "support", "remote"): [
        "kantoorartikelen bestellen",
        "inkooporders aanmaken voor leveranciers",
        "offertes opvragen bij drie leveranciers",
        "nieuwe leverancier voor verpakkingen zoeken",
    ],
    ("logistics", "back", "core", "on_site"): [
        "bestellingen inpakken en verzendlabels printen",
        "voorraadtelling in het magazijn",
        "pallets klaarzetten voor de transporteur",
        "leveringen ontvangen en controleren",
        "bezorgen bij klanten in de regio",
    ],
    ("logistics", "back", "core", "remote"): [
        "zendingen volgen bij DHL en PostNL",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "AVG: verwerkersovereenkomsten bijhouden",
        "privacyverklaring op de website aanpassen",
        "verzekeringen vergelijken, aansprakelijkheid en inventaris",
        "contracten met leveranciers nalezen",
        "RI&E laten actualiseren",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "datalek melden bij de Autoriteit Persoonsgegevens",
    ],
    ("customer_service", "front", "core", "remote"): [
        "klantvragen beantwoorden via mail en WhatsApp",
        "klachten afhandelen",
        "retouren en terugbetalingen verwerken",
        "telefoon opnemen en klanten terugbellen",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "coulance voor een boze klant, per geval bekijken",
    ],
    ("sales", "front", "core", "remote"): [
        "offertes maken voor nieuwe klanten",
        "offertes nabellen",
        "nieuwe klanten werven via LinkedIn",
        "bestellingen van vaste klanten opnemen",
    ],
    ("marketing", "front", "core", "remote"): [
        "Instagram en Facebook posts inplannen",
        "nieuwsbrief versturen via Mailchimp",
        "website bijhouden, nieuwe foto's erop",
        "Google Ads campagne checken",
    ],
    ("production", "back", "core", "on_site"): [
        "bestellingen maken in de werkplaats",
        "kwaliteitscontrole voor verzending",
        "taarten bakken voor de winkel",
    ],
    ("product_development", "back", "core", "remote"): [
        "ontwerp voor de nieuwe collectie maken",
        "nieuwe functie voor de app uitwerken",
    ],
    ("management", "back", "core", "remote"): [
        "ondernemingsplan herschrijven voor de bank",
        "strategie voor volgend jaar bepalen",
    ],
    ("management", "back", "long_tail", "remote"): [
        "beslissen over overname van een concurrent",
    ],
}

# French (France, Wallonia and Brussels).
FRENCH: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "faire les factures du mois sur Pennylane",
        "relances de paiement pour les factures en retard",
        "declaration de TVA mensuelle",
        "préparer le bilan avec l'expert-comptable",
        "rapprochement bancaire sur Sage",
        "envoyer les justificatifs au comptable",
        "saisie des factures fournisseurs",
        "préparer le budget prévisionnel",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "accorder un échéancier exceptionnel à un client",
    ],
    ("payroll", "back", "support", "remote"): [
        "envoyer les variables de paie au cabinet",
        "bulletins de paie à vérifier avant envoi",
        "DSN du mois",
        "DPAE pour la nouvelle embauche",
        "affiliation mutuelle et prévoyance des salariés",
        "transmettre les prestations au secrétariat social",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "avance sur salaire demandée par un salarié",
    ],
    ("hr", "back", "support", "remote"): [
        "rédiger l'offre d'emploi pour un poste de vendeur",
        "trier les candidatures et organiser les entretiens",
        "contrat de travail CDI à préparer",
        "intégration des nouveaux arrivants",
        "arrets maladie à enregistrer",
        "demandes de congés à valider",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "demande de rupture conventionnelle d'un salarié",
    ],
    ("admin", "back", "support", "on_site"): [
        "nettoyage des vitres de la boutique",
        "ouvrir le courrier et le scanner",
        "aller à la poste déposer les recommandés",
        "classement des dossiers papier",
        "vider les poubelles et passer l'aspirateur",
    ],
    ("admin", "back", "support", "remote"): [
        "prise de rendez-vous et gestion de l'agenda",
        "saisie des bons de livraison dans l'ERP",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "déménagement des bureaux à organiser",
    ],
    ("it", "back", "support", "remote"): [
        "réinitialiser les mots de passe des salariés",
        "vérifier les sauvegardes du serveur",
        "problème de wifi au bureau, appeler le prestataire",
        "gérer les comptes Google Workspace",
        "mises à jour et antivirus sur les postes",
    ],
    ("it", "back", "support", "on_site"): [
        "installer le nouvel ordinateur portable du stagiaire",
    ],
    ("it", "back", "long_tail", "remote"): [
        "migration de la messagerie vers Microsoft 365",
    ],
    ("procurement", "back", "support", "remote"): [
        "commander les fournitures de bureau",
        "passer les bons de commande aux fournisseurs",
        "demander des devis à plusieurs fournisseurs",
        "référencer un nouveau fournisseur d'emballages",
    ],
    ("logistics", "back", "core", "on_site"): [
        "préparer les colis et imprimer les étiquettes Colissimo",
        "inventaire du stock en fin d'année",
        "réception des livraisons fournisseurs",
        "charger les palettes pour le transporteur",
        "livrer les clients en camionnette",
    ],
    ("logistics", "back", "core", "remote"): [
        "suivre les expéditions avec le transporteur",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "RGPD : tenir à jour le registre des traitements",
        "vérifier les contrats d'assurance (RC pro, multirisque)",
        "relire les CGV avant publication",
        "mettre à jour le document unique (DUERP)",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "litige avec un ancien fournisseur, voir avec l'avocat",
    ],
    ("customer_service", "front", "core", "remote"): [
        "répondre aux questions des clients par mail",
        "traiter les réclamations",
        "gérer les retours et remboursements",
        "décrocher le téléphone et prendre les messages",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "geste commercial pour un client mécontent, au cas par cas",
    ],
    ("sales", "front", "core", "remote"): [
        "faire les devis pour les prospects",
        "relancer les devis envoyés",
        "prospection téléphonique de nouveaux clients",
        "suivi des grands comptes",
    ],
    ("marketing", "front", "core", "remote"): [
        "publier sur Instagram et LinkedIn",
        "envoyer la newsletter",
        "mettre à jour le site internet",
        "préparer le salon professionnel de mars",
    ],
    ("production", "back", "core", "on_site"): [
        "fabrication des commandes à l'atelier",
        "controle qualité avant expédition",
        "mise en place en cuisine pour le service du midi",
    ],
    ("product_development", "back", "core", "remote"): [
        "développer la nouvelle gamme de produits",
        "cahier des charges pour la nouvelle fonctionnalité",
    ],
    ("management", "back", "core", "remote"): [
        "mettre à jour le business plan pour la banque",
        "fixer les objectifs de l'entreprise pour l'année",
        "réunion avec les associés sur la stratégie",
    ],
}

# Spanish (Spain).
SPANISH: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "emitir facturas a clientes desde Holded",
        "reclamar facturas impagadas",
        "presentar el modelo 303 del IVA",
        "cierre contable y cuentas anuales con la gestoría",
        "conciliación bancaria del mes",
        "subir tickets y facturas de gastos a la app",
        "contabilizar facturas de proveedores en A3",
        "pasar la documentación trimestral al asesor fiscal",
        "preparar el presupuesto anual de la empresa",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "aprobar un aplazamiento de pago para un cliente",
    ],
    ("payroll", "back", "support", "remote"): [
        "revisar la nómina de marzo antes de pagarla",
        "enviar horas y extras a la gestoría para la nómina",
        "dar de alta en la Seguridad Social al nuevo empleado",
        "seguros sociales del mes",
        "enviar los recibos de salario a los trabajadores",
        "control horario: registro de jornada",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "anticipo de nómina para un trabajador, decidir",
    ],
    ("hr", "back", "support", "remote"): [
        "publicar la oferta de empleo en InfoJobs",
        "revisar curriculums y llamar a candidatos",
        "preparar el contrato de trabajo del nuevo dependiente",
        "onboarding de nuevos empleados, plan de incorporación",
        "registrar las bajas por enfermedad",
        "solicitudes de vacaciones del equipo",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "permiso especial que pide un empleado, valorar",
    ],
    ("admin", "back", "support", "on_site"): [
        "limpiar los cristales del escaparate",
        "abrir el correo y escanearlo",
        "llevar cartas certificadas a Correos",
        "archivar facturas en papel en las carpetas",
        "fregar el suelo y sacar la basura",
    ],
    ("admin", "back", "support", "remote"): [
        "coger citas y llevar la agenda del jefe",
        "meter albaranes en el sistema",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "multa de la furgoneta de empresa, gestionarla",
    ],
    ("it", "back", "support", "remote"): [
        "restablecer contraseñas de los empleados",
        "comprobar las copias de seguridad",
        "el wifi de la oficina no va, llamar al informático",
        "gestionar cuentas de correo y licencias de Office",
        "actualizar antivirus en todos los ordenadores",
    ],
    ("it", "back", "support", "on_site"): [
        "configurar el portátil nuevo",
    ],
    ("procurement", "back", "support", "remote"): [
        "pedir material de oficina",
        "hacer pedidos a proveedores",
        "pedir presupuestos a varios proveedores",
        "órdenes de compra para el taller",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "compra puntual de una máquina, pedir aprobación",
    ],
    ("logistics", "back", "core", "on_site"): [
        "preparar pedidos y etiquetas de SEUR",
        "hacer inventario del almacén",
        "recibir la mercancía y colocarla",
        "montar palets para la agencia de transporte",
        "repartir pedidos a clientes con la furgoneta",
    ],
    ("logistics", "back", "core", "remote"): [
        "gestionar envíos y seguimiento con la agencia",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "protección de datos: actualizar el registro de actividades",
        "revisar los contratos con proveedores",
        "renovar el seguro de responsabilidad civil",
        "prevencion de riesgos laborales: documentación al día",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "demanda de un ex trabajador, ver con el abogado",
    ],
    ("customer_service", "front", "core", "remote"): [
        "contestar dudas de clientes por WhatsApp y email",
        "gestionar reclamaciones",
        "tramitar devoluciones y reembolsos",
        "atender el teléfono de la tienda",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "atender a los clientes en el mostrador",
    ],
    ("sales", "front", "core", "remote"): [
        "hacer presupuestos para clientes nuevos",
        "llamar a clientes potenciales",
        "seguimiento de ofertas enviadas",
        "tomar pedidos de clientes por teléfono",
    ],
    ("marketing", "front", "core", "remote"): [
        "publicar en Instagram y TikTok",
        "enviar la newsletter a los clientes",
        "actualizar la página web",
    ],
    ("production", "back", "core", "on_site"): [
        "fabricar los pedidos en el taller",
        "control de calidad antes de enviar",
        "cocina: preparar el menú del día",
    ],
    ("product_development", "back", "core", "remote"): [
        "diseñar nuevos productos para la temporada",
        "desarrollar nuevas funcionalidades de la app",
    ],
    ("management", "back", "core", "remote"): [
        "plan de negocio para el banco",
        "definir la estrategia de la empresa para el año que viene",
    ],
    ("management", "back", "long_tail", "remote"): [
        "decidir si abrimos una segunda tienda",
    ],
}

# Swedish (Sweden).
SWEDISH: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "fakturera kunderna i Fortnox",
        "skicka påminnelser på obetalda fakturor",
        "momsdeklaration för kvartalet",
        "bokslut och årsredovisning med revisorn",
        "bankavstämning varje månad",
        "fota kvitton och ladda upp i appen",
        "bokföra leverantörsfakturor i Visma",
        "skicka underlag till redovisningskonsulten",
        "attestera leverantörsfakturor",
        "ta fram budget för nästa år",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "godkänna avbetalningsplan för en kund",
    ],
    ("payroll", "back", "support", "remote"): [
        "lönekörning den 25:e",
        "skicka lönespecifikationer till de anställda",
        "arbetsgivardeklaration till Skatteverket",
        "rapportera tid och övertid i Visma",
        "rapportera tjänstepension till Fora",
        "räkna sjuklön och karensavdrag",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "förskott på lön till en anställd",
    ],
    ("hr", "back", "support", "remote"): [
        "lägga ut platsannons på Arbetsförmedlingen",
        "gå igenom ansökningar och boka intervjuer",
        "skriva anställningsavtal för nya säljaren",
        "introduktion för nyanställda",
        "sjukanmälningar och läkarintyg",
        "semesteransökningar att godkänna",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "begäran om tjänstledighet, ta ställning",
    ],
    ("admin", "back", "support", "on_site"): [
        "fönsterputs på kontoret",
        "öppna posten och skanna in",
        "lämna brev på postombudet",
        "städa fikarummet och tömma soporna",
        "arkivera pärmar i förrådet",
    ],
    ("admin", "back", "support", "remote"): [
        "boka möten och hålla i kalendern",
        "lägga in följesedlar i affärssystemet",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "planera flytten till nya lokalen",
    ],
    ("it", "back", "support", "remote"): [
        "återställa lösenord åt personalen",
        "kolla att backupen gått",
        "skrivaren strular igen, ring IT-firman",
        "hantera Microsoft 365-konton och licenser",
        "uppdatera datorerna och antivirus",
    ],
    ("it", "back", "support", "on_site"): [
        "sätta upp ny laptop till nyanställd",
    ],
    ("procurement", "back", "support", "remote"): [
        "beställa kontorsmaterial",
        "lägga inköpsordrar hos leverantörer",
        "begära offerter från leverantörer",
        "hitta ny leverantör av förpackningar",
    ],
    ("logistics", "back", "core", "on_site"): [
        "packa ordrar och skriva ut fraktsedlar",
        "inventering av lagret",
        "ta emot leveranser och ställa in på lagret",
        "plasta pallar till speditören",
        "köra ut leveranser till kunder",
    ],
    ("logistics", "back", "core", "remote"): [
        "boka frakt med PostNord och Schenker",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "GDPR: uppdatera registerförteckningen",
        "se över företagsförsäkringen",
        "granska avtal innan vi skriver på",
        "dokumentera riskbedömning i arbetsmiljöarbetet",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "tvist med hyresvärden, kontakta jurist",
    ],
    ("customer_service", "front", "core", "remote"): [
        "svara på kundfrågor i mejlen",
        "hantera reklamationer",
        "returer och återbetalningar i webbshopen",
        "svara i telefon och ringa tillbaka kunder",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "kompensera en missnöjd kund, bedöm från fall till fall",
    ],
    ("sales", "front", "core", "remote"): [
        "skicka offerter till nya kunder",
        "följa upp offerter",
        "kalla samtal till potentiella kunder",
        "ta upp beställningar från återförsäljare",
    ],
    ("marketing", "front", "core", "remote"): [
        "lägga upp inlägg på Instagram",
        "skicka nyhetsbrev",
        "uppdatera hemsidan",
    ],
    ("production", "back", "core", "on_site"): [
        "tillverka beställningar i verkstaden",
        "kvalitetskontroll innan leverans",
        "baka bröd till butiken",
    ],
    ("product_development", "back", "core", "remote"): [
        "ta fram nya produkter",
        "utveckla nya funktioner i appen",
    ],
    ("management", "back", "core", "remote"): [
        "affärsplan till banken",
        "sätta strategin för kommande år",
        "förbereda rapport till styrelsemötet",
    ],
}

# Italian (Italy).
ITALIAN: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "emettere fatture elettroniche con Fatture in Cloud",
        "solleciti di pagamento ai clienti",
        "liquidazione IVA trimestrale",
        "bilancio di fine anno con il commercialista",
        "riconciliazione bancaria su TeamSystem",
        "registrare scontrini e ricevute",
        "mandare i documenti al commercialista",
        "registrare le fatture dei fornitori",
        "aggiornare la prima nota",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "approvare una rateizzazione per un cliente",
    ],
    ("payroll", "back", "support", "remote"): [
        "buste paga del mese da controllare",
        "mandare le presenze al consulente del lavoro",
        "F24 per i contributi INPS",
        "comunicazione UniLav per il nuovo assunto",
        "versamenti al fondo pensione dei dipendenti",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "anticipo sullo stipendio per un dipendente",
    ],
    ("hr", "back", "support", "remote"): [
        "pubblicare l'annuncio di lavoro su Indeed",
        "selezionare i curriculum e fissare i colloqui",
        "preparare il contratto di assunzione",
        "onboarding del nuovo dipendente",
        "certificati di malattia da archiviare",
        "richieste di ferie da approvare",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "richiesta di permesso straordinario, valutare",
    ],
    ("admin", "back", "support", "on_site"): [
        "pulizia dei vetri del negozio",
        "aprire la posta e scansionarla",
        "spedire le raccomandate in posta",
        "archiviare i documenti cartacei",
        "pulire il bagno e svuotare i cestini",
    ],
    ("admin", "back", "support", "remote"): [
        "fissare appuntamenti e gestire l'agenda",
        "inserire i DDT nel gestionale",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "trasloco dell'ufficio da organizzare",
    ],
    ("it", "back", "support", "remote"): [
        "reimpostare le password dei dipendenti",
        "controllare il backup del server",
        "la stampante non funziona, chiamare il tecnico",
        "gestire le caselle PEC e email su Aruba",
        "aggiornamenti e antivirus sui pc",
    ],
    ("it", "back", "support", "on_site"): [
        "configurare il portatile nuovo",
    ],
    ("procurement", "back", "support", "remote"): [
        "ordinare cancelleria",
        "fare gli ordini ai fornitori",
        "chiedere preventivi ai fornitori",
        "trovare un nuovo fornitore di imballaggi",
        "ordini d'acquisto per il magazzino",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "acquisto una tantum di un macchinario nuovo, serve l'ok",
    ],
    ("logistics", "back", "core", "on_site"): [
        "preparare i pacchi e stampare le etichette BRT",
        "inventario di magazzino a fine anno",
        "ricevere la merce e controllare i DDT",
        "preparare i bancali per il corriere",
        "consegne ai clienti con il furgone",
    ],
    ("logistics", "back", "core", "remote"): [
        "prenotare i ritiri con il corriere",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "privacy GDPR: aggiornare il registro dei trattamenti",
        "rinnovo dell'assicurazione RC",
        "rivedere i contratti con i clienti",
        "sicurezza sul lavoro: aggiornare il DVR",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "contenzioso con un cliente, sentire l'avvocato",
    ],
    ("customer_service", "front", "core", "remote"): [
        "rispondere alle richieste dei clienti via email",
        "gestire i reclami",
        "resi e rimborsi dell'e-commerce",
        "rispondere al telefono e richiamare i clienti",
    ],
    ("sales", "front", "core", "remote"): [
        "fare preventivi per nuovi clienti",
        "seguire le offerte inviate",
        "cercare nuovi clienti",
        "raccogliere gli ordini dei clienti",
    ],
    ("marketing", "front", "core", "remote"): [
        "post su Instagram e Facebook",
        "inviare la newsletter",
        "aggiornare il sito web",
        "preparare la fiera di settembre",
    ],
    ("production", "back", "core", "on_site"): [
        "produzione degli ordini in laboratorio",
        "controllo qualità prima della spedizione",
        "preparare la pasta fresca per il ristorante",
    ],
    ("product_development", "back", "core", "remote"): [
        "progettare i nuovi prodotti",
        "sviluppare nuove funzionalità del software",
    ],
    ("management", "back", "core", "remote"): [
        "business plan per la banca",
        "definire la strategia aziendale",
        "riunione con i soci sui risultati",
    ],
}
# fmt: on

LINES: list[Row] = flatten(GERMAN, DUTCH, FRENCH, SPANISH, SWEDISH, ITALIAN)
