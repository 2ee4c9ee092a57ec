"""Administration and procurement across their whole range of sub-areas, in practitioners' words.

Real task lines from job ads, checklists, SOPs and duty lists of every industry and country use
the specialist vocabulary of one sub-area (a registry's file movement register, a dak diary, a
CAFM job sheet, a drawing register, pulled case notes, a franking machine; a GeM order to the L1
bidder, a standstill letter, a bid opening register, an LPO, a SAM.gov check, a punch-out
catalogue, a GPO contract), and a model that only saw generic words guesses the function from
whatever generic word the line happens to contain. These lines cover about forty sub-areas of
each of the two functions (records and registry, mail and scanning, diaries and committee
clerking, travel, space and facilities, keys and guarding, fleet, archives, transcription,
medical records, school offices, construction document control and translation for `admin`;
requisitions and purchase orders, expediting, supplier onboarding and prequalification,
tendering under UK, African, Indian, US, EU and donor rules, category and spend management,
supplier performance, catalogues, and the buying of each industry's materials for
`procurement`), so the specialist words, not generic ones, carry the function. Most lines are the
function's routine `support` work; about one in eight is `long_tail` where the work is really a
request, an exception, an approval or a one-off; `on_site` where someone has to be there in
person (paper, post, keys, rooms, buildings, samples, supplier works, bid openings).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
ADMIN: Blocks = {
    ("admin", "back", "support", "remote"): [
        # records management
        "To maintain the departmental file plan and apply the retention schedule to each record series;",
        "Records retention: flagging record series past their disposal date and filing the destruction certificates",
        "Keeps the records inventory in the EDRMS current, with file titles, owners and review dates.",
        "Applies metadata and naming conventions when documents are declared as records in SharePoint.",
        # correspondence tracking, public sector
        "Logs ministerial correspondence in the tracking system and chases draft replies against the 20-day target.",
        "Maintaining the correspondence register and bring-forward diary for the director's office.",
        "correspondence log - allocate, track and close each item",
        "To circulate office orders and circulars to all sections and keep the acknowledgement sheets;",
        # scanning and data capture, system side
        "Indexing scanned documents in the imaging system against the correct policy or claim reference.",
        "Verifies OCR output in Kofax and corrects misread fields before the batch is exported.",
        "Keys details from handwritten paper forms into Excel trackers within the agreed turnaround.",
        "Double-key verification on high-value records to keep the keying error rate below half a percent.",
        "Clears the daily data entry backlog and reports keystrokes per hour to the team leader.",
        # diary and calendar
        "Manages a complex Outlook diary for two directors, resolving clashes and protecting travel time.",
        "Prepares the daily briefing folder with the director's schedule, meeting papers and call details.",
        "Sends Teams invitations and dial-in details for the weekly senior team meeting.",
        "diary management for the MD",
        "Maintains the team's shared calendar of offsites, bank holidays and all-hands dates.",
        # committee clerking and minutes
        "To prepare and publish committee agendas no later than five clear working days before each meeting;",
        "Takes minutes at committee meetings and circulates the action log within two working days.",
        "Clerking council panels: quorum, declarations of interest, attendance and minutes",
        "Assembles the meeting pack of cover sheets, papers and the action tracker for the monthly senior team meeting.",
        "Keeps the meeting action log and chases owners for updates before the next session.",
        "Types up the minutes of the morning operations briefing for the hotel's general manager.",
        # travel
        "Books flights, hotels and rail through Concur within the travel policy and sends full itineraries.",
        "Travel desk: TMC bookings, visa reminders and traveller profiles",
        "Arrange FIFO flights and camp rooms for each swing on the mine site roster.",
        "Keeps traveller profiles, frequent-flyer numbers and passport expiry dates current in the booking tool.",
        # rooms and desks
        "Room bookings: manage the Condeco calendar and release no-show bookings after fifteen minutes",
        "Administers hot-desk bookings and neighbourhood allocations in the desk booking app.",
        "Orders working-lunch platters for internal meetings from the approved caterer and books them to the meeting code.",
        "Books the venue, AV and catering for the quarterly staff town hall.",
        # space management
        "Maintains the floor plans and seating plan, updating occupancy data after every team change.",
        "space management - headcount vs workpoints by floor",
        # facilities helpdesk and CAFM
        "Logs and triages facilities requests in Planon, assigning each job to the right contractor with a priority.",
        "Monitors the PPM schedule in the CAFM system and chases contractors for overdue job sheets.",
        "Facilities helpdesk: reactive jobs, SLA tracking and completion notes",
        "Manages the contract cleaning, plant care and waste collection schedules for the office.",
        "Arranges confidential waste collections and keeps the shredding certificates on file.",
        # fleet records
        "Tracks MOT, road tax and insurance renewal dates for pool vehicles in the fleet register.",
        "fleet admin: fuel card statements, mileage returns, service history",
        # archives
        "Places retrieval orders with the off-site storage provider and logs each box as it comes back.",
        # transcription and typing
        "Audio typing of clinic letters from digital dictation, returned within 48 hours.",
        "Transcribes recorded meetings verbatim and formats the transcripts to the house template.",
        "Types reports from the consultant's dictation in BigHand and routes them for signature.",
        "Drafts routine letters and formats reports for the director's signature.",
        # school office
        "Updates pupil contact details and medical notes in SIMS as each data collection sheet comes back.",
        "Prepares the daily absence list from the class registers and sends it to heads of year.",
        "Timetabling: loading option blocks and room allocations into the scheduling software",
        "Exams office - entries, seating plans, candidate numbers",
        # construction document control
        "Maintains the drawing register and issues transmittals in Aconex for every new revision.",
        "Document controller: numbering, revision control and superseded stamps on project documents",
        # translation
        "Sends documents to the translation agency, checks them against the glossary and tracks delivery dates.",
        "Maintains the translation memory and term base for the French and German versions of the manuals.",
        # templates, directories, procedures
        "Maintains the letterhead, Word templates and email signature standards for the whole office.",
        "Updates the internal phone list and staff directory whenever someone joins, moves or leaves.",
        "Keeps the office procedures manual current, including the opening and closing routines.",
        "Files emails to the correct matter and project folders in iManage.",
        # couriers, parking, field office, farm office
        "Books DHL and same-day couriers for original documents and tracks them until delivery.",
        "Allocates car park spaces and issues parking permits according to the agreed parking list.",
        "Keeps the guesthouse booking sheet for visiting staff and consultants at the field office.",
        "Keeps the farm office diary of contractor visits, vet appointments and inspections.",
        "Maintains the room allocation sheet for the staff housing compound on the estate.",
        "Produces the monthly facilities report on helpdesk volumes, PPM completion and reactive spend.",
    ],
    ("admin", "back", "support", "on_site"): [
        # registry
        "To open new subject files and record every movement of a file in the file movement register;",
        "Registry clerk: receives, stamps and routes incoming correspondence to action officers",
        "Enter each inward letter in the dak diary and pass it to the section concerned.",
        "Retrieves closed files from the registry shelves and signs them out to the requesting officer.",
        # mailroom
        "Franking outgoing post and booking recorded and special delivery items before the 4pm collection.",
        "Opens, date-stamps and sorts incoming mail into departmental pigeonholes.",
        "mailroom: sign for parcels and registered letters, log them, tell the recipients",
        "Reads the franking machine meter each month and charges postage back to cost centres.",
        "Does the internal mail run between the three buildings twice a day.",
        "Sorts the branch's internal dispatch bags ready for the daily courier.",
        "Sorting incoming claims post and indexing each item to the right claim file in the workflow system.",
        # scanning, paper side
        "Preps paper files for scanning by removing staples, adding barcode separator sheets and batching them.",
        "Runs batch scanning on the production scanners and checks image quality before the batch is released.",
        "Lever-arch filing for the project office, kept in date order with a contents sheet",
        # rooms
        "Sets up meeting rooms in the agreed layout with flipcharts, AV and refreshments before each session.",
        "Runs the quarterly desk utilisation survey by walking each floor at set times.",
        "Updates the staff notice boards each week and takes down out-of-date posters.",
        # building checks and contractors
        "Walks the building each morning to check lighting, washrooms, kitchens and lifts, logging any defects.",
        "Accompanies contractors on planned maintenance visits and signs off their service reports.",
        "Takes monthly utility meter readings for the building and enters them in the energy tracker.",
        "Checks that the water coolers, coffee machines and fridges are serviced and cleaned on schedule.",
        "Accompanies the pest control technician on quarterly visits and files the visit report.",
        "Logs copier faults and meter readings with the managed print provider.",
        # cleaning and soft services
        "Carries out cleaning audits against the specification and scores each area.",
        "Cleans and restocks the washrooms and kitchen points on the daily cleaning rota.",
        "Soft services: cleaning, washroom consumables, plants and pest control visits",
        "Empties the confidential waste consoles into the locked bins ahead of the shredding collection.",
        # keys, access, lockers, furniture
        "Issues and recovers keys, keeping the key register signed and up to date.",
        "Programs access fobs for new starters, hands them over and deactivates returned ones.",
        "monthly key cabinet audit against the key log",
        "Allocates lockers and keeps the locker register up to date.",
        "Maintains the furniture register with tag numbers and locations for every floor.",
        # security and guarding
        "Unlocking the building, disarming the alarm and completing the opening checklist each morning.",
        "Patrols the premises out of hours and records findings in the security occurrence book.",
        "Checks the CCTV recorders are running and logs any faults at the end of each shift.",
        # field office and site office
        "Maintains the vehicle movement logbook and the generator fuel log at the field office.",
        "Checks the generator, water tank and cleaning of the field office each morning.",
        "Files the daily site diaries and inspection sheets in the site cabin.",
        # archives and print room
        "Boxes and barcodes inactive files for transfer to off-site storage.",
        "Archive room: re-filing returned files and keeping the shelf index accurate",
        "Runs the reprographics room, handling printing, binding and laminating jobs from departments.",
        "Prints, collates and binds the board packs and couriers them to the non-executive directors.",
        # medical records and ward clerks
        "Pulls case notes for tomorrow's outpatient clinics and tracks them out on the PAS.",
        "Loose filing of correspondence and results into patients' paper health records.",
        "Scans discharged patients' notes into the electronic document management system.",
        "Ward clerk: filing results into patient folders and making up admission packs",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Arranges notarisation and apostille of company documents when an overseas authority asks for them.",
        "Organises temporary desks and building passes at short notice for colleagues visiting from the overseas office.",
        "Calls back historic boxes from off-site storage when a manager needs an old file urgently.",
        "Arranges certified translations of birth certificates and degrees for staff being relocated.",
        "Handles the paperwork when a pool car is written off, from the V5C to the insurer's settlement.",
        "Books extra cleaners and skips for a one-off clear-out of the basement stores.",
        "Reshuffles the director's diary at short notice when a trip is cancelled or the director falls ill.",
        "Organising an away day for the senior team, from venue and transport to dietary needs.",
        "Requests for extra keys or out-of-hours building access, reviewed individually",
        "Finds and books a new venue at short notice when the board dinner restaurant cancels.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Finds an overflow room and moves furniture when a meeting outgrows its booking.",
        "Lets in the emergency plumber or locksmith after a leak or break-in out of hours.",
        "Changes the lock and cuts replacement keys when a master key is reported lost.",
        "Digitised a backlog of legacy paper files as a one-off project ahead of the office move.",
        "Handles ad hoc requests for room set-ups outside normal hours, such as evening briefings.",
    ],
}

PROCUREMENT: Blocks = {
    ("procurement", "back", "support", "remote"): [
        # requisitions and purchase orders
        "Converts approved purchase requisitions into POs in SAP (ME21N) within two working days.",
        "Checks each requisition for the right cost centre, commodity code and approved supplier before release.",
        "PO amendments: price, quantity and delivery date changes re-issued to the vendor",
        "Raising blanket purchase orders and monthly call-offs for production consumables.",
        "Closes open POs with no receipts after 90 days once the buyer has reviewed them.",
        "Reminds requisitioners to receipt goods in the system so supplier invoices can match the PO.",
        # expediting
        "Expedites open purchase orders and updates the confirmed delivery dates in the ERP.",
        "Chasing order acknowledgements from suppliers within 48 hours of PO issue.",
        "expediting report - overdue PO lines by supplier, every Monday",
        # supplier onboarding and vendor master
        "Collects the W-9, bank letter and insurance certificates from new vendors before supplier set-up.",
        "Supplier onboarding in Coupa: invitation, questionnaire, approvals and activation",
        "Maintains vendor master data, blocking duplicate and dormant supplier records.",
        "Requests B-BBEE certificates and tax clearance pins from new suppliers before they join the supplier database.",
        # prequalification
        "Issues the selection questionnaire and scores the pass/fail criteria for supplier prequalification.",
        "Keeps contractors' Constructionline and CHAS accreditations current on the approved contractor list.",
        "Vendor registration checks on Achilles JQS for oilfield service suppliers",
        # quotations and tenders
        "Issues RFQs to at least three approved suppliers and tabulates the quotes side by side.",
        "Prepares the bid tabulation and commercial evaluation for each tender package.",
        "RFP pack: scope, pricing schedule, evaluation criteria and timetable",
        "Runs e-sourcing events in Ariba and answers supplier clarification questions through the portal.",
        "Runs reverse e-auctions for commodity items and reviews the bidding history afterwards.",
        # UK public sector
        "Publishes tender notices on Find a Tender and Contracts Finder in line with the Procurement Act 2023.",
        "Running mini-competitions under Crown Commercial Service frameworks.",
        "To observe the standstill period and send award letters and debriefs to unsuccessful bidders;",
        "Collects conflict of interest declarations from every member of the tender evaluation panel.",
        "Admits suppliers to the dynamic purchasing system and runs call-off competitions.",
        # African public procurement
        "To prepare the annual procurement plan and submit it to the accounting officer for approval;",
        "Serves as secretary to the tender evaluation committee and drafts the evaluation report.",
        "Raising LPOs for suppliers once the tender committee has made the award.",
        "Keeps a procurement file for every requisition as the PPDA regulations require.",
        "Prepares the procurement plan in IFMIS and reports procurement progress quarterly to the PPRA.",
        # India
        "Places orders on the GeM portal and awards to the L1 bidder after the technical evaluation.",
        "Processes indents from user departments and floats limited tenders on the CPP portal.",
        # US federal
        "Prepares solicitations and purchase orders in accordance with the FAR and agency supplements.",
        "Checks vendors' SAM.gov registration and exclusion status before every award.",
        "GSA Schedule orders and BPA calls",
        # EU and donor-funded
        "Applies the PRAG thresholds to choose between single tender, negotiated and open procedures on EU-funded buys.",
        "Obtains three written quotations for purchases above the donor's micro-purchase threshold.",
        "Convenes the procurement committee for awards above the field office's purchasing threshold.",
        "Checks source and nationality rules on USAID-funded purchases.",
        # category management and spend
        "Develops the packaging category strategy, covering market analysis, supplier base and savings targets.",
        "Category manager, indirect spend: facilities services, professional services, travel",
        "Maintains the sourcing pipeline and category plan for the financial year.",
        "Builds the spend cube from PO and invoice data and classifies spend to UNSPSC codes.",
        "Flags maverick spend and off-contract purchasing in the monthly spend report.",
        "tail spend - consolidate low-value suppliers onto catalogues",
        # supplier performance and relationships
        "Scores suppliers monthly on OTIF, quality rejects and responsiveness in the vendor scorecard.",
        "Holds quarterly business reviews with strategic suppliers and agrees improvement actions.",
        "Supplier performance: KPI dashboards, SRM meetings and corrective action tracking",
        # supply agreements
        "Keeps the purchasing contracts register with expiry dates and renewal notice periods for each supply agreement.",
        "Starts re-sourcing six months before each supply contract expires.",
        "Monitors volume tiers and rebates on framework supply agreements.",
        # catalogues and cards
        "Loads supplier catalogues and punch-out links into the eProcurement system and checks pricing against contract.",
        "catalogue content refresh each quarter after supplier price reviews",
        "Administers the purchasing card programme: card requests, spending limits and merchant category blocks.",
        # office supplies
        "Places the weekly stationery order, consolidating departments' requests into one delivery.",
        "Orders printer paper, toner and kitchen consumables from the office supplies contract.",
        # MRO and direct materials
        "Buys MRO items such as bearings, belts and lubricants for the maintenance team.",
        "Sources obsolete spare parts through brokers and OEM distributors.",
        "Reviews MRP exception messages and places raw material orders to cover the build plan.",
        "Issues schedule releases against scheduling agreements for resin and masterbatch.",
        "Negotiates minimum order quantities and lead times with component suppliers.",
        "Direct materials buyer - castings, forgings and machined parts",
        # construction
        "Prepares subcontract tender packages and levels the returns against the bill of quantities.",
        "Orders site materials from builders' merchants against the buying schedule for each phase.",
        "Plant hire orders: excavators, cranes and welfare units, with off-hire dates tracked",
        # hospitality
        "Places daily orders for fresh produce, meat and dairy from the chef's market list.",
        "Negotiates seasonal price agreements with food and beverage suppliers for the hotel group.",
        "Maintains the approved supplier list for F&B purchasing across the outlets.",
        # healthcare
        "Works with the GPO to load contract pricing for med-surg supplies into the materials system.",
        "Brings new clinical product requests to the value analysis committee with cost comparisons.",
        "Orders ward consumables from the NHS Supply Chain catalogue and switches to cheaper equivalents where clinically agreed.",
        "Purchases medicines from wholesalers at contract prices, within the pharmacy formulary.",
        # IT, energy, fuel
        "Obtains reseller quotes for laptops and monitors and raises the purchase orders.",
        "Tracks renewal dates of software subscriptions bought through the reseller and raises renewal POs in good time.",
        "Tenders the electricity and gas supply contracts through an energy broker.",
        "Decides the forward purchasing tranches on the flexible energy contract.",
        "Places bulk diesel orders for the depot tanks and compares fuel prices each week.",
        # mining, oil and gas, agriculture
        "Buys grinding media, flotation reagents and mill liners for the concentrator.",
        "Tracks spend with local suppliers against the mine's local procurement targets.",
        "Issues ITTs for drilling services and coordinates the technical and commercial bid evaluations.",
        "Buys seed, fertiliser and crop protection products ahead of the planting season.",
        "Books forward contracts for compound feed with the mill.",
        # retail GNFR and other indirect categories
        "GNFR buyer: store fixtures, carrier bags, cleaning products and uniforms",
        "Sources store equipment and shopfitting materials for the new store opening programme.",
        "Buys corrugated cartons and labels to the packaging specifications.",
        "Sources PPE such as gloves, boots and hi-vis from the approved safety supplier.",
        "Gets print quotes for forms and business stationery from three printers.",
        "Tenders the cleaning, security and catering contracts for the head office.",
        "Drafts statements of work and service level schedules for outsourced services tenders.",
        # sustainability and diversity
        "Builds sustainability questions into tender scoring and weights them at ten percent.",
        "Supplier diversity: tracking spend with MWBE and small business vendors",
        "Issues the supplier code of conduct with every contract award and records the acknowledgements.",
        # import buying and cost analysis
        "Agrees Incoterms, payment terms and packing requirements on import purchase orders.",
        "Requests proforma invoices from overseas suppliers and passes them to finance for the letter of credit.",
        "Requests cost breakdowns and uses should-cost models to challenge supplier prices.",
        "Benchmarks quoted prices against the steel and copper indices.",
        "annual price review with key suppliers",
        "Leads commercial negotiations on price, payment terms and warranty for capital equipment purchases.",
        # policy, thresholds, reporting
        "Keeps the procurement manual and purchasing thresholds up to date and trains budget holders on them.",
        "Checks that each purchase is within the delegation of authority limits before the PO is released.",
        "Reports savings achieved against the procurement savings target each month.",
        "PO cycle time and contract coverage KPIs for the procurement dashboard",
        "Keeps a complete procurement file for every purchase above the quotation threshold.",
        "Publishes award decisions and contract values on the transparency portal each quarter.",
    ],
    ("procurement", "back", "support", "on_site"): [
        "Visits fabricators' works to check progress on long-lead items against the expediting schedule.",
        "Carries out supplier site audits at new vendors' factories before they are approved.",
        "Conducts the public bid opening and records each bid received in the bid opening register.",
        "Counts and signs for the tender envelopes when the tender box closes.",
        "Inspects supplier samples against the purchase specification before a first order is placed.",
        "Attends the pre-bid site visit with bidding contractors and records their questions for the clarification log.",
        "Checks the office supplies delivery against the stationery order and puts it away in the supplies cupboard.",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Handles supplier price increase requests, asking for cost evidence before anything is accepted.",
        "Documents the waiver when a purchase has to skip competitive quotations.",
        "Finds an alternative supplier quickly when a regular vendor goes into administration.",
        "Deals with retrospective POs raised after the supplier invoice has already arrived.",
        "Sourced 500 laptops in one week for an emergency switch to remote working.",
        "Approves purchase requests above the buyer's limit after checking the business case.",
        "Negotiates allocations and force majeure delays with suppliers during shortages, case by case.",
        "Arranged the emergency hire of generators during a prolonged power cut.",
        "Agrees one-off waivers of the minimum order quantity for a trial run.",
        "Supplier bank detail change requests: verified by call-back before the vendor record is updated",
        "Variation orders on supply contracts, reviewed and priced case by case",
        "Handles requests to extend expiring supply contracts when re-tendering can't finish in time.",
    ],
    ("procurement", "back", "long_tail", "on_site"): [
        "Travels to the supplier's plant to settle a quality dispute over a rejected batch.",
        "Collects urgently bought spare parts from the distributor's trade counter when a line is down.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(ADMIN) + flatten(PROCUREMENT)
