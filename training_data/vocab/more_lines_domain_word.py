"""Lines where the domain word, not the verb, the setting or a generic word, decides the function.

A linear bag-of-words reader learns that strategy, targets, plan, budget, roadmap and review
mean management, that contact, call, phone and customer mean customer service or sales, that
ticket, request and access mean IT, that contract, supplier and vendor mean procurement or legal,
and that schedule, records and booking mean admin. Real lines put those generic words beside the
word that decides (shared/LABELING.md, "The domain word decides"), so these lines come in pairs
across eight boundaries, each side carrying the same generic words:

1. direction inside one function stays with it (sales targets, territory plans, pipeline
   reviews and sales huddles are `sales`; IT budget lines, patch and upgrade schedules and IT
   roadmaps are `it`; payroll calendars and tax deposit schedules are `payroll`; feature
   prioritisation, release planning and product roadmaps are `product_development`; marketing
   and PR plans are `marketing`), while company-wide direction (company strategy, board, a new
   site, company targets) is `management`;
2. money customers owe (phoning, texting or emailing them to pay, payment plans, statements,
   dunning, credit notes, debtor and creditor ageing) is `finance_accounting`, while customers'
   questions about an order, a return or a refund are `customer_service`;
3. the staff help desk, accounts, licences, access, devices and upgrade windows are `it`; help
   with the product for customers is `customer_service`; the privacy review of a new data flow
   is `legal_compliance` and the technical change itself `it`;
4. premises chores (bins, surfaces, heating, snow, locking up, room bookings and set-up, building
   contractors) are `admin`; cooking and plating are `production`; the warehouse is `logistics`;
5. receiving, counting against the purchase order, moving raw materials in, put-away, counts
   and packing are `logistics`; choosing suppliers, quotes asked, purchase orders and supplier
   terms are `procurement`; stock valuation in the books is `finance_accounting`;
6. a tender, RFP or RFQ answered to win work is `sales`; one issued, advertised and scored by a
   buyer is `procurement`;
7. pay runs, pay filings to the tax office (RTI, STP, W-2, 941, year-end pay filings), payroll
   approvals and deductions are `payroll`; VAT and sales tax returns, corporation tax, donation
   receipts and contribution statements, fixed assets and the payroll journal are
   `finance_accounting`;
8. job ads, welcome kits, induction and employee files are `hr`; customer newsletters, press
   stories, consumer research and competitor analysis are `marketing`; the staff bulletin,
   diaries and filing are `admin`; patient and guest registration and intake are
   `customer_service`.

They are written as job-ad bullets, checklist steps, owners' shorthand, third-person duty
statements, headings with a colon gloss and lines naming a tool (QuickBooks, Xero, Jira,
Zendesk, M365, Gusto, Shopify, ServiceTitan and others), for shops, restaurants, clinics, trades,
agencies, charities, schools, manufacturers, distributors, software firms and councils. Each
line is an ordinary company's line without company context: office follows the function (front
only for customer_service, sales and marketing), process is the function's routine one, and
about one line in eight is `long_tail` (an exception, a one-off, a case-by-case request inside
that function). Location is `on_site` only where a person must be present (the building, the
kitchen, goods-in, the racking, the front desk, hardware, a stand).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
# 1. Direction inside one function stays with that function; company-wide direction is management.
DIRECTION: Blocks = {
    ("sales", "front", "core", "remote"): [
        "Own the regional sales targets and split them by rep when each quarter opens",
        "Sales org strategy: how many field reps against inside reps we hire for next year's territories",
        "Build territory plans for the three new account executives covering the North West",
        "Weekly pipeline review: walk every deal over 10k with its owner, the next step and the close date",
        "Daily sales huddle at 8:45 - demos booked yesterday, calls planned today, deals that are stuck",
        "Set monthly quota per rep and track attainment on the HubSpot sales dashboard",
        "Sales strategy for the wholesale channel: which garden centres and farm shops we go after first",
        "Forecast the quarter's bookings from the CRM pipeline and flag the deals at risk of slipping",
        "Key account plans for our five biggest supermarket buyers, refreshed before each buyer meeting",
        "sales targets per branch - check them Monday mornings",
        "Sales playbook: qualifying questions, discovery call script, how to handle the price objection",
        "Sales budget: split the trade show and travel money between the four territories",
        "Win/loss review each month on closed deals with the reps who ran them",
        "Set the discount limits each sales rep may give on a quote without asking",
        "Car dealership: monthly unit targets per salesperson and the morning desk meeting on live deals",
        "Brewery: territory plan for the new rep covering pubs and bottle shops across Kent",
        "SaaS: keep pipeline coverage at three times quota, checked in the Monday forecast call",
        "Sales kick-off in January: new territories, new quotas, changes to the price list",
        "Supports the Head of Sales in setting the renewal targets for the account managers",
        "Distributor: sales plan per product family with volume targets for each dealer",
        "Salesforce: pipeline stages, exit criteria and forecast categories kept current for the sales team",
        "Print firm: sales review every Thursday - quotes out, quotes won, who to call back",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Approve a one-off discount beyond the rep's limit for a large multi-year deal",
        "Reassign a territory's open deals case by case when a rep leaves mid-quarter",
        "Price-match request from a trade customer, approved deal by deal by the sales manager",
        "Exception to the sales commission split when two reps worked the same account, decided by the sales director",
    ],
    ("it", "back", "support", "remote"): [
        "IT budget lines for next year: laptop refresh, Microsoft 365 licences, the managed support contract",
        "Keep the upgrade schedule for the servers, the firewall firmware and the Wi-Fi controllers",
        "IT roadmap: file shares to SharePoint in Q2, retire the old VPN in Q3, single sign-on by year end",
        "Develop the IT strategy for the trust's four primary schools",
        "Plan the Windows 11 upgrade by department so no two teams lose their laptops the same week",
        "Own the IT budget and review software subscription spend every month",
        "Set targets for helpdesk first-response time and report them monthly",
        "IT risk register: unsupported systems, single points of failure, gaps in the backups",
        "Technology plan for the practice: replace the server in the cupboard with cloud hosting",
        "Patch schedule: staff PCs on the second Tuesday, servers the weekend after",
        "Review the managed service provider's monthly report against the IT service levels in their SLA",
        "Cyber security roadmap: MFA for everyone, then disk encryption, then phishing simulations",
        "IT asset lifecycle plan: replace laptops at four years and record each disposal",
        "Storage and backup capacity plan ahead of the new clinic's patient system going live",
        "Owns the IT project list and the maintenance windows for the line-of-business systems",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Bring a server upgrade forward out of cycle after a disk failure, approved by the IT manager",
        "Exception to the upgrade schedule: finance stays on the old Excel build until year-end close",
    ],
    ("payroll", "back", "support", "remote"): [
        "Publish next year's payroll calendar: timesheet cut-off, approval deadline and pay date of every run",
        "Federal tax deposit schedule: semi-weekly or monthly depending on the lookback period",
        "Move pay dates ahead of bank holidays so direct deposits still land on time",
        "Payroll cut-off: timesheets locked Tuesday noon for Friday's pay",
        "Monthly payroll cost report by department for the finance team",
        "Set the processing schedule for weekly-paid and monthly-paid staff in ADP",
        "Payroll year-end timetable: last pay run, P60s out, new tax codes loaded for April",
        "Payroll targets: no late payments and under two corrections per pay run",
        "Payroll roadmap: move the two sites onto one payroll system before the new tax year",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Off-cycle pay run when a leaver's final pay was left out of the normal payroll",
    ],
    ("product_development", "back", "core", "remote"): [
        "Feature prioritisation: score each request on reach, impact and effort before every planning cycle",
        "Release planning for the mobile app - what ships in 4.2 and what waits for 4.3",
        "Own the product roadmap for the booking platform and walk engineering through it each quarter",
        "Run sprint planning with the developers and keep the Jira backlog groomed",
        "Decide which customer feature requests make it into the next release",
        "Roadmap review with engineering: slipped dates, dependencies, what we cut",
        "Beta targets for the new app: 50 active testers and a crash-free rate above 99%",
        "R&D budget for the new pump design: prototypes, the test rig and certification testing",
        "Product strategy for the plant-based range: which three new recipes go to trial this year",
        "Product manager: maintains the feature backlog and writes the user stories for each release",
        "Product requirements for the next firmware version, agreed with hardware engineering",
        "Kitchen: plan the new seasonal menu and test the dishes before they go on",
        "Product discovery interviews with users before a feature is committed to the roadmap",
        "Engineering release train: set the release dates for the desktop and web apps",
        "Lab: test new formulations for the shampoo range before the launch date is set",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Custom feature scoped for a single enterprise customer, accepted or refused case by case",
        "Prototype a one-off variant of the sensor for a university research partner on request",
    ],
    ("marketing", "front", "core", "remote"): [
        "Write the annual marketing plan: seasonal campaigns, channels and the budget for each channel",
        "PR plan for the product launch: press list, embargoed release, interview slots for the founder",
        "Marketing budget: check ad spend against plan every month and move money to what converts",
        "Marketing strategy for the garden centre - loyalty club, local radio, Facebook",
        "Marketing targets: leads per month from paid search and the cost per lead",
        "Content calendar for the blog and Instagram, planned a month ahead",
        "Brand guidelines: logo use, colours and the tone of voice for all customer-facing copy",
        "Weekly campaign review: pause the ads that don't convert, raise bids on the ones that do",
        "Own the marketing roadmap for the spring range launch",
        "Charity: fundraising campaign plan for Christmas, with email, direct mail and social posts",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Ad hoc request from a branch manager for a flyer for their open day",
        "Sponsorship ask from the local football club, weighed on its own merits by the marketing lead",
    ],
    ("management", "back", "core", "remote"): [
        "Set the company's three-year strategy with the directors",
        "Board meeting pack: company results, key risks and the decisions we need",
        "Owners' call on opening a second site in Leeds next spring",
        "Company targets for the year - revenue, margin, headcount - cascaded to every department",
        "Annual planning day with the leadership team",
        "Quarterly business review with the shareholders: company performance against the plan",
        "Redraw the organisation structure after the two branches merge",
        "Charity: trustees' away day on the five-year strategy",
        "Weekly leadership meeting: company priorities, blockers between teams, decisions taken",
        "Company OKRs set by the founders each quarter",
        "Succession plan for the managing director",
        "Refresh the company's mission and values at the leadership offsite",
        "Group strategy: which markets we enter and which business lines we exit",
        "School trust board: approve the trust's development plan and hold the CEO to account",
        "Council: corporate plan priorities agreed by the cabinet and reported each quarter",
        "Family firm: shareholder agreement on dividends, reinvestment and the next MD",
        "Franchise network: company-wide targets set by head office and reviewed with franchisees each year",
        "Business plan over five years for the bank and the investors",
        "Leadership team decides which new service lines the company adds next year",
        "Board governance: terms of reference for the board and its committees",
    ],
    ("management", "back", "long_tail", "remote"): [
        "One-off decision on buying a competitor's customer book, taken by the partners",
        "Go/no-go by the owners on a summer pop-up site at the seafront",
        "Owners decide on a one-off investment in solar panels for the whole company",
    ],
}

# 2. Money customers owe is finance; questions about an order, a return or a refund are customer service.
MONEY_OWED: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        "Phone customers whose invoices are more than 30 days overdue and agree a date they will pay",
        "Text payment reminders from Xero to customers with past-due invoices",
        "Collections: emailed statement, then a reminder letter, then a phone call at 45 days",
        "Set up payment plans for customers who cannot clear their balance in one go",
        "Send monthly customer statements listing open invoices and payments received",
        "Run the dunning emails in Chargebee for subscriptions whose card payment failed",
        "Issue credit notes against invoices for goods returned or short-shipped",
        "Review the aged debtors report each Monday and chase the largest balances first",
        "Customer ageing: flag accounts past 60 days and stop further supply to them",
        "Check the supplier ageing report before each payment run",
        "chase late payers Fridays",
        "Clinic: call patients with balances left after insurance has paid its share",
        "School: remind parents of unpaid fees and set up instalments with the bursar",
        "Pass accounts over 90 days to the debt collection agency",
        "Allocate customer receipts to invoices in QuickBooks and chase the short payments",
        "Credit control: ring the customer's payables team to find out when our invoice will be paid",
        "Put trade customers on credit hold when they go over their credit limit",
        "Credit limits for newly opened trade accounts, based on their credit report",
        "Plumbing firm: text the payment link to customers whose invoice is still open after 14 days",
        "ServiceTitan: chase unpaid invoices on completed service calls each week",
        "Match customer deposits to the jobs they paid for and invoice the remaining balance",
        "Statement of account to every trade customer at month end with the remittance slip",
        "Credit controller: owns the sales ledger, cash collection targets and the debtor days figure",
        "Email the overdue-invoice reminder on day 7, day 14 and day 30 from the accounts mailbox",
        "Agency: chase clients for retainer invoices that are past their payment terms",
        "Apply late payment interest on overdue trade invoices as the terms allow",
        "Landlord accounts: tenants' rent arrears chased by letter, then by phone",
        "Unapplied cash: find which customer invoice each unmatched bank receipt belongs to",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Instalment arrangement for a long-standing customer in hardship, agreed once and signed off by the finance manager",
        "Write off small unpaid balances case by case when chasing would cost more than the debt",
        "Customer disputes an old invoice: pull the delivery note and decide on a credit note with the account manager",
        "Waive late payment fees for a customer on request, with the controller's approval",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Answer shoppers who ask where their parcel has got to and when it will turn up",
        "Return requests: check the order, send the returns label and explain when the refund will show",
        "Reply to customers asking why their refund has not appeared on their card yet",
        "Zendesk: answer chats about order changes, wrong sizes and missing items",
        "Explain the bill to customers who call confused about a charge on their account",
        "Shopify: approve refunds on returned items that fit the returns policy",
        "Exchanges: book the swap and let the customer know when the new size ships",
        "Call customers when their order is delayed and offer a new delivery date",
        "Log complaints about damaged deliveries and arrange a replacement for the customer",
        "Take calls from customers who want to change the delivery address on an order",
        "Answer subscribers who want to pause, skip or cancel their box",
        "ServiceTitan: take customer calls and book service appointments for the technicians",
        "Furniture shop: reply to customers about delivery slots and assembly questions after they buy",
        "Gorgias: handle order-status questions and return requests for the web shop",
        "Customer care: explain the warranty to owners and book their repair",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Goodwill refund after the returns window has closed, case by case with the team lead's approval",
        "Customer wants to return a made-to-order item: agree an exception with the shop manager",
        "Free replacement for a customer whose parcel was stolen from the doorstep, at the supervisor's discretion",
    ],
}

# 3. IT for staff; help with the product for customers; privacy review of a data flow vs the technical change.
ACCESS_AND_HELP: Blocks = {
    ("it", "back", "support", "remote"): [
        "Staff help desk: log, prioritise and resolve employee tickets in Freshservice",
        "Create M365 accounts and mailboxes for joiners ahead of their start date",
        "Cut off leavers' email, VPN and shared drive access when they finish",
        "Assign and reclaim Adobe and Microsoft licences as staff join and leave",
        "Keep staff updated on the status of their helpdesk ticket and close it once they confirm the fix",
        "Email staff about the upgrade window: email and the ERP down Saturday 10pm to 2am",
        "Access request to the finance folder: folder owner approves, then IT grants it",
        "Reset MFA for staff who got a new phone",
        "Manage shared mailbox and calendar permissions in Exchange Online",
        "Monthly access review: who still has admin rights on the servers and the firewall",
        "Jira Service Management queue for internal IT requests - triage by 10am",
        "Intune: enrol staff phones and push the work email profile",
        "Check the nightly backup report and test a file restore every month",
        "Renew SSL certificates and domain names before they run out",
        "Printer and Wi-Fi faults reported by staff: fix remotely or book a desk visit",
        "School: staff logins for Google Workspace and password resets for teachers",
        "Clinic: keep the practice management system patched and its user list current",
        "Google Workspace admin: groups, shared drives and offboarding of staff accounts",
        "Helpdesk ticket SLAs: P1 in 1 hour, P2 same day, reported to the office manager",
        "Joiner-mover-leaver: change a staff member's system access when they move team",
        "Licence count review in M365 each quarter so we stop paying for unused seats",
        "IT support for the back office: ERP user roles, report access and password lockouts",
        "Record every staff laptop and phone, with serial and owner, in the IT asset register",
        "Set up conditional access rules so staff can only sign in from managed devices",
        "Configure the API connection that sends customer records to the new CRM",
        "Set up encryption and user roles on the new patient portal database",
        "Build the data export from the old system and test the import into the new one",
        "Turn on audit logging and retention for the new HR system's database",
    ],
    ("it", "back", "support", "on_site"): [
        "Set up new starters' laptops, docking stations and monitors at their desks",
        "Swap faulty keyboards, headsets and monitors for staff in the office",
        "Mount the new Wi-Fi points on the dispatch office ceiling and test the signal",
        "Rack and cable the replacement network switch in the server cupboard",
        "Image and encrypt laptops for new staff, then enrol them for MFA at the desk",
        "Fix the meeting room screen and conference camera when staff report a fault",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Temporary admin rights for a contractor for one week, approved by the IT manager",
        "Urgent request from the CEO to recover a deleted mailbox folder",
        "Visio licence for one project outside the standard software list, granted case by case",
        "Software request from marketing for a new design tool: IT checks security and compatibility before installing it",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Help customers set up the app on their phone and connect it to their thermostat",
        "Unlock customers' web shop accounts and talk them through resetting their password",
        "Level 1 support for users of our accounting software: failed imports and error messages",
        "Customer support tickets in Zendesk: reply to software users within four hours",
        "Walk customers through pairing their hearing aid with their phone",
        "Tell customers about planned maintenance on our platform and answer them during the outage",
        "Guide broadband subscribers through restarting their router on the phone",
        "Escalate bugs reported by customers to engineering with the steps to reproduce",
        "Customer help centre: keep the how-to articles current for our point-of-sale users",
        "Intercom: chat support for customers stuck on setting up their online store",
        "Keep customers posted on their support ticket until their problem is solved",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Customer asks to restore data they deleted from their account: decide case by case with support lead",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Privacy review of the new data flow before customer records are sent to the new CRM",
        "Data protection impact assessment for the new CCTV cameras",
        "Check the new payroll provider has signed our data processing agreement",
        "Privacy notice updated each time marketing adopts a new email tool",
        "Record of processing activities: add the new patient portal and its lawful basis",
        "Assess whether the new analytics tool transfers personal data outside the EU",
        "GDPR review of the new HR system: retention periods, who can see what, the lawful basis",
        "Data breach log: record each incident and decide whether the regulator must be told",
        "HIPAA: business associate agreements in place before a vendor touches patient data",
        "Privacy and consent check on the new loyalty app before launch",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Former staff member's subject access request: gather their data and answer within the month",
        "Supplier wants us to sign their NDA instead of ours: review their changes case by case",
    ],
}

# 4. Premises chores are admin; cooking and plating are production; warehouse housekeeping is logistics.
PREMISES: Blocks = {
    ("admin", "back", "support", "on_site"): [
        "Empty the office bins and recycling before leaving each evening",
        "Wipe down desks, door handles and the staff kitchen surfaces",
        "Set the heating and air-con timers for the office at each change of season",
        "Clear snow and grit the front steps and the staff car park before 8",
        "Lock up the office, set the alarm and check every window is shut",
        "Set up the boardroom before the board meeting: chairs, screen, water and glasses",
        "Restock the staff kitchen with tea, coffee and milk",
        "Open up the building at 7:30 and switch on the lights and the heating",
        "Let the maintenance contractor in to service the boilers and sign their job sheet",
        "Change light bulbs and report broken fittings around the office",
        "Water the office plants and straighten the magazines in reception",
        "School: check the classrooms are locked and the heating is off after the last club",
        "Church hall: put the tables and chairs out for the Tuesday group and stack them after",
        "Office manager: keep the key register and hand out door fobs to new staff",
        "Collect the morning post and sort it into department trays",
        "Defrost the staff fridge and clear out old food every other Friday",
        "Rearrange the training room into a horseshoe for the induction day",
        "Check the first aid boxes in the office and top them up",
        "Turn off the aircon and the lights in the meeting rooms at close",
        "Load paper into the office printers and swap empty toner",
    ],
    ("admin", "back", "support", "remote"): [
        "Reserve the meeting rooms in Outlook for internal team meetings",
        "Manage the room booking calendar for staff training sessions",
        "Arrange the window cleaner, the lift service and gutter clearing for the building",
        "Log building repairs with the landlord and chase them until they are done",
        "Keep the building contractor schedule: cleaners, pest control, boiler service",
        "Book the aircon engineer for the yearly service of the office units",
        "Report heating faults to the facilities company through their portal",
        "Manage the desk booking system and the hybrid seating plan",
        "Facilities: service contracts for the office building - lifts, fire alarm panel, cleaners",
        "Room set-up requests: list what each internal meeting needs and brief the caretaker",
        "Keep the office cleaning schedule and check the cleaners' sign-off sheet each week",
        "Book parking spaces for visiting staff from other branches",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Call out an emergency plumber when the office toilets flood",
        "Extra cleaning of the storeroom after a leak, booked as needed",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "One-off: plan the office move to the second floor",
        "Request to change the heating hours for one team working late, handled case by case",
        "Visitor parking for the auditors' week arranged on request",
    ],
    ("production", "back", "core", "on_site"): [
        "Prep vegetables, sauces and garnishes before service",
        "Cook and plate mains on the grill section during dinner service",
        "Sanitise the prep benches between raw and cooked food",
        "Bake the bread and croissants for the counter from 5am",
        "Café: make the sandwiches and salads for the lunch counter",
        "Portion and label the day's soups and stews for the chiller",
        "Follow the recipe cards and plate every dish to match the photo",
        "Care home kitchen: cook lunch and tea for residents, including soft and puréed diets",
        "School kitchen: cook lunch for 300 pupils and serve it at the hatch",
        "Clean down the grill and the fryers at the end of service",
        "Catering firm: cook and assemble the sandwich platters for corporate orders",
        "Line cook: keep the station stocked and cook tickets in order during the rush",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Cook an off-menu dish when asked for a guest with several allergies",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Keep the loading bay clear of empty pallets and shrink-wrap",
        "Sweep the warehouse aisles and keep the pick faces tidy",
        "Load the vans for the morning delivery runs",
        "Forklift: move pallets from goods-in to bulk storage",
    ],
}

# 5. Receiving, moving and counting goods is logistics; buying them is procurement; valuing them is finance.
GOODS: Blocks = {
    ("logistics", "back", "core", "on_site"): [
        "Count received items against the purchase order and write any shortages on the delivery note",
        "Check incoming deliveries for damage and sign for them at goods-in",
        "Haul raw materials from the supplier's depot to our plant on our own lorry",
        "Collect steel coil from the supplier and drop it at the press shop",
        "Put received stock away in the right bin locations and scan it in",
        "Monthly stock count of the spare parts store",
        "Cycle counts: five bin locations a day, differences corrected in the WMS",
        "Pack online orders into mailers with the packing slip and a thank-you card",
        "Restaurant: check the veg delivery against the order sheet and put it in the walk-in",
        "Pharmacy: check the wholesaler's totes against the invoice and put stock on the shelves",
        "Label and stack finished pallets for the haulier's collection",
        "Rotate chilled stock first in, first out",
        "Bakery: bring the flour delivery in from the yard and stack it in the dry store",
        "Shuttle raw materials from the goods-in bay to the line side",
        "Year-end stocktake: count every bay in the warehouse and sign the count sheets",
        "Goods-in: check lot numbers and use-by dates on incoming pallets",
        "Pick, pack and label Shopify orders before the 3pm courier collection",
        "Unload the container and tally cartons against the packing list",
    ],
    ("logistics", "back", "core", "remote"): [
        "Book inbound collections of raw materials from suppliers with the haulier",
        "Keep stock levels in the WMS accurate and investigate count differences",
        "Set reorder points for fast-moving SKUs in the inventory system",
        "Shopify: mark orders fulfilled and upload the tracking numbers",
        "Plan the inbound delivery slots so goods-in isn't overloaded on Mondays",
        "Book freight for the raw material deliveries from our overseas suppliers into the plant",
        "Inventory control: daily stock report of items below minimum for the buyers",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Supplier sent the wrong pallet: arrange the return collection case by case",
        "Urgent one-off stock transfer to the Bristol branch for a big job",
        "Out-of-hours collection from the warehouse for a customer, agreed case by case",
    ],
    ("procurement", "back", "support", "remote"): [
        "Choose packaging suppliers: compare three quotes on unit price, lead time and MOQ",
        "Ask approved suppliers for raw material quotes every quarter",
        "Raise purchase orders in Xero for all stock and supplies over £100",
        "Negotiate flour and dairy supply contracts with a yearly price review",
        "Onboard new suppliers: bank details, insurance certificates and payment terms",
        "Keep the approved supplier list and score supplier performance each year",
        "Buy office supplies and cleaning products from the framework supplier",
        "Purchase order approvals: check the budget code and the supplier before the PO goes out",
        "Chase suppliers for order confirmations and promised delivery dates",
        "Clinic: order medical consumables from the preferred wholesaler every week",
        "Restaurant: place the orders with the meat, veg and dry goods suppliers",
        "Buyer: sources components, raises POs and manages supplier lead times for the assembly line",
        "Procurement: supplier due diligence before a new vendor is set up",
        "Coupa: turn approved purchase requisitions into POs the same day",
        "Find a second resin supplier so we aren't reliant on one",
        "Annual price negotiation with the packaging vendor before the contract renews",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Single-source purchase approved case by case when only one supplier can deliver",
        "Find a new supplier at short notice when the usual one goes under",
        "Non-catalogue purchase requests from staff checked and approved by the buyer",
        "Emergency buy on the company card while the PO system is down, approved afterwards by the buyer",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "Stock valuation at month end: closing inventory valued at cost in the ledger",
        "Post the inventory adjustment journal after the year-end stocktake",
        "Three-way match: supplier invoice, purchase order and GRN agreed before payment",
        "Write down obsolete stock in the accounts with the accountant's agreement",
        "Reconcile the stock account on the balance sheet to the inventory system",
        "Month-end accrual for goods received but not yet billed by the supplier",
        "Cost of goods sold: check the margin report against the stock movements in Xero",
    ],
}

# 6. A tender answered to win work is sales; a tender issued by a buyer is procurement.
TENDERS: Blocks = {
    ("sales", "front", "core", "remote"): [
        "Find public tenders on Contracts Finder that fit our cleaning services and flag them for a bid/no-bid",
        "Answer RFPs from hospitals for our patient transport service",
        "Write our submission for the council's parks maintenance tender",
        "Respond to RFQs from OEM customers with unit prices and lead times",
        "Bid manager: runs our tender responses, pricing and case studies for public sector contracts",
        "Watch TED and the national portals for IT services tenders we could win",
        "Register on the big buyers' supplier portals so their RFQs reach us",
        "Fill in pre-qualification questionnaires to get onto framework tenders",
        "Tender calendar: submission deadlines and clarification questions for each of our bids",
        "SAM.gov: watch for federal solicitations in our NAICS codes and decide which to bid",
        "Price the distributor's RFQ and send it back before Friday",
        "Construction firm: estimate and submit bids on school building tenders",
        "Charity: bid for the council's youth services contract to fund the programme",
        "Win public tenders: write method statements and social value answers for each submission",
        "Bid writer: keep our answer library of policies and case studies ready for tender responses",
        "Respond to the university's RFP for our lab equipment, with a price and service offer",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Decide case by case whether to bid for a tender outside our usual region",
        "One-off joint bid with a partner firm for a large hospital contract",
    ],
    ("procurement", "back", "support", "remote"): [
        "Council: publish the school cleaning tender and answer bidders' clarification questions",
        "Issue RFQs to three dealers for the new forklift",
        "Write the RFP for a new payroll provider and score the proposals",
        "Advertise bid opportunities on the council's procurement portal",
        "Evaluate bids against the published scoring criteria and recommend the winner",
        "School trust: tender the catering and cleaning contracts across the schools",
        "Record each bid received in the tender log at the deadline",
        "Mini-competition under the framework for the new IT hardware",
        "Send the RFQ for 5,000 printed boxes to our packaging suppliers",
        "Run an RFP to pick a new third-party logistics provider and compare their rates",
        "Award letter to the winning bidder and feedback letters to the others",
        "Hospital buyer: invite tenders for patient transport and score the bidders",
        "Procurement officer: runs tenders for goods and services above the threshold",
        "Housing association: tender the repairs contract and check bidders' insurances",
        "Standstill period after the contract award decision before signing",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Waiver from competitive tendering for an urgent repair contract, signed off by the finance director",
        "Only one bid came back: decide whether to re-tender or negotiate",
    ],
}

# 7. Pay runs and pay filings are payroll; tax returns for the business, receipts and assets are finance.
PAY_AND_BOOKS: Blocks = {
    ("payroll", "back", "support", "remote"): [
        "Process the fortnightly pays in Xero Payroll and send payslips",
        "RTI: FPS filed with HMRC no later than payday",
        "STP: lodge each pay event with the ATO",
        "W-2s and the W-3 filed with the SSA by 31 January",
        "File Form 941 every quarter for federal withholding",
        "Year-end pay filings: final FPS marked last of the year, P60s to staff",
        "Payroll approvals: managers sign off hours before payroll is submitted",
        "Deductions: set up child support orders, student loans and union dues in the payroll",
        "Gusto: add new hires, check hours and approve payroll by Wednesday",
        "PAYE and NI paid over to HMRC by the 22nd each month",
        "Auto-enrolment: assess staff each pay period and upload pension contributions",
        "Salary sacrifice deductions for bike and electric car schemes",
        "Canada: ROEs when staff leave, T4s at year end",
        "Overtime and holiday pay for care workers calculated from the rota hours",
        "Wage garnishments: deduct from pay and send to the court each pay period",
        "Restaurant: tronc tips shared out through the payroll every pay period",
        "India: PF, ESI and professional tax deducted and filed each month",
        "State unemployment tax returns for payroll each quarter",
        "Payroll changes form: new salaries, bonuses and leavers in by the 15th",
        "QuickBooks Payroll: approve hours and submit payroll Tuesday for Friday direct deposit",
        "Benefits deductions for health insurance and 401(k) set up for each new hire",
        "Payroll variance check: compare this run's gross pay with last run before approving",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Same-day manual payment for a worker whose wages bounced on payday",
        "Salary advance approved case by case by the owner, then deducted over three pay runs",
        "Correct an employee's tax code mid-year when HMRC sends a notice",
        "Backdated pay rise signed off late: work out the arrears and add them to the next payroll",
        "One-off payment to the staff who covered the flu outbreak, put through payroll on the owner's say-so",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        "VAT return each quarter through Making Tax Digital",
        "Sales tax returns filed monthly for each state we collect in",
        "Corporation tax: prepare the figures for the accountant and pay by the deadline",
        "GST/HST return every quarter",
        "Charity: donation receipts for gifts over $250 and annual contribution statements",
        "Gift Aid claims to HMRC on eligible donations",
        "Fixed asset register: add new equipment and run depreciation monthly",
        "Church: year-end contribution statements to members for their tax records",
        "Post the payroll journal to the nominal ledger once each pay run closes",
        "Reconcile the PAYE and pension liability accounts in the ledger every month",
        "1099-NEC forms for contractors we paid over the threshold",
        "BAS lodgement each quarter for GST",
        "Record equipment purchases as fixed assets, not as expenses",
        "Remove scrapped equipment from the fixed asset register",
        "Year-end accounts pack for the external accountant",
        "Sales tax: check Shopify collected the right rate in each state before filing",
        "Donor database and the ledger: reconcile donations received each month",
        "Estimated corporate tax payments every quarter",
        "Irish VAT3 returns every two months through ROS",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Reclaim import VAT after customs charged it twice on one shipment",
        "Customer paid the same invoice twice: check the ledger and refund the duplicate by bank transfer",
        "Donor asks for a replacement receipt for last year's gift: reissue case by case",
    ],
}

# 8. Job ads, induction and staff files are HR; newsletters and research are marketing;
#    the office's own comms and filing are admin; patient and guest intake is customer service.
PEOPLE_AND_PUBLIC: Blocks = {
    ("hr", "back", "support", "remote"): [
        "Write job ads and post them on Indeed and LinkedIn",
        "Post teaching assistant vacancies on the schools jobs board",
        "Put together welcome kits for new starters: handbook, first-week plan, who to ask",
        "Run the induction for new care workers: policies, shadow shifts, training sign-off",
        "Keep employee files as the law requires - contracts, right to work, training certificates",
        "Keep personnel records six years after someone leaves, then destroy them",
        "Form I-9 for every new hire within three days of starting",
        "Update the employee handbook and get staff to sign it",
        "Exit interviews with leavers, notes kept on their HR file",
        "Hire seasonal staff for the summer: ads, interviews, offer letters",
        "Workable: move candidates through the hiring stages and send rejections",
        "Onboarding in BambooHR: new hires sign their documents before day one",
        "Training matrix: who is due a food hygiene refresher",
        "Write the careers page copy for each open vacancy",
        "Employee newsletter from HR on benefits, training dates and policy changes",
        "Recruitment plan: which roles we hire for each quarter and the job boards we use",
        "Induction checklist: IT access requested, health and safety walk booked, buddy assigned",
        "Staff survey: send it out, analyse the answers and share the actions with the team",
        "Charity: volunteer recruitment ads and role descriptions",
        "Employer branding posts on LinkedIn to attract candidates for our open roles",
        "Probation reviews at the three-month mark, signed off by the line manager",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Manager asks for a temp for two weeks: arrange it with the staffing agency",
        "Flexible working request: meet the employee and reply within the legal timeframe",
        "Reasonable adjustment request from an employee, handled case by case",
        "Extend one carer's fixed-term contract on the manager's request after checking the staffing budget",
    ],
    ("marketing", "front", "core", "remote"): [
        "Customer newsletter each month in Mailchimp: new products, offers and recipes",
        "Pitch press stories about our community projects to the local papers",
        "Consumer research: survey 500 shoppers on packaging preferences",
        "Competitor analysis: rival prices, promotions and launches tracked each month",
        "Write the press release for the new store opening and send it to journalists",
        "Focus groups with parents on the new school uniform range",
        "Plan the Black Friday email campaign to our customer list",
        "Charity: supporter newsletter with stories of the families we help",
        "Clinic: patient newsletter on seasonal health tips and new services",
        "Award entries and media interviews for the founder",
        "Customer case studies: interview happy clients and publish the stories on our website",
        "Market research on the new town before we advertise there",
        "Competitor monitoring: their ads, their website changes and their social posts",
        "Press office: answer journalists' questions and keep our media list current",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Work the company stand at the trade fair and collect visitors' details for the mailing list",
        "Hand out samples and leaflets at the farmers' market stall",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Press statement drafted when a journalist calls about a product recall",
    ],
    ("admin", "back", "support", "remote"): [
        "Staff bulletin each week with office news, room changes and car park notices",
        "Keep the internal extension list and the seating plan current",
        "Scan signed documents and save each one to its SharePoint folder",
        "Type the paper enquiry forms into the CRM each afternoon",
        "Book trains and hotels for colleagues attending conferences",
        "Manage the directors' diaries and book their meetings",
        "Minute the monthly staff meeting and send the notes round",
        "Keep the office contact list and the visitor log tidy",
        "Data entry: key delivery notes from the drivers into the spreadsheet",
        "Archive closed project files and keep the retention schedule for office records",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Register new patients at the front desk: ID, insurance card, contact details",
        "Hotel: check guests in, take a card for incidentals and explain breakfast times",
        "Patient intake: hand out the forms, check they are complete and enter them at the desk",
        "Vet practice: register new pets and their owners at reception",
        "Host stand: greet diners and walk them to their table",
        "Clinic reception: check patients in for their appointment and take the co-pay",
        "Guest registration at the campsite office: pitch number, car reg and the site rules",
        "Dental practice reception: update patients' medical history forms when they arrive",
    ],
    ("customer_service", "front", "core", "remote"): [
        "Online patient intake: send the pre-visit forms and answer patients' questions about them",
        "Take new patient registrations by phone and book the first appointment",
        "Hotel reservations inbox: confirm bookings and answer guests' questions before arrival",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        "Guest asks for a late check-out: allow it case by case depending on occupancy",
    ],
}
# fmt: on

LINES: list[Row] = flatten(
    DIRECTION,
    MONEY_OWED,
    ACCESS_AND_HELP,
    PREMISES,
    GOODS,
    TENDERS,
    PAY_AND_BOOKS,
    PEOPLE_AND_PUBLIC,
)
