"""Administration, logistics, product development and HR in the everyday words of small and mid-sized organisations.

The breadth passes taught the specialist jargon of each function; lines from ordinary offices,
shops, clinics, schools, churches, clubs, councils, universities, factories, warehouses, hotels,
charities, agencies, software firms, building sites, farms and property managers in several
countries name no jargon at all, only a room, a fob, a van, a stockroom shelf, a tasting panel or
a probation form, and they come in mixed registers: SOP steps with an actor, conditional and timed
steps, job-ad duty bullets, terse headings, passive descriptions and first-person owner lines.
These lines cover about thirty sub-areas of each function that earlier modules touch only lightly
(room bookings and set-up, kitchens, confidential waste, fobs, noticeboards, site and farm
offices, pool vans and facilities requests for `admin`; courier pickups, route sheets, stockrooms,
kanban runs, pallet exchange, school, clinic, hotel and food bank stores, marketplace and
upcountry parcels for `logistics`; feature briefs, discovery, betas, new courses, service and
package design, recipe and prototype trials and field tests for `product_development`; Saturday
hiring, trial shifts, supply and locum cover, freelancers, probation, leave, training matrices,
seasonal pickers, apprentices and works councils for `hr`), with boundary cases read by
shared/LABELING.md (a document courier is admin, a facilities request is admin, a forklift
refresher course sold to customers is product development, agency temps are hr). Routine work is
`support` for admin and hr and `core` for logistics and product development; about one line in
six is `long_tail` (one request, an approval, an exception, an incident or a one-off project);
`on_site` where someone must be there with the goods, rooms, keys, paper, kitchen or prototype.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
ADMIN: Blocks = {
    ("admin", "back", "support", "remote"): [
        # meeting room calendar
        "Manages the meeting room calendar in Outlook, sorting out double bookings and releasing rooms nobody turns up to within 15 minutes.",
        "huddle rooms & boardroom - who has them when",
        "If two teams book the same room, the earlier booking stands and the office coordinator offers the other team the library.",
        # catering for internal meetings
        "Office coordinator books lunch for the monthly all-staff briefing and collects dietary needs from team leads by the Tuesday before.",
        "Catering for internal meetings: numbers, dietary codes (V, VG, GF, H), delivery time",
        # clinic room rota
        "The practice administrator draws up the monthly consulting room rota so the visiting podiatrist and the physio are never booked into Room 3 at the same time.",
        "room rota for visiting clinicians",
        # school office records
        "Returned trip consent slips are entered in the MIS and the office prints the final coach list the day before.",
        "i enter the late book into the register system every afternoon so the attendance figures line up",
        # church hall diary
        "The parish administrator keeps the church hall diary so the choir, the toddler group and the scouts don't all want the hall on the same Tuesday.",
        # council internal directory and chambers
        "Responsible for maintaining the internal phone directory and the floor plan of who sits where, updating both whenever staff change desks.",
        "Council chamber and committee room bookings",
        # university department office
        "Assists the department administrator with exam room bookings, invigilator lists and logging extension requests, ensuring every decision is recorded on the student record.",
        # translations
        "Staff notices and site rules are sent out for translation into Polish, Romanian and Tigrinya, and the returned files are checked against the original layout.",
        "translation requests - log it, get a quote from the agency, send the file, check it back",
        # pool vans
        "Pool van bookings go through the shared calendar; drivers email the start and end mileage when they hand the keys back.",
        "MOT, service and tax dates for the three vans, with a reminder set four weeks ahead",
        "If a pool car comes back with a warning light on, block it in the booking calendar and email the garage for the first free slot.",
        "The fleet administrator types the drivers' weekly vehicle defect sheets into the fleet spreadsheet and flags anything marked unsafe to the office manager.",
        # facilities requests
        "Supports the office manager by logging facilities requests (cold radiators, sticking doors, flickering lights) on the helpdesk and chasing the landlord's agent until each one is closed.",
        "we email the managing agent whenever the building's heating plays up",
        # cleaning contract
        "The facilities coordinator agrees the monthly deep-clean schedule with the contract cleaners and raises missed cleans with their supervisor;",
        # off-site archive retrievals
        "When a department needs an old file, request the box back from the off-site store and note the date it must be returned.",
        # agency job numbers and folders
        "As soon as a new client brief comes in, open a job number and set up the matching folders on the server.",
        # property manager tenancy files
        "Signed check-in reports and inventories are uploaded to the property file within 48 hours of a tenancy starting.",
        # hotel GM's office
        "The GM's PA keeps the diary and puts together the papers for Monday's heads-of-department meeting.",
        # site progress meeting minutes
        "I write up the progress meeting minutes from the recording and get the action log to the subcontractors' foremen by next morning",
        # staff travel
        "Coordinates staff travel for the Mombasa field visits, including flights, hotels and airport transfers, ensuring every itinerary is kept in one shared folder.",
        # parking permits
        "Staff parking: permit list, visitor bays and the waiting list for spaces",
        # copier service calls
        "we call the copier company out when it shows a fault code, not for a paper jam, and I log every engineer visit",
        # club membership list
        "updating the members' contact list after renewals close",
        # landlord liaison
        "Serve as the point of contact with the landlord and the building manager for anything to do with the office, from access hours to air conditioning.",
    ],
    ("admin", "back", "support", "on_site"): [
        # room set-up
        "Room setup: tables in a U, flipchart, HDMI cable, water and glasses",
        "Before the governors meet, set out the name cards, jugs of water and printed agendas in the school library.",
        "The town hall is set up in the canteen by 4pm: rows of chairs, the lectern and two handheld mics tested.",
        "Fifteen minutes before each board meeting, set out refreshments in the boardroom; clear away once the meeting closes.",
        # staff kitchen
        "Kitchen rota: dishwasher emptied before 10, milk and tea towels checked, surfaces wiped at 3",
        "I empty the office fridge on Thursdays after lunch and bin anything without a name and date on it.",
        "Assists with the upkeep of the staff kitchen and breakout area, running the dishwasher and wiping down the coffee machine before going home.",
        # confidential waste and recycling
        "The shredding firm empties the confidential waste consoles every second Wednesday and the office coordinator signs the collection certificate.",
        "recycling - cardboard flattened and taken to the cage by the back door",
        # contractor visits
        "The caretaker unlocks the bin store for the pest control contractor and keeps their bait-station reports in the facilities file.",
        "Contractors doing facilities work are walked to the job and collected again when they finish",
        # fobs and keys
        "The office manager issues door fobs to new starters, notes each fob number against the person and collects it back on their last day.",
        "Key cabinet: every key tagged, signed out and signed back in the book",
        "If someone loses a fob, cancel it on the door system straight away and hand out a replacement only with their manager's okay.",
        # noticeboards and signage
        "Staff noticeboards are cleared of out-of-date notices at the start of every month.",
        "Door name plates and the floor directory by the lifts are changed whenever teams move round.",
        # internal post between sites
        "Internal post goes between the two campuses on the 11am shuttle, each bag sealed and logged by the mailroom.",
        "I take the registered letters to the An Post office at lunchtime and staple the receipts into the post book",
        # back-scanning council files
        "The records assistant scans the pre-2005 planning application files into the document system box by box, checking page counts as they go.",
        # clinic consent forms
        "By the end of each clinic, file signed consent forms in the patient's paper notes and scan a copy to the electronic record.",
        # site cabin
        "The site administrator types up the daily site diary in the cabin from the site manager's notes, with the weather and labour numbers.",
        "site office: sign-in book, drawing rack, the daily diary folder",
        # farm office
        "Farm office: filing, the wall planner, scanning the paperwork for the accountant",
        "once a week I sit in the farm office and file everything that's piled up on the kitchen table",
        # furniture register
        "Maintains a register of office furniture and non-IT equipment (chairs, desks, heaters, fans), walking the floors each spring to make sure it is accurate.",
        # hot-desk floor
        "At 6pm, walk the hot-desk floor and clear anything left on desks into the named lockers.",
        # office manager of a software company
        "Runs the day-to-day office for a 60-person software company: parcels, the desk booking app, the kitchen and the monthly walkround with the landlord.",
        # washroom and room checks
        "The duty administrator checks the washrooms and meeting rooms at lunchtime and reports anything the cleaners have missed",
        # India office boy
        "Office boy - tea for meetings, photocopies, carrying files to the CA's office",
        # Philippines document routing
        "The admin aide encodes incoming documents in the receiving logbook and walks the hard copies round each department for signature.",
        # parish service sheets
        "The parish secretary prints and folds the Sunday service sheets on Friday mornings.",
        # print room
        "Print room: exam papers copied, collated and sealed in envelopes two days before each sitting",
        # car park
        "I check the car park at half nine and put a note on any car without a permit",
        # opening and closing up
        "First in opens up: alarm off, blinds up, heating on, post in",
        "Last one out checks the windows, switches off the urn and sets the alarm.",
        # archive room
        "Each January, box up closed files, label them with the destroy date and carry them down to the basement archive.",
        # generator and load shedding
        "Before any load-shedding stage above 4, and every Monday anyway, check the diesel level in the generator.",
        # snow and ice
        "In winter, make sure the front steps are salted before 8 and call the snow contractor if the lot hasn't been cleared.",
        # meeting room consumables
        "Whiteboard markers and flipchart pads in the meeting rooms are refilled from the store cupboard each Monday",
        # plants and blinds
        "They look after the office plants and keep the meeting room blinds and lights working",
        # general office duties
        "Responsible for the smooth running of the office, including post, room set-ups, keys and contractor access, ensuring the building is ready for staff each morning.",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # staff away day transport
        "Book a minibus and driver for the staff away day in June and send everyone the pickup times.",
        # couriering documents
        "can someone get the signed lease originals couriered to the solicitor by Friday?",
        # interpreter
        "Find an interpreter for Thursday's parents' evening for the two Portuguese-speaking families.",
        # fleet incident
        "Sorted the pool van's cracked windscreen with the glass company and the insurer",
        # contractor parking
        "Whether a contractor gets a parking permit is the office manager's call, taken case by case.",
        # retirement do
        "Book the function room and the cake for the caretaker's retirement do",
        # short-notice room
        "If a director wants a room at short notice and everything is taken, offer the quiet room or book a desk at the co-working space next door.",
        # broken entry buzzer
        "Raise a request with the landlord about the broken entry buzzer and tell staff to use the main door in the meantime",
        # special event travel
        "Arranged hotel rooms and trains for the twelve staff going to the awards night in Glasgow",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # office move
        "Office move: crates, labels, the removal firm and the new seating plan",
        "we're moving floors in March and I'm the one sorting the crates and who sits where",
        # lift outage
        "When the lift is out of service, put signs up on every floor and call out the lift contractor.",
        # leak in records room
        "After a leak in the records room, move the wet boxes to the dry store and list what's been damaged.",
        # auditors' visit
        "Set up temporary desks in the small boardroom for the external auditors' two-week visit.",
        # back-scanning project
        "Backscanning project: 400 boxes of building control files, indexed by address",
        # recarpeting
        "Temporary move of the finance team while their floor is recarpeted",
        # spare key
        "Cut a spare key for the new cleaner once the office manager has signed the request.",
    ],
}

LOGISTICS: Blocks = {
    ("logistics", "back", "core", "remote"): [
        # courier collections
        "The dispatch assistant books the next-day collection in the Sendle app before 11am so the morning's orders leave the same day.",
        "When the Purolator driver hasn't come by 5pm, rebook the pickup for first thing and move the orders onto tomorrow's manifest.",
        # van route planning
        "The transport planner builds tomorrow's van routes in the routing app, grouping drops by postcode and keeping to each restaurant's delivery window.",
        "Responsible for planning daily multi-drop routes for four vans, balancing load weight, driver hours and customer time slots.",
        # failed deliveries
        "Failed deliveries are rebooked within 24 hours, and after a second failed attempt the parcel goes back to the depot.",
        # tracking exceptions
        "Every morning, check the carrier exception report and chase anything that has sat 'in transit' for more than three days.",
        "tracking exceptions & stuck parcels",
        # stock adjustments
        "Stock adjustments are posted in Cin7 after each cycle count, with a reason code on every variance.",
        "when I move stock between our two shops I enter the transfer in Lightspeed before the box goes",
        # marketplace pickups
        "Coordinates Ninja Van pickups for the Lazada and Shopee orders, ensuring anything stuck at the hub is chased the same day.",
        # pallet network
        "The warehouse office books pallets onto the pallet network for next-day delivery, flagging tail-lift and booking-in needs on each consignment.",
        # dock slots
        "Schedules inbound dock slots so that no more than two containers land in the same hour",
        "If a haulier misses their slot, fit them in after the last booked arrival or push them to the next day.",
        # 3PL stock report
        "every Monday we check the 3PL's stock report against our own system and send them the differences",
        # small parcel customs forms
        "I fill in the CN22 or CN23 for every overseas parcel - proper description, value, tariff code",
        # campus deliveries
        "Responsible for coordinating deliveries across the campus, ensuring gas cylinders and chemicals go to the science goods-in and not the main library.",
        # building site deliveries
        "Two days before the bricklayers need them, schedule the block and lintel deliveries to plot 14 and book the crane slot for unloading.",
        "Site deliveries: booked 48 hours ahead, one lorry at a time at the gate",
        # farm haulage
        "The farm secretary books grain haulage with the merchant and gives the drivers the farm's loading hours.",
        "i ring the haulier on a Monday to get the lambs to the abattoir for Wednesday",
        # food bank rounds
        "The food bank's transport coordinator plans the Saturday delivery rounds and gives each volunteer driver a run sheet of addresses.",
        # hotel bar transfers
        "Cellar-to-bar transfers entered each night in the stock system",
        # exhibition crates
        "Supports the events team by shipping the stand crates to the show's advance warehouse and tracking them through to the marshalling yard.",
        # dispatch desk
        "Acts as the dispatcher drivers call while out on the road, re-sequencing drops when a customer is closed or the access is blocked.",
        # India D2C dispatch
        "we generate the AWBs in Shiprocket and schedule the Delhivery pickup for the day's COD and prepaid orders",
        # carrier choice
        "The shipping app's rate comparison is used to pick the cheapest service for each parcel by weight and destination.",
        # replenishment planning
        "Assists the warehouse manager with replenishment planning, ensuring pick faces for the top 200 lines are topped up before each wave.",
        "Stock levels per location in the WMS - checked weekly against min/max",
    ],
    ("logistics", "back", "core", "on_site"): [
        # goods in
        "Goods-in tallies the cartons on each pallet with the driver still there, and any short is written on both copies of the paperwork.",
        "If a delivery arrives with crushed cartons, photograph them and sign for it as 'received damaged'.",
        # stockroom layout
        "The shop supervisor labels every shelf in the back stockroom with a bin code so new staff can find sizes without asking.",
        "stockroom rule: heavy boxes low, fast sellers nearest the door",
        # stocktakes
        "Year-end stocktake - count sheets, two counters per aisle, recounts before the close",
        "we close the shop early on 30 June to do the stocktake",
        "Blind counts are done on a rolling schedule, and any variance over 2% is recounted by a second person.",
        # picking from the shop floor
        "Before opening, pick the day's web orders from the shop floor so the till and the website sell from one stock.",
        # packing bench
        "Packing bench: tape gun, tissue, void fill, scales and the label printer",
        "Fragile orders are double-boxed with at least five centimetres of padding on every side.",
        "Packs and labels online orders with care, ensuring every parcel is weighed, sealed and scanned before the collection.",
        # courier handover
        "Courier pickups: manifest printed, parcels stacked by the side door, driver signs the sheet",
        # kanban and line-side
        "The material handler replenishes the line-side racks on the two-hourly milk run, swapping empty kanban bins for full ones.",
        "Empty kanban cards are collected from each cell at break times and taken back to stores",
        # pallet exchange
        "The dock checker counts CHEP pallets in and out at the dock and gets every haulier to sign the pallet exchange sheet.",
        # trailer loading
        "The loader builds the trailer heaviest first, straps each row and photographs the load before the doors are sealed.",
        # quarantine cage
        "Damaged stock goes into the red cage until the supervisor says return, rework or scrap.",
        # clinic consumables
        "The practice nurse rotates the clinic's dressings and syringes so the shortest-dated boxes are used first",
        "Treatment room cupboards are topped up from the main store every Friday.",
        # hotel stores
        "Hotel stores: issues to the kitchen and housekeeping only against a signed requisition",
        "The storekeeper receives deliveries at the hotel loading bay and probes the fish and dairy before signing for them.",
        # school stock room and textbooks
        "Assists with issuing exercise books and art materials from the school stock room, ensuring every issue matches a department requisition slip.",
        "At the end of term, collect and count the returned textbooks and shelve them by title and year group.",
        # food bank store
        "Sort donated tins by date and type and shelve them in the store with the oldest at the front",
        # council depot
        "The depot crew delivers replacement wheelie bins from the depot's daily list and records each bin's serial number.",
        # building site materials
        "The telehandler driver unloads site deliveries and stacks blocks on the laydown area nearest the plot.",
        "Materials compound - kept locked, stock checked every Friday against what's been used",
        # farm dispatch
        "Before the haulier arrives, weigh the loaded grain trailer over the farm weighbridge and have the ticket written.",
        "Packhouse dispatch: strawberry pallets into the chiller, then onto the 6pm supermarket lorry",
        # university stores
        "Responsible for running the central stores counter, issuing lab consumables and booking each item out to the right cost code.",
        # peak waves
        "During peak, pick waves are released every 45 minutes and anything missed rolls into the next wave.",
        # click and collect shelf
        "Click & collect parcels sit on the shelf behind the till, filed by surname and order number.",
        # library transfers
        "Inter-branch transfer crates for the library van are packed on Mondays and Thursdays.",
        # charity shop collections
        "The charity's van crew collects donated furniture in the Luton and brings it back to the warehouse for checking.",
        "I do the furniture collections Tuesdays and Fridays, two of us in the van",
        # returns bench
        "Returned items are checked, regraded and either put back to stock or moved to the seconds rail.",
        "Returns bench: open, inspect, regrade, restock same day",
        # India pickup
        "If the Delhivery pickup boy hasn't come by 4pm, call the hub and keep the packed orders by the door with the manifest ready.",
        # Kenya upcountry parcels
        "The dispatch clerk takes upcountry parcels to the bus company's depot and writes the waybill numbers in the dispatch book.",
        # South Africa PAXI
        "we drop the small orders at the PAXI counter in the Pep store on the way home",
        # lab samples
        "By 3:45, patient samples are packed in UN3373 boxes with absorbent pads, ready for the lab courier.",
        # one-person warehouse
        "I'm the only one in the warehouse on Saturdays so I pick, pack and load the van myself",
        "they keep the loading bay clear and the pallet truck charged",
        # put-away
        "The reach truck driver takes received pallets up to the suggested locations and confirms each one with a scan of the rack label.",
        # parts store
        "Maintains accurate stock in the parts store, ensuring every issue to the workshop is scanned and every return is booked back in.",
        # container unload
        "Assists with the weekly container unload, counting cartons by SKU and reporting shorts and overs to the office.",
        # undelivered parcels
        "Within an hour of the last van returning, undelivered parcels are scanned back in and put on the redelivery shelf.",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        # lost parcel claim
        "Lodge a lost-in-transit claim with the carrier for parcel 4471, attaching proof of postage and the invoice value.",
        # urgent pallet
        "One urgent pallet has to reach the Dublin shop before Saturday's opening - book a dedicated van.",
        # same-day part
        "Arrange a same-day courier for the replacement pump the Leeds customer is waiting on",
        # artwork shipment
        "Ship the exhibition pieces to the gallery in Toronto: crates, fine-art shipper, export paperwork",
        # wrong delivery back to merchant
        "Return the wrong pallet of tiles to the merchant: arrange the collection and the returns note.",
        # emergency transfer
        "Emergency stock transfer to the Galway shop after their delivery went missing",
        # redirect request
        "If a customer wants a parcel redirected after it has left, request it through the carrier's portal - once only, and only within the UK.",
    ],
    ("logistics", "back", "long_tail", "on_site"): [
        # unbooked lorry
        "If a lorry turns up without a booking, the shift lead decides whether we can take it or it has to come back.",
        # batch pull
        "Pull every unit of batch 23-117 from the pick faces and move it to quarantine until quality clears it.",
        # pop-up stock
        "Moving the shop's stock to the pop-up unit for the Christmas market",
        # missing carton
        "Missing carton on yesterday's delivery: recount the bay and check the loading photos",
        # flood
        "After the flood, every pallet on the bottom racks had to come off and be re-stacked upstairs.",
        # van breakdown
        "I had to drive the last boxes to the depot myself when the van broke down",
        # harvest festival
        "After the harvest festival, the donated produce is boxed up and driven to the night shelter.",
        # overflow container
        "Overflow stock is kept in a hired container in the yard until the January sale clears space",
    ],
}

PRODUCT: Blocks = {
    ("product_development", "back", "core", "remote"): [
        # feature briefs and backlog
        "The product manager writes a one-page brief for each new feature: the problem, who has it, how we'll know it worked, and what's out of scope.",
        "Responsible for turning customer feedback themes into a prioritised product backlog, working with engineering to size and sequence each item.",
        "feature spike - two-day timebox, findings written up",
        # API design
        "Before any code is written, the OpenAPI definition for the new endpoints is drafted and signed off by both consuming teams.",
        # design system
        "New components are added to the design system in Figma with every state, spacing rule and usage note documented.",
        # usability and accessibility of prototypes
        "Assists with remote usability sessions on the new checkout prototype, ensuring each participant's struggles are logged against the task.",
        "Before a screen goes to the developers, check colour contrast, focus order and screen-reader labels in the mock-up.",
        # beta programme
        "The product lead runs the closed beta of offline mode with twenty pilot customers and sorts their reports into bugs, gaps and wishes.",
        "beta feedback triage",
        # in-app experiments
        "I set up an A/B test of the reworked in-app onboarding behind a flag and write up the result after two weeks",
        # discovery interviews
        "The UX researcher interviews shop owners about how they count stock today before a single screen of the new inventory feature is designed.",
        "we talk to five customers every fortnight so the roadmap isn't built on guesses",
        # council service design
        "The council's service designer maps the end-to-end journey for the new garden waste subscription before any online forms are built.",
        "Service design for the new blue badge application: discovery, alpha, then a private beta",
        # university programmes
        "The programme lead drafts the specification and learning outcomes for the proposed MSc in Applied Data Science.",
        "new module proposal: rationale, learning outcomes, assessment, reading list",
        "Works with academic staff to develop new short courses for industry, from the first outline through to validation by the faculty board.",
        # training company courses
        "Responsible for designing the new two-day forklift refresher course we sell to building firms, including a practical assessment and a trainer guide.",
        # clinic service design
        "Designing a new menopause clinic service: the pathway, appointment lengths and what the first consultation covers",
        # hotel packages
        "Works with the kitchen and the spa to develop and test new stay packages, such as a cycling weekend, ensuring each one can actually be delivered.",
        # agency productised service
        "Turning our brand workshops into a packaged service with a set agenda, fixed deliverables and a facilitator pack",
        # charity programme design
        "Pilot design for the new befriending programme: who is eligible, how often volunteers visit, how loneliness will be measured",
        # courier service design
        "Scoping a Sunday delivery service for our courier network: likely volumes, driver availability, depot opening hours",
        # new product engineering
        "The design engineer builds the first bill of materials for the new pallet truck model and flags parts that have no existing supplier.",
        "A design for manufacture review with the production supervisors is held before any drawing is released.",
        "Serve as the engineering lead for new products from concept sketch to released drawings, coordinating testing, costing and the handover to the plant.",
        # builder's standard design
        "Developing a standard garden room design we can build in three sizes, with a fixed spec and a set of drawings",
        # property manager service tier
        "Designing a new 'let plus' service tier for landlords: what's included, which checks we run, how it differs from full management",
        # recipe costing and specs
        "Every new recipe is costed per portion and written up on a spec sheet before it goes out to the kitchens.",
        "Once the pilot batch passes, hand the final recipe, specs and process sheet over to production.",
        # adapting products for new markets
        "Adapting our sauce range for the Gulf market: halal-certified ingredients, bilingual labels, less heat",
        "working on a millet-based version of our snack bars for the South Indian market",
        # electronics design
        "I draw the schematic and lay out the PCB for each sensor board revision in KiCad",
        # requirements
        "When sales send a wish list for the new kiosk, turn it into a product requirements document with must-haves and nice-to-haves.",
        # small maker sketching
        "i sketch new earring designs in the evenings and pick the three best to sample",
        # game design
        "The level designer writes the design document for the new level, covering the puzzles, enemy placement and the story beats",
        # roadmap review
        "Quarterly product roadmap review: what shipped, what slipped, what comes next",
        # idea screening
        "New product ideas are scored against the agreed criteria (market size, fit with our range, tooling cost) before any go to concept.",
        # background research
        "Before the team starts reformulating the burger, review the published studies on plant-based binders.",
        # product manager support
        "Assists the product manager with competitor research, release notes and acceptance criteria, ensuring each user story is ready before sprint planning.",
    ],
    ("product_development", "back", "core", "on_site"): [
        # bakery and menu trials
        "The pastry chef trials three versions of the gluten-free brownie and notes bake time, texture and cost per portion.",
        "Tasting panel for the spring menu - six dishes, score sheets, chef's notes",
        "New dishes are cooked for the tasting panel twice before they go anywhere near the menu.",
        "Before a new dish goes on the menu, the chef cooks it at full service speed at least once to check the timing.",
        # farm cheese
        "Making test batches of the new raw milk cheese in the farm dairy with the consultant",
        # candle scents
        "I test new scent blends in small pours and burn each one for four hours before it joins the range",
        # furniture mock-ups
        "The furniture designer builds a full-size mock-up of the new oak bench to check seat height and leg spacing.",
        # game playtests
        "The game designer playtests the new card game with six groups and notes where players get stuck on the rules.",
        # fit samples
        "Fit samples for the extended size range are tried on the fit model and adjusted before grading",
        # board bring-up
        "Bring up the first board revision: power rails, then the programming header, then each peripheral",
        # competitor teardown
        "Competitor teardown: cost the parts, photograph each stage, note the clever bits",
        # test lab
        "Carries out IP67 dunk tests and heat soaks on prototype enclosures in the test lab, ensuring every leak is logged and photographed.",
        "If a prototype fails the drop test, photograph the break, mark the failure point and send it back to design the same day.",
        # rapid prototyping
        "Fit-check parts are printed overnight on the resin printer and measured against the CAD in the morning",
        # material samples
        "I collect samples of recycled felt, cork and wool board for the new acoustic panels and test how each one cuts and glues in the workshop",
        # packaging redesign
        "Drop-test the redesigned plastic-free mailer from 1.2 m on every corner before we switch over",
        # cold testing
        "The test engineer puts the winter version of the e-bike battery pack through the cold chamber at -30°C.",
        # field testing
        "Leads field tests of the solar lantern prototype with households near Kisumu, ensuring charge time and daily use are recorded for every unit.",
        # shelf-life trial
        "The food technologist cooks small batches of the new ube spread, adjusting the sugar until it holds up after a month on the shelf.",
        # distillery recipe
        "Test runs of a native-botanicals gin with lemon myrtle and pepperberry are distilled until the recipe is settled.",
        # brewery pilot kit
        "The head brewer brews the new seasonal on the 50-litre pilot kit and tastes it against the target profile at each stage",
        # demo rig
        "Once the demo rig for the new water-testing kit is built, run it against known samples in the lab before showing anyone.",
        # development kitchen
        "Pilot batch of the new sauce: 20 kg in the development kitchen, viscosity and taste checked",
        "Develops and tests new dishes in the test kitchen, keeping accurate records of quantities, methods and results.",
        # prototype workshop
        "Assists in the prototype workshop, machining test parts and assembling early builds, ensuring every change is marked up on the drawing.",
        "Responsible for building and testing physical prototypes of new garden tools, working closely with the designer on grip, weight and balance.",
        # owner-makers
        "we're trying a new sourdough in the mornings before the shop opens and getting the regulars to taste it",
        "I'm building the prototype in my garage at weekends until we can afford a workshop",
        # device wall
        "Each new app build is tested on the device wall of older Android phones before it goes out to beta testers.",
        # sample room
        "Sample room: toiles, first samples, fit notes pinned to each one",
        # cladding test panel
        "The R&D team builds a test panel of the new cladding system in the yard to check the fixings and how it weathers.",
        # variety trial plots
        "Trial plots of three new oat varieties are sown beside the main field and scored for lodging at harvest.",
        # hotel mock-up room
        "Mock-up room: the new bathroom layout and furniture fitted in one bedroom and trialled before the refurbishment is signed off",
        # gym class formats
        "we try out every new class format with a small group of members before it goes on the timetable",
        # curtain workroom
        "Before a new fabric goes into the range, run trial cuts in the workroom to see how it handles pleating;",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        # custom variant
        "Customer wants the unit with a 5 m cable instead of 2 m - check whether we can do it without a new part number.",
        # forced redesign
        "Emergency redesign of the bracket after the supplier discontinued the casting we used",
        # hackathon
        "Hackathon week: pitch ideas Monday, build till Thursday, demo Friday",
        # beta incident
        "If a beta customer reports lost data, pause the rollout and get the feature team on a call that day.",
        # feasibility check
        "Do a quick feasibility check on adding a vegan option to the pie range.",
        # customer idea
        "Look at the idea a customer emailed in for a left-handed version and say whether it's worth a prototype",
        # pilot extension
        "Approve the request to extend the pilot of the new booking feature by four weeks.",
        # change request before a fair
        "Change request from the sales director: add a French-language mode to the kiosk prototype before the trade fair",
    ],
    ("product_development", "back", "long_tail", "on_site"): [
        # anniversary brew
        "Brew a limited anniversary beer for the taproom's tenth birthday and settle the recipe by March.",
        # allergen rework
        "Reworking the lasagne recipe in the test kitchen after the pasta supplier changed its allergen list",
        # cutaway sample
        "Build a cutaway sample of the valve to show how it works, just for the investor meeting.",
        # failed shelf-life trial
        "After the failed shelf-life trial, remake the jam batch with more pectin and start the clock again.",
        # kiln change
        "One-time redesign of the shop's best-selling planter so it fits the new kiln",
        # cracked prototype
        "we had to remake the whole prototype after the motor mounts cracked on the second test",
        # requested shade
        "A yarn shop asked for a new colourway: dye three test skeins in the shade and send photos for approval.",
    ],
}

HR: Blocks = {
    ("hr", "back", "support", "remote"): [
        # Saturday staff hiring
        "The shop owner puts the Saturday job ad up on Indeed and shortlists anyone who can also cover Sundays",
        "i phone-screen the weekend applicants myself, ten minutes each, before anyone comes in",
        # trial shifts
        "Shortlisted café applicants are booked in for a two-hour trial shift before any offer is made.",
        # supply cover
        "If a teacher rings in sick before 7:30, book cover from the supply agency and record it on the cover log.",
        # locum list
        "The practice manager keeps the approved locum GP list, checking indemnity and registration status before each booking.",
        # freelancers
        "The studio manager keeps the freelance roster current with portfolios, specialisms and who has worked with us before.",
        "freelancer onboarding pack: how we work, contact sheet, first-week check-in",
        # career framework
        "Supports managers in placing each engineer at the right level ahead of review season, keeping the engineering career framework up to date.",
        "levelling guide for engineers, v3",
        # probation
        "Two weeks before a new starter's three-month review, send the manager the probation form and a reminder.",
        "probation check-ins at week 6 and week 12",
        # exit interviews
        "Exit interviews are offered to every leaver, with notes kept on file and themes reported each quarter.",
        # staff handbook
        "Rewrites the relevant handbook section whenever a policy is revised and collects an e-signature from every employee on the new version.",
        # job descriptions
        "The HR adviser drafts job descriptions and person specs from the hiring manager's notes, using the grading template.",
        "Writes clear, inclusive job adverts, ensuring each one reflects the grade, the duties and the essential criteria for the post.",
        # org chart
        "Org chart kept up to date in the HR system after every starter, leaver and team change",
        # annual leave
        "Annual leave requests are checked against the team calendar so no more than two pharmacists are off at once.",
        "I sign off holiday requests for the salon first come, first served, and mark them in the shared leave planner",
        # keeping-in-touch days
        "I agree keeping-in-touch days with staff on maternity leave and note each one on their file",
        # preceptorship
        "The practice development nurse pairs each newly qualified nurse with a preceptor and tracks sign-off of their first-year competencies.",
        # work experience
        "Assists with work experience placements for Year 10 students, ensuring each has a signed placement agreement and a named supervisor.",
        # internships
        "Runs the summer internship intake - posting the roles, university outreach, interviews and a first-day plan for each intern.",
        # long service
        "Long service awards: HR checks start dates every quarter and tells managers who is reaching 10, 20 or 25 years",
        # recognition
        "Staff nominations are collected each month and the winners passed to the MD for the all-hands.",
        # employee assistance
        "Promotes the employee assistance line in the monthly HR update, ensuring staff are reminded of it again after any difficult incident at work.",
        # training matrix
        "Responsible for tracking first aid, forklift and fire marshal certificates in the training matrix, booking refreshers two months before each one lapses.",
        "training matrix — who's trained on what, and when it runs out",
        # lunch-and-learn
        "The L&D coordinator organises the monthly lunch-and-learn, booking the speaker and recording attendance on each person's training record.",
        # language classes
        "English classes are arranged for the hotel's housekeeping team at a time that fits round their shifts.",
        # seasonal pickers
        "The farm's HR officer recruits seasonal pickers through the scheme operator and agrees arrival dates with the farm manager.",
        # visiting lecturers
        "Before their first session, visiting lecturers are issued contracts and have their right to work checked.",
        "Recruits graduate teaching assistants for the first-year labs each September",
        # council apprenticeships
        "Apprenticeship scheme: recruit each spring, match apprentices to services, arrange their college day",
        # charity shop volunteers
        "Writes the volunteer role descriptions for the charity shops: till, sorting and steaming",
        # church safer recruitment
        "Safer recruitment for the youth worker post: two references, an enhanced DBS and an interview panel with two trustees",
        # club coaches
        "The club welfare officer recruits and vets volunteer coaches for the junior section, checking coaching badges and background checks are in date.",
        # agency temps
        "Every Thursday, send the agency the number of temps needed for next week's shifts, based on the production plan.",
        # peak hiring
        "Peak hiring: 60 seasonal warehouse operatives by mid-October, with assessment days every Saturday in September",
        # remote onboarding
        "I send each remote starter a first-week plan with their buddy, intro calls and the people they should meet",
        # resignations
        "When someone resigns, log the leaving date, tell their manager what's needed and book the exit interview within a week.",
        # J-1 interns
        "Handles the J-1 programme paperwork for the resort's summer interns, working with the sponsor organisation on arrival dates.",
        # caretakers and concierges
        "we recruit caretakers and concierges for the blocks we look after, and the block manager does their induction",
        # labour-only subcontractors
        "Maintains a tracker of labour-only subcontractors, including trade cards, start dates and which site each one is on.",
        # India background verification
        "The HR executive initiates background verification for new joiners with the BGV vendor and follows up on pending education checks.",
        # Germany works council
        "Each planned hire goes to the works council for consent, with the job grade and the start date",
        # Australia and Ireland starter documents
        "On or before day one, every new starter gets the Fair Work Information Statement with their contract.",
        "Sends every new starter the statement of core terms before the end of their fifth day",
    ],
    ("hr", "back", "support", "on_site"): [
        # face-to-face induction
        "The HR officer runs the face-to-face induction on each new starter's first morning, including a building tour and where the fire exits are.",
        "Buddy walk-round on day one: toilets, canteen, first aid room, your locker",
        # classroom training
        "Delivers manual handling sessions for the pick team in the training room above the warehouse every other Tuesday.",
        "Runs the two-day supervisor skills course in the training room for newly promoted team leaders",
        "At the end of each classroom session, collect the signed attendance sheets and file them in the training folder.",
        # night shift surgeries
        "Holds drop-in HR surgeries on the night shift once a month so night workers can raise things in person.",
        # practical interviews
        "The HR assistant sets up the interview room, greets candidates and runs the practical test for kitchen porter roles.",
        "Candidates for teaching posts teach a 30-minute observed lesson as part of the interview day.",
        "they interview in the back office between the lunch and dinner rush",
        # pickers' arrival
        "New pickers get their welcome pack, in their own language, and an ID badge at the farm on arrival day.",
        "Before their first shift, each picker's ID and visa documents are checked in person and copied for the file.",
        # canteen board
        "I pin the internal vacancy list and next month's training calendar on the canteen board",
        # agency temp induction
        "The shift supervisor inducts agency temps at the start of their first shift, covering site rules and introducing their buddy on the line.",
        # job fairs and hiring days
        "Hotel job fair: run the stand, do quick interviews, collect CVs",
        "Walk-in interviews every Thursday at the hotel's staff entrance; bring ID and your CV",
        "Runs the careers stand at the county show to recruit farm apprentices",
        # paper personnel files
        "Personnel files are kept in the locked cabinet in the HR office, and only HR and the MD hold a key.",
        # till training
        "I run the till training for new starters myself on their first Saturday",
        # assessment centre
        "Assessment centre day: group exercise, warehouse tour, short interview",
        # care shadow shifts
        "Shadow shifts for new care workers: three shifts alongside a senior before working alone",
        # return-to-work meetings
        "Conducts return-to-work meetings face to face with staff coming back after sickness, ensuring the form is signed and filed.",
        # new-starter welcome
        "At the monthly new-starter welcome, the MD gives a short talk and HR runs the policy session.",
        # recognition at briefing
        "Staff recognition: certificates handed out at the Friday briefing",
        # disciplinary note-taking
        "I sit in on every disciplinary at the depot as the HR note-taker",
        # apprentice reviews
        "The apprenticeship coordinator hosts the quarterly review with each apprentice, their manager and the college assessor at the depot.",
        # supervisor introductions
        "On their first day, walk new supervisors round the factory floor and introduce them to each team leader.",
        # cleaner equipment training
        "Within the first week, every new cleaner is shown how to use the floor scrubber and signs the training record.",
        # wellbeing day
        "Wellbeing day: massage chairs, health checks and a talk from the EAP provider in the canteen",
    ],
    ("hr", "back", "long_tail", "remote"): [
        # flexible working request
        "Flexible working request from a warehouse team leader - meet within 28 days, decide, confirm in writing",
        # workstation adjustment
        "Arrange a workstation assessment and a sit-stand desk for an employee back from spinal surgery.",
        # TUPE transfer
        "TUPE transfer of the cleaning team from the outgoing contractor: get the employee liability information and meet each cleaner",
        # new hire request
        "New hire request from the head of science for maternity cover - check the budget sign-off, then advertise",
        # contractor extension
        "Extend the freelance UX designer's contract for another six weeks once the project lead approves.",
        # probation exception
        "Approve an exception to the six-month probation for a former employee who is coming back",
        # reference request
        "Write a reference for a former care assistant who has applied to nursing school.",
        # relocation
        "Help the new plant manager relocate from Pune: a temporary flat, school places for the children, the work permit",
        # grievance case
        "Take notes at Thursday's grievance meeting and send the outcome letter within five working days.",
        # unpaid leave
        "If an employee asks for more than eight weeks of unpaid leave, HR checks the case with the director before agreeing.",
        # career break
        "sorting out a career break request from one of our nurses, which we've never had before",
    ],
    ("hr", "back", "long_tail", "on_site"): [
        # mediation
        "Mediation session between two team leads at the Leeds depot, with HR facilitating",
        # after a fire
        "After the fire at the unit, meet every affected worker on site to talk through temporary redeployment.",
        # new store open day
        "Run a recruitment open day at the new store the week before it opens.",
        # accommodation complaint
        "Visit the seasonal workers' caravans after a complaint about conditions and write up what you find.",
        # branch closure
        "Holds the redundancy consultation meetings in person at the closing branch",
    ],
}
# fmt: on

LINES: list[Row] = flatten(ADMIN, LOGISTICS, PRODUCT, HR)
