"""Customer service and management lines from forty more sub-areas each, in the trade words of each.

A first pass (more_lines_breadth_service_management) covered about forty corners of each function;
real pages keep bringing corners it never touched, and there the model guesses the function from a
generic word. These lines add other industries and places, so that a specialist term carries the
function: for customer service a ferry check-in booth, Delay Repay claims, Opal and EZ-Link cards,
UMNR and PETC bookings, a lounge desk, a visa application centre, a patient support programme
hotline, airtime recharges, policy servicing, super fund rollovers, player support and ban appeals,
paywall lock-outs, Umrah enquiries, prison visits, fuel cards, certificates of analysis, Reclame
Aqui, the Libro de Reclamaciones, AFCA and CCTS complaints, e-toll notices, seller support and
condo concierges; for management EOS Rocks and the V/TO, the One-Page Strategic Plan, OGSM,
V2MOM, WIGs, a value creation plan, a shareholder compact, a statement of corporate intent, the
medium-term management plan, a two-tier supervisory board, the Mwongozo code, airline fleet and
alliance choices, an airport master plan, partnership meetings of law firms, diocesan strategy,
an Integrated Country Strategy, results-based management, social performance in microfinance, a
prison's establishment plan and councils' Long Term Plans. Labels follow shared/LABELING.md:
customer service is `front`, management `back`; routine work is `core`, about one line in eight
`long_tail` where the work is case by case, an exception, an approval or a one-off; `on_site`
where a person must be at a counter, desk, lobby, gate or site in person.
"""

# ruff: noqa: E501

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
SERVICE: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        # ferries
        "Amends ferry bookings for passengers, changing the sailing time and the vehicle registration on the ticket.",
        "Ferry reservations: cabin upgrades, pet kennel bookings and vehicle length questions",
        # rail compensation
        "Processes Delay Repay claims from rail passengers and checks the journey against train running data.",
        "Delay Repay claims handling",
        # transit smart cards
        "Answers Opal card queries from commuters, such as missing tap-offs and moving the balance to a new card.",
        "presto card support - fare disputes, lost card transfers, autoload not working",
        # airline special services and customer relations
        "Books unaccompanied minor (UMNR) service for children flying alone and confirms the names of the adults at each end.",
        "UMNR and PETC bookings",
        "Adds special service requests to passenger bookings: WCHR, extra seat, bassinet or a special meal.",
        "Replies to letters and web forms sent to airline customer relations and offers travel vouchers within the compensation policy.",
        "Answers DOT complaints forwarded by the US Department of Transportation about refunds and bumped passengers.",
        # private aviation
        "Charter client services: confirming catering wishes, passenger names and the FBO meeting point with each client before the flight.",
        # consulates and embassies
        "Consular helpline: telling callers which appointment slots are open and how to track the return of their passport.",
        "Answers public enquiries to the embassy's information mailbox about visa requirements and opening hours.",
        # pharma patient support programmes
        "Enrols patients in the manufacturer's patient support programme and explains how the co-pay card works.",
        "PSP hotline: refill reminders, home nurse visit bookings and questions on starting the injection pen",
        # diagnostic labs
        "Books home sample collection slots for patients and tells them when their lab reports will be ready on the portal.",
        # prepaid telecom
        "Resolves complaints about failed airtime recharges and double deductions on prepaid accounts.",
        "Guides prepaid subscribers through the USSD menu to buy data bundles and check their balance.",
        "load and promo registration concerns of prepaid subscribers",
        "Gives customers the PUK code for a blocked SIM after passing the security questions.",
        "Bilingual (French/English) support for wireless customers on billing, plan changes and roaming add-ons.",
        # microfinance
        "Answers borrowers' calls about group loan meeting dates, repayment schedules and their savings balance.",
        # insurance policy servicing
        "Policy servicing: beneficiary changes, address updates and duplicate policy documents requested by policyholders.",
        "Explains surrender values and premium holiday options to life insurance customers over the phone.",
        "Motor policy endorsements by phone - adding a named driver, changing the insured vehicle",
        "Updates policyholders on the status of cashless pre-authorisation at network hospitals through the TPA helpdesk.",
        "policy servicing calls",
        # pensions and superannuation
        "Answers super fund members' questions on rollovers, consolidating accounts and beneficiary nominations.",
        "Member contact centre for the pension scheme: retirement quote requests, lost pension traces and transfer-out questions",
        # social security
        "SASSA grant enquiries: helping applicants check their SRD grant status and update their contact details.",
        "Handles citizens' calls about pension payment dates and books their appointments at the social security office.",
        # online games
        "Player support: recovering hacked game accounts and restoring lost in-game items after ownership checks.",
        "Answers player tickets about missing in-game purchases and credits the gems once the store receipt checks out.",
        "in-game support tickets (EN / PT-BR)",
        # betting
        "Talks players through setting deposit limits and cooling-off periods in their betting account over live chat.",
        "Sportsbook support: bet settlement queries and cash-out questions from punters",
        # newspapers and magazines
        "Subscriber services: sorting out missed newspaper deliveries and holiday stops for print subscribers.",
        "Helps digital subscribers locked out by the paywall get their e-edition access back.",
        "Handles reader address changes and back-issue requests for the magazine.",
        # sport
        "Membership services at the football club: season card reissues, guest pass bookings and ticket ballot queries",
        # religious travel and parishes
        "Answers pilgrims' questions about Umrah visa status, hotel distance from the Haram and group departure dates.",
        "Parish office: phone and email enquiries about baptisms, weddings and hall hire",
        # prisons
        "Prison visits booking line: booking social visits for families and explaining which ID each visitor must bring.",
        # fuel and gas
        "Fuel card helpdesk: blocking lost cards, resetting PINs and explaining declined transactions to fleet customers.",
        "LPG refill booking complaints: tracking late cylinder deliveries for household customers",
        # chemicals and B2B manufacturing
        "Sends customers the safety data sheets and certificates of analysis for the batches they received.",
        "SDS and CoA requests",
        "Customer service rep for specialty chemicals: order status updates, delivery date confirmations and intake of complaints about off-spec product.",
        # textiles wholesale
        "Logs retailer claims for short-shipped or damaged cartons and keeps the store buyer informed until the claim is settled.",
        # farmers' helplines
        "Kisan call centre agent answering farmers' queries in Hindi and passing the difficult ones to subject matter specialists.",
        "Seed company toll-free line: logging farmers' germination complaints for a field check",
        # parks and forests
        "Campsite bookings and permit enquiries for the national park, by phone and email",
        # law firms
        "Client care: acknowledging service complaints under the firm's complaints procedure and telling clients about the Legal Ombudsman.",
        # holiday lets and timeshare
        "Messages Airbnb and Booking.com guests before arrival with check-in instructions and door codes.",
        "Guest communication for holiday lets - parking, wifi, late arrivals",
        "Owner services: helping timeshare owners bank their weeks and book exchanges through RCI.",
        # roadside assistance
        "Takes breakdown calls from members, confirms their location and cover level and books a patrol.",
        "roadside assistance call handling for motoring club members",
        # toll roads
        "E-toll account support: explaining toll notices, updating number plates and topping up Salik accounts.",
        # marketplaces and delivery apps
        "Seller support for the marketplace: helping merchants with listing errors, payout dates and suspended listings.",
        "Shopee seller centre queries from sellers about cancelled orders and printing shipping labels",
        "Resolves GrabFood orders with missing items and credits the customer through the in-app help centre.",
        "Rider support for delivery partners: app log-in problems, stuck orders and restaurant delays",
        "Handles lost item reports from passengers and puts them in touch with the driver through the app.",
        # fintech and crypto
        "Looks into stuck crypto withdrawals for customers and shares the transaction hash once the transfer clears.",
        "fintech app support - card freezes, failed top-ups, in-app chat",
        # cooperatives
        "Answers co-op members' questions about their membership number and member reward points.",
        # international organisations
        "Refugee helpline: giving callers their appointment dates and case status and passing protection concerns to caseworkers.",
        # libraries
        "Answers library members' questions about holds, renewals and overdue notices by phone and email.",
        # strata and body corporate
        "Strata owner enquiries about common property repairs and by-law complaints",
        # regional complaint channels and languages
        "Responds to customer complaints posted on Reclame Aqui to protect the company's reputation score.",
        "Libro de Reclamaciones: answering every claim logged in the store's complaints book within the legal deadline",
        "Atendimento ao cliente (SAC) on WhatsApp Business for Brazilian shoppers",
        "hotline operator answering subscriber calls in Polish and Ukrainian",
        "To attend to customer complain by phone and email and to give feedback in the same day;",
        "Opal card enquiries",
        "airtime recharge complaints",
        "Umrah pilgrim enquiries",
        "fuel card helpdesk queries",
        "e-toll account queries",
        "marketplace seller support inbox",
        "Reclame Aqui responses",
        "breakdown call handling",
        "timeshare owner services",
        "super fund member enquiries",
        "paywall access issues",
        "player account recovery",
        "PSP patient enrolment calls",
        "consular helpline calls",
        "prison visit bookings",
        "holiday let guest messaging",
        "TPA helpdesk queries",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Works the port check-in booth, issuing boarding cards to car drivers and foot passengers.",
        "Helps foot passengers at the ferry terminal desk when sailings are delayed or crossings rebooked.",
        "Replaces damaged EZ-Link cards at the ticket office counter and refunds the stored value to the commuter.",
        "Transit lost property office: matching items handed in from buses to callers' descriptions and releasing them against ID",
        "Lounge reception: checking boarding passes and Priority Pass memberships before admitting guests.",
        "Welcomes premium passengers in the business class lounge and reminds them when their flight starts boarding.",
        "Lounge reception duties",
        "Visa application centre front desk: issuing tokens, checking the document checklist and handing back passports",
        "Patient service centre reception: registering walk-in patients who bring a lab requisition and giving them a queue number.",
        "Vet clinic front desk",
        "Checks in pets and their owners at the vet clinic reception, updates vaccination reminder details and settles the bill at the end of the visit.",
        "Client service desk at the microfinance branch: explaining repayment schedules and printing loan statements for borrowers.",
        "Visitors' centre staff greet families, check each visitor's ID against the booking and store their belongings in lockers before the visit.",
        "Visitors' centre reception",
        "Helps motorists at the service station kiosk with loyalty card points and car wash tokens.",
        "Park visitor centre: issuing day permits, handing out trail maps and answering questions about track closures.",
        "Greets clients arriving at the law firm's reception, offers refreshments and lets the fee earner know they are here.",
        "Guest relations at the theme park: issuing ride access passes and listening to complaints about rides and queues.",
        "guest relations kiosk",
        "Spa reception: checking guests in for treatments, handing out robes and locker keys and rebooking follow-up treatments at checkout.",
        "spa front desk",
        "Circulation desk: issuing and returning books, renewing loans and registering new library members.",
        "School reception: signing in visitors, passing forgotten lunch boxes to pupils and taking calls from parents.",
        "Concierge in the condo tower lobby: accepting residents' parcels, booking the service lift for move-ins and logging their requests.",
        "Guest relations executive welcoming VIP guests in the hotel lobby with Arabic coffee and dates.",
        "Takes customers' faulty handsets at the repair drop-off counter of the telecom shop and prints the job receipt.",
        "Parcel shop counter: handing over held parcels to customers and accepting their drop-off returns.",
        "Stands at the welcome desk of the cinema, scanning tickets and directing guests to their screen.",
        "Meets pilgrims at the Umrah agency's office, hands over their travel documents and explains the group itinerary.",
        "Cooperative supermarket member desk: new member cards and points balance checks",
        "Walk-in customers at the utility's service counter: bill copies and new connection forms",
        "Walks the queue at the passport office counter and helps applicants check their forms before their turn.",
        "ferry check-in booth",
        "circulation desk cover",
        "condo lobby concierge",
        "EZ-Link ticket office counter",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Reviews late Delay Repay claims sent after the 28-day deadline and decides each one on its merits.",
        "Passes MEDIF forms from passengers with medical conditions to the airline's medical desk and tells each passenger whether they can fly.",
        "Reviews ban appeals from players case by case and lifts the suspension where the anti-cheat flag was wrong.",
        "Handles season ticket holders' requests to move seats, deciding each one against what is free in the stand.",
        "Procon notices: preparing the company's reply to a consumer complaint filed with Procon",
        "Works AFCA complaints case by case, trying to agree a resolution with the customer before the ombudsman decides.",
        "CCTS complaints: investigating each escalated telecom complaint and offering a settlement",
        "Reviews disputed toll invoices where the camera misread the plate and waives the admin fee when it is justified.",
        "Handles appeals against parking charge notices, cancelling them when the driver shows a valid permit.",
        "Approves goodwill credits for marketplace buyers whose seller disappeared, outside the normal guarantee.",
        "Sets up a one-off helpline for passengers stranded by the ferry strike and rebooks them one by one.",
        "Handles requests from Umrah pilgrims to switch groups after their visa is issued, one case at a time.",
        "player ban appeals review",
        "parking charge notice appeals",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        "Reunites lost children with their parents at the theme park guest relations kiosk, handling each case with security.",
        "Deals face to face with lounge guests refused entry over their ticket class, deciding each exception with the duty manager.",
        "Looks after passengers who miss the last ferry at the terminal desk, arranging hotel rooms case by case.",
        "Helps visitors turned away at the prison gate over a missing ID, offering a rebooked visit where the rules allow.",
    ],
}

MANAGEMENT: Blocks = {
    ("management", "back", "core", "remote"): [
        # EOS
        "Sets the company's quarterly Rocks with the leadership team and tracks them in the weekly Level 10 meeting.",
        "Keeps the Vision/Traction Organizer (V/TO) current and shares it with the whole company.",
        "EOS implementation: accountability chart, Rocks, scorecard and the L10 meeting",
        "Level 10 leadership meeting",
        # Scaling Up
        "Fills in the One-Page Strategic Plan with the leadership team and sets the company's BHAG.",
        "Chooses the company's quarterly theme and the critical number every team rallies around.",
        "One-Page Strategic Plan (OPSP)",
        # OGSM, V2MOM, 4DX
        "Builds the company OGSM: objectives, goals, strategies and measures on one page for the board.",
        "Writes the company V2MOM each year and asks every department to align theirs to it.",
        "Defines the company's wildly important goals (WIGs) and the lead measures behind them.",
        "OGSM cascade to business units",
        # strategy maps and classic frameworks
        "Draws the company's strategy map linking shareholder value to customer, process and capability objectives.",
        "Strategy house for the group: purpose at the top, strategic pillars and enablers underneath",
        "Uses Porter's five forces and the Ansoff matrix to test where the company grows next.",
        "Three Horizons review of the company's portfolio: core business, emerging bets and future options",
        "McKinsey 7S diagnosis of the organisation before the new strategy is rolled out.",
        "Blue Ocean strategy canvas workshop with the executive team",
        # small firms and sole traders
        "Owner's annual planning day: deciding what the business stops, starts and keeps doing next year.",
        "writes a one page business plan for the year and checks it every quarter",
        "Meets the small business advisory board every quarter to talk through the firm's direction.",
        "Quarterly planning session with the business coach on where the company is heading",
        "working on the business not in it - owner's strategy time",
        # private equity portfolio companies
        "Delivers the value creation plan agreed with the private equity sponsor and reports progress at each board.",
        "Monthly portfolio company board pack for the PE sponsor: KPIs, value creation initiatives and risks",
        # state-owned enterprises and GLCs
        "Negotiates the shareholder compact with the shareholder ministry and reports on its targets every quarter.",
        "Prepares the statement of corporate intent for the state-owned enterprise and presents it to the shareholding ministers.",
        "Applies the Mwongozo code of governance to the state corporation's board and its committees.",
        "GLC transformation programme: headline KPIs agreed with the government investment company",
        "Aligns the company's five-year strategy with Saudi Vision 2030 and its vision realization programs.",
        # Japanese and two-tier models
        "Drafts the group's medium-term management plan and explains its targets to investors and employees.",
        "Reports to the supervisory board on the management board's strategy and performance each quarter.",
        "Supervisory board meetings (two-tier board)",
        # airlines, airports, rail, ports
        "Sets the airline's five-year fleet and network plan with the board, including which routes to open or drop.",
        "Reviews the airline's alliance membership and joint venture partners against the long-term strategy.",
        "Leads the airport master plan that sets how the airport grows over the next twenty years.",
        "Airport company strategy: balancing aviation and commercial revenues in the long-term business plan",
        "Builds the rail operator's business plan for the next control period and agrees it with the board.",
        "Concession strategy for the railway: which lines the operator bids for when franchises are re-let",
        "Port master plan and landlord port strategy for the port authority board",
        # defence
        "Executive bid/no-bid decisions on major defence programmes, tied to the company's five-year strategy.",
        "Command plan: setting the formation's priorities for the year and reviewing them with the commander each quarter.",
        "Defence prime's strategic plan: choosing which domains (land, air, sea, cyber) the group invests in",
        # oil and gas, chemicals
        "Sets the group's energy transition strategy and the share of capital going to low-carbon businesses.",
        "Capital split between upstream, downstream and renewables: the group strategy the board approves",
        "Group strategy to move the chemicals business away from commodities and into specialty products.",
        "Chemical company portfolio strategy: which business units are core, which are for sale",
        # pharma and biotech
        "Decides the company's therapeutic area focus with the executive committee and the board.",
        "Agrees the biotech's operating milestones and cash runway with the board ahead of the next round.",
        "Biotech board and scientific advisory board meeting cadence",
        # textiles, fisheries, forestry
        "Sets the textile group's strategy for vertical integration from spinning and weaving to its own retail stores.",
        "Fishing company board: long-term quota strategy and the future size of the fleet",
        "Presents the fishing cooperative's annual plan to the general assembly of members.",
        "Sets the timber company's thirty-year estate strategy with the owners.",
        # real estate
        "REIT strategy: sector mix, capital recycling and the target portfolio for the next five years",
        "Sets the developer's land bank strategy and the cities it will build in.",
        # law firms and consulting
        "Managing partner: setting the law firm's strategy and chairing the monthly partnership meeting.",
        "Practice area strategy for the firm: which practices grow, which merge and which close",
        "Prepares the papers for the equity partners' annual strategy retreat.",
        "Partnership strategy meeting (law firm)",
        "Consulting firm leadership: setting the firm's strategic plan and the offerings its partners focus on",
        # media and publishing
        "Leads the newspaper group's digital transformation strategy, including the move to a subscription model.",
        "Public broadcaster's charter review: setting the corporation's strategic priorities with the board",
        "Sets the publishing house's long-term direction and imprint structure with the owners.",
        # sport
        "Club board: setting the club's five-year strategic plan across the first team, academy and community work.",
        "National sports federation strategic plan, agreed with the member clubs at the annual congress",
        "Aligns the governing body's board with the Code for Sports Governance.",
        # gaming
        "Decides with the founders whether the studio self-publishes or signs with a publisher.",
        "Studio leadership offsite on the company's long-term direction",
        # religious bodies
        "Diocesan strategy: agreeing the diocese's priorities with the bishop's council and presenting them to synod.",
        "Parish mission action plan, reviewed each year by the parochial church council",
        "Mosque management committee: setting the mosque's annual plan and priorities for the community",
        "Waqf board strategy for the endowment's long-term use",
        # embassies and international organisations
        "Drafts the embassy's Integrated Country Strategy with the chief of mission and each section head.",
        "Prepares the agency's strategic plan for approval at the executive board session.",
        "Results-based management: keeping the organisation's results framework tied to its strategic plan.",
        "UN agency strategic plan 2026-2029 mid-term review",
        # cooperatives and microfinance
        "Presents the cooperative group's strategy to the general assembly of delegates for approval.",
        "Reports social performance management results to the MFI board alongside the business plan.",
        "Guards against mission drift by reviewing the microfinance institution's strategy against its social goals.",
        # telecoms
        "Sets the operator's convergence strategy across mobile, fibre and pay TV with the board.",
        # universities and research
        "Leads the university's internationalisation strategy, deciding which countries to build partnerships in.",
        "Writes the research institute's strategic plan and prepares for the external scientific review.",
        "Research institute board: long-term research agenda and mission of the institute",
        # prisons
        "Governor's establishment plan: setting the prison's priorities for the year with the senior leadership team.",
        "Prison business plan and annual priorities for the governor",
        # local government, regional
        "Prepares the council's Long Term Plan under the Local Government Act and takes it out for community consultation.",
        "Coordinates the Council Plan and its four-year strategic objectives with the CEO and councillors.",
        "Plan de Desarrollo Municipal: coordinating its drafting with the municipal secretariats and the council",
        "Drafts the municipality's development strategy for the next seven years with the mayor's office.",
        "To lead the preparation of the city's strategic priorities for council approval;",
        # chambers and associations
        "Chamber of commerce strategic plan, board away day and member priorities",
        "Sets the trade association's three-year strategy with its board of directors.",
        # social enterprises
        "Writes the social enterprise's impact strategy and theory of growth with the board.",
        "Keeps the B Corp impact goals in the company's annual plan.",
        # family groups, regional
        "Drafts the family protocol (protocolo familiar) for the family group and presents it to the family assembly.",
        "Holding company board of the Gulf family conglomerate: group strategy and the role of each business",
        # private hospital groups
        "Sets the hospital chain's expansion strategy: which cities get new hospitals and which clinics are acquired.",
        # operating rhythm and decision rights
        "Builds the company's annual strategy calendar, from the spring retreat to budget sign-off and the board strategy day.",
        "Defines the company's decision rights framework: which decisions sit with the board, the CEO and the ExCo.",
        "Responsible to make the strategic plan of company and follow up it with all department heads.",
        "Strategic retreat for directors and general manager",
        "EOS Rocks setting",
        "quarterly Rocks review",
        "V2MOM for the company",
        "WIG sessions with the leadership team",
        "strategy map refresh",
        "value creation plan tracking",
        "statement of corporate intent",
        "shareholder compact targets",
        "medium-term management plan",
        "airline fleet and network plan",
        "airport master plan update",
        "Integrated Country Strategy drafting",
        "diocesan strategy review",
        "law firm strategy retreat",
        "council Long Term Plan",
        "RBM results framework review",
        "governor's establishment plan",
    ],
    ("management", "back", "core", "on_site"): [
        "Chief executive's visit to the offshore platform to discuss the asset's future with the installation manager.",
        "Airline CEO's town hall in the maintenance hangar to share the new strategy with crews and engineers.",
        "Bishop's visitation of each parish to review its mission plan with the clergy and wardens.",
        "Country director's field visits to project sites to check the country strategy is working on the ground.",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Decides with the board whether the operator bids in the 5G spectrum auction and sets the ceiling.",
        "Leads the decision to withdraw from a sanctioned market and winds down the local subsidiary.",
        "Moves the group headquarters to another country, from the board decision to the announcement.",
        "Oversees the merger of two dioceses, from the consultation to the new governance structure.",
        "University merger: steering the integration of two institutions under one council",
        "Steers the NGO microfinance programme's transformation into a licensed deposit-taking MFI.",
        "Exit readiness for the PE sponsor: getting the business ready for its sale process",
        "Appoints an interim chief executive after the sudden departure of the CEO and steadies the leadership team.",
        "Pivot decision: the founders agree to drop the original market and rebuild the strategy",
        "Privatisation of the state-owned company: preparing the management board for the new owners",
        "Decides whether to farm out part of the offshore licence after the one-off portfolio review.",
        "Emergency plan for the football club after relegation, agreed with the owners",
        "One-off strategic review the board ordered after the profit warning",
        "Board decision on whether to float the company on the stock exchange",
        "Decides which branches reopen first after the lockdown, as a one-off leadership exercise.",
        "spectrum auction bid decision",
        "market exit after sanctions",
    ],
    ("management", "back", "long_tail", "on_site"): [
        "Walks the fire-damaged plant with the board before deciding whether to rebuild it or move production elsewhere.",
        "Visits the earthquake-hit factory with the country manager to decide on the site's future.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(SERVICE) + flatten(MANAGEMENT)
