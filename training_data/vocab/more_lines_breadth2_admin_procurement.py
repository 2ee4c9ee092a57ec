"""Administration and procurement, a second pass over forty more sub-areas of each, in their own words.

The first pass (more_lines_breadth_admin_procurement.py) covered the common sub-areas of both
functions; real lines keep arriving from sectors and countries it did not touch, each with its
own registers, systems and jargon, and the model then guesses the function from a generic word.
These lines cover about forty further sub-areas per function: for `admin` the embassy registry
and diplomatic bag, UN conference services and travel requests, a law firm's matter files and
deed room, parish registers, councillor enquiries and the mayor's office, faculty offices, lab
notebooks and instrument calendars, prison and orderly-room clerking, ship's certificates,
aircraft technical records, offshore POB lists, GMP controlled copies, key safes for viewings,
strata AGMs, a consultancy's document production, club and cooperative secretaries, the mesa de
partes, a UAE PRO, CIS document flow and company seals, chop logs, dispatch books, TRIM and
GCdocs, classified registries, gate offices and corporate archives; for `procurement` AOG and
rotable buying, bunkers and ship supplies, RISQS, single-source defence pricing, APIs and lab
reagents, fabric and trims, fish auctions, timber and livestock buying, legal panels, newsprint,
casino supplies, UNGM and long-term agreements, embassy tax exemptions, cooperative bulk buying,
telecom rate cards, university consortia, council contract procedure rules and the public portals
of Australia, Canada, New Zealand, Latin America, the Gulf, Eastern Europe, Southeast Asia and
Africa, travel and fleet sourcing, consignment stock, e-procurement administration, supplier risk
checks and humanitarian kits. Most lines are the function's routine `support` work; about one in
eight is `long_tail` (a request, an exception, an approval, an emergency or a one-off); `on_site`
where a person must be there (paper, seals, keys, registers, auctions, markets, yards).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
ADMIN: Blocks = {
    ("admin", "back", "support", "remote"): [
        # embassy and mission registry
        "Registers each note verbale received from the host foreign ministry and routes it to the responsible section.",
        "Applies to the protocol department for diplomatic ID cards and CD plates for newly arrived staff.",
        "Councillor enquiry tracking",
        "Embassy registry: numbering outgoing notes and keeping the chronological file",
        # international organisations: conference services and travel
        "Books conference rooms and interpretation booths for intergovernmental meetings in the meetings management system.",
        "Raises travel requests in Umoja and checks that security clearance is granted in TRIP before the mission starts.",
        "Tracks pre-session documents against their UN symbols and the six-week issuance deadline.",
        "mission travel requests & TRIP clearances",
        # law firm matter files
        "Opens new matters in the practice management system and creates the matching folder structure in the DMS.",
        "Closes completed matter files, records the destruction date and books them into archive storage.",
        "File opening and closing for the litigation department",
        # local councils
        "Logs councillor enquiries in the member enquiry system and chases service areas for replies within ten days.",
        "Manages the mayor's diary of civic engagements and briefs the mayor's driver on each day's timings.",
        "Civic office: mayoral engagements, invitations and the civic diary",
        # universities
        "Enters module marks in SITS and prepares the mark sheets and papers for the board of examiners.",
        "Collates graduand lists, guest ticket numbers and seating plans for the graduation ceremonies.",
        "faculty office - student record updates, programme changes",
        # research labs
        "Keeps the booking calendar for the shared confocal microscopes and flow cytometers in PPMS.",
        "Instrument booking administration, core facility",
        # prisons and armed forces
        "Books legal visits for solicitors and barristers in the prison visits booking system.",
        "Types up Part One Orders and distributes them to every sub-unit of the regiment.",
        "Raises movement orders and rail warrants for soldiers travelling on courses and detachments.",
        "Orderly room clerk duties",
        # ship's office and aviation records
        "Keeps the ship's certificates file and warns the master sixty days before any certificate expires.",
        "ship's certificates tracking",
        "Updates the aircraft technical records in AMOS once the work pack has been checked for signatures.",
        # airports and offshore
        "Processes airside ID pass applications, checking the background check results and training certificates before submitting them.",
        "Books beds and helicopter seats for the next crew change on the offshore platform's POB system.",
        "Offshore admin: heli manifests and bed plan",
        # pharma GMP document control
        "Formats new and revised SOPs in the document management system and routes them for review and approval.",
        "Maintains the index of controlled documents with effective dates and periodic review dates.",
        # real estate, strata
        "Sets up the tenancy file in PropertyMe with the signed lease, bond lodgement and entry condition report.",
        "Sends the AGM notice, proxy forms and agenda to every lot owner within the body corporate's notice period.",
        "Strata admin: AGM minutes, levy notices, committee correspondence",
        # consulting document production
        "Formats proposals and slide decks to the house template and checks numbering, charts and footnotes.",
        "Runs the overnight document production queue, turning round partners' edits by 8am.",
        "Document production centre, Word & PowerPoint formatting",
        # sports clubs and cooperatives
        "Submits the club's affiliation forms and fixture list to the county association before each season.",
        "Keeps the club's membership register and sends out the AGM notices and nomination forms.",
        "Sends notices of the cooperative's general assembly to all members and records attendance and proxies.",
        "Club secretary duties: correspondence, minutes, affiliation",
        # telecoms and visitor management
        "Processes engineers' access requests for exchange buildings and mast sites and issues the access permits.",
        "Pre-registers expected visitors in Envoy so that hosts receive the arrival notification.",
        "Visitor pre-registration and host notifications",
        # virtual assistants for sole traders
        "Triages the owner's inbox every morning, filing receipts and flagging anything urgent.",
        "Manages the Calendly booking links and keeps the owner's calendar free of double bookings.",
        "Organises client folders in Dropbox and renames files to the agreed naming convention.",
        "virtual assistant - inbox, diary, filing for a sole trader",
        # GP practice document workflow
        "Codes incoming hospital letters in Docman and workflows each one to the right GP or to filing.",
        "Docman letter workflow",
        # Middle East PRO
        "Renews the establishment card and keeps the PRO tracker of company document expiry dates.",
        "Types immigration applications at the Amer centre and keeps copies in the employee's government file.",
        "PRO services - company documents renewal tracking",
        # CIS document flow
        "Registers incoming letters in 1C:Document Flow and routes them to the executors named in the director's resolution.",
        "Keeps the register of orders on core activity with their numbers and dates.",
        "incoming/outgoing letters journal",
        "Document flow specialist (deloproizvodstvo)",
        # Australia and Canada records
        "Registers correspondence in Content Manager (TRIM) and files it in the right container.",
        "Saves records of business value in GCdocs and applies the correct file classification.",
        "Checks that memos to all staff go out in both official languages before they are sent.",
        "TRIM records registration",
        # data capture
        "Keys completed paper questionnaires into the data capture screen and flags illegible answers for checking.",
        # corporate archives
        "Catalogues the company archive to ISAD(G) in AtoM, writing a description for each series and file.",
        "Heritage archive cataloguing",
        # regional phrasing
        "Responsible to maintain the inward and outward letter register and to do follow up on pending replies.",
        "Doing the encoding of documents in the system and the filing of hard copies after.",
        "To keep the office minute book and to prepare the minutes of staff meetings in the prescribed format;",
    ],
    ("admin", "back", "support", "on_site"): [
        # embassy and UN
        "Prepares the diplomatic bag for dispatch, sealing it and listing every item on the bag manifest.",
        "Opens the incoming diplomatic pouch in the presence of a second officer and logs its contents.",
        "Diplomatic bag dispatch",
        "Staffs the documents distribution counter, handing delegations the day's documents.",
        # law firm deed room
        "Books wills and title deeds in and out of the strongroom and keeps the deed register signed.",
        "Deed room clerk",
        "deed register upkeep",
        # parish
        "Writes up the baptism, marriage and burial registers in ink after each service.",
        "Parish office: registers, certificates and the parish diary",
        # civic office
        "Takes out the civic regalia for ceremonies and signs the chains of office back into the safe.",
        # labs
        "Issues numbered laboratory notebooks to researchers and stores completed ones in the fire-safe.",
        "Lab notebook issue and return",
        # prisons
        "Logs legal and confidential access mail in the Rule 39 register before it is handed to the prisoner unopened.",
        "Prison legal mail log",
        # ship's office and aviation
        "Files the vessel's inward and outward port documents in the ship's office after each call.",
        "Scans completed aircraft work packs and files the originals by registration and check type.",
        "Tech records clerk - scanning and filing work packs",
        # offshore
        "Updates the POB board and the bed plan each time a helicopter lands or departs.",
        # pharma
        "Issues controlled, numbered copies of equipment logbooks to the production floor and reconciles the returns.",
        "Prints batch record forms on watermarked paper and logs each issued copy.",
        "Retrieves superseded SOP copies from the work areas and stamps them obsolete.",
        "GMP document control room",
        # real estate
        "Signs keys out to agents for viewings and checks them back into the key safe the same evening.",
        "key register for property viewings",
        # microfinance branch
        "Files signed loan agreements and collateral documents in the branch file room in account number order.",
        "Loan file room, branch office",
        # Latin America
        "Stamps and registers every document handed in at the mesa de partes and gives the sender a filing number.",
        "Runs trámites at the municipality and notary offices, submitting forms and collecting the stamped copies.",
        "Office messenger (mensajero): bank, notary and courier runs",
        # CIS and China seals
        "Assigns outgoing numbers to letters in the dispatch journal and stamps them with the company seal.",
        "Keeps custody of the company seal and records each use in the seal log.",
        "Stamps contracts with the company chop only against an approved chop request and logs each use.",
        "Chop custodian",
        # Africa dispatch
        "Delivers letters to ministries and banks and has each one signed for in the dispatch book.",
        "Maintains the dispatch book and the peon book for hand-delivered letters.",
        "Dispatch book maintenance",
        # classified registry
        "Musters classified documents against the secure registry ledger every quarter.",
        "Issues and receives SECRET documents against signature and keeps the custody receipts.",
        "Destroys classified waste in the approved shredder with a witness and completes the destruction certificate.",
        "Classified document registry",
        # gate office and signage
        "Issues visitor gate passes and fills the visitor gate register at the main gate of the factory.",
        "Orders and fits door name plates and updates the floor directory board whenever people move.",
        "Visitor gate pass register",
        "Door name plates and signage",
        # microfiche
        "Finds old policy records on the microfiche reader and prints copies for the requesting section.",
        "Microfilm and microfiche retrieval",
        # GP practice
        "Scans paper results and letters into the patient record and shreds the originals after the quality check.",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Arranges the programme, transport and courtesy calls when a ministerial delegation visits the embassy.",
        "Gets an employee's degree and marriage certificates attested at MOFA when a family visa is applied for.",
        "Assigns a pool driver when a manager sends a trip request for airport pick-ups or site visits.",
        "Replaces a lost establishment card or trade document at short notice when a bank or ministry asks for it.",
        "Arranged an urgent medevac flight booking and hotel for a staff member's family.",
        "Sets up a condolence book and the office's arrangements when a colleague passes away.",
        "Organises a one-off rush of document formatting when a bid goes out overnight.",
        "Handles requests from researchers for out-of-hours instrument bookings outside the normal rules.",
        "Reschedules the whole examination board timetable after a strike closes the campus.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Salvages and dries wet files after a leak floods the records room, then re-boxes them.",
        "Sets up a temporary registry at the hotel when the conference moves venues at the last minute.",
        "Hand-carries original documents to the consulate for legalisation when a deadline is close.",
        "Opens the deed strongroom out of hours when a completion needs an original deed.",
        "Clears out and re-labels the archive cage as a one-off before the lease on the store ends.",
        "Escorts the locksmith to re-key the seal safe after a key holder leaves without handing over.",
    ],
}

PROCUREMENT: Blocks = {
    ("procurement", "back", "support", "remote"): [
        # aviation
        "Raises repair orders for unserviceable rotables and tracks the turnaround time at each repair shop.",
        "Buys aircraft parts only with an EASA Form 1 or FAA 8130-3 and checks the paperwork on each quote.",
        "Runs the annual into-plane fuel tender for each station on the network.",
        "Exchange orders for rotables: core return and exchange fee tracking",
        # maritime
        "Sends ship supply requisitions through ShipServ using IMPA codes and compares the chandlers' quotes.",
        "Obtains bunker quotes from traders and physical suppliers and confirms the stem for each port call.",
        "Orders owners' spares for delivery via the port agent before the vessel's ETA.",
        "Bunker buyer",
        # rail and defence
        "Checks that track and signalling suppliers hold current RISQS registration for the product codes ordered.",
        "RISQS supplier checks",
        "Reviews suppliers' single source pricing against the SSRO's guidance on allowable costs.",
        "Publishes defence procurement opportunities on the Defence Sourcing Portal and manages the responses.",
        "Defence commercial officer - single source contracts",
        # pharma and biotech
        "Sources APIs and excipients from qualified suppliers and insists on a certificate of analysis with each lot.",
        "Runs the RFP for a CDMO to take on clinical batch manufacture and compares the cost per batch.",
        "CDMO sourcing",
        "Places orders for antibodies, reagents and plastics through the lab suppliers' punch-out catalogues.",
        "Lab consumables purchasing - Fisher, VWR, Sigma accounts",
        # chemicals
        "Negotiates quarterly feedstock contracts for propylene and benzene against the published price index.",
        "Buys steel drums, IBCs and pallets to the packaging specification for each product grade.",
        "Feedstock and catalyst contracts",
        # textiles and apparel
        "Books fabric with the mills against the season's buy plan and confirms the greige and finished deliveries.",
        "Sources trims such as zips, buttons, labels and hangtags for each style from nominated suppliers.",
        "Places CMT orders with garment factories after the costing sheet is agreed.",
        "trims and accessories sourcing",
        # timber and agriculture
        "Buys roundwood from forest owners under FSC chain of custody and records the certificate numbers.",
        "Agrees stumpage prices for standing timber lots with private woodland owners.",
        "Roundwood and log purchasing",
        "Organises the cooperative's bulk purchase of fertiliser and seed on behalf of its members.",
        "cooperative bulk input buying",
        # property and legal services
        "Obtains three quotes for body corporate repairs and puts them to the committee.",
        "Property contractor tenders",
        "Tenders lift maintenance, fire systems and landscaping contracts across the property portfolio.",
        "Runs the review of the legal panel, issuing the RFP to law firms and comparing their rate cards.",
        "Manages renewals of Westlaw and LexisNexis subscriptions and negotiates the seat count.",
        "Legal services procurement - panel firms and rate cards",
        # media, sport, gaming, religious bodies
        "Negotiates the annual newsprint contract and monthly paper tonnage with the mills.",
        "Tenders the print contract for the magazine titles, comparing prices per thousand copies.",
        "Orders the team kit, balls and training equipment from the club's kit supplier before pre-season.",
        "Buys playing cards, dice and gaming chips from approved casino suppliers.",
        "Casino supplies buyer",
        "Buys for parishes through the diocesan purchasing scheme for energy, insurance and cleaning supplies.",
        "newsprint buying",
        # UN and embassies
        "Checks vendors' UNGM registration and the sanctions lists before inviting them to an ITB.",
        "Prepares the submission to the Local Committee on Contracts for awards above the threshold.",
        "Fills in the tax exemption forms for the embassy's local purchases so suppliers can zero-rate VAT.",
        "embassy local purchases",
        "UN procurement assistant: ITB, RFQ, LTA",
        # banks and microfinance
        "Tenders the supply of passbooks, cheque books and ATM cards for the branch network.",
        "Buys motorcycles and helmets for field loan officers through the approved dealer.",
        "Bank stationery tenders",
        # telecoms
        "Runs rate card tenders for civil works and fibre roll-out contractors by region.",
        "Negotiates volume pricing with the handset OEMs and places the quarterly device orders.",
        "Network equipment RFx: RAN, transmission, power",
        # universities and schools
        "Buys laboratory equipment under the purchasing consortium's framework agreements for universities.",
        "Obtains quotes for grant-funded equipment and checks the funder's purchasing rules before ordering.",
        "Uses the DfE's recommended frameworks for school buying of catering, ICT and cleaning.",
        "University purchasing consortia (SUPC, NEUPC, APUC)",
        # prisons
        "Orders provisions for prisoner meals to the ration scale and the menu cycle.",
        "Prison provisions ordering",
        # local councils
        "Applies the council's Contract Procedure Rules to decide between quotes and a full tender.",
        "Invites quotes through VendorPanel and records the evaluation for the council's audit trail.",
        "Contract Procedure Rules compliance checks",
        # Australia and New Zealand
        "Publishes approaches to market on AusTender and reports contracts over $10,000 within 42 days.",
        "Checks Supply Nation for Indigenous businesses before going to market under the Indigenous Procurement Policy.",
        "Posts tenders on GETS and uses all-of-government contracts where they exist.",
        "AusTender contract reporting",
        # Canada
        "Calls up goods from standing offers and supply arrangements listed on CanadaBuys.",
        "CanadaBuys standing offers",
        # Latin America
        "Publishes the licitación pública on CompraNet and answers bidders at the junta de aclaraciones.",
        "Issues órdenes de compra through Mercado Público using the convenio marco catalogue.",
        "Conducts the pregão eletrônico and accepts the lowest compliant bid after the lance phase.",
        # Gulf
        "Publishes tenders on the Etimad platform and evaluates bids under the Government Tenders and Procurement Law.",
        "Checks each bidder's IKTVA score and weights local content in the commercial evaluation.",
        "Requests ICV certificates from UAE suppliers and applies the in-country value weighting.",
        "Vendor registration with Aramco",
        # Eastern Europe
        "Runs open tenders on Prozorro and publishes the award notice within the legal deadline.",
        "Prepares the procurement notice under 44-FZ and uploads it to the unified information system.",
        "Places tenders on the e-Zamówienia platform and keeps the procurement report for the year.",
        "Publishes the contract notice on SEAP/SICAP.",
        # Southeast Asia
        "Posts bid invitations on PhilGEPS and acts as secretariat to the Bids and Awards Committee.",
        "Orders from the LKPP e-katalog and processes tenders through LPSE.",
        "Submits quotation invitations through ePerolehan for ministries' purchases.",
        "BAC secretariat",
        # Africa
        "Checks each supplier's registration and tax status on the Central Supplier Database before an award.",
        "Collects the signed SBD forms and declarations of interest with every bid.",
        "Seeks the BPP's certificate of no objection before contracts above the prior review threshold are awarded.",
        "Reserves tenders for youth, women and PWD businesses under AGPO and tracks the percentage.",
        # small firms
        "Orders the month's stationery and cleaning supplies on the Amazon Business account and compares prices.",
        "Amazon Business ordering",
        # travel, fleet, consignment
        "Runs the hotel RFP for the top fifty corporate travel destinations and loads the negotiated rates.",
        "Negotiates corporate fares with the main airlines and reviews the deal performance each quarter.",
        "Tenders the vehicle leasing contract, comparing total cost of ownership across lessors.",
        "Negotiates consignment stock agreements with fastener suppliers so stock is paid for on use.",
        "Vehicle leasing tender",
        "consignment stock agreements",
        "Travel sourcing and airline deals",
        # e-procurement administration and supplier risk
        "Maintains approval hierarchies and commodity codes in Jaggaer when buyers or budgets change.",
        "Configures sourcing event templates and supplier registration forms in Ivalua.",
        "Jaggaer approval hierarchies",
        "Monitors suppliers' Creditsafe scores and flags any critical supplier whose rating falls.",
        "Supplier risk monitoring (D&B, financial health)",
        # humanitarian and food
        "Sets up framework agreements with local traders for NFI kits, tarpaulins and hygiene items.",
        "Sends the supplier approval questionnaire to every new ingredient supplier and chases missing specs.",
        "Ingredient buyer - cocoa, sugar, dairy powders",
        # airports
        "Buys ground support equipment and baggage system spares against the airport's maintenance plan.",
        "GSE spares purchasing",
        # regional phrasing
        "To prepare the comparative statement of quotations and recommend the lowest evaluated bidder;",
        "Responsible for the canvassing of prices from at least three suppliers before issuance of PO.",
    ],
    ("procurement", "back", "support", "on_site"): [
        "Bids for fish at the early morning auction and arranges ice and boxes for the catch bought.",
        "Buys cattle at the livestock market for the abattoir and notes the lot numbers and weights.",
        "Walks the standing timber before making an offer, estimating volumes by species.",
        "Does the weekly cash-and-carry run for the cafe, picking and paying at the trade counter.",
        "Buys produce at the wholesale market at dawn and checks quality before agreeing prices.",
        "Visits ginneries to inspect cotton bales and agree the price per bale before purchase.",
        "Fish auction buyer",
        "Attends the first-article inspection at the mill before releasing the bulk fabric order.",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Sources an AOG part within hours from brokers worldwide when an aircraft is grounded.",
        "Writes the single source justification when a researcher needs a specific instrument from one maker.",
        "Prepares a waiver of the Contract Procedure Rules for an urgent purchase and gets it signed off.",
        "Handles emergency procurement of water, tarpaulins and food after a cyclone hits the programme area.",
        "Responds to a bidder complaint about the evaluation and reviews the file before replying.",
        "Re-stems bunkers at another port when the vessel is diverted at short notice.",
        "Sets up a one-off overseas supplier for a researcher's special request, checking sanctions and bank details.",
        "Handles a supplier's request for a price variation when the currency falls sharply.",
        "Approves a direct award for a one-off purchase below the tender threshold after checking the quotes.",
        "Arranges a replacement vendor when the chandler cannot supply in a remote port.",
        "Deals with case-by-case requests from departments to buy from non-catalogue suppliers.",
        "Gets sign-off for a one-off exemption from the local content weighting when no local bidder qualifies.",
        "Organised a one-off bulk purchase of emergency fodder for member farmers during the drought.",
    ],
    ("procurement", "back", "long_tail", "on_site"): [
        "Goes to the distributor's counter to collect an urgent AOG part and hands it to the hangar.",
        "Drives to the supplier's plant to buy replacement ingredients when a delivery is rejected.",
        "Inspected flood-damaged stock offered at a discount before agreeing a one-off purchase.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(ADMIN) + flatten(PROCUREMENT)
