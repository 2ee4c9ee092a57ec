"""Finance and payroll lines across their whole range of sub-areas, in practitioners' own words.

Real task lines from job ads, checklists, SOPs and service pages of every industry and country
bring the specialist vocabulary of one corner of a function (a port disbursement account, a
GSTR-2B match, a retention ledger, an EMP201, a tronc scheme, a WH-347) and the model, never having
seen those words, guessed the function from a generic verb. These lines cover finance_accounting
and payroll sub-area by sub-area (payables, receivables, close, assets, indirect and direct tax in
many countries, treasury, FP&A, cost, project, grant, public-sector, hospital, hotel, shipping,
insurance, bank and mining accounting; gross-to-net, time, overtime, statutory filings and
social contributions from the US, UK, Ireland, Australia, New Zealand, Canada, India, South
Africa, Kenya, Nigeria, the Philippines, Singapore, Malaysia and the EU, benefits, garnishments,
tips, crew and piece-rate pay) with at most four lines per sub-area, so the specialist term, not
a generic word, carries the function. Most are the routine `support` process and remote; about
one in eight is `long_tail` (write-offs, exceptions, off-cycle and one-off cases) and a few are
`on_site` where cash, cheques, pay packets, tags or time cards are handled in person
(shared/LABELING.md, sections 2 and 5).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
FINANCE: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        # accounts payable, three-way match
        "Performs the three-way match of supplier invoice, purchase order and goods received note before posting.",
        "Clear the GRNI accrual: chase receipts with no invoice older than 60 days",
        "Keying supplier invoices into the AP sub-ledger and coding them to the right cost centre;",
        "AP ageing review and supplier statement reconciliations",
        # accounts receivable and credit control
        "Sends dunning letters at 30, 60 and 90 days overdue from the aged debtors report.",
        "credit control: review customer credit limits against trade references and the latest accounts",
        "Allocating unapplied cash on customer accounts to the correct open invoices.",
        "Prepares the weekly aged receivables pack with DSO by region for the finance manager.",
        # bank and cash book
        "Reconcile the cash book to the bank statement daily and clear unpresented cheques.",
        "Bank reconciliation across 14 accounts in Xero",
        "Matches merchant settlement deposits from Stripe and Adyen to sales ledger receipts, net of fees.",
        # month-end close
        "Posts month-end accruals and prepayments and reverses last month's on day one.",
        "Maintains the close calendar and tracks each balance sheet reconciliation to sign-off.",
        "Month-end close (WD1-WD5): journals, accruals, reconciliations, trial balance review",
        "To prepare balance sheet control account reconciliations each month;",
        # fixed assets
        "Updates the fixed asset register for additions and disposals and runs monthly depreciation.",
        "Capitalises completed projects out of CWIP once the asset is in use.",
        "Fixed asset register: additions, transfers, impairment and depreciation schedules",
        # UK VAT
        "Files the quarterly VAT return through MTD-compatible bridging software.",
        "Prepare the EC Sales List and check reverse-charge entries on the purchase ledger.",
        "Reviewing partial exemption calculations for the annual VAT adjustment.",
        # EU indirect tax and e-invoicing
        "Submits the EU OSS return for distance sales of goods to consumers in other member states.",
        "Generate the SAF-T file for the Portuguese and Polish (JPK) tax authorities each month.",
        "Checks that outgoing invoices were accepted by the Italian SDI e-invoicing exchange.",
        "Exports the ledger to DATEV for the German Steuerberater at month end.",
        # Australia and NZ GST
        "Lodges the monthly BAS with GST, PAYG instalments and fuel tax credits",
        "Reconciling GST clearing accounts to the BAS lodged with the ATO.",
        "NZ GST returns filed two-monthly through myIR",
        # India
        "Reconcile purchase register with GSTR-2B and follow up suppliers on missing input tax credit.",
        "Files GSTR-1 and GSTR-3B by the due dates each month.",
        "Deducting TDS on vendor payments and filing the quarterly 26Q return.",
        "Generates e-invoice IRNs on the GST portal for B2B invoices above the threshold.",
        # Africa
        "Completes the VAT201 return on SARS eFiling every two months.",
        "Ensures every sales invoice is transmitted through KRA eTIMS before it is issued.",
        "Prepare monthly VAT and withholding tax schedules for FIRS in Nigeria.",
        # US sales and use tax
        "Monitors economic nexus thresholds by state and registers for sales tax where crossed.",
        "Maintains customer resale and exemption certificates in Avalara.",
        "Accrues use tax on untaxed purchases and files state sales & use tax returns.",
        # corporate tax
        "Prepares the quarterly income tax provision and deferred tax workings.",
        "Drafts the CT600 computation and capital allowances schedule for the tax adviser.",
        "Calculating corporation tax instalment payments for large companies.",
        # 1099 and vendor tax forms
        "Collects W-9s from new vendors and issues 1099-NEC forms to them from the AP ledger in January.",
        "Vendor tax form checks: W-8BEN-E for overseas suppliers before the first payment",
        # intercompany and transfer pricing
        "Reconciling intercompany balances monthly and agreeing differences with the other entities.",
        "Raises the quarterly transfer pricing recharge invoices between group companies.",
        "Prepare intercompany netting settlements through the in-house bank.",
        # consolidation and group reporting
        "Runs the group consolidation in OneStream, including eliminations and FX translation.",
        "Completes the subsidiary reporting pack for the group consolidation deadline.",
        "Consolidation & minority interest calculations",
        # statutory accounts
        "Prepares the annual statutory financial statements under FRS 102 and files them at Companies House.",
        "Drafting notes to the accounts and the directors' report disclosures.",
        "Statutory accounts for the Irish, Dutch and Singapore subsidiaries, with local auditors",
        # external audit
        "Coordinates the PBC list with the external auditors and uploads supporting schedules.",
        "Provides sample invoices and bank confirmations requested on the audit fieldwork tracker.",
        # treasury
        "Produces the 13-week cash flow forecast and updates it every Monday.",
        "Books FX forwards to hedge euro supplier payments per the hedging policy.",
        "Manages daily cash positioning and the cash pooling sweep across group accounts.",
        "treasury: monitor covenant headroom and draw on the revolving credit facility",
        # budgeting and FP&A
        "Builds the annual operating budget with cost centre owners in Adaptive Insights.",
        "Prepares monthly budget vs actual variance analysis with commentary for each cost centre.",
        "Maintains the rolling forecast and driver-based revenue model.",
        "FP&A: headcount cost forecast, opex phasing and reforecast cycles",
        # cost accounting (manufacturing)
        "Runs the standard cost roll-up from bills of materials and routings each quarter.",
        "Analysing purchase price, usage and labour efficiency variances against standard cost.",
        "Calculate product margins by SKU using activity-based costing.",
        # inventory valuation (finance side)
        "Reviews slow-moving stock for the net realisable value provision at quarter end.",
        "Valuing work-in-progress and finished goods for the balance sheet using FIFO costing.",
        # construction project accounting
        "Prepares monthly AIA G702/G703 payment applications for the project manager to certify.",
        "Tracks retentions receivable and payable on each contract in the retention ledger.",
        "Posting subcontractor payments and verifying subbies under CIS, then filing the monthly CIS300 return.",
        "Job costing & WIP schedules: over/under billings on percentage-of-completion contracts",
        # revenue recognition and SaaS metrics
        "Allocates transaction price to performance obligations under ASC 606.",
        "Maintains the deferred revenue waterfall for annual SaaS subscriptions.",
        "Reconciles MRR and ARR movements between the billing system and the general ledger.",
        "Rev rec: IFRS 15 contract reviews for multi-element deals",
        # leases
        "Maintains the IFRS 16 lease schedule and posts right-of-use asset depreciation and lease interest.",
        "Calculates ASC 842 lease liabilities for new property and vehicle leases.",
        # NGO and charity finance
        "Tracks restricted and unrestricted funds and prepares donor financial reports by grant.",
        "Submits Gift Aid claims to HMRC for eligible donations.",
        "Prepares the SORP trustees' annual report financial section.",
        "Grant accounting: allocating shared costs to USAID and EU-funded projects per the cost allocation plan",
        # public sector
        "Records encumbrances against appropriations and monitors available budget balances.",
        "To maintain the vote book and check funds availability before commitments are raised;",
        "Prepares IPSAS-compliant annual accounts for the municipal council.",
        "Preparing GASB 34 government-wide statements and the fund reconciliation.",
        # healthcare revenue cycle
        "Posts ERA 835 remittances and reconciles payer payments to the bank.",
        "Works claim denials and resubmits corrected claims to Medicare and commercial payers.",
        "Charge capture reconciliation: compare posted charges to the daily procedure log",
        "Prepares the annual Medicare cost report with the reimbursement team.",
        # hospitality finance
        "Completes the daily income audit and revenue report for the hotel's rooms, F&B and spa outlets.",
        "Manages the city ledger and bills direct-billing accounts for corporate guests.",
        "Reconciles POS revenue to card settlements and cash banked for each outlet.",
        "Food & beverage cost of sales calculation at month end",
        # expense claims and corporate cards
        "Audits employee expense claims in Concur against the T&E policy and receipt rules.",
        "Reconciling corporate card statements and chasing missing receipts.",
        "Pays mileage and per diem claims in line with HMRC approved rates.",
        # insurance finance
        "Reconciles premium bordereaux from coverholders and agrees balances due to the insurer.",
        "Posts outwards reinsurance premiums and recoveries to the technical ledger.",
        "IFRS 17 insurance contract liability roll-forward",
        # banking finance
        "Reconciles nostro accounts daily against SWIFT MT950 statements.",
        "Investigating and clearing aged items in suspense accounts.",
        "Product control: daily P&L attribution for the rates trading desk",
        # shipping and freight finance
        "Checks final port disbursement accounts against the proforma DA before settling with the agent.",
        "Prepares voyage results and demurrage invoices for each fixture.",
        "Audits carrier freight invoices against contracted rates before payment.",
        # retail finance
        "Reviewing store cash-up variances and investigating over/short reports.",
        "Tracks the gift card liability and breakage at month end.",
        # agriculture
        "Revalues biological assets and growing crops at fair value under IAS 41.",
        "Calculates grower payments for delivered cane and milk under the cooperative pricing formula.",
        # mining
        "Calculates monthly mineral royalties payable to the state on ore sold.",
        "Units-of-production depreciation for mine development assets",
        "Updating the mine rehabilitation provision and unwinding the discount.",
        # utilities
        "Estimates the unbilled revenue accrual from meter read data at month end.",
        "Prepares the regulatory accounts for the water regulator.",
        # education
        "Raises tuition fee invoices and manages student account balances in the finance system.",
        "Bursary and scholarship credits applied to student fee accounts each term.",
        # vendor master and payment runs
        "Maintains the supplier master file and checks new bank details with a call-back to a known number.",
        "Runs the weekly BACS payment run and approves it in the bank portal with dual authorisation.",
        "Uploads SEPA and ACH payment files and sends positive pay files to the bank.",
        # finance controls and other taxes
        "Performs SOX key control tests over the journal entry and account reconciliation process.",
        "Files monthly excise duty returns for bonded warehouse removals.",
        "Prepares the annual Zakat computation and return for ZATCA.",
        "Pays business rates and property tax instalments on the due dates.",
        # debt and equity
        "Accrues interest on term loans and prepares quarterly covenant compliance certificates for the lender.",
        "Calculates share-based payment expense under IFRS 2 for each option grant.",
        # ledger housekeeping in tools
        "Maintains the chart of accounts and cost centre hierarchy in NetSuite.",
        "set up bank feeds and bank rules in QuickBooks Online",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        "Counts the petty cash float weekly and tops it up against vouchers.",
        "Takes the daily store takings to the bank and lodges them with the paying-in slip.",
        "Opens incoming post, logs customer cheques on the remittance list and deposits them the same day.",
        "Counts the hotel's safe and front office cash floats with the duty manager every night.",
        "Walks each site with the asset register to tag new equipment and confirm tagged assets still exist.",
        "Issues imprest cash to the district office and checks receipts on the retirement visit.",
        "Cash office: counting till drawers, preparing the bank deposit and sealing cash bags for collection",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        "Reviews bad debt write-off requests case by case and approves those within delegated authority.",
        "Approves one-off credit limit increases for a customer's seasonal order above policy.",
        "Handles urgent same-day payment requests that fall outside the scheduled payment run.",
        "Investigating supplier bank detail change requests flagged as possible payment fraud.",
        "Responds to ad hoc HMRC VAT enquiries and compliance visit requests with supporting documents.",
        "Recovering duplicate payments from suppliers once identified in the AP audit.",
        "Reviews capital expenditure requests for special projects and prepares the payback case for sign-off.",
        "Approving exceptions to the expense policy, such as business-class flights or missing receipts.",
        "Refunds customer credit balances on the sales ledger on request, after checking no invoices are still open.",
        "Agreeing payment plans with customers in arrears, case by case.",
        "Disposal of an asset: calculates the gain or loss and updates the register for a one-off sale of surplus plant.",
        "Answers one-off information requests from the grant donor's monitoring visit.",
        "Manual journal exception approvals above the threshold",
        "Prepares ad hoc finance analysis for acquisitions and investment proposals as requested.",
    ],
    ("finance_accounting", "back", "long_tail", "on_site"): [
        "Counted and handed over cash advances to staff for an emergency field trip.",
        "Attends the branch to investigate a cash shortage in the safe and recounts with the branch manager.",
    ],
}

PAYROLL: Blocks = {
    ("payroll", "back", "support", "remote"): [
        # gross-to-net pay runs
        "Runs the gross-to-net calculation for weekly and monthly payrolls and checks the payroll register.",
        "Compares this period's payroll register to last period and explains every variance over 5%.",
        "Payroll cut-off: collect starters, leavers and changes by Wednesday noon",
        "Process semi-monthly payroll for 600 employees across three entities in ADP Workforce Now.",
        # timekeeping
        "Reviewing timecard exceptions in Kronos: missed punches, early clock-ins and unapproved hours.",
        "Approve weekly timesheets in UKG before the payroll import.",
        "Imports time and attendance data into the payroll system after supervisor sign-off.",
        "Timekeeping administration and time clock audits",
        # overtime and premiums
        "Calculates overtime for non-exempt employees under FLSA, including regular rate with bonuses.",
        "Applies shift differentials and weekend premiums from the rota.",
        "Checking daily overtime rules for California hourly staff.",
        # US payroll tax
        "Files the quarterly Form 941 and annual Form 940 and reconciles them to the payroll ledger.",
        "Updates state unemployment (SUI) rates from the annual rate notices.",
        "Sets up local earned income tax withholding for Pennsylvania work locations.",
        "Processes W-4 changes and state withholding certificates as they arrive.",
        # US year end
        "Produces W-2s at year end and reconciles Forms W-3 to the four quarterly 941s.",
        "Payroll year-end: taxable fringe review, W-2 box checks, SSA upload",
        # UK PAYE RTI
        "Submits the Full Payment Submission to HMRC on or before each pay date.",
        "Files the monthly EPS to claim statutory pay recovery and the Employment Allowance.",
        "Applies P6 and P9 tax code notices and student loan start notices from HMRC.",
        "Issues P45s to leavers and P60s to all staff by 31 May.",
        # UK benefits in kind and NI
        "Prepares P11D returns and payrolling of benefits in kind for company cars and medical insurance.",
        "Checks National Insurance category letters for apprentices under 25 and over-state-pension-age staff.",
        "Calculates the Apprenticeship Levy each month from the pay bill.",
        # UK auto-enrolment
        "Assesses workers for pension auto-enrolment every pay period and uploads contributions to NEST.",
        "Handles opt-outs and refunds of pension contributions within the opt-out window.",
        "Completes the three-yearly re-enrolment and the declaration of compliance with The Pensions Regulator.",
        # statutory payments
        "Calculating SSP, SMP and paternity pay from average weekly earnings.",
        "Statutory Maternity Pay: check qualifying week, MATB1 and average earnings",
        # US benefits administration
        "Administers open enrollment and sends the EDI 834 file to medical, dental and vision carriers.",
        "Reconciles monthly benefit carrier invoices to payroll deductions.",
        "Processes 401(k) deferrals, loan repayments and employer match and remits them to the recordkeeper.",
        "Sends COBRA qualifying event notices to the administrator after each termination.",
        # Ireland
        "Retrieves Revenue Payroll Notifications before each pay run and reports payroll under PAYE Modernisation.",
        "Calculating PRSI class and USC bands for Irish employees",
        # Australia
        "Lodges pay events through Single Touch Payroll with every pay run.",
        "Pays superannuation guarantee contributions quarterly through a SuperStream clearing house.",
        "Interprets Modern Award pay rates, penalty rates and allowances for casual staff.",
        "Accruing long service leave and annual leave loading in KeyPay.",
        # New Zealand
        "Files payday filing returns to Inland Revenue within two working days of payday.",
        "KiwiSaver deductions and employer contributions, including opt-out and savings suspension notices",
        "Calculates holiday pay under the Holidays Act using the greater of ordinary and average weekly earnings.",
        # Canada
        "Issue T4 and RL-1 slips by the end of February.",
        "Submits Records of Employment to Service Canada after each interruption of earnings.",
        "Maintaining CPP, EI and TD1 claim codes for Canadian staff.",
        # India
        "Computes PF and ESI contributions and files the monthly ECR on the EPFO portal.",
        "Deducts professional tax and labour welfare fund contributions by state.",
        "Files Form 24Q for TDS on salaries each quarter and issues Form 16 to employees.",
        "Gratuity and leave encashment calculations for full and final settlements.",
        # South Africa
        "Submits the monthly EMP201 for PAYE, UIF and SDL to SARS.",
        "Completes the EMP501 bi-annual reconciliation and issues IRP5 certificates.",
        "Declares UIF contributions on uFiling every month.",
        # Kenya
        "Files PAYE on the KRA iTax P10 return and remits NSSF, SHIF and the housing levy by the 9th.",
        "Prepares P9 forms for employees at year end.",
        # Nigeria
        "Remits pension contributions to each employee's RSA with their PFA and NHF deductions to the Federal Mortgage Bank.",
        "Computes PAYE under the consolidated relief allowance for Lagos State staff.",
        # Philippines
        "Computes SSS, PhilHealth and Pag-IBIG contributions each cut-off.",
        "Processes the 13th month pay before 24 December.",
        "Files BIR Form 1601-C monthly and issues BIR 2316 to employees.",
        # Singapore and Malaysia
        "Submits CPF contributions and files IR8A under the Auto-Inclusion Scheme.",
        "Calculates EPF, SOCSO, EIS and PCB deductions and issues EA forms.",
        "Singapore payroll: SDL and SHG fund deductions (CDAC, MBMF, SINDA, ECF)",
        # Europe
        "Prepare the monthly DSN for French employees and reconcile URSSAF charges.",
        "Lohnabrechnung for German staff: Lohnsteuer-Anmeldung and Beitragsnachweise to the Krankenkassen",
        "Submitting the Dutch loonaangifte and checking the 30% ruling allowance.",
        "Coordinates in-country payroll providers for Spain, Italy and Poland and reviews their payroll output.",
        # garnishments
        "Applies wage garnishments and child support income withholding orders and remits to the state disbursement unit.",
        "Processes attachment of earnings orders and deduction from earnings orders (DEO) for UK employees.",
        "Maintaining the garnishment register, protected earnings and priority order.",
        # leave and holiday pay
        "Tracks PTO accruals and carry-over limits and pays out unused vacation at termination.",
        "Calculates rolled-up holiday pay for irregular-hours workers.",
        # leavers and final pay
        "Calculates final pay for leavers, including notice pay, PILON and accrued holiday.",
        "Processing redundancy pay and the tax-free termination payment threshold.",
        # payroll accounting
        "Posts the payroll journal to the general ledger and reconciles payroll control and liability accounts.",
        "Reconciling net pay to the bank payment file before release.",
        "Payroll tax liability reconciliation, monthly",
        # global mobility payroll
        "Runs shadow payroll for expatriates to report host-country tax on assignment benefits.",
        "Split payroll and hypothetical tax deductions for assignees",
        # off-payroll workers
        "Pays deemed employees through payroll where IR35 status is inside and applies PAYE and NI.",
        # construction payroll
        "Prepares certified payroll reports (WH-347) for Davis-Bacon prevailing wage jobs.",
        "Remits union dues and fringe benefit contributions to the trade union funds each month.",
        "Prevailing wage classifications by job and county",
        # hospitality payroll
        "Allocates tips and service charges through the tronc scheme and runs the tronc payroll.",
        "Applies the tip credit and checks tipped employees reach minimum wage each workweek.",
        "Files Form 8027 for tip income at large food and beverage establishments.",
        # healthcare payroll
        "Processes on-call, call-back and night shift enhancements for nursing staff.",
        "Updates ESR with Agenda for Change pay band and increment changes.",
        # public sector payroll
        "To apply annual incremental progression on the salary scale for eligible officers;",
        "Deducting LGPS and Teachers' Pension contributions at the correct tiered rates.",
        "Implements the national pay award across the pay spine with arrears.",
        # education payroll
        "Spreads ten-month teacher contracts over twelve payments with deferred summer pay.",
        "Pays adjunct faculty per credit hour from the teaching load report.",
        # agriculture payroll
        "Calculates piece-rate pay for pickers and tops up to minimum wage for the pay period.",
        "H-2A payroll at the adverse effect wage rate, with housing and travel reimbursements",
        # mining and offshore payroll
        "Pays site, underground and FIFO roster allowances according to the enterprise agreement.",
        # crew payroll
        "Prepares seafarers' wage accounts and remits home allotments to crew families each month.",
        # bonuses and commissions through payroll
        "Processes quarterly sales commissions through payroll at the supplemental withholding rate.",
        "Grossing up bonus payments so the employee receives the agreed net amount.",
        # equity and imputed income
        "Reports RSU vesting income through payroll and withholds taxes by share withholding.",
        "Adds imputed income for group-term life insurance over $50,000 to payroll.",
        # payroll controls
        "Runs monthly ghost employee and duplicate bank account checks against the payroll master file.",
        "Payroll audit: sample pay changes back to signed authorisation forms",
        "Checks every hourly rate against the National Minimum Wage and National Living Wage bands after April uplifts.",
        # payslips and employee queries
        "Publishes payslips to the self-service portal and answers routine pay queries from staff.",
        "Maintains employee bank details and direct deposit splits in Gusto.",
        # systems and providers
        "Maintains pay elements, deduction codes and tax tables in Dayforce.",
        "Runs payroll in Sage 50 Payroll, BrightPay and IRIS for bureau clients' staff.",
        "Maintains SAP HCM payroll infotypes (0008 basic pay, 0014 recurring deductions, 0015 additional payments).",
        # workers comp and reporting
        "Prepares payroll by class code for the workers' compensation premium audit.",
        "Reports new hires to the state new-hire registry within 20 days of hire.",
        "Handles multi-state withholding and reciprocity agreements for remote employees.",
        # salary sacrifice
        "Administers salary sacrifice for pensions, cycle-to-work and EV car schemes.",
        "Salary packaging for health sector staff: meal entertainment and living expense cards",
        # misc recurring
        "Pays jury service make-up pay per the policy, offsetting court allowances.",
        "Loads pay rises from the annual salary review file and checks effective dates.",
    ],
    ("payroll", "back", "support", "on_site"): [
        "Hands out paper payslips and pay cheques to site crews every Friday.",
        "Makes up cash pay packets for casual workers and gets each one signed for.",
        "Collects the punch cards from the time clock at the plant gate at end of week.",
        "Records bins picked per worker at the orchard weigh station for the piece-rate payroll.",
        "Pays cash wage advances to crew on board from the master's cash and records them in the portage bill.",
        "Distributes P60s and payslips in sealed envelopes to depot drivers in person.",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Processes off-cycle payments when an employee was missed from the regular pay run.",
        "Calculates retro pay for a backdated pay rise approved after the pay period closed.",
        "Agrees repayment plans for salary overpayments case by case and sets up the recovery deduction.",
        "Issues W-2c corrections when an employee reports an error after filing.",
        "Prepares tax equalisation settlements for individual expatriate assignments.",
        "Reviews emergency salary advance requests and arranges repayment through payroll.",
        "Arranges an immediate final paycheck when a California employee is dismissed without notice.",
        "Sets up a one-off retention bonus payment approved by the CFO.",
        "Responds to HMRC queries about a specific RTI submission mismatch as they arise.",
        "Manual check requests for terminated employees",
        "Corrects a year's underpaid pension contributions for one employee and arranges arrears with the provider.",
        "Handles payroll for a one-off TUPE transfer of staff from an acquired business.",
        "Processes a newly served garnishment order for an individual employee on receipt.",
        "Investigates individual pay discrepancy complaints escalated by line managers.",
        "Payroll exception approvals: negative net pay, unusual deductions, manual overrides",
    ],
    ("payroll", "back", "long_tail", "on_site"): [
        "Delivers a replacement pay cheque by hand to a worker whose direct deposit bounced.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(FINANCE, PAYROLL)
