"""Back-office lines for finance, payroll, IT, legal and compliance, production and management, in every register.

The breadth modules taught the specialist words of many sub-areas, but mostly as formal duty
statements; real pasted lines from small organisations come as checklist steps with an actor,
timed or conditional steps, long job-ad bullets, bare headings, passive descriptions and the
owner's own first-person sentences, and the function often shows only in the object, document,
place or tool named. These lines cover about thirty-five further sub-areas of each of the six
functions in shops, clinics, schools, churches and clubs, councils, universities, factories,
warehouses, hotels, charities, agencies, software firms, construction, farms and property
companies in several countries: school parent payments, club subscriptions, payment applications
and retention, subscription revenue, city ledgers, supplier statements, bank detail changes,
Gift Aid and restricted funds, service charge year-ends and cash counts; timesheet cut-offs,
irregular-hours holiday pay, statutory family pay, re-enrolment, salary sacrifice, back pay,
open enrollment, paper payslips and cash wages; leavers, MFA, print queues, pupil accounts, site
tablets, Okta, quarantined mail and office moves; NDAs, renewal dates, breach logs, fire drills,
landlord certificates, premises and music licences, FOI and subject access requests; bakery,
print, frame, workshop, lab, housekeeping, council round, changeover, groundworks, milking and
client work of accountancy, payroll, IT, law, translation and design firms (section 4); and
plans, scorecards, board packs, governors, trustees, succession and takeover approaches. Boundary
cases follow shared/LABELING.md (collecting unpaid invoices is finance, a staff helpdesk is IT,
a firm's work for its clients is production). Routine work is `support` (`core` for production
and management); about one line in six is `long_tail` (one case, a request, an approval, an
exception or a one-off project); `on_site` where someone must be physically present.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
FINANCE: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        # school parent payments
        "The school business manager matches ParentPay receipts for trips and lunches to the bank statement every Friday.",
        "Parent payments ledger: trips, clubs, music lessons",
        "If a family's lunch account falls into debt, send the balance reminder letter before half term;",
        # club treasurer
        "I'm treasurer for the tennis club, so I chase members' subs and pay the court hire invoice to the council.",
        "Membership subscriptions are matched against the bank feed and anyone unpaid is listed for the committee",
        # construction payment applications
        "Responsible for the monthly payment application to the main contractor, chasing the payment notice and making sure cash arrives by the final date for payment.",
        # retention and payment certificates
        "Retention ledger - release dates at practical completion and at the end of the defects period",
        "Within five days of each payment certificate, the accounts assistant raises the VAT invoice and posts it against the job.",
        # software subscription revenue
        "Deferred revenue is released monthly from the subscription schedule, with annual upfront contracts spread evenly over their term.",
        "Maintains revenue schedules for multi-year software contracts, ensuring set-up fees and subscriptions are recognised in line with ASC 606 and IFRS 15.",
        # card payment payouts
        "stripe payouts reconciled to the sales ledger, net of processing fees",
        # hotel city ledger
        "Each morning the credit clerk bills direct-account company guests from the city ledger and attaches their folios.",
        "city ledger ageing + direct bill applications",
        # clinic insurer remittances
        "The billing clerk posts each insurer remittance against the patient visit and moves any leftover amount to patient responsibility.",
        # self-pay balances and collections
        "We send self-pay statements on the 1st and anything over 90 days goes to the collection agency",
        # agency unbilled time
        "Responsible for reviewing unbilled time on client jobs each week with the account directors and raising invoices against agreed milestones.",
        # rebilling costs to clients
        "Recharging third-party costs (print, photography, media) to client jobs",
        # standard costing
        "standard cost roll for the new financial year",
        # stock valuation
        "After the stocktake, the cost accountant values the count at standard and posts the stock adjustment journal.",
        # factory variances
        "Purchase price and usage variances are explained line by line in the monthly factory cost report.",
        # supplier statements
        "AP clerk ticks each supplier statement against the ledger and asks for copies of any invoice we don't hold",
        # supplier bank detail changes
        "If a supplier emails new bank details, phone them back on the number already on file before changing anything.",
        # duplicate payments and payment approval
        "duplicate invoice check before every payment run",
        "Payments over £10,000 need a second authoriser in the banking portal",
        # cash allocation
        "Allocates customer receipts to open invoices, investigates unapplied cash and keeps the debtors ledger clean for month-end reporting.",
        # trade credit accounts
        "Trade credit application forms: two references and a bank reference before a limit is set",
        # chasing late payers
        "I ring our three slowest payers every Monday and get a payment date out of each of them",
        # cash forecasting
        "The finance manager updates the 13-week cash forecast every Tuesday and flags any week that dips below the overdraft headroom.",
        # currency payments
        "We book forward contracts for the euro payments to our Italian supplier so the cost doesn't move on us.",
        # bank covenants
        "Bank covenant certificate - quarterly, signed by two directors",
        # external audit
        "Before the auditors arrive, every balance sheet account should have a reconciliation and a signed lead schedule.",
        "Owns the prepared-by-client list for the year-end audit, pulling samples, invoices and bank confirmations as the audit team asks for them.",
        # Irish VAT
        "The bookkeeper prepares the bimonthly VAT3 and the annual return of trading details for Revenue.",
        # Australian BAS
        "BAS prep: GST on sales and purchases, fuel tax credits",
        # US contractor forms
        "If a contractor hasn't returned a W-9 by December, hold their next payment until it arrives so the 1099-NEC can go out on time.",
        # Indian TDS
        "Deducts TDS on rent and professional fees and files the quarterly 26Q return, ensuring certificates reach every deductee.",
        # German tax adviser
        "i upload the receipts to DATEV every month so our Steuerberater can do the VAT",
        # Canadian HST
        "HST return filed quarterly, input tax credits checked against receipts",
        # Gift Aid
        "The finance officer builds the Gift Aid claim from donor declarations and submits it to HMRC every quarter.",
        # restricted funds
        "Restricted grant income is coded to its own fund so trustees can see what is left to spend.",
        # funder reports
        "Assists with financial reports to funders, ensuring spend is matched to the approved budget lines and any variance over 10% is explained.",
        # farm accounts
        "I send the year-end livestock numbers to the accountant so the herd can be valued in the farm accounts.",
        # farm support payments
        "Farm support payments reconciled against the RPA remittance statements",
        # service charge year-end
        "At the end of the service charge year, the property accountant compares actual spend with the budget and sends each leaseholder a balancing charge.",
        # council budget monitoring
        "Budget holders get their cost-centre report by working day 5 and have a week to send back a forecast.",
        # research grant costs
        "Processes cost transfers on research grants, ensuring each one is allowable under the sponsor's terms and made within 90 days.",
        # fuel cards
        "Fuel card statements are split by vehicle and coded to each depot.",
        # company credit cards
        "I go through the company credit card every month and match each line to a receipt in Dext",
        # month-end close
        "month-end close: bank, AR, AP, accruals, payroll journal, VAT control account",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        # church collections
        "The churchwarden and a second counter count the Sunday collection together, sign the count sheet and lock the bags in the safe.",
        # shop takings
        "At close the duty manager cashes up each till, notes overs and shorts and bags the takings for the bank.",
        # hotel safe counts
        "hotel safe count at every shift change",
        # bank runs
        "I take the cheques and cash to the bank on Thursdays and keep the paying-in book up to date",
        # site petty cash
        "Petty cash tin in the site office is counted and topped up every Friday",
        # school trip cash
        "If cash for a school trip is handed in at the office, it is counted in front of the parent and a receipt is written.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        # write-offs and arrears arrangements
        "Reviews write-off requests for individual customer balances, ensuring each has evidence of recovery attempts and sign-off by the finance manager.",
        "If a tenant asks to clear their arrears in instalments, agree the plan in writing and diarise each instalment date.",
        # special budget requests
        "When a department head wants money outside the budget for a special project, prepare the funding request for the finance committee.",
        # urgent payments and bank mandates
        "Venue deposit needed today and the supplier isn't set up yet: confirm their bank details by phone and get the CFO to release it",
        "I sorted out the bank mandate change when our old treasurer stood down",
        # expense policy exceptions
        "Over-limit hotel bills and first-class rail tickets need the finance director's written OK, one claim at a time.",
        # foreign currency account for one contract
        "Opens a separate US dollar account for the single overseas contract and agrees the conversion process with the bank.",
        # insurance settlement
        "After the insurer settles the flood claim, the payout is allocated across the repair costs and the excess is expensed.",
    ],
    ("finance_accounting", "back", "long_tail", "on_site"): [
        # school fair takings
        "Counts the takings from the summer fair with the PTA treasurer and banks them the next morning.",
        # lost cheques
        "Drives a replacement cheque to the supplier's office when the first one goes missing in the post",
    ],
}

PAYROLL: Blocks = {
    ("payroll", "back", "support", "remote"): [
        # agency temp timesheets
        "Temp timesheets must be approved in the client portal by 10am Monday or the hours roll into next week's pay",
        "The payroll administrator chases branch consultants for missing timesheets before the Tuesday cut-off.",
        # rota and clocking data
        "imports clocking data from the rota system and queries any shift with a missing clock-out",
        "Hotel casuals are paid weekly from approved rota hours; split shifts carry the agreed premium.",
        # holiday pay for irregular hours
        "Calculates holiday entitlement and holiday pay for zero-hours and term-time staff, ensuring averages use the right 52-week reference period.",
        # rolled-up holiday pay
        "Rolled-up holiday pay shown as its own line on casual workers' payslips",
        # statutory sick pay
        "If a fit note isn't received after seven days of absence, the payroll clerk stops SSP and tells the line manager.",
        # statutory family pay
        "SMP and ShPP calculations from the MATB1 and the due date",
        # enhanced maternity pay
        "We top up maternity pay to 90% for the first 26 weeks, so I key the enhanced amount each month",
        # pension re-enrolment
        "Every three years the payroll team re-enrols eligible staff who opted out and sends the re-declaration of compliance.",
        # pension postponement
        "pension postponement notices for new joiners",
        # salary sacrifice
        "Salary sacrifice for the EV lease and cycle-to-work schemes comes off before tax and is checked against minimum wage.",
        # student loan deductions
        "Student loan plan 1, 2, 4 and postgraduate deductions checked against each starter's declaration.",
        # benefits in kind
        "P11D and class 1A NIC on company cars and medical cover",
        # year-end forms
        "P60s out to everyone on the payroll by 31 May",
        # leavers
        "For leavers, final pay includes untaken holiday and any notice pay, and the P45 is issued with the last payslip.",
        # pay awards and back pay
        "Once the pay award is agreed, backdated pay is worked out for every grade and paid in one go, with the arrears shown separately on the payslip.",
        # payslip queries
        "Serve as the go-to contact for staff payslip queries, resolving deductions, tax code and overtime questions within two working days.",
        # payroll journal
        "Payroll journal posted to the general ledger and net pay reconciled to the BACS report",
        # pay run checklist and bank file sign-off
        "Pay run checklist: starters, leavers, changes, variance, approval, BACS",
        "Before the bank file is submitted, the payroll manager compares each person's net pay with last month and signs it off.",
        # payroll calendar
        "I move the payroll calendar forward when a bank holiday lands on a pay date so nobody is paid late",
        # US multi-state and withholding
        "Responsible for updating state withholding and unemployment registrations when remote employees relocate, ensuring no new state is missed.",
        "W-4 changes entered before the Thursday payroll close",
        # US open enrollment
        "During open enrollment, benefit elections are loaded into payroll so the new medical and dental deductions start on the first January check.",
        # COBRA continuation
        "Each termination is reported to the COBRA administrator within the week so continuation packets go out on time.",
        # health savings accounts
        "HSA employer contributions are sent each pay period with the deduction file;",
        # workers' compensation declarations
        "Annual remuneration declaration to WorkSafe for the workers' compensation premium",
        # Single Touch Payroll
        "Responsible for lodging each pay event through Single Touch Payroll and paying super guarantee contributions before the quarterly due date.",
        # Australian leave loading
        "Leave loading of 17.5% paid on annual leave under the award",
        # Irish payroll notifications
        "Revenue payroll notifications pulled for every employee before the Irish run",
        # Indian PF and ESI
        "Assists with the monthly PF and ESI challans and professional tax deductions, ensuring every eligible employee is covered.",
        # French DSN
        "the French DSN is filed monthly by our provider but we check the figures first",
        # school supply staff
        "The school's payroll contact sends supply teacher and exam invigilator hours to the LA payroll by the 10th.",
        # hourly paid lecturers
        "Hourly paid lecturer claims are checked against the teaching timetable before they are paid",
        # church musicians
        "The organist's fees go through payroll as a second employment, not on an invoice",
        # seasonal farm workers
        "Accommodation offset for seasonal farm workers, deducted within the daily legal limit",
        # site allowances
        "Travel time and lodging allowances for site operatives added from the foreman's weekly sheet",
        # on-call and overtime
        "On-call allowances and call-out payments for the IT and maintenance rota",
        "Assists with monthly overtime processing, ensuring every claim carries a manager's approval and the correct premium rate.",
        # union deductions
        "Union subscriptions deducted at source and paid over to the branch monthly",
        # payroll giving
        "Payroll giving deductions sent to the agency charity after each run",
        # employer-of-record staff abroad
        "I check the payslips the employer of record produces for our staff in Spain and Poland before they're released.",
        # new starters
        "New starter: HMRC starter checklist, bank details, tax code, pension",
        "Before a new starter's first pay run, their salary, hours and pension scheme are keyed from the signed contract.",
        # minimum wage checks
        "NMW check on salaried staff whose hours went up in peak season",
    ],
    ("payroll", "back", "support", "on_site"): [
        # paper payslips and clock cards
        "Hands out the sealed payslip envelopes on the factory floor on Friday mornings",
        "The farm secretary collects the clock cards from the dairy every Monday and totals the hours by hand.",
        "We still have a clocking-in machine in the bakery, so I pull the cards out and type the hours up on Monday",
        # cash wages
        "Cash wages for casual harvest labour, Saturdays, against signed wage sheets",
        # site payslips
        "If a worker on site has no phone, print their payslip and leave it in the site office for collection.",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        # off-cycle and corrections
        "Supplementary run for the three staff whose shift allowance was left off the June payroll",
        "When a pay error is found after payday, the payroll lead works out the underpayment and sends the correction the same week.",
        "Corrects one employee's wrong tax code after HMRC sends a revised notice, refunding the overpaid tax in the next pay.",
        # salary advances
        "If someone asks for an emergency advance on their salary, get the HR director's approval and recover it over three months.",
        # late sick notes and first employee
        "Recalculates a leaver's final pay after a late sick note changes what they are owed",
        "I had to set up payroll from scratch when we took on our first employee",
        # failed final pay, bonuses, regrading
        "Bounced final salary for a leaver: manual payment to the new account",
        "One-time retention bonus for the project team, grossed up and paid in March",
        "Back pay for a care worker whose grade was upgraded on appeal",
    ],
    ("payroll", "back", "long_tail", "on_site"): [
        # failed bank transfers on payday
        "Issues emergency cash wages from the safe when the bank transfer fails on payday",
    ],
}

IT: Blocks = {
    ("it", "back", "support", "remote"): [
        # leavers
        "On a leaver's last day, the IT administrator disables the account, converts the mailbox to shared and moves their OneDrive files to the manager.",
        # MFA and password resets
        "MFA enrolment for all staff before the March deadline",
        "The helpdesk resets passwords only after checking the caller's identity against the HR record.",
        # shared mailboxes and groups
        "People are added to or removed from shared mailboxes and distribution lists only when a department head asks",
        # printers and scanning
        "scan-to-email and printer drivers on the office network",
        "If a print queue stops on the server, restart the spooler and test from one PC before telling staff it's fixed.",
        # guest Wi-Fi and phones
        "Guest Wi-Fi for the church hall runs on its own network, away from the office PCs",
        "Maintains the VoIP phone system, ensuring extensions, hunt groups and out-of-hours messages are set up for each team.",
        # mobile devices
        "Enrols company phones and tablets in Intune, ensuring lost devices can be locked and wiped remotely.",
        "Site tablets are kept on the MDM so drawings and forms sync before the crews start",
        # domains, certificates and mailbox limits
        "Mailbox size alerts: archive policy applied before anyone hits the limit",
        "I look after the domains and the SSL certificate, with a calendar reminder a month before each expiry",
        # school accounts and devices
        "At the start of each school year, pupil accounts are created from the MIS export and the leavers' accounts are suspended.",
        "Chromebook management in the Google Admin console — policies, apps, update settings",
        "Assists with the school's web filtering, ensuring filter logs are checked daily and concerns are passed to the safeguarding lead.",
        # clinic and hotel systems
        "Every morning I check the overnight backup on the practice server and ring the support company if it failed",
        "PMS and POS user accounts for new hotel staff, set up before their first shift",
        # charities and churches
        "Assists with donated software licences through TechSoup, ensuring the charity keeps track of the nonprofit grants it holds.",
        "the church office PCs and the shared drive, looked after by a volunteer",
        # agencies
        "Adobe Creative Cloud seat assignments for the design team",
        "We back the NAS up to the cloud every night and I check the report each morning",
        # software firms: identity and access reviews
        "Manages SSO and SCIM provisioning in Okta, ensuring new joiners get the right app access on day one and leavers lose it within the hour.",
        "Quarterly access review: managers confirm who still needs admin rights in GitHub, AWS and the finance system",
        # councils and universities
        "GIS server and mapping software licences for the planning team",
        "eduroam and lab PC images for the new term",
        # certification and phishing tests
        "Gathers the evidence for the annual Cyber Essentials Plus assessment and fixes any failing devices before the retest.",
        "Security awareness: monthly phishing simulation and short training for anyone who clicks",
        # patching and endpoint alerts
        "Windows updates are approved in rings — IT first, then pilot users, then everyone",
        "If the EDR console raises a high-severity alert, isolate the device first and investigate after.",
        # helpdesk triage
        "Triage incoming IT tickets by impact and urgency, assigning each to first or second line within 30 minutes.",
        "I'm the office's accidental IT person: I set up email for new people and phone the support firm when something's beyond me",
        # managed service provider and licences
        "I go over the MSP's monthly report and SLA figures with our operations director",
        "Microsoft 365 licence count reconciled with the staff list every month so we don't pay for leavers",
        # file shares and restore tests
        "Shared drive permissions are granted on request from the folder owner only",
        "Every quarter, a file and a whole server are restored from backup to prove the restore works.",
        # refresh plan and asset register
        "Responsible for the laptop refresh plan and the IT budget, ensuring devices are replaced on a four-year cycle.",
        "Keeps the register of laptops, phones and monitors current, including who has what",
        # mail quarantine and password manager
        "releases quarantined emails after checking the sender and links",
        "Rolls out the company password manager team by team and moves shared logins out of spreadsheets.",
    ],
    ("it", "back", "support", "on_site"): [
        # new starter hardware
        "The IT technician images each new starter's laptop, enrols it and leaves it on their desk the day before they start.",
        # classrooms and meeting rooms
        "Classroom projectors and interactive panels checked before the first lesson on Monday",
        "Before each board call, test the camera, mic and screen share in the meeting room.",
        # site cabins, warehouses, shops
        "4G routers and rugged tablets set up for the site cabins",
        "swaps faulty handheld scanners in the warehouse and re-pairs the label printers",
        "If a shop's till PC won't boot, the store manager swaps in the spare from the stockroom while we ship a replacement.",
        "Patch the new network switch into the packing hall and label every port",
        # server cupboard
        "Server cupboard: UPS battery test, cable tidy, temperature check",
        # hotel back-office kit
        "Replaces the failed key card encoder in the hotel back office and re-links it to the door lock system.",
        # disposal
        "Old laptops are wiped, asset tags removed and collected by the recycler with a data destruction certificate.",
    ],
    ("it", "back", "long_tail", "remote"): [
        # software requests and admin rights
        "Reviews requests for new software from departments, checking security, data protection and cost before approval.",
        "Temporary local admin rights granted for a single install, removed the same day",
        # lost devices
        "If a staff laptop is left on a train, the helpdesk revokes its sign-ins, sends a remote wipe and records a security incident.",
        # auditors and locums
        "Read-only system access for the external auditors, removed when fieldwork ends",
        "Urgent account for a locum doctor starting tomorrow: email, clinical system login, smartcard request",
        # restore requests and legacy apps
        "I got a request to recover a file a manager deleted six months ago, which was past our retention",
        "Moves the last old Access database to SharePoint when its owner retires",
    ],
    ("it", "back", "long_tail", "on_site"): [
        # office move, pop-up office, flood
        "Disconnects, labels and reinstalls every desk's PC and phone during the weekend office move.",
        "Sets up laptops, printers and Wi-Fi for the pop-up office at the show",
        "After the burst pipe, the IT lead moved the server out of the flooded comms room and ran it from the boardroom for a week.",
    ],
}

LEGAL: Blocks = {
    ("legal_compliance", "back", "support", "remote"): [
        # NDAs
        "Responsible for reviewing incoming NDAs against the company playbook, marking up one-sided terms before signature.",
        "NDA turnaround: same day for a standard mutual, legal review for anything else",
        # contract register and renewals
        "Contract database: owner, value, term, notice period, auto-renew flag",
        "Sixty days before a contract's notice date, the legal assistant reminds the owner so it doesn't roll over by accident.",
        # standard terms
        "Updates the standard terms of sale and the website terms when the law changes, ensuring the sales team uses the current version.",
        # signing authority
        "Only the two directors named on the signing authority matrix may sign contracts above £50k",
        # data protection records and sharing agreements
        "Personal data breach log — every incident, even the ones not reported to the ICO",
        "The privacy notice is reviewed each year and whenever we start using a new system that holds customer data.",
        "Before a new system goes live, a DPIA is completed and signed off by the DPO.",
        "Data sharing agreements with the partner schools, reviewed every two years",
        # retention schedule
        "I keep the retention schedule and remind each team when their records are due for deletion",
        # fire risk and hazardous substances
        "Fire risk assessment reviewed annually and after any change to the building layout",
        "COSHH register for the cleaning cupboard: product, hazard, control, review date",
        "Portable appliance test results logged by room, failures listed for removal",
        # accident reporting
        "If an accident needs reporting under RIDDOR, the H&S coordinator files it within ten days and keeps a copy with the investigation.",
        # school trip risk assessments
        "Risk assessments for every school trip are checked by the EVC before the head signs off the visit",
        # landlord safety certificates
        "Gas safety certificates and EICRs are tracked per property and copies given to tenants within 28 days of each check.",
        "The asbestos register for each block is updated after every survey and sent to contractors before work starts.",
        "LOLER inspection reports for the passenger lifts — filed, defects chased",
        # premises, music and food licensing
        "If the designated premises supervisor leaves, the premises licence must be varied to name a new one before alcohol is sold again.",
        "TheMusicLicence renewal for the gym's classes and background music",
        "We register each new food unit with the local council 28 days before we start trading",
        # waste duty of care
        "Waste transfer notes kept for two years for every skip and bin collection",
        # church safeguarding and charity returns
        "Responsible for keeping the parish safeguarding policy and the annual safeguarding audit return to the diocese up to date.",
        "I file the charity's annual return and make sure every trustee has signed the eligibility declaration",
        # PSC register
        "PSC register kept current and changes notified within 14 days",
        # AML in estate agency and accountancy
        "The estate agency runs identity and source-of-funds checks on every buyer and seller before agreeing a sale, as the money laundering regulations require.",
        "client ID and AML risk assessment at engagement (accountancy practice)",
        # gifts, hospitality and conflicts
        "Gifts and hospitality over £50 go on the register, and anything offered by a bidder during a tender is declined.",
        "I send round the annual conflicts of interest declaration to the board and staff and chase the stragglers",
        # product conformity
        "Maintains the technical file and declaration of conformity for each product, ensuring UKCA and CE markings are backed by current test reports.",
        # food labelling
        "Before a new pack label goes to print, check it meets the food labelling rules, including allergen emphasis and the business address.",
        # anti-bribery risk
        "annual anti-bribery risk assessment for the export business",
        # trade marks
        "Trade mark renewal dates watched and renewals filed through our attorneys",
        # freedom of information
        "Within 20 working days of each Freedom of Information request a reply must go out, so the information officer logs and tracks every one.",
        # SOC 2 and customer questionnaires
        "Collects SOC 2 evidence each month: access reviews, change tickets, background check confirmations",
        "Completes customers' security and privacy questionnaires with input from IT, ensuring answers match our published policies.",
        # clinics: HIPAA and CQC
        "Business associate agreements signed with every vendor that touches patient records",
        "CQC registration kept current: registered manager, regulated activities, locations",
        # farm records
        "Spray records for every field kept ready for the farm assurance inspection",
        "Cattle movements reported within three days and passports kept with the herd register",
        # construction notifications
        "Assists the contracts manager with CDM duties, ensuring each notifiable project goes to HSE on an F10 and the construction phase plan stays current.",
        # venue contracts
        "Serve as reviewer of venue hire contracts before the events team signs, flagging cancellation charges, liability caps and insurance requirements.",
        # weights and measures
        "Annual verification certificates for the deli counter scales kept on file",
        # operator licence
        "Operator licence undertakings: drivers' hours, maintenance records, tachograph downloads",
        # accessibility
        "Website and app checked against WCAG 2.1 AA every year as part of our accessibility compliance",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        # fire drills and alarm tests
        "Runs the termly fire drill, times the evacuation and writes it up in the fire log.",
        "I do the weekly fire alarm test at the village hall and sign the log book",
        # workplace inspections
        "The H&S officer walks the factory monthly with a checklist and logs every finding with an owner and a date.",
        "Inspects the chemical store weekly and records bunding, labels and quantities against the COSHH register.",
        "Site safety inspections on each live job, photos uploaded to the compliance app",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        # subject access requests
        "When a subject access request comes in, log the date, confirm the requester's identity and send everything within one month.",
        # cease and desist, police requests
        "Respond to a cease and desist letter from a competitor over our product name",
        "Police request for CCTV footage or customer data — check the legal basis before releasing anything",
        # unusual contract terms
        "Reviews the unusual indemnity a large client insisted on and advises the directors whether to accept it.",
        # premises licence variation
        "One-off variation to the premises licence so the bar can stay open late on New Year's Eve",
        # breach assessment
        "After a laptop with client files was stolen, I worked out with our lawyer whether we had to tell the clients affected",
        # regulator information request
        "Handles a regulator's information request, collating documents and agreeing the response with the board.",
    ],
    ("legal_compliance", "back", "long_tail", "on_site"): [
        # inspections on the day
        "Accompanies the fire officer on an unannounced inspection and produces the fire risk assessment and test records on request.",
        "If the environmental health officer turns up, the kitchen manager shows the food safety records and temperature logs",
    ],
}

PRODUCTION: Blocks = {
    ("production", "back", "core", "on_site"): [
        # bakery
        "The baker starts the sourdough levain the night before and shapes the loaves from 4am for the 7am opening.",
        "laminating croissant dough and proving the trays overnight",
        "If the dough comes out of the mixer too warm, drop the water temperature for the next batch and note it on the bake sheet.",
        # florist
        "We make up the wedding bouquets and buttonholes the day before and keep them in the cold room",
        # print shop
        "Runs the wide-format printer and laminator for banners and posters, ensuring colours match the approved proof.",
        "Finishing: trimming, creasing, saddle-stitching",
        # sign making and framing
        "Weeds and applies vinyl lettering to van panels in the workshop",
        "Framing workshop: cut the moulding, join the corners, fit glass and backing",
        # alterations
        "Alterations are pinned at the fitting and sewn in the workroom within five days",
        # bike and car workshops
        "Bikes booked in for a service are stripped, cleaned, adjusted and test-ridden before collection.",
        "The technician carries out the interim service to the manufacturer's schedule and notes any advisories on the job card.",
        # dental and testing labs
        "we mill the zirconia crowns from the scans the practices send, then stain and glaze them;",
        "Samples are booked in, centrifuged and loaded on the analyser within an hour of arriving in the lab",
        "Responsible for testing clients' water samples to the accredited methods and reporting results in the LIMS, ensuring holding times are met.",
        # school kitchen
        "The school cook prepares two hot mains and a vegetarian option for 300 pupils, following the allergy list for each child.",
        # hotel housekeeping, laundry and banqueting
        "Each room attendant cleans 14 checkouts a shift to the room standard and reports any maintenance defects.",
        "Linen is sorted, washed, ironed and folded in the on-site laundry before the afternoon room turns",
        "Banqueting kitchen: canapés and plated mains for 200 covers",
        # council services
        "Bin crews empty every household bin on the round and report missed or contaminated bins on the in-cab device",
        "Potholes reported by the highway inspectors are filled within the 24-hour or 28-day response categories",
        "grounds maintenance: grass cutting, hedges, shrub beds on council land",
        # factory changeovers and first-off checks
        "Changeover on line 2: clean down, swap format parts, first-off check",
        "If the first-off part fails inspection, the setter adjusts the tool and resubmits before the run starts.",
        # sheet metal and finishing
        "Sets up and operates the press brake to drawings, ensuring bend angles and dimensions stay within tolerance.",
        "Jigs loaded and parts hung for the powder coating line, then cured at 200°C",
        # upholstery
        "I run the upholstery side — we cut the foam, sew the covers and fit them to the frames",
        # food factory filling
        "Operators keep the filling line at target weight and check a sample every 15 minutes",
        # construction trades
        "Ground workers fix the formwork and rebar and pour the slab once the engineer has signed it off",
        "Second fix: sockets, switches, lights",
        "Snagging list cleared room by room before handover",
        "If rain is forecast on pour day, the slab is put back and the formwork covered",
        "Responsible for bricklaying to line and level on new-build plots, working from drawings and keeping the plot tidy and safe.",
        # dairy, sheep and poultry farms
        "Milking at 5am and 3pm, cluster dipping and recording yields",
        "During lambing the shepherd checks the pens every two hours through the night.",
        "Within minutes of each milking the parlour is washed down and the clusters rinsed ready for the next one",
        "Eggs are collected twice a day, graded and packed into trays for the packhouse",
        # contract cleaning
        "Our cleaners do the evening clean at each client office: bins, desks, kitchens, toilets, vacuuming.",
        # event catering and community kitchens
        "Assists the head chef with buffets for weddings and corporate events, working to the event sheet and ensuring the food safety plan is followed.",
        "Volunteers cook the lunch club meals in the community centre kitchen",
        # fishmonger
        "Fish are filleted, pin-boned and packed on ice for the restaurant orders before 9am",
        # screen printing and embroidery
        "Screen printing the club kit orders: burn the screens, print, cure",
        "Before September, school logos are embroidered onto jumpers in batches of fifty",
        # pharmacy blister packs
        "Our pharmacy technicians make up the care home blister packs each week and a pharmacist checks every tray.",
        # property maintenance for client blocks
        "Maintenance operatives carry out repairs in client blocks: door closers, lighting, leaks",
    ],
    ("production", "back", "core", "remote"): [
        # accountancy firm client work
        "Prepares year-end accounts and corporation tax returns for the firm's limited company clients.",
        "client bookkeeping - we post their bank feeds and do their VAT returns every quarter",
        # payroll bureau
        "Serve as payroll specialist for a portfolio of bureau clients, running their weekly and monthly payrolls and sending each one its payslips and reports.",
        # managed IT services
        "Client staff tickets (password resets, mailbox access, printer faults) are resolved within the contracted SLA",
        # conveyancing
        "Responsible for a caseload of residential conveyancing files for clients, from instruction to completion, including searches, enquiries and the transfer.",
        # translation agency
        "Once a client's manual is translated in the CAT tool, a second linguist reviews it before delivery.",
        # design and video for clients
        "I design packaging artwork for our clients and take it through rounds of amends to print-ready files",
        "Edits client footage into a 90-second film plus cut-downs for social",
        # social media for agency clients
        "Schedules clients' social posts and reports their engagement to them monthly",
        # software house client builds
        "Our developers build and test the client's booking app in two-week sprints against the agreed scope.",
        # CNC programming
        "CNC programs written in CAM and proved out on the simulator before release to the shop floor",
    ],
    ("production", "back", "long_tail", "on_site"): [
        # failed batches and rejected parts
        "If a batch fails the weight check, the line leader quarantines it and the team reworks it the same shift.",
        "Reworks a batch of mis-drilled brackets after the customer rejects them",
        # special orders
        "Made a three-tier cake to the customer's own design for a golden wedding",
        "Special order: matching a replacement door panel for an antique cabinet",
        # breakdowns and rush runs
        "When the oven breaks down mid-bake, move the remaining dough to the retarder and finish the bake at the sister shop.",
        "Rush order - stop line 3 and run 500 extra units for the customer's promotion",
    ],
    ("production", "back", "long_tail", "remote"): [
        # client rush jobs
        "Client needs their accounts done in a week for a mortgage application, so squeeze it in ahead of the queue",
        "Rebuilds a client's website page by page after their old hosting company went bust",
        "Urgent translation of a court document over the weekend, quoted on Friday and delivered by Monday",
    ],
}

MANAGEMENT: Blocks = {
    ("management", "back", "core", "remote"): [
        # business plan
        "Writes the three-year business plan: where the firm is going, which markets, what it needs to get there.",
        # strategy away days
        "Once a year the directors go away for two days and agree the handful of things the company will focus on next.",
        "Strategy away day — agenda, pre-reads, output: top five priorities",
        # OKRs
        "Company OKRs set each quarter by the leadership team and cascaded to team objectives",
        # leadership meeting and scorecard
        "The managing director chairs the Monday leadership meeting and reviews the company scorecard with each head of department.",
        "weekly KPI review across sales, operations and cash, with actions owned by each director",
        # board pack
        "Prepares the quarterly board pack, ensuring papers go out a week before the meeting and decisions are minuted and followed up.",
        # charity trustees
        "Trustees agree the charity's five-year strategy and review progress against it at every board meeting.",
        # school governors
        "Governors sign off the school development plan each autumn and hold the head to account for its targets",
        # church council
        "The church's mission action plan is agreed by the PCC and reviewed at the annual meeting",
        # club committee
        "We're drawing up a five-year plan for the club: new clubhouse, junior section, ground lease",
        # university strategy
        "Leads the faculty's input to the university strategic plan, ensuring research and teaching targets align with institutional priorities.",
        # council corporate plan
        "Council plan priorities agreed by cabinet and monitored quarterly through the performance framework",
        # acquisitions
        "Responsible for screening acquisition targets against group strategy, building the investment case and presenting a shortlist to the board.",
        # founder succession
        "Succession planning for the founder's retirement over the next five years",
        "Me and my business partner sit down every quarter to decide what the firm should stop, start and keep doing",
        # organisation design
        "As we grow past 50 staff I'm redesigning the management structure and deciding who reports to whom",
        # delegation of authority
        "Delegation of authority matrix: who can commit the company to what, reviewed by the board annually",
        # net zero
        "The company's net zero target and the roadmap to reach it are set by the board, with progress reported in the annual report.",
        # shareholder letters
        "Quarterly letter to shareholders in the family company on results and direction",
        # clinic partners
        "The partners meet monthly to decide the practice's direction: new services, premises, whether to take on another partner.",
        # make or buy
        "Assists the CEO with the make-or-buy review, ensuring margin, capacity and supply risk are weighed for each product family.",
        # staff notes on direction
        "I write a short weekly note to all staff on the direction we're taking and what the leadership team decided",
        # branch targets
        "Each branch's growth and margin targets are set within the group plan",
        # hotel owner reviews
        "The general manager presents the hotel's annual plan to the owning company and agrees its capital priorities with them.",
        # farm diversification
        "We're deciding whether to turn the old barns into holiday lets or keep them for the sheep",
        # construction firm direction
        "Serve as chair of the monthly directors' meeting, setting which sectors and regions the building firm grows in and holding directors to the plan.",
        # agency service lines
        "we decide each autumn which new service lines the agency launches and which we drop",
        # scenario planning
        "Scenario planning: best, base and worst case for the next two years, with the actions we'd take in each",
        # mission and values
        "The mission and values are rewritten in workshops with the senior team, then rolled out to everyone",
        # annual report
        "The chair's statement and the strategic report are drafted by the CEO's office for the annual report",
        # members' AGM
        "presents the year's results and next year's plans to members at the AGM",
        # market entry
        "Assesses whether to enter the German market and sets out the options for the board",
        # board effectiveness
        "Board effectiveness review every year, externally facilitated every third",
        # cooperative governance
        "The co-op's members' council sets the strategy that the management team works to",
        # one-page plans and annual planning
        "The board's strategy is turned into a one-page plan that every department can follow",
        "Leads the annual planning cycle, ensuring company strategy is translated into product, sales and hiring bets with budgets attached.",
        "If the board rejects the draft plan, the CEO reworks the priorities and brings it back within a month.",
        # new head's vision
        "Within a term of starting, the new headteacher sets out a three-year vision to governors and staff.",
        # market and competitor review
        "Competitor and market review feeding the annual strategy refresh",
        # board calendar and charters
        "The governance calendar sets out when the board looks at strategy, the budget and its own performance",
        "Board charter review and the annual board calendar for the SACCO",
        # property company direction
        "Sets the five-year direction for the property company: which areas to buy in, which blocks to sell",
        # operating model
        "Operating model review: which functions stay central and which move to the regions",
        # non-profit plan refresh
        "strategic plan refresh for the non-profit, with a board retreat in the fall",
        # council term priorities
        "The chief executive and the leader agree the council's priorities for the four-year term.",
        # owner's yearly goals
        "I set three goals for the shop each January and we check them at every staff meeting",
        # family firm direction in India
        "As joint MD of the family firm, I agree with the board which state we expand into next and who leads it",
    ],
    ("management", "back", "long_tail", "remote"): [
        # takeover approach
        "When a competitor made an offer for the business, the board hired advisers and weighed the bid against staying independent.",
        # office exit and second shop
        "Whether to pull out of the Leeds office when the lease break comes up: paper for the partners",
        "Weighs up a second shop: lease, staffing, likely turnover, and whether the owner can be in two places at once",
        # crisis after a fire
        "After the fire at the main plant, the CEO sets up a crisis group and decides where production moves for the time being.",
        # outside strategic review
        "Approves an outside strategic review of the group by consultants and agrees their terms of reference.",
        # new distribution centre location
        "Compares three locations for the new distribution centre on cost, labour and road access and recommends one to the board.",
        # leadership reshuffle
        "When the founder stepped back, I had to reshape the leadership team and decide who took on what",
        # merger proposal
        "Leads the trustees' decision on a proposed merger with a neighbouring charity, starting with an options paper.",
        # customer failure
        "If a key customer goes bust, the directors meet that week to decide which plans to pause",
        # pilot outside the plan
        "sign-off for a pilot in a new region that isn't in this year's plan",
        # exception to group strategy
        "Exception to the group strategy: approve a small acquisition outside our core markets",
    ],
    ("management", "back", "long_tail", "on_site"): [
        # acquisition site visits
        "Tours the sites of the two businesses we're thinking of buying before the board makes an offer",
    ],
}
# fmt: on

LINES: list[Row] = flatten(FINANCE, PAYROLL, IT, LEGAL, PRODUCTION, MANAGEMENT)
