"""Sales and marketing across their whole range of sub-areas, in each sub-area's own words.

Real task lines from job ads, checklists, SOPs and service pages of every industry and country
carry the jargon of one corner of a function (a bid library and an ITT, a journey plan and an
outlet beat, a rate card and an insertion order, GRPs and a media plan, Klaviyo flows, MDF,
property particulars, fam trips), and a model that never saw those words falls back on a generic
word and guesses the wrong function. These lines cover sales (outbound and inbound prospecting,
key accounts, renewals, CPQ, deal desk, tenders and public-sector bids, channel and distributors,
field and route sales, retail floors, car showrooms, estate agency, insurance, banking, pharma
and devices, hotel and venue sales, freight and shipping, specification sales, FMCG trade terms,
agriculture, energy, telecoms, media and sponsorship sales, export, order desks, sales ops) and
marketing (SEO, paid search and social, programmatic, social and community, content, email and
automation, brand, PR and press office, events and trade fairs, research, product and trade
marketing, sampling, affiliates and influencers, loyalty, analytics, CRO, creative, outdoor and
broadcast buying, direct mail, sponsorship, hospitality, healthcare, universities, councils,
charities, ABM, local listings, estate agency, tourism) so that the specialist term, not a
generic verb, carries the function. Labels follow shared/LABELING.md: office front, process core
for the routine work and long_tail for exceptions, approvals, requests and one-offs, location
on_site where someone must be there in person (visits, showrooms, viewings, stands, sampling).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
SALES: Blocks = {
    ("sales", "front", "core", "remote"): [
        # outbound prospecting / SDR
        "Builds outbound sequences in Outreach for the mid-market ICP and adjusts step timing from reply rates.",
        "Cold calling: 60 dials a day against the target account list, every connect logged in Salesforce",
        "Books discovery meetings for the account executives from outbound cadences;",
        "sdr - prospect on linkedin sales navigator, send connection requests, hand warm leads to the AEs",
        "Researching target companies, finding the decision makers and enriching contacts in ZoomInfo before outreach.",
        # inbound qualification
        "Qualifies inbound demo requests against BANT and converts MQLs into SQLs within the agreed SLA.",
        "Lead qualification using MEDDICC",
        "Calls back web-form leads within five minutes and records the qualification notes in HubSpot.",
        "Handles inbound sales chat on the website, qualifying visitors and booking demos for the sales team.",
        # account executive / closing
        "Runs tailored product demos and discovery calls, mapping the buying committee and its decision criteria.",
        "Owning the full sales cycle for new logos, from first meeting to signed order form.",
        "Moves opportunities through the pipeline stages and keeps next steps and close dates current.",
        "Sends proposals through PandaDoc and follows up until the customer signs.",
        "Hunter role: new-logo acquisition across the DACH region",
        "Achieve the monthly new MRR target.",
        # key account management
        "Writes annual account plans for strategic customers covering whitespace, stakeholders and expansion targets.",
        "Key Account Management: quarterly business reviews with the top-20 clients",
        "To maintain regular contact with assigned key accounts and grow their revenue year on year;",
        # renewals and expansion
        "Sends renewal quotes 90 days before term end and negotiates multi-year subscription renewals.",
        "Works the renewals queue in Salesforce and flags at-risk ARR to the sales manager every week.",
        "Upsell and cross-sell into the installed base: extra seats, premium tier, add-on modules",
        "Spots expansion opportunities in product usage data and passes them to the account manager.",
        "win-back calls to lapsed trade accounts",
        # CPQ and quoting
        "Builds quotes in Salesforce CPQ from the current price book, with bundles and volume tiers.",
        "Prepares written quotations for customer enquiries and follows each one up by phone within three days.",
        "chase open quotes older than 14 days",
        "Keeps customer-tier price lists and standard discount bands current for the sales team.",
        # tenders and bids
        "Monitors Contracts Finder and Find a Tender for relevant public-sector opportunities.",
        "Drafts RFP and RFQ responses, pulling approved answers from the bid library.",
        "Completes PQQ and ITT submissions against the tender timetable;",
        "Bid management: compliance matrix, win themes, pricing schedule and final upload to the e-tendering portal",
        "Tracks SAM.gov solicitations and writes capture plans for federal contract bids.",
        "Capture management for framework agreements such as G-Cloud and Crown Commercial Service lots",
        "Completes RFI questionnaires from prospective clients ahead of the formal tender.",
        # channel and distributors
        "Recruits and enables resellers, holding joint pipeline reviews with each channel partner.",
        "Reviews partner deal registrations and checks them for channel conflict.",
        "Distributor account management across East Africa, agreeing annual sell-in targets.",
        "Manages overseas sales agents and distributors in the Gulf and West Africa.",
        "Agrees annual volume rebate targets with each distributor as part of the sales agreement.",
        # field sales admin done remotely
        "Submits a call report in the CRM after every customer visit.",
        "Plans next week's territory route in Badger Maps so the visits cluster by town.",
        "Primary and secondary sales tracking for each distributor in the DMS",
        # automotive
        "Follows up showroom walk-ins and AutoTrader internet leads on the same day.",
        # estate agency
        "Negotiates offers between buyers and vendors and progresses agreed sales through to exchange.",
        "Registers applicants, qualifies their buying position and matches them to new instructions.",
        # insurance
        "Carries out fact-finds and needs analyses with clients before recommending protection policies.",
        "Quotes commercial motor fleet and public liability cover to SME prospects, agreeing terms with underwriters.",
        "Cross-sells home insurance to existing motor policyholders at renewal.",
        # banking
        "Relationship Manager, SME banking: grows the lending and deposits book through new client acquisition.",
        "Builds relationships with mortgage brokers to win new introductions to the bank.",
        "Corporate banking RM duties - pitching trade finance and cash management to mid-cap clients",
        # pharma
        "Logs each HCP call and sample drop in Veeva CRM on the day of the visit.",
        # hospitality and venues
        "Responds to group booking enquiries and corporate RFPs with room-block proposals.",
        "Negotiates annual corporate rate agreements with travel management companies.",
        "MICE sales: converting conference enquiries into signed contracts with F&B minimums",
        "Converts venue-hire enquiries into confirmed bookings for weddings, conferences and parties.",
        # freight and shipping
        "Quotes spot and contract rates for FCL and LCL shipments on Asia-Europe lanes.",
        "Wins new shipper accounts for the air freight and customs brokerage services.",
        "Prepares rate sheets and lane proposals for shippers' annual freight tenders.",
        "Agrees named-account contract rates with BCOs ahead of the transpacific contract season.",
        # specification and construction
        "Gets our cladding products specified by architects and M&E consultants on upcoming projects.",
        "Tracks construction projects on Barbour ABI and contacts main contractors at the tender stage.",
        # industrial and technical
        "Works with application engineers to scope the customer's duty and quote pumps and spares.",
        "Technical sales: answering RFQs for machined components with price and lead time",
        # telesales
        "Makes outbound calls from the dialler list, pitching broadband packages to existing customers.",
        "Telesales agent, meeting daily talk-time and conversion targets on warm leads",
        "Takes inbound sales calls for skip hire and quotes by postcode and skip size.",
        # wholesale and fashion
        "Sends line sheets to boutique buyers ahead of market week and writes up their pre-orders.",
        "Manages wholesale accounts on Faire and Joor, chasing reorders and minimum order values.",
        # FMCG
        "Negotiates trade terms and new listings with the category buyers of the grocery multiples.",
        "Prepares range review presentations for the Tesco and Sainsbury's buying teams.",
        "Joint business planning with key retail customers: volume, promotional slots and distribution gains",
        "Sells in new SKUs to wholesalers and cash-and-carry depots.",
        # agriculture
        "Agrees annual sales targets with each tractor and implement dealer in the region.",
        # education
        "Converts enquiries from prospective students into enrolments through follow-up calls and course advice.",
        "Sells the learning platform to school districts, working through board approval cycles and RFPs.",
        # software licensing
        "Manages enterprise agreement renewals and annual true-ups for Microsoft licensing customers.",
        "Negotiates seat expansions and multi-year licence deals with IT directors.",
        # media, advertising and sponsorship sales
        "Sells display and sponsored-content packages to agencies against the media rate card.",
        "Books insertion orders for print ad space and chases copy deadlines with advertisers.",
        "Radio airtime sales: pitching spot packages to local car dealers and retailers",
        "Sells hospitality boxes and perimeter boarding packages to local businesses for the club.",
        "Sells exhibition stand space and sponsorship packages for the annual conference.",
        # membership
        "Membership consultant - follows up guest passes and hits the monthly joins target",
        # energy and telecoms
        "Quotes fixed-term electricity and gas contracts for business customers from their MPAN and MPRN details.",
        "Tracks contract end dates across the book and approaches customers before their renewal window opens.",
        "Handles handset upgrade calls and recommends the tariff that suits each customer's usage.",
        "B2B mobile sales: connections, fleet tariffs and unified comms for SMEs",
        # sales operations
        "Runs the weekly forecast call and rolls up commit, best case and pipeline by region.",
        "Pipeline hygiene in Salesforce: stale opportunities, missing close dates, duplicate accounts.",
        "Designs sales territories and sets rep quotas for the new financial year.",
        "Builds sales dashboards for win rate, average deal size and sales cycle length.",
        "Maintains the order book and backlog report for the sales director.",
        # enablement
        "Keeps competitor battlecards and objection-handling guides up to date for the sales team.",
        "Coaches reps on the sales playbook through recorded call reviews in Gong.",
        # export
        "Quotes export customers on CIF and FOB terms and issues pro forma quotations.",
        # order desk
        "Enters customer sales orders received by email and EDI into SAP SD, confirming prices and delivery dates.",
        "Sales order processing: telephone orders from trade customers keyed into Sage",
        # commodities
        "Sells copper concentrate to smelters and traders under annual offtake contracts, negotiating treatment charges.",
        # services, print, travel, franchise
        "Prepares statements of work and pricing for professional services deals.",
        "Sells print and packaging jobs to brand owners and turns estimates into orders.",
        "Sells tailor-made holidays by phone, upselling excursions, transfers and travel insurance.",
        "Qualifies franchise enquiries by phone and sends out the franchise prospectus.",
        "Quotes equipment lease and hire-purchase packages to contractors buying new plant.",
        "works the trade show lead list within 48 hours of the show closing",
        "To identify and develop new business opportunities within the assigned sales region;",
    ],
    ("sales", "front", "core", "on_site"): [
        # field and route sales
        "Visits independent retailers across the territory to take orders and present new lines.",
        "Completes the journey plan, calling on every outlet on the route once a fortnight.",
        "Field sales rep: face-to-face appointments with farm owners, dealers and co-ops",
        "Route sales rep visiting dukas and kiosks on a fixed beat, taking orders and pushing new SKUs.",
        "Meets secondary sales targets by visiting the distributor's retailers across the assigned beat.",
        "Conducts sales calls on wholesale grocers in Lagos and Abuja, taking orders for the next delivery cycle.",
        "Signs up households for pay-as-you-go solar home systems during village sales days.",
        "Door-to-door canvassing for solar panel surveys in the assigned postcodes.",
        # retail floor and trade counter
        "Greets shoppers on the sales floor, recommends products and closes the sale at the till.",
        "Hits the daily attach-rate target by offering accessories and care plans with every TV sold in store.",
        "Serves trade customers at the branch counter, quoting prices and taking orders for timber and fixings.",
        "Sells produce and preserves from the farm stall at the Saturday market.",
        # cars, homes, property
        "Takes prospective buyers on test drives and appraises their part-exchange vehicles.",
        "Vehicle sales executive: showroom appointments, order bank and customer handovers",
        "Conducts accompanied viewings and feeds back buyer comments to the vendor.",
        "Shows rental flats to prospective tenants and agrees the terms with the landlord.",
        "Sales negotiator at the show home, walking buyers round the development and taking plot reservations.",
        "Visits homeowners for in-home consultations and closes kitchen sales on the first appointment.",
        # pharma, devices, agriculture
        "Details cardiology products to GPs and practice nurses according to the call plan.",
        "Runs product trials on hospital wards to win contracts for the wound-care dressings range.",
        "Calls on growers and agronomists to sell seed varieties and crop protection programmes.",
        # hospitality, membership, drinks, franchise, construction, banking
        "Conducts site inspections of the hotel's function rooms for event planners and wedding couples.",
        "Shows walk-in visitors around the gym and signs them up to memberships.",
        "Runs tastings for on-trade buyers to win new listings for the wine portfolio.",
        "Hosts buyer appointments in the showroom during fashion week and writes the wholesale orders.",
        "Runs discovery days at head office for prospective franchisees.",
        "Visits site managers on live projects to turn specifications into orders.",
        "Identifies cross-sell openings for credit cards and overdrafts in face-to-face branch meetings.",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Reviews non-standard discount requests above 20% and routes them to the deal desk for sign-off.",
        "Deal desk: approving exceptions to standard pricing and commercial terms, one deal at a time",
        "Handles special pricing requests from distributors bidding on a specific end-user project.",
        "Prepares one-off bespoke quotes for configurations that are not in the price book.",
        "Settles territory and account ownership disputes between reps as they are raised.",
        "Decides case by case how quota credit for a shared deal is split between two account managers.",
        "Responds to an unsolicited tender invitation from a new overseas buyer.",
        "Handling ad hoc requests from the MD to quote for contacts met at industry dinners",
        "Approves sample requests from prospects on a case-by-case basis.",
        "Arranged a rescue call with the client's director when a key account threatened not to renew.",
        "Approves month-to-month contract terms for a strategic prospect as an exception to the annual minimum.",
        "Extends quote validity beyond 30 days for a customer when the sales manager agrees.",
        "Special bid: a one-off government order priced below the distributor floor, signed off by the sales director",
        "Agrees case by case to split a large order into staged call-offs at the originally quoted price.",
    ],
    ("sales", "front", "long_tail", "on_site"): [
        "Agrees a price match in store, with the manager's approval, when a shopper finds the same model cheaper elsewhere.",
        "Drives out at short notice to a major customer's site to save an order that is about to be cancelled.",
        "Covers a one-off sales stand at the county show when the regular rep is away.",
    ],
}

MARKETING: Blocks = {
    ("marketing", "front", "core", "remote"): [
        # SEO
        "Carries out keyword research and maps target search queries to landing pages.",
        "Fixes crawl errors, canonical tags and Core Web Vitals issues flagged in Search Console to protect organic rankings.",
        "Link-building outreach to industry blogs and directories for stronger domain authority",
        "seo audit of product pages - titles, meta descriptions, alt text",
        "Local SEO: citations and consistent NAP data across directories",
        # paid search
        "Manages Google Ads search campaigns, adding negative keywords and adjusting bids to hit the target CPA.",
        "Improves Quality Score through ad copy tests and more relevant landing pages.",
        "Shopping campaigns: product feed optimisation in Merchant Center",
        # paid social
        "Builds lookalike and retargeting audiences in Meta Ads Manager and tracks ROAS by ad set.",
        "Launches LinkedIn sponsored content and lead gen forms aimed at finance decision makers.",
        "TikTok ad creative testing: three hooks per concept, weekly kill-or-scale calls",
        # programmatic
        "Sets up programmatic display buys in DV360 with frequency caps and viewability targets.",
        "Reviews placement reports from the DSP and excludes sites that fail brand-safety checks.",
        # organic social
        "Plans the monthly social media content calendar across Instagram, Facebook and LinkedIn.",
        "Community management: moderating comments and engaging followers on brand posts",
        "Schedules posts in Hootsuite and reports engagement rate and follower growth every month.",
        "Creates Canva graphics for social posts and email headers.",
        "YouTube channel management - thumbnails, titles, end screens, playlists",
        # content
        "Writes long-form blog posts and gated whitepapers that drive organic traffic and leads.",
        "Owns the editorial calendar and briefs freelance writers on topics, keywords and deadlines.",
        "Turns customer interviews into published case studies and testimonials.",
        "Copywriting for ads, web pages, brochures and radio scripts",
        "Produces the company podcast and promotes each episode across social and email.",
        # email and SMS
        "Builds and sends the weekly newsletter in Mailchimp, segmented by purchase history.",
        "Sets up Klaviyo flows for welcome, abandoned-cart and post-purchase emails.",
        "Monitors email deliverability, bounce rates and spam complaints, and cleans the mailing list each quarter.",
        "a/b test subject lines on the promotional emails",
        "Sends SMS promotions to opted-in customers through Attentive.",
        "Plans push notification and in-app messaging campaigns to lift app engagement.",
        # marketing automation and ops
        "Builds nurture programmes in Marketo and maintains the lead scoring model with sales.",
        "HubSpot workflows: lifecycle stage updates, MQL alerts and lead routing",
        "Keeps email suppression lists and marketing opt-ins current so campaigns reach only opted-in contacts.",
        "Imports event lead lists into the CRM, dedupes them and tags each with its campaign source.",
        # brand
        "Maintains the brand guidelines and checks agency artwork against logo, colour and tone-of-voice rules.",
        "Commissions the annual brand tracker and reports awareness and consideration scores.",
        "Manages the digital asset library in Bynder so every team uses current campaign imagery.",
        # PR and press office
        "Drafts press releases and pitches stories to trade and national journalists.",
        "Maintains the media list in Cision and compiles the monthly coverage report.",
        "Arranges press interviews for the chief executive and writes the briefing notes.",
        "To respond to media enquiries and staff the council's press office rota;",
        "Drafts speeches and op-eds for the chief executive's media profile.",
        "Writes award entries that showcase our campaigns and customer results.",
        # events and webinars
        "Books stand space at trade shows and works through the exhibitor manual deadlines.",
        "Organises customer webinars end to end: speakers, registration page, reminders and follow-up emails.",
        "Maintains the events calendar on the website and promotes each date by email.",
        # research and insight
        "Designs online surveys in Qualtrics and analyses the results for the customer segmentation study.",
        "Usage and attitude study: briefing the research agency and presenting the findings",
        "Desk research on market size and share for the annual market report",
        "Tracks competitor pricing, promotions and ad campaigns and shares a monthly digest.",
        "Runs brand perception surveys among lapsed and current customers.",
        # product marketing
        "Writes positioning and messaging frameworks for each product launch.",
        "Go-to-market launch plans: personas, pricing page copy, launch emails, sales deck",
        "Creates sales collateral such as one-pagers, brochures and case study decks.",
        # trade marketing
        "Plans the trade promotion calendar and evaluates the uplift after each promotion.",
        "Designs point-of-sale materials such as shelf wobblers, barkers and end-cap displays for the new launch.",
        "Coordinates pack artwork changes for the on-pack promotional offer.",
        # affiliates, influencers, partners
        "Recruits new publishers to the affiliate programme on Awin and sets their commission tiers.",
        "Monitors affiliate traffic for voucher code leakage to cashback and coupon sites.",
        "Briefs influencers on campaign deliverables, usage rights and #ad disclosure.",
        "Arranges product gifting to micro-influencers and tracks the content they post.",
        "Plans joint campaigns with channel partners and tracks their market development funds (MDF).",
        "Manages co-op advertising funds with the manufacturer for the dealer's local campaigns.",
        # loyalty, lifecycle, referral
        "Runs the loyalty scheme: points promotions, tier upgrades and members-only offers.",
        "Analyses loyalty card data to target lapsed members with win-back offers.",
        "Plans churn-prevention campaigns for subscribers nearing the end of their first year.",
        "Runs the refer-a-friend scheme and reports referral-driven sign-ups.",
        "Runs review-generation campaigns that ask happy customers to rate us on Trustpilot.",
        # analytics
        "Sets up UTM conventions and GA4 conversion events so every campaign can be attributed.",
        "Builds the marketing dashboard in Looker Studio: spend, CPL, CAC and pipeline sourced.",
        "Commissions marketing mix modelling to split the media budget across TV, search and social.",
        "Tracks campaign spend and pacing against budget in each ad platform.",
        # web, CRO, ASO
        "Builds campaign landing pages in the CMS and runs A/B tests on headlines and forms.",
        "Conversion rate optimisation on the sign-up funnel using Hotjar heatmaps and session recordings.",
        "Optimises the app store listing for ASO: keywords, screenshots and preview video.",
        # creative and production
        "Writes storyboards and the creative brief for the 30-second TV commercial.",
        "Briefs the creative agency and runs the feedback rounds on campaign concepts.",
        "Manages print runs of brochures and catalogues with the printer, checking every proof.",
        # above the line and direct mail
        "Plans and buys outdoor advertising: billboards, bus sides and digital 48-sheets.",
        "Negotiates TV airtime with media owners to hit the GRP and reach targets in the media plan.",
        "Buys local press and radio ads to promote the dealership's sales weekend.",
        "Books advertorials and display ads in the leading trade magazines.",
        "Selects mailing lists and manages the printer and mailing house for the quarterly direct mail pack.",
        "door drop leaflet campaign across the target postcodes",
        # sponsorship
        "Activates the club sponsorship with pitch-side branding, matchday competitions and social content.",
        # sector marketing
        "Runs seasonal package promotions on the hotel's direct booking website.",
        "Runs patient acquisition campaigns for the clinic's new physiotherapy service.",
        "Builds referral marketing programmes aimed at GPs and consultants.",
        "Produces the undergraduate prospectus and course pages for student recruitment.",
        "Plans Clearing campaigns and paid search for late applicants each August.",
        "Plans public information campaigns for residents about the new recycling collections.",
        "To manage the council's corporate social media accounts and campaign calendar;",
        "Plans the Christmas fundraising appeal across direct mail, email and paid social.",
        "Produces the charity's annual impact report and the donor newsletter.",
        "Plans acquisition campaigns for the new savings account across digital and branch channels.",
        "Writes property particulars and uploads the listings to Rightmove and Zoopla.",
        # ABM, planning, promotions, local
        "Runs account-based marketing for 50 named accounts using Bombora intent data.",
        "Builds the target account list with sales and personalises ads and content per tier.",
        "Prepares the annual marketing plan and phases the media budget by month and channel.",
        "Sets up seasonal promo codes and sale banners on the Shopify store.",
        "Plans the promotional calendar around Black Friday, Boxing Day and the end-of-season sale.",
        "Updates Google Business Profile listings, opening hours and photos for every branch.",
        "Adapts ad campaigns for the French and German markets with local agencies and transcreated headlines.",
        "Runs the customer reference programme and recruits speakers for case study videos.",
        "Manages the campus brand ambassador programme, sending kits and tracking referrals.",
        "Marketing campaigns - plan, brief, launch and report",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Staffs the exhibition stand, scans visitor badges and talks visitors through the new range.",
        "Builds and dismantles the pop-up stand at regional trade fairs.",
        "Books and staffs the venue's stand at local wedding fairs.",
        "Sets up the branded gazebo, flags and banners at the county show.",
        "Recruits and moderates focus groups in a viewing facility to test new advertising concepts.",
        "Carries out store audits to check POS placement and promotional compliance.",
        "Runs in-store sampling and product demonstrations at weekend supermarket activations.",
        "Hands out samples and vouchers at the station during the launch roadshow.",
        "Installs window displays and seasonal in-store signage to the campaign guidelines.",
        "Experiential marketing: pop-up brand experiences in shopping centres",
        "Directs product photo shoots in the studio for the seasonal catalogue.",
        "Checks billboard sites in person to confirm the posters went up on the booked dates.",
        "Delivers leaflets door to door and puts posters up on community noticeboards.",
        "Hosts campus open days with stalls, tours and talks for prospective students and parents.",
        "Organises farmer field days at demonstration plots to showcase new seed varieties.",
        "Photographs properties and measures rooms for the floor plans before a listing goes live.",
        "Hosts familiarisation trips for travel writers and tour operators around the region.",
        "Represents the destination on the stand at ITB Berlin and WTM London.",
        "Runs matchday sponsor activations at the stadium: fan zone games, giveaways and branded photo points.",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Prepares holding statements and reactive Q&A when a product issue attracts media attention.",
        "Reviews sponsorship and donation requests from local clubs and charities case by case.",
        "Handles ad hoc requests from sales reps for custom slides, flyers or co-branded one-pagers.",
        "Approves one-off requests from partners to use our logo on their website or exhibition stand.",
        "Coordinated the one-off rebrand: new logo rolled out across website, signage, vehicles and stationery.",
        "Deals with a journalist's correction request after an inaccurate article is published.",
        "Signs off exceptions to the brand guidelines when a market needs a local variant.",
        "Pulls together a press pack at short notice when the company wins an unexpected award.",
        "Withdraws and replaces an advert after a complaint to the Advertising Standards Authority.",
        "Approves unplanned top-ups to the paid social budget when a campaign over-delivers.",
        "Responded to a viral negative post about the brand with a public statement agreed with the head of communications.",
        "Handles a one-off request from the regional tourism board to feature us in their campaign.",
        "Handles occasional requests from local schools for branded prizes or a sports-day sponsorship.",
        "Arranged a one-off celebrity appearance for the store's anniversary promotion.",
    ],
    ("marketing", "front", "long_tail", "on_site"): [
        "Staffed the stand at a one-off trade mission exhibition in Nairobi.",
        "Set up a one-off launch party for the flagship store opening.",
        "Organises extra photo shoots when new products arrive earlier than planned.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(SALES, MARKETING)
