"""Near-pairs on both sides of eight back-office function boundaries, mostly as steps and timed rules.

A classifier that reads one line alone mixes up functions whose lines share the setting, the
verb, the document or the generic words (form, request, schedule, report, order, check, booking,
list, system, log). These lines come in near-pairs across eight boundaries: product development
and production (prototypes, recipes, trials and pilot runs vs making the goods), product
development and management (product roadmaps and feature priorities vs company direction), IT
and legal_compliance (security settings, accounts and backups vs data protection law, regulators
and breach reporting), HR and legal_compliance (contracts, right-to-work, DBS, grievances and
inductions vs employment law, statutory records and risk assessments), finance and procurement
(invoices, budgets and supplier ledgers vs quotes, purchase orders and supplier selection),
finance and payroll (accruals, control accounts and budgets vs pay runs, deductions and benefits),
finance and legal_compliance (tax, audit and statutory accounts vs registers, licences, filings
and regulators) and management and HR (structure, leadership, headcount and culture decisions vs
the people work that carries them out). The two sides of a pair share most words and only the
object, purpose or domain word decides, as shared/LABELING.md sections 1-3 read it. The lines
come from shops, clinics, dental and vet practices, schools, churches and clubs, councils,
universities, factories, warehouses, hotels and restaurants, charities, agencies, software firms,
construction, farms, property managers and law and accounting firms in several countries, about
half as checklist or conditional steps. About one line in six is `long_tail` (one case, a
request, an approval, an exception or a one-off project); `on_site` where someone must be there.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
PRODUCT_VS_PRODUCTION: Blocks = {
    ("product_development", "back", "core", "remote"): [
        # product specifications
        "Step 3: draft the specification for the new desk lamp, listing materials, wattage and the target unit cost.",
        # greeting card range
        "Develops next year's Christmas card range, from mood boards to finished artwork for the trade catalogue, ensuring every design is costed.",
        # ready meal specs
        "Food technologist sets the shelf-life target and ingredient declaration for each ready meal still in development",
        # refill pouch concept
        "packaging concept for the new refill pouch - three options to the review panel",
        # software prototype
        "Once the discovery interviews are written up, mock up the new self-booking feature in Figma and test it with five users.",
        # formulation log
        "Formulation trials log: trial no., ingredients, pH, viscosity, outcome",
        # pilot batch sheets
        "Pilot batch sheets",
        # house types
        "Before the next land purchase, the design team works up two new house types and prices each against the target build cost.",
        # university course design
        "course design for the new part-time MA in heritage management: modules, assessments, placements",
        # agency service design
        "We're designing a monthly SEO package for small clients and trying out the deliverables on two friendly accounts first",
        # reformulation
        "If the salt reduction target isn't met in trial 4, go back to the flavour house for another seasoning blend.",
    ],
    ("product_development", "back", "core", "on_site"): [
        # restaurant menu testing
        "Head chef cooks three versions of each new autumn dish on a quiet Monday and the owners pick one before it is costed.",
        # bakery trials
        "Trial the gluten-free sourdough in small test bakes, noting hydration and proof time for every attempt.",
        # brewery pilot brews
        "Hop trial for the new pale ale: split one wort into four fermenters with different dry hops and taste them blind.",
        # cosmetics stability
        "Stability trial for the new moisturiser - samples in the 40°C cabinet, checked at weeks 4, 8 and 12",
        # pilot runs
        "pilot run of the lower-sugar granola clusters on the coating line to see whether they clump",
        # furniture prototype
        "Our workshop makes one prototype of each new sideboard design so we can test the drawers and finish before it goes in the catalogue.",
        # farm cheese trial
        "If the sheep's milk trial cheese sets well, scale the recipe up to a 100-litre test vat next month.",
        # modular pod mock-up
        "Build a mock-up bathroom pod in the yard and walk the plumbing layout with the engineers.",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        # distributor market variant
        "On request from the Irish distributor, adapt the label artwork and recipe for their market (director sign-off).",
    ],
    ("product_development", "back", "long_tail", "on_site"): [
        # custom colour sample
        "Custom colour trial on the dye bench for the hotel chain pitch, only if sales confirm the interest",
    ],
    ("production", "back", "core", "on_site"): [
        # restaurant prep
        "Prep the autumn menu dishes for tonight's service and date-label every tub before 5pm.",
        # bakery production
        "Bake the sourdough loaves for the morning wholesale orders by 5am and leave them cooling on the racks",
        # brewery production
        "Transfer the standard pale ale to the bright tank on day ten and carbonate it for Monday's kegging.",
        # cosmetics filling
        "Fill and cap the moisturiser jars for this week's retail orders; check the batch code on every tenth jar.",
        # line runs
        "Coating line runs the standard granola clusters for the weekly order - record check weights every hour",
        # furniture making
        "Assemble the walnut sideboards to the approved drawings, then sand and oil each one before it is wrapped.",
        # cheese making
        "Make the weekly cheddar in the big vat and turn the wheels in the maturing store on Fridays.",
        # pod installation
        "Install the bathroom pods on floors 3 to 5 and connect them to the risers.",
        # card printing
        "print, trim and box the Christmas card orders by design",
        # ready meal assembly
        "Line operatives assemble the ready meals to the spec, seal the trays and pass each one through the metal detector.",
        # lamp inspection
        "Before the shift ends, QC pulls ten finished desk lamps off the line and checks them against the spec sheet.",
        # dye house
        "Dye the production lot to the approved shade card and write the lot number on the job card.",
        # kitchen production plan
        "Weekly kitchen production plan: soups, sauces, cakes, bread",
        # batch release
        "Once the micro results are back clear, QA releases the finished moisturiser batch for packing.",
        # hotel breakfast
        "Hotel kitchen breakfast service: ovens on at 6, buffet up by 6.45",
    ],
    ("production", "back", "core", "remote"): [
        # agency client websites
        "Build client websites from the approved wireframes and hand them over on the agreed launch date.",
        # translation firm
        "Turn around client translations of safety data sheets into French within five working days, with a second linguist's check.",
        # architecture practice
        "Produces planning drawings for each client's extension from the approved concept, ensuring they are ready for submission to the council on time.",
    ],
    ("production", "back", "long_tail", "on_site"): [
        # rework after failed check
        "If a batch fails the check weigh, rework it before release (shift manager sign-off).",
        # rush order
        "Rush order of 200 bedside tables for the new hotel site - extra Saturday shift in the workshop, if approved",
    ],
}

PRODUCT_VS_MANAGEMENT: Blocks = {
    ("product_development", "back", "core", "remote"): [
        # product roadmap
        "Product manager updates the product roadmap after each sprint review, moving features between now, next and later.",
        "Quarterly product roadmap: features, design work, engineering estimates",
        # backlog priorities
        "Move the three most-requested features from the ideas board to the top of the backlog before sprint planning.",
        "If a feature request comes up in three or more user interviews, add it to the discovery board for the designers.",
        # concept testing
        "Concept test the two new crisp flavours with 200 consumers and report which one to take into development.",
        # after-school club programme
        "Designs the new after-school club programme, covering activities, age groups, session length and the materials each session needs.",
        # vet plan design
        "service design for the new pet dental plan - what each visit includes and how often",
        # launch readiness
        "Two weeks before launch, the product team checks the new app release against the acceptance criteria and fixes any blocking bugs.",
        "Soft launch of the new ordering app to one branch's regulars, feedback collected before rollout to all branches",
        # design sprints
        "Run a five-day design sprint on the new checkout flow and finish with a prototype tested on real shoppers.",
        # stage-gate reviews
        "Stage-gate review for each product in development: concept, feasibility, prototype, pilot",
        # short course design
        "Develops new short courses for professionals, ensuring each one has learning outcomes, tested materials and a pilot cohort before it opens to the public.",
        # charity service design
        "we're designing a home-from-hospital support service and trying the referral form and call script with 10 volunteers",
        # technical feasibility
        "engineering spike: can the new sync feature work offline? report back in a week",
        # acceptance criteria
        "Step 5: write acceptance criteria for every user story in the new invoicing module and attach the screen designs.",
    ],
    ("product_development", "back", "core", "on_site"): [
        # afternoon tea menu
        "The pastry chef trials the new afternoon tea items in the hotel kitchen before the summer launch.",
        # insulation panel lab
        "R&D tests the new insulation panel prototypes in the lab until they hit the target U-value.",
    ],
    ("product_development", "back", "long_tail", "remote"): [
        # prototype after board approval
        "If the board approves the product idea, build a first working prototype of the app within six weeks.",
        # big customer feature request
        "Feature requests from our largest customer go to the product manager for a one-off design review.",
        # tender mock-up
        "On request from sales, mock up a custom variant of the reporting dashboard for the council tender.",
    ],
    ("management", "back", "core", "remote"): [
        # company roadmap
        "Leadership team updates the company's three-year roadmap each autumn, deciding which markets and business lines to grow.",
        "Three-year company plan: markets, headcount, investment, exit",
        # company priorities
        "Rank the company's strategic priorities for next year and cut the list to five before the board away day.",
        "If a new opportunity doesn't fit the five company priorities, the MD turns it down.",
        # vet practice direction
        "The partners decide whether the vet practice opens a second surgery or adds out-of-hours cover next year.",
        # school direction
        "Governors decide whether the school should open a sixth form, and when",
        # restaurant business case
        "Board reviews the business case for opening a third restaurant and agrees how it will be funded.",
        # charity contract decision
        "business case to the trustees: should the charity bid for the council's home-from-hospital contract?",
        # market entry
        "Before the company enters Germany, the CEO sets the market entry milestones and the budget ceiling.",
        "go/no-go on the US launch - board, March",
        # portfolio review
        "Each quarter the leadership team decides which of our four brands gets more investment and which is put up for sale.",
        # bakery growth
        "Each January I decide where the bakery's growth comes from next - wholesale, another shop or online",
        # university strategy
        "University executive approves which new faculties and campuses go into the ten-year strategy.",
        # construction firm direction
        "The directors agree where the firm goes over the next five years: more public sector frameworks, fewer private housing jobs.",
        # all-hands strategy
        "CEO presents the company strategy and yearly goals at the all-hands and explains what we stop doing",
        # job-ad bullet
        "Leads the executive team in setting company direction, ensuring every new business line, launch and investment fits the agreed strategy and risk appetite.",
        # one-page annual plan
        "Step 5: the MD writes the one-page annual plan for the company - three goals, an owner each, the budget - and shares it with all staff.",
    ],
    ("management", "back", "long_tail", "remote"): [
        # investor offer
        "If an investor offers to fund a new division, the board weighs it up at a special meeting.",
        # law firm new office
        "One-off strategy day for the partners to decide whether the law firm opens an office in Manchester",
        # exception to plan
        "Exception to the annual plan: CEO sign-off for entering a market we had ruled out",
    ],
}

IT_VS_LEGAL: Blocks = {
    ("it", "back", "support", "remote"): [
        # laptop encryption
        "Check the Intune compliance report each week and encrypt any staff laptop that shows as unencrypted.",
        # quarterly access review
        "Quarterly access review: IT removes stale accounts in the patient records system and ends any shared logins.",
        # mailbox retention settings
        "Set the Microsoft 365 retention policy so mailbox items are deleted automatically after seven years.",
        # backups
        "Every Monday, test a restore of one folder from last night's backup and note the result in the IT log.",
        # firewall logs
        "Keep firewall logs for 90 days on the log server, then let them roll off.",
        # mail gateway
        "Block auto-forwarding of company email to personal accounts in the mail gateway rules.",
        # phishing simulation
        "every quarter, send a fake invoice email to all staff from the phishing tool and book the clickers onto a 20-minute refresher",
        # SSO for new apps
        "Once a new software vendor's contract is signed, set up single sign-on for their app and add it to the leavers checklist.",
        # M365 security job bullet
        "Administers Microsoft 365 security settings, ensuring MFA, conditional access and mailbox auditing are switched on for every user and reviewed each month.",
        # firewall rules review
        "Ask the managed service provider to list every open port on the office firewall and close the ones nobody uses",
        # monthly patching
        "Monthly patching: servers on the Saturday after release, laptops by the next Friday",
        # restore tests
        "restore tests",
        # dental practice logins
        "Give the new hygienist a login to the practice software with the clinical role, not the admin one.",
        # school filtering
        "Termly check of the school's filtering: blocked categories, YouTube restricted mode, exam-room exceptions",
        # contractor account expiry
        "A week before a contractor's account expires, IT emails their manager to ask whether to extend the login or close it.",
        # security alerts
        "If the endpoint tool flags ransomware behaviour on a PC, cut it off the network from the console straight away.",
    ],
    ("it", "back", "support", "on_site"): [
        # disk wiping
        "we get the IT guy in to wipe the old PCs before they go for recycling",
        # NAS drive swap
        "When the NAS beeps with a degraded disk, fit the spare drive from the cupboard and wait for the rebuild to finish.",
    ],
    ("it", "back", "long_tail", "remote"): [
        # lost laptop
        "If a laptop is reported lost, wipe it remotely and reset that user's passwords the same day.",
        # erasure execution
        "Once legal approves an erasure request, IT deletes the person's account from the CRM and confirms in the ticket.",
    ],
    ("it", "back", "long_tail", "on_site"): [
        # infected PC rebuild
        "Security incident ticket: isolate the infected reception PC, reimage it and restore the user's files",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        # record of processing
        "Record in the register of processing activities that staff laptops hold client personal data and how they are protected.",
        # quarterly access review
        "Quarterly access audit: the compliance officer checks who opened which patient records and reports any snooping to the Caldicott guardian.",
        # retention schedule
        "Agree with our solicitor how many years the practice must keep patient notes, unsuccessful CVs and old invoices",
        # backup provider DPA
        "Before signing with the backup provider, check their data processing agreement says backups stay in the UK or EU.",
        # subject access requests
        "Subject access requests go on the SAR tracker the day they arrive, with the one-month deadline worked out",
        # personal email rule
        "Remind staff that the data protection policy bans sending client data to personal email addresses.",
        # GDPR training
        "GDPR refresher e-learning every January; chase anyone not done by February",
        # vendor due diligence
        "When a new software vendor is proposed, review their privacy terms and where they host our data before anyone signs.",
        # DPO job bullet
        "Acts as the firm's data protection lead, keeping the record of processing up to date, handling subject access requests and advising teams on DPIAs.",
        # DPIA
        "DPIA for the new HR system - before go-live",
        # DPIA log
        "DPIA log",
        # school data sharing
        "Pupil data sharing agreements with the local authority, reviewed every summer",
        # patient privacy notice
        "Update the patient privacy notice after the move to cloud records and send it to the practice manager for sign-off.",
        # HIPAA
        "No vendor gets PHI until a signed HIPAA business associate agreement is on file.",
        # data destruction certificates
        "we keep the recycler's certificates of data destruction in the GDPR file",
        # contractor confidentiality
        "Before a contractor sees any customer records, make sure the confidentiality and data protection clauses in their contract are signed.",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        # clean desk audit
        "During the data protection audit, walk the office after 6pm and note any unlocked cabinets holding personal files.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        # lost laptop breach decision
        "If a laptop holding customer data goes missing, write it into the breach log and tell the affected customers if the risk to them is high.",
        # incident report to regulator
        "Write up the incident report for the insurer and the regulator: what data was exposed, when we found out and who we told.",
        # Australian notifiable breaches
        "Under the notifiable data breaches scheme, assess a suspected breach within 30 days and notify the OAIC if it is likely to cause serious harm.",
        # erasure decision
        "When an erasure request comes in, check whether we have a legal reason to keep the data before agreeing to it.",
    ],
}

HR_VS_LEGAL: Blocks = {
    ("hr", "back", "support", "remote"): [
        # right-to-work checks
        "If a new starter's visa runs out within a year, diarise a follow-up right-to-work check and tell them when it is due.",
        # written terms
        "HR adviser issues the signed offer and the written statement of terms within the new starter's first week.",
        # disciplinary invitations
        "Invite the employee to the disciplinary meeting in writing, with at least 48 hours' notice and the right to be accompanied.",
        # sickness policy
        "Update the sickness absence policy and brief the line managers on the new trigger points",
        # manual handling training
        "Book new warehouse staff onto manual handling training in their first week.",
        # DBS applications
        "New dinner ladies can't start until their DBS is back, so HR chases the umbrella body every three days.",
        # US background checks
        "Once the offer is accepted, order the candidate's background check through Checkr and track it to clear.",
        # volunteer youth leaders
        "Recruit and induct volunteer youth leaders for the church club, including their safeguarding training",
        # ER job bullet
        "Handles employee relations cases from first contact to outcome, ensuring investigations are fair, well documented and follow the disciplinary procedure.",
        # investigation notes
        "disciplinary investigation notes + witness statements",
        # contracts from template
        "I do the contracts for new staff myself from an ACAS template",
        # sponsored workers welcome
        "Welcome pack and help finding accommodation for sponsored workers arriving from abroad",
        # pay bands
        "Review the pay bands each spring so that similar roles across the practices sit in the same band.",
        # probation extensions
        "If a new starter's probation goals aren't met, extend probation by one month and set the new goals in writing.",
        # food hygiene course
        "Step 2: book the new chef onto the level 2 food hygiene course and put the expiry date in their training record.",
        # disciplinary outcome
        "Once the disciplinary outcome is decided, send the letter within five days and explain how to appeal.",
    ],
    ("hr", "back", "support", "on_site"): [
        # induction tour
        "New starter induction walk-round on day one: fire exits, first aiders, canteen, lockers",
    ],
    ("hr", "back", "long_tail", "remote"): [
        # grievance hearing
        "When a grievance comes in, HR arranges the hearing within five working days and takes the notes.",
        # mediation
        "a manager asks HR to sit in on a clear-the-air meeting between two chefs who keep clashing",
        # phased return after injury
        "After the warehouse operative's injury, HR agrees lighter duties and shorter hours with occupational health for the first month back.",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        # handbook vs new law
        "Ask our solicitor each April which new employment laws mean the contracts and handbook need changing.",
        # manual handling risk assessments
        "Keep the manual handling risk assessments for the warehouse current and signed by the site manager",
        # single central record
        "Single central record: log DBS certificate numbers, dates and checks for every adult working in school, ready for Ofsted.",
        # FCRA
        "Make sure every background check decision follows the FCRA pre-adverse and adverse action notice rules.",
        # safeguarding policy
        "The trustees review the youth club's safeguarding policy each year and send the signed copy to the diocese",
        # employment law job bullet
        "Advises the business on employment law risk, drafting settlement agreements and representing the company in early conciliation and at tribunal.",
        # tribunal bundle
        "employment tribunal bundle - index and page numbers",
        # solicitor check of contracts
        "we pay an employment solicitor to check our contract templates once a year",
        # sponsor licence reporting
        "Report changes to sponsored workers on the sponsor management system within 10 working days.",
        # working time opt-outs
        "Keep the signed 48-hour opt-outs for drivers on file for the working time audit.",
        # gender pay gap
        "Publish the gender pay gap figures on the government portal by 4 April and sign the written statement",
        # right-to-work file audit
        "Every six months, sample twenty right-to-work files and note any missing copies or expired visas for the directors.",
        # whistleblowing log
        "whistleblowing log kept by the compliance officer, reported to the audit committee",
        # food hygiene certificates
        "Step 2: check every food handler's hygiene certificate is in date and filed before the environmental health visit.",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        # fire risk assessment
        "Go round the hostel with the fire assessor each year and give every finding an owner and a date.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        # settlement agreement
        "Solicitor reviews the settlement agreement before it goes to the departing employee.",
        # tribunal claim
        "If an employee lodges a tribunal claim, send the ET1 to the employment lawyer and diarise the response date.",
        # RIDDOR
        "Forklift injury at the depot: RIDDOR report online, insurer told, accident book entry copied to the H&S file",
        # OSHA log
        "When a recordable injury happens at the US plant, enter it on the OSHA 300 log within seven days.",
        # solicitor's letter
        "Once a former employee's solicitor writes in, stop direct contact and pass the letter to our employment lawyer the same day.",
    ],
}

FINANCE_VS_PROCUREMENT: Blocks = {
    ("procurement", "back", "support", "remote"): [
        # purchase orders
        "Raise a purchase order in Xero for anything over £500 before the supplier starts work.",
        # three quotes
        "Compare quotes from three ventilation firms for the replacement kitchen extraction fan and send the order to the cheapest compliant one.",
        # supplier onboarding
        "supplier onboarding: questionnaire, insurance certificates, price list agreed",
        # approved catalogue
        "Buy from the approved catalogue so that office spend goes to our preferred suppliers",
        # spend analysis
        "Quarterly spend analysis to find categories where we can cut the number of suppliers",
        # stationery ordering
        "Order the stationery every other Tuesday from the online account, checking the cupboard list first.",
        # contract renegotiation
        "Three months before the waste collection contract renews, benchmark the lift charges with two other hauliers and renegotiate.",
        # school catering tender
        "Run a tender for the school catering contract with at least three bidders and score them on quality and price.",
        # farm inputs
        "i buy the spring fertiliser early from the co-op when the price is lower",
        # construction buying
        "Buyer places orders for bricks and blocks against the build programme, two weeks ahead of each plot.",
        # hotel amenities
        "Order the toiletries and bathrobes for all three hotels from the approved supplier list each month",
        # university requisitions
        "Raise requisitions on the e-procurement portal so the buyer can get a quote",
        # packaging sourcing job bullet
        "Sources and negotiates with packaging suppliers, ensuring price, lead time and minimum order quantities support the production plan.",
        # toner
        "I shop around for the printer ink and toner every few months",
        # damaged goods
        "If goods arrive damaged, ask the supplier for replacements and tell them it counts against their score.",
        # vet drugs wholesaler
        "Compare the two veterinary wholesalers' prices on our top 50 drugs before we switch our main account.",
        # framework catalogue first
        "Step 1: check the item isn't already on the framework catalogue before asking anyone for a quote.",
        # cleaning supplier approval
        "Before a new cleaning supplier is approved, ask for their price list, insurance and two client references.",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        # single source justification
        "Single-source justification for buying the lab microscope without a tender (head of department sign-off)",
        # urgent buy for new site
        "Urgent buy of desks and chairs for the new site - two quotes are enough if the director agrees",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # three-way match
        "AP clerk holds any supplier invoice whose price differs from the PO and asks the buyer to sort it out before the payment run.",
        # capital items
        "Post the replacement kitchen extraction fan to fixed assets and start depreciating it next month.",
        # vendor master set-up
        "Bank detail check on every new supplier: finance rings the number on their letterhead before the first payment is released.",
        # budget holder reports
        "budget holder report: spend against budget, commitments, accruals",
        # goods received not invoiced
        "At month end, list deliveries with no invoice yet and post them as an accrual.",
        # stationery invoices
        "Code the stationery invoice to office costs and pay it on 30-day terms",
        # prepayments
        "Prepay the annual software licences and release the prepayment monthly to the P&L",
        # catering invoices
        "Check the catering contractor's monthly invoice against meal numbers before it is paid.",
        # co-op account
        "Pay the co-op account by direct debit and reconcile it to the monthly statement",
        # job ledger
        "Cost the bricks and blocks invoices to each plot in the job ledger.",
        # hotel cost of sales
        "Work out the kitchen's gross profit each month from purchases and the opening and closing stock",
        # grant codes
        "Grant accountant checks each requisition is charged to an open grant code with money left in it.",
        # AP job bullet
        "Processes supplier invoices end to end, ensuring each one is coded, approved and paid on time and that supplier statements reconcile.",
        # supplier payments
        "I sit down on Fridays, approve the supplier invoices in Dext and pay them from the bank app",
        # credit notes
        "Post the supplier credit note for the damaged goods and offset it against the next payment.",
        # vet drugs rebate
        "When the wholesaler's quarterly rebate statement arrives, post the rebate against drug costs.",
        # right group company
        "Step 1: check the invoice is addressed to the right company in the group before it is coded.",
        # new supplier in purchase ledger
        "Before the first payment to the new cleaning firm, add them to the purchase ledger with their VAT number and payment terms.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        # advance payment to new supplier
        "Pay a new supplier 30% upfront, as a one-off, if the director signs the risk note",
        # unbudgeted spend
        "If a department asks for money outside its budget, the finance manager decides whether to move funds from another line.",
    ],
}

FINANCE_VS_PAYROLL: Blocks = {
    ("payroll", "back", "support", "remote"): [
        # Christmas bonus
        "Pro-rate the Christmas bonus for part-timers and new starters before it goes on the December payslips.",
        # FPS
        "EPS to HMRC by the 19th for the statutory pay we are reclaiming",
        # pension deductions
        "Work out employee and employer pension deductions and send the contribution schedule to the provider after each run.",
        # mileage through payroll
        "Add approved mileage claims to the next payslip as a non-taxable payment.",
        # US quarterly filings
        "Deposit federal withholding semi-weekly and state withholding monthly, per the deposit schedules",
        # benefit deductions
        "New hire chose the family dental plan? Start the pre-tax deduction on their first paycheck.",
        # pay rises
        "Apply the April pay rises in the payroll system and check the first payslips before they are released.",
        # BACS file
        "Upload the net pay file to the bank portal on Tuesday for Friday's wages; a second person approves it.",
        # tronc
        "Share out the tronc points for the restaurant staff and add them to the weekly pay.",
        # P11D
        "Payroll the fuel benefit for the two van drivers from April instead of reporting it on P11Ds.",
        # overtime from clock cards
        "enter the weekend overtime from the clock cards into the pay run",
        # commission
        "Sales commission: pull each rep's paid invoices from the CRM, apply the tiered rates and add it as its own line on the month-end payslip.",
        # super
        "Check every casual's super fund details are in the payroll before the quarter's contributions go out",
        # Form 16
        "Collect employees' rent receipts and investment proofs in January so the salary TDS for the last quarter comes out right.",
        # payroll job bullet
        "Runs weekly and monthly payrolls for 400 staff, ensuring statutory deductions, pension auto-enrolment and attachment orders are calculated correctly.",
        # first person
        "Thursday nights I key the hours into Xero payroll and send out the payslips",
        # late hours
        "Hours that come in after Monday's cut-off are held and paid with the next weekly run, marked as arrears.",
    ],
    ("payroll", "back", "support", "on_site"): [
        # cash wage packets
        "Count the cash wages into envelopes on Thursday afternoon and have each picker sign the pay sheet.",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        # off-cycle payment
        "Off-cycle payment for a leaver who was underpaid, if the manager confirms the missing hours",
        # salary sacrifice opt-out mid-year
        "If someone asks to leave the cycle-to-work scheme early, work out the remaining deductions and take them from the next pay.",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # bonus accrual
        "Accrue the Christmas bonus pot in the monthly management accounts from June onwards.",
        # PAYE in the cash forecast
        "Put the Employment Allowance saving into the cash flow forecast so the lower PAYE payments early in the year are expected",
        # pension deficit
        "Pay the agreed deficit contributions to the old final salary scheme each month and show the pension liability in the accounts.",
        # expense claims
        "Go through each expense claim for missing receipts and out-of-policy items before Friday's reimbursement run.",
        # sales tax returns
        "Use tax on out-of-state equipment purchases accrued and paid with the quarterly return",
        # health insurer invoice
        "Pay the health insurer's monthly premium invoice and reconcile it to the census.",
        # staff cost budget
        "Build next year's staff cost budget with the expected pay rise and the new roles the directors agreed.",
        # cash for payday
        "Make sure there is enough in the current account for the payroll BACS on the 25th.",
        # card tips
        "Bank the card tips each week and move them into the tronc bank account",
        # company car fleet
        "Depreciate the company car fleet monthly in the fixed asset register.",
        # overtime cost reporting
        "analyse overtime cost against budget for the ops director every month",
        # commission accrual
        "Accrue commission owed at quarter end and release the accrual once it is paid.",
        # BAS
        "BAS each quarter: GST collected, GST paid, PAYG instalment",
        # management accounts job bullet
        "Prepares monthly management accounts, including staff cost analysis by department, accruals and variance commentary for the directors.",
        # first person bank feed
        "I reconcile the Xero bank feed on Thursday nights too, once the wages are done",
        # staff cost variance
        "If staff costs in the management accounts jump by more than 5% in a month, explain the variance before the pack goes to the directors.",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        # petty cash float
        "Withdraw cash from the bank for the petty cash float and count it in with a second person.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        # overpayment write-off
        "Write off a staff overpayment that won't be recovered (board approval)",
        # staff loan
        "If the directors approve a season ticket loan, set it up as a staff debtor on the balance sheet and track the repayments.",
        # unusual expense claim
        "Expense claims with missing receipts go to the finance director, who decides on each one whether to reimburse.",
    ],
}

FINANCE_VS_LEGAL: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        # statutory accounts
        "File the statutory accounts at Companies House once the directors have signed them.",
        # fixed asset register
        "Depreciation run and asset register roll-forward before the books close each month",
        # audit adjustments
        "Send the auditors the bank confirmation authority and the fixed asset additions list three weeks before fieldwork.",
        # expense claims vs hospitality
        "Code client entertaining on expense claims to a separate account because it isn't tax deductible.",
        # business rates
        "Pay the council business rates instalments by direct debit and check the bill each April.",
        # credit checks
        "New trade customer? pull a credit report and set the limit before the first delivery goes on account.",
        # charity accounts
        "Draft the charity's SORP accounts fund by fund and send them with the working papers to the independent examiner by the end of July.",
        # corporation tax
        "Pay the corporation tax nine months and a day after the year end and file the return by the 12-month deadline",
        # client account reconciliation
        "Transfer fees from client account to office account only once the bill has gone to the client.",
        # VAT MTD
        "Partial exemption calculation for the VAT on the church hall lettings, done with each quarter's return",
        # US state sales tax
        "Texas and Ohio sales tax: monthly returns, with exempt sales backed by resale certificates",
        # insurance prepayment
        "Spread the annual insurance premium as a prepayment over the policy year.",
        # covenant tests
        "Each quarter, test the loan covenants from the management accounts and send the certificate to the bank",
        # grant claims
        "Claim the grant in arrears each quarter with copies of invoices and proof of payment.",
        # statutory accounts job bullet
        "Drafts the year-end financial statements and notes, working with the auditors so that the accounts can be signed within four months of the year end.",
        # first person
        "the accountant does our year-end and the tax return",
        # year-end pack
        "Within 30 days of the year end, send the accountant the trial balance, bank statements and the stock figure.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        # HMRC enquiry
        "If HMRC opens an enquiry into the corporation tax return, pull the workings and reply by their deadline.",
        # fine tax treatment
        "Post the regulator's fine as a disallowable expense in this year's corporation tax computation.",
        # late filing penalty appeal
        "Appeal the late filing penalty on the VAT return if we have a reasonable excuse",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        # confirmation statement
        "Before filing the confirmation statement, check the shareholder list and SIC codes against the minute book.",
        # PSC register
        "When shares change hands, write up the transfer in the register of members and file the new PSC details",
        # gifts and hospitality register
        "Sign the anti-bribery clause into every new distributor agreement before the first order ships",
        # premises licence
        "Pay the annual premises licence fee to the council before the anniversary date, or the licence can be suspended.",
        # KYC
        "Verify the identity and source of funds of each new conveyancing client before the file is opened.",
        # Charity Commission
        "Report serious incidents to the Charity Commission as they happen and tick the declaration on the yearly return",
        # FCA return
        "Submit the FCA regulatory return twice a year and keep the evidence behind each figure",
        # LLC annual report
        "Renew the registered agent and keep the LLC in good standing in every state where it is registered.",
        # grant conditions
        "Check the grant agreement's conditions on publicity, procurement rules and clawback before the project starts.",
        # company secretarial job bullet
        "Maintains the statutory books and Companies House filings, ensuring board minutes, share allotments and changes of officers are recorded on time.",
        # first person
        "our solicitor files changes of directors at Companies House for us",
        # new director filing
        "Within 14 days of a new director joining, get their signed consent and record the appointment at Companies House.",
        # waste licence
        "waste carrier registration and transfer notes for the site, ready for inspection",
        # anti-bribery training
        "Register of licences and permits: alcohol, music, waste, signage - renewal dates and who holds each",
        # insurance certificates for landlords
        "Each year, send the landlord our public liability insurance certificate as the lease requires.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        # regulator fine
        "If a regulator fines us, log it, tell the board and agree the remedial actions with a deadline.",
        # accounts rules breach
        "COLP logs any breach of the accounts rules and reports the material ones to the SRA",
        # loan agreement review
        "Before signing, the lawyer reviews the new loan agreement's default and security clauses",
        # hospitality offered by a supplier
        "If a supplier offers the buying team match tickets, log it in the anti-bribery register and ask compliance before accepting.",
        # licence variation
        "Apply to vary the premises licence for the new terrace, if the council's licensing team agrees",
    ],
}

MANAGEMENT_VS_HR: Blocks = {
    ("management", "back", "core", "remote"): [
        # headcount plan
        "Board approves next year's headcount plan by department as part of the budget.",
        # CEO succession
        "Board agrees the CEO succession plan, including who steps in if the chief executive leaves suddenly.",
        # values
        "The founders set the company's values and decide what behaviour is never acceptable from the leadership team",
        # staff survey themes
        "Leadership team picks three company-wide priorities for next year's plan from the staff survey themes.",
        # weekly leadership meeting
        "Weekly leadership team meeting: trading, big decisions, risks",
        # appointing a director
        "Appoint a new operations director and decide which areas report to them.",
        # parish direction
        "The vicar and churchwardens decide whether the parish takes on the second church in the benefice",
        # school governors
        "School governors vote on joining a multi-academy trust",
        # council structure
        "Chief executive proposes merging the housing and planning directorates to the council's cabinet.",
        # hiring freeze
        "CEO decides to freeze hiring until the end of the year after the Q2 numbers",
        # in-house housekeeping
        "Owners decide to bring housekeeping in-house instead of relying on the agency across all three hotels.",
        # org design options
        "org design options paper - for the board",
        # board succession
        "Board succession",
        # job-ad bullet
        "Leads the senior team in setting the group's direction, ensuring the annual plan, budget and organisation design support the five-year strategy.",
        # first person
        "As MD I decide who sits on the management team and what each of them owns",
        # spans of control
        "If a director has more than eight direct reports, the CEO reviews the structure at the next leadership offsite.",
        # farm succession
        "We're deciding as a family who takes over running the farm when Dad retires, and when",
        # roles the company needs
        "Before the year starts, the leadership team decides which roles the company can no longer afford and which new ones it needs.",
    ],
    ("management", "back", "long_tail", "remote"): [
        # restructure decision
        "Leadership team decides the new organisation structure - three regions instead of five - and when it takes effect.",
        # factory shift pattern
        "The board decides to move the factory to four shifts to win the new contract, a one-off change to how the company runs.",
        # chair succession
        "If the chair retires next spring, the board picks a successor from the non-executives by December.",
    ],
    ("hr", "back", "support", "remote"): [
        # requisitions from plan
        "Turn the approved headcount plan into job requisitions and a hiring timeline for each department.",
        # succession charts
        "Keep the succession charts for team leader roles and book the high-potential staff onto the leadership course.",
        # values in hiring
        "Build the company values into the job ads, interview questions and appraisal form.",
        # staff survey
        "Run the annual staff survey and send each manager their own team's results",
        # leadership development
        "Leadership development programme for new team leaders: six workshops and a coach",
        # director recruitment
        "Run the recruitment for the operations director role with the search firm and book the final interviews.",
        # youth worker job ad
        "Write the job description for the new youth worker and advertise it through the diocese.",
        # INSET training
        "Organise the INSET day training programme for teaching staff and book the outside speakers",
        # housekeeping recruitment
        "Recruit 15 room attendants for the new in-house housekeeping team and plan their induction.",
        # org charts in HRIS
        "reporting lines in the HRIS fixed within a week of any reshuffle",
        # workforce planning job bullet
        "Partners with department heads on workforce planning, ensuring vacancies, promotions and development plans match the approved headcount.",
        # first person survey
        "I put the staff survey together in Google Forms each spring and share the anonymous results at the team meeting",
        # exit interviews
        "Within two weeks of a resignation, hold an exit interview and add the reasons to the leavers report.",
        # grading new roles
        "Before a new role is advertised, HR checks it fits the agreed headcount and grades it against the job family.",
        # culture champions
        "Train the culture champions in each branch and give them the monthly engagement pulse to run",
    ],
    ("hr", "back", "long_tail", "remote"): [
        # restructure consultation
        "Once the new structure is agreed, HR runs the consultation meetings and issues the at-risk letters.",
        # slotting appeals
        "Map council staff to posts in the new directorate and handle any slotting appeals.",
        # shift consultation
        "Consult staff on the new shift pattern and send out the contract variation letters, if the consultation closes without changes.",
        # hiring freeze comms
        "Pause the open job ads and tell candidates already in process about the hiring freeze",
        # interim cover
        "If a manager leaves suddenly, arrange interim cover from the agency until the post is filled",
    ],
}
# fmt: on

LINES: list[Row] = flatten(
    PRODUCT_VS_PRODUCTION,
    PRODUCT_VS_MANAGEMENT,
    IT_VS_LEGAL,
    HR_VS_LEGAL,
    FINANCE_VS_PROCUREMENT,
    FINANCE_VS_PAYROLL,
    FINANCE_VS_LEGAL,
    MANAGEMENT_VS_HR,
)
