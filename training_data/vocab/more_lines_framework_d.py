"""Dense process-framework names: five short names and one statement per abstract concept.

Framework modules a, b and c gave each abstract process-framework concept one or two lines, too
few for the model to learn that "separations" is hr, "economic trends" is management, "releases"
is it and "maintaining physical assets" is admin. This module repeats each concept in the terse
style consultants paste from cross-industry process frameworks: five different short names
(verb + object or a noun phrase, two to seven words, with synonyms, singular and plural, with and
without the domain word) and one job-description statement, all written in our own words rather
than any published framework's. Labels follow shared/LABELING.md without company context: the
domain word decides the function, management is direction for the company as a whole, routine
framework processes take the function's routine process, a single finding, case or dispute is
`long_tail`, and work that needs someone at the premises or the goods is `on_site`.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
BLOCKS: Blocks = {
    ("management", "back", "core", "remote"): [
        # the business environment as a whole
        "Scan the wider business environment",
        "External environment assessment",
        "Analyse the operating environment for strategy",
        "Assess outside forces shaping the company",
        "1.1.1 Business environment monitoring",
        "Tracks the wider business environment and briefs the executive team on shifts that matter to strategy",
        # economic trends
        "Track economic trends",
        "Economic outlook analysis",
        "Monitor macroeconomic conditions and cycles",
        "Assess economic developments affecting the business",
        "Review economic indicators for the corporate plan",
        "Follows growth, inflation and interest rate trends and explains what they mean for company strategy",
        # political and regulatory developments
        "Monitor political and regulatory trends",
        "Political climate assessment",
        "Scan legislative developments for strategic impact",
        "Assess the policy outlook for the business",
        "Political landscape review for strategic planning",
        "Watches elections, trade policy and upcoming legislation and flags their strategic impact to the board",
        # technology innovations in the market
        "Assess disruptive technologies in our industry",
        "Track technology shifts affecting the business model",
        "Industry technology trend review",
        "Identify breakthrough innovations in our markets",
        "Monitor new technologies reshaping the industry",
        "Reports to leadership on new technologies that could change how our industry competes",
        # demographic shifts
        "Analyse demographic shifts",
        "Population trend analysis",
        "Track demographic change in our markets",
        "Assess ageing and population growth impacts",
        "1.1.5 Demographic outlook for strategic planning",
        "Studies population, age and household trends and relates them to long-term demand for the company",
        # social and cultural change
        "Identify social and cultural shifts",
        "Sociocultural trend analysis",
        "Monitor changing lifestyles and social values",
        "Assess societal change affecting the company",
        "Cultural trend watch for strategy",
        "Tracks changing social norms, lifestyles and public values for the strategy team",
        # ecological and environmental concerns
        "Assess ecological concerns for the business",
        "Environmental trend assessment for strategy",
        "Evaluate climate and sustainability pressures",
        "Monitor ecological issues affecting company strategy",
        "Sustainability outlook review",
        "Assesses climate change, resource scarcity and environmental expectations as forces on company strategy",
        # competitor analysis
        "Analyse competitors",
        "Competitive landscape assessment",
        "Evaluate competitor strategies and positioning",
        "Profile rivals' strengths and weaknesses",
        "Competitive intelligence for strategic planning",
        "Profiles our main competitors and their likely next moves for the annual strategy review",
        # internal analysis
        "Conduct internal analysis",
        "Organisational self-assessment",
        "Assess internal strengths and weaknesses",
        "Review company capabilities and resources",
        "Analyse the organisation's core competencies",
        "Assesses the company's structure, culture, finances and capabilities ahead of strategic planning",
        # baselines of current processes
        "Baseline current processes",
        "Current-state process assessment",
        "Document as-is business processes",
        "Establish process performance baselines",
        "Measure how existing processes perform",
        "Maps how key processes run today and records their cost, time and quality as a baseline",
        # vision and mission
        "Define the company vision",
        "Mission statement development",
        "Formulate vision and mission",
        "Set corporate purpose and values",
        "1.2.1 Review the mission statement",
        "Leads workshops with the founders to write the company's vision and mission statements",
        # aligning functional strategies
        "Align functional strategies",
        "Strategy alignment across functions",
        "Link departmental strategies to corporate goals",
        "Cascade enterprise strategy to business functions",
        "Harmonise unit plans with company strategy",
        "Checks each department's strategy against the company strategy and resolves conflicts between them",
        # stakeholder relationships
        "Manage stakeholder relationships",
        "Corporate stakeholder engagement",
        "Engage key company stakeholders",
        "Stakeholder relations planning",
        "Maintain relationships with stakeholder groups",
        "Maps the company's stakeholders and plans how leadership engages each group",
        # external relationships in general
        "Manage external relations",
        "External affairs management",
        "Build relationships outside the company",
        "Oversee corporate external relationships",
        "Coordinate the external affairs programme",
        "Heads external affairs and coordinates how the company deals with outside bodies",
        # government and industry
        "Government relations",
        "Public affairs and lobbying",
        "Engage government and industry bodies",
        "Build ties with ministries and trade associations",
        "Industry association relationships",
        "Represents the company with ministries, local authorities and industry associations",
        # board
        "Board relations",
        "Support the board of directors",
        "Manage board communications",
        "Coordinate board and committee meetings",
        "Director relationship management",
        "Serves as secretary to the board, preparing agendas, minutes and director briefings",
        # investors
        "Investor relations programme",
        "Manage shareholder relationships",
        "Communicate with investors and analysts",
        "Develop investor outreach",
        "Build relationships with capital markets",
        "Runs results calls, investor roadshows and shareholder correspondence",
        # corporate governance policies
        "Corporate governance policies",
        "Define governance policies for the company",
        "Maintain the corporate governance framework",
        "Set board and management governance rules",
        "Review governance charters and authority matrix",
        "Drafts and updates the company's governance policies, delegations of authority and board rules",
        # business process management
        "Manage enterprise processes",
        "Improve end-to-end business processes",
        "Establish a BPM capability",
        "Process management programme",
        "2.1 Business process management office",
        "Leads business process management across the company, from modelling to continuous improvement",
        # process governance
        "Process governance",
        "Establish process ownership",
        "Define process governance roles",
        "Govern company process standards",
        "Run the process owner network",
        "Chairs the process governance board and assigns an accountable owner to each process",
        # process frameworks and architecture
        "Process architecture",
        "Maintain the process framework",
        "Define the enterprise process hierarchy",
        "Develop a process classification model",
        "Design the company process landscape",
        "Keeps the company's process framework and level one to three process maps current",
        # portfolio, programme and project management
        "Enterprise portfolio and programme management",
        "Manage strategic programmes",
        "Oversee the company project portfolio",
        "Run programme governance",
        "Project portfolio prioritisation",
        "Heads the enterprise PMO and reports programme status and benefits to the executive committee",
        # enterprise quality management
        "Enterprise quality management",
        "Manage company-wide quality",
        "Establish a quality management system",
        "Set the corporate quality policy",
        "Oversee the organisational quality programme",
        "Owns the company quality policy and management system and leads annual quality reviews",
        # organisational change management
        "Manage change across the organisation",
        "Lead company-wide change",
        "Plan organisational change",
        "Change adoption and readiness",
        "2.6.2 Transformation change management",
        "Guides leaders through restructures and transformations, planning communication and adoption",
        # enterprise knowledge management
        "Enterprise knowledge management",
        "Develop a knowledge management strategy",
        "Capture and share organisational knowledge",
        "Knowledge sharing programme",
        "Establish communities of practice",
        "Leads the company knowledge programme so lessons and expertise are captured and reused across teams",
        # measuring and benchmarking the company
        "Measure company performance",
        "Enterprise benchmarking",
        "Benchmark against industry peers",
        "Develop corporate performance measures",
        "Company performance scorecard",
        "Compares company results with peers and reports performance gaps to the executive team",
    ],
    ("product_development", "back", "core", "remote"): [
        # preparing a new product for production
        "Prepare new products for manufacture",
        "Production readiness for new products",
        "Transfer designs to production",
        "Industrialise new designs",
        "Ready new products for volume production",
        "Leads the handover of new designs to the plant, including tooling, trials and production documentation",
        # designing out quality and reliability problems
        "Design for reliability",
        "Build quality into product design",
        "Perform design failure mode analysis",
        "Design out defects early",
        "Reliability engineering for new products",
        "Runs design FMEA and reliability reviews so new products avoid field failures",
    ],
    ("sales", "front", "core", "remote"): [
        # sales budgets
        "Develop the sales budget",
        "Sales budgeting",
        "Plan sales revenue budgets",
        "Set the sales department budget",
        "Prepare sales expense and revenue budgets",
        "Builds the annual sales budget with regional managers and tracks spend and revenue against it",
        # customer management measures and account metrics
        "Define account metrics",
        "Customer account KPIs",
        "Track account performance measures",
        "Measure account health and growth",
        "Key account scorecards",
        "Reports revenue, share of wallet and retention by account to the sales leadership",
    ],
    ("logistics", "back", "core", "remote"): [
        # demand management
        "Demand management",
        "Plan and manage demand",
        "Forecast customer demand",
        "Demand planning process",
        "Shape and balance demand",
        "Leads demand planning, consolidating forecasts and agreeing the demand plan with sales",
        # materials planning
        "Plan materials requirements",
        "Material planning",
        "Calculate component requirements",
        "Run the materials planning process",
        "Plan raw material supply",
        "Runs MRP and turns the production plan into material requirements and replenishment orders",
        # aligning supply chain resources
        "Match supply chain capacity to demand",
        "Supply chain resource balancing",
        "Allocate logistics resources to the supply plan",
        "Balance supply and distribution capacity",
        "Supply chain capacity alignment",
        "Matches warehouse, transport and inventory capacity with the agreed supply plan each month",
        # trade and customs services
        "Customs and trade services",
        "Import and export processing",
        "Handle customs clearance",
        "Manage cross-border trade documentation",
        "Tariff classification of shipments",
        "Prepares import and export declarations and coordinates with customs brokers on each shipment",
    ],
    ("logistics", "back", "core", "on_site"): [
        # returns processing
        "Process product returns",
        "Returns handling",
        "Receive and inspect returned goods",
        "Manage returned merchandise flow",
        "Reverse logistics operations",
        "Receives returned items at the dock, checks their condition and routes them to stock, repair or scrap",
    ],
    ("customer_service", "front", "core", "remote"): [
        # after-sales servicing of products
        "After-sales product service",
        "Provide post-sale servicing",
        "Manage after-sales support",
        "Service products under warranty",
        "Post-purchase product support",
        "Coordinates repairs, maintenance visits and warranty servicing for customers after purchase",
        # recalls handled with customers
        "Manage product recalls with customers",
        "Recall customer communications",
        "Notify customers of product recalls",
        "Handle recall enquiries and replacements",
        "Customer recall handling",
        "Contacts affected customers during a recall and arranges refunds, repairs or replacements",
    ],
    ("customer_service", "front", "core", "on_site"): [
        "Field servicing of sold products at customer premises",
    ],
    ("hr", "back", "support", "remote"): [
        # HR plans, policies and strategies
        "Develop HR strategy",
        "HR policy development",
        "Plan human resources",
        "Set people policies and plans",
        "Maintain the HR policy framework",
        "Writes the HR strategy and annual people plan and keeps HR policies up to date",
        # promotions and demotions
        "Process promotions",
        "Handle employee demotions",
        "Promotion and demotion administration",
        "Manage grade changes and promotions",
        "Review promotion nominations",
        "Administers promotion rounds and any demotions, updating grades and issuing letters",
        # separations and leavers
        "Process employee separations",
        "Offboarding of leavers",
        "Manage staff exits",
        "Leaver administration",
        "Handle terminations and resignations",
        "Handles leavers from resignation or termination notice to final exit paperwork",
        # retirements
        "Administer retirements",
        "Retirement planning for employees",
        "Process staff retirements",
        "Manage retiree transitions",
        "3.7.4 Pre-retirement counselling",
        "Guides retiring employees through notice, handover and leaving arrangements",
        # HR reporting
        "HR reporting",
        "Produce workforce reports",
        "Report key HR metrics",
        "People data reporting",
        "Prepare headcount and turnover reports",
        "Compiles monthly HR dashboards on headcount, absence and attrition for managers",
        # HR information systems
        "Manage the HRIS",
        "HR system administration",
        "Maintain human resources system data",
        "Configure HR software",
        "HRIS support and upgrades",
        "Administers the HR information system, its user access, data quality and upgrades",
        # employee health and safety as an HR programme
        "Employee health and safety programmes",
        "Develop a workplace wellbeing programme",
        "Run the employee safety programme",
        "Occupational health programme",
        "Promote staff health and wellness",
        "Runs the employee health, safety and wellbeing programme, including occupational health referrals",
        # labour relations
        "Manage union relations",
        "Industrial relations management",
        "Negotiate collective agreements",
        "Work with employee representatives",
        "3.9 Labour relations",
        "Leads negotiations with trade unions and consults the works council on changes",
    ],
    ("it", "back", "support", "remote"): [
        # IT strategy for the enterprise
        "Define the company IT strategy",
        "IT strategic planning",
        "Set technology direction for IT",
        "Create the IT strategy roadmap",
        "Align IT strategy with the business",
        "Leads the enterprise IT strategy and multi-year technology roadmap",
        # IT research and innovation
        "IT innovation management",
        "Evaluate new IT technologies",
        "Run IT proofs of concept",
        "IT research and technology pilots",
        "Research emerging IT solutions",
        "Tests new tools and platforms in IT pilots before they are adopted company-wide",
        # IT value and performance
        "Measure IT value",
        "IT performance reporting",
        "Assess IT investment returns",
        "Track IT service and cost performance",
        "Communicate IT value to the business",
        "Reports IT costs, service levels and project benefits to the leadership each quarter",
        # IT and its internal customers
        "IT business relationship management",
        "Manage relationships with IT's internal customers",
        "Engage business units on IT needs",
        "IT account management for departments",
        "Partner with departments on technology needs",
        "Acts as the link between IT and department heads, gathering needs and agreeing service priorities",
        # security, privacy and data protection controls in systems
        "Implement IT security controls",
        "Configure data protection controls in systems",
        "Manage privacy controls in applications",
        "IT security control framework",
        "Deploy access and encryption controls",
        "Designs and operates security and privacy controls across company systems and tests them regularly",
        # information and content management strategy
        "Information management strategy",
        "Define the content management strategy",
        "Plan enterprise information management",
        "Set digital content repository standards",
        "Develop the data and content strategy",
        "Sets the strategy for how company data, documents and digital content are stored and governed",
        # information resources
        "Information resource management",
        "Maintain enterprise information assets",
        "Catalogue company data resources",
        "Administer information repositories",
        "Oversee data and information assets",
        "Keeps the inventory of databases, repositories and data sets up to date and assigns owners",
        # planning and implementing IT changes
        "Plan IT changes",
        "IT change control",
        "Implement system changes",
        "Manage change requests for systems",
        "7.5.2 Schedule and deploy IT changes",
        "Runs the change advisory board, assessing, approving and scheduling IT changes",
        # release planning and management
        "Release management",
        "Plan software releases",
        "Coordinate application releases",
        "Release scheduling and deployment",
        "Manage the system release calendar",
        "Plans release content and dates and coordinates deployment with testing and support teams",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # adjustments and deductions on customer accounts
        "Process customer deductions",
        "Customer account adjustments",
        "Resolve short-pays and deductions",
        "Manage receivables adjustments",
        "Post credit adjustments to accounts",
        "Researches customer deductions, validates them and posts adjustments to the receivables ledger",
        # internal controls operation and reporting
        "Operate internal controls",
        "Internal control reporting",
        "Test financial controls",
        "Monitor control compliance",
        "Report internal control deficiencies",
        "Runs the internal controls calendar, collects evidence and reports control results to the audit committee",
        # international funds and consolidation
        "International fund transfers",
        "Group consolidation",
        "Consolidate foreign subsidiaries",
        "Repatriate funds from subsidiaries",
        "Manage multi-currency consolidation",
        "Moves cash between international entities and prepares the consolidated group accounts",
    ],
    ("admin", "back", "support", "remote"): [
        # planning and acquiring facilities and physical assets
        "Plan facility requirements",
        "Acquire premises and physical assets",
        "Facilities acquisition planning",
        "Source new office space",
        "Plan workplace and equipment needs",
        "Forecasts office space and equipment needs and negotiates leases or purchases of premises",
        # designing premises
        "Design new premises",
        "Office fit-out design",
        "Plan building works and layouts",
        # disposing of physical assets (paperwork side)
        "Manage asset disposals",
        "Sell surplus furniture and equipment",
        "Retire assets from the asset register",
        # physical risk to premises
        "Physical security risk assessment",
        "Protect premises against physical threats",
        "Manage site security risks",
        "Premises risk management",
        "Evaluate fire and flood exposure of sites",
        "Reviews fire, flood and break-in risk at each site and plans alarms, guarding and insurance surveys",
    ],
    ("admin", "back", "support", "on_site"): [
        # constructing premises
        "Construct and fit out premises",
        "Supervise refurbishment works",
        "Coordinates architects and builders to design and construct new premises",
        # maintaining facilities and physical assets
        "Maintain facilities",
        "Maintain buildings and fixtures",
        "Service physical assets and equipment",
        "Upkeep of office premises",
        "Repair and maintain buildings",
        "Carries out routine building repairs and schedules servicing of lifts, boilers and office equipment",
        # disposing of physical assets (physical side)
        "Dispose of physical assets",
        "Decommission old office equipment",
        "Removes retired furniture and equipment from the offices and hands it to recyclers",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        # enterprise risk management programme
        "Enterprise risk programme",
        "Run the ERM programme",
        "Keep the company-wide risk register current",
        "Spot and rate risks across the enterprise",
        "Company-wide risk management programme",
        "Coordinates the enterprise risk programme, risk register and quarterly risk reporting to the board",
        # business resiliency and continuity
        "Business continuity management",
        "Ensure business resilience",
        "Develop continuity and recovery plans",
        "Maintain crisis management plans",
        "Operational resilience planning",
        "Maintains business continuity plans and runs annual recovery exercises with each department",
        # preventive law programmes
        "Preventive law programme",
        "Run legal awareness training",
        "Proactive legal risk prevention",
        "Develop preventive legal guidance",
        "Legal compliance training for managers",
        "Trains managers on legal risks and issues guidance to prevent claims before they arise",
    ],
    ("legal_compliance", "back", "long_tail", "remote"): [
        # remediation of a specific finding
        "Remediate an audit finding",
        "Close out a compliance finding",
        "Fix a regulator's inspection finding",
        "Remediation of one control breach",
        "Resolve a specific compliance gap",
        "Leads remediation of a single audit finding, from action plan to evidence of closure",
        # consulting outside experts on one case
        "Engage outside counsel for a case",
        "Consult external legal experts",
        "Retain a specialist for one matter",
        "Instruct external lawyers on a claim",
        "Obtain expert opinion on a dispute",
        "Briefs an outside expert on one legal matter and manages their advice and fees",
        # disputes and litigation
        "Handle legal disputes",
        "Litigation management",
        "Defend claims against the company",
        "Manage a lawsuit",
        "Resolve contract disputes",
        "Handles each dispute or lawsuit case by case, from first claim to settlement or judgment",
    ],
}
# fmt: on

LINES: list[Row] = flatten(BLOCKS)
