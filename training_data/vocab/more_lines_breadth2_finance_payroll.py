"""Finance and payroll lines from a second set of sub-areas, industries and countries.

A first pass (more_lines_breadth_finance_payroll) covered about forty common corners of each
function; real pages keep bringing vocabulary from corners it never touched, and then the model
guesses the function from a generic verb. These lines cover forty more per function: airline,
airport, rail, ship-management, defence-contract, oil and gas joint venture, clinical-trial,
emissions, trade-finance, forestry, property, law-firm trust, royalty, sport, gaming, parish,
embassy, cooperative, microfinance, telecom, university, prison, council, mess, fund, dealership
and marketplace accounting, small-firm and sole-trader books, and indirect tax in Latin America,
the Middle East, Eastern Europe, Southeast Asia, Canada and Africa; and for payroll airline crew,
rail, offshore, armed forces, stock plans, continuous shifts, garment, fishing, forestry, film,
sport, casino, clergy, embassy, SACCO, campus, prison and council pay, small employers, care work,
mobile-money wages and the statutory payroll of Latin America, the Gulf, Eastern Europe, East and
Southeast Asia, more of Africa, Canada, Australia, Europe and US states. At most four lines per
sub-area so that the specialist term carries the function. Most are the routine `support` process
and remote; about one in eight is `long_tail` (one-off set-ups, approvals, disputes and
corrections of a single case), and a few are `on_site` where cash, chips, collections or paper
tallies are handled in person (shared/LABELING.md, sections 2 and 5).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
FINANCE: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        # airline passenger revenue accounting
        "Settles the monthly IATA Clearing House statement after reconciling interline billings with partner airlines.",
        "Releases flown coupons from the air traffic liability and books passenger revenue by sector.",
        "Unflown ticket liability and breakage review",
        "Prorating multi-sector tickets between carriers under the special prorate agreements;",
        # aircraft leasing
        "Bills lessees their monthly maintenance reserves from the reported flight hours and cycles for each engine.",
        "Maintenance reserve roll-forward per airframe",
        # airport concessions and charges
        "Works out concession turnover rent from each retailer's monthly sales return and compares it with the minimum annual guarantee.",
        "Invoices airlines for landing, aircraft parking and passenger service charges using the movements data.",
        "Aeronautical charges billing",
        # ship management
        "Prepares the monthly vessel running-cost report for each shipowner, daily OPEX against budget.",
        "Reconciles each master's cash statement and the vessel bank account to the owners' ledger.",
        # rail
        "Posts the monthly ticket revenue allocation from the industry settlement system and agrees it to station remittances.",
        "Track access charges: verifying variable usage invoices from the infrastructure manager",
        "Prepares the quarterly subsidy claim to the transport authority under the rail franchise agreement.",
        # defence contract accounting
        "Prepares the annual incurred cost submission for DCAA, with fringe, overhead and G&A pool calculations.",
        "Trues up provisional billing rates against the actual indirect rates at fiscal year end.",
        "Segregates unallowable costs under FAR 31.205 in their own general ledger accounts.",
        "CAS disclosure statement upkeep",
        # oil and gas joint ventures
        "Issues joint interest billings to non-operating partners every month and chases unpaid cash calls.",
        "Tracks actual spend against every approved AFE and reports the variances to the JV partners.",
        "Lease operating statements by well",
        "Runs the monthly revenue distribution to royalty and working interest owners from the division order deck.",
        # production sharing contracts
        "Prepares cost recovery statements under the production sharing contract for the national oil company.",
        # clinical trials and R&D tax
        "Estimates clinical trial accruals from CRO invoices, investigator site payments and patient enrolment data.",
        "Reconciling investigator grant payments to the visit schedule in the CTMS.",
        "Prepares the SR&ED claim: eligible expenditure schedules and the T661 form.",
        "R&D tax relief claim schedules (qualifying consumables, subcontracted R&D, EPW costs)",
        # emissions and environmental taxes
        "Accounts for EU ETS allowances held and accrues the obligation to surrender them for the year's emissions.",
        "Files the quarterly Plastic Packaging Tax return with HMRC.",
        "carbon tax returns on fuel combusted, prepared from the monthly fuel ledger",
        # trade finance
        "Presents export documents under letters of credit to the negotiating bank and follows the proceeds until they are credited.",
        "Monitors export proceeds realisation in EDPMS and gets open shipping bills closed by the AD bank.",
        "Bank guarantees & standby LC register",
        "Maintains the documentary collections log and records bills of exchange accepted by overseas buyers.",
        # forestry
        "Calculates timber depletion per cubic metre harvested for the plantation accounts.",
        "Stumpage dues payable to the Crown on scaled volumes",
        # real estate and property management
        "Prepares the annual service charge budget for each block and the year-end service charge reconciliation for leaseholders.",
        "CAM reconciliation: prorating common area costs to tenants by square footage and raising true-up invoices",
        "Updates the rent roll in Yardi after renewals, rent reviews and indexation.",
        "Straight-lining rent-free periods on let commercial units",
        # law firm trust accounting
        "Completes the monthly three-way reconciliation of the IOLTA trust account, client ledgers and bank statement.",
        "Reconciles the client account under the SRA Accounts Rules at least every five weeks.",
        "Lock-up and WIP days by fee earner, reported monthly",
        "Posting disbursements to client matters in Aderant so they go out on the next bill.",
        # professional services billing
        "Reviews pre-bills with engagement partners and sends out client invoices by working day three.",
        "Engagement realisation and write-down analysis",
        # media and royalty accounting
        "Prepares half-yearly author royalty statements, net of the reserve against returns.",
        "Royalty income processing: PRS, PPL and mechanical royalties matched to the catalogue",
        "Amortises acquired film and programme rights across their licence windows.",
        # sport
        "Amortising player registration costs over each contract and recording transfer fee instalments payable and receivable.",
        "Matchday income reconciliation (ticketing, hospitality, kiosks)",
        "Compiles the squad cost ratio return for UEFA's financial sustainability rules.",
        # gambling
        "Calculates gross gaming yield and files the monthly Remote Gaming Duty return.",
        "Reconciles customer wallet balances to the segregated player funds bank account every day.",
        "Progressive jackpot liability accrual",
        # religious bodies
        "Prepares the parish annual accounts and the financial return to the diocese.",
        "church treasurer: enter weekly offerings from the counting sheets and bank Gift Aid envelopes separately",
        "Pays the monthly parish share to the diocese and reports it against budget to the PCC.",
        # embassies and international organisations
        "Reconciles the mission's imprest account and sends the monthly cash return to the foreign ministry.",
        "Remits consular fee collections to the treasury and agrees them to the receipts register.",
        "Files the embassy's quarterly VAT refund claim under the diplomatic exemption.",
        "Converts local-currency transactions at the UN operational rate of exchange in Umoja.",
        # cooperatives and SACCOs
        "Maintains the member share capital register and works out patronage refunds at year end.",
        "Posting member deposits and loan repayments in the SACCO system and reconciling them with the bank.",
        # microfinance
        "Computes PAR30 and the loan loss provision from the portfolio report each month end.",
        "To do the daily reconciliation of M-Pesa paybill collections with the individual loan accounts.",
        "Portfolio at risk by branch",
        # telecoms
        "Reconciles inter-operator interconnect invoices with the traffic records and settles the net balance.",
        "Roaming settlement: TAP files, IOT discount rates and the monthly clearing house invoices",
        "Deferred revenue on unused prepaid airtime",
        # universities and research institutions
        "Prepares the F&A indirect cost rate proposal for negotiation with the cognizant federal agency.",
        "Processes cost transfers on sponsored awards with a written justification inside 90 days.",
        "Unitises new gifts into the pooled endowment and calculates the annual spending distribution.",
        "Sets recharge rates for core research facilities and bills internal users each month.",
        # prisons
        "Maintains inmate trust fund accounts: deposits, commissary deductions and balances paid on release.",
        "Reconciling the prisoners' private cash ledger to the establishment bank account weekly.",
        # local councils
        "Reconciles the collection fund for council tax and business rates and schedules the precept payments.",
        "Housing revenue account budget monitoring",
        "Calculates the minimum revenue provision and the prudential indicators for the capital programme.",
        "Monitors section 106 developer contributions received, committed and spent by scheme.",
        # armed forces non-public funds
        "Audits the officers' mess accounts and the regimental non-public funds each quarter.",
        "Mess bills: monthly members' accounts and chasing arrears",
        # fund administration
        "Calculates the daily NAV of the fund and reconciles positions and cash with the custodian.",
        "Processes capital calls and distributions to limited partners and updates each partner's capital account.",
        "Distribution waterfall & carried interest workings",
        # pension scheme and IAS 19
        "Prepares the trustees' annual report and accounts for the defined benefit pension scheme.",
        "IAS 19 entries from the actuary's report: DB obligation, plan assets and remeasurements",
        # motor dealerships
        "Reconciles the floor plan statement to vehicles in stock and settles each unit with the lender once it is sold.",
        "Tracks contracts in transit until the finance house funds each vehicle deal.",
        "Posting vehicle deals in CDK and reconciling the new car control account",
        # marketplaces and payments
        "Reconciles Amazon settlement reports, splitting sales, fees, refunds and reserve holds in the ledger.",
        "Shopify Payments payout reconciliation in A2X",
        "Records chargebacks and dispute fees from the card processor statement against the sales ledger.",
        # franchisors
        "Invoices franchisees monthly royalty and brand fund fees based on their reported net sales.",
        # unclaimed property
        "Files the annual unclaimed property report for stale-dated vendor checks after the due diligence letters go out.",
        # customs duty accounting
        "Reconciles the monthly duty deferment account statement to import entries.",
        "Downloading postponed import VAT statements and claiming the input VAT on the return",
        # factoring and invoice finance
        "Submits invoice schedules to the factor and reconciles advances, discount charges and the retention.",
        # digital assets
        "Reconciles on-chain wallet balances to the crypto sub-ledger and records impairment where needed.",
        # EU funds
        "Prepares expenditure claims for ERDF co-financed projects with ledger extracts and proof of payment.",
        # commodity trading and client money
        "Marks physical commodity positions to market and reconciles broker margin statements.",
        "Performs the daily client money calculation and reconciliation under CASS 5 for the insurance brokerage.",
        # Islamic finance
        "Recognises murabaha profit over the financing term using the effective profit rate.",
        "Calculates profit distribution to investment account holders from the mudaraba pool.",
        # sole traders and small firms
        "Prepares the owner's self-assessment return with the self-employment pages and payments on account.",
        "Quarterly estimated tax payments (1040-ES) for the LLC owner",
        "snap receipts into Dext and match them to the bank lines in Xero",
        "Keeping the cash book for a one-person business and recording the owner's drawings apart.",
        "MTD for Income Tax: quarterly updates for a landlord's rental income",
        # Mexico and Brazil
        "Issues CFDI 4.0 invoices and payment complements through the PAC for Mexican customers.",
        "Conciliación CFDI: matching invoices downloaded from the SAT portal to the ledger",
        "Validating suppliers' NF-e XMLs and booking ICMS and PIS/COFINS credits for the Brazilian entity.",
        "Submits the SPED ECD and ECF files to the Receita Federal each year.",
        # Colombia, Chile, Peru
        "Applies retención en la fuente and ReteICA on supplier payments and files the monthly withholding return with DIAN.",
        "Chile: DTE invoices sent to the SII and the RCV purchase register reconciled",
        "Peru: keeping the electronic books (PLE) and the monthly PDT 621 for IGV",
        # Gulf and Egypt
        "Files the UAE VAT return on EmaraTax and keeps tax invoices and credit notes per the FTA rules.",
        "Prepares the UAE corporate tax computation and checks small business relief eligibility.",
        "Clears B2B invoices through ZATCA under the Fatoora phase 2 integration.",
        "Egypt: e-invoices submitted to the ETA portal and the quarterly withholding tax form 41",
        # Eastern Europe
        "Sends sales invoices to KSeF and downloads purchase invoices for the Polish company.",
        "Submits the Romanian D406 SAF-T file and monitors RO e-Factura uploads.",
        "Prepare the Czech VAT control statement (kontrolní hlášení) every month.",
        "Hungary NAV Online Számla invoice reconciliation",
        # Southeast Asia
        "Uploads e-Faktur for PPN output tax and withholds PPh 23 on Indonesian service vendors.",
        "Issues withholding tax certificates (50 Tawi) to Thai suppliers and files PND 53 monthly.",
        "Issues BIR 2307 certificates to payees and reconciles the creditable withholding tax claimed.",
        "Malaysia: MyInvois e-invoices and the SST-02 return",
        "vietnam VAT declaration and e-invoice reconciliation",
        # Canada
        "Files GST/HST and QST returns and agrees input tax credits to the purchase ledger.",
        "T2 corporate return schedules for the year-end file",
        # more of Africa
        "Computes VAT with the NHIL and GETFund levies for the Ghana Revenue Authority return.",
        "Checks every sale went through EFRIS and reconciles the monthly URA VAT return.",
        "Reconciles the Tanzania VAT return to the EFD Z-reports from each shop.",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Balances the casino cage at shift change: chips, cash and markers agreed to the cage count sheet.",
        "Sits in the soft count room with two other counters to count the table games drop.",
        "Counts the Sunday collection with a second counter and seals it in a numbered bank bag.",
        "Collects weekly loan repayments at group meetings in the villages and writes receipts on the spot.",
        "Receives cash and postal orders for inmates at the visits hall and issues numbered receipts.",
        "Cashes up the forecourt tills at the end of each shift and drops the takings into the safe.",
        "Attends the year-end stock count as finance observer and test counts selected bins.",
        "Holds the unit's imprest cash in the safe and pays out against signed vouchers.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Answers DCAA requests for supporting vouchers raised during an incurred cost audit.",
        "Asks partners to approve a supplementary AFE when a well is forecast to overspend.",
        "Reviews tenants' rent deferral requests one by one and puts agreed arrangements to the asset manager.",
        "Residual client balances on closed matters: tracing the client or seeking approval to release the money",
        "Arranges an LC amendment with the bank when the buyer asks to extend the latest shipment date.",
        "Cancels and reissues a CFDI when a customer disputes the invoice, getting the customer's acceptance on the SAT portal.",
        "Writes off an individual microfinance loan once the credit committee decides there is no prospect of recovery.",
        "Sets up the books, chart of accounts and bank mandates for a newly incorporated subsidiary.",
        "Works out the accounting when a sell-on clause is triggered by a former player's transfer.",
        "Prepares a voluntary disclosure to correct a VAT error found in an earlier period.",
        "Approves exceptions to the DSA rates for a traveller sent to a high-cost duty station.",
        "Processes virement requests between budget heads when a service manager asks, within the financial regulations.",
        "Investigating a returned SWIFT payment to an overseas supplier and arranging the recall or resend",
        "Reviews a lessee's claim to be reimbursed for an engine shop visit out of maintenance reserves, case by case.",
        "Answers a SAT requerimiento on the VAT refund claim, sending the supporting CFDIs and bank statements.",
        "Takes a member's request to withdraw share capital early to the SACCO board for approval.",
    ],
    ("finance_accounting", "back", "long_tail", "on_site"): [
        "Recounts a parish collection with the churchwardens after a discrepancy is reported.",
        "Opens the district office safe with the internal auditor for an unannounced cash count.",
    ],
}

PAYROLL: Blocks = {
    ("payroll", "back", "support", "remote"): [
        # airline crew pay
        "Calculates flight duty pay, sector pay and layover allowances for cabin crew from the rostering system.",
        "Crew per diems by layover station",
        "Imports block hours from the crew management system for the monthly pilot pay run.",
        # rail
        "Pays train crew mileage payments, Sunday rates and rest-day working from the driver diagrams.",
        # offshore
        "Runs rotation payroll for offshore crews on 14/14 and 21/21 hitches, with offshore and hardship allowances.",
        "Pays day-rate offshore personnel from the daily POB reports.",
        # armed forces
        "Processes pay and allowance changes in JPA when a service person is promoted or posted.",
        "Applies operational allowance and longer separation allowance for deployed personnel.",
        "Military pay: BAH entitlements and combat zone tax exclusion on the LES",
        # stock plans through payroll
        "Deducts ESPP contributions every pay period and sends the totals to the plan administrator before each purchase.",
        "Reports non-qualified stock option exercises as supplemental wages and collects the tax withholding.",
        "ISO disqualifying dispositions added to W-2 wages",
        # continuous shift plants
        "Tracks annualised hours balances for continuous shift operators and pays call-out and standby payments.",
        "Four-on four-off shift rota: bank holiday working premiums",
        # garment factories
        "Prepares garment workers' wages by grade, adding attendance bonus and overtime, and uploads salaries to bKash.",
        "Piece-rate wages per operation for sewing line operators",
        "Prepare salary of the workers according the attendance register and share the payslip to every worker.",
        # fishing crew shares
        "Prepares crew share settlements from the net catch value after each trip, using the agreed lay.",
        # forestry piece work
        "Pays tree planters per seedling planted from the daily tallies and tops up anyone under minimum wage.",
        # film and TV production payroll
        "Processes production crew timecards with meal penalties and sixth- and seventh-day rates under the union agreement.",
        "Calculates residuals for SAG-AFTRA performers and remits the pension and health fringes.",
        "Loan-out payments and union fringe reports",
        # sport
        "Pays appearance, win and points bonuses to players from the club's bonus schedule after each fixture.",
        "Allocates duty days by state for withholding nonresident income tax on athletes' pay.",
        # casinos
        "Pools dealer tokes daily and shares them out by hours worked through payroll.",
        # clergy
        "Runs clergy payroll with the housing allowance kept out of income tax withholding but included for SECA.",
        "Pays stipends to clergy and the car allowance to assistant curates each month.",
        # embassies and international organisations
        "Runs the local staff payroll for the embassy under the host country's labour law and social security rules.",
        "Post adjustment and staff assessment on UN professional salaries",
        "Pays national staff salaries in local currency from the salary scale approved for the duty station.",
        # SACCO check-off
        "Deducts SACCO loan repayments and savings by check-off and remits the schedule to each cooperative.",
        # universities and research
        "Runs labor distribution so salaries charge to the right grants, and follows up effort certifications.",
        "Pays summer salary to nine-month faculty out of their sponsored projects.",
        "Applies the FICA student exemption for student workers enrolled at least half time.",
        "Graduate assistant stipends and taxable tuition waivers",
        # prisons
        "Calculates prisoners' wages from the workshop attendance sheets and credits them to their private cash accounts.",
        # local councils
        "Pays councillors' basic and special responsibility allowances through the payroll.",
        "Processes fees for poll clerks, presiding officers and count staff after each election.",
        # Mexico
        "Stamps a CFDI de nómina for every payslip and pays IMSS and INFONAVIT contributions through SUA.",
        "Calculates aguinaldo and the PTU profit share for Mexican employees.",
        # Brazil
        "Sends eSocial events and pays FGTS and INSS through DCTFWeb for the Brazilian staff.",
        "13º salário, first and second instalments",
        "Calculates férias with the one-third bonus before each employee's holiday starts.",
        # Colombia, Chile, Peru, Argentina
        "Colombia payroll: PILA contributions, prima de servicios and cesantías deposits",
        "Declares AFP, health and unemployment insurance contributions through Previred for Chilean staff.",
        "Peru: CTS deposits in May and November, July and December gratificaciones, PLAME filing",
        "argentina SAC aguinaldo and the F.931 social security return",
        # Gulf
        "Generates the WPS salary information file and sends it through the exchange house before the deadline.",
        "Calculates end-of-service gratuity accruals for UAE and Qatar staff.",
        "Registers Saudi hires with GOSI and updates their contributory wages monthly.",
        "Uploads the monthly payroll to Mudad for Saudi wage protection.",
        "Oman PASI and Bahrain SIO contributions",
        # Eastern Europe
        "Files ZUS DRA declarations and PPK contributions for the Polish team and issues PIT-11 forms by end of February.",
        "Submits the D112 monthly declaration for Romanian salaries.",
        "Czech payroll: social and health insurance reports to ČSSZ and the health insurers",
        "Hungary: the monthly 08 payroll tax and contributions return",
        # Southeast and East Asia
        "Calculates PPh 21 and BPJS Ketenagakerjaan and Kesehatan contributions for Indonesian employees.",
        "Pays the THR religious holiday allowance to Indonesian staff before Eid.",
        "Thailand: Social Security Fund contributions and the monthly PND 1",
        "Computes Vietnam social, health and unemployment insurance and finalises PIT for staff at year end.",
        "Hong Kong MPF contributions, IR56B at year end and IR56F or IR56G for leavers",
        "Japan: year-end adjustment (nenmatsu chōsei) and resident tax special collection",
        "Updates China social insurance and housing fund contribution bases every July.",
        "Korea: four major insurances and the year-end tax settlement",
        # more of Africa
        "Ghana payroll: SSNIT tier 1 and tier 2 contributions and PAYE to GRA",
        "Deducts NSSF and local service tax for Ugandan staff and remits them on time.",
        "Tanzania: SDL, NSSF and WCF contributions alongside monthly PAYE",
        "Zambia NAPSA and NHIMA contributions",
        # Canada
        "Calculates Ontario Employer Health Tax and files the annual return.",
        "Quebec payroll: QPIP, CNESST and Health Services Fund contributions",
        "Reports insurable earnings to the provincial WCB every year.",
        # Australia
        "Lodges the monthly state payroll tax return with Revenue NSW and does the 30 June annual reconciliation.",
        "Prepares the FBT return for car fringe benefits and meal entertainment.",
        "Portable long service leave levy returns for construction workers",
        # Europe
        "Spain: SILTRA contribution files, quarterly modelo 111 and annual modelo 190",
        "Italy: cedolino, TFR accrual, F24 payments and the Certificazione Unica",
        "Registers starters through Dimona and files the quarterly DmfA for Belgian staff.",
        "Sweden: monthly arbetsgivardeklaration på individnivå",
        "Norway: a-melding every month and feriepenger paid out in June",
        "Swiss payroll with AHV/AVS, BVG pension and Quellensteuer for B permit holders",
        "Transmits the Austrian Lohnzettel L16 by the end of February.",
        "Pays Dutch sick pay continuation (loondoorbetaling bij ziekte) at 70% in the second year of illness.",
        # US state and local
        "Withholds California SDI and files the DE 9 and DE 9C every quarter.",
        "Deducts New York Paid Family Leave and DBL disability contributions.",
        "Ohio municipal income tax withholding through RITA by work location",
        "Washington Cares and PFML premiums",
        # ACA reporting
        "Prepares Forms 1094-C and 1095-C and tracks variable-hour employees over the look-back measurement period.",
        "ACA affordability safe harbour testing",
        # pre-tax benefits
        "Sets up HSA and FSA deductions under the Section 125 plan and funds employer HSA contributions each pay period.",
        "Pre-tax commuter benefit deductions for transit and parking",
        # small employers
        "Runs a director-only payroll at the personal allowance and sends the RTI submission each month.",
        "Household employee payroll for a nanny, with Schedule H at tax time",
        "Sets a reasonable salary for the S corp owner and runs it through Gusto monthly.",
        "pay the two part-timers every friday through square payroll",
        # care sector
        "Checks sleep-in shift payments and travel time between client visits against minimum wage.",
        "Domiciliary care pay: travel time between calls",
        # mobile money and paycards
        "Disburses casual wages through M-Pesa B2C bulk payments and matches the results file to the payroll.",
        "Paycard loading for unbanked employees",
        # earned wage access
        "Recovers earned wage access advances from net pay and reconciles the balances with the EWA provider.",
        # payroll outsourcing to bureaus
        "Sends the monthly variable pay inputs to the payroll bureau and checks their payslips and reports before approving.",
        "Payroll input sheet to the provider by the 15th",
        # agency worker pay
        "Processes weekly PAYE pay for agency temps from timesheets approved by the client sites.",
    ],
    ("payroll", "back", "support", "on_site"): [
        "Pays cash wages to garment workers on the factory floor and takes thumbprints on the wage sheet.",
        "Settles crew shares in cash on the quay once the catch is sold.",
        "Collects the paper tally sheets from the planting camps each evening for the piece-work payroll.",
        "Checks the muster roll against the labourers actually present on site before daily wages are paid.",
        "Enrols new starters' fingerprints on the time clock at the site gate so their hours reach the payroll.",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Recalculates a pilot's pay after a roster disruption claim is upheld.",
        "Processes a death-in-service final salary payment to the employee's estate.",
        "Runs parallel payrolls during the migration to Workday Payroll and signs off the differences.",
        "Corrects a rejected eSocial event for one employee and resubmits it.",
        "Arranges payroll and an A1 certificate for an employee seconded abroad at short notice.",
        "Works out the tax on a settlement agreement payment, separating the ex gratia sum from contractual pay.",
        "Resolves a GOSI dispute where an employee's registered wage does not match the contract.",
        "Issues a corrected CFDI de nómina when an employee reports a wrong RFC.",
        "Pays reservist make-up pay for an employee back from mobilisation.",
        "Approves manual time edits for a whole shift when the biometric clock failed.",
        "Handles an employee's request to switch WPS salary payments to a new bank in the middle of the cycle.",
        "Recalculates the PTU profit share after the SAT adjusts the company's taxable profit.",
        "Sets up a one-off hardship payment through payroll approved by the bishop for a curate.",
    ],
    ("payroll", "back", "long_tail", "on_site"): [
        "Pays a worker in cash at the site office when the mobile money salary transfer failed.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(FINANCE, PAYROLL)
