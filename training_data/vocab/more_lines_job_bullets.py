"""Job-ad duty bullets at the boundaries between functions, where a word from another domain appears.

On real job-description bullets the model confused functions whenever a line carried a word that
belongs elsewhere: identity and account lifecycle, knowledge base articles and IT roadmaps were
read as sales, legal or management; design systems, defect reports and QA test plans as IT; CRM
hygiene, renewals, churn risk and quarterly business reviews as IT, legal or customer service;
technical SEO, content calendars and brand guidelines as IT or admin; multichannel support, ticket
assignment and refunds through the payment platform as marketing or finance; mission, OKR and
capacity reviews for the company as legal or finance; internal controls, technical accounting and
vendor payment-status enquiries as legal or customer service; payroll tax, voluntary deductions,
disability programmes, pensions and garnishments as HR or finance; data entry, de-duplication and
janitorial supervision as IT, procurement or production; price-proposal and should-cost analysis
as sales; exit interviews, grading and complaint investigations as payroll or legal; and dispatch,
route planning, carrier selection and freight audits. These lines are written as job ads write
duties (third person, gerund and imperative bullets, often long with a clause), about two dozen
for each of the fourteen functions, mostly routine and remote, with some long-tail and on-site
contrast, so that the domain of the work, not a stray word, decides the function
(shared/LABELING.md, section 3).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
ROUTINE: Blocks = {
    ("it", "back", "support", "remote"): [
        # identity and account lifecycle
        "Creates, disables and removes user accounts in Active Directory as staff join, move and leave, ensuring every change matches an approved HR record.",
        "Maintaining organisational units and security groups in Entra ID so that policies and shared drives follow each employee's department.",
        "Assign and reclaim Microsoft 365 licences every month, keeping the number of paid seats in line with active staff.",
        "Runs sign-in tests after each access change to confirm that new starters can reach email, VPN and the HR portal on their first day.",
        "Reviewing role entitlements in Okta each quarter with the system owners and removing access that no longer fits a person's job.",
        "Provisions accounts in the ERP and the CRM from the role templates agreed with each system owner.",
        "Leaver processing: revoking system access, reclaiming licences and archiving the mailbox on the last working day",
        "Group membership reviews for shared mailboxes and Teams channels, done monthly with each department head",
        "Keeps multi-factor authentication enrolment complete for all staff, chasing anyone who has not registered a second factor.",
        "Manage conditional access policies so that employees can only sign in from compliant, encrypted devices.",
        "Documents the standard procedures for account creation, group naming and licence assignment in the IT wiki.",
        # service desk knowledge base
        "Writes and updates service desk knowledge base articles so colleagues can solve common printer, VPN and password problems on their own.",
        "Maintain the IT knowledge base in Jira Service Management, retiring outdated articles and tagging new ones by category.",
        "Turning recurring helpdesk tickets into step-by-step self-help articles for employees, in close collaboration with the second-line engineers.",
        "Handles first-line tickets on the internal help desk, resolving password resets, mailbox issues and software installs for staff.",
        # strategy, roadmap and new technology for IT operations
        "Contributes to the three-year IT strategy and roadmap, aligning infrastructure upgrades with business priorities and the IT budget.",
        "Evaluating emerging technologies for IT operations, such as automated patching and observability tools, and recommending which ones to pilot.",
        "Maintains the IT roadmap for network, endpoint and cloud projects, ensuring dependencies and budget are visible to the CIO.",
        "Assesses new monitoring and automation platforms for the infrastructure team, running proofs of concept before any rollout.",
        # cybersecurity and routine operations
        "Monitors endpoint protection and firewall alerts daily, escalating suspected intrusions to the security lead.",
        "Reviewing weekly vulnerability scan results and scheduling remediation with the owners of each server.",
        "Runs quarterly phishing simulations for employees and reports click rates to the IT manager.",
        "Patch servers and workstations in the monthly maintenance window, making sure backups have completed first.",
        "keeps the software asset register current, reconciling installed applications against purchased licences",
    ],
    ("it", "back", "support", "on_site"): [
        "Images, labels and sets up laptops for new starters at their desks, testing sign-in before handing each device over.",
    ],
    ("product_development", "back", "core", "remote"): [
        # design systems and UX/UI components
        "Maintains the design system in Figma, documenting colour tokens, spacing and component states for every product squad.",
        "Building reusable UI components in React and documenting their variants in Storybook, in close collaboration with the product designers.",
        "Designs UX flows and wireframes for new features and tests them with users before the hand-off to engineering.",
        "Reviewing new UI components for accessibility against WCAG guidelines before they join the component library.",
        "Runs a weekly design critique so that new screens stay consistent with the design system.",
        "Maintain the design tokens and icon set, publishing each new version of the shared UI package.",
        "Conducts usability tests with five to eight participants per round and turns the findings into design changes.",
        # defects and bug tracking for developers
        "Logs defect reports in Jira with steps to reproduce, expected results and screenshots so that developers can fix them quickly.",
        "Triaging the bug backlog every sprint with the engineering lead, ranking defects by severity and user impact.",
        "Reproducing bugs passed on by the support team and writing them up as developer-ready tickets with logs attached.",
        "Verifies bug fixes on the staging build and closes the ticket once the defect no longer reproduces.",
        # QA test plans
        "Write QA test plans for each release covering regression, edge cases and the acceptance criteria from the user stories.",
        "Executes manual and automated test cases against every new build and records the results in TestRail.",
        "Maintaining the end-to-end regression suite in Cypress and updating the tests whenever a feature changes.",
        # prototypes and specifications
        "Builds clickable prototypes of new app screens to validate ideas with stakeholders before development starts.",
        "Drafting functional specifications for new features, including user stories, data fields and acceptance criteria.",
        "Keeps product requirements documents in step with what engineering has actually built.",
        "Defines the API specification for new integrations with the backend engineers, ensuring versioning rules are respected.",
        "Writes technical specifications for the next hardware revision, covering tolerances, materials and test requirements.",
        "Breaks epics into stories the developers can estimate, agreeing sprint scope with the product owner.",
        "Collecting feedback from beta testers and feeding it into the next iteration of the prototype",
    ],
    ("product_development", "back", "core", "on_site"): [
        "Prototypes new packaging concepts in the lab and tests them for drop and crush strength before launch.",
    ],
    ("sales", "front", "core", "remote"): [
        # CRM and pipeline hygiene, stage definitions
        "Keeps Salesforce opportunities current after every call, ensuring next steps, close dates and amounts are accurate.",
        "Cleaning up the pipeline in the CRM each week, closing stale deals and correcting stages before the forecast call.",
        "Defines pipeline stage definitions and exit criteria with sales leadership so that every rep qualifies deals the same way.",
        "Maintaining HubSpot deal records and logging every customer conversation so that handovers between reps lose nothing.",
        "Maintain territory account lists in the CRM, merging duplicate accounts and assigning unowned ones to reps.",
        "Challenges deal stages that lack a confirmed budget or decision-maker during weekly pipeline reviews with each rep.",
        # expansion, renewals, churn risk, QBRs
        "Identifies upsell and cross-sell opportunities within existing accounts and builds an expansion plan with each account owner.",
        "Manages contract renewals for a book of mid-market customers, opening the conversation 90 days before the end date.",
        "Flagging churn risk on key accounts from usage data and agreeing a save plan with the customer's executive sponsor.",
        "Runs quarterly business reviews with customer stakeholders, presenting the results achieved and proposing next year's expansion.",
        "Prepares renewal quotes with updated pricing and sends them for signature well ahead of the contract end date.",
        "Negotiate renewal terms and multi-year commitments with buyers at enterprise accounts, in close collaboration with the account director.",
        "Account expansion: mapping new departments and buyers inside existing customers and opening conversations with them",
        "Calls lapsed customers with a tailored offer to win back their business before the renewal window closes.",
        # coaching, cold calling and appointment setting
        "Coaches SDRs on recorded calls in Gong each week, giving feedback on openers, discovery questions and objection handling.",
        "Builds cold-call lists of target companies from LinkedIn Sales Navigator, with the right contact and direct line for each.",
        "Sets appointments with decision-makers at manufacturing firms for the field sales team.",
        "Booking first meetings with finance directors and operations heads through outbound calls and email sequences.",
        "Works a daily call block of 60 dials to small business owners, logging each outcome in the CRM.",
        "Qualifies inbound leads against the ideal customer profile and routes them to the right account executive.",
        "Delivers product demos to prospects over Zoom, tailoring the story to each industry's pain points.",
        "reports weekly pipeline coverage and win rates to the head of sales",
    ],
    ("marketing", "front", "core", "remote"): [
        # technical SEO, site speed, schema
        "Conducts technical SEO audits of the website, fixing crawl errors, broken links and duplicate title tags.",
        "Improving site speed and Core Web Vitals with the web developer, ensuring landing pages load in under two seconds.",
        "Adds schema markup for products, reviews and FAQs so that search results show rich snippets.",
        "Submits updated XML sitemaps and resolves the indexing issues flagged in Google Search Console.",
        "Migrating old blog posts to new URLs with 301 redirects so that organic rankings survive the site redesign.",
        "Optimise meta titles, descriptions and internal links on product pages, in close collaboration with the content writers.",
        "Tracks keyword rankings and organic traffic each month and reports the biggest movements to the marketing manager.",
        # content calendars
        "Maintains the content calendar across the blog, newsletter and social channels, assigning briefs and publication dates.",
        "Plan the monthly editorial calendar with subject-matter experts and track each piece from draft to publication.",
        "Writes and schedules the weekly email newsletter in Mailchimp, testing subject lines to lift open rates.",
        # sweepstakes and contests
        "Runs sweepstakes and contests on Instagram and Facebook, ensuring the entry rules follow each platform's promotion policy.",
        "Administering giveaway entries, drawing winners at random and announcing them on the brand's social channels.",
        # personas and brand guidelines
        "Develops buyer personas from customer interviews and survey data to guide messaging and targeting.",
        "Updating persona profiles every year with fresh research on customer goals, objections and buying triggers.",
        "Maintains the brand guidelines, including logo use, colour palette, typography and tone of voice, and checks materials against them.",
        "Reviewing agency creative against the brand guidelines before any asset goes live.",
        "Briefs designers on campaign assets and checks every banner, ad and landing page against the brand book.",
        # other routine campaign work
        "Manages paid search and paid social budgets, adjusting bids and audiences weekly on cost per lead.",
        "Runs A/B tests on landing pages and shares conversion results with the campaign team.",
        "Builds attribution dashboards in GA4 from campaign UTM parameters for every channel.",
        "Coordinates the quarterly customer survey and shares market research insights with product and sales.",
        "Trade shows: booking stands, ordering booth graphics and inviting prospects months before each event",
    ],
    ("customer_service", "front", "core", "remote"): [
        # multichannel support with brand tone
        "Replies to customers on the phone, by email, in live chat and on social channels, writing every answer in the brand's warm, informal voice.",
        "Answering direct messages and comments from customers on Facebook and Instagram and resolving their order issues in the brand voice.",
        "Maintain macros and saved replies in the helpdesk so that answers stay consistent with the brand's tone.",
        "Replies to public complaints and product reviews on Trustpilot within one working day using the approved wording.",
        "Updates customers on order status via WhatsApp and SMS with templates approved by the support lead.",
        # ticket ownership, assignment, duplicates
        "Takes ownership of each ticket from first reply to resolution, keeping the customer updated until it is closed.",
        "Assigns incoming tickets in Zendesk to the right queue and agent by topic, language and priority.",
        "Merging duplicate tickets when a customer writes in on several channels so that one agent owns the conversation.",
        "Reassigning tickets left open by absent agents at the start of each shift so that no customer is left waiting.",
        "Monitors the shared support inbox and picks up tickets that are close to breaching the first-response SLA.",
        "Tags every ticket with a contact reason so the support lead can report the top drivers each month.",
        # refunds through the payment platform
        "Processes refunds through the Stripe dashboard for eligible orders and confirms each refund to the customer by email.",
        "Explains refund timings and payment statuses to customers who ask where their money is.",
        "Looks up payments in Shopify Payments to confirm that a refund was issued and shares the reference with the customer.",
        "Handles subscribers' billing questions, explaining charges and updating card details in the payment platform.",
        # other routine support
        "Handles inbound calls about deliveries, returns and product questions, logging each contact in the helpdesk.",
        "Resolves customer complaints by phone, offering replacements or credits within the agreed limits.",
        "Provides customer-facing technical support for the app, walking users through setup and troubleshooting over chat.",
        "Follow up after a ticket is solved to check the fix worked and collect a satisfaction rating.",
        "Creates return authorisations for faulty items and emails the customer a prepaid label.",
        "Passes bugs reported by customers to the product team with clear reproduction steps and keeps the customer informed.",
        "covering the chat queue at peak hours, handling up to three conversations at once",
    ],
    ("management", "back", "core", "remote"): [
        # mission and vision, OKRs and KPIs
        "Leads the annual review of the company's mission, vision and values with the leadership team and the board.",
        "Facilitating the yearly strategy offsite where the directors revisit the vision and agree the company's priorities.",
        "Sets the company's annual OKRs with the executive team and reviews progress against them every quarter.",
        "Runs the annual KPI review for the whole business, deciding which measures the company will steer by next year.",
        "Cascading company objectives to department heads and checking that every team goal supports them.",
        "Tracks execution of the strategic plan through a monthly scorecard reviewed by the leadership team.",
        # chairing the management team, governance
        "Chairs the weekly management team meeting, ensuring decisions, owners and deadlines are recorded and followed up.",
        "Agrees the management team's decision rights and meeting rhythm so the company is run consistently.",
        "Governance: preparing board agendas, minutes and resolutions and tracking the actions agreed by the directors",
        "Prepares the quarterly board pack with financial results, strategic risks and progress on company objectives.",
        # capacity, resources, organisation
        "Leads company-wide resource and capacity planning, balancing headcount across departments against the growth plan.",
        "Reviewing the company's capacity plan each quarter to decide whether to hire, outsource or slow down growth.",
        "Decides how next year's budget is split between strategic initiatives, in close collaboration with the CFO.",
        "Sets the organisation design for the company, deciding how departments are structured and who reports to whom.",
        # succession of the leadership team
        "Owns succession planning for the leadership team, naming successors for each director role and reviewing their readiness with the board.",
        "Appoints and develops the senior leadership team, setting each director's objectives for the year.",
        # strategy and planning
        "Reviews the five-year business plan every year and updates growth targets, markets and investment priorities.",
        "Defines the company's long-term vision and turns it into a three-year strategic roadmap.",
        "Running the company-wide quarterly business review, comparing results with the plan and agreeing corrective actions.",
        "Communicates the company strategy to all staff at quarterly town halls.",
        "Decides on entry into new markets after reviewing the business case with the executive team.",
        "Lead the annual planning cycle, from the strategy refresh through to approved department plans.",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # internal control policies
        "Maintains internal control policies for purchasing, payments and expenses, testing that approval limits are respected.",
        "Documenting internal controls over financial reporting and updating the control matrix whenever a process changes.",
        "Tests segregation of duties in the finance system each quarter and reports conflicts to the financial controller.",
        "Drafts the accounting policy manual and updates it when new standards take effect.",
        # technical accounting research
        "Researches technical accounting questions such as revenue recognition and IFRS 16 leases, writing position papers for the controller.",
        "Performs technical accounting research on complex new contracts and documents the conclusion in a memo.",
        # government reporting and tax filings
        "Prepares and files VAT returns every quarter, reconciling output and input tax to the general ledger.",
        "Compiles the statistical returns required by the national statistics office from the monthly accounts.",
        "Files corporate income tax returns and estimated payments on time, in close collaboration with the external tax adviser.",
        "Prepares sales tax filings for each state where the company has nexus.",
        "Submitting withholding tax reports on payments to foreign suppliers to the tax authority each month.",
        "Prepares the annual government grant report showing how funds were spent against the approved budget.",
        # vendor payment-status enquiries (accounts payable)
        "Answers vendor enquiries about payment status, checking the AP ledger and remittance dates in NetSuite.",
        "Responding to supplier calls and emails about unpaid invoices and confirming when each one is scheduled for payment.",
        "Runs the weekly payment run for approved supplier invoices and sends remittance advices.",
        "Three-way match each supplier bill with its PO and receiving record, then post it to the SAP ledger.",
        "Keeps vendor master data accurate, verifying any change of bank details by phone before it is saved.",
        # other routine accounting
        "Reconciles the bank accounts daily in Xero and investigates unmatched items.",
        "Prepares the month-end close, posting accruals and prepayments and reconciling balance sheet accounts.",
        "Maintaining the fixed asset register and booking depreciation every month.",
        "Issues customer invoices and follows up overdue balances with reminder calls.",
        "reviews expense claims against the expense policy and posts them for reimbursement",
    ],
    ("payroll", "back", "support", "remote"): [
        # payroll tax reports
        "Prepares quarterly payroll tax reports and reconciles the amounts withheld to the payroll register before filing.",
        "Files Form 941 every quarter and year-end W-2s, ensuring the totals agree with the payroll system.",
        "Maintain state withholding and unemployment tax registrations for every state where staff work.",
        "Issues P60s at year end and reconciles the final RTI submission to HMRC.",
        # voluntary deductions and garnishments
        "Producing voluntary deduction reports for union dues, charity giving and savings plans after every pay run.",
        "Remits voluntary deductions to third parties each pay period and reconciles the amounts to payroll.",
        "Processes wage garnishments and child support orders, calculating deductions and remitting payments on time.",
        # benefits: disability, pensions, insurance
        "Administers the short-term and long-term disability programmes, setting up claims and adjusting pay while employees are on leave.",
        "Coordinates leave-of-absence pay with the disability insurer, ensuring benefit offsets are applied correctly.",
        "Maintaining pension enrolment and contributions in the payroll system, including auto-enrolment and opt-outs.",
        "Submits the monthly pension contribution file to the provider and resolves any rejected records.",
        "Keeps 401(k) deferral rates and the employer match in Gusto in line with each employee's election.",
        "Enrolls employees in health, dental and life insurance during open enrollment and updates their deductions.",
        "Reconciling benefit carrier invoices against payroll deductions each month and chasing the differences.",
        "Processes benefit changes for qualifying life events such as marriage or a new child within the plan deadlines.",
        # pay runs
        "Runs bi-weekly payroll in ADP for 400 employees, checking hours, overtime and deductions before approval.",
        "Reviews timesheets in the time and attendance system and fixes missing punches before the payroll cut-off.",
        "Calculates statutory sick pay and maternity pay and applies them in the correct pay period.",
        "Payroll checks: new starters, leavers and pay changes compared with HR approvals before each run",
        "Answers employee questions about payslips, tax codes and deductions through the payroll inbox.",
        "Reconcile the payroll clearing account to the general ledger after every run.",
        "produces the monthly payroll journal and cost-centre report for finance",
    ],
    ("admin", "back", "support", "remote"): [
        # data entry and record hygiene
        "Enters data from paper forms into the CRM and ERP, checking each record against the original for accuracy.",
        "Keying handwritten delivery notes and timesheets into the system at the end of every day.",
        "De-duplicates client records in the database, merging duplicates and keeping the most recent contact details.",
        "Purges obsolete records from the contact database according to the retention schedule.",
        "Maintains the client and vendor contact database, updating addresses, phone numbers and named contacts as changes come in.",
        "Updating the vendor contact list every quarter and removing suppliers the company no longer uses.",
        "Data cleansing: standardising company names, postcodes and phone formats in the contact database before import",
        "Keeps the staff directory current, adding extensions and desk locations for every new starter.",
        # building security systems (facilities, not cybersecurity)
        "Manage the building access control system, issuing and deactivating staff badges as people join and leave.",
        "Reviewing CCTV and alarm maintenance contracts and booking the annual service visits with the security provider.",
        "Keeps visitor records and door access logs up to date for the facilities manager.",
        # scheduling, cleaning contracts and minutes
        "Schedules meetings and manages the calendars of three directors, resolving conflicts and booking rooms.",
        "Coordinates the office cleaning rota and checks the contractor's work against the agreed schedule.",
        "Takes minutes at department meetings and files them in the shared drive.",
    ],
    ("admin", "back", "support", "on_site"): [
        "Supervises the janitorial and maintenance staff, assigning daily cleaning and repair tasks across the building.",
        "Walks the premises each morning with the maintenance crew, logging repairs and checking the cleaners have finished.",
        "Tests the intruder alarm and door entry panels monthly and reports faults to the security contractor.",
        "Sorting and distributing incoming post, and scanning letters for staff who work from home.",
        "Scan signed paper contracts and file them in the document management system with the right metadata.",
        "Checks the CCTV cameras and badge readers at each entrance on the weekly facilities round.",
        "Schedules and oversees the day porters and handymen, making sure meeting rooms are reset after every booking.",
        "Digitising archived paper files and indexing each one so it can be found in SharePoint.",
    ],
    ("procurement", "back", "support", "remote"): [
        # price proposals, quotes, should-cost, bid evaluation
        "Analyses supplier quotes side by side, comparing unit prices, lead times and payment terms before recommending an award.",
        "Evaluating price proposals received in tenders against the scoring matrix, in close collaboration with the budget holder.",
        "Builds should-cost models for key components from material, labour and overhead inputs to challenge supplier pricing.",
        "Runs bid evaluations for service contracts, scoring each bidder on price, quality and delivery.",
        "Prepares the bid tabulation for the evaluation committee, highlighting the lowest compliant offer.",
        "Price proposal analysis: checking labour rates, margins and escalation clauses in every offer",
        "Reviewing quotes from building contractors and checking that scope and exclusions are comparable.",
        "Clarify unclear line items in supplier quotations before they go into the comparison sheet.",
        "Benchmarks supplier prices against market indices each quarter and flags items that are out of line.",
        "Negotiates annual price increases with suppliers, using should-cost data to push back on unjustified rises.",
        # routine purchasing
        "Issues requests for quotation to at least three suppliers for any purchase above the threshold.",
        "Raises purchase orders in SAP Ariba from approved requisitions and sends them to suppliers.",
        "Onboards new suppliers, collecting bank details, certificates and tax forms before the first order.",
        "Tracks open purchase orders and chases suppliers for confirmed delivery dates.",
        "Maintains the approved supplier list and reviews supplier performance every quarter.",
        "Orders office supplies and consumables weekly from the framework catalogue.",
        "Runs reverse auctions for packaging materials and reports the savings achieved.",
        "Consolidating purchase requests across departments to negotiate volume discounts.",
        "Manages the tender calendar so that every contract is retendered before it expires.",
        "Tracks spend by category in Coupa and identifies suppliers to consolidate.",
        "Requests samples from shortlisted suppliers and coordinates their evaluation with the quality team.",
        "compares quotes for new office chairs from three suppliers before raising the order",
    ],
    ("hr", "back", "support", "remote"): [
        # exit interviews
        "Conducts exit interviews with leavers by video call and summarises the reasons for leaving each quarter.",
        "Analysing exit interview themes and sharing retention insights with department managers.",
        "Sends the exit questionnaire to every leaver and logs the answers in the HR system.",
        # job descriptions and grading
        "Writes and updates job descriptions with hiring managers, ensuring duties, requirements and reporting lines are accurate.",
        "Grades new and changed roles against the job evaluation framework and assigns the matching salary band.",
        "Maintains the job architecture and grading structure, reviewing it whenever roles change.",
        "Benchmarks job grades against external salary surveys every year.",
        # recruiting, onboarding, records, reviews
        "Screens CVs and schedules first interviews for open roles in Workable.",
        "Posts vacancies on job boards and LinkedIn and manages the applicant pipeline.",
        "Prepares offer letters and employment contracts from the approved templates.",
        "Runs onboarding for new starters, from paperwork to the first-week induction schedule.",
        "Checks right-to-work documents for every new hire before the start date.",
        "Maintaining employee records in Workday, updating job changes, managers and personal details.",
        "Coordinates the annual performance review cycle, reminding managers of deadlines and tracking completion.",
        "Books mandatory training for staff and tracks completion in the learning system.",
        "Advises managers on absence management and return-to-work meetings in line with policy.",
        "Prepares the monthly headcount and turnover report for the HR director.",
        "Keeps the employee handbook current and updates policies when practices change.",
        "Runs the employee engagement survey and helps managers build action plans from it.",
    ],
    ("logistics", "back", "core", "remote"): [
        # dispatch and route planning
        "Dispatches drivers to the day's delivery jobs from the TMS, adjusting assignments when orders change.",
        "Plans next-day delivery routes each evening, balancing stops, time windows and vehicle capacity.",
        "Optimising multi-drop routes with route planning software to cut mileage and fuel.",
        "Monitors driver progress on the telematics map and reassigns stops when a van falls behind schedule.",
        "Prepares the daily dispatch board for the courier fleet, matching jobs to drivers and vehicles.",
        # carrier selection and freight audits
        "Selects the carrier for each shipment on rate, transit time and service level, ensuring the cheapest compliant option is booked.",
        "Audits freight invoices against agreed carrier rates and shipment records, disputing overcharges before payment.",
        "Reviews parcel carrier surcharges weekly and claims refunds for late deliveries under the service guarantee.",
        "Rate shopping across parcel carriers in ShipStation for every order before labels print.",
        "Maintains the carrier scorecard, reviewing on-time delivery and damage rates each month.",
        "Books LTL and FTL shipments with carriers and sends the bill of lading to the warehouse.",
        "Consolidates shipments going to the same region to fill trucks and reduce freight cost.",
        # inbound, customs and stock
        "Tracks inbound containers and updates expected arrival dates in the WMS.",
        "Coordinates with customs brokers to clear imports and prepares commercial invoices for exports.",
        "Schedule dock appointments for inbound carriers to avoid congestion at the warehouse.",
        "Replenishment: setting reorder points for warehouse stock and raising transfers between depots",
    ],
    ("logistics", "back", "core", "on_site"): [
        "Picks and packs customer orders with an RF scanner, ensuring each parcel is labelled for the right carrier.",
        "Loads trailers in the agreed drop sequence so that the driver can unload without restacking.",
        "Receives inbound pallets, checks them against the ASN and puts them away to WMS locations.",
        "Performs cycle counts in the warehouse and investigates any variances.",
        "Delivering orders on a multi-drop route and collecting proof of delivery on the handheld.",
        "Processes customer returns at the returns bench, inspecting items and restocking saleable ones.",
    ],
    ("production", "back", "core", "on_site"): [
        "Operates CNC lathes to produce machined parts to drawing, checking dimensions with calipers after each set-up.",
        "Assembling control panels from wiring diagrams and work instructions, ensuring every terminal is torqued.",
        "Performs first-article and in-process inspections on the line and records the results on the control plan.",
        "Sets up the filling machine at the start of each shift and carries out line clearance between batches.",
        "Prepares dishes on the hot line during service, following recipe cards and plating standards.",
        "Weighs and mixes raw materials for each batch according to the production order.",
        "Cleans and lubricates the press between runs as the machine checklist requires.",
        "Records scrap and downtime reasons on the shift log in the MES.",
        "Bakes bread and pastries overnight for the morning delivery to the shops.",
        "Welds frames and brackets to specification, inspecting each weld for defects.",
        "Follows the daily production schedule, changing over moulds between product runs.",
        "Performs quality checks on finished garments, measuring seams and checking stitching against the spec sheet.",
        "Operates the packaging line, loading cartons and film and clearing jams.",
        "Maintaining 5S at the workstation, ensuring tools go back on the shadow board at the end of each shift.",
        "Calibrates the line's measuring gauges against the master set every month.",
        "Runs print jobs on the digital press, checking colour against the approved proof.",
        "Reworks units that fail the end-of-line test, replacing faulty components and retesting them.",
        "Monitors fill levels and cap torque on the bottling line every hour.",
        "Prepare mise en place for the lunch service and label prepped items with dates.",
        "Cuts, edges and drills panels for furniture orders on the CNC router.",
        "Completes batch records as each stage of the run is finished, in close collaboration with the shift lead.",
        "sands, primes and paints finished parts in the spray booth",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        "Reviews supplier and customer contracts before signature, flagging liability, termination and indemnity clauses.",
        "Maintaining the contract repository and tracking notice dates for every agreement the company has signed.",
        "Responds to data subject access requests within the statutory deadline, collecting records from each system.",
        "Maintains the record of processing activities under GDPR and updates it when new systems are introduced.",
        "Runs KYC and AML checks on new clients, verifying identity documents and screening against sanctions lists.",
        "Monitors regulatory changes and briefs the business on new obligations.",
        "Keeps health and safety records up to date, including risk assessments, incident logs and training certificates.",
        "Coordinates external compliance audits, preparing evidence and tracking findings to closure.",
        "Drafts NDAs from the approved template and sends them for e-signature.",
        "Files confirmation statements and director changes at Companies House on time.",
        "Reviewing marketing claims against advertising standards before campaigns launch.",
        "Conducts data protection impact assessments for new processing, in close collaboration with the DPO.",
        "Maintains the compliance training matrix and chases staff who have not completed anti-bribery training.",
        "Tracks business licences and permits and renews them before they lapse.",
        "Screens third parties for sanctions and adverse media before onboarding, in line with the compliance policy.",
        "Prepares the annual modern slavery statement for board approval and publication.",
        "Review the website terms and conditions every year to keep them aligned with consumer law.",
        "Maintain the whistleblowing register and report case numbers to the audit committee each quarter.",
        "Checks export orders against export control lists and documents the classification of each item.",
        "Updates the privacy notice and cookie policy whenever the processing changes.",
        "Runs periodic reviews of due diligence files for high-risk clients.",
        "keeps the register of gifts and hospitality and flags entries above the policy limit",
    ],
}

AD_HOC: Blocks = {
    ("it", "back", "long_tail", "remote"): [
        "Reviews one-off requests for elevated admin rights case by case, granting temporary access only with the manager's approval.",
        "Handling exception requests to the password policy, such as service accounts that cannot rotate credentials, after a risk review.",
        "Sets up temporary accounts for visiting auditors and contractors on request, with an expiry date agreed with the sponsor.",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        "Evaluates one-off custom feature requests from large customers case by case, estimating effort before the product lead decides.",
        "Handling urgent hotfix requests outside the sprint when a critical defect reaches production, coordinating the patch with developers and QA.",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Reviews one-off discount requests above the price list and takes each one to the sales director for approval.",
        "Handles non-standard deal terms requested by prospects case by case, agreeing exceptions with the deal desk before sign-off.",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Reviews sponsorship requests from local clubs and charities, deciding case by case which ones fit the brand.",
        "Handles ad hoc requests from the sales team for custom one-pagers and pitch decks as deals come up.",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Reviews refund requests outside the return window case by case and approves goodwill exceptions with the team leader.",
        "Handles escalated complaints from VIP customers that need a one-off resolution agreed with management.",
    ],
    ("management", "back", "long_tail", "remote"): [
        "Decides on one-off strategic proposals such as an acquisition approach or a partnership offer, convening the board when needed.",
        "Reallocates a departing director's responsibilities on an interim basis until a successor is in place.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Approves one-off urgent payment requests outside the weekly run after checking the supporting documents with the controller.",
        "Investigates duplicate payment claims from vendors case by case and arranges a refund or credit note.",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Processes off-cycle payments and manual cheques when an employee has been underpaid, once the payroll manager approves.",
        "Reviews requests for salary advances one at a time and sets up the recovery deductions once approved.",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Handles one-off requests to retrieve old paper files from off-site storage, arranging the courier and the return.",
        "Arranges emergency repairs when a leak or power fault hits the office, calling out contractors and keeping staff informed.",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Handles emergency purchase requests when a machine breaks down, sourcing the part the same day with a manager's approval.",
        "Approves one-off purchases from non-approved suppliers case by case when no listed supplier can deliver.",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Investigates workplace complaints of bullying or harassment, interviewing the parties and witnesses and writing up findings for a decision.",
        "Conducting grievance investigations case by case, gathering statements and recommending an outcome to the panel.",
        "Handles disciplinary cases as they arise, preparing invitation letters, taking notes at hearings and confirming outcomes.",
        "Reviews requests for flexible working or sabbaticals one by one and advises the manager on a decision.",
    ],
    ("logistics", "back", "long_tail", "remote"): [
        "Files freight claims with carriers for damaged or lost shipments, gathering photos and proof of value for each case.",
        "Arranges an urgent same-day courier when a key customer order misses the scheduled truck.",
    ],
    ("production", "back", "long_tail", "on_site"): [
        "Runs one-off rush orders outside the production plan when the supervisor approves, setting up the line specially.",
        "Reworks a rejected batch under the quality manager's instruction, documenting each deviation case by case.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Assesses personal data breaches as they are reported, deciding case by case whether the regulator must be notified within 72 hours.",
        "Handles one-off requests from managers for advice on unusual contract terms, escalating to outside counsel when needed.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(ROUTINE) + flatten(AD_HOC)
