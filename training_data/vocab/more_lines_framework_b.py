"""Process-framework vocabulary for people, pay, technology and premises, written in our own words.

Consultants paste formal, abstract process names from cross-industry frameworks, and the model
often reads their vocabulary as the wrong function ("separations" as production, "releases" as
marketing, "maintaining facilities and equipment assets" as production). These lines name the same
kinds of process for `hr` (workforce planning through exits, HR records and analytics),
`payroll` (time reporting, pay, payroll taxes, deductions, benefits administration), `it`
(running IT as a business, security controls, information and data, building, releasing and
operating solutions) and `admin` (buildings, equipment, physical security, real estate and
workspace), labelled by shared/LABELING.md: routine framework processes are `support`, ad hoc
cases (a leave of absence, a relocation, a single grievance, a one-off office move, remediation
of one incident) are `long_tail`, and work needing someone on the premises is `on_site`.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
BLOCKS: Blocks = {
    ("hr", "back", "support", "remote"): [
        # workforce planning, HR policies and strategies, competency models
        "Headcount planning",
        "Forecast headcount needs by department for the coming year",
        "Build the three-year workforce plan with department heads",
        "Analyse skills gaps against the future workforce plan",
        "Define the people strategy and HR priorities for the year",
        "Draft and update HR policies in the employee handbook",
        "Review HR policies each year and align them with changes in employment law",
        "Design role competency frameworks",
        "Maintain the skills catalogue for each job family",
        "Define behavioural competencies and proficiency levels for people managers",
        # requisitions, sourcing, screening and selection, applicant records
        "Job requisition approval workflow",
        "Track open vacancies and time to fill against the hiring plan",
        "Source candidates through job boards, referrals and agencies",
        "Build talent pipelines for hard-to-fill roles",
        "Candidate sourcing and talent pool upkeep",
        "Screen applicants against the role criteria and shortlist",
        "Run structured interviews and skills assessments",
        "Conduct reference and background checks on shortlisted candidates",
        "Selection decisions and offer management",
        "Maintain applicant records in the applicant tracking system",
        "Applicant data: log applications, keep candidate correspondence and purge stale files after the retention period",
        # hiring and rehiring, orientation and deployment
        "Prepare offer letters and employment contracts for new hires",
        "Process rehires of former employees",
        "3.2.4 Hire and rehire administration",
        "Run orientation sessions for new joiners",
        "Coordinate induction schedules and first-week plans for new staff",
        "Assign new employees to teams, managers and work locations",
        # performance management, employee relations, labour relations
        "Performance appraisal administration",
        "Run the annual appraisal cycle and calibration meetings",
        "Set up objective setting and mid-year check-ins for all staff",
        "Coordinates performance reviews and tracks performance improvement plans",
        "Employee relations: advise managers on conduct, capability and disciplinary procedures",
        "Run employee engagement surveys and follow up on the results",
        "Oversee the workplace conduct and dignity at work policy",
        "Labour relations and collective bargaining support",
        "Hold regular consultations with the works council",
        "Administer collective agreements and union facility time",
        # learning and development
        "Plan the annual training calendar",
        "Design learning paths for each job family",
        "Learning and development: course bookings, attendance records and training evaluation",
        "Evaluate training effectiveness and learning outcomes",
        # rewards and recognition, retention
        "Run the employee recognition programme",
        "Design reward and recognition schemes for staff",
        "Administer long-service awards and peer recognition nominations",
        "Develop retention plans for key talent",
        "Analyse attrition trends and stay-interview feedback",
        # promotions, demotions, transfers, separations, retirements
        "Process promotions, demotions and internal transfers",
        "Run the internal job posting and mobility process",
        "Internal moves: promotions, lateral transfers and role changes",
        "Handle resignations and conduct exit interviews",
        "Leaver processing: exit checklists, return of company property and final letters",
        "Administer employee terminations and notice periods",
        "Plan retirements and phased retirement arrangements with employees",
        "Prepares retirement paperwork and farewell notices for retiring staff",
        # HR records and systems, metrics and analytics
        "Maintain employee master data in the HR system",
        "HRIS upkeep: org charts, job codes and position records",
        "Keep personnel files complete and audit-ready",
        "Report HR metrics such as turnover, absence and time to hire",
        "People analytics and workforce dashboards",
        "Produces monthly headcount and attrition reports for the leadership team",
        # employee communications and inquiries
        "Plan employee communications about HR changes",
        "Send HR announcements and policy updates to all employees",
        "Answer employee questions about HR policies and entitlements",
        "Run the HR helpdesk for staff queries",
        "Logs and resolves employee inquiries through the HR service portal",
    ],
    ("hr", "back", "long_tail", "remote"): [
        "Process an unpaid leave of absence request for a six-month sabbatical",
        "Manage one employee's medical leave of absence and return-to-work plan",
        "Arrange relocation support for an engineer moving to the Lyon office",
        "Set up a two-year international assignment for a sales manager, including visa and housing",
        "Expatriate assignment: agree the allowance package and home-leave terms for one assignee",
        "Investigate a formal grievance raised by a warehouse team member",
        "Handles one employee's grievance from the first hearing through to the appeal outcome",
    ],
    ("payroll", "back", "support", "remote"): [
        "Collect and validate timesheets each pay period",
        "Time reporting and hours approval",
        "Reconcile clock-in data with approved hours before the payroll cut-off",
        "Administer salaries, allowances and pay changes",
        "Work out each worker's net pay from gross earnings",
        "4.2 Pay administration: salary changes, bonuses and shift allowances",
        "Issue payslips and answer pay queries",
        "Calculate and remit withholding taxes on wages",
        "File quarterly payroll tax returns and year-end employee tax forms",
        "Reconcile payroll tax liabilities every quarter",
        "Process wage garnishments and court deduction orders",
        "Maintain voluntary deductions such as union dues and pension contributions",
        "Deductions and garnishments processing",
        "Enrol employees in health and pension plans",
        "Benefits administration: open enrolment, life events and provider data files",
        "Reconcile benefit provider invoices against enrolments",
        "Administers employee benefits enrolment and answers plan questions",
        "Oversees the timekeeping system and approves overtime before each pay run",
    ],
    ("payroll", "back", "long_tail", "remote"): [
        "Correct a missed overtime payment for one employee outside the pay cycle",
        "Sort out a retroactive pay correction after a late grade change",
    ],
    ("it", "back", "support", "remote"): [
        # running IT as a business
        "Set the IT strategy and align it with business goals",
        "Define IT principles and technology standards",
        "Maintain the enterprise architecture blueprint and target state",
        "Review new projects against architecture standards",
        "Prioritise the IT project portfolio",
        "IT portfolio management: funding, prioritisation and benefits tracking",
        "Run the IT demand intake and investment board",
        "Scan emerging technologies for internal IT use",
        "Run IT innovation pilots with business teams",
        "Report IT service performance and cost to the business",
        "Measure the value delivered by IT investments",
        "IT scorecard and KPI reporting",
        "Acts as IT business partner for the finance and sales departments",
        "Manage IT relationships with the business units it serves",
        "Gather business demand for IT services each quarter",
        # security, privacy and data protection controls
        "Implement information security controls and monitor adherence",
        "Run vulnerability scanning and patching cycles",
        "Administer identity and access controls for all systems",
        "Apply encryption and data loss prevention controls",
        "Configure privacy settings and data retention rules in company systems",
        "Monitors security alerts and coordinates the response to IT incidents",
        # information, content, data
        "Administer the document management system and intranet",
        "Enterprise content management: repositories, retention settings and search",
        "Design the information architecture for the intranet and shared drives",
        "Define data models and metadata standards",
        "Manage master data quality across business systems",
        "Assign data owners and data stewards for core systems",
        "Maintain the data catalogue and data lineage",
        # solution lifecycle, architecture, build and maintain
        "Application lifecycle planning",
        "Plan application lifecycles and retirement dates",
        "Design solution architecture for new business systems",
        "Produce technical designs for integrations between systems",
        "Develop and maintain internal business applications",
        "Configure and customise the ERP system",
        "Fix defects and apply updates to in-house software",
        # deployment, change and release
        "Define the rollout approach for new systems",
        "Plan system deployments and cutover weekends",
        "6.3.1 Change control: assess and approve IT changes at the change board",
        "Schedule software releases and maintenance windows",
        "Coordinates release planning and go-live sign-off for business applications",
        # service delivery and infrastructure
        "Define the IT service catalogue and service levels",
        "Decide which IT services to outsource or run in house",
        "Monitor servers, networks and storage capacity",
        "Operate the cloud infrastructure and hosting platforms",
        "Run nightly backups and test restores",
        # supporting IT services, knowledge
        "Run the IT service desk for staff",
        "Handle IT incidents and service requests from employees",
        "Problem management: root cause analysis of recurring outages",
        "Maintain the IT knowledge base and support articles",
        "Document system configurations and runbooks",
        "IT knowledge management",
    ],
    ("it", "back", "support", "on_site"): [
        "Rack and cable new servers in the server room",
        "Replace failed disks and hardware in the data centre",
    ],
    ("it", "back", "long_tail", "remote"): [
        "Remediate the phishing compromise of the finance mailbox",
        "Emergency change to roll back a failed release of the ordering system",
        "One-off migration of the legacy file server to cloud storage",
        "Approve an exception to the password policy for a shared kiosk account",
        "Contain and clean up one malware infection on a sales laptop",
    ],
    ("admin", "back", "support", "remote"): [
        "Plan future building and equipment needs for our sites",
        "Plan the acquisition of buildings and major office equipment",
        "Site selection and lease acquisition for new offices",
        "Design office layouts with the architects for the new floor",
        "Plan preventive maintenance of buildings and building equipment",
        "Assess physical risks to our premises such as fire, flooding and break-ins",
        "Manage the real estate portfolio and lease renewal dates",
        "Review property costs and occupancy across sites",
        "Real estate portfolio planning",
        "Space planning and desk allocation",
        "Run workplace services such as catering, cleaning and mail",
        "Allocates desks and meeting rooms as teams grow",
    ],
    ("admin", "back", "support", "on_site"): [
        "Oversee fit-out and construction works at the new premises",
        "Supervise building contractors on site during renovations",
        "Maintain heating, lighting and air conditioning in the offices",
        "Carry out building inspections and minor repairs",
        "Tag and track office furniture and equipment",
        "Dispose of surplus furniture and old equipment",
        "Arrange recycling and safe disposal of retired office assets",
        "Disposal of redundant company assets",
        "Issue building access badges and control visitor entry",
        "Patrol the premises and check alarms after hours",
        "Oversees CCTV, locks and alarm systems at all sites",
        "Facility upkeep: walk the building weekly and log wear, leaks and faults",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        "Plan and run the move of the accounts team to the third floor",
        "Coordinate a one-off office relocation over a weekend",
        "Office move: pack, label and reassemble desks for the design team",
    ],
    ("admin", "back", "long_tail", "remote"): [
        "Get quotes from removal firms for the office move next spring",
    ],
}
# fmt: on

LINES: list[Row] = flatten(BLOCKS)
