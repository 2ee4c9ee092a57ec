"""Customer service, sales, marketing and procurement, a third pass in many more kinds of organisation.

The first two breadth passes gave these functions their trade jargon by industry; real pages also
bring them from small places the passes barely touched (a vet's reception, a library desk, a
leisure centre, a parish office, a veg box round, a tenants' repairs line, a wedding venue, a
solar installer, a school hall let, a food bank, a golf club's pro shop, plant hire on a building
site) and write them in six registers at once: SOP steps with an actor, conditional and timed
steps, long job-ad bullets, terse headings, passive descriptions and owners' first-person lines.
These lines cover some thirty sub-areas of each function across shops, clinics, schools, churches
and clubs, councils, universities, factories, warehouses, hotels, charities, agencies, software
firms, builders, farms and property managers in several countries, so that the object, document,
place or tool a line names, not a tell-tale function word, carries the function; a few boundary
lines (credit control, the staff helpdesk, facilities requests, goods receipt, commission, temps)
sit beside them with the labels LABELING.md gives those. Office and process follow the function;
about one line in six is `long_tail` (a single case, request, approval, exception or project);
`on_site` where a person must be at the desk, counter, stall, site or supplier's premises.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
CUSTOMER_SERVICE: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        # vet practice reception
        "Reception rings owners two days before each booster to confirm the slot and remind them to bring the vaccination card.",
        "If an owner phones because their dog has eaten chocolate or raisins, put the call straight through to the duty nurse;",
        "vet reception phones - booster reminders, repeat flea and worm treatment requests",
        # public library
        "Answers borrowers' questions about renewals, reservations and overdue charges by phone and through the library chat, ensuring every query is answered the same day.",
        "Holds not collected within seven days are released and the borrower gets a text to say so",
        # gym and leisure memberships
        "Processes class-pack transfers, membership downgrades and notice-period questions sent in by email, checking the member's terms.",
        "I reply to members asking why their direct debit still went out while they were away",
        # council contact centre
        "Book bulky waste collections for residents over the phone and take the fee.",
        "Reports of potholes, broken streetlights and overgrown verges are taken by the contact centre and passed to highways.",
        "Blue badge and bus pass enquiries",
        # tenants' repairs line
        "Take tenants' repair calls, ask the triage questions and raise the job as emergency, urgent or routine.",
        "Out of hours, no heating or hot water in a home with a baby or an elderly tenant is raised as an emergency with the on-call contractor.",
        "Tenant line: repair updates, parking permits, replacement fobs",
        # utilities, moving home
        "Once a new occupier calls, set up the account with their move-in date and an opening meter read.",
        "When someone rings to say they're moving out, get a closing read and a forwarding address, then confirm both by email.",
        # software first-line support
        "Respond to first-line tickets in Zendesk within the agreed SLA, troubleshooting logins, plan limits and integration errors and escalating anything reproducible to tier 2.",
        "Writes the customer-facing incident summary after an outage and sends it to the affected accounts",
        "If the same question comes in five times in a week, rewrite the help-centre article that should have answered it",
        "Help centre upkeep: screenshots, broken links, outdated steps",
        # chat saved replies
        "Saved replies for live chat: delivery times, size swaps, where's my parcel",
        "I go through our Gorgias macros once a month and delete the ones nobody uses",
        # order changes
        "If a customer asks to change the delivery address after ordering, check whether the order has been picked; if not, edit it and confirm by email.",
        "order amendments and cancellations before dispatch",
        # restaurant bookings
        "Confirms tables of eight or more by phone the afternoon before and takes a card guarantee for Saturday night.",
        "we move people off the waitlist by text when a booking cancels",
        # clinic and dental appointments
        "Patients who miss two appointments in a row get a call from reception to rebook and check they still want the referral.",
        "Send six-month recall reminders by SMS and ring anyone who still hasn't booked a fortnight later.",
        "Books, moves and cancels appointments across three physio clinics, keeping each therapist's list full and offering gaps to people on the cancellation list.",
        # veg boxes and farm shop
        "I handle the veg box skips, swaps and holiday pauses that come in before the Sunday midnight cut-off",
        "Farm shop phone and Facebook messages: opening hours, what's in season, whether dogs are allowed",
        # new homes aftercare
        "Logs buyers' snagging reports in the aftercare portal, books the trades in and keeps the homeowner updated until every item is closed.",
        "Customer care coordinator (new homes) - enquiries during the two-year builder warranty",
        # charity supporter care
        "Supporter care: sorting out duplicate mailings and misspelt names when donors write in",
        "I look after the supporter inbox - change of address, 'please stop posting me things', and the odd complaint about a street fundraiser",
        # assisted travel
        "Assisted travel bookings are taken up to two hours before departure; the agent notes the station, the train and the help needed.",
        # survey follow-up
        "Low CSAT scores: reread the ticket, reply personally, tag the cause for the monthly review",
        # callbacks and voicemail
        "Work the callback queue oldest first and leave a second message if there's no answer",
        "website call-back requests",
        # accessible formats
        "Large-print and braille statements are arranged for customers who ask, and the request is flagged on the account.",
        # box office phones
        "box office phone line: exchanges, seat moves and wheelchair space bookings",
        # loyalty and gift cards
        "Missing points claims: match the receipt to the transaction and credit the points if the purchase qualifies",
        "Replacement gift cards for ones that won't scan or arrived without a code",
        # social inbox
        "Reply to complaints in Facebook and Instagram DMs and move anything involving account details to a private channel, making sure no message waits more than four hours.",
        # complaints log
        "Written complaints are acknowledged within three working days and given a reference number",
        # missed deliveries
        "I book a second delivery attempt or a neighbour drop-off for customers who were out when the van came",
        # universities and schools
        "Student hub advisers answer questions on enrolment, ID cards and timetables by phone, email and chat.",
        "we answer parents' calls about lunch menus, uniform and after-school club times",
        # parish office
        "Answers couples' enquiries about wedding dates, banns and church fees and makes them an appointment with the vicar.",
        # trade accounts and factories
        "Customer service for trade accounts: order status, backorder dates, proof-of-delivery requests;",
        "Logs customer complaints about defective parts, passes them to quality and tells the customer when containment will be in place.",
        # travel agency
        "Handles changes to booked holidays (name corrections, room upgrades, transfer times) and reissues the confirmation.",
        # hotel reservations
        "Amends reservations for guests who call to extend their stay, checking availability and the rate before confirming.",
        # property managers
        "Tenant portal messages are answered within one working day, repair questions first",
        # India, Philippines, Kenya, Germany
        "Handle calls on the toll-free helpline in Hindi and English and register every complaint with a docket number.",
        "Takes inbound calls for a US telco account, resolving billing queries and service faults within the account's AHT and QA targets.",
        "Answers WhatsApp questions from farmers about their crop insurance cover and when payouts arrive",
        "Kundenanfragen zu Lieferzeiten und Rücksendungen per Telefon und E-Mail beantworten",
        # online pharmacy and car parks
        "Live chat for the online pharmacy: order queries, with clinical questions passed to the pharmacist",
        "Handles intercom calls from drivers stuck at the car park barrier, checking the ticket on camera and lifting the barrier remotely.",
    ],
    ("customer_service", "front", "core", "on_site"): [
        # clinic and vet front desks
        "Greet patients at the clinic desk, check their address and GP details are still right, and tell them roughly how long the wait is.",
        "we hand owners the consent form to sign when they bring a pet in for an operation",
        # library and gym desks
        "Library circulation desk: returns, the holds shelf, replacement cards",
        "gym reception - member check-in, locker keys, towel hire",
        "Lost property handed in at the leisure centre is logged and kept for thirty days before it goes to charity",
        # box office and click and collect
        "The box office window opens an hour before curtain for collections and the returns queue.",
        "I run the click and collect counter on Saturdays and deal with orders that haven't turned up in store",
        # student halls
        "Key collection desk at the student halls on arrivals weekend: ID check, room keys, welcome pack",
        # hotel lobby
        "Hotel concierge desk: taxis, luggage storage, restaurant tables",
        "If a guest comes down to complain about noise, apologise at the desk and move them to a quieter room if one is free.",
        # churches, museums, councils
        "Church office volunteers welcome visitors on weekday mornings and answer questions about the building",
        "Stands at the museum's information desk, giving visitors maps and directions to the galleries and the cafe.",
        "Council customer service centre: face-to-face appointments for housing and blue badge queries",
        # phone shops and returns desks
        "Walk-in desk at the phone shop: SIM swaps, repair drop-offs and bill questions",
        "At the returns desk, test the faulty item while the customer waits and swap it if the fault shows.",
        # bank branch
        "Help walk-in customers use the branch's self-service machines and book them in with an adviser if needed",
        # farm shop
        "I'm on the farm shop counter at weekends, answering questions about where the meat comes from",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        "Parcels marked delivered but never received: over £100, open a carrier trace and ask a team leader to approve the reship",
        "Compensation claims for lost holiday days go to the supervisor with the booking history attached",
        "A widow rings to take her late husband's name off the joint energy account: note the date of death and send the change form.",
        "Wrote to every customer on the cancelled tour offering a transfer to next year's date or a full refund",
        "When a patient asks for a chaperone or an interpreter at a particular appointment, note it on the booking and let the clinician know.",
        "Waive a late cancellation fee when the guest sends a doctor's note, once the duty manager agrees",
        "Return requests for opened software keys - the team lead decides each one",
        "We had to ring every customer who bought the faulty batch of heaters and arrange a swap",
        "Complaints escalated to the ombudsman are pulled together by the complaints lead with the whole case history and sent within the deadline.",
        "If a well-known customer complains on social media, flag it to the head of service before anyone replies",
        "Rebooked a wedding party's rooms at a sister hotel when a burst pipe closed the east wing",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        "When a holiday let guest is locked out after hours, the duty manager drives over with the spare key.",
        "Sat with a passenger whose wallet was stolen at the station and wrote a travel letter for the rest of the journey",
        "Opened the shop early for a customer whose wedding cake order had been mixed up the day before",
    ],
}

SALES: Blocks = {
    ("sales", "front", "core", "remote"): [
        # wedding venues
        "Send the wedding brochure and next year's free dates within an hour of an enquiry, then offer a show round.",
        "Wedding enquiries: brochure, date holds, deposit to confirm",
        # gyms
        "Follow up every gym enquiry that didn't book a visit within 24 hours",
        # solar installers
        "The sales adviser qualifies each solar enquiry from roof photos and a year of electricity bills before suggesting a system size.",
        # kitchen and bathroom design
        "Once the customer's room measurements are in, draw up the kitchen plan and price, then follow up at three and ten days.",
        # trade fair organisers
        "The events sales exec sends exhibitors the spring fair floor plan with free stands marked and holds an option for 48 hours.",
        # software deals
        "POC scoping: success criteria, start and end dates, who signs off",
        "If a prospect sends a security questionnaire, pull answers from the trust centre and route anything new to security well before the deadline.",
        "Ninety days out, the customer gets a usage summary and a renewal quote that includes the contractual uplift.",
        "When a free-trial account invites three or more teammates, offer them a call about the team plan.",
        # farms
        "we sell the lambs deadweight and I ring round three abattoirs every week for the best price",
        "When the wheat price reaches our target, sell forward to the merchant and record each contract's tonnage and delivery month.",
        "Pedigree bull sale: catalogue entries, buyer enquiries, a reserve on each lot",
        # lettings and block management
        "The lettings negotiator calls landlords whose flats are managed by other agents and offers a free rental valuation.",
        "Block management proposals are sent to residents' management companies with the fee per unit set out.",
        # agencies and recruiters winning clients
        "Assists the new business director with credentials decks and written pitch responses, ensuring every invitation to pitch is answered on time.",
        "Responsible for opening new client accounts for the recruitment desk by calling hiring managers with strong candidates' anonymised profiles.",
        # translation, print and catering quotes
        "Project coordinator quotes each translation job from the word count and language pair and sends the quote the same day",
        "print quotes - stock, finish, quantity, delivery date",
        "I price up the wedding and party catering enquiries and chase the ones that went quiet",
        # sales operations
        "Customer-specific price lists are updated in the ERP each January and sent to every account before their first order of the year.",
        "Territory and account split for the new financial year",
        "Pipeline review on Mondays: commit, best case, deals that slipped",
        "After every lost deal over $50k, book a short call with the buyer to ask why, and log the reason in the CRM.",
        # specifiers and stockists
        "Two weeks after sample cuttings go out to an interior designer, call to ask whether the project has gone ahead",
        "I pitch our candles to independent gift shops and set new stockists up with the wholesale terms and minimum order",
        "my job is mainly getting new salons to stock the range",
        "Telesales for the wholesale catalogue: ring every cafe on the list fortnightly for its order",
        # school, church and club income
        "The school's sports hall and field are let to clubs for evenings and weekends, and each new hirer gets the rate card",
        "Church hall hire enquiries - quote, availability, booking form",
        "Junior summer camp places are sold through the club's booking page, and last year's families are called first",
        "Responsible for growing the leisure centre's corporate membership scheme with local employers, including the discount for ten or more staff",
        # builders, 3PLs and factories
        "Assists the contracts manager in pricing domestic extension enquiries from the architect's drawings and issuing fixed-price quotes with clear payment stages.",
        "Storage and pick-and-pack rates are quoted to online brands after a call about their order volumes",
        "OEM customers' RFQs are answered with piece price, tooling cost and lead time within five working days",
        # universities, charities, clinics
        "Serve as the first contact for employers booking the university's CPD short courses, quoting group rates and shaping proposals around their training budgets.",
        "I sell the tables for our charity ball to local firms and chase the ones that said maybe",
        "Occupational health packages are sold to local employers at a price per employee",
        # order desk
        "Order desk clerk keys pharmacy orders received by fax and email before 2pm for same-day dispatch",
        "Renewal reminders for hosting and domain customers, with a discount for switching to annual billing",
        # India, Nigeria, Brazil, Japan, Germany
        "Appoints dealers in tier-2 towns and tracks each dealer's secondary sales against the monthly target.",
        "Distributors' orders from Kano and Onitsha come in on WhatsApp and are released once price and payment are confirmed",
        "Manages the network of independent sales agents (representantes comerciais) in the south of Brazil and their monthly order targets",
        "Handles the annual price negotiation with the Japanese distributor and agrees next year's order forecast.",
        "Angebote für Bestandskunden erstellen und nach einer Woche telefonisch nachfassen",
        # owners
        "I send quotes from my phone the same night as the site visit, otherwise people go with someone else",
        "we lost two big customers last year so now I call every account at least once a quarter",
        # service contracts, coaches, coworking
        "As each boiler's first-year warranty runs out, call the customer and offer a yearly service plan",
        "Coach hire quotes: pick-up point, destination, seats, return time",
        "After a visitor's third coworking day pass, offer monthly membership with a first-month discount.",
        # studios, farms, export
        "I follow up every enquiry for family shoots with our package prices and a link to the gallery",
        "Surplus eggs are sold to two village shops and a cafe on a standing weekly order",
        "If an overseas buyer asks for prices, send a pro forma with CIF and FOB options within the day.",
        # closing the deal
        "Send the order form through DocuSign as soon as the buyer agrees verbally, then hand the account to onboarding.",
        "If a prospect goes quiet after the proposal, call on day 3 and day 10, then mark the deal lost with a reason",
        "I price new window cleaning customers by the number of windows and text them the quote the same day",
        "Bids for the county's minibus framework, pricing each driver-and-vehicle day rate",
        "Quotes for school photography packages go to head teachers each spring, with last year's order as the starting point",
        "every August I send last year's Christmas party bookers our new packages and hold dates against a deposit",
    ],
    ("sales", "front", "core", "on_site"): [
        "On Saturday viewings, walk engaged couples through the ceremony room and dining options and pencil in their date for seven days.",
        "Walks would-be members round the climbing centre and enrols them on an induction session with the first month's fee.",
        "At the end of the survey, sit with the homeowner and talk through the panel and battery options before they sign.",
        "Serves customers at the Saturday market stall and signs regulars up for the monthly meat box",
        "Kitchen showroom: door and worktop samples, then book a home measure",
        "Values the landlord's flat in person and leaves our management fee proposal",
        "Helps customers choose frames after the eye test and explains the lens package prices",
        "Knocks doors on the new estate to sign households up for fibre broadband",
        "The herd manager takes the pedigree heifers to the breed society sale and talks to buyers at the pens before the auction",
        "The area rep visits each care home in the patch monthly with continence product samples and takes the order",
        "I do the trade counter in the mornings and try to sell the builders up to the better insulation",
        "New stockists are visited in person before their first order so the owner can handle the range",
        "Takes a van of rug samples to the hotel group's head office so the buyer can choose the lobby range",
        "Our dairy specialist demonstrates the milking robot on the customer's farm and agrees the trial terms",
        "we sit down with the bursar at each school to go through our catering contract proposal",
        "Christmas trees are sold from the farm yard in December, with orders taken for delivery",
        "Signs visitors up to the heritage site's friends scheme at the entrance kiosk",
    ],
    ("sales", "front", "long_tail", "remote"): [
        "Discounts over 20% need the sales director's approval in the CPQ before the quote can go out",
        "Special pricing request for a single bulk order: fill in the form, attach the competitor's quote and wait for sign-off",
        "Put together a bespoke multi-site proposal when a hospital group asked for terms we don't normally offer",
        "Quote in euros for the one customer who won't pay in sterling, with finance agreeing the exchange rate",
        "If a prospect asks for a reference customer, find a close match and get that account manager's permission before sharing any names.",
        "Sold the ex-demo equipment to a local college after the director agreed the price",
        "Got finance to agree a non-standard payment schedule for a school that could only pay once its budget was released",
        "Answers an unexpected tender invitation from a ministry outside our usual markets",
        "If the director signs off the exception, extend the customer's contract by three months at the old price",
        "Handles a large customer's request to move their renewal date so it lines up with their new financial year.",
        "Agreed a trial price with the new hotel group for the first three months only",
        "A school wants two units of a product we only sell in cases of twelve - ask the owner whether we can split a case",
    ],
    ("sales", "front", "long_tail", "on_site"): [
        "Drove samples to the buyer's head office when the courier failed the day before the range review",
        "Held an extra Sunday viewing for a buyer flying back abroad on Monday",
    ],
}

MARKETING: Blocks = {
    ("marketing", "front", "core", "remote"): [
        # school admissions and university clearing
        "Before the September admissions round, update the prospectus and the 'why choose us' page with this year's results",
        "Clearing campaign: paid social from results day, hotline number in every ad, course vacancy landing pages",
        # charity appeals
        "Spring appeal pack: the beneficiary's story, three ask amounts, a reply form, and an email follow-up a week later",
        "Appeal results are tracked by source code so that next year's mailing goes to the groups that gave most",
        "Assists with the year-in-review booklet for donors and funders, gathering case studies and figures and ensuring every story has the person's consent.",
        # clinics and dentists
        "A review request text goes to each patient the morning after their check-up, with the practice's Google link",
        "The practice newsletter goes out each season with health tips and news of new treatments",
        # restaurants and farms
        "Post tonight's specials on Instagram Stories by 4pm",
        "As each crop ripens, post the pick-your-own dates on Facebook and the farm website",
        # builders and developers
        "The bid and marketing coordinator writes completed projects up as case studies with photos for the website and award entries",
        "Our designer lays out the site hoarding graphics with the CGIs and the sales office number",
        # property managers
        "The marketing assistant writes the listing copy for vacant units and posts it on the property portals with the floor plan",
        # software product marketing
        "Once the release notes are final, turn them into the product update email with a short GIF per feature.",
        "G2 review programme: invite happy customers, track the badge categories each quarter",
        "Write the launch blog post and LinkedIn announcement for each major release",
        # councils
        "Council road safety campaign: bus shelter posters, school gate banners, social posts in three languages",
        "The comms team promotes council events such as the summer fair and the Christmas lights switch-on across its social channels.",
        # marketing operations
        "link tagging rules: lower case, hyphens, no spaces, campaign name from the brief",
        "Old logos and out-of-date photos are removed from the shared drive so partners stop using them",
        "Monday numbers for the marketing meeting: sessions, sign-ups and cost per sign-up for each channel",
        "Q3 planner: product launches, bank holidays, blog slots",
        "Each new product gets a launch brief covering the audience, the key message and the channels",
        "Campaign performance is reviewed with the agency every fortnight against the media plan",
        # awards, giveaways, localisation
        "Enters the firm for industry awards, drafting the entries and gathering client testimonials, ensuring each one goes in well before the closing date.",
        "Writes the terms for each prize draw: closing date, who can enter, how the winner is picked",
        "Supports the European marketing manager by adapting campaigns for the Dutch and Polish sites, ensuring local offers and small print are right.",
        # video, apps, research
        "Each long YouTube video is cut into three Shorts and scheduled across the week",
        "A/B test two app icons and a new first screenshot through the store's product page experiments",
        "Responsible for keeping product messaging current, listening to recorded sales calls each quarter and rewriting it around the objections buyers raise",
        # local media and clubs
        "The garden centre manager books a two-week burst of local radio ads for the spring sale",
        "we write the matchday programme and post the team sheet on socials an hour before kick-off",
        "We put the Christmas service times on posters and in the village magazine",
        # hotels
        "Hotel meta-search ads on Google Hotel Ads and Trivago: bids by market, checked weekly",
        "Two weeks before the spring offer starts, load the promo code in the booking engine and swap the homepage banner",
        "we send a newsletter every month to past guests with the new menu and events",
        # email and SMS
        "Before each send, suppress hard bounces and anyone who hasn't opened in a year to protect the sender reputation",
        "Text club: one offer a week, opt-out in every message",
        # trades, factories, agencies
        "Sets the plumber's Local Services Ads budget each week and disputes leads that were never real jobs",
        "Product datasheets and catalogue pages are prepared for distributors to hand to their own customers",
        "The agency's own work is posted on Behance and LinkedIn with a short write-up of each brief",
        "The PR executive drafts byline articles for the trade press in the managing director's name",
        "Door-drop leaflet design for the new takeaway menu",
        # Japan, Kenya, India, France
        "Twice a month the KakaoTalk channel message goes out to Korean followers with the new coupon",
        "Ahead of the long rains, book roadside billboards and a market-day roadshow van for the seed launch",
        "Plan the Diwali offer creative and the festive email sequence six weeks ahead;",
        "Rédiger les publications LinkedIn de l'entreprise et suivre leurs statistiques chaque mois",
        # owners
        "I do all our social media myself, usually on Sunday night with a cup of tea",
        "i schedule the shop's posts a week ahead in Meta Business Suite",
        "I write the blog posts for the accountancy practice and my partner checks them",
        "Social posts are approved by the practice manager before they go out",
        # estate agents, churches, farms, 3PLs
        "A property email goes to registered buyers every Thursday with the newest listings and price reductions",
        "The parish administrator runs the church's Facebook page and announces each Sunday's livestream",
        "we send lambing updates to our visitor mailing list and plug the open weekend",
        "Every Friday, post on LinkedIn about the 3PL's new clients and peak-season capacity",
        # councils, universities, clinics
        "Press releases for the council: planning decisions, road closures, new parks",
        "Serve as editor of the alumni magazine and the monthly alumni e-newsletter, commissioning stories from each faculty",
        "When the flu clinic dates are confirmed, boost the post to people within five miles of the surgery",
        # shop SEO and research
        "When a new product goes live, write its description around the words people search for and add the alt text",
        "The annual customer survey is run each autumn and its findings on price and service are written up for the directors",
        "I keep a sheet of competitors' offers and ad messages and refresh it at the start of every month",
        "After every wedding season, swap fresh photos into the venue's listings on wedding planning sites",
    ],
    ("marketing", "front", "core", "on_site"): [
        "The afternoon before the autumn menu launches, shoot the plates at the pass in natural light",
        "Leaflet round: 2,000 doors in the streets around the new launderette before opening week",
        "Runs the shopping centre pop-up on Saturdays, handing out samples and discount cards to passers-by",
        "Each product is filmed being made in the workshop for the website's 'how it's made' page",
        "Put up the A-boards and banners on the lanes for the farm open day",
        "Hang the summer fete banners on the church railings two weeks before",
        "Hosts the bloggers' tasting evening at the vineyard and makes sure every guest leaves with the press kit",
        "Represents the faculty at UCAS fairs, staffing the course stand and collecting enquiry cards",
        "Poster and flyer rounds: cafes, libraries, community noticeboards",
        "I film short videos around the salon for TikTok between clients",
        "The agency photographer shoots property photos and a walkthrough video for each new listing",
        "The hotel lobby is dressed for the Christmas campaign photos in early November",
        "At the trade show, scan visitors' badges and photograph the stand for social",
        "we post our new skincare range out to twenty creators with a handwritten note",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        "Marks the move to new premises with a 'we've moved' mailer and the new address on every listing",
        "When a customer's angry video about us starts spreading, the marketing lead and the MD agree one public reply within two hours",
        "Approve a customer's request to feature in our advert once they've signed the release",
        "Wrote the press release for the firm's 50th anniversary and booked a photographer for the party",
        "Decides case by case which community groups get a free mention in the newsletter",
        "Moving the shop from Wix to Shopify: keep the old product links working and resubmit the sitemap",
        "When a celebrity posts about our product unprompted, ask permission before reposting and tell the PR agency",
        "Pulled the poster campaign after the advertising regulator upheld a complaint, and briefed the agency on a replacement",
        "Handles occasional requests from local journalists for a comment or photos",
        "Naming the new product range: shortlist, customer vote, trademark check with legal",
        "Opening campaign for the Harrogate branch (local ads, an opening-day offer), planned with the branch manager",
        "A student asks to use our logo in a dissertation case study - check what they'll publish and say yes or no",
        "Put together the 25th birthday celebration campaign: a window display, a customer draw and a story for the local paper",
    ],
    ("marketing", "front", "long_tail", "on_site"): [
        "Swapped the shop-front sign and window graphics at all four branches after the merger",
        "Hosted the open evening for neighbours when the new factory opened, with tours and a photo for the local paper",
    ],
}

PROCUREMENT: Blocks = {
    ("procurement", "back", "support", "remote"): [
        # golf club pro shop
        "The club pro orders balls, gloves and tees for the pro shop from the manufacturers' reps before the season",
        # schools and libraries
        "By the end of June, collect each teacher's wish list and put in one combined order for classroom supplies to get the summer discount",
        "The acquisitions librarian orders books and journals from the approved book supplier, working from the academics' reading lists.",
        # clinics
        "In February, pre-order next winter's flu vaccine and split it between two suppliers in case one falls short.",
        "Medical consumables reorder: gloves, dressings, syringes, sharps bins",
        # restaurants and hotels
        "Every Monday, compare the two meat suppliers' prices and give the week's order to whoever is cheaper for the same spec",
        "I do the fruit and veg order by text to the supplier before I leave at night",
        "Responsible for sourcing guest amenities (toiletries, slippers, tea trays) and renegotiating the price per occupied room each year.",
        "The storekeeper places the hotel's daily F&B orders with suppliers against the par levels the chef and bar manager set",
        "The clinic manager orders tape, couch roll and exercise bands from the medical supplier once a month",
        # construction
        "The QS gets three subcontract quotes for each package (groundworks, roofing, M&E) and levels them before award",
        "Hire desk accounts with three plant firms, rates agreed for the year",
        "Site buyer: materials schedule from the drawings, orders placed with the merchant against the job number",
        # farms
        "Assists the farm manager with buying feed, minerals and animal medicines for the dairy herd, ensuring prices from the co-op and two merchants are compared",
        "we order seed in the autumn to get the early-order discount",
        "spare tines, belts and knives ordered before harvest",
        # warehouses and factories
        "Stretch wrap, cartons and void fill are bought on a monthly call-off agreement",
        "If the pallet count drops under 200, ring the pallet yard for another load of Euro pallets",
        "Raises POs for motors, gearboxes and pump seals when maintenance asks, checking first whether stores holds a spare",
        "Blanket orders for resin and steel with monthly call-offs against the production plan",
        "Rebates with the packaging supplier are agreed on annual volume bands",
        # software firms and agencies
        "Runs software purchasing for the company: takes requests, checks whether we already pay for a similar tool, negotiates the annual plan.",
        "Sixty days before a SaaS contract auto-renews, check the usage and give notice on any tool nobody opens",
        "Stock photo credits and font licences for the studio are bought centrally",
        "Once IT confirms the models, buy the contact centre's headsets and docking stations in one bulk order",
        "Branded pens, lanyards and tote bags for the marketing team are bought from the promotional goods supplier",
        # charities, churches, property managers, councils
        "Our food bank buys tins and toiletries in bulk when donations run short, using the supermarket's charity discount",
        "The children's worker buys the Sunday school craft materials and Bible reading notes",
        "Checks that every gas engineer on the managed blocks' contractor list still appears on the Gas Safe Register at the yearly review.",
        "Quick quotes for spend between £5k and £25k, invited from local suppliers where possible",
        # supplier set-up and spend
        "New supplier setup for the Canadian entity: GST number, void cheque, insurance certificate",
        "Supports the operations director with a yearly spend review, pulling spend by supplier from the ERP and flagging categories with no contract",
        "Send the sustainability questionnaire to the top 50 suppliers by spend and score the returns",
        "Breaks the supplier's price into materials, labour and margin to push back on the annual increase",
        "Preferred suppliers are reviewed each spring on price, delivery and quality",
        "Supplier price increases are checked against the contract's index clause before they are accepted",
        "No PO, no order: every purchase over £50 needs a purchase order number before the supplier ships",
        # uniforms, energy, canteen, cleaning, print, vans
        "When a starter's size form comes in, order their uniform and safety boots from the workwear supplier's portal",
        "Six months before the gas contract ends, get fixed and flexible prices and compare them with the current unit rate",
        "The canteen and vending contract is retendered across both sites every three years",
        "Writes the spec for the manned guarding tender: posts, hours, patrol routes, licences required",
        "Buys the annual report print run, checking the paper's FSC certificate and the delivery split between offices",
        "Acts as the link with the leasing framework when new vans are ordered, specifying the racking and tow bars engineers need",
        "Office supplies order every other Friday from the stationer's website",
        "Catering supplies for the care home are ordered weekly from the framework supplier",
        # import and dropship sourcing
        "Vets new factories on Alibaba, orders pre-production samples and agrees the FOB price and MOQ",
        "I message our Shenzhen supplier on WeChat about prices and lead times for the next PO",
        "Dropship supplier onboarding: stock feed test, cost price per SKU, returns address",
        # purchase order changes
        "If the supplier pushes the delivery back, tell the requester straight away and ask whether they still want it or we cancel",
        # Kenya, Germany, Mexico
        "Supplier prequalification for the new financial year; list of successful firms published",
        "Bestellungen in SAP anlegen und Auftragsbestätigungen mit dem zugesagten Liefertermin abgleichen",
        "Solicitar tres cotizaciones antes de emitir la orden de compra;",
        # owners
        "I keep an eye on what we pay for jars and lids and switch supplier when someone's cheaper",
        "we buy our flour from one mill and renegotiate the price every harvest",
        "I'm the one who orders the hay and bedding for the yard and checks we're not overpaying",
        "me and the chef go through the supplier price list every quarter and drop anything that's gone up too much",
        # hotels, clinics, universities, councils
        "laundry chemicals + dispenser servicing contract (hotel), renegotiated yearly",
        "Lab gases are bought through the gas supplier contract and the cylinder rental charges are checked each quarter",
        "Mowers and grounds machinery for the parks team are called off from the regional framework",
        # factories, warehouses, software firms
        "Tooling purchase: quotes from two toolmakers, staged payments against sample approval",
        "Before peak season starts, hire extra forklifts on a short-term rental",
        "Negotiates the CRM licence renewal with the vendor, using login data to cut unused seats.",
        # restaurants, charities, construction
        "When trying a new fish supplier, run a trial week before moving the whole order across",
        "Buys refurbished laptops for the youth club from a social enterprise refurbisher",
        "Keep scaffold hire in check: off-hire each lift as soon as the trades are finished with it",
        # Japan, Nigeria
        "Each quarter, agree the yen price with the Japanese maker through the trading company before placing orders",
        "Before each purchase of generator spares, get two prices from the traders in Lagos",
    ],
    ("procurement", "back", "support", "on_site"): [
        "Visits the supplier's factory in Vietnam to check working conditions and quality systems before the first order",
        "I go to the packaging supplier's plant to check sample cartons against our spec",
        "The head sommelier tastes wines at the merchant's trade tasting and picks the house wines",
        "The foreman buys timber and fixings at the builders' merchant counter at 7am on the way to site",
        "Walks the cut-flower wholesaler's floor at dawn choosing stems for the week's orders",
        "Meets the fabric supplier's rep at the mill to agree colours for next season's order",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        "Emergency buy of a gearbox when the bottling line stops - phone order now, PO raised the next morning",
        "Off-contract buys: the requester writes a short justification and the category manager approves or refuses it",
        "The churchwardens get quotes for the boiler replacement and put them to the PCC",
        "Sourced the desks and chairs for the Leeds move after comparing three dealers' quotes",
        "If the only approved supplier of a part loses its certification, qualify a second source and get quality to test their samples",
        "Negotiated a price freeze with the steel supplier for the big bridge job",
        "The head of department signs off any order for furniture or equipment over £2,500",
        "Found a new florist for the gala dinner tables when our usual one closed",
        "Got prices for a stage, lighting rig and seating hire for the school's centenary concert",
        "Requests for a standing desk need an occupational health note before the buyer orders one",
        "A requester has sent three orders for the same chairs in one week: merge them into one requisition and get proper quotes",
        "Handles a supplier's claim for extra costs after the delivery address changed at short notice",
        "Urgent request for 40 folding tables for the election count: three quotes by phone, order placed the same day",
    ],
    ("procurement", "back", "long_tail", "on_site"): [
        "Drove to the distributor to buy a replacement pump part because the farm's irrigation had stopped",
        "Went to the auction to bid on a used forklift for the warehouse",
        "we look over second-hand tractors at the dealer's yard before agreeing a price",
        "Checks the stock at a closing competitor's clearance sale before making an offer",
    ],
}

BOUNDARIES: Blocks = {
    ("finance_accounting", "back", "support", "remote"): [
        # credit control, invoice holds, card statements
        "Ring trade customers whose accounts are past 60 days and put them on stop if they don't pay",
        "Supplier invoices that don't match the PO price are held and the buyer is asked to confirm",
        "Checks the purchasing card statement against the receipts each month",
    ],
    ("it", "back", "support", "remote"): [
        # staff helpdesk
        "Answer the internal helpdesk line when colleagues can't get into email or the VPN",
    ],
    ("admin", "back", "support", "remote"): [
        # facilities and travel
        "Raise a facilities request when a meeting room's blinds or lights break",
        "Arranges rail tickets and hotel rooms when reps travel to a customer site",
    ],
    ("admin", "back", "support", "on_site"): [
        # stationery cupboard
        "Top up the stationery cupboard and tell the buyer what's running low",
    ],
    ("logistics", "back", "core", "on_site"): [
        # goods in and returns
        "Receiving clerk counts the cartons against the delivery note and signs the driver's copy",
        "Customer returns arriving at the warehouse are checked and either restocked or quarantined",
    ],
    ("payroll", "back", "support", "remote"): [
        # commission
        "Works out each rep's commission on paid invoices under the sales plan and passes the totals to the pay run",
    ],
    ("hr", "back", "support", "remote"): [
        # temps
        "Books agency temps for the Christmas rush on the shop floor",
    ],
    ("legal_compliance", "back", "support", "remote"): [
        # supplier terms
        "Checks the liability and termination clauses in a new supplier's terms before the buyer signs",
    ],
}
# fmt: on

LINES: list[Row] = flatten(CUSTOMER_SERVICE, SALES, MARKETING, PROCUREMENT, BOUNDARIES)
