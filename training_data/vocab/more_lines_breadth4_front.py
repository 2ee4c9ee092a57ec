"""Near-pairs on both sides of the front-office function boundaries that a one-line reader confuses.

A classifier that reads one line alone mixes up sales and customer service, customer service
and admin or finance, marketing and sales, admin or customer service, procurement and sales,
and sales and management, because the two sides share the setting, the verb and the generic
words (quote, renewal, reception, post, refund, invoice, campaign, list, newsletter, photos,
reviews, survey, tender, price list, target, forecast). These lines come in pairs on both sides
of eight such boundaries, and only the object, document, purpose or domain word decides the
function by shared/LABELING.md: a quote for a customer is sales and one asked of a supplier is
procurement; a customer's billing question is customer service and the refund paid out of the
bank is finance; the staff bulletin, the intranet and the door signs are admin while the
customer newsletter, the website and the shop sign are marketing; reception and the enquiries
inbox serve customers while the post room, meeting rooms and staff travel serve the office;
a rep's target and a territory are sales while the company's plan, market entry and joint
ventures are management. They are written as checklist steps, timed or conditional steps,
job-ad bullets, headings and first-person or passive lines, for shops, clinics, dental and vet
practices, schools, churches and clubs, councils, universities, factories, warehouses, hotels
and restaurants, charities, software firms, builders, farms, property managers and law and
accounting firms in several countries. About one line in six is `long_tail` (one case, a
request, an approval, an exception or a one-off project); `on_site` where someone must be there.
"""

# ruff: noqa: E501 - one hand-written line per line is easier to read, grep and edit.

from training_data.vocab.real_world_base import Blocks, Row, flatten

# fmt: off
SALES_VS_SERVICE: Blocks = {
    ("sales", "front", "core", "remote"): [
        # quotes
        "Step 2: price the loft conversion from the surveyor's notes and email the homeowner a written quote with its expiry date.",
        "Within one working day of a web enquiry for wedding catering, phone back, confirm numbers and send the menu quote.",
        "chase open quotes at 3 days, then again at 10",
        "Once the prospect accepts the quote, convert it to a sales order and mark the opportunity won in the CRM.",
        # renewals and upgrades
        "Account manager books a review call with each software client 60 days before their contract renewal date.",
        "Before the renewal notice goes out, check the customer's usage and propose the next tier if they are close to the limit.",
        "If a small business on the Starter plan keeps hitting its user cap, offer the upgrade with one month at the old price.",
        "Upgrades to the Pro plan are pitched on the monthly account reviews with our larger customers.",
        "renewal pipeline for the membership software - who's due, who could move to the multi-site licence",
        # existing customers and account reviews
        "Existing customers: cross-sell the annual service plan whenever they reorder spare parts",
        "Responsible for growing revenue from a book of existing dental practice accounts, running account reviews and proposing consumables contracts sized to each practice's volume.",
        "Account reviews: usage, spend, next year's order",
        "I go through our top fifty farm customers every autumn and offer them next season's seed at early-order prices.",
        # order taking
        "Takes phone orders from trade customers for timber and fixings, keying each one into the ERP and suggesting the extras the job will need.",
        "Telesales: ring the pubs on the Tuesday list for their weekly beer order and push the guest ale",
    ],
    ("sales", "front", "core", "on_site"): [
        # showroom and field sales
        "Showroom consultant walks customers round the display bathrooms and writes up a quote at the desk before they leave.",
        "Visit each garden centre account in the territory every spring to take the pre-season order.",
    ],
    ("sales", "front", "long_tail", "remote"): [
        # discount and one-off quotes
        "If a customer of many years wants a price below the discount matrix at renewal, build the case and ask the sales manager to sign it off.",
        "One-off quote for the council's 300-seat marquee at the summer fair; owner approves the margin",
        "quote on request for a custom batch of engraved glasses for a wedding party",
    ],
    ("customer_service", "front", "core", "remote"): [
        # order questions
        "Step 2: look up the customer's order in the portal and email them the tracking link and expected delivery day.",
        "By the next working day after a web complaint about a catering order, phone the client, apologise and note what went wrong.",
        "complaint follow-ups on day 2 and day 7",
        "Once the customer confirms the fault, raise the return authorisation and email them the prepaid returns label.",
        "order questions (status, delivery slot, missing items)",
        # renewals and upgrades gone wrong
        "Answers members who write in confused by the automatic renewal charge, explaining what it covered and how to turn off auto-renew.",
        "If a customer on the Starter plan can't log in after the update, walk them through the reset and log the ticket.",
        "Upgrade problems: customers who moved to the Pro plan and lost their saved settings go to tier-2 support.",
        "account queries from customers - log-ins, password resets, change of address",
        # existing customers
        "Existing customers: answer their questions about fitting spare parts and what the warranty covers, by phone and email",
        "Responsible for resolving day-to-day questions from existing dental practice accounts about deliveries, back-orders and damaged consumables, keeping each practice updated until the case is closed.",
        "I ring every farm customer whose seed delivery arrived damaged and arrange the replacement with them",
        "Handles calls from trade customers chasing their timber orders, checking the status in the ERP and giving an honest delivery date.",
        "Where-is-my-order emails, changes before dispatch, wrong-size swaps",
        "Callers asking why their beer delivery came short are logged, credited by the office and told when the missing casks arrive.",
    ],
    ("customer_service", "front", "core", "on_site"): [
        # service counters
        "Service desk in the showroom: customers bring back faulty taps and the adviser logs the warranty claim while they wait.",
        "Front counter at the garden centre - answer plant care questions and take back anything that died within the guarantee",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        # goodwill and one-off complaints
        "If a client of many years asks for compensation beyond the goodwill limit after a missed delivery, write the case up for the service manager to decide.",
        "Handle the council's one-off complaint about the marquee that went up late at the summer fair.",
        "replacement on request for engraved glasses that arrived chipped before the wedding",
    ],
}

SERVICE_VS_ADMIN: Blocks = {
    ("customer_service", "front", "core", "on_site"): [
        # reception and front desk
        "Receptionist greets each patient, checks their address and GP details and tells them how long they're likely to wait.",
        "If a guest arrives before their room is ready, store the luggage and offer them a drink in the lounge.",
        "Within ten minutes of a resident walking into the council's customer service centre, a duty officer sees them.",
        "Responsible for the front desk of the dental practice, welcoming patients, booking their recall appointments and handling questions about treatment costs with tact.",
        "Gym front desk: check members in, sort out fob problems, answer questions about class times",
        "Hotel front desk at night - late check-ins, taxi requests, guests locked out",
    ],
    ("customer_service", "front", "core", "remote"): [
        # phones and the enquiries inbox
        "Answer the main phone line within four rings and note the caller's name, number and what they're enquiring about.",
        "Step 1: open the enquiries inbox at 9 and reply to every customer question that came in overnight.",
        "Before the surgery opens, listen to the out-of-hours voicemails and call back the patients who asked for a same-day appointment.",
        "If a caller asks for a partner who is in court, offer a call-back slot and email the message to their secretary.",
        "Switchboard at a law firm: put clients through to their solicitor or take a detailed message",
        "Our receptionist also answers the live chat on the website when the desk is quiet.",
        "Letters from residents complaining about missed bin collections are answered within ten working days.",
        # customer bookings
        "Hotel reservations: phone bookings, confirmation emails, dietary requests noted on the booking",
        "Book pets into the vet's appointment diary and send the owner a reminder text the day before.",
        "church office - calls from couples asking about wedding and baptism dates",
        "lost property enquiries from hotel guests who have already checked out",
    ],
    ("customer_service", "front", "long_tail", "on_site"): [
        # exceptions at the desk
        "If a patient turns up in pain without an appointment, the practice manager decides whether they can be seen today.",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        # special requests
        "Arrange step-free access and a ground-floor room on request for a guest with limited mobility.",
        "Reschedule a client's meeting with the accountant on request when they can't travel in for it",
    ],
    ("admin", "back", "support", "on_site"): [
        # post and parcels
        "Receptionist signs for courier parcels, logs them in the post book and rings the staff member to come and collect.",
        "Step 1: open the post at 9, date-stamp every letter and put it in the right department's tray.",
        "Internal mail is collected from each floor at 2pm and franked before the Royal Mail pick-up.",
        "Parcels + post",
        # contractors and rooms
        "If a contractor arrives to service the boiler, sign them into the contractors' log and walk them down to the plant room.",
        "Before the office opens, check the meeting rooms are laid out for the day's internal meetings and the heating is on.",
        "Within a day of a new starter joining, set up their desk and locker key and add their name to the office seating plan.",
        "Our receptionist also keeps the stationery cupboard tidy and the meeting rooms stocked with water.",
    ],
    ("admin", "back", "support", "remote"): [
        # internal phones, diaries and travel
        "Answer the facilities extension and log staff requests for broken chairs, lights and blinds.",
        "If a partner's train is cancelled, rebook the ticket and move their afternoon meetings in the diary.",
        "Update the internal phone list whenever someone changes desk or extension",
        "staff travel bookings: trains and hotels, per the travel policy",
        "Book the boardroom and a sandwich lunch for the partners' quarterly planning day.",
        "Responsible for the back office of the dental practice, scanning referral letters into patient records, filing lab dockets and keeping the dentists' diaries for courses and meetings.",
        "Church office: updating the electoral roll, filing the registers and keeping the vicar's diary",
        "Gym back office - key the new members' paper forms into the membership system",
        "shared mailbox for staff requests (keys, parking permits, desk moves)",
        "meeting room diary, internal bookings only",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # one-off office requests
        "When the auditors announce a visit at short notice, the office manager finds them a room off-site.",
        "Arrange a parking space on request for a colleague with a temporary injury.",
        "Move the team's weekly meeting series on request when the director changes their working days",
    ],
}

SERVICE_VS_FINANCE: Blocks = {
    ("customer_service", "front", "core", "remote"): [
        # billing questions
        "Step 4: if the customer says they were charged twice, check the order history, apologise and pass the case to billing.",
        "Answer parents' questions about what the termly bill covers and when the trip money is due.",
        "Explain the new tariff to callers who ring in about a higher energy bill",
        "Within two days of a patient querying their bill, call them and go through each treatment line with them.",
        "Handles inbound calls and emails about bills, direct debit dates and refund progress, keeping customers informed and logging every contact in the CRM.",
        "billing questions inbox - reply to customers within 48h",
        "We reply to tenants who email the property office asking why their service charge has gone up.",
        "Invoice questions from customers: log them, answer what we can, pass the rest to accounts",
        # refund requests and disputes
        "Refund requests from the web chat are checked against the 30-day returns policy and the outcome goes back to the customer that day.",
        "Once the return is received, let the customer know the refund is on its way and how long their bank usually takes.",
        "Customers asking to spread the cost are transferred to credit control with a note of what they say they can afford.",
        "Disputed charge on a member's account: listen, apologise, open a billing case",
        "Ticketing: customers wanting their money back for the cancelled concert are told the process and sent the form.",
        "Dispute form from the website: acknowledge it to the customer the same day and say when they will hear back.",
    ],
    ("customer_service", "front", "core", "on_site"): [
        # at the desk and the till
        "If a guest disputes a minibar charge at checkout, remove it at the desk and note the reason on the folio.",
        "Vet reception: go through the estimate with the owner before surgery and answer their questions about the cost.",
        "Shop till - refund customers at the counter for goods returned with a receipt",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        # goodwill and one-off cases
        "Goodwill refund for a guest whose holiday was spoilt by building noise, agreed case by case by the front office manager.",
        "If an elderly customer is confused by the switch to paperless billing, post a paper copy on request and talk it through by phone.",
        "Handle the complaint from the client whose invoice went to the wrong company, apologising and telling them what we've done about it.",
    ],
    ("finance_accounting", "back", "support", "remote"): [
        # overpayments and refunds paid
        "Step 4: if the bank statement shows a customer paid twice, post the overpayment to their account and refund it by BACS.",
        "Refunds approved by the service team are paid out in a weekly run and matched to the original card payment.",
        "customer refunds - weekly payment run",
        "Month end: reconcile the refunds account to the payment gateway report",
        "Raises sales invoices, posts receipts and pays customer refunds through the bank, ensuring the debtors ledger reconciles every month end.",
        # invoices sent to customers
        "Raise the termly invoices to parents in the school finance system and post them to each family's account.",
        "Post the monthly energy billing run to the ledger and reconcile billed kWh to the meter read file.",
        "We send tenants the quarterly service charge demands and chase anyone more than 30 days overdue.",
        "invoices out to customers on the 25th, statements on the 1st",
        "Once a credit note is raised for a return, apply it against the customer's oldest open invoice.",
        "If a minibar charge is written off at the desk, post the adjustment to the guest ledger before the day is closed.",
        # payment plans
        "Within two days of a payment plan being agreed with a patient, set up the direct debit schedule and the first collection date.",
        "Credit control agrees instalment plans with customers who are in arrears and records each payment against their balance.",
    ],
    ("finance_accounting", "back", "support", "on_site"): [
        # cash and card takings
        "Vet practice: reconcile the card terminal and the cash tin to the day's takings before locking up",
        "Count the shop till float every evening and bank the cash and refund slips the next morning.",
    ],
    ("finance_accounting", "back", "long_tail", "remote"): [
        # disputes, chargebacks and one-off adjustments
        "Disputed invoices over £500 are written off only with the finance director's approval.",
        "Goodwill refund approved for the holiday guest: pay the partial refund to their card and code it to complaints",
        "On request from a customer's accounts team, reissue last year's invoices with their new VAT number.",
        "card chargebacks - gather the signed delivery note and submit the evidence to the acquirer before the deadline",
        "Refunds for the cancelled concert are processed in one batch through the payment gateway and reconciled to the event account.",
    ],
}

MARKETING_VS_SALES: Blocks = {
    ("marketing", "front", "core", "remote"): [
        # campaigns and lists
        "Step 1: build the audience for the spring campaign in Mailchimp from customers who bought in the last 12 months.",
        "Campaign landing page for each event, with a sign-up form that feeds the CRM",
        "Google Ads for the open day - budget, keywords, weekly report",
        "We boost our Facebook posts about the farm shop's Christmas turkeys to people within 20 miles.",
        "Market research: survey 200 small builders on what they look for when leasing a van",
        # LinkedIn
        "Schedule three posts a week on the company LinkedIn page and boost the best one to HR directors in the UK.",
        "LinkedIn ads aimed at HR managers in firms with 50-250 staff",
        "content calendar: blog, LinkedIn, newsletter",
        # events and webinars
        "If webinar sign-ups are under 100 a week before, send a second invite email to the newsletter list.",
        "Once the webinar recording is edited, publish it on the resources page behind a sign-up form.",
        "Within a week of the fair, send every badge-scanned visitor the thank-you email with the new catalogue.",
        "Before the trade show, order the stand graphics, print the brochures and announce our stand number on social.",
        "Plans and runs the firm's seminar programme for accountancy clients and prospects, booking venues, writing the invitations and measuring attendance.",
        # collateral and proposals
        "The brochure for the new homes development is written by marketing and reprinted whenever the plot prices change.",
        "proposal template refresh - new cover, brand colours, case study pages",
    ],
    ("marketing", "front", "core", "on_site"): [
        # events in person
        "Hand out samples and leaflets on the county show stand and collect entries for the prize draw.",
        "Film short clips of the chefs at work in the restaurant for the Instagram reels",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        # one-off requests
        "Approve a one-off sponsorship of the rugby club's shirts after weighing the exposure against the cost.",
        "If a rep asks for a custom brochure for one prospect, marketing designs it when the schedule allows.",
        "Plan the launch event for the new site, with press invitations and a ribbon-cutting photo.",
    ],
    ("sales", "front", "core", "remote"): [
        # leads and lists
        "Step 1: build the week's call list from prospects who downloaded the price guide and phone each of them.",
        "qualify web form leads - budget, timescale, who decides",
        "Prospect list: 200 small builders in the region, each with a named contact and phone number",
        "I call the restaurants that bought turkeys from us last Christmas and take their orders for this year.",
        "Call the parents who booked a school tour and ask whether they'd like to register their child for a place.",
        # LinkedIn
        "Send connection requests with a short note to HR directors at target firms on LinkedIn, then book discovery calls.",
        "Sales Navigator searches for facilities managers in Dublin, then InMail and a follow-up call",
        # events and webinars
        "If a webinar attendee asks about pricing in the chat, call them the next day and offer a demo.",
        "Once a prospect has watched the recorded demo, the account executive sends a proposal with three pricing options.",
        "Within 48 hours of the fair, ring every hot lead from the show and send each a tailored proposal.",
        "Before the trade show, email our top prospects and book 20-minute meetings with them on the stand.",
        "Qualifies enquiries from guests at the firm's seminars, meets the promising ones and turns them into fee-paying clients with tailored fee proposals.",
        # proposals
        "Proposals: scope, price, start date, client signature",
        "Ring the leads passed over from the brochure requests and book home visits for the ones ready to buy.",
    ],
    ("sales", "front", "core", "on_site"): [
        # selling in person
        "Walk the county show and call on the machinery dealers' stands to sell them our trailers.",
        "Sales negotiators show buyers round the new homes and agree reservation terms on each plot.",
        "Meet the couple at the venue to walk through the banqueting packages and agree the wedding booking",
    ],
    ("sales", "front", "long_tail", "remote"): [
        # exceptions and one-off pitches
        "A prospect asks for a bespoke pilot at a discount: the rep builds the deal and the head of sales signs it off.",
        "If a large prospect wants payment terms outside our standard, refer it to the sales director before the proposal goes out.",
        "Pitch the one-off corporate booking for a law firm's summer party, with a menu and price built for them",
    ],
}

MARKETING_VS_ADMIN: Blocks = {
    ("marketing", "front", "core", "remote"): [
        # customer newsletters
        "Step 2: write the lead article for the customer newsletter and send the draft to the owner by Thursday.",
        "Produces the firm's printed and emailed client newsletter, writing articles on tax changes, arranging print and mailing, and tracking open rates.",
        "customer newsletter, monthly, in Mailchimp",
        "The council's residents' magazine goes to every household four times a year.",
        "Alumni magazine: stories, photos, print run of 8,000",
        # website
        "Update the menu and seasonal banner on the restaurant website before each season's launch.",
        "Website - new product pages, blog posts, SEO titles",
        # printing and photos
        "Send the flyer artwork for the summer fete to the printer and check the proof for typos.",
        "Before the printing deadline, check every prospectus photo is high resolution and its caption is right.",
        "Book the photographer to shoot the new treatment rooms for the website and Instagram.",
        "Our Instagram photos are taken by the front-of-house team and edited by the marketing assistant.",
        "Order two pull-up banners carrying the new campaign message for the spring events.",
    ],
    ("marketing", "front", "core", "on_site"): [
        # noticeboards, signage and photos in person
        "Pin the open evening poster on community noticeboards at the library and the supermarket.",
        "Within a week of each completed build, photograph the finished house for the portfolio page.",
        "window displays and A-boards advertising the week's offers",
        "Hang the new brand banners on the front railings before the open day",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        # one-off projects
        "If the council approves the new shop sign, brief the sign-maker with the brand font and colours.",
        "Once the new logo is signed off, update the website header, social profiles and email signatures.",
        "Commission a one-off photo shoot for the 50th anniversary brochure",
        "Design the hoarding graphics for the new site so passers-by know what's coming and where to register interest.",
    ],
    ("admin", "back", "support", "remote"): [
        # staff bulletin and intranet
        "Step 2: collect the office news for the staff bulletin and email it to everyone by Thursday.",
        "Update the staff intranet with the new room-booking guide and the holiday closure dates.",
        "intranet - phone list, forms, room guide",
        "staff bulletin, weekly, office news only",
        "Keeps the practice's internal documents in order, formatting staff memos, maintaining the shared drive folders and printing the weekly rota for the staff room.",
        # printing and copiers
        "If the photocopier jams beyond a paper fix or runs out of toner, call the leasing company on the number on the machine.",
        "Once the new phone list is signed off, print it and leave a copy by every desk phone.",
        "Scanned minutes of each committee are saved to the intranet in that committee's folder.",
        "Intranet news page: canteen menu, lift works, car park closures",
    ],
    ("admin", "back", "support", "on_site"): [
        # printing, noticeboards, photos and signs
        "Photocopy and bind the meeting packs for Tuesday's committee.",
        "Pin the updated kitchen rota and the parking rules on the staff noticeboard.",
        "Take photos of new staff for their door access cards and the office seating chart.",
        "Within a week of a room being renamed, replace the door signs and update the floor plan by the lifts.",
        "signage: toilet signs, room numbers, wet floor boards",
        "We laminate the visitor parking signs and put them out when the car park fills up.",
        "Church office: photocopy the cleaning and flower rotas and pin them up in the vestry.",
    ],
    ("admin", "back", "long_tail", "on_site"): [
        # office moves and handovers
        "Before the office move, print the new desk numbers and stick one on every desk.",
        "Photograph the meter readings and the state of the rooms on the last day of the lease, for the file.",
    ],
    ("admin", "back", "long_tail", "remote"): [
        # one-off requests
        "Organise printing and binding of the one-off inspection folder the head teacher asked for",
        "Arrange a replacement door sign on request when a team changes its name.",
    ],
}

MARKETING_VS_SERVICE: Blocks = {
    ("marketing", "front", "core", "remote"): [
        # reviews and testimonials
        "Step 3: after each stay, send the review invitation and share the best five-star reviews on the hotel's Instagram.",
        "Grows the practice's online reputation by inviting happy pet owners to review us, featuring testimonials on the website and reporting review scores monthly.",
        "review count and star rating by location - monthly report for the owners",
        "Testimonials page: collect quotes from satisfied clients",
        "Write up a loyal client's kind feedback as a customer story for the blog, with their permission.",
        # social media
        "Post the week's offers on Facebook every Monday and pin that post to the top of the page.",
        "If a customer tags us in a glowing photo, ask their permission and repost it on the brand account.",
        "Social media calendar: recipes on Monday, behind the scenes on Wednesday, offers on Friday",
        "Hashtag competition for the summer holidays - pick the winners and announce them in our stories",
        # surveys and feedback
        "Run the annual brand awareness survey with 500 local residents and compare the results with last year's.",
        "Within a month of launch, analyse the survey feedback on the new packaging and adjust the ad copy.",
        "Once the research survey closes, turn the top findings into a blog post and a press release.",
        "Recruit a panel of regular diners to give feedback for the new menu's launch research.",
        "survey questions for the quarterly market study of parents choosing a nursery",
        # community
        "Build the online community of home bakers: weekly challenge posts, featured members, a monthly live bake.",
    ],
    ("marketing", "front", "core", "on_site"): [
        # in person
        "We run a user group meetup each quarter to build the community around our software.",
        "Film customer testimonials in the showroom on Saturday mornings",
    ],
    ("marketing", "front", "long_tail", "remote"): [
        # PR and one-off requests
        "Issue a public statement when the story about the food poisoning case reaches the local news",
        "If a local influencer asks for a free stay in exchange for posts, the owner decides case by case.",
        "Collect video testimonials from patients for the new site's launch page",
    ],
    ("customer_service", "front", "core", "remote"): [
        # reviews and complaints
        "Step 3: after each stay, read the new reviews and answer any guest complaint with an apology and the manager's contact.",
        "Handles feedback from pet owners by phone, email and review sites, resolving complaints about appointments and bills and keeping a log of recurring issues.",
        "complaints log - date, customer, issue, outcome",
        "Within a day of a one-star review mentioning a rude driver, contact the customer to apologise and log the complaint.",
        "We answer every Tripadvisor complaint personally and invite the guest to ring the manager.",
        # social media care
        "Reply to customers' Facebook messages about opening times, stock and orders within two hours.",
        "When someone tags the shop in a photo of a broken product, message them privately and start a replacement.",
        "DMs and comments: answer order questions, pass complaints to the service team",
        "Social media customer care: weekend rota, two-hour response",
        # surveys and feedback
        "Send the short satisfaction survey after every closed support ticket and call back anyone who scores us 1 or 2.",
        "Once the satisfaction survey closes, email each customer who reported a problem and offer to put it right.",
        "CSAT after each chat, target 90%",
        "If a survey comment names a member of staff, pass it to their team leader and reply to the customer within a day.",
        # community
        "Answer questions on the community forum from customers stuck setting up their account.",
    ],
    ("customer_service", "front", "core", "on_site"): [
        # in person
        "Front-of-house manager visits the tables to ask how the meal was and sorts out any problem on the spot.",
        "Comment cards left on the tables are collected at close and any complaint is followed up the next morning.",
        "Deal with customers who come into the showroom to complain about delayed sofa deliveries",
    ],
    ("customer_service", "front", "long_tail", "remote"): [
        # escalations
        "Handle the viral complaint about the wedding cake together with the owner, deciding on a refund and a private apology.",
        "If a customer threatens to post about us unless refunded, escalate to the service manager for a decision.",
        "Reply on request to the councillor who forwarded a resident's complaint about our skip lorries",
    ],
}

PROCUREMENT_VS_SALES: Blocks = {
    ("procurement", "back", "support", "remote"): [
        # quotes asked of suppliers
        "Step 1: send the request for quotation for next term's exercise books to three approved stationery suppliers with the same spec.",
        "Compare the supplier quotes for packaging film side by side and pick the best value on price and lead time.",
        "RFQs out to three suppliers for anything over £5k",
        "We get three quotes for any building work at the church and the wardens choose one.",
        # tenders and RFPs issued
        "Issue the tender for cemetery grounds upkeep and answer bidders' clarification questions by the deadline.",
        "Within five days of the RFP closing, score each vendor's response against the weighting agreed with IT.",
        "Once a supplier wins the tender, set them up: vendor form, insurance certificates, approved supplier list.",
        # supplier price lists
        "Update the supplier price list in the purchasing system when the wholesaler's new prices arrive in January.",
        "Before month end, check every purchase order against the agreed supplier price list.",
        "supplier price list file, checked quarterly",
        "Hotel buyer reviews the linen supplier's price list against two competitors each spring.",
        # supplier negotiations
        "If a supplier's price rise is more than 5%, ask for a breakdown and get a competing quote before accepting it.",
        "Negotiates annual terms with the farm's feed and fertiliser suppliers, comparing quotes and securing volume discounts while keeping deliveries reliable.",
        "supplier negotiations - packaging, fuel, cleaning",
        "Frame agreements with our office furniture suppliers are renegotiated every two years.",
        "Purchasing: agree the rates with the courier and the waste contractor",
    ],
    ("procurement", "back", "support", "on_site"): [
        # supplier visits
        "Visit the new supplier's factory to check their capacity before the contract is awarded.",
    ],
    ("procurement", "back", "long_tail", "remote"): [
        # one-off purchases and exceptions
        "One-off purchase of a used tractor: two dealer quotes and the owner's sign-off",
        "If the only maker of a spare part quotes far above budget, ask the director to approve a single-source purchase.",
        "Run the mini-tender for the fit-out of the new site with three contractors",
    ],
    ("sales", "front", "core", "remote"): [
        # quotes for customers
        "Step 1: price the school's RFQ for exercise books for next term and send it back before the deadline.",
        "Compare our quote with the competitor's the customer mentioned and decide what we can match on price and lead time.",
        "We price building repairs for parish churches, and I follow up every quote with the churchwardens.",
        # tenders and RFPs answered
        "Prepare our bid for the town council's cemetery upkeep tender, with the method statement and pricing schedule.",
        "Within five days of receiving an RFP, make the bid/no-bid call and assign a writer to each section.",
        "Once we win the tender, hand the contract to operations with the agreed pricing schedule.",
        "Answer RFPs from hospital trusts",
        "tender portal alerts checked daily for catering contracts we could bid for",
        "Framework bid for the university's office furniture contract, which comes up every four years",
        # customer price lists
        "Update the customer price list in the web shop and send the trade version to stockists in January.",
        "Before month end, chase every open quote with customers and update the forecast.",
        "price list for customers, updated quarterly",
        "Hotel sales manager sends the corporate rate sheet to local firms and negotiates their room-night volumes.",
        # customer negotiations
        "If a customer pushes back on our 5% price rise, offer a longer contract at the old price before conceding.",
        "Negotiates annual supply terms with the farm's supermarket customers, agreeing volumes and prices for the season's crop while protecting margin.",
        "customer negotiations - volumes, prices, contract length",
    ],
    ("sales", "front", "core", "on_site"): [
        # measuring up
        "Visit the customer's plant to take measurements before we price the conveyor job.",
    ],
    ("sales", "front", "long_tail", "remote"): [
        # one-off quotes and exceptions
        "One-off trade-in quote for a used tractor: price the allowance and get the owner's sign-off",
        "If a customer asks us to match a price below our cost, take it to the director for approval.",
        "Pitch to fit out the client's new site against two other contractors",
    ],
}

SALES_VS_MANAGEMENT: Blocks = {
    ("sales", "front", "core", "remote"): [
        # targets and forecasts
        "Step 2: split the region's quarterly sales target across the four reps by account potential.",
        "Once the board sets the annual revenue figure, break it into monthly targets for each rep.",
        "Update the sales forecast in the CRM every Friday: commit, best case, pipeline.",
        "Before the quarter closes, review every deal in the commit column with its owner.",
        "sales targets by rep and product line",
        "Quarterly forecast call with the sales director - each rep walks through their top five deals",
        "Leads a team of six field reps, setting individual targets, coaching on calls and reporting weekly pipeline and forecast accuracy.",
        # pricing within the rules
        "Approve discounts up to 15% within the pricing matrix; anything above goes to the sales director.",
        "pricing: quote from the rate card, discounts per the matrix",
        # territories and partners
        "Reassign the dormant accounts in the northern territory to the new rep and brief her on each one.",
        "Territory map - postcodes per rep",
        "Channel partner deal registrations are checked and approved within two working days.",
        "Recruit and train two new resellers in the Benelux to sell our irrigation kits.",
        # key accounts
        "Key account plan for the supermarket: contacts, volumes, promotions, next year's listings",
        "I look after our top ten wholesale customers myself - calls, price agreements, a yearly plan.",
    ],
    ("sales", "front", "core", "on_site"): [
        # in the field
        "If a rep falls behind target for two months, the sales manager rides along on their customer visits and reviews the pipeline.",
        "Visit the key account's head office each quarter for the business review.",
    ],
    ("sales", "front", "long_tail", "remote"): [
        # exceptions and one-off deals
        "If a partner reseller asks for exclusivity in their city, the channel manager takes the request to the head of sales.",
        "One-off deal desk review for the hospital group's five-year contract (sales director sign-off)",
        "Win-back offer on request for the key account that moved half its volume to a competitor",
    ],
    ("management", "back", "core", "remote"): [
        # company goals and forecasts
        "Step 2: set the company's revenue and profit goals for next year and agree them with the board.",
        "Before the financial year starts, the directors sign off the business plan and each department's goals.",
        "Review the five-year outlook for the group and decide which business lines to grow or close.",
        "If group revenue is behind plan for two quarters, the leadership team revisits the strategy and the cost base.",
        "Once the board approves the three-year plan, explain the priorities to all staff at the annual meeting.",
        "company strategy: markets, products, growth targets",
        "Chairs the leadership team's monthly review of group performance against the strategic plan.",
        # pricing decisions
        "Decide the company-wide price increase for next year after weighing costs, competitors and customer loyalty.",
        "Partners' meeting decides the firm's fee levels for the coming year",
        # markets and territories
        "Decide whether to open a branch in the northern region or keep serving it from head office.",
        "market entry decision - Germany or France first",
        "Organisation design: whether to run sales and service as one regional division",
        # partnerships and key accounts
        "Agree a joint venture with a Dutch distributor to enter the Benelux market.",
        "Board review of customer concentration: what happens if our biggest account leaves",
        "Sets the firm's strategic direction with the partners, deciding which markets and client sectors to focus on and reporting progress to the partnership board.",
        "I decide each year which product lines we keep and which we drop, looking at margins and where the business is heading.",
        "The trustees set the charity's income strategy: how much should come from grants, shops and donations.",
    ],
    ("management", "back", "long_tail", "remote"): [
        # one-off strategic decisions
        "Approve the strategic partnership with a national retailer (board sign-off)",
        "If a major customer offers to buy a stake in the company, the owners and their advisers decide whether to accept.",
        "One-off review of whether to sell the loss-making retail arm",
    ],
}
# fmt: on

LINES: list[Row] = flatten(
    SALES_VS_SERVICE,
    SERVICE_VS_ADMIN,
    SERVICE_VS_FINANCE,
    MARKETING_VS_SALES,
    MARKETING_VS_ADMIN,
    MARKETING_VS_SERVICE,
    PROCUREMENT_VS_SALES,
    SALES_VS_MANAGEMENT,
)
