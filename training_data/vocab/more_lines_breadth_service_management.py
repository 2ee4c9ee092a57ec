"""Customer service and management lines across their whole range of sub-areas, in practitioners' words.

Real task lines from job ads, checklists, SOPs and service pages carry the specialist vocabulary
of one corner of a function (a hotel folio, a PIR at the lost-baggage desk, WISMO tickets, the
Priority Services Register, FNOL calls, a grievance redressal portal, a 311 request; an X-matrix,
an Annual Performance Plan, an IDP, the schedule of matters reserved for the board, a board
assurance framework, a family charter), and where the training data never used those words the
model guesses the function from a generic one. These lines cover about forty sub-areas of each of
customer_service and management across industries (hospitality, airlines, telecom, utilities,
banking, insurance, healthcare, public sector in several countries, NGOs, education, retail,
software, shipping, mining, agriculture) so that the specialist term, not a generic word, carries
the function. Labels follow shared/LABELING.md: customer service is `front`, management `back`;
routine work is `core`, with about one line in eight `long_tail` where the work really is
case-by-case, an exception, an approval or a one-off; `on_site` where a person must be at a desk,
counter, gate or site in person.
"""

# ruff: noqa: E501

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
SERVICE: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        # contact centre floor
        "Handles inbound calls from the ACD queue and logs each contact with the correct wrap-up code.",
        "Keeps average handle time within target without rushing the caller;",
        "First contact resolution (FCR): sorting out the caller's query without needing a callback",
        "Write clear after-call work notes in the CRM so the next agent can pick up the case.",
        # contact centre quality
        "Scores recorded customer calls against the QA scorecard and gives each agent coaching feedback.",
        "Runs weekly calibration sessions so that team leaders mark helpline calls the same way.",
        "call monitoring & QA evaluations for the customer helpline",
        # contact centre workforce management
        "Intraday management: moving agents between the phone and chat queues to hold the 80/20 service level.",
        "Monitors agent states and schedule adherence in the contact centre WFM tool (NICE, Verint).",
        "Forecasts customer contact volumes by half-hour interval and works out Erlang staffing for the support desk.",
        # customer feedback
        "Calls back NPS detractors within 48 hours to find out what went wrong with their order.",
        "Reviews post-interaction CSAT survey comments and tags recurring complaint themes.",
        "Customer Effort Score tracking after each support ticket is solved",
        # e-commerce support
        "Answers WISMO tickets in Zendesk with tracking links and expected delivery dates.",
        "Builds and updates Zendesk macros for the questions shoppers ask most;",
        "Issuing RMA numbers to customers and emailing them prepaid return labels.",
        "Refunds customers to their original payment method once the warehouse confirms the return has arrived.",
        # chat and social care
        "Handling up to three concurrent live chats in Intercom while keeping first response under a minute.",
        "live chat cover for the web shop, weekdays 9-5",
        "Replies to customer complaints sent by Facebook and Instagram DM and moves them into a private ticket.",
        "Social customer care: picking up tagged complaints on X and answering within the hour",
        "Reviews chatbot transcripts for failed intents and routes unanswered customer questions to a live agent.",
        # technical support for customers
        "Tier 1 support: troubleshooting home router connection problems with customers over the phone.",
        "Reproduces the bug a customer reported, attaches the logs and escalates the ticket to L2 with steps to reproduce.",
        "Guides customers through resetting their password and setting up two-factor login on the customer portal.",
        "Replies to customers' incident tickets during an outage and points them to the public status page.",
        "Runs welcome calls with new customers to set up their account and show them the self-service portal.",
        # help centre
        "Writes help-centre articles from the questions customers raise most often.",
        "Updates help centre screenshots after each release so customers follow the right steps.",
        # telecom
        "Processes number porting requests for customers switching over from another network.",
        "Telecom customer care: explaining roaming charges on a customer's bill and setting a spend cap",
        "Logs line fault reports from broadband customers and books the engineer visit through Openreach.",
        "SIM swap requests by phone: passing security checks with the account holder before posting a replacement SIM",
        # utilities
        "Takes meter readings from customers by phone and re-issues bills that were based on an estimate.",
        "Adds eligible customers to the Priority Services Register and notes their communication needs.",
        "Handles move-in and move-out calls for energy customers, taking opening and closing meter reads.",
        # banking
        "Blocks lost or stolen debit cards when a customer calls and orders a replacement card.",
        "Takes card dispute claims from cardholders over the phone and explains how long a chargeback takes.",
        "Resolves customer queries on standing orders, direct debits and online banking log-in.",
        # insurance
        "First notification of loss (FNOL): taking claim details from policyholders after a car accident.",
        "Answers policyholder questions on what the policy covers, the excess and how to make a claim.",
        # complaints
        "Acknowledges written complaints within five working days and issues the final response letter within eight weeks.",
        "Records every expression of dissatisfaction in the complaints log and categorises the root cause.",
        "Sends customers the summary resolution communication together with their ombudsman referral rights.",
        "Resolves customer grievances raised on the bank's grievance redressal portal within the turnaround time.",
        "Escalates customer grievances still open after the turnaround time to the nodal officer, per the escalation matrix.",
        # public sector contact centres
        "Takes 311 service requests from residents, such as potholes and missed trash pickups, and routes them to the right department.",
        "Council contact centre: logging missed bin collections and fly-tipping reports from residents",
        "To respond to enquiries from members of the public by telephone, email and webchat;",
        "To record all customer contacts accurately on the council's CRM system;",
        "Answers helpline calls about passport application status and tells callers which documents are still missing.",
        # healthcare, remote
        "Books, moves and cancels patient appointments over the phone in EMIS.",
        "Handles repeat prescription requests from patients and passes them to the GP for signing.",
        "PALS: listening to concerns from patients and families by phone and email and helping resolve them quickly",
        # travel, airlines, hotels
        "Amends package holiday bookings for customers, including name changes and room types, and issues the updated ATOL certificate.",
        "Rebooks passengers onto the next available flight after a cancellation and reissues their e-tickets.",
        "Explains EU261 compensation rules to passengers whose flight arrived more than three hours late.",
        "Reservations agent: quotes room rates, confirms bookings in Opera PMS and sends confirmation emails.",
        "Handles rooming list changes and group booking amendments sent by tour operators.",
        "Manages the OpenTable reservation book, confirms tables by text and keeps the waitlist moving on busy nights.",
        # parcels and freight
        "Arranges a redelivery or a safe place for customers who missed their parcel.",
        "Opens a trace with the carrier for customers whose parcel tracking has not moved for five days.",
        "Freight customer service: sending booking confirmations, cut-off times and container tracking updates to shippers",
        "Answers shipper queries on proof of delivery and revised ETAs for their consignments.",
        # housing and property
        "Takes repair reports from tenants, sets the priority and books the job with the repairs contractor.",
        "Housing association contact centre: tenant calls about repairs, damp and mould, and estate issues",
        # subscriptions and loyalty
        "Processes subscription cancellations, pauses and plan changes asked for by customers.",
        "Investigates missing loyalty points claims and credits the member's account once the purchase is confirmed.",
        "Member services for the frequent flyer programme: tier status questions and help with award bookings",
        # accessibility and languages
        "Takes calls through the text relay service and sends large-print or Braille bills to customers who need them.",
        "uses the telephone interpreting service for callers who don't speak English",
        # warranty and field service booking
        "Registers product warranties and checks the proof of purchase before booking an in-warranty repair for the customer.",
        "Arranges advance replacement units for customers whose device fails under warranty.",
        "Books engineer appointments with customers and confirms the visit window by SMS.",
        # mobile money, student services
        "Resolves M-Pesa customer queries about failed transactions and money sent to the wrong number.",
        "Student enquiries helpdesk: answering questions about timetables, ID cards and course changes by email and live chat",
    ],
    ("customer_service", "front", "core", "on_site"): [
        # hotel front office
        "Checks guests in and out at the front desk, takes the card pre-authorisation and codes the room keys.",
        "Settles guest folios at checkout and talks guests through any incidental charges.",
        "Looks after walk-in enquiries at reception and keeps room status in the PMS in step with housekeeping.",
        "Concierge: booking taxis, theatre tickets and restaurant tables for guests at the desk",
        "Bell desk: storing luggage and handing over parcels left for guests",
        "Logs items handed in to lost property and returns them to guests who come to the desk to collect them.",
        "Handles guest requests at the desk, from extra pillows to wake-up calls.",
        # restaurant host
        "Greets diners at the host stand, manages the waitlist and seats walk-ins by section.",
        # airports and stations
        "Check-in agent: tagging bags, checking passports and visas, and issuing boarding passes at the counter.",
        "Gate duties: boarding announcements, scanning boarding passes and clearing standby passengers.",
        "Arranges PRM wheelchair assistance for passengers at the boarding gate.",
        "Lost baggage desk: raising a Property Irregularity Report (PIR) and tracing the bag in WorldTracer",
        "Station customer host: helping passengers at the ticket gates with delays, connections and assisted travel",
        # retail service desks
        "Processes returns and exchanges at the customer service desk, checking receipts and the condition of goods.",
        "Click and collect counter: finding the customer's order and checking ID before handing it over",
        "Helps shoppers at the service desk with price queries, gift card balances and layby collections.",
        "Shopping centre information desk: directions, mobility scooter loans and gift card collections",
        # motor trade and rental
        "Service advisor: greeting customers dropping off their vehicles, writing up the job card and explaining the work booked.",
        "Hands over courtesy car keys and checks the car back in when the customer returns.",
        "Rental counter: completing the rental agreement, checking the driving licence and walking round the car with the customer to note damage.",
        "Books faulty devices in at the repair counter, records the fault and gives the customer a repair ticket.",
        # healthcare reception
        "Registers new patients at the surgery front desk, checking photo ID and proof of address.",
        "Checks patients in on arrival, confirms their details and directs them to the waiting area.",
        "Ward reception: greeting visitors, explaining visiting times and directing them to the right bay",
        # public counters
        "Serves customers at the council's one-stop shop counter, helping them fill in forms for blue badges and parking permits.",
        "Huduma Centre front office: issuing queue tickets and directing citizens to the right service window",
        "Helps walk-in customers at the bank branch with card replacements, statement requests and passbook updates.",
        "Activates replacement SIMs for customers in store after checking their ID against the account.",
        # leisure, culture, events
        "Leisure centre reception: booking badminton courts, taking swim lesson bookings and issuing membership cards",
        "Box office: handing out pre-booked tickets, reprinting lost ones and dealing with seat queries before the show.",
        "Visitor services assistant at the museum information desk, answering questions about exhibitions and step-free access.",
        "Matchday guest services: helping fans at the stadium with seat finding, accessibility and complaints",
        "Front desk at the gym: signing in guests, answering membership questions and handing out towels.",
        "Guest services desk on board the cruise ship: cabin complaints, onboard account queries and shore excursion questions",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Approves goodwill gestures above the agent's limit after looking at the customer's history.",
        "Handles escalated complaints that reach the CEO's office, each one case by case.",
        "Product recall hotline, set up for the recall period: arranging refunds and collections for affected customers.",
        "Reviews refund requests that fall outside the 30-day return window and decides each one with the team lead.",
        "Handles bereavement notifications from customers' families, closing accounts and stopping letters case by case.",
        "Telecommunications Industry Ombudsman referrals: investigating each case and agreeing a resolution with the customer",
        "Offers compensation to guests whose stay was spoiled by building works, decided case by case.",
        "Waives cancellation fees for customers in exceptional circumstances, with supervisor approval.",
        "Makes one-off outreach calls to customers affected by the data breach and answers their questions.",
        "Escalation desk: disputed warranty claims where the customer disagrees with the repair centre's findings",
        "Signs off free out-of-warranty repairs when a customer's complaint justifies it.",
        "Handles special requests from guests before arrival, such as a surprise proposal or a severe allergy, on request.",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        "Reaccommodates passengers at the transfer desk during disruption, issuing hotel and meal vouchers.",
        "Deals in person with guests unhappy with their room, moving them or offering an upgrade as the duty manager decides.",
        "Handles walk-in customers returning goods without a receipt, checking each case with the supervisor.",
        "Looks after a guest taken ill in the lobby, calling a doctor and staying with them until help arrives.",
        "Helps fans at the ticket office whose e-tickets fail at the turnstile, reissuing them case by case.",
    ],
}

MANAGEMENT: Blocks = {
    ("management", "back", "core", "remote"): [
        # corporate strategy
        "Leads the annual strategic planning cycle, from the PESTLE and SWOT analysis to the three-year strategic plan.",
        "Translating the corporate strategy into a handful of company-wide priorities for the year",
        "Strategy refresh: testing the company's strategic choices against shifts in its markets",
        "Company-level scenario planning for the next five years",
        "Business model canvas workshops with the leadership team when rethinking the company's direction.",
        "Horizon scanning: briefing the executive team on trends that could upend the business model",
        "Strategic benchmarking of the company against its closest rivals for the board.",
        # OKRs, scorecards, hoshin
        "Sets the company OKRs each quarter with the leadership team and cascades them to every department.",
        "Runs the quarterly OKR review and reports company-level key results to the board.",
        "Keeps the company balanced scorecard current across its financial, customer, process and learning perspectives.",
        "Hoshin kanri: deploying the breakthrough objectives through the X-matrix to every division",
        "Catchball sessions with division heads on next year's annual objectives",
        "Builds the KPI tree that links company goals to each department's measures.",
        "CEO dashboard: the few company KPIs the leadership team reviews every Monday",
        "Quarterly strategy execution review with a red-amber-green status for each strategic priority",
        # operating plan and business reviews
        "Sets the annual operating plan targets for each business unit and signs the plan off with the CEO.",
        "Monthly business review (MBR) with every business unit head against the operating plan",
        "Holding company oversight: quarterly reviews with each subsidiary's managing director",
        # executive team and chief of staff
        "Chairs the weekly executive committee (ExCo) and follows up the actions from each meeting.",
        "Senior leadership team (SLT): agenda, papers and decision log",
        "Plans the leadership offsite where the company's priorities for the coming year are agreed.",
        "Chief of staff: running the CEO's operating cadence, from weekly staff meetings to quarterly planning",
        "Prepares the CEO's briefing notes before board and investor meetings.",
        "weekly leadership huddle - priorities, blockers, decisions across departments",
        "decision log + action tracker for the leadership team",
        # board governance
        "Pulls the board papers together from each executive and gets the board pack to directors on time.",
        "Keeps the schedule of matters reserved for the board under review.",
        "Maintains the board's annual forward plan of agenda items.",
        "Organises the annual board effectiveness evaluation and reports the findings to the chair.",
        "Drafts terms of reference for the board's committees;",
        "Updates the delegation of authority matrix whenever the leadership structure changes.",
        "Board skills matrix review ahead of new director appointments",
        "Applies the King IV principles to the board's agenda and committee structure.",
        "Integrated report: linking the group's strategy, governance and performance for its stakeholders",
        "Writes the strategic report section of the annual report with the CEO.",
        "Presents the chairman's statement and the company strategy to shareholders at the AGM.",
        # public sector
        "To lead the preparation of the council's corporate plan and its annual refresh;",
        "To support the chief executive and the corporate management team in setting the council's strategic priorities;",
        "Drafts cabinet reports on the council's strategic direction for elected members.",
        "Outcome Delivery Plan: coordinating the department's priority outcomes and the metrics behind them",
        "Prepares the department's Annual Performance Plan in line with its five-year Strategic Plan and DPME guidelines.",
        "Coordinates the municipality's Integrated Development Plan (IDP) review with the municipal manager.",
        "Performance contracting: agreeing the agency's annual performance contract targets with the parent ministry",
        "Prepares the PSU's annual MoU targets with the administrative ministry.",
        "Prepares ministerial briefings on the agency's strategic direction and performance.",
        "Head of department's quarterly performance review against the departmental plan",
        # NGOs, charities, cooperatives
        "Facilitates the trustees' strategy day and writes up the charity's new five-year strategy.",
        "Reviews the organisation's theory of change with the senior management team every year.",
        "Reports progress against the strategic plan to the board of trustees at each meeting.",
        "Country director: setting the country strategy and annual priorities for the NGO's work in-country",
        "Presents the cooperative's strategic plan to members at the annual general meeting.",
        "Credit union board: setting the strategic plan and reviewing management's performance every month",
        # education
        "Leads the school development plan, setting whole-school priorities with the governing body.",
        "Headteacher's report to governors on progress against the school improvement priorities",
        "Multi-academy trust growth strategy: deciding which schools the trust takes on next",
        "University strategic plan: consulting faculties and taking the draft to council and senate",
        "Vice-chancellor's executive: setting the university's institutional priorities",
        # healthcare
        "Trust board: the integrated performance report covering quality, operations, workforce and finance",
        "Sets the hospital's five-year clinical services strategy with the executive directors.",
        "Maintains the board assurance framework, mapping principal risks to the trust's strategic objectives.",
        "Integrated care board: agreeing the joint forward plan for the local health system with partner organisations",
        # industry by industry
        "Owns the company-wide lean transformation roadmap across all four plants.",
        "Sets the group's manufacturing footprint strategy, deciding which plants grow and which consolidate.",
        "Executive go/no-go on which market sectors the contractor will pursue over the next three years",
        "Sets the contractor's three-year growth plan, including the regions it expands into.",
        "Board-level fleet renewal strategy for the shipping line: timing of newbuilds and vessel sales",
        "Group executive decision on the network strategy: how many hubs and where",
        "Presents the insurer's three-year business plan to the board for approval.",
        "Group strategy office: portfolio review of which business lines the bank keeps, grows or exits",
        "Store portfolio strategy: deciding which towns get new stores and which stores close",
        "Decides the long-term mix of store, online and wholesale business with the executive board.",
        "Agrees the company's north star metric and annual goals with the founders.",
        "Sets the company's build, buy or partner strategy for entering new markets.",
        "Farm business plan: choosing the enterprise mix between arable, livestock and diversification",
        "Group strategic portfolio review: deciding which mining assets to keep, develop or divest",
        "Leads the water company's 25-year long-term delivery strategy with the board.",
        "Hotel general manager: setting the hotel's annual business objectives and chairing its executive committee",
        "Meets the hotel owner's representatives each quarter to review performance under the management agreement.",
        "Franchisor leadership: setting the network's growth strategy and brand standards",
        "Regional director's quarterly review of each property's results against its business plan",
        "Monthly investor update on company progress, headline metrics and asks",
        "Board meeting prep for the seed-stage startup: metrics deck and the strategic questions for the VCs",
        # family business
        "Family business governance: drafting the family charter and running the family council",
        "Succession planning for the owner-manager: agreeing when and how leadership passes to the next generation",
        # organisation design and operating model
        "Organisation design: reviewing spans and layers and redrawing the top-level structure",
        "Defines the group's target operating model, including shared services and regional hubs.",
        "Approves the company's top-level org chart each year.",
        # M&A, alliances, portfolio
        "Keeps the long list of acquisition targets that fit the growth strategy.",
        "Strategic alliances: reviewing the joint ventures at the partner steering committee",
        "Prioritises strategic investments across the group against the five-year plan.",
        # transformation and change
        "Strategic portfolio office: prioritising company-wide programmes and reporting to the transformation board",
        "Enterprise PMO: monthly steering committee on the company's strategic initiatives",
        "Sponsors company-wide change programmes and clears blockers for the programme leads.",
        "Cascades the strategy to middle managers with a briefing pack and Q&A sessions.",
        # vision, values, ESG
        "Writes the company's mission, vision and values statement with the founders.",
        "Sets the tone from the top on culture, values and ways of working for the whole company.",
        "Sets the company's net-zero commitment and sustainability strategy with the board.",
        "Chairs the ESG steering committee that turns the sustainability strategy into company targets.",
        "company all-hands every quarter: strategy, results and priorities shared with all staff",
        "Develops the company's long-term vision and ten-year ambition with the board.",
        "Chairs the quarterly strategy committee of the board;",
        "Annual review of the group's country portfolio: which countries to enter, grow or leave",
        "Sets the cooperative society's five-year plan with the elected management committee.",
        "Executive director of the nonprofit, agreeing organisational priorities with the board chair and keeping every programme tied to the mission.",
    ],
    ("management", "back", "core", "on_site"): [
        "Gemba walks by the leadership team through every plant each month",
        "Regional director visits each site every quarter to go over the business plan with the site leadership.",
        "Leads the strategy town hall in person at each depot.",
        "Executive site tours with board members ahead of the strategy day",
        "Managing director's visits to the overseas subsidiaries to agree local strategy with country managers face to face",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Post-merger integration: running the integration management office and the 100-day plan",
        "Responds to an unsolicited takeover approach together with the board and its advisers.",
        "Crisis management team: leading the company's response after a major incident",
        "CEO succession: overseeing the search and handover when the chief executive announces retirement",
        "Decides whether to exit an underperforming division after a one-off strategic review.",
        "Special board committee set up to oversee the sale of the business",
        "ad hoc strategy papers the chair asks for between board meetings",
        "Carve-out planning: getting a business unit ready to stand alone before its sale",
        "One-off restructuring of the group into three divisions",
        "Turnaround plan for the company after two loss-making years",
        "Handles the leadership's response to an activist shareholder's demands.",
        "Responds to the ministry's request for a special review of the agency's mandate.",
        "Emergency board meeting after the cyber attack to decide how the company responds",
        "Sets up a task force when the largest customer threatens to leave.",
    ],
    ("management", "back", "long_tail", "on_site"): [
        "Tours the target company's production site before the board decides on the acquisition.",
        "Leads the all-staff meeting at the flooded site to explain the recovery plan.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(SERVICE) + flatten(MANAGEMENT)
