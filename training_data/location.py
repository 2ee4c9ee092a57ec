"""Where a task line's work is done, `remote` or `on_site`, by LABELING.md section 5.

A line is read left to right and the first cue found decides: task lines put their main verb
first ("Pick, pack and ship orders using the warehouse system", "Prepare reports on loading
trucks"), so the earliest cue is the work itself and later words are its topic, tools or
purpose. Cues are on-site work (cleaning, repairs, cooking, making goods, picking and packing,
driving, stocktaking, greeting visitors, paper mail and cash, setting up hardware) or desk work
(planning, booking, tracking, records, reports, email and phone, suppliers, approvals). A line
without a cue takes its function's default: production and logistics are physical by nature,
everything else can be done from anywhere.

Rows written with a known location pass it as `hint`, which always wins.
"""

import re

REMOTE = "remote"
ON_SITE = "on_site"
LOCATIONS = (REMOTE, ON_SITE)

# Functions whose uncued lines ("Manufacturing", "Warehousing", "run the night shift") are
# physical work; production's own work for service companies (treatments, installs) too.
ON_SITE_FUNCTIONS = frozenset({"production", "logistics"})

_OBJ = r"(?:the |new |a |all |our |old |faulty |broken |incoming |returned |finished )?"

ON_SITE_CUES = [
    # Cleaning and upkeep of premises.
    # "for the cleaning company" names the business, "order cleaning supplies" is buying.
    r"\bclean(s|ing|ed)?\b(?! (company|products|supplies|materials)\b)",
    r"\bhousekeeping\b",
    r"\bjanitor",
    r"\bvacuum",
    r"\bmop(s|ping)?\b",
    r"\bwash(es|ing)?\b",
    r"\bsteril[iy][sz]",
    r"\btid(y|ies|ying)\b",
    r"\blaundry\b",
    r"\bguest rooms?\b",
    r"\bmake up the rooms\b",
    r"\bpest control\b",
    r"\bwater(s|ing)? the plants\b",
    r"\bstationery cupboard\b",
    r"\brestock(s|ing)? (the )?(shelves|kitchen|fridge|stationery|cupboards?|pick|what)\b",
    r"\bstock(s|ing)? (up )?(the )?(kitchen|fridge|cupboards?|shelves)\b",
    # Repairs, maintenance and installation of physical things.
    r"\brepair(s|ing|ed)?\b(?! (network|the office wifi|outages|slow|staff computer|issues))",
    r"\bfix(es|ing)? " + _OBJ + r"(oven|machines?|printers?|equipment|leaks?|doors?|lights?"
    r"|laptops?|computers?|desks?|chairs?|vans?|vehicles?|cars?|boilers?|locks?)\b",
    r"\bmaintain(s|ing)? (the )?(production |kitchen |measuring )?(machinery|machines"
    r"|equipment(?! and systems)|tools|vehicles|vans|building|premises)\b",
    r"\bmaintenance (of|on) (the )?(\w+ )?(production|machines?|machinery|equipment|vehicles?"
    r"|building|premises|tools)",
    r"\bmaintenance (visits|rounds|jobs|work)\b",
    r"\bservic(e|es|ing) (the |customers' )?(vehicles?|cars?|boilers?|machines?|equipment)\b",
    r"\bcalibrat",
    r"\bsand and paint\b",
    r"\binstalls\b",
    r"\binstallation (work|services|jobs)\b",
    r"\binstall(s|ing)? " + _OBJ + r"(hardware|printers?|cables?|cabling|access points"
    r"|routers?|equipment|desk phones|cctv|alarms?|kitchen units|furniture|signage)\b",
    r"\b(at|to) (the )?(customer|client)s?'? (homes|premises|sites|offices)\b",
    r"\b(customer|client)s?'? (homes|premises|sites)\b",
    # Clinical and personal services, face to face.
    r"\btreat(s|ing)? (patients|clients|customers)\b",
    r"\b(dental|beauty|spa|massage) treatments?\b",
    r"\bcheck-?ups\b",
    r"\bhaircuts?\b",
    r"\b(cut|style|colour|color)s? (and \w+ )?hair\b",
    r"\bsurger(y|ies)\b",
    r"\bat the salon\b",
    r"\bpatients? in the chair\b",
    r"\b(lead|guide)s? (the )?tours?\b",
    # Cooking and food.
    r"\bcook(s|ing|ed)?\b",
    r"\bbak(e|es|ing|ed)\b",
    r"\bprep(s|ping)? (the )?food\b",
    r"\bfood prep",
    r"\bkitchens?\b",
    r"\bdough\b",
    r"\bknead",
    r"\bbrew(s|ing|ed)?\b",
    r"\broast(s|ing)?\b",
    r"\bdecorat(e|es|ing) (the )?cakes\b",
    r"\b(prepare|cook|serve|plate)s? (\w+ )?meals\b",
    r"\bserv(e|es|ing) (food|drinks|meals|customers|guests|tables|diners|breakfast)\b",
    # Making goods on the floor.
    r"\bassembl(e|es|ing)\b",
    r"\bassembly line\b",
    r"\bput(s|ting)? (the units|units|furniture|kits|products|machines) together\b",
    r"\bweld",
    r"\bsolder",
    r"\bmachining\b",
    r"\bmachined parts\b",
    r"\bcnc\b",
    r"\bmould",
    r"\bcut(s|ting)? and (sew|shape)",
    r"\bsew(s|ing)?\b",
    r"\bfabricat",
    r"\bmanufactur(e|es|ing) (parts|products|goods)\b",
    r"\b(production|filling|packaging|packing) line\b",
    r"\bon the line\b",
    r"\bline workers\b",
    r"\b(factory|shop|production|warehouse) floor\b",
    r"\b(in|at) the workshop\b",
    r"\bmachines?\b(?! learning)",
    r"\bkitting\b",
    r"\bproduc(e|es|ing)\b(?= [\w-]+ (custom orders|production runs|batches|goods|parts))",
    r"\b(test|sample)(s|ing)? (samples|parts|finished|units|batches|products)\b",
    r"\bmeas[u]?r(e|es|ing) (and \w+ )?parts\b",
    r"\bparts against the drawings\b",
    r"\b(stock|material) handlers\b",
    r"\b(freight loaders|machine operators|assemblers|bakers|chefs|cooks|production workers"
    r"|quality inspectors|packers|pickers|warehouse operators)\b",
    r"\bmachinery\b",
    r"\bovens?\b",
    r"\bpresses\b",
    r"\bforklifts?\b",
    r"\bpallet",
    r"\bpackag(e|es|ing) (the )?(products|goods|orders)\b",
    r"\bbottl(e|es|ing)\b",
    r"\bmix(es|ing)?,? (knead|the dough|dough|ingredients|batches|paint|concrete)\b",
    r"\bhand tools|power tools\b",
    r"\bgauges\b",
    r"\bcal(l)?ipers\b",
    r"\binspect(s|ing)? " + _OBJ + r"(products|goods|parts|welds|items|materials|batches"
    r"|deliveries|shipments|pallets|vehicles|vans|premises|site|warehouse|factory|equipment)\b",
    # Warehouse, picking, packing, shipping, driving.
    # "pick up calls" is phone work.
    r"\bpick(s|ing|ed)?\b(?! up)",
    r"(?<!board )(?<!press )(?<!media )(?<!sales )(?<!welcome )(?<!starter )"
    r"(?<!induction )(?<!information )\bpack(s|ing|ed)?\b",
    r"\bship(s|ped|ping)? " + _OBJ + r"(customer |online |replacement |spare )?(orders|goods"
    r"|parcels|products|parts|samples|stock|pallets|boxes)\b",
    r"\b(pack|ship|label|send out|pick)(s|ing)? (\w+ )?shipments\b",
    r"\battach\w* (\w+ ){0,2}(tags|labels)\b",
    r"\bcount(s|ing)? (and record )?(units|parcels|items|pallets|boxes)\b",
    r"\bsend(s|ing)? out (the )?(orders|parcels|samples|goods|boxes|stock)\b",
    r"\bsend(s|ing)? samples\b",
    r"\bpost(s|ing)? (the )?parcels\b",
    r"\b(un)?load(s|ing|ed|ers)?\b(?! balanc)(?! test)",
    r"\bput(s|ting)? (stock |goods |it )?away\b",
    r"\bput away\b",
    r"\breplenish(es|ing)? (the )?pick",
    r"(?<!the-)\bshel(f|ves)\b(?! life)",
    r"\bstack(s|ing)? (\w+ )?(pallets|boxes|goods|shelves|stock|crates)\b",
    r"\bwarehouse\b(?! management system)(?! system)",
    r"\bstockroom\b",
    r"\bdistribution centre\b",
    r"\bcold store\b",
    r"\bdeliver(s|ing|ed)? (the )?(orders|goods|parcels|cakes|bread|products|stock|furniture"
    r"|food(?! hygiene)|meals|flowers|supplies|packages)\b",
    r"\b(do|make)(es|s|ing)? (the )?deliveries\b",
    r"\bdelivery (vans?|drivers|rounds|runs|vehicles)\b",
    # Only driving a vehicle: "drive sales" and "shared drives" are not.
    r"\bdriv(e|es|ing) (the |a |company |delivery )?(forklifts?|vans?|trucks?|lorr\w+|cars?"
    r"|vehicles?|buses|minibus\w*|routes?|deliveries)\b",
    r"\b(vans?|lorr(y|ies)|trucks?)\b",
    r"\bstock ?tak(e|es|ing)\b",
    r"\b(stock|inventory) count(s|ing)?\b",
    r"\bcount(s|ing)? (and \w+ )?" + _OBJ + r"(stock|inventory|cash|takings|float)\b",
    r"\bcycle counts?\b",
    r"\bmov(e|es|ing) " + _OBJ + r"(stock|goods|materials|pallets|freight|furniture|boxes"
    r"|desks)\b",
    r"\bsort(s|ing)? " + _OBJ + r"(parcels|mail|post|returns|products|goods|stock|laundry)\b",
    r"\bweigh(s|ing)? (and measure )?(the )?(parcels|goods|ingredients|products|orders|loads)\b",
    r"\bwrap",
    r"\breceiv(e|es|ing) " + _OBJ + r"(goods|deliveries|stock|shipments|materials|parcels"
    r"|pallets)\b",
    r"\bsort(s|ing)? (and route )?materials\b",
    r"\bgoods (receiv|in\b)",
    r"\bcheck(s|ing)? (in )?" + _OBJ + r"(goods|deliveries|stock|pallets|shipments)\b",
    # Front desk, walk-in customers, in person.
    r"\breception(ist)?\b",
    r"\bfront desk\b",
    r"\bgreet",
    r"\bwelcom(e|es|ing) (guests|visitors|customers|patients|clients)\b",
    r"\bwalk-?ins?\b",
    r"\b(sign|signs|signing) in (visitors|patients|guests|customers)\b",
    r"\bwhen they arrive\b",
    r"\bvisitor (badges|passes|book|log)\b",
    r"\bcheck(s|ing)?[- ]in (hotel )?guests\b",
    r"\bcheck(s|ing)? (hotel )?guests (in|out)\b",
    r"\bat the (counter|till|front door)\b",
    r"\bat check-?in\b",
    r"\bat the (hotel|travel|tour|information|front|reception|check-in) desk\b",
    r"\bcheck(s|ing)? in (clients|visitors|patients|customers)\b",
    r"\barriving (for|at)\b",
    r"\b(bills|charges|change|payment) at checkout\b",
    r"\bin[- ]store\b",
    r"\bin the (shop|store|showroom|salon|restaurant|lobby|waiting room)\b",
    r"\bshowroom\b",
    r"\bshop ?floor\b",
    r"\bconcierge\b",
    r"\bluggage\b",
    r"\bseat(s|ing)? (guests|diners|customers)\b",
    r"\bshow(s|ing)? (\w+ ){0,2}(around|round)\b",
    r"\bin person\b",
    r"\bface[- ]to[- ]face\b",
    r"\bdoor[- ]to[- ]door\b",
    r"\bcanvass",
    r"\bfield (sales|visits|service|work|technicians|engineers?|tests?|testing|trials?)\b",
    r"\bfield-test",
    r"\bvisit(s|ing)? (\w+ )?(customers|clients|prospects|buyers|sites|stores|shops|suppliers"
    r"|branches|patients|homes|accounts)\b",
    r"\bat their premises\b",
    r"\b(sales|customer|client|site) visits\b",
    r"\bon-?site\b",
    r"\bsite (inspections?|audits?|surveys?|walks?)\b",
    r"\b(safety|environmental) (and \w+ )?audits\b",
    r"\baudits? of (\w+ )?sites\b",
    r"\binspection visits\b",
    r"\bwalk-?(a)?rounds?\b",
    r"\bwalk(s|ing)? the (floor|site|premises|warehouse|factory|shop|building)\b",
    # Security, keys and the building.
    r"\bguard(s|ing)?\b",
    r"\bpatrol",
    r"\block(s|ing)? up\b",
    r"\bunlock(s|ing)? (the )?(doors?|office|building|gates?|premises|shop)\b",
    r"\bopen(s|ing)? (up )?the (office|shop|building|premises|store)\b",
    r"\b(fire|burglar) alarms?\b",
    r"\bfire (drills?|extinguishers?|wardens?)\b",
    r"\b(safety|evacuation) drills?\b",
    r"\bfirst aid kits?\b",
    r"(?<!access )(?<!api )\b(keys|keycards?|key cards?|key fobs?|fobs)\b(?! in\b)",
    r"\b(office|door|car|building|locker|spare) keys?\b",
    r"\b(hand|give|pass)(s|ing)? (out|over)\b",
    r"\bissu(e|es|ing) (\w+ )?(uniforms|ppe|badges|id cards|access cards|lockers|workwear)\b",
    r"\bvehicle (checks|inspections)\b",
    r"\btak(e|es|ing) (the )?(company )?(cars?|vans?|vehicles?) (in )?(for|to)\b",
    r"\bmeter readings?\b",
    r"\b(office|building) facilities\b",
    r"\bthe building\b",
    # Paper mail, paper files and cash.
    r"\b(incoming|outgoing|paper|daily) (post|mail)\b",
    r"\b(open|sort|frank|distribute|collect)(s|ing|ed)? (the )?(post|mail|letters|parcels)\b",
    r"\b(post|mail) ?room\b",
    r"\bfrank(ing)?\b",
    r"\bpost office\b",
    r"\bscan(s|ning|ned)? (and \w+ )?" + _OBJ + r"(\w+ )?(paper|documents|post|mail|letters"
    r"|receipts|invoices|records|files|contracts|forms)\b",
    r"\bpaper (files|records|documents|copies|forms|archives?|filing|invoices|receipts)\b",
    r"\bhard ?cop(y|ies)\b",
    r"\bfiling cabinets?\b",
    r"\barchive (boxes|room)\b",
    r"\bshred",
    r"\bphotocop",
    r"\bcash (register|drawer|desk|up|handling|float|takings|deposits?|payments at)\b",
    r"\bcashing up\b",
    r"\bpetty cash\b",
    r"\btills?\b(?! system)",
    r"\bbank(s|ing)? (the )?(takings|cash|cheques)\b",
    r"\b(make|take|makes|takes)s? (the )?(bank )?deposits?\b",
    r"\btake (the )?(cash|cheques|takings) to the bank\b",
    r"\bnight safe\b",
    r"\bcheques?\b",
    r"\bfold(s|ing)?\b",
    # Desks, hardware and rooms set up by hand.
    r"\bset(s|ting)? up (\w+'? ){0,2}(desks?|workstations?|laptops?|computers?|pcs?|monitors?"
    r"|printers?|desk phones|phones|hardware|equipment|meeting rooms?|rooms?|chairs|projectors?"
    r"|screens?|routers?|access points|cabling|tills?|card terminals?|stands?|displays?"
    r"|booths?|venues?)\b",
    r"\b(lay|tidy|clear|prepare|arrange)(s|ing)? (up |out )?(the )?(meeting|board|conference)"
    r" ?rooms?\b",
    r"\bcabling\b",
    r"\bcables?\b",
    r"\b(server|comms) rooms?\b",
    r"\bre(place|places|placing) " + _OBJ + r"(laptops?|devices|hardware|monitors?|keyboards"
    r"|toner|cartridges|hard drives|disks|batteries|phones|screens|printers?|parts)\b",
    r"\btoner\b",
    r"\bink cartridges\b",
    r"\bimag(e|es|ing) (new )?laptops\b",
    r"\b(collect|return|recycle|dispose of|wipe)(s|ing)? " + _OBJ + r"(laptops|devices|hardware"
    r"|equipment|phones)\b",
    r"\basset tag",
    r"\bdesk-?side\b",
    r"\bhands-on\b",
    r"\binspect(s|ing)? (and \w+ )?(computers|laptops|devices)\b",
    r"\bprint(s|ing)? (\w+ )?(handouts|board papers)\b",
    r"\bprinters?\b",
    # Events, stands and displays with the public.
    r"\b(run|host|staff|attend|work|man|hold|stage|organi[sz]e)(s|ing)? (\w+ )?(events?"
    r"|trade (fairs?|shows?)|exhibitions?|stands?|booths?|roadshows?|open days?|tastings?)\b",
    r"\btrade (fairs?|shows?)\b",
    r"\bexhibition stands?\b",
    r"\bbooths?\b",
    r"\bleaflet (drops?|distribution)\b",
    r"\bdistribut\w* (flyers|leaflets|samples)\b",
    r"\bflyering\b",
    r"\b(in-store|window|point-of-sale|shop) displays?\b",
    r"\bdisplays? in (the )?(store|shop|window)\b",
    r"\bvisual merchandising\b",
    r"\btastings?\b",
    r"\bpop-?up (shop|stand|store)s?\b",
    # Hands-on training, labs, workshops and test kitchens.
    r"\bforklift",
    r"\btoolbox talks\b",
    r"\binduction tours?\b",
    r"\blab(s|oratory)?\b",
    r"\bprototyp(e|es|ing) (in the workshop|parts|products|furniture|machines|devices"
    r"|packaging)\b",
    r"\bbuild(s|ing)? (\w+ )?prototypes\b",
    r"\bphysical prototypes?\b",
    r"\b3d print",
    r"\btest kitchen\b",
    r"\b(develop|create|trial|test|try|perfect|refine|work)\w* (out )?(new |seasonal )?(menu )?"
    r"(recipes|dishes|menu items|flavours|beer styles|beers?)\b",
    r"\b(new |seasonal )?(menu )?(recipes|dishes|menu items|beer styles)\b",
    r"\btest(s|ing)? (the )?(\w+ )?prototypes\b",
    r"\brecipe (trials|testing|development)\b",
    r"\btest batch(es)?\b",
    r"\btaste tests?\b",
]

REMOTE_CUES = [
    # Virtual or distance work said outright.
    r"\b(remote(ly)?|virtual|from home)\b",
    r"\bonline\b(?! (orders|shop|store)\b)",
    r"\be-?mails?\b",
    r"\b(tele)?phones?\b",
    r"\bcalls?\b",
    r"\bchat\b",
    r"\bradio\b",
    r"\bvideo\b",
    # Planning, scheduling, booking and tracking.
    r"\bplan(s|ning|ned)?\b",
    r"\bschedul",
    r"\bforecast",
    r"\bbook(s|ing|ings|ed)?\b",
    r"\btrack(s|ing|ed)?\b",
    r"\broutes?\b",
    r"\bdispatch(es|ing)? (the )?(drivers?|vans?|vehicles?|trucks?|technicians?|engineers?"
    r"|crews?|service vehicles|couriers?)\b",
    r"\bcouriers?\b",
    r"\btransport(ation)? management\b",
    r"\bcarriers?\b",
    r"\bforwarders?\b",
    r"\bbrokers?\b",
    r"\bthird-party logistics\b",
    r"\b3pl\b",
    r"\bcustoms\b",
    r"\bfreight (forward\w*|bookings?|rates|costs|management|invoices|quotes|audits?|claims"
    r"|bills)\b",
    r"\bmanag\w* (the )?freight\b",
    r"\bshipments?\b",
    r"\bexpedit",
    r"\bchas(e|es|ing)\b",
    r"\b(stock|inventory) levels\b",
    r"\bmanag(e|es|ing) (the )?inventory\b",
    r"\binventory management\b",
    r"\bcheck(s|ing)? (the )?(stock|inventory) (levels|availability)\b",
    r"\bstatus (of|updates?|reports?)\b",
    r"\border status\b",
    r"\b(notif(y|ies)|tell|tells|remind|reminds)\b",
    r"\bkeep (\w+ )?updated\b",
    r"\binvestigat",
    r"\btroubleshoot",
    r"\bdiagnos",
    r"\bresolv",
    r"\b(repair|maintenance) requests\b",
    r"\barrang(e|es|ing)\b(?! (the )?(furniture|stock|flowers|displays?|shelves|chairs|desks))",
    r"\breorder|\bre-order",
    r"\border(s|ing)? (more |new )?(stock|materials|supplies|parts|ingredients)\b",
    # Records, reports, data and systems.
    r"\brecord(s|ing|ed)?\b",
    r"\breports?\b",
    r"\breporting\b",
    r"\banaly[sz]",
    r"\bdata\b",
    r"\bstatistics\b",
    r"\byield\b",
    r"\bkpis?\b",
    r"\bmetrics\b",
    r"\bdashboards?\b",
    r"\bspreadsheets?\b",
    r"\bexcel\b",
    r"\b(system|software|erp|wms|mrp|crm|portal|database)\b",
    r"\blog(s|ged|ging)?\b",
    r"\bclean(s|ing)?( up)? (the |our )?(\w+ )?(data|database|records|lists?|crm|contacts?"
    r"|inbox|backlog|ledger|accounts)\b",
    r"\bdriving licen[cs]es?\b",
    # Money, suppliers, contracts and paperwork.
    r"\bnegotiat",
    r"\bcontracts?\b",
    r"\bquot(e|es|ation|ations)\b",
    r"\bpric(e|es|ing)\b",
    r"\bcost(s|ing)?\b",
    r"\bbudgets?\b",
    r"\binvoic",
    r"\breconcil\w* (the )?(daily )?(takings|petty cash|tills?|cash)\b",
    r"\b(internal|financial|cost) controls\b",
    r"\bpay(s|ing)?\b",
    r"\bsell(s|ing)? (business )?services\b",
    r"\bshelf (placement|space)\b",
    r"\bpaperwork\b",
    r"\bdocument(s|ation)?\b",
    r"\bsuppliers?\b",
    r"\bvendors?\b",
    r"\bpurchas",
    r"\bprocurement\b",
    r"\bsourc(e|ing)\b",
    # Design and engineering at a desk.
    r"\bdesign(s|ing|ed)?\b",
    r"\bcad\b",
    # Checking parts against drawings or specifications is done with the parts in hand.
    r"(?<!against the )\bdrawings?\b",
    r"(?<!against )(?<!samples and )\bspecifications?\b",
    r"\bbills? of materials\b",
    # Desk frames: policy, procedure, meetings, requests, people processes.
    r"\bpolic(y|ies)\b",
    r"\bprocedures?\b",
    r"\bcompliance\b",
    r"\bregulations?\b",
    r"\bconfer(s|ring)?\b",
    r"\bcorrespond",
    r"\banswer(s|ing)? questions\b",
    r"\bprovid(e|es|ing) information\b",
    r"\binform(s|ing)?\b",
    r"\bmeet(s|ing)? with\b",
    r"\bmeetings?\b",
    # "Supervise and coordinate the activities of line workers" is a floor supervisor's line.
    r"(?<!supervise and )(?<!direct and )\bcoordinat",
    r"\bprovid(e|es|ing) support\b",
    r"\bproposals?\b",
    r"\bprojects?\b",
    r"\bprogra(m|mme)s?\b",
    r"\brequests?\b",
    r"\bapprov",
    r"\bexceptions?\b",
    r"\bsign-?off\b",
    r"\bauthori[sz]",
    r"\brecruit",
    r"\bscreen(s|ing)?\b",
    r"\bapplicants?\b",
    r"\breferences\b",
    r"\bselect(s|ing)?\b",
    r"\bpublish",
    r"\bvacanc(y|ies)\b",
    r"\bjob ads?\b",
    r"\bpromot",
    r"\bleads\b",
    r"\bqualify",
    r"\blists?\b",
    r"\bhir(e|es|ing)\b",
    r"\bcvs?\b",
    r"\binterview",
    r"\bonboard",
    r"\bpayroll\b",
    r"\btimesheets?\b",
    r"\bwages?\b",
    r"\bovertime\b",
    r"\brotas?\b",
    r"\btemporary (help|staff|workers|labour)\b",
    r"\bperformance\b",
    r"\bevaluat",
    r"\bresearch",
    r"\bsurveys?\b",
    r"\bwrit(e|es|ing)\b",
    r"\bdraft",
    r"\breview(s|ing|ed)?\b",
]

_ON_SITE = [re.compile(p) for p in ON_SITE_CUES]
_REMOTE = [re.compile(p) for p in REMOTE_CUES]


def first_cue(text: str) -> tuple[str, str] | None:
    """Return (location, matched words) of the earliest cue in the text, or None without one."""
    task = text.lower()
    # "Order fulfilment: plan deliveries" names a process and then the task; the task decides.
    if ":" in task:
        task = task.split(":", 1)[1]
    best: tuple[int, int, str, str] | None = None
    for location, patterns in ((ON_SITE, _ON_SITE), (REMOTE, _REMOTE)):
        for pattern in patterns:
            match = pattern.search(task)
            if match:
                # Earliest cue first; at the same place the longer, more specific one wins.
                key = (match.start(), -len(match.group()), location, match.group())
                if best is None or key < best:
                    best = key
    return None if best is None else (best[2], best[3])


def location_of(text: str, function: str, hint: str | None = None) -> str:
    """Return `remote` or `on_site` for a task line of the given function (hint wins if set)."""
    if hint is not None:
        if hint not in LOCATIONS:
            raise ValueError(f"location hint must be one of {LOCATIONS}, got {hint!r}")
        return hint
    cue = first_cue(text)
    if cue is not None:
        return cue[0]
    return ON_SITE if function in ON_SITE_FUNCTIONS else REMOTE
