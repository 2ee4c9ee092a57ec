"""Breadth lines for logistics and production: the specialist words of each sub-area, in practitioners' own terms.

Real task lines from job ads, SOPs, checklists and public-sector duty lists bring the registers,
documents, systems, metrics and jargon of a sub-area (a GRN, a bin card, an ISF filing, VGM, a
CMR note, a delivery challan; a BMR, a WPS, an AQL sample, SMV targets, a BEO, a CCP check), and
a model that has only seen generic words ("ship orders", "make products") guesses the function
from whatever generic word is left. These lines cover about forty sub-areas of each function
across industries (warehousing, freight forwarding, customs, ocean and air cargo, road haulage,
cold chain, dangerous goods, hospital and public-sector stores, humanitarian supply; discrete
assembly, machining, moulding, welding, electronics, food, bakery, kitchens, brewing, pharma,
chemicals, printing, garments, construction, mining, farming, utilities, quality inspection)
and countries, at most a few lines per sub-area, so the specialist words carry the function.
Labels follow shared/LABELING.md: the routine work is `core`; about one line in eight is
`long_tail` where the work is a claim, an expedite, an exception, a concession or a one-off;
`on_site` wherever goods, machines, food or a site must be handled in person.
"""

# ruff: noqa: E501

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
LOGISTICS: Blocks = {
    ("logistics", "back", "core", "on_site"): [
        # receiving / goods in
        "Unloads inbound containers and checks carton counts against the advance shipping notice (ASN).",
        "Raise a goods received note for every delivery and write any shortage on the haulier's docket.",
        "Goods in: tally pallets off the trailer, check the seal number, sign the CMR",
        "receiving dock - count, check, scan into WMS",
        "Checks delivered quantities against the delivery challan and stamps the GRV before stock goes to the godown.",
        # put-away, slotting, replenishment
        "Puts away received pallets to the rack locations directed by the RF gun.",
        "Replenishing pick faces from reserve racking before the morning wave starts.",
        "Moves fast-moving SKUs to golden-zone slots nearer the despatch lanes after each re-slot.",
        # picking
        "Picks orders with a handheld scanner, confirming each bin location and SKU barcode.",
        "Wave picking for the afternoon courier cut-off",
        "Batch-picks small e-commerce orders onto a multi-tote trolley.",
        "Works the pick-to-light zone and pushes completed totes onto the conveyor.",
        # packing
        "Packs orders at the pack bench, choosing the carton size and void fill that protect the item.",
        "Weigh and measure each parcel so the carrier label carries the right dimensional weight.",
        "Pack station: scan, pack, print label, seal",
        # despatch / shipping
        "Loads outbound trailers in drop sequence and notes seal numbers on the load sheet.",
        "Despatch: staging pallets in the marshalling lanes for the 4pm trunk",
        "Prints the end-of-day carrier manifest and hands the parcel cages to the DPD driver.",
        "Checks the bill of lading against the pallets on the dock before the driver signs for them.",
        # inventory control and stocktake
        "Performs daily cycle counts of A-class locations and recounts any variance above tolerance.",
        "Recounts bins flagged by the WMS and checks recent moves to find where a stock discrepancy came from.",
        "Perpetual inventory checks on high-value cage stock.",
        "Annual stocktake: freeze locations, count in pairs, hand in the count sheets",
        "Takes part in the year-end warehouse stocktake, counting and tagging every rack bay.",
        # containers, air cargo, rail
        "Stuffs export containers to the load plan and photographs the lashing before the seal goes on.",
        "Devanning 40ft containers by hand and palletising loose-loaded cartons.",
        "Builds air cargo onto ULDs at the airline warehouse, checking piece counts against the AWB.",
        "Checks container numbers and seals at the rail terminal before the wagons are loaded.",
        # drivers and couriers
        "Drives a 7.5-tonne rigid on multi-drop routes and collects a signed POD at each stop.",
        "Delivers parcels on the assigned postcode round, scanning each one at the doorstep.",
        "Straps and load-bars every load and keeps axle weights inside the legal limits.",
        "Collects specimen boxes from GP surgeries and gets them to the pathology lab before the afternoon cut-off.",
        "Drives the tail-lift lorry on two-man deliveries, carrying white goods into customers' homes.",
        # cold chain
        "Records chiller and freezer temperatures every four hours and gets chilled deliveries into the cold store within 20 minutes.",
        "Pre-cools reefer trailers and loads frozen pallets only when the set point has been reached.",
        # dangerous goods
        "Marks and labels dangerous goods packages with UN numbers and hazard diamonds before despatch.",
        "Keeps hazmat pallets in the DG cage, segregated according to the segregation chart.",
        # returns
        "Processes returns at the returns bench: inspect, grade A/B/C, restock or quarantine.",
        "Scanning RMA parcels in and matching each one to its returns authorisation.",
        # cross-dock, yard, MHE, pallets
        "Cross-docks inbound pallets straight onto store trailers without putting them away.",
        "Shunts trailers between the yard and the dock doors with the tug and updates the yard log.",
        "Yard marshal: check hauliers in at the gatehouse, assign a door, note the trailer number",
        "Operates a reach truck to put pallets into and take them out of high-bay racking.",
        "Counterbalance FLT driver, loading and unloading curtain-siders",
        "VNA truck operation in narrow aisles.",
        "Stretch-wraps finished pallets and applies SSCC pallet labels.",
        "Sorts returned CHEP and Euro pallets into stacks for the pallet exchange.",
        # DC to store, e-commerce
        "Builds roll cages for each store delivery according to the day's allocation.",
        "Fulfils Shopify orders the same day: pick, pack, label and hand over to Royal Mail.",
        "Picks and packs medicines in a GDP-licensed warehouse, checking batch and expiry at every pick.",
        # stores: hospitals, public sector, hotels, MRO
        "Tops up ward and theatre stock to the agreed imprest levels twice a week.",
        "Delivers sterile supplies and consumables from the main stores to clinical areas on the daily round.",
        "To receive, store and issue stores against approved indents and keep the bin cards up to date;",
        "Storekeeper: receive, shelve and issue consumables; keep the stock cards current",
        "Hotel storeroom: receive food and beverage deliveries, date them, issue to outlets against requisitions",
        "Picks spare-part kits for planned maintenance work orders in the engineering stores.",
        # line-side supply
        "Runs the milk run, feeding components to line-side racks and collecting empty kanban bins.",
        "Refills line-side stock from the supermarket each time a kanban card comes back.",
        # sites: construction, mining, agriculture, utilities, humanitarian
        "Runs the site gate, booking in material deliveries and sending lorries to the laydown area.",
        "Issues drill bits, lubricants and consumables to shift crews from the mine site warehouse.",
        "Records weighbridge tickets for grain lorries tipping at the silo.",
        "Loads cable drums and meter stock onto crew vans from the depot store each morning.",
        "Receives relief commodities into the field warehouse and keeps stock cards for each lot.",
        "Loads trucks for food distribution points against signed waybills.",
        # bonded, quarantine, consignment, retail stockroom
        "Keeps duty-suspended goods in the bonded area apart from duty-paid stock and logs each removal.",
        "Moves damaged stock to the quarantine bay and tags it with a reason code.",
        "Counts consignment stock held at customer sites and refills the VMI bins.",
        "Unloads the store delivery, checks the roll cages and takes stock through to the stockroom.",
        "Distributes textbooks from the central store to schools at the start of each term.",
    ],
    ("logistics", "back", "core", "remote"): [
        # freight forwarding, ocean
        "Books ocean freight with the shipping lines and sends shipping instructions before the SI cut-off.",
        "Issues house bills of lading and arrival notices to consignees.",
        "Consolidating LCL cargo into full containers and preparing the consolidation manifest.",
        "freight forwarding ops - bookings, pre-alerts, tracking",
        "Tracks free time on containers at the port and arranges collection before demurrage and detention start.",
        "Submits the VGM for each export container before the terminal cut-off.",
        "Arranges empty container returns to the depot the shipping line nominates.",
        # customs
        "Prepares import entries, classifies goods by HS code and works out the duty payable at the border.",
        "Lodges export declarations in CDS and checks the EORI number on every commercial invoice.",
        "Files the ISF (10+2) at least 24 hours before the cargo is loaded on the vessel.",
        "Files the bill of entry for sea imports and the shipping bill for exports through the customs portal.",
        "Customs clearance coordination with the broker for inbound sea shipments",
        # air
        "Prepares air waybills and the shipper's declaration for dangerous goods going by air.",
        "Air export desk: space bookings, MAWB and HAWB issue, pre-alerts to the destination agent",
        # road haulage and dispatch
        "Plans daily trunking and multi-drop loads in the TMS to fill every trailer.",
        "Allocates overflow loads to subcontract hauliers and confirms collection times.",
        "Prepares CMR consignment notes for international road moves.",
        "Plans delivery routes each evening, sequencing drops by the customers' time windows.",
        "Dispatches drivers through the app and reassigns jobs when a van runs late.",
        "Transport office: allocating drivers and vehicles to the next day's collections",
        "Generates e-way bills for each consignment before the truck leaves the plant.",
        "Monitors first-time delivery rate and failed-delivery reasons across the courier network.",
        "Books delivery slots with retailers' goods-in departments for pallet deliveries.",
        # cold chain, DG
        "Reviews temperature logger downloads for each chilled shipment and files them with the POD.",
        "Classifies hazardous shipments under ADR and IMDG and prepares the transport documents.",
        # returns, inventory control, planning
        "Decides from the returns grade whether stock goes to refurbishment, resale or recycling.",
        "Reverse logistics: arranging collection of returned stock from stores back to the DC",
        "Analyses stock accuracy and cycle count results and sets the count calendar in the WMS.",
        "Sets min/max replenishment triggers for pick faces in Manhattan WMS.",
        "ABC classification of SKUs by pick frequency.",
        "Runs the morning store allocation from the distribution centre stock file.",
        "Distribution requirements planning across the regional warehouses",
        # e-commerce, 3PL, parcel
        "Syncs Shopify orders into the 3PL's WMS and chases any order stuck in 'awaiting fulfilment'.",
        "Sets up carrier services and shipping rules in ShipStation for each sales channel.",
        "Generating DHL Express waybills and commercial invoices for international parcels",
        "Sends EDI 856 advance ship notices to retailers for every despatch.",
        "Creates outbound deliveries in SAP and posts goods issue once the trailer has left.",
        # KPIs and tracking
        "Reports weekly OTIF, dock-to-stock time and order cycle time for the distribution centre.",
        "Logistics KPI pack: fill rate, on-time despatch, cost per parcel",
        "Chases origin agents for pre-alerts and updates ETAs in the shipment tracker.",
        "Arranges the delivery order and port haulage once customs release comes through.",
        "Prepares packing lists, certificates of origin and the export shipping documents for each order.",
        "Checks the Incoterm on each order to see who books main carriage and who clears customs.",
        # dock booking, intermodal, bonded
        "Manages the dock booking system and gives hauliers their inbound delivery slots.",
        "Books intermodal rail slots and arranges first- and last-mile haulage.",
        "Keeps bonded warehouse stock records and submits the monthly customs warehouse return.",
        "Builds container load plans in the load planning software to fit the most cartons per box.",
        # sectors
        "To prepare monthly stock returns for the depot, accounting for every receipt and issue;",
        "Schedules road trains of concentrate from the mine to the port stockpile.",
        "Books grain haulage from farms to the export terminal in line with the shipping stem.",
        "Prepares the site logistics plan: delivery routes, laydown areas and crane slots.",
        "Tracks relief commodities from port to distribution point and reports pipeline breaks to the logistics cluster.",
        "Reviews ward par levels with nurse managers each quarter and adjusts the top-up lists.",
        "Maintains lot traceability for every pallet shipped to wholesalers.",
        "Qualifies shipping lanes and packaging for temperature-sensitive medicines.",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Files freight claims with carriers for consignments that arrive damaged or short.",
        "Arranges emergency air freight when a sea shipment would miss the line-down date.",
        "Handles customs holds and border agency queries on individual shipments.",
        "Disputes demurrage and detention charges with the shipping line case by case.",
        "Project cargo: planning a one-off move of an out-of-gauge press, with escorts and abnormal load permits",
        "Diverts a consignment in transit when the delivery address changes at short notice.",
        "Recall logistics: tracing affected lots, stopping despatches and arranging collection of stock from stores",
        "Special delivery requests (tail-lift, timed, two-man) arranged on request",
        "Approves stock adjustments above the warehouse tolerance after the count has been investigated.",
        "Raises lost-in-transit traces with the courier for missing parcels.",
        "Shipped exhibition stock to an overseas trade fair under an ATA Carnet.",
        "Expedite requests: finding a same-day courier when a site needs a part urgently.",
    ],
    ("logistics", "back", "long_tail", "on_site"): [
        "Relabels rejected pallets by hand when a retailer's distribution centre refuses a delivery.",
        "Unpacks and repacks a damaged inbound shipment for the carrier's surveyor to inspect.",
        "Drives hot-shot deliveries of breakdown parts to sites when a call comes in.",
        "Pulls stock named in a recall notice from the racking and segregates it for collection.",
        "Moved racking stock to the new unit during a one-off warehouse consolidation.",
    ],
}

PRODUCTION: Blocks = {
    ("production", "back", "core", "on_site"): [
        # discrete assembly
        "Assembles sub-assemblies to the work instruction and the bill of materials, signing the traveller at each step.",
        "Builds units on the assembly line within takt time and pulls the andon cord when a part is missing.",
        "torque fasteners to spec and mark them with torque seal",
        # machining, tool room
        "Sets up CNC lathes and mills, loads programs and adjusts tool offsets.",
        "Runs first-off inspection on machined parts before the batch is released.",
        "Deburring and finishing machined components",
        "Maintains press tools and dies, regrinding punches between runs.",
        "Calibrates torque wrenches and gauges in the tool room against reference standards.",
        # moulding, sheet metal, welding, coating
        "Carries out mould changes on the injection moulding machines and purges the barrel.",
        "Monitor cycle time and part weight on the moulding cell and reject short shots.",
        "MIG and TIG welds steel fabrications to the welding procedure specification (WPS).",
        "Fit-up and tack welding of frames from fabrication drawings",
        "Operates the press brake and fibre laser to cut and bend sheet metal parts.",
        "Hangs parts on the powder coating line and checks film thickness after curing.",
        "Spray painting in the booth, mixing paint to the RAL colour code",
        # electronics
        "Loads component reels on the SMT pick-and-place machine and checks the first board after reflow.",
        "Reviews AOI failures on the SMT line and hand-solders rework to IPC-A-610.",
        "Through-hole soldering and wave solder operation.",
        "In-circuit and functional testing of PCB assemblies at end of line.",
        # food manufacturing, dairy, meat, seafood
        "Checks the metal detector with test pieces at the start of each run and every hour after.",
        "Carries out the allergen changeover clean and line clearance between products.",
        "Records CCP temperatures at the cook step and holds any product that falls below the critical limit.",
        "CIP the mixing vessels after each batch",
        "Operates the HTST pasteuriser and tests the flow diversion valve at start-up.",
        "Boning and trimming carcasses in the boning room to the cutting specification.",
        "Fillets, grades and glazes fish on the processing line.",
        # bakery and kitchens
        "Scaling ingredients, mixing dough and moulding loaves for the overnight bake.",
        "Manages the prover and deck ovens, checking bake colour and core temperature.",
        "Completes the prep list and mise en place for the section before service.",
        "Cooks on the grill section during service and plates to the dish specification.",
        "Calls tickets on the pass and checks every plate before it leaves the kitchen.",
        "Cook-chill: blast chill cooked batches quickly and label each tray with its use-by date",
        "Prepares banquet food to the BEO for weddings and conferences.",
        "Labels and dates prepped food in the walk-in and rotates it first in, first out.",
        # brewing and distilling
        "Mashes in, runs off the wort and pitches yeast following the brew sheet.",
        "Takes gravity and temperature readings on fermenters and transfers beer to the brite tanks.",
        "Cellar work: dry hopping, crash cooling, kegging",
        "Runs the pot still and makes the cut between heads, hearts and tails.",
        # pharma, cosmetics, chemicals
        "Weighs and dispenses raw materials in the dispensary against the batch manufacturing record.",
        "Performs line clearance and records every step in the BMR under GMP.",
        "Operates the tablet press and checks weight, hardness and friability at set intervals.",
        "Gowning up for Grade B cleanroom work on the aseptic filling line",
        "Fills and crimps tubes of hand cream, checking fill weights and cap torque.",
        "Charges reactors and controls temperature and pressure from the DCS during each batch.",
        "Process operator rounds: take field readings, sample the product, write up the shift log",
        # printing, signs, garment printing
        "Make-ready on the litho press: plates, ink keys and register, then run the job to the job bag.",
        "Bindery: folding, saddle-stitching and trimming finished jobs",
        "Weeds and applies vinyl graphics and runs the wide-format printer.",
        "Burns screens, mixes plastisol inks and prints T-shirt runs on the carousel.",
        # garments, furniture, jewellery, glass, timber
        "Lays up fabric and cuts to the marker in the cutting room.",
        "Stitches garments on the sewing line to the operation bulletin and SMV targets.",
        "Inline and end-line garment inspection against the AQL.",
        "Runs the CNC router and edge bander to make cabinet carcasses from the cutting list.",
        "Sanding, staining and lacquering hardwood furniture in the finishing shop.",
        "Casting, stone setting and polishing rings at the bench.",
        "Loads and fires the kiln to the firing schedule and checks for glaze faults.",
        "Grades sawn timber and stacks it in sticks for kiln drying.",
        "Threads the paper machine after a sheet break and checks reel moisture.",
        # quality inspection
        "Carries out final inspection with AQL sampling and fills in the inspection report.",
        "Measures parts on the CMM and with calipers and micrometers against the drawing.",
        "Incoming inspection of raw material against the certificate of conformance.",
        "Plots SPC charts at the machine and stops the process when a point falls outside the control limits.",
        "Raises an NCR for rejected parts and moves them to the red quarantine rack.",
        "Tests finished batches in the QC lab and issues the certificate of analysis for release.",
        "Keeps a retained sample from every batch in the sample library.",
        "Builds to the aerospace router, stamping off each operation, and completes the FAI on new part numbers.",
        # shop floor, lean, line maintenance
        "Books labour and quantities against each works order on the MES terminal.",
        "Writes downtime reasons and scrap on the shift production board.",
        "Shift handover: line status, open faults, next product run",
        "Carries out autonomous maintenance (clean, inspect, lubricate) on the filler every shift.",
        "SMED changeovers on the packing line to cut format change time.",
        "Runs a weekly 5S audit of the cell and updates the visual board.",
        "Leads daily gemba walks and tier-one meetings at the production boards.",
        "Allocates operators to machines at shift start using the skills matrix.",
        "Records lot numbers of every component on the route card.",
        # packaging lines
        "Sets up the filling and capping machine and checks fill weights on the checkweigher.",
        "Checks inkjet date and batch codes on the bottling line at every pallet.",
        "Runs the labeller and case packer at the end of the canning line",
        # automotive, semiconductor, additive
        "Paint shop operator: sealing, base coat and clear coat on the body line",
        "End-of-line vehicle testing on the rolling road and in the water leak booth.",
        "Loads wafer lots on lithography tools and checks the overlay results.",
        "Runs and post-processes SLS and FDM builds, removing supports and bead-blasting parts.",
        # construction
        "Fixes rebar and sets up formwork ahead of the slab pour.",
        "Places and finishes concrete pours and takes cube samples for testing.",
        "Brickwork and blockwork to line and level.",
        "Keeps the daily site diary: labour, plant, weather and work done",
        "Snagging: walk each finished flat and fix defects before handover",
        "Casts precast concrete panels in moulds and strips them once cured.",
        # mining, agriculture, utilities, energy
        "Drills and charges blast holes to the drill and blast pattern.",
        "Operates the crusher and ball mill, adjusting feed rate to hit the grind size.",
        "Bolting and meshing the face after each blast underground.",
        "Milks the herd twice a day and records yields in the parlour system.",
        "Picks and grades strawberries in the polytunnels to the punnet spec.",
        "Sprays and fertilises crops following the agronomist's programme.",
        "Transplanting seedlings in the glasshouse and checking the irrigation.",
        "Adjusts chemical dosing at the water treatment works and takes turbidity samples.",
        "Field operator rounds on the crude unit, checking pumps, levels and leaks.",
        "Monitors turbine load and boiler pressure from the power station control room.",
    ],
    ("production", "back", "core", "remote"): [
        "Builds the weekly master production schedule and loads works orders by capacity.",
        "Runs MRP in SAP PP and releases production orders to the shop floor.",
        "Writes CNC programs in CAM from customers' part drawings.",
        "Writes and updates work instructions and SOPs for the assembly cells.",
        "Calculates OEE by line from MES data and reports the top downtime losses.",
        "Reviews executed batch records for errors before QA release.",
        "Analyses SPC data and Cpk for critical characteristics every month.",
        "Production planning: sequencing runs to cut allergen and colour changeovers",
        "Preflights customer artwork and imposes pages for the press.",
        "Prepares the daily production report: output, yield, scrap and labour hours.",
        "Maintains routings and work centres for manufacturing in NetSuite.",
        "Plans the kitchen's weekly production sheets from the covers forecast.",
        "Keeps control plans and PFMEAs current for each production line.",
        "Creates markers and cutting plans for each garment style in the CAD system.",
        "Schedules preventive maintenance on production equipment in the CMMS.",
        "Brew schedule: brews, fermenter allocation and packaging days",
        "Tracks first-pass yield and defects per million on every line.",
        "Issues the job bag and print specification for each order to the pressroom.",
        "Watches SCADA alarms on the water network and adjusts pump schedules from the control centre.",
        "Plans planting and harvest dates by block for the growing season.",
        "Maintains the construction programme and the three-week lookahead for the trades.",
        "Reviews customer drawings and raises production travellers for new jobs.",
        "Root cause analysis (8D, 5 Whys) on recurring production defects",
        "Sets up electronic batch records in the MES for each product.",
        "Line balancing for new garment styles from the operation breakdown.",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Reworks a rejected batch under an approved rework instruction.",
        "Runs a one-off trial batch when a customer asks for samples.",
        "Sorts and 100% inspects suspect stock after a quality escape.",
        "Responds to machine breakdowns on the line and gets the run going again.",
        "Unscheduled changeover to run an urgent order ahead of plan.",
        "Clears a major product spill on the line and cleans down before restart.",
        "Hand-finishes a special one-off casting to a customer's sketch.",
    ],
    ("production", "back", "long_tail", "remote"): [
        "Approves deviations and concessions for non-conforming material case by case.",
        "Chairs the MRB to decide the disposition of held product: use as is, rework or scrap.",
        "Writes the 8D report on a faulty batch returned by a customer.",
        "Handles requests from sales for special runs and short production lots.",
        "Re-plans the line schedule when a key machine goes down unexpectedly.",
        "Temporary process change requests, reviewed with engineering and QA before approval",
        "Squeezes rush jobs into the press schedule when a client needs them at short notice.",
        "Investigates a one-off yield drop on the filling line and reports the findings.",
        "Signs off a concession to ship parts with a cosmetic defect after the customer agrees.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(LOGISTICS) + flatten(PRODUCTION)
