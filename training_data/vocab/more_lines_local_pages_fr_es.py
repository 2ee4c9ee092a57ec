"""Task lines in French and Spanish as job ads, role profiles, procedures, policies and provider menus write them.

The French and Spanish lines in more_lines_local.py and more_lines_local_more.py are owners'
shorthand ("relancer les impayés", "cuadrar la caja"), but many real lines in these languages are
pasted from other pages: duty bullets of job ads ("Vos missions", "Funciones del puesto") in noun
style ("Gestion de ...", "Élaboration de ...", "Participer à ..."), steps of procedures and
checklists in the infinitive ("Vérifier ...", "Comprobar ..."), passive policy sentences ("Les
demandes ... sont validées par ...", "Las solicitudes ... se aprueban por ..."), and items of
providers' service menus (cabinet comptable, secrétariat social, gestoría, asesoría laboral,
prestataire informatique, société de nettoyage, empresa de limpieza). These lines cover the 14
functions in France, Belgium, Quebec, Spain and Latin America with their own authorities, forms and
tools (URSSAF, DSN, CA3, liasse fiscale, Dimona, Intervat, Revenu Québec, CNESST, CSE, DUERP, RGPD,
Loi 25, Sage, Pennylane, Cegid, Lucca; AEAT, modelos 303/111/190/200, SII, sistema RED, SILTRA,
Contrat@, FUNDAE, LOPDGDD, SAT, CFDI, IMSS, SUA, DIAN, Previred, A3, Holded, SAP, Factorial),
labelled by shared/LABELING.md as an ordinary company's: office follows the function, process is
the function's routine one except about one line in seven that is long-tail (exceptions,
approvals and requests handled case by case, written with "à titre exceptionnel", "après
validation de", "sur demande", "previa aprobación de", "bajo petición", "caso por caso"), and
location is `on_site` only where a person must be present (counter, stand, warehouse, workshop,
line, kitchen, client's home, paper mail, cash, desk set-up, site safety walks).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# French (France, Belgium and Quebec): job ads, role profiles, procedures, policies, provider menus.
FRENCH_PAGES: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "Accueil téléphonique, prise de messages et orientation des appels vers les services concernés",
        "Traitement des réclamations clients de la réception à la clôture, dans le respect des délais de réponse",
        "Répondre aux demandes des clients par téléphone, mail et chat en garantissant un haut niveau de satisfaction",
        "Enregistrer chaque appel client dans le CRM avec le motif et la suite donnée",
        "Les demandes de retour sont traitées sous 48 h ouvrées après réception du formulaire en ligne",
        "Support client de niveau 1 sur le logiciel : diagnostic, résolution ou escalade au niveau 2",
        "Permanence téléphonique : réception des appels de vos clients et transmission des messages",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Accueil physique des visiteurs et des clients, remise des badges et orientation",
        "Assurer l'accueil en showroom et renseigner les clients sur l'avancement de leur commande",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Les remboursements hors politique de retour sont accordés à titre exceptionnel, après validation du responsable service client",
        "Demandes particulières des clients (livraison à une autre adresse, emballage cadeau) traitées sur demande et selon faisabilité",
    ],
    ("sales", "front", "core", "remote"): [
        "Développement et fidélisation d'un portefeuille de clients PME, de la prospection à la signature",
        "Prospection téléphonique, qualification des leads entrants et prise de rendez-vous pour les commerciaux terrain",
        "Élaboration des propositions commerciales et négociation des conditions tarifaires",
        "Saisir chaque opportunité dans HubSpot et mettre à jour son étape après chaque échange",
        "Réaliser des démonstrations de la solution en visioconférence auprès des prospects",
        "Les devis supérieurs à 10 000 € HT sont relus par le directeur commercial avant envoi",
        "Suivi des renouvellements de contrats et détection des opportunités de ventes additionnelles",
        "Réponse aux appels d'offres publics et privés : dossier de candidature et mémoire technique",
    ],
    ("sales", "front", "core", "on_site"): [
        "Tournées terrain auprès des distributeurs et des magasins du secteur Grand Est",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Toute remise supérieure à 15 % fait l'objet d'une demande de dérogation auprès de la direction commerciale",
    ],
    ("marketing", "front", "core", "remote"): [
        "Élaboration et mise en œuvre du plan marketing annuel, en lien avec la direction commerciale",
        "Animation des réseaux sociaux (LinkedIn, Instagram) et création de contenus",
        "Rédaction des articles de blog et optimisation SEO du site",
        "Pilotage des campagnes Google Ads et Meta Ads et suivi du retour sur investissement",
        "Conception et envoi des campagnes d'emailing via Brevo, analyse des taux d'ouverture et de clic",
        "Relations presse : rédaction des communiqués et suivi des retombées",
        "Réaliser une veille concurrentielle trimestrielle et la présenter à l'équipe",
        "Organisation de la présence de l'entreprise sur les salons professionnels",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Accueillir les visiteurs sur le stand lors des salons et collecter leurs coordonnées",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Sponsoring d'un événement local ou d'un club sportif, sur demande et après accord de la direction",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Tenue de la comptabilité générale et établissement des comptes annuels",
        "Élaboration des déclarations de TVA (CA3) et de la liasse fiscale",
        "Gestion de la comptabilité fournisseurs : saisie, rapprochement avec les bons de commande et mise en paiement",
        "Vérifier la concordance entre facture fournisseur, bon de commande et bon de réception avant validation",
        "Les notes de frais sont saisies dans N2F avec leurs justificatifs et validées par le manager avant remboursement",
        "Relance des clients en retard de paiement et suivi de la balance âgée",
        "Préparation des situations intermédiaires et du reporting mensuel pour la direction",
        "Belgique : encodage des factures d'achat et de vente et déclaration TVA via Intervat",
        "Québec : tenue de livres, conciliations bancaires et remises TPS/TVQ à Revenu Québec",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Remise en banque des chèques et des espèces encaissés dans la semaine",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Les demandes de budget pour un projet spécial sont instruites au cas par cas par le contrôle de gestion",
        "Ouverture d'un compte client avec paiement à 60 jours : uniquement après accord du DAF",
    ],
    ("payroll", "back", "support", "remote"): [
        "Élaboration des bulletins de paie et de la DSN mensuelle",
        "Gestion de la paie : collecte des éléments variables, contrôle et clôture mensuelle",
        "Recueillir les heures supplémentaires et les absences auprès des managers avant le 20 du mois",
        "Contrôler la cohérence entre la DSN et les bulletins avant dépôt sur net-entreprises",
        "Gestion des affiliations mutuelle et prévoyance, suivi des sorties et de la portabilité",
        "Établissement des documents de fin de contrat : solde de tout compte, attestation France Travail, certificat de travail",
        "Belgique : calcul du précompte professionnel et déclarations Dimona via le secrétariat social",
        "Québec : remises des DAS, préparation des relevés 1 et des feuillets T4",
        "Les relevés de pointage sont exportés du logiciel de temps et transmis au service paie en fin de mois",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Les acomptes sur salaire sont accordés sur demande écrite du salarié, dans la limite de la moitié du salaire net",
    ],
    ("hr", "back", "support", "remote"): [
        "Rédaction et diffusion des offres d'emploi sur Indeed, Welcome to the Jungle et France Travail",
        "Présélection des candidatures, entretiens téléphoniques et organisation des entretiens avec les managers",
        "Participer à l'intégration des nouveaux collaborateurs : livret d'accueil, parcours d'intégration, suivi de la période d'essai",
        "Les demandes d'absence sont posées dans Lucca et approuvées par le responsable hiérarchique",
        "Tenue des dossiers du personnel et du registre unique du personnel",
        "Préparation des réunions du CSE et rédaction des procès-verbaux",
        "Élaboration du plan de développement des compétences et suivi des dossiers de financement OPCO",
        "Organisation des entretiens annuels et professionnels et suivi des plans d'action",
        "Gestion des relations avec les agences d'intérim et suivi des contrats de mission",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Les demandes de télétravail au-delà de deux jours par semaine sont examinées au cas par cas par les RH",
        "Congés pour événements familiaux non prévus par la convention collective : accordés à titre exceptionnel par la DRH",
        "Démarches de visa et de titre de séjour pour les recrues étrangères, au cas par cas avec le cabinet spécialisé",
    ],
    ("it", "back", "support", "remote"): [
        "Support utilisateurs de niveau 1 et 2 : gestion des tickets et dépannage à distance",
        "Création et suppression des comptes utilisateurs à chaque arrivée et départ (Active Directory, Microsoft 365)",
        "Administration des serveurs, du réseau et des sauvegardes, supervision quotidienne",
        "Vérifier chaque matin le rapport de sauvegarde Veeam et relancer les tâches en échec",
        "Infogérance de votre parc informatique : contrat de maintenance avec hotline illimitée",
        "Gestion des licences logicielles et des contrats avec les prestataires informatiques",
        "Les droits d'accès aux applications sont attribués sur demande du manager et revus chaque semestre",
        "Mise en œuvre de la politique de sécurité : antivirus, correctifs, authentification à deux facteurs",
    ],
    ("it", "back", "support", "on_site"): [
        "Préparer et installer les postes de travail des nouveaux arrivants (PC, écrans, téléphone)",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Demande d'accès à un logiciel non référencé : installation possible après validation du RSSI",
    ],
    ("admin", "back", "support", "remote"): [
        "Gestion des agendas, organisation des réunions et des déplacements de la direction",
        "Saisie de données et mise à jour des tableaux de suivi de l'activité",
        "Secrétariat externalisé : frappe de courriers, mise en forme de documents, gestion d'agenda",
        "Traduction de documents commerciaux et techniques de l'anglais vers le français",
        "Rédiger les comptes rendus de réunion et les diffuser aux participants",
        "Services généraux : suivi des contrats de maintenance, de nettoyage et de sécurité des locaux",
    ],
    ("admin", "back", "support", "on_site"): [
        "Réception, tri et distribution du courrier entrant, affranchissement du courrier sortant",
        "Numérisation et archivage des documents papier selon le plan de classement",
        "Nettoyage des bureaux, des sanitaires et des espaces communs, vidage des corbeilles",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Les véhicules de service se réservent sur l'intranet ; toute demande de véhicule de fonction est soumise à la direction",
        "Organisation ponctuelle du déménagement d'un service ou de l'aménagement d'un nouvel étage",
        "Organisation du séminaire annuel ou d'un événement interne ponctuel, après validation du budget par la direction",
    ],
    ("procurement", "back", "support", "remote"): [
        "Suivi des commandes fournisseurs jusqu'à la livraison et relance en cas de retard",
        "Sourcing, consultation et sélection de nouveaux fournisseurs selon les critères qualité, coût, délai",
        "Émettre les bons de commande dans Cegid à partir des demandes d'achat validées",
        "Négociation des tarifs et des conditions d'achat annuelles avec les fournisseurs",
        "Toute demande d'achat supérieure à 1 500 € HT doit être accompagnée de trois devis comparatifs",
        "Référencement des fournisseurs : collecte du Kbis, de l'attestation de vigilance URSSAF et du RIB",
        "Gestion des achats de fournitures et de consommables pour l'ensemble des sites",
        "Participer à l'évaluation annuelle des fournisseurs et au suivi de leurs plans d'amélioration",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Achat hors catalogue ou auprès d'un fournisseur non référencé : uniquement après validation du responsable achats",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Préparation des commandes, emballage et expédition dans le respect des délais",
        "Réception des marchandises : contrôle quantitatif et qualitatif, rangement en stock",
        "Comparer le bon de livraison avec la commande et noter tout écart sur le récépissé du transporteur",
        "Conduite de chariot élévateur (CACES 3 exigé) et chargement des camions",
        "Réaliser les inventaires tournants et participer à l'inventaire annuel",
        "Livraison des commandes chez les clients selon la tournée établie et retour des bons signés",
    ],
    ("logistics", "back", "core", "remote"): [
        "Organisation des transports : affrètement, réservation des enlèvements et suivi des expéditions",
        "Gestion des stocks dans l'ERP et suivi des indicateurs logistiques (taux de service, ruptures)",
        "Préparation des documents d'export et des déclarations en douane avec le transitaire",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Les livraisons express ou hors tournée sont organisées sur demande, après accord du responsable logistique",
    ],
    ("production", "back", "core", "on_site"): [
        "Conduite de ligne de production et réglage des machines en début de poste",
        "Montage et assemblage des sous-ensembles à partir des plans et des gammes de fabrication",
        "Effectuer les changements de série et le contrôle du premier article",
        "Contrôle qualité en cours de fabrication et enregistrement des mesures sur la fiche suiveuse",
        "Participer à la mise en place, à la préparation des entrées et au dressage des assiettes pendant le service",
        "Ménage au domicile du client : entretien des sols, dépoussiérage et repassage",
        "Maintenance de premier niveau des machines et nettoyage du poste en fin de journée",
    ],
    ("production", "back", "core", "remote"): [
        "Établir le planning de production hebdomadaire en fonction des commandes et des capacités",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Fabrication de pièces spéciales hors catalogue sur demande du client, après validation du bureau d'études",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Rédaction et négociation des contrats commerciaux, des accords de confidentialité et des CGV",
        "Veille réglementaire et mise en conformité des processus avec le RGPD",
        "Tenue du registre des traitements et réponse aux demandes d'exercice des droits des personnes",
        "Mise à jour annuelle du DUERP en lien avec le CSE et le médecin du travail",
        "Secrétariat juridique : approbation des comptes, procès-verbaux d'AG et formalités au greffe",
        "Suivi et renouvellement des contrats d'assurance de l'entreprise",
        "Vérifier l'identité des nouveaux clients et conserver les pièces KYC conformément aux obligations LCB-FT",
        "Les contrats fournisseurs sont relus par le service juridique avant toute signature",
        "Québec : conformité à la Loi 25 et désignation du responsable de la protection des renseignements personnels",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Réaliser les visites sécurité sur les chantiers et consigner les écarts dans le registre",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Gestion des précontentieux et des litiges au cas par cas, en lien avec l'avocat de l'entreprise",
    ],
    ("product_development", "back", "core", "remote"): [
        "Conception de nouveaux produits, du cahier des charges au prototype",
        "Participer aux projets de R&D : veille technologique, plans d'essais et rédaction des rapports",
        "Rédaction des spécifications fonctionnelles et des user stories avec l'équipe produit",
        "Modélisation 3D des pièces sous SolidWorks et constitution des dossiers de plans",
        "Développement de nouvelles fonctionnalités de l'application web (React, Symfony)",
        "Élaborer les fiches techniques et les fiches recettes des nouvelles références",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Réaliser les essais en laboratoire et les tests de vieillissement des prototypes",
        "Mise au point de nouvelles recettes en cuisine test avec le chef",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Développement spécifique à la demande d'un client important, soumis à l'accord du comité produit",
    ],
    ("management", "back", "core", "remote"): [
        "Définition de la stratégie de l'entreprise et déclinaison en objectifs par service",
        "Pilotage de l'activité : suivi des indicateurs clés et arbitrages en comité de direction",
        "Préparation et animation des conseils d'administration et des assemblées générales",
        "Élaborer le plan stratégique à trois ans et le présenter aux associés",
        "Encadrer l'équipe de direction et fixer les priorités de l'entreprise",
        "Les décisions d'investissement supérieures à 50 000 € sont soumises au conseil d'administration",
        "Reporting trimestriel aux actionnaires et au conseil de surveillance",
        "Conduite du changement et définition de l'organisation cible",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Étude ponctuelle de l'ouverture d'une filiale au Québec, à la demande des actionnaires",
    ],
}

# Spanish (Spain and Latin America): ofertas de empleo, perfiles, procedimientos, políticas, cartas de servicios.
SPANISH_PAGES: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        "Atención al cliente por teléfono, correo electrónico y chat en horario de 9 a 18 h",
        "Atender, registrar y resolver las incidencias de los clientes en el menor tiempo posible",
        "Gestión de reclamaciones y devoluciones, coordinando con almacén y administración",
        "Registrar cada llamada en el CRM indicando motivo, solución y si requiere seguimiento",
        "Las hojas de reclamaciones se contestan en un plazo máximo de diez días hábiles",
        "Soporte técnico de primer nivel a clientes sobre el uso de la plataforma",
        "Servicio de atención telefónica: recepción de las llamadas de sus clientes y toma de recados",
        "México: atención de quejas de clientes y seguimiento de los casos abiertos ante PROFECO",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Recepción y atención presencial de visitas y clientes en el mostrador de la oficina",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Los reembolsos fuera del plazo legal se conceden de forma excepcional, previa aprobación del responsable de atención al cliente",
        "Peticiones especiales de clientes, como entregas en otra dirección o envoltorio de regalo, atendidas bajo petición",
    ],
    ("sales", "front", "core", "remote"): [
        "Captación de nuevos clientes y desarrollo de la cartera asignada en la zona de Levante",
        "Prospección telefónica, cualificación de leads y concertación de citas para el equipo comercial",
        "Elaboración de ofertas y presupuestos a clientes y seguimiento hasta el cierre",
        "Realizar demostraciones del software por videollamada a clientes potenciales",
        "Registrar todas las oportunidades en HubSpot y actualizar su estado tras cada contacto",
        "Gestión de cuentas clave y renovación de los contratos anuales",
        "Preparación de licitaciones en la Plataforma de Contratación del Sector Público",
        "Elaborar cotizaciones en pesos y dólares y dar seguimiento a los pedidos de los clientes",
    ],
    ("sales", "front", "core", "on_site"): [
        "Visitas comerciales a clientes y distribuidores de la zona norte, con vehículo de empresa",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Los descuentos superiores al 10 % requieren autorización expresa de la dirección comercial",
    ],
    ("marketing", "front", "core", "remote"): [
        "Gestión de redes sociales: planificación, creación de contenidos y dinamización de la comunidad",
        "Diseño y ejecución del plan de marketing online y offline",
        "Posicionamiento SEO y SEM, gestión de campañas en Google Ads y Meta",
        "Redacción de contenidos para el blog, las newsletters y las fichas de producto de la tienda online",
        "Analizar los resultados de cada campaña y presentar un informe mensual de KPIs",
        "Estudios de mercado y análisis de la competencia",
        "Comunicación y relaciones con medios: notas de prensa y gestión de entrevistas",
        "Organización de eventos y de la participación en ferias del sector",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Presencia en el stand durante la feria: atención a visitantes y recogida de contactos",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Patrocinios y colaboraciones con influencers bajo petición, previa aprobación del presupuesto por gerencia",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Gestión de cobros y pagos, control de tesorería y previsiones de caja",
        "Contabilidad completa, impuestos trimestrales y cuentas anuales para autónomos y pymes",
        "Elaboración y presentación de los modelos 303, 115 y 347 ante la AEAT",
        "Comprobar que la factura coincide con el pedido y el albarán antes de contabilizarla",
        "Las notas de gastos se presentan con justificante y las aprueba el responsable antes de su abono",
        "Remisión de los registros de facturación al SII dentro del plazo de cuatro días",
        "Conciliaciones bancarias mensuales y cierre contable en SAP Business One",
        "México: emisión de CFDI 4.0, complementos de pago y declaraciones mensuales de IVA e ISR",
        "Colombia: facturación electrónica ante la DIAN y conciliación de cartera",
        "Cálculo del Impuesto sobre Sociedades y presentación del modelo 200",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Arqueo de caja diario y custodia del efectivo hasta su ingreso en el banco",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Solicitudes de presupuesto extraordinario para proyectos especiales, analizadas caso por caso por el director financiero",
    ],
    ("payroll", "back", "support", "remote"): [
        "Elaboración de nóminas, seguros sociales y finiquitos para una plantilla de 80 personas",
        "Tramitación de altas, bajas y variaciones de datos de los trabajadores a través del sistema RED",
        "Recoger las incidencias del mes (horas extra, ausencias, bajas médicas) antes del día 20",
        "Presentación de los seguros sociales mediante SILTRA y conciliación con los recibos de liquidación",
        "Retenciones de IRPF: modelo 111 trimestral y resumen anual 190",
        "Comunicación de contratos en Contrat@ y envío de certificados de empresa por Certific@2",
        "México: cálculo de cuotas IMSS e INFONAVIT con el SUA y timbrado de los recibos de nómina",
        "Chile: liquidaciones de sueldo y pago de cotizaciones en Previred",
        "El registro de jornada se hace a diario en Sesame y se revisa antes del cierre de nómina",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Los anticipos de nómina se conceden bajo petición del trabajador y con el visto bueno de gerencia",
    ],
    ("hr", "back", "support", "remote"): [
        "Reclutamiento y selección: publicación de ofertas, criba curricular y entrevistas",
        "Acoger a las nuevas incorporaciones y coordinar su plan de acogida durante el primer mes",
        "Gestión de la formación bonificada a través de FUNDAE",
        "Las vacaciones se solicitan en Factorial y las autoriza el responsable de cada área",
        "Mantenimiento de los expedientes del personal y actualización de datos en el sistema",
        "Participar en la elaboración del plan de igualdad y del registro retributivo",
        "Evaluación del desempeño anual y seguimiento de los planes de desarrollo",
        "Relación con las ETT y gestión de los trabajadores puestos a disposición",
        "Encuestas de clima laboral y planes de acción con los mandos intermedios",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Permisos retribuidos no previstos en el convenio: se estudian caso por caso con el responsable de personas",
        "Solicitudes de contratación fuera de la plantilla presupuestada, previa aprobación de dirección",
        "Tramitación de visados y permisos de trabajo para trabajadores extranjeros, según cada caso con el despacho de extranjería",
    ],
    ("it", "back", "support", "remote"): [
        "Soporte a usuarios de primer y segundo nivel, resolución de incidencias por tickets y acceso remoto",
        "Alta y baja de usuarios en el Directorio Activo, el correo y las aplicaciones corporativas",
        "Administración de servidores Windows y Linux, copias de seguridad y monitorización",
        "Comprobar cada mañana que las copias nocturnas han terminado y registrar cualquier error",
        "Mantenimiento informático para empresas: soporte remoto, antivirus gestionado y copias en la nube",
        "Los permisos de acceso a SAP se conceden a petición del responsable y se revisan cada seis meses",
        "Gestión de la ciberseguridad: cortafuegos, parches y autenticación multifactor",
        "Mantenimiento del ERP (A3, Holded) y coordinación con el proveedor de software",
    ],
    ("it", "back", "support", "on_site"): [
        "Preparar e instalar los equipos de los nuevos empleados: portátil, monitores y teléfono",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Instalación de software no homologado solo bajo petición justificada y con autorización del responsable de sistemas",
    ],
    ("admin", "back", "support", "remote"): [
        "Gestión de agendas, reuniones y viajes de la dirección",
        "Grabación de datos y mantenimiento de las bases de datos de clientes y proveedores",
        "Traducción de documentación comercial y técnica inglés-español",
        "Redactar las actas de las reuniones y distribuirlas a los asistentes",
        "Servicios generales: coordinación del mantenimiento, la limpieza y la seguridad de las instalaciones",
    ],
    ("admin", "back", "support", "on_site"): [
        "Recepción, registro y distribución de la correspondencia y la paquetería",
        "Digitalizar y archivar la documentación en papel siguiendo el cuadro de clasificación",
        "Limpieza de oficinas, aseos y zonas comunes con frecuencia diaria o semanal",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Gestión de la flota de vehículos de empresa: asignación, mantenimiento, multas y siniestros",
        "Organización puntual de traslados de oficina o cambios de sede, previa aprobación de gerencia",
        "Organización de la cena de empresa o de un evento interno puntual, previa aprobación del presupuesto",
    ],
    ("procurement", "back", "support", "remote"): [
        "Gestión de compras: solicitud de ofertas, comparativa y negociación con proveedores",
        "Emitir los pedidos de compra en SAP a partir de las solicitudes aprobadas",
        "Búsqueda y homologación de nuevos proveedores según criterios de calidad, precio y plazo",
        "Seguimiento de los plazos de entrega de los proveedores y reclamación de retrasos",
        "Toda compra superior a 3.000 € requiere al menos tres presupuestos comparativos",
        "Compra de material de oficina y consumibles para todas las sedes",
        "Evaluación anual de proveedores y actualización del listado de proveedores homologados",
        "México: alta de proveedores con constancia de situación fiscal y opinión de cumplimiento del SAT",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Compras de urgencia fuera del circuito habitual, solo con autorización del director de compras",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Preparación de pedidos (picking y packing) con terminal de radiofrecuencia",
        "Recepción de mercancía: comprobar bultos, estado y referencias frente al albarán",
        "Carga y descarga de camiones con carretilla elevadora",
        "Realizar inventarios cíclicos y ajustar las diferencias con el responsable de almacén",
        "Reparto de pedidos a domicilio según la ruta asignada y recogida de la firma del cliente",
    ],
    ("logistics", "back", "core", "remote"): [
        "Planificación de rutas de reparto y coordinación con las agencias de transporte",
        "Control de stock en el SGA y gestión del reaprovisionamiento de ubicaciones",
        "Documentación de exportación: DUA, certificados de origen y coordinación con el transitario",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Los envíos urgentes o fuera de ruta se gestionan bajo petición del cliente, previa autorización del jefe de almacén",
    ],
    ("production", "back", "core", "on_site"): [
        "Manejo de la línea de envasado y ajuste de máquinas en cada cambio de formato",
        "Montaje de componentes según plano y orden de fabricación",
        "Operario/a de producción: alimentación de máquinas, control visual y embalaje del producto terminado",
        "Verificar las primeras piezas de cada lote y anotar las mediciones en la hoja de control",
        "Elaboración de los platos de la carta y emplatado durante el servicio",
        "Limpieza en casa del cliente: cocina, baños, polvo y cambio de ropa de cama",
        "Mantenimiento preventivo de primer nivel de la maquinaria de la línea",
    ],
    ("production", "back", "core", "remote"): [
        "Planificar la producción semanal según la cartera de pedidos y la capacidad de las líneas",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Fabricación de series cortas o piezas especiales bajo pedido, previa validación de la oficina técnica",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Redacción y revisión de contratos mercantiles, acuerdos de confidencialidad y condiciones generales",
        "Adecuación a la LOPDGDD y al RGPD: registro de actividades, cláusulas y contratos de encargado",
        "Atender las solicitudes de ejercicio de derechos de los interesados en el plazo de un mes",
        "Coordinación de la prevención de riesgos laborales con el servicio de prevención ajeno",
        "Gestión del canal de denuncias conforme a la Ley 2/2023 y seguimiento de las comunicaciones",
        "Secretaría societaria: actas de junta, libros oficiales y depósito de cuentas en el Registro Mercantil",
        "Los contratos con proveedores se revisan por la asesoría jurídica antes de su firma",
        "Prevención del blanqueo de capitales: identificación de clientes y conservación de la documentación",
        "Colombia: implementación y auditoría interna del SG-SST",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Realizar inspecciones de seguridad y salud en planta y registrar las no conformidades",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Reclamaciones judiciales y precontenciosos, caso por caso con el despacho externo",
    ],
    ("product_development", "back", "core", "remote"): [
        "Diseño y desarrollo de nuevos productos desde la idea hasta la industrialización",
        "Participar en proyectos de I+D+i y en la redacción de las memorias técnicas",
        "Definición de requisitos funcionales y elaboración de historias de usuario con el equipo de producto",
        "Diseño 3D de piezas en SolidWorks y preparación de planos para prototipado",
        "Desarrollo de nuevas funcionalidades en la plataforma web y la app móvil",
        "Formulación de nuevas recetas y elaboración de sus fichas técnicas",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Realizar ensayos de laboratorio y pruebas de validación de prototipos",
        "Pruebas de nuevos productos en planta piloto antes del lanzamiento",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Desarrollos a medida solicitados por clientes concretos, sujetos a aprobación del comité de producto",
    ],
    ("management", "back", "core", "remote"): [
        "Definir la estrategia de la compañía y trasladarla en objetivos a cada departamento",
        "Dirección general: supervisión de todas las áreas y toma de decisiones estratégicas",
        "Preparación del consejo de administración y de la junta general de accionistas",
        "Seguimiento del cuadro de mando y comités de dirección mensuales",
        "Elaborar el plan estratégico a tres años junto con los socios",
        "Las inversiones superiores a 100.000 € se aprueban por el consejo de administración",
        "Rediseño de la estructura organizativa y definición de responsabilidades",
        "Liderar el equipo directivo y fomentar una cultura de mejora continua",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Estudio puntual de expansión a México o Colombia a petición de los accionistas",
    ],
}
# fmt: on

LINES: list[Row] = flatten(FRENCH_PAGES, SPANISH_PAGES)
