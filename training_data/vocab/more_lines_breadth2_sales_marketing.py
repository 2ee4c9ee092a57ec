"""Sales and marketing in forty more sub-areas each, from industries and regions the first pass left out.

The first breadth pass gave sales and marketing their common corners; real pages keep bringing
the jargon of others, and a model that never saw those words guesses the function from a generic
verb. These lines add sales in aviation (charter, ACMI, airline cargo and agency deals), shipping
(chartering, bunkers, ship and yacht broking), rail freight, defence export and capture, fuel
cards, crude and LPG, institutional pharma tenders, lab instruments, CRO bids, specialty
chemicals, garment and yarn mills, seafood and timber, mall leasing and off-plan launches, law
firm panels and consulting pursuits, journal site licences and book rights, season tickets and
debentures, iGaming aggregation, pilgrimage packages, UN tenders, co-ops, microfinance and agent
banking, carrier wholesale and airtime dealers, council trade waste, airport routes and
concessions, trades and sole traders, F&I and fleet, equipment hire, preventa, sari-sari and van
sales, HoReCa, ProZorro, AusTender and MERX, saleyards and auctions, PLG and marketplace private
offers, pre-need plans, timeshare, galleries and en primeur; and marketing in route launches,
defence shows, forecourts, MLR review and congresses, application notes, fashion PR and sample
trafficking, levy-funded origin campaigns, development launches, legal directories, analyst
relations, book publicity, film and music releases, fan engagement, game launches and iGaming
CRM, parish communications, public diplomacy, co-op and microfinance outreach, prepaid promos,
agent toolkits, science engagement, place marketing, airport promotions, WhatsApp and Etsy for
sole traders, Shopee, Mercado and Ramadan calendars, WeChat, Yandex and Naver, retail media,
product placement, CTV, podcasts and DOOH, agency rosters, prize draws, comparison sites,
geodemographics and CDPs. Labels follow shared/LABELING.md: office front, core for the routine
work, long_tail for one-offs, exceptions and case-by-case requests, on_site where a person must
be there in person (saleyards, booths, routes, tours, show flats, sample rooms).
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
SALES: Blocks = {
    ("sales", "front", "core", "remote"): [
        # aviation: charter, ACMI, cargo, agency and corporate deals
        "Quotes private charter flights for sports teams and tour operators, pricing block hours and positioning legs.",
        "Sells ACMI wet-lease capacity to airlines short of aircraft for the summer peak and agrees the block-hour rate.",
        "Agrees allotments and hard block space on belly cargo with freight forwarders for the coming season.",
        "Negotiates productivity-linked incentive deals with the travel agencies that book the airline through the GDS.",
        "ACMI capacity sales",
        "airline cargo GSA - sell space on the Lagos and Accra routes to forwarders",
        # shipping: chartering, bunkers, broking
        "Chartering desk: finds employment for the company's product tankers and negotiates freight rates and laytime with charterers.",
        "Bunker sales: quoting delivered fuel prices to ship operators calling at the port",
        "Circulates second-hand bulk carriers to buyers and negotiates price and delivery terms for the sale and purchase desk.",
        "Lists central-agency yachts on the brokerage platforms and answers buyer enquiries on specification and asking price.",
        # rail
        "Sells rail freight paths and intermodal slots to shippers moving containers inland from the port.",
        "Sells charter trains and group travel to event organisers and tour companies.",
        # defence
        "Supports defence export campaigns with pricing proposals, offset commitments and briefings for foreign ministries of defence.",
        "Capture lead for defence programmes: shapes the customer's requirement before the RFP and builds the win strategy with partner primes.",
        # fuel, oil and gas
        "Signs up haulage and coach operators to the fuel card programme, agreeing a discount off the pump price.",
        "Places term and spot crude cargoes with refiners, agreeing price differentials to Brent.",
        "Wins bulk LPG tank contracts with farms, hotels and restaurants.",
        "Oilfield services business development: prequalifies with operators and bids for well-intervention scopes.",
        "Fuel card sign-ups",
        # pharma institutional and pharmacy
        "Prepares price offers for public hospital tenders run by IMSS and ISSSTE, respecting each tender's reference price.",
        "Gets new OTC lines stocked in pharmacy chains and independent chemists, agreeing listing fees and facings.",
        "Presents the product's cost case to hospital formulary committees to win a listing.",
        "Responsible to prepare the offers for the hospital tenders in time and to follow the award results.",
        # lab instruments and CRO
        "Sells lab instruments and reagent rental contracts to university core facilities and biotech start-ups.",
        "Quotes consumables standing orders to pharma QC labs with annual price locks.",
        "CRO business development: answers sponsor RFPs with budget grids and site feasibility for phase II trials.",
        # chemicals
        "Specialty chemicals account manager growing volume with coatings and adhesives formulators after trial samples;",
        "Prices bulk solvent by the tonne for road tanker customers, with the offer indexed to feedstock.",
        # textiles and garments
        "Prepares FOB costings and price quotes whenever a brand's buyer sends a new style enquiry.",
        "Yarn sales to weaving and knitting mills in Tiruppur and Ludhiana",
        "Sends swatch hangers to apparel brands and follows up for bulk fabric orders.",
        # seafood and timber
        "Seafood export sales: frozen shrimp contracts per container with importers in Spain and Japan",
        "Sells standing timber parcels by sealed tender to sawmills and harvesting contractors.",
        "Negotiates delivered log prices per cubic metre with sawmills and pulp mills.",
        "Timber tender sales",
        # commercial and off-plan property
        "Leasing executive for the shopping mall: pitches vacant units to retailers and F&B brands and agrees headline rents.",
        "Negotiates heads of terms for office lettings with the occupiers' agents.",
        "Off-plan launches in Dubai: collecting EOIs, explaining payment plans and booking units on the developer portal",
        "Briefs registered broker agencies on each new project launch and its commission structure.",
        "Mall leasing pitches",
        # law firms and consulting
        "Prepares panel tender responses and pitch documents for the firm's corporate clients, with fee proposals agreed by the partners.",
        "Client relationship programme: cross-selling the firm's other practices into its key clients",
        "Pursuit management for large consulting bids: proposal team, storyboard and orals rehearsal.",
        "Submits mini-competition responses under the consultancy framework with day rates and a method statement.",
        # publishing and media
        "Negotiates site licences for the journal collection with university library consortia.",
        "Sells B2B subscriptions to the market intelligence service and runs trials for prospective corporate users.",
        "Syndicates photos and articles to overseas newspapers under per-use licence fees.",
        "Rights and licensing sales for the backlist",
        # sport
        "Season ticket renewals: calling lapsed holders before the early-bird deadline",
        "Sells debentures and premium seats in the new stand with instalment plans.",
        "Sells group tickets for matchdays to schools and grassroots clubs.",
        "debenture sales",
        # gaming
        "Signs iGaming operators onto the game aggregation platform and negotiates the revenue share on GGR.",
        "Sells in-game advertising inventory to brands and their media agencies.",
        # pilgrimage and religious
        "Sells Umrah and Hajj packages by phone, explaining visa, hotel distance from the Haram and group departure dates.",
        "Takes bulk orders of hymnals and Bibles from parishes and diocesan bookshops.",
        "Umrah package sales",
        # international organisations and embassies
        "Registers on UNGM and bids for UNICEF and WFP supply tenders for the water treatment range.",
        "Quotes armoured and field vehicles to embassies and NGOs under diplomatic tax-exemption terms.",
        # cooperatives
        "Sells the co-op's specialty coffee lots to roasters, sending pre-shipment samples with cupping scores.",
        "Negotiates milk price and volume contracts with dairy processors on behalf of the member farmers.",
        # telecoms wholesale and airtime
        "Wholesale carrier sales: negotiates voice termination rates and IRU deals with other operators.",
        "Sells dark fibre and wavelength services to data centres and ISPs.",
        "Sets monthly scratch-card and e-top-up targets for each airtime dealer.",
        "wholesale voice deals",
        # universities
        "Sells customised executive education programmes to corporate clients.",
        "Manages the overseas education agent network and sets enrolment conversion targets per agent.",
        # local council commercial services
        "Sells trade waste collection contracts to local businesses, quoting by bin size and lift frequency.",
        "Sells advertising on roundabouts and lamp-post banners to local firms for the council's commercial team.",
        # airports
        "Pitches new routes to airlines with passenger demand data and the airport's incentive terms.",
        "Leases retail and F&B concessions in the terminal to brand operators.",
        "Sells meet-and-greet and lounge packages to corporate travel buyers.",
        # trades and sole traders
        "Follows up wedding enquiries with package prices and books consultations for the photography studio.",
        "Quotes custom orders through Etsy messages, agreeing size, colour and delivery date.",
        "follow up the quotes i sent out last week",
        # automotive fleet, equipment hire
        "Quotes contract hire vehicles to leasing companies and business fleets.",
        "Hire desk: converts phone enquiries for excavators and access platforms into rental bookings",
        # security and cleaning contracts
        "Prices office cleaning contracts from the client's specification and floor area.",
        # regional: Latin America, Southeast Asia, Eastern Europe, Australia/NZ, Canada
        "Sells to mayoristas and subdistribuidores with volume price scales per case.",
        "Modern trade KAM: negotiates listing and display fees with hypermarkets in Thailand.",
        "Prepares bids on ProZorro for hospital equipment tenders.",
        "Dealer development in Kazakhstan and Uzbekistan: appointing dealers and setting annual plans",
        "Submits tenders on AusTender and NZ GETS for government IT contracts.",
        "Watches MERX and CanadaBuys for bid opportunities and registers as plan taker on construction jobs.",
        # product-led and marketplace selling
        "Works product-qualified leads, contacting free-tier workspaces that pass usage thresholds with a paid plan offer.",
        "Closes software deals through AWS Marketplace private offers.",
        # galleries, wine, theatre, cruise
        "Sells works from the gallery's inventory to collectors, sending PDFs and placing works on reserve.",
        "Allocates en primeur wines to merchants and private clients according to buying history.",
        "Quotes group rates for theatre shows to coach operators and schools.",
        "Sells group cabin space to travel agents with tour conductor credits.",
        # sales incentives
        "Designs monthly SPIFFs to push the new product line through the resellers' sales teams.",
        "SPIFF design",
        "Hospital tender offers",
        "Exec ed corporate sales",
        "Bunker fuel quotes",
        "off-plan EOI collection",
        "Journal site licence renewals",
        "Co-op coffee lot sales",
        "Trade waste contract sales",
        "Airport concession leasing",
        "Contract hire quotes",
        "UNGM tender bids",
        "ProZorro bid submissions",
    ],
    ("sales", "front", "core", "on_site"): [
        "Shows buyers around yachts for sale and arranges the sea trial before an offer is made.",
        "Sells the daily catch to processors and fish traders on the auction floor.",
        "Scientific sales specialist - runs instrument demos in the customer's lab",
        "Lab instrument demos",
        "Conducts site tours of vacant warehouse units for prospective tenants.",
        "Sells foreign translation rights at the Frankfurt Book Fair in back-to-back meetings at the rights table.",
        "Rights sales at book fairs",
        "Player development executive: meets premium players at the casino and invites them to hosted events.",
        "Loan officer recruiting new borrower groups in the villages and explaining the group lending product.",
        "Signs up shopkeepers as mobile money agents on the assigned route.",
        "Visits homes to measure up bathroom refits and leaves a written quote the same day.",
        "F&I manager: presents GAP, paint protection and extended warranty to buyers at vehicle handover.",
        "F&I product sales",
        "Serves garages and bodyshops at the parts counter, quoting trade prices and taking orders.",
        "Equipment rental rep calling on contractors' sites to win hire of generators, excavators and access platforms.",
        "Carries out site surveys for guarding contracts and prices the man-hours and patrol schedule into the proposal.",
        "Preventa: takes orders from corner shops a day ahead of the delivery truck, following the route sheet.",
        "Make the visits to the tienditas every week and to take the orders for the distributor.",
        "Preventa route orders",
        "Sari-sari store coverage: every outlet in the barangay visited and ordering",
        "Van sales salesman: sells and delivers from the van, collects the cash and completes the ex-van sales report.",
        "van sales with cash collection",
        "Visits HoReCa outlets to sign bars and restaurants to draught beer supply agreements.",
        "HoReCa outlet visits",
        "Stock and station agent: sells clients' cattle and sheep at the saleyards.",
        "Saleyard stock sales",
        "Auctioneer on the day: calls the auction at the property and negotiates with bidders if it is passed in.",
        "Pre-need funeral plans: meets families at home to explain plan options and instalments.",
        "Vacation ownership sales: takes resort guests on preview tours and presents points membership packages.",
        "Staffs the gallery booth at art fairs and closes sales with collectors on the spot.",
        "Agent banking: visits market traders to open savings accounts on the tablet during field days.",
        "Shows buyers the off-plan show apartment and takes unit reservations with the booking deposit.",
        "Calls on pharmacies along the route to take orders for the OTC range and check shelf facings.",
        "Visits apparel factories in Dhaka with the fabric collection and takes sampling orders from their merchandisers.",
        "Meets hotel and catering buyers at the food show to sell the smoked salmon range and take trial orders.",
        "Presents the lubricants range to mine maintenance managers on site and arranges oil-analysis trials.",
        "Visits dairy farms to sell milking equipment and quote for new parlour installations.",
        "Door-to-door sales of fixed broadband in newly cabled streets, signing customers on the handheld device.",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Approves a one-off MOQ exception so a new boutique can order below the usual minimum.",
        "Quotes urgent one-off charter requests, such as an air ambulance or a crew change, each priced individually.",
        "Agrees, case by case, to hold a gallery work for a museum while its acquisition committee meets.",
        "Extends an off-plan buyer's payment plan after sign-off from the sales director.",
        "Approves a fuel card discount beyond the rate card for a haulier switching from a competitor.",
        "Responds to an unexpected expression of interest from a foreign ministry of defence outside the planned campaigns.",
        "Decides one request at a time whether a seafood container can be split between two importers.",
        "Prices a one-off bulk order from the diocese for its jubilee year.",
        "Grants a corporate prospect an extended trial of the intelligence service when the sales lead asks for it.",
        "Prepares a bespoke rights deal when a film studio enquires about adaptation rights to a backlist title.",
        "One-off direct sale of a coffee lot to a roaster outside the annual contract, approved by the co-op board",
        "Handles requests from dealers for special pricing on a single fleet tender, approving each one individually.",
        "Agrees a one-off rent-free period for an anchor tenant in the mall, with the leasing director's sign-off.",
        "Reviews broker requests for extra commission on a single off-plan deal, case by case.",
    ],
    ("sales", "front", "long_tail", "on_site"): [
        "Opens the showroom on a Sunday for a single high-value buyer flying in.",
        "Hand-delivers a sealed bid to the council's tender box when the e-tendering portal goes down.",
        "Handles an extra saleyard draft at short notice when a client has to destock during the drought.",
        "Flew out at short notice to show a vessel to a buyer's surveyor at the shipyard.",
    ],
}

MARKETING: Blocks = {
    ("marketing", "front", "core", "remote"): [
        # airlines and airports
        "Plans the route launch campaign for the new Lisbon service: fare sale, press trip and travel trade mailers.",
        "Runs co-branded promotions with frequent flyer partners, such as bonus miles on hotel stays.",
        "Joint promotion funds for new airline routes, agreed with each carrier's marketing team",
        "Promotes pre-booked parking and fast-track offers on the airport website and app.",
        "Plans duty-free promotions and in-terminal advertising with the retail concessions.",
        "route launch campaigns",
        # defence
        "Produces capability brochures and exhibit films for the defence shows.",
        # forecourts and lubricants
        "Plans forecourt promotions such as fuel-and-coffee offers and pushes downloads of the station loyalty app.",
        "Mechanic loyalty scheme for the lubricants brand, with rewards per litre sold",
        # pharma
        "Submits detail aids and HCP emails for MLR review in Veeva PromoMats before they go live.",
        "Writes the annual brand plan for the oncology product, covering KOL activities and congress presence.",
        "Omnichannel HCP engagement: approved emails, webinars and rep-triggered content",
        "Plans the company booth and satellite symposium for the ESMO congress.",
        # life sciences and chemicals
        "Writes application notes and technical posters showing the assay on customer sample types.",
        "Runs scientific webinars with key opinion leaders to generate leads for the sequencing platform.",
        "Keeps technical data sheets and product selector guides current on the website and in the distributor portals.",
        "Plans trade press advertising and sponsored editorial in the coatings and plastics journals.",
        # fashion
        "Sends lookbooks to editors after the runway show and plans the press seating.",
        "Lookbook shoot planning",
        "Seeds new-season pieces to stylists and celebrities through the press office.",
        # origin and commodity promotion
        "Runs the generic promotion programme funded by the seafood levy, with chef ambassadors and recipe content.",
        "Promotes the MSC ecolabel on pack and in retailer campaigns.",
        "Plans checkoff-funded consumer campaigns for the dairy board.",
        # property development
        "Briefs the CGI studio and produces the brochure and microsite for the new residential development.",
        "Plans site hoardings, signage and the launch weekend for the off-plan development.",
        # law firms and consulting
        "Prepares Chambers and Legal 500 directory submissions, collecting work highlights and referees from the partners.",
        "Writes and sends client alerts on regulatory changes from the firm's practice groups.",
        "Plans the firm's seminar programme and CPD events for in-house counsel.",
        "legal directory submissions",
        "Analyst relations: briefs Gartner and Forrester ahead of the Magic Quadrant and Wave evaluations.",
        "AR calendar and analyst inquiry tracking",
        "Produces thought leadership reports and point-of-view papers together with the partners.",
        # books, news, film, music
        "Sends advance reading copies to reviewers and loads proofs on NetGalley for the spring list.",
        "Organises author tours and literary festival appearances for the lead titles.",
        "Audience development: tests paywall offers and newsletter sign-up prompts to grow digital subscribers.",
        "Plans the film's release campaign: trailer drop, premiere, press junket and awards-season screeners.",
        "Pitches new singles to Spotify editorial playlists and runs the pre-save campaign.",
        "music release campaigns",
        # sport
        "Fan engagement: matchday programme, club app content and the junior membership drive",
        "Creates the season ticket campaign creative and the early-bird email series.",
        # gaming
        "Builds the Steam store page, capsule art and wishlist campaign ahead of the game's launch.",
        "Sends press and streamer keys and tracks creator coverage on Twitch and YouTube.",
        "Runs the game's Discord community and the patch-note announcements.",
        "iGaming CRM: plans player bonus campaigns within the responsible gambling advertising rules.",
        "wishlist campaign on steam",
        # religious bodies
        "Produces the weekly parish bulletin and posts Mass times and events on the parish Facebook page.",
        "Publicises the Christmas services and carol concert with posters, social posts and the local paper.",
        # embassies and international organisations
        "Plans nation branding and public diplomacy campaigns on the embassy's social channels.",
        "Prepares communication toolkits for World Health Day with key messages, social cards and partner assets.",
        "Investment promotion: roadshow planning and sector brochures aimed at foreign investors",
        # cooperatives and microfinance
        "Writes the member newsletter and plans the Co-op Fortnight promotions.",
        "Tells the growers' stories on pack and online to support the co-op's Fairtrade brand.",
        "Buys radio spots in Swahili and Luganda to promote the mobile loan product.",
        # telecoms prepaid
        "Plans recharge bonus promotions and data bundle offers for prepaid customers.",
        "Sends USSD and SMS blasts announcing the weekend bundle promotion to the prepaid base.",
        "Doing the promotion of new tariff in all channels and preparing the materials for the shops.",
        # universities and research
        "Creates in-country marketing toolkits for the university's overseas recruitment agents.",
        "virtual campus tour and student vlog content for international applicants",
        "Writes plain-language research news stories and pitches them to science journalists.",
        # councils and place marketing
        "Place marketing with the BID: events listings and the shop-local campaign for the town centre",
        "Produces the council's residents' magazine four times a year, from features to the events listings.",
        # sole traders and small firms
        "Sends WhatsApp Business broadcast lists with new arrivals and catalogue links to regular customers.",
        "Posts Reels of the morning bakes on the bakery's Instagram.",
        "Updates Etsy listing tags and titles so the shop ranks in marketplace search.",
        "Keeps the portfolio website fresh with recent shoots for the one-person photography business.",
        "whatsapp status promos for the shop",
        # marketplaces and regional retail calendars
        "Plans 11.11 and 12.12 mega-sale campaigns on Shopee and Lazada with vouchers and flash deals.",
        "Runs Mercado Ads and the Hot Sale campaign for the Mexican store.",
        "Amazon A+ content and Sponsored Products campaigns",
        "Buen Fin promotional plan",
        "Plans the Ramadan and Eid campaigns, shifting media weight to the evening hours after iftar.",
        "White Friday campaign for the Saudi e-commerce site",
        "Diwali and Chinese New Year gifting campaigns for the Singapore market",
        # regional platforms
        "Writes WeChat official account articles and coordinates Xiaohongshu KOL notes for the China launch.",
        "Manages Yandex Direct and VK Ads campaigns for the Russian-speaking markets.",
        "Runs search ads on Naver for South Korea and on Seznam for the Czech Republic.",
        "LINE official account broadcasts to followers in Thailand",
        # retail media, placement, CTV, audio, DOOH
        "Buys retail media on Amazon DSP, Walmart Connect and the Tesco media network for the new SKUs.",
        "Negotiates product placement in the telenovela and checks every on-screen appearance.",
        "Plans CTV and OTT buys on streaming platforms with household-level frequency caps.",
        "Buys host-read podcast ads and tracks the listener promo codes.",
        "Programmatic DOOH screens near stores, triggered by the weather forecast",
        "spotify audio ads for the summer campaign",
        # agency roster, prize draws, comparison sites, video, cause marketing
        "Runs the agency roster review and scores each agency on creative quality and delivery.",
        "Writes the prize draw mechanics and has the winners picked by an independent verifier.",
        "Manages the product listings and bid rules on the insurance price comparison sites.",
        "Scripts and produces animated explainer videos for the product pages.",
        "Builds cause-related campaigns with the charity partner, such as a donation for every pack sold.",
        # research and targeting
        "Commissions conjoint studies and pack tests before the relaunch.",
        "Eye-tracking shelf tests for the new pack design",
        "Uses Mosaic and ACORN geodemographic segments to pick target postcodes for the campaign.",
        "Builds audience segments in the CDP and syncs them to the ad platforms for suppression and lookalikes.",
        # restaurants and UGC
        "Sets up Uber Eats and Deliveroo offers to fill the restaurant's quiet weekday evenings.",
        "Asks customers for usage rights before reposting their photos on the brand's channels.",
        "CTV and OTT media planning",
        "Retail media buying",
        "Analyst relations programme",
        "Chambers submissions",
        "parish bulletin and notices",
        "NetGalley proof uploads",
        "MLR submissions in PromoMats",
        "Ramadan campaign planning",
        "Shopee mega-sale campaigns",
        "Prepaid recharge promos",
        "Podcast ad buys",
        "Prize draw mechanics",
        "Public diplomacy campaigns",
    ],
    ("marketing", "front", "core", "on_site"): [
        "Staffs the stand at DSEI and IDEX, running product demonstrations for visiting delegations.",
        "Works the medical congress booth, scanning HCP badges and handing out approved leave-behinds.",
        "Manages sample trafficking in the fashion PR showroom, checking pieces out to stylists and logging returns.",
        "Runs RIBA-approved CPD seminars on timber frame at architects' offices.",
        "Dresses the marketing suite and show apartment before the launch weekend.",
        "Hosts the book launch at the bookshop and runs the signing table.",
        "Staffs the Gamescom booth with playable demo stations and hands out wishlist cards.",
        "Delivers welcome cards to new residents on the estate for the church's outreach week.",
        "Hosts the embassy's cultural week with film screenings, food stalls and a concert for the public.",
        "Runs financial literacy roadshows in market towns to promote the savings and loan products.",
        "Runs the institute's public engagement programme, from school visits to science festival stalls.",
        "Sets up promoter tables in the market to sign people up for the new prepaid bundle.",
        "Installs the forecourt posters and pump-top toppers for the monthly fuel promotion.",
        "Runs the tasting stand at the airport arrivals hall to promote the island's rum brands.",
        "Drives the brand caravan through rural towns with music, sampling and branded umbrellas.",
        "Hosts cooking demonstrations at the fish market to promote the under-used species in the levy campaign.",
        "Walks the new terminal to check that every ad panel shows the current campaign artwork.",
        "Runs the premiere red carpet, press line and photo call for the film's opening night.",
        "Coordinates the club's community roadshow visits to primary schools with the mascot and players.",
        "Puts up posters for the parish fair in shop windows and on church noticeboards.",
        "Runs the co-op stall at the agricultural show, with tastings of the members' cheeses.",
        "Sets up the law firm's stand and breakfast briefing at the in-house counsel conference.",
        "Staffs the university stall at overseas education fairs in Lagos, Jakarta and Ho Chi Minh City.",
        "Congress booth duty",
        "Fashion PR sample trafficking",
        "Book signing events",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Pauses every scheduled social post and ad during a period of national mourning and reschedules them one by one.",
        "Withdraws a Ramadan advert after complaints about its imagery and briefs the agency on a replacement.",
        "Produces a one-off brochure when a partner asks for pitch support on a single client tender.",
        "One-off centenary book and exhibition for the company's 100th anniversary",
        "Handles a customer's request to stop using their photo in an advert and pulls it from all channels.",
        "Answers an analyst's unexpected request for extra customer references in the middle of a Magic Quadrant cycle.",
        "Handles the marketing side of a product recall: pausing ads, updating the website and publishing the customer notice.",
        "Arranges a one-off sponsorship when the local team reaches the cup final.",
        "Rewords a pharma advert at short notice when the regulator questions one of its claims.",
        "Handles occasional requests from the regional offices for local versions of the campaign flyers.",
        "Decides case by case on influencer requests for extra free product beyond the agreed gifting.",
        "Approves an exception for one distributor to run its own Facebook ads using the campaign creative.",
        "Prepares an extra directory submission mid-cycle when a senior partner joins from another firm.",
        "Approves one-off requests from the embassy's trade section for branded material at a visiting minister's event.",
    ],
    ("marketing", "front", "long_tail", "on_site"): [
        "Sets up a one-off pop-up stand at the gate for the new route's inaugural flight.",
        "Organises the ribbon-cutting and press photo call for the new branch opening, a one-off event.",
        "Steps in at the congress booth at a day's notice when the scheduled staffer falls ill.",
        "Runs an unplanned photo shoot at the plant when a TV crew asks to film the production line.",
    ],
}
# fmt: on

LINES: list[Row] = flatten(SALES, MARKETING)
