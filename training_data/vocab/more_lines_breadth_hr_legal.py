"""Breadth lines for hr and legal_compliance: the specialist words of each sub-area, in many industries and countries.

Real task lines from job ads, checklists, SOPs and public-sector duty lists use the registers,
forms, systems, metrics and jargon of one sub-area of a function (a single central record, a
Bradford Factor trigger, a Section 189 consultation, a ROPA, a goAML filing, a CIPC annual
return, a RIDDOR report), and a model trained on generic words guesses the function from
whatever generic word is left. These lines cover about forty sub-areas of HR (recruiting and
screening, right to work, onboarding, learning and skills levies, CPD and registration,
performance and talent, job architecture and reward design, HRIS records, absence and
occupational health, employee and industrial relations, equality reporting, engagement, global
mobility, crewing, volunteers, academic staff) and about forty of legal and compliance
(contracts and CLM, privacy laws of several countries, KYC, sanctions and AML reporting,
anti-bribery, conflicts, whistleblowing, policy and monitoring, internal audit, risk registers,
health and safety and environmental records, sector regulators, trade controls, company
secretarial filings, IP, litigation, property and construction contracts, shipping, mining,
licensing, consumer and competition law, NGO donor rules, open-source licences, supply-chain
due diligence), so that the specialist words carry the function. Most lines are the function's
routine support work; about one in eight is long_tail where the work is a one-off, a single
case, an approval or an exception; on_site where someone must be physically there
(shared/LABELING.md).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
HR_BREADTH: Blocks = {
    ("hr", "back", "support", "remote"): [
        # requisitions and applicant tracking
        "Opens approved requisitions in Greenhouse and assigns each one a recruiter and an interview panel.",
        "Requisition tracker: keeping the open-vacancy report current for the weekly hiring huddle",
        "Posting vacancies to Indeed, LinkedIn and the careers page straight from the ATS;",
        "Moves candidates through the pipeline stages in Lever and sends rejection emails to unsuccessful applicants.",
        # sifting and interviewing
        "Sifts applications against the person specification and scores each one on the shortlisting matrix.",
        "phone screens for warehouse operative applicants",
        "Runs first-round competency-based interviews on Teams using the structured interview guide.",
        "Books interview slots with hiring managers and sends candidates the panel details and joining instructions.",
        # graduate, campus and executive hiring
        "Graduate scheme recruitment: online aptitude tests, video interviews and assessment-centre invitations",
        "Manages the summer internship intake, from university job boards through to offer letters.",
        "Briefs the retained search firm on senior vacancies and tracks the longlist and shortlist.",
        # pre-employment screening
        "Submits enhanced DBS checks for care assistants and tracks each certificate until clearance.",
        "Requests police clearance certificates and previous-employer references before a new hire's start date.",
        "Pre-employment screening: verifying qualifications, employment history and professional memberships",
        "Initiates background checks through HireRight once a candidate accepts the conditional offer.",
        # right to work
        "Completes Form I-9 and the E-Verify case within three business days of each hire's first day.",
        "Carries out right to work checks with the Home Office online service using the candidate's share code.",
        "Records visa expiry dates for sponsored workers and warns managers six months before they lapse.",
        # offers and contracts of employment
        "Drafts offer letters and written statements of particulars from the approved HR templates.",
        "Issues contracts of employment through DocuSign and chases any still unsigned before day one.",
        # onboarding and probation
        "Sends the pre-boarding pack and new starter forms a fortnight before the start date.",
        "Builds 30-60-90 day onboarding plans with line managers for every new joiner.",
        "Onboarding tasks in Workday, checked off for each new hire during the first week",
        "Sends probation review reminders to managers at three and five months and records the outcome on file.",
        "probationary period reviews",
        # offboarding
        "Holds exit interviews with leavers and codes their reasons for leaving in the HRIS.",
        "Processes resignations: acknowledgement letter, confirmed leaving date and the offboarding checklist for the manager.",
        "Analyses exit survey themes each quarter for the people leadership team.",
        # learning and development
        "Carries out the annual training needs analysis with each head of department.",
        "Administers the learning management system in Cornerstone, enrolling staff on courses and tracking completions.",
        "Plans the yearly L&D calendar and books external facilitators for soft-skills workshops.",
        "Evaluates training using Kirkpatrick level one and two feedback and reports the scores to the L&D manager.",
        # apprenticeships and skills levies, by country
        "Manages the apprenticeship levy account and agrees apprenticeship standards and providers with managers.",
        "Prepares the workplace skills plan and annual training report for submission to the SETA.",
        "Coordinates industrial attachment placements for TVET students in line with NITA guidelines.",
        "Tracks off-the-job training hours and progress reviews for every apprentice on programme.",
        # CPD and professional registration
        "Tracks NMC revalidation dates for registered nurses and reminds each one three months ahead.",
        "Keeps the CPD log for clinical staff and flags anyone short of the required hours.",
        "Confirms that every teacher's registration with the teaching council is current before term starts.",
        "Recruits and onboards bank nurses and healthcare assistants onto the trust's staff bank.",
        # job architecture and reward design
        "Writes and refreshes job descriptions and person specifications for every role in the structure.",
        "Maps roles to job families, levels and the competency framework.",
        "Job evaluation: grading new and changed roles with the Hay method and recording the panel's decision",
        "Submits job-matching data to the annual salary benchmarking survey and reviews the market position of each grade.",
        # performance management
        "Launches the mid-year and year-end appraisal cycle in SuccessFactors and chases incomplete reviews.",
        "Runs calibration sessions where managers moderate performance ratings across teams.",
        "Sets up 360-degree feedback for people managers and shares the reports with their coaches.",
        "Supports managers on performance improvement plans, providing the PIP template and review meeting notes.",
        # talent and succession
        "Updates the nine-box grid and succession plans for critical roles after each talent review.",
        "Talent review preparation: high-potential lists, flight risks and ready-now successors",
        # leadership development and mentoring
        "Runs the emerging leaders programme, from cohort selection to module scheduling.",
        "Pairs mentors with mentees for the mentoring scheme and checks in with both at three months.",
        "Books executive coaches for newly promoted directors and tracks the number of sessions used.",
        # HRIS and personnel records
        "Keeps employee master data in the HRIS accurate: job titles, reporting lines, grades and locations.",
        "Audits digital personnel files every quarter for missing contracts, ID copies and signed policies.",
        "Updates the org chart in ChartHop after every starter, leaver and internal move.",
        "Keys promotions, transfers and job changes into Workday with the correct effective dates.",
        "to maintain accurate and confidential personnel records in line with the retention schedule;",
        # workforce planning and headcount
        "To maintain the establishment list of funded posts and report vacancies against it;",
        "Prepares the monthly headcount and FTE report by department and location.",
        "Models hires, attrition and internal moves for the annual workforce plan.",
        # people analytics
        "Reports monthly on attrition, time-to-hire, absence rate and offer acceptance rate.",
        "Builds the people dashboard in Power BI from Workday data for the HR business partners.",
        # employee relations
        "Prepares investigation packs and invitation letters for disciplinary hearings.",
        "Takes notes at disciplinary and grievance hearings and drafts the outcome letters.",
        "Keeps the employee relations case tracker current with stage, owner and outcome.",
        "Advises line managers on the ACAS Code of Practice before they start disciplinary action.",
        # absence management and occupational health
        "Monitors Bradford Factor scores and sets up absence review meetings when triggers are reached.",
        "Chases fit notes for any sickness absence longer than seven calendar days.",
        "Reminds managers to hold a return-to-work interview after every spell of sickness.",
        "Long-term sickness case management",
        "Refers employees to occupational health and discusses the OH report with the line manager.",
        # wellbeing
        "Promotes the employee assistance programme and reports quarterly EAP usage figures.",
        "Keeps the list of trained mental health first aiders current and books refresher courses.",
        # equality, diversity and inclusion reporting
        "Compiles the gender pay gap figures and written narrative for the annual publication.",
        "Files the EEO-1 component 1 report with workforce demographics by job category.",
        "Prepares the Employment Equity EEA2 and EEA4 reports for the Department of Employment and Labour.",
        "Supports the employee resource groups and the diversity and inclusion calendar.",
        # engagement
        "Launches the annual engagement survey in Culture Amp and shares the heatmaps with team leaders.",
        "quarterly pulse surveys and eNPS tracking",
        "Facilitates action-planning sessions with teams after the engagement survey results are out.",
        # policies and handbook
        "Reviews the employee handbook every year and updates the conduct, leave and hybrid working policies.",
        "Publishes revised HR policies on the intranet and tracks staff acknowledgements.",
        # industrial and labour relations
        "Prepares papers for the joint negotiating committee and keeps the minutes of meetings with union representatives.",
        "Supports collective bargaining rounds with the recognised union and records the agreed terms.",
        "Organises works council elections and consults the council on changes to shift patterns.",
        "Maintains the register of union shop stewards and their facility time.",
        # global mobility
        "Prepares assignment letters for expatriates going on long-term international assignments.",
        "Tracks home-leave entitlements and assignment end dates for every expat.",
        # contingent workforce
        "Checks Agency Worker Regulations 12-week qualifying dates for every temp on assignment.",
        "Monitors recruitment agencies on fill rate, time-to-fill and candidate quality.",
        # volunteers (NGO)
        "Recruits and inducts volunteers for the charity's shops and keeps their role descriptions current.",
        "Volunteer records: safeguarding training dates, references and agreed hours",
        # safer recruitment in schools
        "Maintains the school's single central record of staff vetting checks.",
        "Safer recruitment checks for new teaching staff, including prohibition checks and two references",
        # crewing (shipping)
        "Plans crew rotations and checks seafarers' STCW certificates and medicals before they join a vessel.",
        "Keeps the crew database of seafarer employment agreements, sea service and certificate expiries.",
        # site competence and skills matrices
        "Checks CSCS cards and trade qualifications of new site operatives before they start.",
        "Maintains the skills matrix of operator competencies and refresher dates for each production line.",
        "Coordinates learnerships and artisan training for the mine's skills development plan.",
        # seasonal hiring
        "Recruits seasonal chalet hosts and resort staff for the winter season.",
        # public-sector recruitment
        "Advertises vacant posts in line with the public service commission's merit-based recruitment guidelines;",
        "To prepare shortlisting reports and interview panel papers for vacant posts;",
        # academic HR
        "Coordinates the academic promotion round and collects the external assessors' reports.",
        "Issues sessional teaching contracts to casual academic staff at the start of each semester.",
        # recognition
        "Runs the long-service awards and the monthly peer recognition nominations.",
        # HR service desk
        "Answers employee questions on HR policies through the HR service desk in ServiceNow.",
        "Resolves HR tickets within the agreed SLA and keeps the people knowledge articles up to date.",
        # family leave (non-pay side)
        "Records maternity and shared parental leave notifications and plans keep-in-touch days with the manager.",
        # HR audit
        "Carries out the annual HR compliance audit of contracts, right-to-work files and policy sign-offs.",
        "HRIS data cleanse",
    ],
    ("hr", "back", "support", "on_site"): [
        "Inspects original passports and biometric residence permits in person and copies them for the personnel file.",
        "Delivers the day-one induction to new starters in the plant training room.",
        "Facilitates face-to-face classroom workshops on giving feedback for new team leaders.",
        "Files signed contracts and disciplinary letters in the locked personnel cabinets.",
        "Hosts walk-in recruitment days at the hotel for housekeeping and kitchen porter vacancies.",
        "Walks new starters round the site on their first morning and introduces them to their buddy.",
        "Runs the group exercises and role plays in person at the graduate assessment centre.",
        "Holds HR drop-in surgeries on the factory floor every Thursday for shift workers.",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Ran a Section 189 retrenchment consultation for the packaging plant, agreeing selection criteria and issuing notices.",
        "Handles the TUPE transfer of staff from an acquired contractor, including the measures letter and employee liability information.",
        "Collective redundancy consultation when a depot closes",
        "Arranges work permits and dependant visas when a manager transfers to another country.",
        "Responds to employment verification requests from banks, landlords and mortgage lenders as they arrive.",
        "Approves requests to extend a probation period after reviewing the manager's evidence.",
        "Commissions an independent investigator for a complex bullying complaint against a senior manager.",
        "Grants exceptions to the hiring freeze where a department head makes a case for a critical vacancy.",
        "Reasonable adjustment requests from disabled candidates for interviews and assessments, handled one by one",
        "Builds a counter-offer case when a key employee resigns and gets sign-off from the director.",
        "Ran a one-off skills audit of the engineering workforce ahead of the merger.",
        "Drafts secondment letters on request when staff are lent to a partner NGO for a project.",
        "Sets up a one-off volume hiring campaign for a new contact-centre team of forty.",
    ],
    ("hr", "back", "long_tail", "on_site"): [
        "Travels to the mine site to hold investigation interviews after a serious conduct allegation.",
        "Staffed the company stand at a one-off graduate careers fair in Nairobi.",
    ],
}

LEGAL_BREADTH: Blocks = {
    ("legal_compliance", "back", "support", "remote"): [
        # contract management and CLM
        "Logs every signed agreement in the contract register with parties, value, term and renewal notice date.",
        "Sets auto-renewal and termination notice reminders in Ironclad for each contract.",
        "Contract lifecycle management: intake, drafting, negotiation, signature and archiving in the CLM",
        "Issues mutual NDAs from the approved template and records their expiry dates.",
        # commercial contracts
        "Reviews master services agreements and statements of work against the contract playbook.",
        "Redlines customer terms on limitation of liability, indemnities and governing law.",
        "Maintains the clause library and approved fallback positions for contract negotiations.",
        "nda review queue",
        # vendor privacy terms and transfers
        "Negotiates data processing agreements and standard contractual clauses with vendors that handle personal data.",
        "Runs transfer impact assessments for personal data sent outside the EEA.",
        # GDPR records
        "Keeps the ROPA in OneTrust current as business units add or retire processing activities.",
        "Carries out data protection impact assessments for new systems that process special category data.",
        "DPIA screening questionnaires",
        "Maintains the personal data breach register and the DPO's monthly privacy report.",
        # privacy laws of other countries
        "Maintains POPIA compliance: information officer registration, the PAIA manual and consent records.",
        "Files the annual data protection compliance audit return under Nigeria's NDPA.",
        "Reviews the cookie policy and consent records against ePrivacy rules every quarter.",
        "Updates the privacy notice when the company starts processing personal data for a new purpose.",
        # KYC and customer due diligence
        "Performs customer due diligence on new corporate accounts, identifying ultimate beneficial owners above 25%.",
        "Enhanced due diligence reviews for high-risk and PEP customers",
        "Completes periodic KYC refreshes for existing clients according to their risk rating.",
        "Verifies FICA documents for new clients: identity, proof of address and company registration.",
        # sanctions screening and transaction monitoring
        "Screens customers and payees against OFAC, UN and EU sanctions lists in World-Check and clears false positives.",
        "Reviews alerts from the transaction monitoring system and documents the rationale for each disposition.",
        # suspicious activity reporting
        "Drafts suspicious activity reports for the MLRO's decision.",
        "Files suspicious transaction reports with the financial intelligence unit through goAML.",
        "Submits currency transaction reports to FinCEN for cash deposits over $10,000.",
        # AML programme
        "Updates the firm-wide money laundering and terrorist financing risk assessment every year.",
        "Prepares the MLRO annual report and the AML training completion figures.",
        # anti-bribery and corruption
        "Keeps the gifts and hospitality register and follows up entries above the declaration threshold.",
        "Runs anti-bribery due diligence on agents and distributors before they are appointed.",
        "Anti-bribery and corruption programme under the UK Bribery Act and the FCPA",
        # conflicts of interest
        "Collects annual conflict of interest declarations from directors and senior staff and records them in the register.",
        # whistleblowing
        "Monitors the speak-up hotline and assigns each whistleblowing report to an investigator.",
        "whistleblowing case log and quarterly report to the audit committee",
        # policy management
        "Maintains the compliance policy library and tracks annual attestations in NAVEX.",
        "Keeps the code of conduct current and collects every employee's yearly acknowledgement.",
        # compliance monitoring
        "Executes the compliance monitoring plan, sample-testing files against conduct of business rules.",
        "Compliance monitoring programme: testing, findings and remediation tracking",
        # regulatory change
        "Scans regulator bulletins weekly and logs new rules in the regulatory change register.",
        "Maps new regulations to internal obligations and assigns an owner to each gap.",
        # financial services conduct regulation
        "Submits the half-yearly complaints return to the FCA through RegData.",
        "Keeps the SM&CR certification register and the annual fitness and propriety assessments.",
        "Consumer Duty outcomes monitoring and the annual board report",
        "Prepares treating customers fairly MI for the conduct risk committee.",
        # internal audit
        "Drafts the risk-based internal audit plan and agrees it with the audit committee.",
        "Performs internal audit fieldwork: walkthroughs, sample testing and working papers in TeamMate.",
        "Follows up open audit findings with action owners and reports overdue actions.",
        # external certification audits
        "Coordinates the ISO 14001 surveillance audit, assembling evidence for the certification body.",
        "Prepares the ISO 37001 anti-bribery management system for its recertification audit.",
        # risk management
        "Updates the enterprise risk register each quarter with owners, ratings and mitigating controls.",
        "Facilitates risk and control self-assessment workshops with department heads.",
        "Tracks key risk indicators against the risk appetite statement and escalates breaches.",
        "Records operational risk loss events and near misses in the loss database.",
        # health and safety records
        "Keeps the accident book and reports notifiable injuries and dangerous occurrences under RIDDOR.",
        "Maintains the OSHA 300 log and prepares the 300A annual summary.",
        "Keeps COSHH assessments and safety data sheets current for every hazardous substance used.",
        "To maintain the statutory health and safety registers and inspection certificates;",
        # environmental compliance
        "Prepares the annual emissions return under the environmental permit and submits it to the regulator.",
        "Keeps waste transfer notes and hazardous waste consignment notes for the required retention period.",
        "Tracks environmental permit conditions and monitoring deadlines in the compliance calendar.",
        # food law
        "Checks allergen labelling on new prepacked lines against Natasha's Law before launch.",
        # healthcare regulation
        "Keeps the evidence folders for the CQC key lines of enquiry up to date.",
        "Runs the HIPAA security risk assessment and tracks business associate agreements.",
        "HIPAA privacy compliance",
        # medicines and product regulation
        "Compiles product registration dossiers for submission to the national medicines regulatory authority.",
        "Maintains the technical file and EU declaration of conformity for CE-marked devices.",
        "Collects REACH and RoHS declarations to support each product's conformity file.",
        # trade compliance
        "Classifies products against the export control lists and applies for licences for dual-use items.",
        "Runs denied-party screening against the consolidated screening list on every export order.",
        "Keeps ECCN classifications and licence determinations on file for each SKU.",
        # company secretarial
        "Files the confirmation statement and PSC changes at Companies House.",
        "Maintains the statutory registers of members, directors, charges and beneficial owners.",
        "Lodges annual returns with CIPC and keeps the share register up to date.",
        "Files Form MGT-7 and AOC-4 with the Registrar of Companies each year.",
        "Entity management: keeping details of every subsidiary current in Diligent Entities",
        "company secretarial filings with ACRA",
        # intellectual property
        "Tracks trademark renewal deadlines across all jurisdictions and instructs local IP counsel.",
        "Maintains the patent docket with office action and annuity due dates.",
        "Watches the trade mark journals for conflicting applications and recommends oppositions.",
        # litigation and disputes
        "Keeps the litigation docket with hearing dates, external counsel and matter status.",
        "Issues legal hold notices and tracks custodian acknowledgements.",
        "e-discovery collection and review in Relativity",
        # legal operations
        "Reviews outside counsel invoices in the e-billing tool against the billing guidelines.",
        "Maintains the panel of approved law firms and their agreed rate cards.",
        "Legal matter intake through the Jira service desk, assigning each request to a lawyer",
        # real estate
        "Abstracts break dates, rent review dates and repairing obligations into the lease register.",
        "Keeps title deeds and land registry searches on file for the property portfolio.",
        # construction contracts
        "Administers NEC4 contracts: early warnings, compensation events and time-barred notices.",
        "Reviews JCT and FIDIC subcontracts for payment, retention and adjudication clauses.",
        # shipping
        "Reviews charter party terms and bill of lading clauses before fixtures are concluded.",
        "Keeps ISM Code and ISPS compliance documentation current for every vessel in the fleet.",
        # mining
        "Tracks mining right conditions and submits the social and labour plan annual report to the DMRE.",
        "Maintains the mine's legal compliance register under the Mine Health and Safety Act.",
        # utilities and gambling regulation
        "Prepares regulatory submissions to Ofgem and monitors compliance with the supply licence conditions.",
        "Prepares the annual licence return and social responsibility report for the Gambling Commission.",
        # licensing and permits
        "Renews premises licences and liquor licences for each outlet before they lapse.",
        "Maintains the licence and permit register with renewal dates for every site.",
        # consumer and advertising law
        "Legal sign-off of promotional claims against the CAP Code",
        "Drafts terms and conditions for prize draws and promotions.",
        "Reviews website terms of sale and cancellation wording against consumer protection law.",
        # competition law
        "Keeps the record of contacts with competitors at trade association meetings under the competition law policy.",
        # public sector information law
        "Maintains the FOI request log and publishes the disclosure log every quarter.",
        "Keeps the legal retention schedule and signs off destruction of records past their retention period.",
        # NGO donor and charity regulation
        "Reviews sub-grant agreements for flow-down of donor compliance clauses.",
        "Vets implementing partners against anti-terrorism lists before sub-awards are signed.",
        "Files the annual return with the Charity Commission and keeps the trustee register current.",
        # education
        "Audits access logs to student records for FERPA compliance each term.",
        # software licensing
        "Reviews open-source licences in the dependency scan and flags copyleft components to engineering.",
        "Maintains the customer-facing terms of service, privacy notice and DPA templates.",
        # supply-chain due diligence and statements
        "Prepares the annual modern slavery statement and the supplier risk assessment behind it.",
        "Compiles the human-rights due diligence report required under the German Supply Chain Act (LkSG).",
        "Collects geolocation evidence for EUDR due diligence statements on cocoa and coffee imports.",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Carries out monthly workplace safety inspections and records every hazard found in the inspection log.",
        "Audits permits to work and lock-out tags on the plant floor against the safe system of work.",
        "Carries out test purchases in stores to check Challenge 25 age verification on alcohol and knives.",
        "Visits branches to audit account-opening files and check that regulatory notices are displayed.",
        "Hosts the GLOBALG.A.P. auditor on the farm and walks the packhouse with them.",
        "Witnesses signatures on deeds and statutory declarations at the office as commissioner of oaths.",
        "Inspects bunding, spill kits and waste storage areas against the environmental permit each month.",
        "Carries out the ISPS ship security compliance audit aboard each vessel.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Leads the response to a personal data breach, including the 72-hour notification to the supervisory authority.",
        "Investigates an individual whistleblowing report about procurement fraud, protecting the reporter's identity.",
        "Sends a cease-and-desist letter when a counterfeit seller turns up on a marketplace.",
        "Instructs external solicitors on a one-off commercial dispute and reviews their case strategy.",
        "Prepared the merger notification filing for the competition authority.",
        "Arranges apostilles and embassy legalisation when a foreign authority asks for certified company documents.",
        "Reviews conflict of interest disclosures case by case when an employee asks to take a board seat elsewhere.",
        "Approves deviations from the standard contract terms, such as a higher liability cap, after review.",
        "Grants exemptions from the gifts and hospitality policy after weighing the business justification.",
        "Responds to a subpoena or court order for company records.",
        "Handles an information request from the ombudsman after a complaint is escalated.",
        "Decides the lawful basis when a department asks to share customer data with a research partner.",
        "Notifies the market surveillance authority of a product safety recall.",
    ],
    ("legal_compliance", "back", "long_tail", "on_site"): [
        "Dawn raid response: meets the inspectors at reception and shadows them throughout the search.",
        "Attends the site after a serious accident to secure evidence for the HSE investigation.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(HR_BREADTH, LEGAL_BREADTH)
