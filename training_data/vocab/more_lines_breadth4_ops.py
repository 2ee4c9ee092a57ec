"""Near-pairs across the operations boundaries of admin, logistics, production, IT, HR, legal, procurement and finance.

A line read alone often names a setting, a verb and a generic document (form, request,
schedule, report, order, check, booking, list, system, log, delivery) that several functions
share; only the object, purpose or domain word then says which function does the work. These
lines come in pairs across nine boundaries: office post and document couriers against shipping
goods and dispatch; cleaning, room set-up and premises against the product or service itself
(housekeeping, kitchens, a cleaning firm's client sites, a print shop's jobs); printers, badges,
desks and room kit against accounts, devices and systems; rotas, calendars, staff events and
contact lists against people management; filing, signature folders and office registers against
statutory registers, licences and certificates; running the office against buying for it;
stock, receiving and dispatch against sourcing and purchase orders; moving materials and
finished pallets against making batches; and proof of delivery, delivery notes and customs
paperwork against paying, accruing and recording freight and duty. They are set in shops,
clinics, dental and vet practices, schools, churches and clubs, councils, universities,
factories, warehouses, hotels and restaurants, charities, agencies, software firms, building
sites, farms, property managers and law and accounting firms in several countries, mostly as
SOP and checklist steps and conditional or timed steps, then job-ad bullets, headings and
owners' first-person lines. Labels follow shared/LABELING.md: office by function, `core` for
logistics and production and `support` for the others, about one line in six `long_tail` (one
case, one request, an approval, an exception or a one-off project), `on_site` where someone must
be physically present with the post, goods, rooms, machines or paper.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
ADMIN_LOGISTICS: Blocks = {
    ("admin", "back", "support", "on_site"): [
        # morning post
        "Mailroom assistant opens the morning post, date-stamps every letter and drops it in each team's tray by half nine.",
        "post trays per department - emptied at 10 and at 2",
        "If a letter is marked private and confidential, leave it sealed and hand it to the addressee in person.",
        # parcels for staff at reception
        "When a parcel comes in for someone on leave, write it in the post book and lock it in the stationery room until they return.",
        "Sign for staff parcels at the front desk and send the addressee a Teams message that it is waiting.",
        # recorded letters
        "Step 3: weigh the envelope, print the postage label and staple the proof of posting to the file copy.",
        "Outgoing post is bagged by 4pm, with recorded and signed-for letters listed on a separate sheet.",
        # inter-site pouch
        "Patient letters for the branch surgery go in the inter-site pouch, sealed at reception and signed for at the other end.",
        # water and milk deliveries to the office
        "when the water cooler bottles arrive I stack them in the kitchen cupboard and put the empties out for the driver",
        # PO box
        "Step 1: empty the PO box at the sorting office on the way in and bring the mail to reception.",
    ],
    ("admin", "back", "support", "remote"): [
        # document couriers
        "Before 3pm, book the document courier for the signed completion papers and email the tracking reference to the conveyancing team.",
        "Courier account for documents only: contracts, tender envelopes, original certificates for the bank",
        # post log
        "Keeps the outgoing post log current, ensuring every recorded and special delivery letter has its tracking number and posting date against it.",
        "I chase the post office when a recorded letter to the council still isn't showing as delivered after a week",
        # mail redirection
        "Renew the mail redirection for the old office address every twelve months until all suppliers have the new one.",
        # directors' cars
        "Company car tax, insurance and service dates for the directors' two cars, with reminders set a month ahead",
        "We have three vans for the plumbers and I book their services and MOTs around the job diary.",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # urgent document courier
        "If the signed share purchase papers must reach Frankfurt tomorrow, book an overnight document courier (director's OK for the cost).",
        "Original title deeds to the bank's solicitors by hand courier, on request from the partner",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # closed branch post
        "Until the redirection starts, collect the post from the closed Harrow branch each Monday and bring it to head office.",
    ],
    ("logistics", "back", "core", "on_site"): [
        # goods out
        "Dispatch packs the wholesale orders, prints the carrier labels and stacks the cartons by the roller door by 3pm.",
        "goods out: cartons weighed, labelled, scanned onto the carrier manifest",
        # returned parcels
        "If a customer's parcel comes back undeliverable, scan it in at the returns bench and put the stock back in its bin that day.",
        # pallet dispatch
        "Step 5: wrap the pallet, stick the pallet label on two sides and slip the delivery note into the document pouch.",
        # vet wholesaler totes
        "The vet nurse unpacks the wholesaler's totes in the dispensary store and puts the drugs away before morning consults.",
        # van loading
        "Drivers stack the crates so the last drop goes on first, ticking each one off the run sheet.",
        # engineers' van stock
        "Picks parts for the engineers' van stock each evening, ensuring every van's shelves match its stock list before the morning round.",
        # pottery orders
        "we ship the pottery orders Tuesdays and Fridays, double boxed, and I put the tracking numbers into Etsy as I go",
        # farm shop boxes
        "Veg boxes for the Thursday delivery run are packed in the barn and loaded in postcode order.",
        # pet food web orders
        "Online orders for the vet practice's pet food shop are picked from the back store and handed to the courier at 2.",
    ],
    ("logistics", "back", "core", "remote"): [
        # carrier bookings
        "Book the pallet carrier for tomorrow's shipment to the Rotterdam distributor and email them the consignment number.",
        "Parcel carrier account for customer orders: rate card, collection times, weight bands",
        "Within an hour of the order cut-off, upload the day's orders to the carrier portal so the labels print for the packers.",
        # stock transfers
        "Updates stock on hand after each transfer between the farm shop and the online store so neither oversells.",
        # dispatching drivers
        "Responsible for dispatching the delivery vans each morning, assigning drops to drivers and following them on the tracking screen all day.",
        # export paperwork
        "Export cartons of machine spares: commercial invoice, packing list and the EORI number on every shipment",
        # food bank deliveries
        "The charity's warehouse lead plans the food parcel deliveries to the partner pantries and sends each driver the drop list.",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        # split shipment
        "Customer in Norway wants the order split across two addresses: rebook it as two consignments, on request only.",
        "If the container misses its vessel, rebook it on the next sailing and warn the shops that the stock will land a week late.",
    ],
    ("logistics", "back", "long_tail", "on_site"): [
        # wrong pallet
        "Wrong pallet dropped at the café chain's kitchen - drive out and swap it the same afternoon",
    ],
}

ADMIN_PRODUCTION: Blocks = {
    ("admin", "back", "support", "on_site"): [
        # office cleaning
        "The office cleaner hoovers the open-plan floor, empties the desk bins and wipes the meeting tables every evening after six.",
        "Staff toilet checklist: soap and paper towels refilled, floor mopped, sheet on the door initialled",
        "I clean the shop's back office and the staff loo on Monday mornings before we open",
        # staff room
        "Staff room at the primary school: dishwasher on at 3:30, tables wiped, mugs back in the cupboard",
        # internal training room set-up
        "Before the fire warden refresher, set out twelve chairs, the projector and the sign-in sheet in the training room.",
        "Set up the council chamber for the all-staff briefing: chairs in rows, the lectern, a roving mic tested",
        # opening the premises
        "At opening, walk the premises: lights on, side gate unlocked for the contractors, heater on in the portacabin office.",
        # factory canteen and reception
        "Every Friday the factory's office assistant wipes down the canteen microwaves and the visitor waiting area.",
        # parish office
        "The church office volunteer tidies the parish office and waters the plants on Wednesday mornings.",
        # waiting room
        "Before the doors open, the practice manager checks the waiting room is tidy and the leaflet racks are full.",
        # staff changing rooms
        "Cleaning the hotel's staff changing rooms and the back office is on the night porter's Sunday list.",
        # site welfare cabin
        "Site welfare cabin cleaned daily by the labourer: kettle, drying room, toilets",
    ],
    ("admin", "back", "support", "remote"): [
        # window cleaners and carpet clean
        "Books the window cleaners for the office block every six weeks and lets reception know the date.",
        "Schedule the carpet clean for the law firm's reception over the bank holiday weekend.",
        # cleaning rota
        "Keeps the office cleaning rota for the accountancy firm's two floors, moving days around when partners have early client meetings.",
        # our own translations and typing
        "Staff fire notices go to the translation agency and come back in Punjabi and Polish for the noticeboards.",
        "Type up the practice's own meeting notes from the dictation and save them to the shared drive",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # builders' clean
        "Once the builders finish the new meeting room, book a one-off builders' clean before staff move back in.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # heating failure
        "If the heating fails in the school office, move the office staff and the phones into the library for the day.",
        "Clear the old boardroom and set it up as overflow desks for the new site's staff until their fit-out is done",
    ],
    ("production", "back", "core", "on_site"): [
        # hotel housekeeping
        "Housekeeping: strip the beds, change the towels and hoover each checked-out guest room before 2pm.",
        # cleaning company client sites
        "Our crew deep-cleans the client's office kitchens every Saturday to the client's site specification.",
        "we do end-of-tenancy cleans for the letting agents - ovens, carpets, inside the windows",
        # kitchen clean-down
        "Clean down the mixer, slicer and prep benches between the raw and the cooked production runs.",
        "Line cleandown between allergen runs: strip the filler heads, wash, swab, sign the sheet",
        # dental surgery turnaround
        "Between patients, the dental nurse clears the surgery, wipes down the chair and bags the used instruments for the autoclave.",
        # vet kennels
        "Kennels on the ward are cleaned and the bedding changed twice a day for every inpatient.",
        # course room set-up at a training firm
        "The night before each public first-aid course, set up the course room with manikins, defibrillator trainers and delegate packs.",
        # wedding set-up at a venue
        "Set up the function suite for Saturday's wedding: round tables of ten, chair covers, the top table and the dance floor",
        # science practicals
        "The science technician sets out Bunsen burners, goggles and copper sulphate on each bench for period 1's practical.",
        # restaurant prep
        "Restaurant kitchen: mise en place done by 5, everything in the walk-in labelled and dated for service",
        # print shop jobs
        "The print shop runs customers' leaflet jobs on the digital press and trims them ready for collection.",
        # groundworks
        "The groundworks crew digs out and pours the foundations for plot 7 to the engineer's drawings.",
    ],
    ("production", "back", "core", "remote"): [
        # translation agency
        "Translate clients' product manuals into Spanish and send them back through the client portal by the agreed date.",
        # accountancy firm
        "Prepares clients' year-end accounts from their bookkeeping records, ensuring each set is reviewed by a manager before it is sent for signing.",
        # data entry bureau
        "Our bureau keys in paper survey forms for client universities and returns a cleaned data file within ten days.",
        # print scheduling
        "Schedule the week's customer print jobs on the two presses by due date and paper stock.",
    ],
    ("production", "back", "long_tail", "on_site"): [
        # failed room inspection
        "If a guest room fails the housekeeping inspection, the supervisor has it re-cleaned before it is released to the front desk.",
        # rush reprint
        "Rush reprint of the customer's menus after the typo, approved by the studio manager",
        "One-off sanitising clean of the client's nursery after the sickness outbreak, on request",
    ],
}

ADMIN_IT: Blocks = {
    ("admin", "back", "support", "on_site"): [
        # copier paper and toner
        "First thing, the office junior fills the A4 and A3 trays on the big copier and takes down any jam notices.",
        "When the toner warning shows, swap the cartridge and box the empty one for the recycling collection.",
        # desk moves
        "Desk moves happen on Friday afternoons: chairs, pedestals and name plates moved, the seating plan updated",
        # ID cards
        "Photo ID cards and lanyards for new staff are printed on the card printer in reception on their first morning.",
        # room kit
        "Check that the meeting room remote, clicker batteries and HDMI adaptor are in the box before each booking.",
        # facilities loans
        "Spare extension leads, desk fans and footrests are signed out of the facilities cupboard in the loans book.",
        # contractor badges
        "The receptionist prints contractor badges from the day's sign-in list and collects them again at 5.",
        # shared kitchen appliances
        "i descale the coffee machine and the kettles every other Friday and note it on the kitchen sheet",
        # church hall projector
        "Projector bulb for the church hall: a spare is kept in the office and fitted by whoever is on duty",
        # conference phone and radios
        "Charge the conference phone and the spare radio handsets overnight in the reception cupboard.",
    ],
    ("admin", "back", "support", "remote"): [
        # extension list
        "Extension numbers sheet for the surgery: reception, nurses' room, dispensary, practice manager",
        # copier lease
        "The copier lease: meter readings sent on the 1st, service visits logged, renewal date in the diary",
        # anchor days
        "Anchor days: which team gets the third-floor desks on which weekday, reviewed every quarter",
        # room calendar fixes
        "If two bookings clash on a meeting room screen, correct it in the room's calendar and tell both organisers.",
        # room how-to cards
        "Write the 'how to use this room' card for each meeting room (screen, blinds, heating) and update it whenever anything changes.",
        # fobs and pedestal keys
        "Keeps the list of who holds which door fob and pedestal key, and chases leavers by email to hand them back.",
        # desk booking app
        "Desk booking app: release desks nobody has checked into by 10am and email the weekly occupancy figures to the office manager.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # standing desk request
        "If a new starter needs a standing desk, measure the space with the facilities lead and book the fitting (manager sign-off).",
        # lost badge
        "Temporary badge for the contractor who lost theirs, issued on the site manager's say-so",
    ],
    ("it", "back", "support", "on_site"): [
        # desk hardware
        "Set up the docking station, two monitors and keyboard at each new starter's desk and check the laptop connects.",
        # laptop builds
        "The IT technician images the replacement laptops in the build room and puts an asset tag on each one.",
        # comms cupboard
        "Replace the faulty switch in the second-floor comms cabinet and re-patch the cables to the labelled ports.",
        # meeting room video
        "The meeting room's video bar gets a firmware update and a test call every month.",
        # meeting room display
        "Mount and wire the new meeting room display, then join the room PC to the domain.",
    ],
    ("it", "back", "support", "remote"): [
        # print server
        "Put the new multifunction printer on the print server and push its driver to every staff PC.",
        "If scan-to-email on the copier stops working, check the SMTP relay settings and the service account's password first.",
        # accounts and access
        "Access rights: new starters get their security groups from the role template, leavers lose everything at 5pm on their final day",
        "Before term starts, the network manager rolls the new Year 7 intake into the student directory and sets their print quotas.",
        # phones as devices
        "Every staff mobile is enrolled in Intune before it goes to its user, and the compliance policy is kept current.",
        "Desk phones: VoIP handsets provisioned to each user's extension in the phone system's admin portal",
        # asset register
        "Laptop asset register - serial number, user, warranty end date, encryption status",
        # outsourced IT
        "we pay an IT firm to look after the clinic PCs and the practice system updates, and I log any faults with them",
        # room panels
        "Responsible for configuring the meeting room booking panels against the room mailboxes, ensuring each panel shows live availability.",
        # door access system
        "The door access server is patched monthly and its database backed up with the other systems.",
        # desk app integration
        "Desk booking app: users synced from the directory every night and leavers removed automatically",
        # new starter account
        "Step 4: create the new starter's account, assign the licence and send the temporary password to their manager.",
    ],
    ("it", "back", "long_tail", "remote"): [
        # mailbox access exception
        "If a director wants access to a shared mailbox outside their team, get the data owner's approval and grant it for 30 days.",
        # lost phone
        "Lost work mobile reported over the weekend: remote-lock it, then wipe it once the user confirms it's gone.",
        # contractor VPN
        "Contractor needs VPN access for the server migration: create a time-limited account once the IT manager approves",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # visiting consultant
        "If a visiting consultant needs a desk for a fortnight, find one near their sponsor and ask reception for a visitor pass.",
    ],
}

ADMIN_HR: Blocks = {
    ("admin", "back", "support", "remote"): [
        # reception cover rota
        "The lunchtime reception cover rota sits on the shared calendar and people swap slots by agreement.",
        # staff contact sheet
        "Staff contact sheet: mobile numbers for the snow-day phone round, updated each September",
        # school cover list
        "Each morning the school office types the cover list from the head's notes and emails it to all staff by 8:15.",
        # training room bookings
        "Book the training room and lunch from the deli for the first-aid course once HR confirms the date.",
        # staff meeting minutes
        "Takes the minutes of the monthly staff meeting and circulates them within three working days.",
        # holidays on the team calendar
        "After HR approves a holiday, copy it onto the team's Outlook calendar so the diary manager can see who's out.",
        # ward rota display
        "Updates the weekly shift rota on the ward noticeboard app from the e-rostering export every Friday.",
        # new starter logistics in the office
        "Step 2: once HR sends the start date, book the new starter's desk and add them to the team calendar invites and the seating plan.",
        # all-hands
        "Quarterly all-hands: book the hall, send the calendar invite, collect questions in advance",
        # conference travel
        "Arranges trains and hotels for staff attending the annual sector conference, ensuring every booking is confirmed and the itineraries are in one folder.",
        # caretakers' on-call calendar
        "I keep the caretakers' on-call calendar and text whoever has the weekend on Friday afternoon",
    ],
    ("admin", "back", "support", "on_site"): [
        # wall planner
        "Every Monday I mark the week's approved leave on the wall planner in the site cabin.",
        # new starter desk
        "New starter: desk, pedestal key, locker and their name on the door plan, all ready before day one",
        # staff photo board
        "Update the staff photo board in the clinic's reception whenever someone joins or leaves.",
        # leaving cards
        "Leaving cards go round every desk for signatures, with the collection envelope clipped inside.",
        # front desk rota
        "Print the week's front desk rota and pin it up in the back office by Sunday night.",
        # pigeonholes
        "staff pigeonholes relabelled every September",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # staff outing
        "Book the venue, the coach and the meal for the staff summer outing and keep the list of who's coming",
        "If a team wants the big meeting room for a leaving do, check it isn't booked for a client and get the office manager's yes.",
        # project meal
        "Book a table for the team's end-of-project meal once the director has approved the spend.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # awards night set-up
        "On the night of the staff awards, set up the canteen, meet the caterers and put the name cards out",
    ],
    ("hr", "back", "support", "remote"): [
        # leave balances
        "Check each person's holiday balance and the team's cover before approving any leave over the school holidays.",
        # personnel record changes
        "When a nurse sends a change of address or emergency contact, update their personnel record and keep the signed form.",
        # probation
        "Probation review dates are diarised for each new starter and the line manager gets the review form a week ahead.",
        # sickness triggers
        "Sickness absence trigger: three absences in six months starts a stage 1 review meeting with the manager.",
        # new starter pack
        "Assists with onboarding by sending new warehouse starters their contract, handbook and first-week timetable, ensuring right-to-work documents are checked before day one.",
        # long service awards
        "Long-service awards: pull the list of 10- and 20-year anniversaries and agree each award with the manager",
        # exit interviews
        "Exit interviews for leavers, with the themes reported to the senior team twice a year",
        # shift patterns
        "Responsible for agreeing shift patterns with the kitchen team and handling flexible working requests within the statutory timescale.",
        # training records
        "Food hygiene training records for every kitchen porter and chef, with renewal dates flagged to the head chef",
        # church volunteers
        "i look after the DBS checks and role descriptions for the church's youth volunteers",
        # staff file contents
        "Staff records: contract, variations and signed policy acknowledgements kept in each person's file in the HR system",
        # contract variation
        "Once the manager approves a change of hours, issue the contract variation letter and update the employee's record.",
        # leave carry-over
        "At the end of the leave year, carry over up to five days only where the manager has agreed and tell each person their balance.",
        # recognition scheme
        "Responsible for the staff recognition scheme, collecting nominations each quarter and making sure winners are chosen fairly across departments.",
        # return-to-work
        "After each sickness absence, the supervisor holds a return-to-work chat and sends the notes to HR for the person's file.",
    ],
    ("hr", "back", "support", "on_site"): [
        # induction walk-round
        "Day one induction walk-round with the new starter: fire exits, first aiders, the canteen, introductions to the team.",
                # charity shop volunteers
        "Hold the volunteer induction in the charity shop's back room on the first Saturday of each month, covering safeguarding and manual handling.",
    ],
    ("hr", "back", "long_tail", "remote"): [
        # career break
        "Request for a career break from a senior vet: meet her, check the policy and put the options to the clinical director.",
        "Secondment of one of our engineers to the client's site for six months (director sign-off)",
        # late references
        "If a new starter's references haven't come back by their start date, the HR adviser and the manager decide whether they can start on a conditional basis.",
    ],
}

ADMIN_LEGAL: Blocks = {
    ("admin", "back", "support", "on_site"): [
        # scanning engagement letters
        "Scan the signed engagement letters and save each one in the client folder under its matter number.",
        # signature folder
        "Signature folder: letters for the director go in the red folder on her desk by 11 and are collected again at 3.",
        # visitor sheets
        "Visitor sign-in sheets are kept in the lever-arch file at reception and shredded after a month.",
        # certificates of posting
        "Certificates of posting are stapled to the file copy of each letter before it goes in the cabinet.",
        # office manual
        "Print the updated office procedures manual and swap it into the binder at reception.",
        # club minute book
        "The club secretary files the signed committee minutes in the ring binder kept in the pavilion office.",
        # date stamping
        "Step 2: stamp each incoming document with today's date and drop it in the fee earner's tray.",
        # tenancy files
        "File the signed tenancy agreements in the property's paper file and scan a copy up to the landlord portal.",
        # closed files
        "Closed matter files boxed up each quarter for the off-site store",
        # wet-ink originals
        "Post the wet-ink originals to the client with a prepaid envelope for their return and diary a chase for ten days.",
    ],
    ("admin", "back", "support", "remote"): [
        # archive index
        "Off-site storage index: box number, contents, department, date sent, date due back",
        # e-signature routing
        "Route internal forms for signature in DocuSign and save the completed copy to the right team folder.",
        # document naming
        "Assists the practice with document management, ensuring every scanned file is named by client, date and document type before it is saved.",
        # contract filing
        "i file the signed supplier contracts in the shared drive by supplier name and put the end date in the diary",
        # governors' minutes
        "Name the scanned governors' minutes by meeting date and save them in the governors' folder.",
        # returned engagement letters
        "Once the client signs, save the returned PDF to the matter and tick 'engagement received' on the opening checklist.",
        # planning file index
        "Index the planning files by address and year in the document system",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # retrieving deeds
        "When a partner asks for an old will from the strongroom, sign it out in the strongroom book and return it the same day.",
        # closed file for a former client
        "Scan a former client's closed file on request so it can go to their new accountant, once the partner agrees.",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        # statutory registers
        "Update the register of directors and notify Companies House within a fortnight of any appointment.",
        # gifts and hospitality register
        "Gifts and hospitality register: staff declare anything over £50 and the compliance officer reviews it every quarter.",
        # conflict checks
        "Before the firm takes on a new matter, run the conflict check against existing clients and record the result.",
        # signing authority
        "Check that whoever signs the supplier contract is on the approved signatory list for that contract value.",
        "Before a deed is signed, confirm the execution clause and arrange an independent witness",
        # retention
        "Retention schedule: how long each type of record is kept under GDPR, reviewed every year with department heads",
        # gas safety certificates
        "Gas safety certificates for every let property are renewed before expiry and a copy given to the tenant within 28 days.",
        # charity return
        "Responsible for the charity's yearly Charity Commission return, ensuring trustee details and the governing document are current.",
        # asbestos register
        "Asbestos register for each school building kept current and shown to every contractor before work starts",
        # data protection policy
        "Review the data protection policy every year and record the approval date in the policy register.",
        # employer's liability
        "we check every year that the employer's liability insurance certificate is renewed and send the new copy to each site to display",
        # PSC register
        "PSC register: confirm any new holder over 25% and update the register before the confirmation statement is due.",
        # tenancy law template
        "Tenancy agreements are checked against the current housing law template before they go out for signature.",
        # electrical certificates
        "Electrical installation certificates for each shop are tracked and the next inspection booked before the five-year date.",
        # CQC registration
        "The practice's CQC registration is updated whenever a partner joins or leaves",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        # fire door checks
        "Weekly fire door and escape route check on each floor, recorded in the fire logbook.",
        # legionella
        "Run the little-used taps and showers each week and note the water temperatures in the legionella log.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        # food registration for new site
        "Register the new café with the council as a food business at least 28 days before it opens.",
        # client NDA
        "If a prospect asks us to sign their NDA before a meeting, send it to our solicitor for review first.",
        "Premises licence variation for the later opening hours at the new site",
        # apostille
        "If a document needs a notary for use abroad, agree with the solicitor which originals need an apostille.",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # document bundle for a client
        "Put together a copy bundle of the signed leases for the buyer's solicitors, on the partner's request",
    ],
}

PROCUREMENT_ADMIN: Blocks = {
    ("procurement", "back", "support", "remote"): [
        # quotes for furniture
        "Get prices from three furniture suppliers for the new office chairs and send the comparison to the practice manager.",
        # stationery PO
        "Raise a PO for the monthly stationery order before it is placed with the supplier.",
        # supplier set-up
        "New supplier set-up form: VAT number, insurance certificate, bank letter, approved by the buyer",
        # cleaning contract tender
        "Tender the office cleaning contract every three years: specification, shortlist, site visits, scoring",
        # tea and coffee prices
        "Compare tea, coffee and milk prices from the cash-and-carry and the online wholesaler every quarter.",
        # approved catalogue
        "Catalogue of approved office supplies at agreed prices, reviewed with the supplier each year",
        # washroom consumables
        "Buys cleaning materials, toilet rolls and hand towels on the framework agreement, ensuring every order stays within the agreed price list.",
        # copier lease renewal
        "Before the copier lease ends, ask three dealers to quote for the replacement machines and service.",
        # school uniforms for staff
        "i order the staff polo shirts and fleeces from our usual supplier and check the invoice matches the quote",
        # supplier reviews
        "Once a year, score the facilities suppliers on price, response times and complaints and drop the worst performer.",
        # council frameworks
        "Responsible for buying office furniture through the council's approved framework, ensuring each call-off has a PO and a budget code.",
        # approved list check
        "Step 1: check the supplier is on the approved list before asking them to quote for the office coffee machine.",
        # dental wholesalers
        "Compare glove and mask prices from the three dental wholesalers every quarter.",
        # water cooler rental
        "Renegotiate the water cooler rental before the current term runs out",
        # hotel back office furniture
        "Furniture and fittings for the hotel's back offices are bought through the group buyer.",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        # sole source
        "Single-supplier request for the specialist chairs the occupational health report recommended (finance sign-off).",
        "If the usual paper supplier is out of stock, buy from the backup supplier on the approved list and note why.",
        # branded notebooks
        "If a department asks for branded notebooks, get quotes from two promotional suppliers and raise the PO once they choose.",
    ],
    ("admin", "back", "support", "on_site"): [
        # stationery cupboard
        "Stationery cupboard: shelves labelled, pens and pads put out on each desk pod every Monday",
        # letting cleaners in
        "I let the cleaners in at 6 and check the alarm code works for them",
        # furniture arrival
        "When the new chairs arrive, unwrap them, set them at the desks and take the old ones to the basement.",
        # refreshments
        "Refreshment trolley for the partners' meeting: flasks, cups, biscuits, cleared away afterwards",
        # meter readings
        "On the 1st, read the gas and electricity meters in the office plant room and log them.",
        # checking the building
        "The caretaker walks the church hall after every booking and reports anything broken to the parish office.",
        # shredder bins
        "Empty the shredder bins every Friday and bag the shreddings for the recycling collection.",
    ],
    ("admin", "back", "support", "remote"): [
        # building contacts list
        "The office manager keeps the contact list of the building's suppliers: lift, alarm, cleaners, plant hire.",
        # faults to landlord
        "Report the broken blind to the landlord's agent and chase until it is fixed.",
        # office running
        "Assists the office manager in keeping the office running, ensuring meeting rooms are booked, post is handled and visitors are expected.",
        # cleaning issues
        "If the cleaners miss a floor, email their supervisor the same morning and note it on the cleaning log.",
        # boiler service
        "Book the boiler service for the office and let staff know when the engineer is coming.",
        # cleaners' closure dates
        "Send the cleaners the Christmas closure dates so they don't come in while the office is shut.",
        # coffee machine fault
        "If the coffee machine breaks down, log it with the rental firm's helpline and tell the floor by email.",
        # parking and rooms
        "The office coordinator keeps the meeting room and parking bookings straight across both floors",
        # office administrator job ad
        "Office administrator: keeps the office well run, ensuring suppliers' engineers are let in, faults are logged and kitchens stay stocked.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # furniture clear-out
        "Clear the old desks from the second floor ahead of the refit and let the charity collect what they want",
        # site cabin office
        "Temporary office in the site cabin for the new development: desks, kettle, heater, keys",
        # new door signage
        "Once the landlord's agent approves, put the new signage up on the front door.",
    ],
    ("procurement", "back", "support", "on_site"): [
        # cash and carry
        "i buy the cleaning stuff for the salon at the cash and carry once a month and keep the receipts",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # chair swap request
        "If a partner asks for a different chair, see what's spare in the basement before anyone thinks about buying one.",
    ],
}

LOGISTICS_PROCUREMENT: Blocks = {
    ("logistics", "back", "core", "on_site"): [
        # goods-in against PO
        "Goods-in counts each delivery against the purchase order lines and keys the received quantities into the system.",
        "Put received stock away within two hours of the delivery being signed for.",
        "If a supplier delivery is short, write the shortage on the delivery note and tell purchasing before the driver leaves.",
        # cycle counts
        "Cycle count the fastener bins every Friday and post the differences.",
        # restaurant deliveries
        "Check the fish delivery temperatures at the back door and put it straight into the cold room.",
        # builders' merchant
        "The yard team unloads the timber delivery and stacks it in the covered bay by length.",
        # garden centre deliveries
        "When the pallets of compost arrive at the garden centre, the yard staff unload them and update the stock sheet.",
        # scanning at goods-in
        "Step 2: scan the supplier's barcode labels at goods-in so the received quantities show against the order.",
        # dental stock room
        "Put the dental supplies delivery away in the stock room, newest boxes at the back.",
        # kitchen dry store
        "Kitchen dry store: rotate the flour, rice and tins when the Tuesday delivery is put away",
    ],
    ("logistics", "back", "core", "remote"): [
        # stock levels
        "Stock levels for the top 50 lines are checked each morning and transfers raised from the main warehouse to the shops.",
        # inbound slots
        "Inbound delivery slots: suppliers book through the portal at least 48 hours ahead",
        # min max
        "Set min and max levels in the WMS for each pick location after the new range goes live.",
        # stock reports
        "Maintains inventory records for the pharmacy store, ensuring expiry dates and stock on hand match the shelves after every count.",
        # farm feed stock
        "I keep the feed and fertiliser stock sheet up to date so we know what's in the sheds",
        # par level report
        "Stock report for the three clinics goes to the practice manager every Friday, showing anything below its par level.",
        # receipting
        "Responsible for goods receipting in the ERP, ensuring every delivery is booked in against its purchase order on the day it arrives.",
    ],
    ("logistics", "back", "long_tail", "on_site"): [
        # over-delivery
        "Over-delivery of 20 pallets of bricks: hold them in the yard until the buyer decides whether they go back.",
        # delivery without a PO
        "If a delivery turns up with no PO number, park it in the holding bay and email purchasing a photo of the paperwork.",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        # warehouse space for one-off
        "Find overflow space for the one-off bulk delivery of exam furniture arriving next week",
    ],
    ("procurement", "back", "support", "remote"): [
        # purchase orders
        "Raise the purchase order once the quote is approved and email it to the supplier with the delivery address.",
        "Chase the supplier for a confirmed delivery date on every open PO older than five days.",
        # lead times
        "Compare lead times and prices from the two packaging suppliers before the Christmas order.",
        # supplier vetting
        "New suppliers are approved only after their references, insurance and food safety certificate are checked.",
        # reorders
        "When stock hits the reorder point, place the order with the supplier on the approved list.",
        # annual prices
        "Negotiate next year's flour price with the mill before the harvest figures come out",
        # restaurant buying
        "Our head chef's fish order goes to whichever of the two suppliers has the better price that morning",
        # buyer duties
        "Responsible for sourcing raw materials and packaging, ensuring every order is placed with an approved supplier at the agreed price.",
        # school procurement
        "The school business manager gets quotes for the new science equipment and raises the order through the finance system.",
        # construction buying
        "Buyer sends the bill of quantities to three merchants and orders from the cheapest compliant quote.",
        # farm buying
        "We buy the fertiliser forward in the autumn when the price is usually lower.",
        # order acknowledgement
        "Step 3: send the signed PO to the supplier and save their order acknowledgement against it.",
        # price differences
        "If the supplier's confirmed price differs from the PO, query it with their sales office before accepting the order.",
        # supplier scorecard
        "Supplier scorecard: on-time delivery, quality, price - reviewed quarterly with the buyer",
        # church hall chairs
        "Get quotes for new stacking chairs for the church hall and take them to the next PCC meeting.",
        # blanket order
        "Set up a blanket order with the packaging supplier for the year, with monthly call-offs.",
        # vaccines
        "i order the vaccines from the wholesaler every Wednesday based on what the nurses tell me",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        # emergency buy
        "If the regular supplier can't deliver before the weekend, buy the shortfall from the cash-and-carry on the company card (manager sign-off).",
        "Source a replacement supplier for the discontinued gift boxes for the new site",
        # flood sandbags
        "Emergency order of sandbags from an unapproved builders' merchant during the flood, with the director's approval",
    ],
}

LOGISTICS_PRODUCTION: Blocks = {
    ("logistics", "back", "core", "on_site"): [
        # staging components
        "Stage the picked components at the line-side location before the 6am shift starts.",
        # finished goods to warehouse
        "Move finished pallets from the end of the line into the warehouse and scan them to a rack location.",
        # loading a batch
        "Load the finished panels for the Leeds site onto the trailer in the order they will be fitted.",
        # batch numbers on dispatch
        "Write the batch number of every pallet on the dispatch note so the customer can trace it.",
        # raw material feeding
        "The forklift driver brings bags of raw material from the store to the mixing room each hour.",
        # bakery dispatch
        "Bakery dispatch: bread trays counted into the cages by shop, cages on the vans by 4:30",
        # quarantine moves
        "If a batch is put on hold, move its pallets to the quarantine bay and block the location.",
        # brewery casks
        "Racked casks are rolled out to the dray and strapped in for the pub round",
        # job ad
        "Warehouse operative: feeds the packing lines with cartons and labels, ensuring finished goods are wrapped, labelled and moved to dispatch.",
        # chilled storage
        "Finished ready meals go into the dispatch chiller within 30 minutes of coming off the line.",
        # kit list
        "Step 4: pick the components on the kit list into the tote and drop it at the assembly cell.",
        # cartons to the line
        "If the line is waiting on cartons, the warehouse sends the next pallet up within ten minutes.",
        # requisitions
        "The storeman hands out resin and hardener to the moulding shop only against a signed requisition.",
        # kitchen porter
        "The kitchen porter puts away the morning's veg delivery in the walk-in and breaks down the boxes.",
        # packaging store
        "Before the night shift, top up the packaging store beside line 3 from the high racks.",
    ],
    ("logistics", "back", "core", "remote"): [
        # delivery planning for batches
        "Plan the deliveries of this week's concrete batches to site around the pour times.",
        # stock record
        "Finished goods stock is booked in against each batch number in the ERP at the end of every shift.",
        # trailer load plans
        "Plan the trailer loads of finished machines for next week's deliveries to the dealers.",
        # cheese to distributor
        "Transfers of finished cheese from the cold store to the distributor's depot are booked in the stock system",
    ],
    ("logistics", "back", "long_tail", "on_site"): [
        # recall of a batch from stores
        "Pull the recalled batch from all three stores and send it back to the factory for inspection.",
    ],
    ("production", "back", "core", "on_site"): [
        # weighing ingredients
        "Weigh out the ingredients for batch 41 against the recipe sheet and sign each line.",
        # machine set-up
        "Set the press up for the next job and check the first-off part against the drawing.",
        # batch records
        "Write the lot numbers of each raw material on the batch record as every tank is filled.",
        # assembly
        "Assembly cell: fit the motor, wire the control board, test, then label the unit",
        # cutting
        "The joinery shop cuts the panels from the cut list and edges them for the kitchen orders.",
        # bakery production
        "Mix, divide and prove the dough for the morning bake by 3am.",
        # line operator job ad
        "Line operator: runs the filling line at the target speed, ensuring each batch is checked for weight and seal before it leaves the line.",
        # quality check
        "Quality inspector checks ten units from each batch for finish and dimensions and records the results.",
        # brewing
        "Pitch the yeast once the wort has cooled to 20°C and record the gravity.",
        # farm
        "We milk twice a day and the milk is cooled in the bulk tank straight away.",
        # filler changeover
        "Step 2: set the filler to the new bottle size and run ten test fills before production starts.",
        # viscosity check
        "If a batch fails the viscosity check, adjust it and remix before it goes to filling.",
        # cheese room
        "Cheese room: turn the wheels and brush the rinds every other day",
        # dental lab
        "The dental lab casts, fits and finishes the crowns for the week's cases.",
        # kitchen terrines
        "Slice and tray up the terrines for tonight's tasting menu.",
        # shift allocation
        "When each shift begins, the production supervisor puts operators on the lines, ensuring every line has a trained setter.",
    ],
    ("production", "back", "core", "remote"): [
        # production planning
        "Production planner sequences the week's batches on the two mixers to keep allergen changeovers to a minimum.",
    ],
    ("production", "back", "long_tail", "on_site"): [
        # rework
        "Rework the batch that failed the seal test once the quality manager approves.",
        # special order
        "Special run of 200 engraved units for one customer, fitted in between the standard batches",
        # gluten-free run
        "One-off short run of gluten-free loaves for the school's allergy day, squeezed in after the main bake",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        # oversized load
        "Book a dedicated low-loader for the oversized tank the fabrication shop finished early, once the customer agrees to take it this week.",
    ],
}

LOGISTICS_FINANCE: Blocks = {
    ("logistics", "back", "core", "on_site"): [
        # proof of delivery
        "The driver gets a signed proof of delivery at every drop and photographs the pallet as it was left.",
        # delivery note checks at goods-in
        "At goods-in, check the delivery note against what's on the pallet and write any damage on the carrier's copy.",
        # customs seal
        "Before the trailer leaves, fit the customs seal and record its number on the transit document.",
        # returns paperwork
        "If the customer refuses a pallet, bring it back with the refused delivery note and put it in the returns bay.",
        # delivery notes at end of run
        "Drivers hand in their signed delivery notes when they get back to the yard and the transport clerk puts them in the day's tray.",
        # packhouse delivery note
        "The packhouse prints a delivery note for each supermarket load and gets the driver's signature on the copy.",
        # counting against delivery note
        "Step 3: tally the cartons with the delivery note, sign it and keep the white copy for the office.",
    ],
    ("logistics", "back", "core", "remote"): [
        # customs brokers
        "Book the clearance with the customs broker and send them the commercial invoice and packing list.",
        "Check that the customs entry has cleared before the haulier collects the container from the port.",
        # freight booking
        "Book the container with the forwarder for the October shipment and confirm the loading date with the factory.",
        # delivery note matching
        "The transport office matches the signed run sheets to the day's deliveries and follows up any missing signatures.",
        # tariff codes
        "Assists with export documentation, ensuring each shipment's commodity codes, origin and weights are correct on the paperwork.",
        # incoterms
        "Confirm with the overseas buyer whether we ship DAP or EXW before booking the haulier",
        # vessel arrival
        "Within two hours of the vessel arriving, send the customs broker our supplier's invoice with the bill of lading so the entry can go in.",
        # origin certificate
        "Check the EUR.1 origin certificate is with the shipment paperwork before the consignment leaves",
        # missing POD
        "Request the missing proof of delivery from the carrier for any drop that has none on the portal by noon the next day.",
        # shipping coordinator
        "Shipping coordinator: prepares each export's bill of lading and customs declaration, ensuring every consignment leaves with complete paperwork.",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        # held shipment
        "If customs hold a shipment for inspection, give the broker whatever documents they ask for and rebook the delivery.",
        # damaged in transit
        "Damaged-in-transit claim for the pallet of glassware: photos, delivery note remarks, carrier form",
        # wrong commodity code
        "Goods stuck at the border because of a wrong commodity code: correct the declaration with the broker and rebook the haulier",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # freight invoices
        "Freight invoices are coded to carriage outwards and paid on the 15th.",
        "Accrue at month end for freight the carrier hasn't invoiced yet on goods we've already received.",
        # import VAT
        "Import VAT: download the monthly postponed VAT statement and post it to the VAT return.",
        # duty deferment
        "Reconcile the duty deferment direct debit to the customs entries every month.",
        # billing on proof of delivery
        "Invoice customers only once the signed proof of delivery is on file.",
        # delivery charges
        "Add the delivery charge to each customer invoice from the rate table.",
        # landed cost
        "Works out the landed cost of each container, spreading freight, duty and insurance over the stock lines before they are valued.",
        # courier statements
        "Each month I tick the courier's statement against the invoices we've already paid",
        # goods received not invoiced
        "GRNI report reviewed at month end and old lines cleared with purchasing",
        # fuel surcharges
        "The accounts assistant checks the fuel surcharge on each haulage invoice against the agreed percentage before it is approved for payment.",
        # customs duty in accounts
        "Customs duty on imported stock is posted to the stock account, not to expenses.",
        # broker statement
        "Within five days of month end, post the customs duty and import VAT from the broker's monthly statement.",
        # freight recharges
        "Freight recharges: add the carrier cost to the customer's invoice when they chose express delivery",
        # broker disbursements
        "The customs broker's disbursement invoice is approved for payment only when it matches the entry figures.",
        # delivery notes with invoices
        "Signed delivery notes are attached to each sales invoice before it goes out, so payment disputes can be answered.",
        # AP clerk
        "AP clerk: processes haulier and courier invoices, ensuring each is matched to a delivery and coded to the right depot.",
        # sample duties
        "duties and customs charges on incoming samples coded to the product team's budget",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        # duty overpaid
        "If we paid duty on goods that were re-exported, claim the repayment from customs and post the refund when it arrives.",
        "Credit note for the customer whose delivery never arrived (finance manager sign-off)",
        # double-billed consignment
        "If a carrier invoices twice for the same consignment, put the second invoice on hold and ask for a credit note.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(
    ADMIN_LOGISTICS,
    ADMIN_PRODUCTION,
    ADMIN_IT,
    ADMIN_HR,
    ADMIN_LEGAL,
    PROCUREMENT_ADMIN,
    LOGISTICS_PROCUREMENT,
    LOGISTICS_PRODUCTION,
    LOGISTICS_FINANCE,
)
