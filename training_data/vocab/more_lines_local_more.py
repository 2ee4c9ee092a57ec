"""More task lines in the owner's own language: German, French, Dutch and Spanish.

Owners in Germany, Austria, France, Belgium, Quebec, the Netherlands, Spain and Latin America type
their task lists wholly in their language, with abbreviations (MwSt, USt-VA, TVA, TPS/TVQ, URSSAF,
ONSS, BTW, RSZ, KvK, IVA, AEAT, SAT, IMSS), tool names (DATEV, Lexware, JTL, Shopify, Pennylane,
Sage, Exact, Moneybird, Holded, Facebook) and "+" or "/" joins, and the model read them as
production, hr or it almost at random. These lines extend more_lines_local.py with the chores it
missed, labelled by shared/LABELING.md as an ordinary company's: counter and reception work with
customers who collect, drop off or walk in, and refunds outside the policy decided by the owner,
are `customer_service`; quotes mailed to a customer and big-customer visits are `sales`; offers
posted on the Facebook or Instagram page and trade-fair stands are `marketing`; invoices written
and chased in the shop software, cash counts and payment-term exceptions are `finance_accounting`;
leave approval and training courses are `hr`; rosters of casual staff are `admin` scheduling;
office supplies and coffee are `procurement`; data protection paperwork and safety registers are
`legal_compliance`; vans, parcels, returns arriving at the warehouse, customs and freight bookings
are `logistics`; file-server backups and software licences are `it`; annual planning and the
boss's investment decisions are `management`. About one line in seven is long-tail (exceptions,
approvals, one-off decisions, "wenn nötig", "au besoin", "indien nodig", "cuando haga falta"),
and work that needs a person present (the counter, the stand, the van, the warehouse, the till,
the workshop, a visit) is `on_site`. Some lines drop accents or carry typos, as owners type fast.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# German (Germany and Austria).
GERMAN: Blocks = {
    ("customer_service", "front", "core", "on_site"): [
        "Kunden begrüßen, die ihre Ware abholen",
        "Schlüsselübergabe an Kunden am Empfang",
        "Laden: Fragen von Laufkundschaft beantworten",
        "Reparaturannahme an der Theke: Gerät annehmen + Abholschein ausfüllen",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Kundenmails im Shopify-Postfach abarbeiten",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Erstattung außerhalb der Rückgabefrist - entscheidet der Chef",
    ],
    ("sales", "front", "core", "remote"): [
        "Kostenvoranschlag per Mail an den Kunden schicken",
        "Angebot für Hr. Maier schreiben + mailen",
        "KVA nachfassen, telefonisch",
        "Aufträge von Stammkunden am Telefon aufnehmen",
    ],
    ("sales", "front", "core", "on_site"): [
        "Besuch beim Großkunden in München, Jahresgespräch",
        "Vertrieb: Großkunden besuchen / Termine vor Ort",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Sonderpreis für Großauftrag nur nach Rücksprache mit mir",
    ],
    ("marketing", "front", "core", "remote"): [
        "Angebote der Woche auf unserer Facebook-Seite posten",
        "Insta-Story mit den neuen Produkten",
        "Messe anmelden + Standfläche buchen",
        "Anzeige im Gemeindeblatt schalten",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Messestand betreuen (3 Tage Nürnberg)",
        "Stand auf dem Weihnachtsmarkt aufbauen und betreuen",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Rechnungen aus Shopify nach Lexware übertragen",
        "offene Rechnungen in JTL-Wawi anmahnen",
        "Büro: Rechnungen schreiben + per Mail raus",
        "USt-VA bis zum 10. über DATEV übermitteln",
        "Zahlungseingänge mit OPs abgleichen, 2. Mahnstufe raus",
        "Reisekostenabrechnungen prüfen und erstatten",
        "MwSt auf den Ausgangsrechnungen kontrollieren",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Tageskasse zählen und Geld zur Bank bringen",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Zahlungsziel 60 Tage für Großkunde - nur ausnahmsweise, Chef entscheidet",
        "Skonto nachträglich gewähren, wenn nötig",
    ],
    ("payroll", "back", "support", "remote"): [
        "Stundenzettel der Aushilfen ans Lohnbüro schicken",
        "Minijobber bei der Minijob-Zentrale melden",
        "Lohnabrechnung in DATEV Lohn prüfen + freigeben",
        "Lohnsteuer-Anmeldung checken bevor sie rausgeht",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "einmalige Prämie fürs Weihnachtsgeschäft in die Abrechnung, nur nach Freigabe",
    ],
    ("hr", "back", "support", "remote"): [
        "Urlaubsanträge genehmigen + in den Urlaubskalender eintragen",
        "Personal: Schulung Staplerschein für Lagerleute buchen",
        "Erste-Hilfe-Kurs für 2 MA anmelden",
        "Aushilfen für den Sommer suchen, Anzeige auf Kleinanzeigen",
        "Mitarbeitergespräche terminieren / Protokolle ablegen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Urlaub über Weihnachten trotz Urlaubssperre? Einzelfall entscheiden",
    ],
    ("it", "back", "support", "remote"): [
        "Backup vom Fileserver prüfen, ob durchgelaufen",
        "Softwarelizenzen verlängern (Adobe, Office, Lexware)",
        "IT: Zugang zu DATEV + Mail für neue Mitarbeiterin einrichten",
        "Router-Firmware updaten + WLAN-Passwort ändern",
    ],
    ("it", "back", "support", "on_site"): [
        "Bondrucker und Kartenterminal an der Kasse einrichten",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Umzug vom alten Server in die Cloud, einmalig planen",
    ],
    ("admin", "back", "support", "remote"): [
        "Dienstplan für die Aushilfen nächste Woche machen",
        "Einsatzplan Minijobber fürs Wochenende",
        "Chefkalender pflegen + Termine bestätigen",
    ],
    ("admin", "back", "support", "on_site"): [
        "Post holen, Pakete im Büro annehmen und verteilen",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Firmenwagen: TÜV-Termin + Reifenwechsel organisieren",
    ],
    ("procurement", "back", "support", "remote"): [
        "Büromaterial + Kaffee bestellen",
        "Kaffeebohnen und Milch fürs Büro nachbestellen",
        "Druckerpapier und Toner bei Amazon Business bestellen",
        "Angebote für neue Versandkartons einholen",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Sonderbestellung bei neuem Lieferanten ohne Rahmenvertrag - Freigabe einholen",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Retouren im Lager annehmen und prüfen",
        "Rücksendungen auspacken, Zustand checken, wieder einlagern",
        "Lieferung mit dem Sprinter zum Kunden fahren",
        "DHL-Pakete fertig machen, Abholung 15 Uhr",
    ],
    ("logistics", "back", "core", "remote"): [
        "Zollanmeldung für die Sendung in die Schweiz (ATLAS)",
        "Spedition für 2 Paletten nach Österreich buchen",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Expresskurier buchen, wenn nötig",
    ],
    ("production", "back", "core", "on_site"): [
        "Fertigung: Aufträge KW 12 abarbeiten",
        "Montage der Schränke in der Werkstatt",
        "Brötchen backen ab 4 Uhr",
        "Stichprobenprüfung der fertigen Teile",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Eilauftrag dazwischenschieben, wenn der Chef es sagt",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Datenschutz: AV-Vertrag mit Shopify ablegen",
        "Datenschutzerklärung der Website prüfen lassen",
        "Gefährdungsbeurteilung aktualisieren",
        "AGB für den Onlineshop überarbeiten",
        "Verpackungsregister LUCID: Jahresmeldung machen",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "DSGVO-Auskunftsersuchen von einem Ex-Kunden beantworten",
    ],
    ("product_development", "back", "core", "remote"): [
        "Konzept für neue Packungsgröße ausarbeiten",
        "Prototyp von Kunden testen lassen + Feedback sammeln",
        "Entwicklung: neues Modell im CAD zeichnen",
        "neue Funktionen für die Shop-App spezifizieren",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Probebacken für die neue Torte in der Backstube",
    ],
    ("management", "back", "core", "remote"): [
        "Jahresplanung 2025 mit den Zahlen vom Steuerberater",
        "Ziele fürs nächste Jahr festlegen",
        "GF: Quartalszahlen durchgehen und Maßnahmen beschließen",
        "Chef: Investitionsplan für nächstes Jahr aufstellen",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Investitionsentscheidung: neue CNC-Maschine kaufen ja/nein",
    ],
}

# French (France, Belgium and Quebec).
FRENCH: Blocks = {
    ("customer_service", "front", "core", "on_site"): [
        "accueil des clients qui viennent récupérer leur commande",
        "remise des clés aux clients à l'accueil",
        "répondre aux questions des clients qui passent au comptoir",
        "réception : prendre les véhicules déposés par les clients",
    ],
    ("customer_service", "front", "core", "remote"): [
        "SAV : répondre aux messages Messenger des clients",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "remboursement hors délai de retour, je décide au cas par cas",
    ],
    ("sales", "front", "core", "remote"): [
        "envoyer le devis par mail au client + relance a J+7",
        "devis à chiffrer pour la cuisine de Mme Dupont",
        "prendre les commandes des restos par téléphone",
    ],
    ("sales", "front", "core", "on_site"): [
        "visite chez notre plus gros client pour le bilan annuel",
        "rdv chez les clients grands comptes en région",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "prix spécial pour une grosse commande, au besoin",
    ],
    ("marketing", "front", "core", "remote"): [
        "poster les promos de la semaine sur la page Facebook",
        "Insta : photos des nouveautés + story",
        "inscription au salon + réserver l'emplacement du stand",
        "campagne Google Ads pour les soldes",
    ],
    ("marketing", "front", "core", "on_site"): [
        "tenir le stand au salon de l'habitat",
        "monter le stand au marché de Noël",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Compta - saisir les factures de la boutique Shopify dans Pennylane",
        "relancer les impayés + renvoyer les factures par mail",
        "TVA trimestrielle à déclarer sur impots.gouv",
        "Québec : production TPS/TVQ du trimestre",
        "lettrage des comptes clients sur Sage",
        "notes de frais à valider et rembourser",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "compter la caisse du soir et préparer le dépôt à la banque",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "délai de paiement à 60j pour un gros client : à valider par moi",
        "étaler la dette d'un client sur 6 mois, décision du gérant",
    ],
    ("payroll", "back", "support", "remote"): [
        "URSSAF : vérifier les cotisations du mois",
        "heures des extras à envoyer au cabinet pour la paie",
        "Belgique : déclaration ONSS trimestrielle via le secrétariat social",
        "titres-restaurant à commander et reporter sur la paie",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "prime exceptionnelle pour un salarié, au besoin",
    ],
    ("hr", "back", "support", "remote"): [
        "valider les congés d'été de l'équipe",
        "RH - inscrire deux salariés à la formation SST",
        "plan de développement des compétences : choisir les formations",
        "recruter des extras pour les fêtes",
        "entretiens annuels à planifier",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "congé sans solde demandé par un vendeur, à voir au cas par cas",
    ],
    ("it", "back", "support", "remote"): [
        "vérifier la sauvegarde du serveur de fichiers (NAS)",
        "renouveler les licences logicielles / antivirus",
        "créer les accès messagerie + Pennylane pour la nouvelle",
        "Info : mettre à jour le logiciel de caisse",
    ],
    ("it", "back", "support", "on_site"): [
        "brancher et configurer le TPE et l'imprimante ticket au comptoir",
    ],
    ("it", "back", "long_tail", "remote"): [
        "PC volé : bloquer les comptes et récupérer les données",
    ],
    ("admin", "back", "support", "remote"): [
        "planning des extras pour le week-end",
        "faire le planning des saisonniers",
        "mettre à jour l'agenda du gérant + confirmer les rdv",
    ],
    ("admin", "back", "support", "on_site"): [
        "relever la boîte aux lettres et trier le courrier",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "amende du camion de livraison : désigner le conducteur sur l'ANTAI",
    ],
    ("procurement", "back", "support", "remote"): [
        "commander le café et les dosettes pour la salle de pause",
        "fournitures de bureau : papier, enveloppes, cartouches",
        "comparer les devis de 3 imprimeurs pour les catalogues",
        "Achats - passer commande chez le grossiste",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "acheter un frigo pour la cuisine du personnel, au besoin",
    ],
    ("logistics", "back", "core", "on_site"): [
        "retours clients arrivés à l'entrepôt : contrôler et remettre en stock",
        "tournée de livraison en camionnette le mardi",
        "colis Colissimo à emballer et déposer à la poste",
        "Belgique : colis bpost à préparer pour l'enlèvement",
    ],
    ("logistics", "back", "core", "remote"): [
        "réserver un transporteur pour la palette vers Lyon",
        "douane : déclaration d'export pour la Suisse",
        "Québec : suivre les envois Purolator et Postes Canada",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "livraison urgente par coursier, au besoin",
    ],
    ("production", "back", "core", "on_site"): [
        "Atelier : assemblage des commandes de la semaine",
        "fournée du matin + viennoiseries",
        "contrôle qualité des pièces finies",
        "découpe et couture des commandes clients",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "commande urgente à caser dans le planning de l'atelier, au cas par cas",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "bandeau cookies du site à vérifier (RGPD)",
        "Québec - Loi 25 : tenir le registre des incidents de confidentialité",
        "tenir le registre de sécurité à jour",
        "relire le bail commercial avant renouvellement",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "mise en demeure reçue d'un client : voir avec l'avocat",
        "CNESST : déclarer l'accident de travail d'un employé",
    ],
    ("product_development", "back", "core", "remote"): [
        "concevoir le prototype du nouveau modèle",
        "R&D : cahier des charges produit v2",
        "dessiner la nouvelle collection printemps",
        "imaginer une nouvelle offre de services pour les pros",
    ],
    ("product_development", "back", "core", "on_site"): [
        "essais en cuisine pour les plats de la nouvelle carte",
    ],
    ("management", "back", "core", "remote"): [
        "plan annuel : objectifs, budget, embauches",
        "Direction : décider des investissements de l'année",
        "bilan de l'année avec les associés + cap pour l'an prochain",
        "revue mensuelle des chiffres et des priorités avec le gérant",
    ],
    ("management", "back", "long_tail", "remote"): [
        "racheter le fonds de commerce voisin ? décision à prendre",
    ],
}

# Dutch (the Netherlands and Flanders).
DUTCH: Blocks = {
    ("customer_service", "front", "core", "on_site"): [
        "klanten ontvangen die hun bestelling komen ophalen",
        "sleutels overhandigen aan klanten bij de balie",
        "vragen van inloopklanten beantwoorden",
        "balie: auto's van klanten innemen voor onderhoud",
    ],
    ("customer_service", "front", "core", "remote"): [
        "klantenservice: mails over leveringen beantwoorden",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "geld terug buiten de retourtermijn, beslis ik zelf",
    ],
    ("sales", "front", "core", "remote"): [
        "offerte mailen naar klant en na een week nabellen",
        "offerte maken voor de verbouwing bij fam. Jansen",
        "bestellingen van horecaklanten telefonisch aannemen",
    ],
    ("sales", "front", "core", "on_site"): [
        "bezoek aan grote klant voor het jaargesprek",
        "accountmanager: langs bij de belangrijkste klanten",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "extra korting voor een grote order, indien nodig",
    ],
    ("marketing", "front", "core", "remote"): [
        "aanbiedingen posten op de Facebookpagina",
        "Insta-posts met de nieuwe producten",
        "beursstand boeken voor de vakbeurs",
        "advertentie in het huis-aan-huisblad",
    ],
    ("marketing", "front", "core", "on_site"): [
        "standdienst op de beurs in Utrecht",
        "kraam op de braderie bemannen",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "facturen uit Shopify in Moneybird zetten",
        "openstaande facturen nabellen",
        "btw-aangifte Q2 indienen",
        "administratie: bonnen koppelen in Exact Online",
        "BE: btw-listing + intracommunautaire opgave",
        "factuur maken vanuit de kassasoftware en mailen",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "kas tellen en afstorten bij de bank",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "klant wil 90 dagen betaaltermijn, uitzondering goedkeuren",
        "afbetalingsregeling voor een grote openstaande factuur, per geval",
    ],
    ("payroll", "back", "support", "remote"): [
        "uren oproepkrachten doorgeven aan de loonadministratie",
        "loonaangifte controleren voor de Belastingdienst",
        "vakantiegeld uitbetalen in mei",
        "RSZ-aangifte via het sociaal secretariaat nakijken",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "eenmalige bonus voor een medewerker verwerken, indien nodig",
    ],
    ("hr", "back", "support", "remote"): [
        "verlof goedkeuren voor de zomer",
        "cursus BHV inplannen voor twee collega's",
        "heftruckopleiding regelen voor de magazijnmedewerkers",
        "oproepkrachten werven voor de drukke maanden",
        "functioneringsgesprekken plannen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "aanvraag zorgverlof bekijken, per geval beslissen",
    ],
    ("it", "back", "support", "remote"): [
        "backup van de fileserver checken",
        "softwarelicenties verlengen (Adobe, Microsoft)",
        "ICT: accounts aanmaken voor nieuwe medewerker",
        "kassasoftware updaten",
    ],
    ("it", "back", "support", "on_site"): [
        "pinautomaat en bonprinter aan de kassa aansluiten",
    ],
    ("it", "back", "long_tail", "remote"): [
        "gehackt mailaccount herstellen + alle wachtwoorden wijzigen",
    ],
    ("admin", "back", "support", "remote"): [
        "rooster maken voor de oproepkrachten",
        "weekrooster zaterdaghulpen",
        "agenda van de baas bijhouden",
    ],
    ("admin", "back", "support", "on_site"): [
        "post ophalen en verdelen op kantoor",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "bedrijfsbus naar de garage voor APK, indien nodig leenauto regelen",
    ],
    ("procurement", "back", "support", "remote"): [
        "koffie en melk bestellen voor de kantine",
        "kantoorspullen bestellen: papier, toner, pennen",
        "inkoop: bestelling plaatsen bij de groothandel",
        "offertes van drukkerijen vergelijken",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "nieuwe koffiemachine aanschaffen? offerte goedkeuren",
    ],
    ("logistics", "back", "core", "on_site"): [
        "retouren in het magazijn uitpakken en controleren",
        "ritten met het busje: leveringen dinsdag en vrijdag",
        "PostNL-pakketten inpakken en klaarzetten",
        "BE: pakjes voor bpost klaarmaken",
    ],
    ("logistics", "back", "core", "remote"): [
        "transport boeken voor pallets naar Duitsland",
        "douanepapieren voor de zending naar de UK",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "spoedlevering met koerier, indien nodig",
    ],
    ("production", "back", "core", "on_site"): [
        "productie: orders van deze week afwerken in de werkplaats",
        "brood bakken vanaf 5 uur",
        "meubels assembleren voor de orders",
        "eindcontrole op de afgewerkte producten",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "spoedorder tussendoor maken, in overleg",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "AVG: verwerkersovereenkomst met de webshop tekenen",
        "privacy: register van verwerkingen bijwerken",
        "algemene voorwaarden laten nakijken",
        "KvK-gegevens en UBO-registratie bijwerken",
        "RI&E: plan van aanpak bijhouden",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "inzageverzoek van een klant onder de AVG afhandelen",
    ],
    ("product_development", "back", "core", "remote"): [
        "nieuw product ontwikkelen: eerste schetsen",
        "productontwikkeling: nieuwe smaken bedenken",
        "nieuwe dienst uitwerken voor zakelijke klanten",
        "prototype laten testen door een paar klanten",
    ],
    ("product_development", "back", "core", "on_site"): [
        "proefbakken voor het nieuwe recept",
    ],
    ("management", "back", "core", "remote"): [
        "jaarplan maken met omzetdoelen",
        "investeringen voor volgend jaar bepalen",
        "directie: kwartaalcijfers bespreken met de vennoten",
        "doelen voor het bedrijf vastleggen voor 2025",
    ],
    ("management", "back", "long_tail", "remote"): [
        "nieuwe machine van 80k kopen of leasen, knoop doorhakken",
    ],
}

# Spanish (Spain and Latin America).
SPANISH: Blocks = {
    ("customer_service", "front", "core", "on_site"): [
        "atender a los clientes que vienen a recoger pedidos",
        "entregar las llaves a los clientes en recepción",
        "recepción: recibir los coches que dejan los clientes",
        "resolver dudas de los clientes que entran a la tienda",
    ],
    ("customer_service", "front", "core", "remote"): [
        "contestar mensajes de Instagram de clientes con dudas de pedidos",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "reembolso fuera de plazo, lo decide el dueño",
    ],
    ("sales", "front", "core", "remote"): [
        "mandar presupuesto por email y hacer seguimiento",
        "presupuesto para la reforma del baño de Juan",
        "Ventas: cotizaciones a clientes por correo",
    ],
    ("sales", "front", "core", "on_site"): [
        "visitar al cliente grande para renovar el contrato",
        "ruta de visitas a clientes importantes",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "descuento especial a un cliente grande cuando haga falta",
    ],
    ("marketing", "front", "core", "remote"): [
        "subir las ofertas de la semana a Facebook",
        "reels de Instagram con productos nuevos",
        "inscribirse en la feria y reservar stand",
        "campaña de rebajas en Google y Meta",
    ],
    ("marketing", "front", "core", "on_site"): [
        "atender el stand en la feria de Ifema",
        "montar el puesto en el mercadillo navideño",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "facturas de la tienda online pasarlas a Holded",
        "reclamar cobros pendientes por email",
        "IVA trimestral: modelo 303 + resumen anual 390",
        "México: timbrar facturas CFDI ante el SAT",
        "Contabilidad - conciliar cobros del TPV con el banco",
        "requerimiento de la AEAT: mandar lo que piden a la gestoría",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "cuadrar la caja del día y llevar el efectivo al banco",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "ampliar el plazo de pago a un cliente grande, decide el dueño",
        "fraccionar la deuda de un cliente, solo con mi ok",
    ],
    ("payroll", "back", "support", "remote"): [
        "horas de los eventuales para la nómina",
        "seguros sociales en el sistema RED",
        "México: cuotas del IMSS del mes",
        "Argentina: liquidar sueldos y cargas sociales",
        "pagas extra de junio",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "adelantar el aguinaldo a un trabajador cuando haga falta",
    ],
    ("hr", "back", "support", "remote"): [
        "aprobar las vacaciones de agosto del equipo",
        "apuntar al personal al curso de manipulador de alimentos",
        "formación en prevención para los nuevos",
        "buscar extras para el verano",
        "RRHH: evaluaciones de desempeño",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "días libres fuera de convenio para un empleado, valorar",
    ],
    ("it", "back", "support", "remote"): [
        "revisar la copia de seguridad del servidor de archivos",
        "renovar licencias de software",
        "dar de alta usuarios en Holded y en el correo",
        "Informática: actualizar el programa del TPV",
    ],
    ("it", "back", "support", "on_site"): [
        "instalar la impresora de tickets en el mostrador",
    ],
    ("it", "back", "long_tail", "remote"): [
        "portátil robado: bloquear cuentas y recuperar datos",
    ],
    ("admin", "back", "support", "remote"): [
        "cuadrante de turnos para los eventuales",
        "horarios de los extras del finde",
        "Admin: pasar los albaranes a Excel",
    ],
    ("admin", "back", "support", "on_site"): [
        "recoger paquetes y correo en la oficina",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "ITV de la furgoneta y seguro del coche de empresa, cuando toque",
    ],
    ("procurement", "back", "support", "remote"): [
        "pedir café y agua para la oficina",
        "material de oficina: folios, tóner, sobres",
        "comparar presupuestos de proveedores de embalaje",
        "Compras - pedido semanal al mayorista",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "compra urgente fuera del proveedor habitual, cuando haga falta",
    ],
    ("logistics", "back", "core", "on_site"): [
        "almacén: revisar las devoluciones recibidas y volver a ubicarlas",
        "reparto con la furgo por la zona",
        "preparar paquetes de Correos Express",
        "bodega: recibir mercadería y acomodarla",
    ],
    ("logistics", "back", "core", "remote"): [
        "reservar transporte de palets a Portugal",
        "aduana: DUA de exportación para Canarias",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "envío urgente con mensajero cuando haga falta",
    ],
    ("production", "back", "core", "on_site"): [
        "taller - montar los muebles encargados",
        "obrador: hornear el pan de la mañana",
        "control de calidad de las piezas terminadas",
        "cocina: preparar las raciones para el servicio de noche",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "pedido urgente de un cliente, meterlo en producción si se puede",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "RGPD/LOPD: cláusulas en los formularios de la web",
        "revisar el contrato de alquiler del local",
        "registros de APPCC y control de plagas al día",
        "Colombia: política de tratamiento de datos (Habeas Data)",
        "evaluación de riesgos laborales con el servicio de prevención",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "inspección de trabajo: preparar documentación cuando la pidan",
    ],
    ("product_development", "back", "core", "remote"): [
        "prototipo del nuevo modelo de mueble",
        "I+D: mejorar la fórmula del producto",
        "definir funciones nuevas para la app de reservas",
        "desarrollar una línea nueva de productos ecológicos",
    ],
    ("product_development", "back", "core", "on_site"): [
        "probar recetas nuevas para la carta en la cocina",
    ],
    ("management", "back", "core", "remote"): [
        "planificación anual: objetivos y presupuesto",
        "el jefe decide las inversiones del año",
        "reunión de socios: resultados y estrategia",
        "gerencia: revisar los números del trimestre y decidir",
    ],
    ("management", "back", "long_tail", "remote"): [
        "comprar la nave de al lado, decisión de la gerencia",
    ],
}
# fmt: on

LINES: list[Row] = flatten(GERMAN, FRENCH, DUTCH, SPANISH)
