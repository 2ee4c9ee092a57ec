"""Second breadth pass for hr and legal_compliance: forty more sub-areas each, in other industries and regions.

The first breadth pass taught the specialist words of about forty sub-areas per function; real
pages keep bringing others (a Nitaqat band, an iqama renewal, a SQEP register, a BOSIET
certificate, a świadectwo pracy, a jovem aprendiz quota, an ITAR registration, a production
sharing contract, an Open Payments submission, a COMAH safety report, a Section 106 agreement,
a DORA register of information, a Sharia supervisory board paper, a CASL consent audit), and the
model then guesses from the generic word that is left. These lines cover HR in aviation, airports,
defence, rail, offshore energy, nuclear, pharma, universities and labs, prisons, councils, churches,
embassies and UN bodies, microfinance, contact centres, media, casinos, farms, hospitals, law and
consulting firms, fisheries and forestry, with regional terms from Latin America, the Gulf,
Eastern Europe, Southeast Asia, Africa, Australia/NZ and Canada; and legal and compliance in
aviation, rail, defence, oil and gas, pharma and biotech, chemicals, textiles, fisheries, forestry,
landlords, law and audit firms, media, sport, games, international organisations, cooperatives,
microfinance, telecoms, universities, labs, prisons, councils, armed forces, shipping, listed
companies and regional regimes. Most lines are the function's routine support work; about one
in eight is long_tail where the work is one case, one request, an approval or an exception; and
on_site where someone must be physically there (shared/LABELING.md).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
HR_BREADTH2: Blocks = {
    ("hr", "back", "support", "remote"): [
        # aviation: pilot and cabin crew hiring
        "Schedules simulator assessments and technical interviews for first officer candidates holding a frozen ATPL.",
        "Checks each pilot applicant's licence, type rating and Class 1 medical before sending the selection-day invite.",
        "Pilot recruitment pipeline",
        "Cabin crew recruitment: online application sift, video interview and invitation to the assessment day",
        # airports: airside pass vetting
        "Completes the five-year referenced background check for every airside ID pass applicant.",
        "Submits counter-terrorist check applications for new screeners before their pass can be issued.",
        "airside pass vetting",
        # defence: security clearance
        "Sponsors SC and DV security clearance applications for new hires joining the defence programme.",
        "Tracks clearance aftercare reviews and renewal dates for every cleared member of staff;",
        "Submits NPPV vetting forms for contractor staff who need access to police systems.",
        "Security clearance tracker",
        # armed forces personnel administration
        "Raises assignment orders and posting notices for service personnel moving between units.",
        "Updates service records in JPA after promotions, postings and career course completions.",
        "Manning report by rank and trade against the unit's authorised strength",
        # rail: safety-critical competence
        "Books track safety medicals and pre-appointment drug and alcohol screens for new trackside recruits.",
        "Keeps Sentinel cards and PTS competences current for the rail maintenance workforce.",
        "Train driver competence management: assessments, licence and certificate records under TDLCR",
        # offshore energy: rotations and certificates
        "Tracks OPITO BOSIET and HUET certificates and offshore medicals for every worker on the rotation.",
        "Mobilisation checklist for new offshore hires: survival training, medical and Vantage POB registration",
        "Coordinates the manpower agencies that supply rotational contractors and checks their competence records.",
        # nuclear: SQEP
        "Maintains the SQEP register showing who is suitably qualified and experienced for each nuclear safety role.",
        "SQEP assessments for new starters",
        # pharma: GxP training records
        "Assigns role-based GxP training curricula in the LMS to new hires before they are released to work.",
        "Chases overdue read-and-understand SOP training for laboratory staff and reports completion by department.",
        # research staff and postdocs
        "Issues fixed-term research contracts tied to grant end dates and flags posts nearing the end of funding.",
        "Processes visiting researcher and honorary appointments, including the host's approval and the appointment letter.",
        "postdoc appointment paperwork",
        # tenure track
        "Runs third-year reappointment reviews for tenure-track faculty and schedules the department votes.",
        "Tenure dossier checklist: teaching evaluations, publication list, external referee letters",
        # university equality charters
        "Compiles the staff data tables for the Athena Swan departmental award submission.",
        "Race Equality Charter self-assessment: staff survey, focus groups and the action plan",
        "Athena Swan submission data",
        # prisons
        "Arranges the job simulation assessment for prison officer applicants and sends out the results.",
        "Books new prison officers onto entry-level training and tracks their progress through the course.",
        "Chases vetting clearances for new prison staff before their key training date.",
        "Prison officer recruitment campaigns",
        # local councils
        "Maintains the list of politically restricted posts and tells new post-holders about the restrictions.",
        "Supports the members' appointment panel for chief officer posts, from shortlisting to the final interview timetable.",
        "politically restricted posts list",
        # redeployment
        "Matches at-risk employees on the redeployment register against vacancies before they are advertised externally.",
        "Arranges four-week trial periods in suitable alternative roles for redeployees and records the outcome.",
        "Redeployment pool",
        # churches and religious bodies
        "Arranges ministerial development reviews for parish clergy and files the notes in each clergy personnel file.",
        "Prepares licensing paperwork and the statement of particulars for newly appointed clergy under common tenure.",
        "clergy file updates",
        "Recruits youth and children's workers for the diocese in line with the church's safer recruitment policy.",
        # embassies and international organisations
        "Recruits locally engaged staff for the embassy and keeps the local job grading grid current.",
        "Posts vacancy announcements in Inspira and screens applicants against the UN competency framework.",
        "Administers individual contractor and consultant contracts under the organisation's staff rules.",
        "Prepares personnel action forms for reassignments, contract extensions and changes of duty station.",
        # microfinance and cooperatives
        "Runs the mandatory rotation of loan officers between branches every three years under the staff policy.",
        "Recruits loan officer trainees for new microfinance branches and plans their field induction.",
        "Keeps the SACCO's board-approved staff establishment and job descriptions up to date.",
        "loan officer rotation schedule",
        # contact centres: nesting
        "Plans induction and nesting periods for new contact-centre agents together with the training team.",
        "New-hire class attrition and speed-to-proficiency report",
        "bulk hiring drives for call center agents in Cebu",
        # media: freelancers and off-payroll
        "Issues IR35 status determination statements to freelance contractors before each engagement starts.",
        "Keeps the newsroom's freelancer register with contracts, right-to-work checks and engagement dates.",
        "contractor onboarding in Deel",
        # employer of record
        "Onboards international remote hires through the employer of record and checks the local contract terms.",
        "EOR onboarding tracker for new hires in Brazil, Poland and Kenya",
        # casinos: staff licences
        "Tracks personal functional licences for dealers and casino floor staff and reminds them before renewal.",
        "Submits personal management licence applications for newly hired casino managers.",
        "Casino staff licence renewals",
        # seasonal worker schemes
        "Coordinates PALM scheme recruitment of seasonal pickers with partners in the labour-sending countries.",
        "Submits LMIA applications and SAWP orders for seasonal farm workers coming from Mexico and Jamaica.",
        "Prepares H-2A job orders and records each worker's contract period and start date.",
        "RSE seasonal worker onboarding",
        # Canada: federal public service staffing
        "Books second language evaluation tests for candidates to bilingual imperative positions.",
        "Federal staffing actions: selection processes, qualified pools and notifications of appointment",
        # injury management and return to work
        "Develops return-to-work plans and suitable duties with the treating doctor after a workplace injury.",
        "Injury management: liaising with the workers' compensation insurer and running case conferences",
        "RTW coordinator duties",
        # Brazil: hiring quotas
        "Monitors the disability hiring quota under the Lei de Cotas and plans recruitment to close the gap.",
        "Hires jovem aprendiz apprentices and tracks their number against the legal quota;",
        "Lei de Cotas monitoring",
        # Mexico and Chile: psychosocial risk and harassment protocols
        "Applies the NOM-035 psychosocial risk questionnaire and reports results to the wellbeing committee.",
        "Keeps the Ley Karin harassment prevention protocol current and trains supervisors on it.",
        "NOM-035 questionnaires",
        # Gulf: nationalisation quotas and residency
        "Tracks the Nitaqat band and Saudisation ratio and plans hiring to stay in the green band.",
        "Renews iqamas and work permits for expatriate staff through Qiwa and Muqeem before they expire.",
        "Emiratisation targets: quarterly headcount of UAE nationals reported to MOHRE",
        "prepare the labour card renewal for expat staffs before it is expire",
        # Eastern Europe: statutory employment records
        "Issues the świadectwo pracy to every leaver on the last day of employment.",
        "Registers new employment contracts and amendments in REVISAL before the employee starts work.",
        "Maintaining military registration of employees and sending reports to territorial recruitment center.",
        "świadectwo pracy for leavers",
        # Southeast Asia: passes, 201 files and fixed-term contracts
        "Collects NBI clearance, SSS, PhilHealth and Pag-IBIG numbers for each new hire's 201 file.",
        "Applies for Employment Passes and S Passes on the MOM portal after checking COMPASS points.",
        "Monitors PKWT contract end dates and prepares the extension or conversion to permanent staff.",
        "201 file completion",
        # Nigeria: expatriate quota
        "Keeps the expatriate quota positions approved by the Ministry of Interior current and renews them before expiry.",
        # garment factories: age verification and worker committees
        "Verifies age documents of every new sewing operator so that no underage worker is hired.",
        "Organises the election of worker representatives to the factory's participation committee.",
        # law firms: trainee recruitment
        "Runs the vacation scheme and training contract recruitment for future trainee solicitors.",
        "Plans trainee seat rotations and collects seat appraisal forms from supervising partners.",
        "Vacation scheme applications",
        # consulting firms: career model
        "Coordinates up-or-out promotion committees and assigns career counsellors to new consultants.",
        # internal mobility
        "Advertises internal vacancies on the talent marketplace for ten working days before external posting.",
        "Internal transfer applications: line manager consent, interview and agreed move date",
        # referrals and alumni
        "Tracks employee referrals in the ATS and confirms referral scheme eligibility once the hire passes probation.",
        "Keeps the alumni network list and flags eligible-for-rehire leavers in the HRIS.",
        "employee referral scheme",
        # psychometrics
        "Sends SHL ability tests and Hogan personality questionnaires to shortlisted candidates and interprets the reports.",
        "psychometric assessment administration",
        # hospitals: medical staffing and credentialing
        "Completes primary source verification of licences and board certifications for newly appointed physicians.",
        "Credentialing files for medical staff reappointment every two years",
        "Books locum doctors through framework agencies and checks their GMC registration and references.",
        # work experience and placements
        "Arranges week-long work experience placements for school pupils and briefs the host teams.",
        "T Level industry placements",
        # retirement transitions
        "Sends retirement notices and invites staff approaching retirement age to pre-retirement seminars.",
        "Pre-retirement seminars",
        # fisheries and forestry crews
        "Recruits deckhands for the trawler fleet and keeps their fisher medical certificates on file.",
        "Hires tree-planting crews for the spring season and checks their chainsaw and first aid tickets.",
        # sport clubs
        "Completes Working with Children Checks for volunteer coaches before they work with junior teams.",
        "Tracks coaching licences of academy staff and books their CPD hours with the federation.",
    ],
    ("hr", "back", "support", "on_site"): [
        "Runs cabin crew assessment days in person, including the reach test, group tasks and final interviews.",
        "Checks original ID and certificates of new mineworkers at the engagement office before they get an employee number.",
        "Delivers the first-day induction to new garment workers on the factory floor, covering rules and grievance channels.",
        "Interviews seasonal workers face to face at the recruitment centre in Nuku'alofa before the season starts.",
        "Runs the in-person key and security training for new prison staff inside the establishment.",
        "Conducts the walk-in recruitment day for trackside operatives at the depot.",
        "Holds HR clinics aboard the platform during crew change for offshore staff.",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Prepares salary certificates and NOC letters when employees request them for banks or embassies.",
        "Handles a reservist's call-out notice, including the employer exemption application and the job protection letter.",
        "Reviews statutory flexible working requests case by case and drafts the decision letter within the deadline.",
        "Phased retirement requests, assessed one by one with the line manager",
        "Approves work-from-abroad requests after checking the immigration and permanent establishment position.",
        "Handles sabbatical applications from academic staff and agrees cover with the head of department.",
        "Prepares the case when the ambassador asks to keep a locally engaged employee beyond retirement age.",
        "Supports an employee's Access to Work application for a support worker and specialist equipment.",
        "Approves rehiring a former employee within the cooling-off period as an exception to the rehire policy.",
        "Handles jury service summonses: leave confirmation and the letter to the court when the date clashes with peak season.",
        "Ran the voluntary separation scheme when the mine downsized, from applications to acceptance letters.",
        "Reviews requests to wear religious dress that differs from the uniform policy, deciding each one case by case.",
        "exception to the two-year internal move rule",
    ],
    ("hr", "back", "long_tail", "on_site"): [
        "Holds one-off consultation meetings on the platform with staff transferring to the new operator.",
        "Arranges trauma counsellors at the airport for crew and ground staff after a serious incident.",
    ],
}

LEGAL_BREADTH2: Blocks = {
    ("legal_compliance", "back", "support", "remote"): [
        # aviation regulation
        "Keeps the Air Operator Certificate current and prepares variation applications to the civil aviation authority.",
        "Runs the compliance monitoring audit programme under EASA ORO.GEN.200 and follows up each finding.",
        "AOC variation applications",
        # airports
        "Maintains the aerodrome certificate and the airport's compliance matrix against the aerodrome regulations.",
        "Reviews airport byelaws and the noise obligations in the planning agreement each year.",
        # rail
        "Tracks obligations under the track access agreement and prepares the annual compliance statement.",
        "Prepares the railway safety certificate renewal application for the ORR.",
        # defence: ITAR and DFARS
        "Maintains the company's ITAR registration with DDTC and tracks every technical assistance agreement.",
        "Reviews DFARS and FAR flow-down clauses in defence subcontracts before signature.",
        "Runs exclusion checks in SAM.gov for the government contracts compliance file.",
        "ITAR registration renewal",
        # oil and gas
        "Tracks work programme commitments and relinquishment deadlines under each production sharing contract.",
        "Reviews joint operating agreements and drafts sole risk notices to the co-venturers.",
        "Files the Nigerian content plan and quarterly performance reports with the NCDMB.",
        "Host government agreement compliance",
        # pharma: promotion and transparency
        "Medical-legal-regulatory review of promotional materials under the ABPI Code of Practice",
        "Collects transfers of value to physicians and teaching hospitals for the Open Payments submission.",
        "Prepares the annual EFPIA disclosure of payments to healthcare professionals and organisations.",
        "Sunshine Act reporting",
        # clinical trial agreements
        "Negotiates clinical trial agreements with hospital sites, including indemnity, insurance and publication clauses.",
        "Reviews informed consent forms against local law before the ethics committee submission.",
        "CTA negotiation tracker",
        # biotech: MTAs and Nagoya
        "Drafts material transfer agreements for cell lines and samples exchanged with other institutes.",
        "Documents access and benefit-sharing due diligence for genetic resources under the Nagoya Protocol.",
        # chemicals
        "Keeps the COMAH safety report and major accident prevention policy up to date for the upper-tier site.",
        "Submits TSCA chemical data reporting and tracks premanufacture notices for new substances.",
        "Files the annual declarations of scheduled chemicals required by the Chemical Weapons Convention.",
        "Seveso III notifications",
        # textiles: social compliance and labelling
        "Schedules SMETA and amfori BSCI social audits at supplier factories and tracks corrective action plans to closure.",
        "Checks fibre composition and care labelling against the textile labelling regulation before garments are released.",
        "WRAP certification renewal",
        # fisheries
        "Checks catch certificates and vessel licences for IUU regulation compliance before fish is accepted.",
        "Reconciles landings against the vessel's quota allocation and reports any overrun to the fisheries authority.",
        # forestry
        "Pulls invoices and claim records together for the annual FSC chain of custody audit.",
        "Keeps timber legality evidence and FLEGT licences on file for every imported shipment.",
        # landlord compliance
        "Tracks gas safety certificates, EICRs and EPCs for every let property and chases any that are due.",
        "Protects tenancy deposits in an approved scheme and serves the prescribed information on time.",
        "HMO licence renewals",
        # law firms: risk and compliance
        "Runs conflict checks on new client matters before the engagement letter goes out.",
        "COLP and COFA breach register",
        "Updates the firm's SRA transparency information on prices, complaints and regulatory status.",
        "New-matter conflict searches",
        # audit and consulting firms: independence
        "Collects annual independence confirmations from partners and checks them against the restricted entity list.",
        "Independence pre-clearance for non-audit services",
        # media: pre-publication and broadcasting
        "Reads copy before publication for defamation, contempt of court and privacy risks.",
        "Checks programmes against the Ofcom Broadcasting Code and logs every compliance sign-off.",
        "Drafts responses to IPSO complaints about accuracy under the Editors' Code.",
        # sport integrity
        "Sports betting integrity: reviewing alerts and reporting suspicious betting patterns to the governing body",
        "Checks that athletes' anti-doping whereabouts filings are complete before each quarter starts.",
        "Registers intermediary agreements with the FA under the football agent regulations.",
        # video games
        "Submits each title for PEGI and ESRB age ratings and keeps the rating certificates on file.",
        "loot box disclosure compliance",
        # international organisations
        "Advises on privileges and immunities under the headquarters agreement with the host country.",
        "Prepares the organisation's replies to staff appeals before the administrative tribunal.",
        # cooperatives
        "Files the cooperative's annual return with the Registrar of Cooperatives within the statutory period.",
        "Checks that general meeting notices and member voting follow the cooperative's by-laws.",
        # microfinance consumer protection
        "Monitors loan officers' adherence to the client protection principles, including fair debt collection practices.",
        "Reviews APR disclosures in loan contracts against the central bank's consumer protection guidelines.",
        "Microfinance licence compliance returns",
        "client protection principles audit",
        # telecoms
        "Tracks spectrum licence conditions and coverage obligations and reports them to the communications regulator.",
        "Audits SIM registration records captured by dealers to check subscriber ID was recorded as the regulation requires.",
        "number portability regulatory reporting",
        # universities: Title IX and Clery
        "Compiles the Clery Act annual security report and campus crime statistics.",
        "Clery annual security report",
        "Title IX coordination: intake, supportive measures and the formal grievance process",
        "Screens foreign visiting researchers for deemed export licence requirements before they access controlled labs.",
        # research labs: animal and biosafety approvals
        "Maintains IACUC protocol approvals and renewal dates for every animal study.",
        "Keeps the ASPA project licences and the establishment's annual return of procedures ready for the Home Office.",
        "Registers recombinant DNA work with the institutional biosafety committee.",
        "IACUC protocol renewals",
        # radiation
        "Maintains the radioactive materials licence and the sealed source register for the regulator.",
        # prisons
        "Tracks HM Inspectorate of Prisons recommendations and the action plan for each one.",
        # local councils
        "Keeps the register of councillors' interests and publishes updates on the council website.",
        "Drafts Section 106 planning agreements and monitors developer obligations.",
        "Makes traffic regulation orders and publishes the statutory consultation notices.",
        "Monitoring officer support: standards complaints and the members' code of conduct",
        # armed forces
        "Conducts Article 36 legal reviews of new weapons and means of warfare.",
        "Advises commanders on rules of engagement and the law of armed conflict before deployment.",
        "Article 36 weapons reviews",
        # shipping: registry
        "Registers vessels with the flag state and records ship mortgages on the register.",
        # listed companies: market abuse and disclosure
        "Maintains insider lists and sends closed-period notices to PDMRs before the results announcement.",
        "MAR insider list management",
        "Prepares Form 8-K filings and checks announcements against Regulation FD.",
        "Continuous disclosure under the ASX Listing Rules",
        # financial promotions
        "Reviews financial promotions for fair, clear and not misleading wording and records each sign-off.",
        # conflict minerals
        "Collects CMRT templates from suppliers and prepares the Form SD conflict minerals report.",
        # AI regulation
        "Keeps the AI system inventory and classifies each use case under the EU AI Act risk tiers.",
        "AI Act conformity documentation",
        # DORA
        "Maintains the DORA register of information on ICT third-party service providers.",
        # powers of attorney and signing authority
        "Keeps the register of powers of attorney and revokes them when signatories leave.",
        "Updates the delegation of authority matrix once the board has approved the changes.",
        "signing authority register",
        # data localisation
        "Files the PIPL standard contract with the Cyberspace Administration for personal data exported from China.",
        "Confirms that personal data of Russian citizens is first recorded in databases located in Russia, as 152-FZ requires.",
        "LGPD compliance programme",
        # Mexico: outsourcing reform
        "Checks the REPSE registration of specialised service providers before subcontracting agreements are signed.",
        # Islamic finance
        "Prepares papers for the Sharia supervisory board and records its rulings on new financing products.",
        "Sharia audit of murabaha contracts",
        # Gulf: economic substance
        "Files economic substance notifications and reports for each UAE entity by the deadline.",
        # halal certification
        "Keeps halal certificates current for every product and ingredient supplier ahead of the JAKIM audit.",
        # South Africa: B-BBEE
        "Gathers evidence for the annual B-BBEE verification and reviews the draft scorecard with the agency.",
        # Canada: anti-spam and French language
        "Audits consent records for commercial electronic messages under CASL.",
        "Checks that contracts, product labels and the website meet Quebec's Charter of the French language.",
        "Francization certificate with the OQLF",
        # lobbying
        "Files the quarterly lobbying disclosure reports and logs contacts with public office holders.",
        # franchise law
        "Updates the Franchise Disclosure Document every year and tracks state franchise registrations.",
        "FDD annual update",
        "verify the contracts of distributors is conform with the franchise law in each country",
    ],
    ("legal_compliance", "back", "support", "on_site"): [
        "Performs quarterly leak tests and a physical check of every sealed radioactive source in the lab.",
        "Walks each floor for the fire risk assessment review and records the actions in the fire safety log book.",
        "Visits garment factories unannounced to check worker age records, fire exits and overtime sign-in sheets.",
        "Inspects licensed HMO properties against the licence conditions, including room sizes and smoke alarms.",
        "Checks SIM registration desks in person at dealer shops to see that ID documents are scanned.",
        "Attends the annual FSC audit at the sawmill and walks the auditor through the log yard.",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        "Defends EU261 compensation claims brought by passengers in the small claims court.",
        "Prepares a bid protest to the GAO after a contract award is challenged.",
        "Processes a lawful interception request from law enforcement after checking the warrant.",
        "Responds to a Prisons and Probation Ombudsman investigation into a death in custody.",
        "Grants dealing clearance to a director who asks to sell shares outside the closed period.",
        "Political contribution pre-approval requests",
        "Applies to OFSI for a specific licence to release a payment to a designated counterparty.",
        "Handles a complex subject access request from a former employee, redacting third-party data.",
        "Prepared a voluntary disclosure to DDTC after an unauthorised ITAR technical data transfer was found.",
        "Drafts the ET3 response and instructs counsel when an employment tribunal claim is received.",
        "Notifies the P&I club of a cargo damage claim and gathers the survey reports.",
        "Instructs local counsel when a vessel is arrested in port and negotiates security for its release.",
        "Requests a one-off waiver of a licence condition from the regulator and documents the justification.",
        "Reviews an unusual sponsorship request from a foundation linked to a government official for bribery risk.",
    ],
    ("legal_compliance", "back", "long_tail", "on_site"): [
        "Accompanies regulators during an unannounced inspection of the chemical plant and records what they take.",
        "Attends the port to witness the release of the arrested vessel and collect the court documents.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(HR_BREADTH2, LEGAL_BREADTH2)
