"""Second breadth pass for logistics and production: forty more sub-areas each, in their own jargon.

The first breadth pass covered warehousing, forwarding, customs, haulage, cold chain and the
common factory, kitchen, construction and farm trades; real pages from other industries and
countries still bring words the model never met (an LIR and a load sheet on the ramp, a BAPLIE,
an NSN, a CCU on the supply base, IRT resupply, a Carta Porte, Mirsal, a TIR carnet, an ECTN, an
ACI eManifest; a harness board, an eBR, a stenter, wet blue, FFB and OER, a Hegman gauge, a CFA
pile, an EAF tap, a Banbury mixer, an IDDSI diet, an OTDR trace). These lines cover aviation,
maritime, rail, defence, offshore, clinical and biotech supply, chemicals, textiles, fisheries,
forestry, publishing, sport, charities, embassies, cooperatives, telecoms, universities, labs,
prisons, councils, airports and regional document names, with at most four lines per sub-area so
the specialist words carry the function. Labels follow shared/LABELING.md: routine work is
`core`, about one line in eight is `long_tail` (an AOG part, an excursion, a rejected lot, a
one-off move or run), and `on_site` wherever goods, machines, food, animals or a site are handled.
"""

# ruff: noqa: E501

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
LOGISTICS: Blocks = {
    ("logistics", "back", "core", "on_site"): [
        # airport ramp and baggage
        "Loads bags and cargo into the aircraft holds as per the loading instruction report (LIR) and tells load control about any change.",
        "Baggage make-up: sort bags off the carousel into carts by flight and class",
        "tug and dolly runs to the stand",
        # aircraft spares stores
        "Checks each incoming aircraft part for its EASA Form 1 or FAA 8130-3 tag before booking it into stores.",
        "Controls shelf-life items in aviation stores (sealants, adhesives) and quarantines anything past its cure date.",
        "rotables stores - tag unserviceable units, pack for the repair shop",
        # ship chandlery and ports
        "Delivers provisions and bonded ship's stores alongside vessels at anchor by launch.",
        "Straddle carrier driver, container terminal",
        "Reefer plugging and monitoring in the container stack",
        "Lashing gang: fit twistlocks and lashing bars on deck boxes before sailing",
        "Quay tally clerk",
        # rail freight
        "Marshals wagons in the freight yard so the train consist matches the train list.",
        "wagon marshalling",
        # defence stores
        "Issues kit and equipment to soldiers from the quartermaster store against signed issue vouchers.",
        "Receives materiel by NATO stock number (NSN) and posts it to the unit's stores account.",
        "Ammunition storehouse: receipts, issues and keeping the magazine register",
        "Loads convoy vehicles with rations, water and fuel for resupply of forward positions.",
        # offshore supply base
        "Packs cargo carrying units (CCUs) and offshore baskets at the supply base and checks their lifting certificates.",
        "Backload from the platforms: segregating waste skips, returned rentals and empty tanks on the quay",
        "Rig helicopter freight weigh-in",
        # clinical trial and lab shipping
        "Picks and ships clinical trial kits to investigator sites on IRT shipment requests, with a calibrated temperature logger in each box.",
        "Counts returned and unused trial medication at the depot before it goes for destruction.",
        "Packs frozen samples in dry ice or LN2 dry shippers and labels the boxes UN1845 or UN3373.",
        "dry shipper prep",
        # bulk chemicals
        "Loads road tankers at the bulk loading gantry after checking the tank cleaning certificate (ECD) and earthing the vehicle.",
        "ISO tank receipt and valve checks",
        # apparel DC
        "GOH conversion and store tagging",
        "Carton audit against the retailer's vendor compliance manual: label position, weight, pack ratio",
        # fisheries and forestry
        "Ices and boxes landed catch at the harbour and loads the reefer truck for the night run to the fish market.",
        "Fish box pool returns",
        "Drives the log truck from the forest landing to the sawmill and hands the load docket in at the weighbridge.",
        "Log yard stacking by grade",
        # newspapers and books
        "Newspaper bundle drops before 6am",
        "Collects unsold magazines from retailers and returns them to the press wholesaler.",
        "Picks bookshop orders in the publisher's distribution warehouse, including sale-or-return titles.",
        # sport, lottery
        "Kit man: packs and transports the team's kit and equipment to away fixtures and training camps.",
        "Drives the horsebox to race meetings and keeps the movement record for every horse.",
        "Delivers scratchcard packs and terminal paper rolls to lottery retailers on a weekly route.",
        # charities and food banks
        "Sorts donated food at the food bank warehouse, checks best-before dates and packs emergency food parcels.",
        "Collects surplus stock from supermarkets in the charity van and logs the weight on return.",
        "food parcel packing",
        # cooperatives
        "Bulk milk tanker driver: collect from member farms, take a sample and record the litres at each pickup",
        "Weighs and bags members' coffee cherry at the cooperative collection centre and issue them a receipt slip.",
        "Grades and stacks maize bags in the certified warehouse under the warehouse receipt system.",
        # telecoms
        "Issues routers, ONTs and SIM stock to field installers from the telecom depot, scanning each serial to the van.",
        "Cell site material deliveries",
        # campus, labs, prisons, councils, airports
        "Central receiving for the campus: log deliveries and run them to labs and departments on the trolley round",
        "Swaps empty gas cylinders for full ones in the laboratories and updates the cylinder tracking log.",
        "cylinder exchange round",
        "Packs prisoners' canteen orders from the weekly canteen sheets and seals each bag for the wing.",
        "Keeps the depot salt barn stocked before winter and records every load the gritters take.",
        "Screens and seals deliveries at the airport consolidation centre before they go airside to the shops.",
        # finished vehicles, removals, fine art, livestock
        "Checks new cars off the transporter for transit damage and writes the VINs on the delivery sheet.",
        "Car transporter loading and strapping",
        "Wraps furniture and packs household contents for overseas removals, writing the inventory for every crate.",
        "Crates paintings for museum loans and writes a condition report when packing and unpacking.",
        "fine art crating and installation moves",
        "Livestock haulage: load cattle, check stocking density, fill in the journey log at each rest stop",
        # fuel
        "Delivers fuel to service stations by road tanker, dipping the tanks before and after the drop.",
        "Meters the bunker transfer to the vessel and hands the chief engineer the bunker delivery note.",
        # postal and parcel hubs, last mile
        "Sorts inward mail to delivery walks at the sorting frame before the posties go out.",
        "Night hub shift: tip cages, induct parcels on the sorter, load the linehaul trailers",
        "Boda boda rider delivering e-commerce parcels and collecting cash on delivery.",
        "Loads parcel lockers on the morning round and takes back parcels that were not collected in time.",
        "parcel locker loading",
        # vending, service parts, kitting, controlled drugs, drones
        "Vending route refills",
        "Engineer van stock counts",
        "Puts next-day spare parts into the overnight drop lockers for field engineers.",
        "Builds kits of parts and subscription boxes at the kitting bench to the build sheet.",
        "Books controlled drugs into the vault at the pharmaceutical wholesaler and enters each one in the CD register.",
        "Packs blood units into drone parcels at the distribution hub and hands them to the launch team.",
        "doing loading of barges at river terminal and check draught marks before they leave",
    ],
    ("logistics", "back", "core", "remote"): [
        # aviation load control
        "Prepares the load sheet and weight and balance for each departure in the departure control system.",
        "LDM and CPM messaging",
        # maritime, ports, chartering
        "Builds the stowage plan for each vessel call and sends the BAPLIE file to the terminal.",
        "Calculates laytime from the statement of facts and notice of readiness after each discharge.",
        "Port agency ops: vessel line-up, berthing schedule and cargo documents for every call",
        "laytime calculations",
        # rail, defence, offshore
        "Wagon allocation planning",
        "Maintains the unit's equipment accounts and hand receipts in the logistics information system.",
        "Raises demands for spares through the military supply chain and tracks each one to delivery.",
        "Prepares the deck cargo manifest for every supply vessel sailing and books deck space with the marine base.",
        # clinical, chemicals, seafood
        "Watches site inventory in the IRT and sets resupply triggers so that no trial site runs out of kits.",
        "Books ISO tank moves and arranges tank cleaning and repositioning between cargoes.",
        "Prepares catch certificates and export health certificates for seafood shipments to the EU.",
        # publishing, charities, embassies, cooperatives
        "Sets copy allocations per retailer and monitors returns rates for each magazine title across the wholesaler network.",
        "Plans the weekly distribution of food parcels to partner charities from the stock report.",
        "Arranges shipment of household effects for staff rotating between duty stations, from survey to delivery.",
        "Prepares customs exemption requests for embassy consignments and follows them until clearance.",
        "Schedules milk collection routes across member farms so every farm tank is emptied within 48 hours.",
        # telecoms, vehicles, removals, livestock, fuel
        "Plans handset and SIM card replenishment to franchise stores from the central warehouse.",
        "Tracks returned customer routers and set-top boxes through refurbishment and back into stock.",
        "Schedules car transporter loads from the port compound to dealerships.",
        "Works out cubic volume from the video survey and picks the container or van size for each household move.",
        "Books live animal shipments by air under the IATA Live Animals Regulations and confirms the container type.",
        "Plans tanker loads and delivery windows for service stations from their stock dip readings.",
        # postal, last mile, service parts, hubs
        "Redraws delivery walks when new housing estates are added to the round.",
        "Rider COD tracking",
        "Sets spare parts stock levels at forward stocking locations from engineers' call rates.",
        "Plans linehaul departures from the sort hub so every trunk reaches its delivery depot before the start time.",
        "linehaul planning",
        # excise
        "Raises the e-AD in EMCS for wine moving under duty suspension and closes it when the report of receipt comes back.",
        # Latin America
        "Issues the Carta Porte CFDI complement for each truck movement before the load leaves the yard.",
        "Prepares the guía de remisión for each shipment leaving the warehouse in Peru.",
        "Emission of CT-e and MDF-e for every road shipment in Brazil",
        "Carta Porte issue",
        # Middle East
        "Mirsal 2 import declarations",
        "Raises the Bayan declaration on FASAH and books the inspection slot at the port.",
        # Eastern Europe
        "Prepares TIR carnets and T1 transit documents for trucks crossing into non-EU countries.",
        "SENT system registrations, Poland",
        "make TTN consignment note for every truck and send scan to the warehouse",
        # Southeast Asia
        "PEB export declarations (Indonesia)",
        "Applies for import permits through TradeNet before the cargo lands in Singapore.",
        "Prepares ASEAN Form D certificates of origin so the buyer gets the preferential duty rate.",
        # Africa
        "Obtains the electronic cargo tracking note (ECTN) for every shipment to West African ports.",
        "Tracks transit trucks along the Northern Corridor and cancels the T1 bonds at the border.",
        "Declaring imports in ASYCUDA World and following up the assessment notice;",
        "ECTN applications",
        # Australia/NZ, Canada
        "Lodges import declarations in the ICS and checks BMSB seasonal measures for goods from target risk countries.",
        "Plans B-double routes on the NHVR network maps and checks drivers' work diary hours before dispatch.",
        "Submits the ACI eManifest for every truck going into Canada and sends the PARS number to the broker.",
        "eManifest filings",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "AOG parts sourcing",
        "AOG desk: sourcing an urgent aircraft part and getting it on the next flight out to a grounded aircraft.",
        "Handles temperature excursions on clinical trial shipments, quarantining kits until the sponsor decides.",
        "Charters a one-off relief flight after a cyclone and arranges landing and handling at the destination.",
        "Gets containers released when the destination port holds them for an error on the cargo tracking note.",
        "Lodges general average security with the average adjuster when a vessel carrying our containers declares general average.",
        "Arranges fumigation or re-export when a shipment is rejected by the biosecurity inspector.",
        "Reroutes ocean bookings case by case after a port strike or canal closure.",
        "Arranges courier shipments of samples when a department asks, preparing the pro forma invoice.",
        "Handles excise queries when an EMCS movement is not closed in time.",
        "Plans the one-off move of a lab's freezers and samples to the new research building, booking dry ice and a temperature-controlled van.",
        "Permit request for an abnormal indivisible load, route by route, for a single wind turbine blade move",
    ],
    ("logistics", "back", "long_tail", "on_site"): [
        "Hand-carries an AOG part through the airport as an on-board courier.",
        "Restows a container after the customs X-ray inspection opened it.",
        "Re-ices a fish consignment held at the border before it spoils.",
        "Unloads a surplus donation at the food bank when a supermarket calls at short notice.",
        "Transfers cargo from a broken-down truck to a replacement vehicle at the roadside.",
        "Moved the museum collection into temporary storage during a one-off refurbishment.",
        "Issues ammunition and rations for an unplanned deployment at short notice.",
    ],
}

PRODUCTION: Blocks = {
    ("production", "back", "core", "on_site"): [
        # aerostructures, ships, boats, rolling stock
        "Drills, countersinks and installs rivets and Hi-Loks in wing skin panels on the build jig.",
        "Lays up prepreg plies to the ply book, vacuum bags the part and loads it for autoclave cure.",
        "Fuselage sealant and fasteners",
        "Fits and welds hull blocks on the panel line and checks alignment against the block drawings.",
        "Outfitting: pipes, cable trays and seatings fitted in the block before erection on the berth",
        "GRP hull laminating",
        "Assembles bogies for new rail vehicles and torques the primary suspension to the build sheet.",
        # wire harness
        "Cuts, strips and crimps wires and lays them up on the harness board to the wiring diagram.",
        "Crimp pull testing",
        "harness continuity test",
        # oil and gas upstream, drilling
        "Production operator: monitor separators, wellheads and gas compression on the offshore platform",
        "Performs well tests and adjusts chokes to keep every well at its target rate.",
        "Pigging the export pipeline",
        "Makes up and breaks out drill pipe on the rig floor while tripping in and out of the hole.",
        # biotech and QC micro
        "Prepares media and buffers, inoculates the bioreactor and monitors each cell culture run.",
        "Runs chromatography columns and TFF steps in downstream purification, recording each step in the eBR.",
        "seed train expansion",
        "Environmental monitoring of the cleanroom: settle plates, contact plates and active air samples each shift.",
        "Pulls stability samples at each time point and tests them against the protocol.",
        "Bioburden and endotoxin testing",
        # plastics, paint
        "Runs the twin-screw extruder and pelletiser, checking melt temperature and pellet size for each masterbatch lot.",
        "blown film line - gauge checks across the bubble",
        "Pipe extrusion line operator",
        "Disperses pigment in the high-speed mixer and checks fineness of grind with a Hegman gauge.",
        "Paint tinting to standard",
        # textiles
        "Tends ring spinning frames, piecing broken ends and doffing full bobbins.",
        "Warping and sizing yarn beams for the weaving shed",
        "Air-jet loom weaver",
        "Circular knitting machine operator",
        "Loads fabric into the jet dyeing machine and doses dyes and auxiliaries to the recipe.",
        "Stenter heat setting",
        "Lab dips and shade matching to the buyer's standard in the dye house",
        # leather, footwear
        "Loads hides into the tanning drums and controls chrome float, pH and drum time.",
        "Splitting and shaving wet blue to thickness",
        "Clicks uppers from leather hides with press knives, nesting the pattern to cut waste.",
        "Lasting and sole attaching",
        # aquaculture, fishing, forestry
        "Feeds the salmon pens from the feed barge and records daily feed and mortalities.",
        "weekly sea lice counts on the pens",
        "Sorts, bleeds and freezes the catch in the plate freezers on the factory deck.",
        "Operates the harvester, felling and processing stems to the cut-to-length bucking instructions.",
        "Plants seedlings on clear-fell sites at the stocking rate in the restocking plan.",
        "Pre-commercial thinning with a clearing saw",
        # agri-processing: sugar, palm oil, coffee, tea
        "Controls the cane mill tandem and the clarifiers during the crushing season.",
        "Vacuum pan boiling, sugar mill",
        "Sterilises and threshes FFB, presses the fruit and watches the oil extraction rate at the palm oil mill.",
        "Pulping, fermenting and washing coffee cherry, then turning parchment on the drying beds",
        "Withering, CTC rolling, fermenting and firing green leaf in the tea factory",
        # wine, confectionery, drinks, coffee, cheese, feed
        "Runs the crusher-destemmer and press at vintage and pumps over the red ferments twice a day.",
        "Barrel topping and racking",
        "Tempers chocolate and runs the enrober, checking coating weight on the bars.",
        "panning centres in the coating drums",
        "Syrup room: dissolve sugar, dose the concentrate, check brix before the filler",
        "Roasts green coffee to the roast profile, logging charge temperature and first crack for every batch.",
        "Cuts the curd, drains the whey and fills the moulds, then moves the cheeses to the brine bath.",
        "Cheese turning in maturing room",
        "Batches premix and raw materials at the feed mill and sets the conditioning temperature on the pellet press.",
        # institutional and flight catering
        "Prepares meals to the four-week cycle menu in the prison kitchen, including halal and medical diets.",
        "Produces texture-modified meals to IDDSI levels for hospital patients.",
        "Sets meal trays and loads trolleys to the galley plan in the flight kitchen.",
        "Special meals: VGML, KSML, DBML",
        # broadcast, telecoms build
        "Operates the vision mixer and shades cameras in the gallery during live broadcasts.",
        "Master control: watches the playout of the channel schedule and switches to backup on failure",
        "Splices fibre in joint closures and tests each link with the OTDR after the FTTH build.",
        "Tower rigging and feeder runs",
        "OTDR fibre testing",
        # civil, electrical, renewables
        "Runs the asphalt paver and rollers, checking mat temperature and compaction with the density gauge.",
        "Operates the CFA piling rig and records depth, concrete volume and auger pressure for each pile.",
        "TBM ring build and grout injection",
        "First fix containment and cable pulling, second fix terminating accessories and boards",
        "Tests new circuits, recording insulation resistance and loop impedance on the installation certificate.",
        "Lays glass fabric in the blade mould and runs the resin infusion for wind turbine blades.",
        "Mounts PV modules on the racking and does string testing before energisation.",
        # steel, foundry, cement, bricks, glass, rubber
        "Charges the electric arc furnace and takes bath samples and temperatures before tapping.",
        "Continuous caster operator",
        "Sets roll gaps and checks bar gauge at the finishing stand of the rolling mill.",
        "Makes sand moulds and cores, pours the melt and knocks out castings once cooled.",
        "Fettling and grinding castings",
        "Watches kiln feed and burning zone temperature to keep clinker quality within limits.",
        "Sets green bricks on kiln cars and draws fired bricks from the tunnel kiln.",
        "IS machine mould swabbing",
        "Mixes rubber compound in the Banbury mixer and calenders sheet to gauge.",
        "tyre curing press operator",
        # corrugated, pharma packaging, medical devices, laundry
        "Runs the corrugator and flexo folder-gluer to make shipping cartons to the box spec.",
        "die-cutting and stripping carton blanks",
        "Runs the blister packing line, checking seal integrity and serialisation codes at aggregation.",
        "Assembles catheters in the ISO 7 cleanroom and completes the device history record for each lot.",
        "EtO steriliser loading",
        "Feeds flatwork through the ironer and folder and sorts clean linen for each hotel customer.",
        "Tunnel washer operation",
        # small makers
        "Pours soy candles at the right temperature, centres the wicks and leaves them to cure before labelling.",
        "cold process soap - mix, pour, cut bars, cure four weeks",
        # NDT, heat treatment, surface finishing
        "Carries out ultrasonic and dye penetrant testing on welds and records indications on the NDT report.",
        "Radiography of girth welds",
        "Loads the vacuum furnace for hardening and tempering, then checks hardness on the Rockwell tester.",
        "Jigs parts for the anodising line and titrates the baths every shift to keep the chemistry in range.",
        "Nickel-chrome plating tanks",
        "doing the weaving of sarongs on handloom as per the design card and cut the pieces",
    ],
    ("production", "back", "core", "remote"): [
        "Raises shortage lists for the aircraft assembly stations and chases parts against the build schedule.",
        "Writes shop-floor routings and build sequences for new aerostructure assemblies.",
        "Plans the block erection sequence and production manpower for each hull in the shipyard.",
        "Reviews executed eBRs for each bioreactor run and closes minor deviations before batch disposition.",
        "Trends environmental monitoring results against alert and action limits for each cleanroom grade.",
        "Sets dye recipes and sequences dye lots by shade to cut machine cleaning.",
        "Plans loom allocation and weaving orders against fabric delivery dates.",
        "Works out oil extraction rate and throughput for the palm oil mill's daily report.",
        "Allocates daily production to each well and reports deferred barrels.",
        "Colour grading and conform",
        "Delivers finished programme files to the broadcaster's AS-11 spec and checks them for QC faults.",
        "Writes the method statement and inspection and test plan (ITP) for the piling works.",
        "Works out daily meal numbers for the prison kitchen from the roll count and the menu cycle.",
        "Updates the flight kitchen production plan as passenger loads change before departure.",
        "Keeps the harvest plan and stand records for each forest compartment.",
        "Reviews furnace charts and heat treatment records before parts are released.",
        "Tracks sea lice levels and feed conversion ratio across the farm sites.",
        "Plans roast schedules from the week's wholesale orders and green bean stock.",
        "Maintains the BOM and routing for each harness part number in the ERP.",
        "Plans vintage intake by vineyard block and assigns tanks to each parcel of fruit.",
        "Foundry melt scheduling",
        "Reviews the daily kiln report: clinker output, free lime and fuel rate",
        "Bar mill rolling schedules",
        "Schedules stability pulls and compiles the stability summary reports.",
        "corrugator trim optimisation",
        "production planning at the tea factory through the peak flush",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Reworks wire harnesses returned with a failed continuity test.",
        "Drills out and replaces rivets on a panel flagged at inspection, under an approved concession.",
        "Strips and re-dyes a fabric lot the buyer rejected as off-shade.",
        "Runs an emergency harvest of a salmon pen after an algal bloom.",
        "Prepares replacement meals at short notice when a delayed flight needs fresh catering.",
        "Hand-pours a custom colour candle run for a one-off wedding order.",
        "Casts a one-off replacement part from a customer's broken sample when no drawing exists.",
    ],
    ("production", "back", "long_tail", "remote"): [
        "Decides the disposition of a bioreactor batch after a contamination event, with QA and the process owner.",
        "Raises a production permit to run one lot on material outside the approved spec.",
        "Approves a one-off change to a dye recipe when the dyestuff supplier substitutes a product.",
        "Investigates an EM excursion in a Grade A zone and assesses which batches are affected.",
        "Re-plans the crushing schedule when rain cuts the cane supply to the mill.",
        "Handles a retailer's request for a limited colourway run at short notice, fitting it into the loom plan.",
        "Assesses deferred production after a well trip and approves the restart plan.",
        "Weld found defective by NDT: decides repair or cut-out with the welding engineer",
        "Reschedules the flight kitchen when an airline adds a charter at short notice.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(LOGISTICS) + flatten(PRODUCTION)
