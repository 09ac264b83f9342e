"""DEV3 phrase pools and page pieces for gen_lone.py: a third development pool set.

A third *development* set of chrome for lone news pages.  It has the interface described in
the pools_dev.py docstring (NAME, LANGUAGES, make_site, section, PIECES; pieces get a ctx
with rng, site, fixed(), keywords(), headlines()...), but every phrasing, site name, town,
person, address and layout here was written afresh for this module; nothing is copied from
pools_dev.py, pools_dev2.py, the held-out generator or any real site.  Real-world *kinds* of
chrome are imitated (a Hungarian site prints its "Impresszum" and "Cégjegyzékszám", a
Turkish one its "Künye" and KVKK note, a Finnish one its "Y-tunnus"); the words are our own.

What this set stresses, compared with the first two:
  * English is half of the sites and has the richest chrome, so a cleaner cannot tell
    chrome from body by language alone; the rest is Norwegian Bokmal, Finnish, Romanian,
    Hungarian and Turkish (10 each).
  * Long reader comments (1 to 3 sentences, 12 to 45 words, often naming a keyword of the
    story) under many header wordings, a bare count line, or no header at all, with user
    lines in many shapes ("Posted by x at 10:42", "x wrote:", "x | 3 hours ago", avatar
    initials, letters-page sign-offs) and reply / like / report lines.
  * Long legal and membership paragraphs after the article (16 to 40 words, full
    sentences): newsletter consent, data protection, partnership and syndication credits,
    author bios of two sentences, editorial standards, corrections, "about us".
  * Lists of other headlines in many shapes (bullets, "1." / "#1" / "01", clock times,
    " · 3 hours ago", " | Section", two-line items), with or without a header, and stacks
    of two or three lists in a row.
  * Inline chrome of several lines: newsletter boxes, polls, video captions, sponsored
    blocks, third-party embed notices.

Pieces (zone), 62 kinds in 70 placements: head - pagetitle, cookie, skip, notify, loginbar,
todaybar, weather, masthead, menu, ticker, trending, latest, breadcrumb, share, date, byline,
kicker; lead - partner_label, byline, author_follow, date, update_note, readtime, comment_count,
share, save, listen, imgcaption; inline - ad, readalso, nlbox, continue, imgcaption, poll, video,
sponsored, embed, sub_promo, gallery, inline_list; tail - byline, correction, syndication,
partnership, share, tags, topic_follow, bio, standards, feedback, tip, newsletter, consent,
appeal, podcast, follow, comments, related, morefrom, mostread, recommended, latest, liststack,
about, app, privacy, backtotop, footer, cookie_settings, cookie.

Template syntax: str.format fields filled from a values dict, "\\n" splits a template into
lines.  Site-level choices go through ctx.fixed so that the pages of one site share their
template lines.  Python 3 standard library only; deterministic for a given rng.
"""

import re
import unicodedata
import zlib
from datetime import timedelta

NAME = "dev3"

LANGUAGES = [("en", 50), ("nb", 10), ("fi", 10), ("ro", 10), ("hu", 10), ("tr", 10)]

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")

L = {}

# --------------------------------------------------------------------------------------
# English

L["en"] = {
    "towns": [(x, x) for x in [
        "Calderbrook", "Wyndham Cross", "Pelham Ridge", "Saltmarsh", "Greyhaven", "Brackenfold",
        "Thornwick", "Emberly", "Rookhampton", "Larchmont Falls", "Dunhallow", "Quarrybank",
        "Hestonbury", "Millbeck", "Farrowdale", "Kingsmere", "Ashby Fold", "Port Elridge",
        "Cresswater", "Hollins Green"]],
    "nouns": ["Journal", "Times", "Argus", "Packet", "Star", "Bulletin", "Citizen", "Pioneer",
              "Review", "Inquirer", "Reporter", "Press", "Register", "Messenger", "Leader",
              "Gleaner", "Advocate", "Almanac"],
    "words": ["Fathom", "Kestrel", "Plumbline", "Tidemark", "Halyard", "Waypoint", "Keystone",
              "Lodestar", "Candlewick", "Northlight", "Cobalt", "Signalbox", "Flintlock",
              "Weathervane", "Milestone"],
    "site_patterns": ["The {town} {noun}", "{town} {noun}", "The {town} {noun} and {noun2}",
                      "{town} Daily", "{town} Today", "{town}Now", "The {word}", "{word} News",
                      "The {word} Report", "{town} Online", "{town} Weekly {noun}", "{town} {noun}",
                      "The {town} {noun}"],
    "tlds": ["com", "co.uk", "news", "org", "net", "today", "press", "info", "media", "uk", "co.uk"],
    "taglines": ["Serving {town} since {year}", "Local journalism that answers to you",
                 "Straight news, no spin", "Your daily briefing from {town} and beyond",
                 "Independent. Reader-funded. Local.", "Founded {year}",
                 "Covering {town} and the valley since {year}", "News for people who read to the end",
                 "Where {town} gets its news", "Honest reporting for a curious region",
                 "The paper of record for {town}", "Est. {year} | Independent"],
    "company": ["{town} Media Ltd", "{word} Publishing Ltd", "{town} Newspapers Limited",
                "{word} Media Group Ltd", "{town} News Co-operative Ltd", "Northvale Press Holdings Ltd"],
    "sections": {
        "business": ["Business", "Money", "Economy", "Markets", "Your Money", "Business News"],
        "entertainment": ["Entertainment", "Culture", "Arts & Culture", "Screen", "Showbiz", "Life & Arts"],
        "politics": ["Politics", "Politics & Policy", "Government", "Westminster", "Elections", "National"],
        "sport": ["Sport", "Sports", "Sport News", "Match Day", "Football & Sport"],
        "tech": ["Tech", "Technology", "Science & Tech", "Gadgets", "Digital Life"],
    },
    "subs": {
        "business": ["Companies", "Jobs", "Retail", "Energy", "Property", "Banking"],
        "entertainment": ["Music", "Film", "Television", "Books", "Theatre", "Celebrity"],
        "politics": ["Parliament", "Policy", "Local elections", "Europe", "Analysis"],
        "sport": ["Football", "Rugby", "Cricket", "Tennis", "Athletics", "Boxing"],
        "tech": ["Gaming", "Mobile", "Internet", "Security", "Science"],
    },
    "extras": ["News", "Local", "World", "Opinion", "Weather", "Video", "Podcasts", "Puzzles",
               "Crosswords", "Travel", "Food & Drink", "Health", "Motors", "Homes", "Jobs",
               "Announcements", "Obituaries", "Letters", "Events", "Traffic", "Schools", "Courts"],
    "home": ["Home", "Homepage", "Front Page", "Top Stories"],
    "menu_word": ["Menu", "☰ Menu", "Sections", "Browse", "All sections", "Navigation"],
    "more": ["More", "More ▾", "See all", "+ More"],
    "crumb_home": ["Home", "News", "Home page"],
    "crumb_lead": ["You are here:", "Location:", ""],
    "skip": ["Skip to main content", "Skip to content", "Skip navigation", "Jump to article",
             "Accessibility help", "Skip to search", "Skip to footer"],
    "login": ["Sign in | Register", "Log in  ·  Subscribe", "Subscribe  Sign in", "Hello, sign in",
              "Subscribe for {price}/month  |  Log in", "Join now | Sign in",
              "Newsletters  Log in  Subscribe", "Already a subscriber? Log in", "Become a member",
              "Sign in\nSubscribe", "Register for free | Sign in", "Support us  |  Sign in",
              "Search  |  Sign in  |  Today's paper", "My account"],
    "prices": ["£1", "£1.99", "£3.50", "99p", "$1", "£4.99"],
    "first_f": ["Alisha", "Corinne", "Eleni", "Gwen", "Isla", "Keira", "Maeve", "Orla", "Rhea",
                "Tamsin", "Wren", "Zara", "Bethany", "Nadia"],
    "first_m": ["Bram", "Dominic", "Farid", "Hugo", "Jasper", "Leon", "Nikhil", "Patrick",
                "Samir", "Victor", "Yusuf", "Benedict", "Conor", "Ellis"],
    "last": ["Ainsworth", "Barraclough", "Castellano", "Dunmore", "Everett", "Fairbairn",
             "Gillespie", "Hanlon", "Iqbal", "Jessop", "Kearney", "Lindqvist", "Macaulay", "Nwosu",
             "Ormerod", "Pettigrew", "Radcliffe", "Sandhu", "Thackeray", "Underwood", "Varga",
             "Wakefield", "Yeoman", "Zielinski"],
    "order": "fl",
    "pron": {"f": ("She", "she"), "m": ("He", "he")},
    "roles": ["Chief reporter", "Local democracy reporter", "Business editor", "Sport reporter",
              "Arts correspondent", "Political editor", "Technology reporter", "News reporter",
              "Senior writer", "Deputy editor", "Trainee reporter", "Investigations editor",
              "Community reporter", "Data journalist"],
    "beats": ["local politics", "courts and crime", "business and jobs", "health", "transport",
              "the arts", "education", "sport", "housing", "the environment"],
    "bylines": ["By {name}", "{name}", "By {name}, {role}", "{name} · {role}", "Written by {name}",
                "Story by {name}", "By {name} and {name2}", "Reporter: {name}", "{name} ({role})",
                "By {NAME}", "{name}\n{role}", "Posted by {name}", "{name}, in {town}",
                "By {name} | {site}", "Words: {name}\nPictures: {name2}"],
    "staff": ["{site} reporters", "{site} newsdesk", "Staff writer", "Our reporter", "News team",
              "Web desk"],
    "months": ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"],
    "mons": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "dys": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "dates": ["{d} {Month} {yyyy}", "{Month} {d}, {yyyy}", "{Dy} {d} {Mon} {yyyy}, {HH}:{MM}",
              "{dd}.{mm}.{yyyy} | {HH}:{MM}", "{Day} {d} {Month} {yyyy} at {h12}:{MM}{ampm}",
              "{Mon} {d} {yyyy}", "{dd}/{mm}/{yyyy}", "{Day}, {ord} {Month} {yyyy}",
              "{HH}:{MM}, {d} {Mon} {yyyy}", "{yyyy}-{mm}-{dd}", "{Month} {d}, {yyyy} {h12}:{MM} {AMPM}",
              "{d} {Mon} {yyyy} {HH}:{MM}"],
    "date_labels": ["{date}", "Published: {date}", "Published {date}", "First published {date}",
                    "Updated {date}", "Last modified: {date}", "Posted {date}",
                    "Published {date}\nLast updated {ago}", "{date} · Updated {ago}", "Date: {date}",
                    "Published on {date}", "Filed {date}", "Published {date} | Updated {date2}"],
    "ago": [("{n} hours ago", 2, 23), ("{n} hrs ago", 2, 23), ("{n}h ago", 1, 23),
            ("{n} minutes ago", 2, 59), ("{n} mins", 2, 59), ("{n} days ago", 2, 6),
            ("yesterday", 0, 0), ("{n}h", 1, 23), ("an hour ago", 0, 0)],
    "clock": ["{HH}:{MM}", "{HH}:{MM}", "{h12}.{MM}{ampm}"],
    "today": ["{date}", "{date} | Today's paper", "{date} · {town} edition", "Today: {date}",
              "{date}\nE-edition", "{date}  |  Weather  |  Traffic",
        "{date} · Live updates",
        "{town} · {date}"],
    "readtime": ["{n} min read", "Reading time: {n} minutes", "{n} minute read",
                 "Approx. {n} min to read", "⏱ {n} min", "Read in {n} min", "{n} mins read",
                 "Time to read: {n} min"],
    "listen": ["Listen to this story", "▶ Listen · {n} min", "Listen to article",
               "Audio: {n} min {s} sec", "Hear this article read aloud",
               "Play: listen to this report ({n} min)", "🎧 Listen now",
        "Listen · {n}:{s:02d}"],
    "credits": ["Photo: {agency}", "Image: {name2}/{agency}", "Picture: {agency}", "(Image: {agency})",
                "Photograph: {name2}", "Credit: {name2}/{site}", "Photo by {name2} for {site}",
                "© {agency}", "Image credit: {agency}", "Pic: {agency}", "Main image: {agency}"],
    "agencies": ["Getty", "Reuters", "AFP via Getty Images", "PA Wire", "AP", "Shutterstock", "{site}",
                 "Handout", "Submitted", "Stock image", "Pool photo", "Contributed", "File photo"],
    "captions": ["File photo.", "Pictured: {k}.", "{k} earlier this year.", "A general view.",
                 "Archive image.", "{k}, pictured last month.", "Stock picture.",
                 "The picture was taken before the announcement."],
    "share_label": ["Share", "Share this article", "Share this story", "Share:", "Spread the word",
                    "Tell a friend",
        "Share this",
        "Share article"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Email", "LinkedIn", "Reddit", "Bluesky", "Threads",
                   "Copy link", "Print", "Messenger", "Telegram"],
    "share_on": "Share on {net}",
    "share_count": "{n} shares",
    "save": ["Save", "Save article", "Gift this article", "Add to reading list", "🔖 Save for later",
             "Bookmark", "Save  ·  Gift  ·  Print",
        "Save to my list"],
    "author_follow": ["Follow {name}", "+ Follow", "Follow", "Get alerts when {name} writes",
                      "More by {name}", "Follow author",
        "Follow {name} for alerts",
        "View all stories by {name}"],
    "weather": ["{town} {t}°C {cond}", "Weather: {t}° {cond_l} in {town}", "{cond}, {t}°C",
                "{town}: {t}°/{t2}°", "Today {t}°C  Tomorrow {t2}°C", "{town} weather: {cond}, high of {t}°",
        "{cond} · {t}°C · {town}",
        "Now: {t}°C {cond_l}"],
    "conds": ["Light rain", "Sunny intervals", "Overcast", "Showers", "Clear", "Fog", "Drizzle",
              "Windy", "Sleet", "Mostly sunny"],
    "ticker_labels": ["BREAKING", "Breaking news", "Latest", "Live", "Just in", "Developing", "News alert"],
    "trending_label": ["Trending:", "Trending now", "Hot topics:", "In the news:", "Popular topics",
        "Trending topics:",
        "Talking points",
        "Popular searches:"],
    "topics": ["Cost of living", "Weather warnings", "Transfer news", "Council tax", "Roadworks",
               "Energy bills", "School places", "House prices"],
    "notify": ["Get breaking news alerts\nAllow  |  No thanks",
               "Turn on notifications to hear about big stories first.\nYes please  Maybe later",
               "Would you like to receive push notifications from {site}?\nAllow\nBlock",
               "Never miss a story: enable alerts", "🔔 Breaking news alerts are available.\nTurn on",
        "Get {site} alerts on your phone\nEnable notifications",
        "Stay up to date: allow browser notifications\nYes\nNo",
        "Breaking news in your browser?\nSubscribe to alerts"],
    "kickers": ["Exclusive", "Analysis", "Explainer", "Opinion", "Comment", "In depth", "Breaking",
                "Live updates", "Review", "Feature", "Investigation", "Interview"],
    "update_note": ["This article was updated at {HH}:{MM} to include new information.",
                    "Update: this story has been updated with further details.",
                    "This is a developing story and will be updated.", "Story updated {ago}.",
                    "Editor's note: this story first appeared in our print edition.",
        "This story was first published at {HH}:{MM} and has since been updated.",
        "Updated with comment from the council.",
        "Latest: police have released further details."],
    "comment_count": ["{n} comments", "💬 {n}", "Comments ({n})", "{n} reader comments",
                      "Jump to comments ({n})", "{n} responses",
        "{n} Comments",
        "Read {n} comments"],
    "partner_label": ["In partnership with {partner}", "Supported by {partner}", "Presented by {partner}",
                      "Brought to you by {partner}", "Paid for by {partner}", "In association with {partner}",
        "Sponsored by {partner}",
        "Promoted content from {partner}"],
    "partners": ["Vessey Trust", "Orchard Lane Energy", "Brightwater Building Society",
                 "Northgate Institute", "Corran Telecom", "Mistral Insurance", "Fenwick Community Fund"],
    "topics_p": ["housing", "climate and energy", "public health", "rural life", "the local economy",
                 "education", "transport"],
    "ad": ["Advertisement", "ADVERTISEMENT", "Ad", "Advert", "Sponsored", "Paid promotion",
           "— Advertisement —", "Advertisement · Content continues below", "Ads by {adnet}",
           "Support local journalism: ads help fund this site", "Scroll to continue with content",
           "Promoted content"],
    "adnets": ["Adverso", "Linkbay", "ClickHarbor", "NativeNest"],
    "continue": ["Story continues below", "Article continues below", "Continue reading below",
                 "The story continues after this message", "Scroll down to keep reading",
                 "Continues below ↓",
        "Article continues after advertisement",
        "Story continues",
        "Keep scrolling for the rest of the story"],
    "readalso": ["Read also: {h}", "READ ALSO: {h}", "Also read: {h}", "Read more: {h}", "Related: {h}",
                 "MORE: {h}", "See also — {h}", "Further reading: {h}", "You might like: {h}", "▶ {h}",
                 "Read next\n{h}", "RELATED STORY\n{h}", "Recommended for you\n{h}",
                 "Related coverage:\n- {h}\n- {h2}", "In other news: {h}"],
    "nlbox": ["Get the morning briefing\nThe day's top stories, in your inbox by 7am.\nEnter your email\nSign up",
              "Newsletter\nSign up for {site} Daily\nSubscribe",
              "Like this? Get more.\nOur free {section} newsletter lands every Friday.\nSign me up",
              "📬 The {town} Briefing\nFive stories. Every weekday. Free.\nSubscribe now",
              "Stay informed\nEmail address\nSign up\nYou can unsubscribe at any time.",
              "FREE NEWSLETTER\nWeekend reads from {site}\nJoin",
              "Don't miss a thing\nGet our best stories sent straight to you.\nYes, sign me up",
              "Get {section} news by email\nYour email\nSubscribe",
              "The Evening Edition\nA calm round-up of the day, at 6pm.\nSign up free"],
    "poll_label": ["POLL", "Have your say", "Quick poll", "Reader poll", "Vote",
        "Your say",
        "READER POLL",
        "Today's question"],
    "poll_q": ["Do you agree with the decision?", "Should the plans go ahead?",
               "What do you think of the news?", "Are you following the story?",
               "How would you rate the response so far?", "Will this affect you?",
               "Was the right call made?", "Do you think {k} has handled this well?",
               "Is {k} getting a fair hearing?"],
    "poll_opts": [["Yes", "No", "Not sure"], ["Agree", "Disagree", "Don't know"],
                  ["Very well", "Quite well", "Badly", "No opinion"], ["Yes, definitely", "Maybe", "Not at all"]],
    "vote": ["Vote", "Submit vote", "Cast your vote", "Vote now", "See results",
        "Submit",
        "Vote and see results",
        "Send"],
    "poll_meta": ["{n} votes", "{n} people have voted", "Poll closes at midnight",
                  "This poll is not scientific.", "Results are updated every hour.",
        "Total votes: {n}",
        "Voting closes at 5pm",
        "{n} readers have answered"],
    "video": ["Video: {k} explained in {n} minutes", "Watch: {h}", "VIDEO: {h}", "▶ Play video ({m}:{ss})",
              "Watch: what {k} means for you", "Video: {h} ({m}:{ss})",
              "Video unavailable. Click to watch on our site.", "Watch the full report below",
              "{m}:{ss}\nWatch: {h}", "Video courtesy of {agency}"],
    "sponsored": ["Sponsored\n{adtitle}\n{adv}", "Promoted by {adv}", "SPONSORED CONTENT\n{adtitle}",
                  "Partner content · {adv}\n{adtitle}\nLearn more", "Recommended by {adnet}\n{adtitle}",
                  "Ad · {adv}\n{adtitle}\nShop now",
        "Paid post\n{adtitle}",
        "Around the web\n{adtitle}\n{adv}",
        "From our partners · {adv}\n{adtitle}"],
    "adtitles": ["Homeowners in {town} are switching to this heating trick",
                 "The savings account everyone is talking about",
                 "Why people over 50 are rethinking their pensions",
                 "This new garden gadget sold out in a week", "Doctors surprised by this simple morning habit",
                 "Compare broadband deals in your area", "Is your car insurance too high? Check in 2 minutes",
                 "Locals snap up these new-build homes", "Five holiday spots that are cheaper than you think",
                 "The one kitchen tool chefs swear by"],
    "advs": ["Lumen Home", "Corrig Finance", "Vantly", "Bramblecart", "Nestwise", "Farleigh Motors",
             "Quillon Energy", "Hearthpoint"],
    "embed": ["This content is hosted by a third party. To view it, please allow social media cookies.\nAllow and continue",
              "External content: this embed may set cookies.\nLoad content", "View this post on social media",
              "Post not shown. Enable cookies to view it.",
              "This video cannot be played because of your privacy settings.\nChange settings",
        "Instagram content: to see this post you need to accept third-party cookies.\nManage consent",
        "Map data is provided by an external service and is not shown until you allow it.",
        "This audio clip is hosted elsewhere. Tap to load it, which may set cookies."],
    "sub_promo": ["Enjoying this article? Support {site} from just {price} a month.",
                  "Subscribers read without limits. Join today for {price}.",
                  "Only {n} free articles left this month. Subscribe",
                  "This story is free to read thanks to our members. Become one today.",
                  "Unlock unlimited access for {price}",
        "You're reading 1 of your free articles. Register for more.",
        "Subscribe today and get your first three months for {price}.",
        "Readers like you keep {site} going. Join us from {price}."],
    "gallery": ["Gallery: {n} photos", "View gallery ({n} images)", "📷 {n} pictures", "1 / {n}", "Open gallery",
        "See all {n} photos",
        "Photo gallery ({n})",
        "Click through our gallery: {n} images"],
    "tags": ["Tags: {list}", "Topics\n{lines}", "More on: {list_dot}", "{hashes}", "Filed under: {list_slash}",
             "Related topics: {list}", "In this story: {list_pipe}", "TOPICS\n{lines}"],
    "topic_follow": ["Follow this topic: {k}", "+ Follow {k}", "Get alerts about {k}",
                     "Follow {k} and we'll email you when we publish more.",
        "Add {k} to myFeed",
        "Get email updates about {k}",
        "{k} · Follow",
        "Follow topic"],
    "consent": [
        "By signing up you agree to receive emails from {site} and accept our terms of use and privacy policy. You can unsubscribe at any time using the link in every email.",
        "We will use your email address only to send you the newsletters you have chosen. Read our privacy notice to find out how we store and protect your data.",
        "This form is protected against spam. Your details will never be sold, and you can change your mind and unsubscribe whenever you like.",
        "By clicking Subscribe you confirm you are over 16 and happy for {company} to contact you with news, offers and updates about our journalism.",
        "Newsletters may contain information about charities, online ads and content funded by outside parties. We process your data in line with our privacy policy.",
        "We would like to email you about events, offers and other products from {site}. Tick the box if you are happy to hear from us; you can opt out later.",
        "Your email address will be used by {company} to send you our daily briefing. We keep it only for as long as you stay subscribed and never share it.",
        "Sign-ups are processed by our mailing partner on servers within the UK and the European Economic Area, in accordance with current data protection law."],
    "privacy": [
        "{company} is the data controller for any personal information you submit on this site. Full details of how we handle it are set out in our privacy policy.",
        "We and our partners use cookies and similar technologies to personalise content, measure performance and show relevant adverts. You can change your choices at any time in Privacy Settings.",
        "Under data protection law you have the right to request a copy of the information we hold about you. Write to our data protection officer at {email_p}.",
        "Comments and personal details you share with us may be stored for up to two years. We do not pass reader contact details to advertisers or other third parties.",
        "Some links in this article are affiliate links, which means {site} may earn a small commission if you buy something. This never affects our editorial judgement.",
        "Personal data collected through this page is processed on the basis of your consent, which you may withdraw at any time by contacting us.",
        "Information collected through our reader surveys is anonymised and used only to improve our journalism and the services we offer to you.",
        "We use the details you give us to manage your account and send the services you asked for. See our privacy notice for how long we keep them."],
    "partnership": [
        "This article is part of our partnership with {partner}, which supports independent reporting on {topic} in {town}. {partner} had no say in the content of this story.",
        "This story was produced with support from {partner} as part of a year-long series on {topic}. Our journalists retain full editorial control over everything we publish.",
        "{site} is working with {partner} to report on {topic} across the region. The partnership is funded by a grant, and all decisions about coverage rest with our editors.",
        "This content was created in collaboration with the {town} Local News Project, a partnership between {site} and community groups across the county.",
        "This reporter's post is funded through a national scheme that places journalists in local newsrooms to cover councils, courts and other public bodies.",
        "This report was made possible by a grant from {partner}. The funder did not review the story before publication and has no control over our coverage.",
        "Produced in partnership with {partner_site}. Both newsrooms shared reporting costs, and each edited the story independently for its own readers.",
        "{partner} supports our coverage of {topic}. Find out more about how we are funded and how we protect our editorial independence."],
    "standards": [
        "We are committed to accuracy and fairness. If you believe something in this article is wrong, please contact our readers' editor at {email}.",
        "Our journalism follows a published code of conduct. Find out how we report, correct mistakes and handle complaints on our editorial standards page.",
        "{site} is regulated by the Press Standards Board. If you have a complaint about this article, contact us first and we will respond within 14 days.",
        "This article was reviewed by a second editor before publication, in line with our policy on stories involving legal proceedings or public figures.",
        "We do not accept payment for news coverage. Sponsored content is always clearly labelled, and our advertisers have no influence over what we report.",
        "We aim to be fair to everyone named in our stories. Anyone who is criticised is offered the chance to respond before an article is published.",
        "Opinion pieces on {site} represent the views of their authors. Our news reports are written independently of our comment pages and our commercial team.",
        "We correct errors promptly and transparently. Corrections are noted at the foot of the article, and significant ones are listed on our corrections page."],
    "correction": [
        "Correction, {dshort}: an earlier version of this article misspelt the name of one of the people quoted. We apologise for the error.",
        "This article was amended on {dshort} to correct a figure in the fourth paragraph. The original version overstated the total by a wide margin.",
        "Clarification: this story has been updated to make clear that the comments were made at a public meeting, not in a written statement.",
        "An earlier version of this story incorrectly described the role of one of the people quoted. It was corrected on {dshort}.",
        "Correction: a photo caption on this article originally named the wrong person. We are sorry for the mistake, which has now been fixed.",
        "This piece has been updated since it was first published to include a response from the organisation concerned and to correct a date.",
        "Correction: this article previously said the meeting took place on a Thursday. It was held on a Wednesday, and the text has been updated.",
        "An earlier version of this report gave an incorrect figure for the cost of the scheme. The article was updated on {dshort} to fix this."],
    "syndication": [
        "This article originally appeared on {partner_site} and is republished here with permission as part of our content-sharing agreement.",
        "Additional reporting by {agency}. This story is syndicated from our news partner {partner_site} and has been edited for length.",
        "Republished under a Creative Commons licence from {partner_site}. Read the original article on their website for the full version and photographs.",
        "{agency} material is subject to copyright and may not be reproduced, rebroadcast or redistributed without written permission from the agency.",
        "Content from our wire partners is edited for length and style by the {site} news desk before it appears on this website.",
        "This report includes material from {agency} and from our own correspondents, and was compiled by the {site} digital team.",
        "A version of this story was first published by {partner_site}. It appears here as part of a regional news-sharing partnership between independent titles.",
        "This article contains reporting from {agency}, edited by our newsroom, and additional material gathered by {site} reporters in {town}."],
    "about": [
        "{site} is an independent news website covering {town} and the surrounding villages. We are owned by our readers and funded through memberships, donations and advertising.",
        "Founded in {year}, {site} employs {n} journalists and publishes news, sport and community information seven days a week from its offices in {town}.",
        "About us: {site} is part of {company}, a family-owned publisher of local newspapers and websites across the north of the country.",
        "{site} is a not-for-profit newsroom. Our mission is to hold local power to account and to give every community in {town} a voice.",
        "We are a small team of reporters and editors who believe that good local journalism makes for stronger communities. Thank you for reading.",
        "{site} has served readers in {town} since {year}. Today our journalism reaches tens of thousands of people every week, online and in print.",
        "{site} is published by {company}. We are members of a national network of independent local newsrooms that share training, resources and standards.",
        "Our newsroom in {town} is open to the public on weekday mornings. Drop in with your story ideas, letters and community announcements."],
    "bio": [
        "{name} is {site}'s {role_l}. {Pron} joined the paper in {joined} after several years at regional titles and covers {beat}.",
        "{name} has reported on {beat} for more than a decade. {Pron} can be reached at {email} or on social media at @{handle}.",
        "About the author: {name} is a {role_l} based in {town}. Before becoming a journalist {pron} worked in local government and as a teacher.",
        "{name} writes about {beat} for {site}. {Pron} studied at the University of {town} and has won two regional press awards.",
        "{name} is our {role_l} and has been with {site} since {joined}. Send story tips, questions and feedback directly to {email}.",
        "{name} grew up in {town} and returned to cover {beat} after spells in London and Manchester. {Pron} also presents the {site} podcast.",
        "{name} covers {beat} for {site} and has reported from {town} since {joined}. {Pron} previously worked as a producer for a national broadcaster.",
        "A {role_l} at {site}, {name} specialises in {beat}. {Pron} is a graduate of the journalism course at {town} College and lives locally."],
    "comment_head": ["Comments", "Join the conversation", "Have your say", "Reader comments",
                     "What readers are saying", "Comments ({n})", "{n} comments", "Discussion",
                     "Conversation", "Your views", "Talking point", "Readers respond", "COMMENTS"],
    "count_line": ["{n} responses", "{n} comments", "{n} replies", "Showing {m} of {n} comments",
                   "{n} people are talking about this",
        "{n} Comments",
        "Comments: {n}",
        "{n} replies so far"],
    "posted_by": ["Posted by {user} at {clock}", "Posted by {user} on {date}", "Submitted by {user} at {clock}",
        "Posted {date} by {user}",
        "Comment by {user} at {clock}"],
    "wrote": ["{user} wrote:", "{user} says:", "{user} commented:",
        "{user}:",
        "{user} said:"],
    "said_on": ["{user} wrote on {date}:", "On {date}, {user} said:",
        "{user} · {date}:",
        "Comment from {user}, {date}:"],
    "replied": ["↳ {user} replied to {user2}", "In reply to {user2}", "Replying to {user2}:",
        "Reply to {user2}",
        "@{user2}"],
    "actions": ["Reply", "Reply · Like · Report", "Reply | Report", "👍 {n}  👎 {m}", "Like ({n})",
                "{n} likes · Reply", "Report abuse", "Recommend · Reply · Share", "▲ {n} ▼", "Reply  Flag"],
    "comment_form": ["Leave a comment\nYour name\nYour email (not published)\nPost comment",
                     "Log in to comment", "Comments are moderated and may take a while to appear.",
                     "Add your comment\nSubmit", "Commenting is open to subscribers. Subscribe or log in to join the discussion.",
                     "You must be signed in to post a comment.",
        "Join the discussion\nWrite your comment here\nPublish",
        "Start the conversation\nPost"],
    "comment_rules": ["We want our comments section to be a lively but respectful place. Please keep to the topic, be kind to other readers and do not post personal details.",
                      "Comments are the views of readers and not of {site}. We remove posts that are abusive, off-topic or that break our community guidelines."],
    "sort": ["Sort by: Newest | Oldest | Top", "Newest first", "Sorted by: Best", "Order: Most recent",
        "Sort: Most liked",
        "Showing newest first",
        "Order by: Oldest",
        "Top comments"],
    "more_comments": ["Load more comments", "Show more", "View {n} more comments", "See all {n} comments",
                      "Show {m} replies",
        "Load {n} more",
        "Show all comments",
        "View more replies"],
    "no_comments": ["No comments yet. Be the first to share your thoughts.", "Comments are closed for this article."],
    "user_adj": ["Grumpy", "Local", "Old", "Quiet", "Honest", "Weary", "Sensible", "Curious"],
    "user_noun": ["Reader", "Resident", "Observer", "Taxpayer", "Commuter", "Voice", "Neighbour"],
    "c_gen": [
        "I have lived here for thirty years and I have never seen anything quite like this.",
        "Good to see a proper report on this rather than the usual rumours on social media.",
        "Nobody seems to have asked what the people most affected actually want.",
        "I would like to know who is going to pay for all of this in the end.",
        "This has been coming for a long time and everyone involved knew it.",
        "My neighbour works in the industry and says the real story is far more complicated.",
        "Thanks for covering this, it does not get nearly enough attention.",
        "The headline is a bit misleading but the article itself is fair.",
        "Same old story, promises made and then quietly forgotten a year later.",
        "I am not convinced this will change anything for ordinary families.",
        "Credit where it is due, this is a sensible decision.",
        "People keep complaining but very few of them ever turn up to the meetings.",
        "It would be helpful to see the actual figures rather than percentages.",
        "Let us wait and see what happens before we all jump to conclusions.",
        "Honestly I stopped paying attention to this story months ago.",
        "Interesting read, although I think the other side deserves a fair hearing too.",
        "Whoever made this decision clearly does not live round here.",
        "Another excellent piece from your reporter, please keep them coming.",
        "I remember when this was first announced and everyone said it would never happen.",
        "This is exactly why we need more local journalism, not less.",
        "Not sure why this is considered news, but fair enough.",
        "I really hope they get this sorted out before the end of the year.",
        "It is easy to criticise from the sidelines, but the job is harder than it looks.",
        "Typical, the people at the top will be fine whatever happens.",
        "My son showed me this article and we had a long chat about it over dinner.",
        "I agree with most of the points raised here.",
        "We were promised a consultation and it never happened.",
        "Some of the comments on here are a bit harsh, to be fair."],
    "c_key": [
        "I have followed {k} for years and this is no surprise to me at all.",
        "Whatever you think of {k}, this was handled badly.",
        "{k} has a lot of questions to answer after this.",
        "Fair play to {k}, that took some courage.",
        "The real problem is not {k} but the people who let this happen.",
        "I can't see {k} coming back from this any time soon.",
        "Everyone is talking about {k} but nobody is talking about the cost.",
        "Good news for {k}, and about time too.",
        "Funny how {k} only seems to matter when something goes wrong.",
        "This is the third article about {k} this week and I am still not sure what is going on.",
        "If {k} really wanted to fix this, it would have happened already.",
        "Not a fan of {k}, but I think this criticism is unfair.",
        "Let's hope {k} learns something from all this."],
    "related_heads": ["Related stories", "Related", "More on this story", "You may also like", "Read more",
                      "More in this section", "Also in {section}", "Related articles", "Recommended",
                      "Read next", "Other stories", "In case you missed it"],
    "mostread_heads": ["Most read", "Most popular", "Trending", "Most viewed", "Popular now",
                       "What others are reading", "Top stories", "Most read in {section}"],
    "latest_heads": ["Latest news", "Latest", "Just in", "Latest stories", "Newest", "Recent stories",
                     "Live feed", "Latest from {site}"],
    "rec_heads": ["Recommended for you", "Editor's picks", "Don't miss", "Picked for you", "Top picks",
                  "Our picks", "You might have missed", "Best of {site}"],
    "stack_heads": ["Most shared", "Most commented", "Popular this week", "Most read today", "Sponsored stories",
        "Most shared this week",
        "Popular in {section}",
        "Editor's choice"],
    "morefrom": ["More from {name}", "More stories by {name}", "More from {section}", "Also by this author",
                 "More {section} news",
        "Most recent from {name}",
        "Latest from {section}",
        "More by {name}"],
    "inline_list_heads": ["More on this", "Related", "Also on {site}", "Latest in {section}", "Read more",
        "Read more on this",
        "Related coverage",
        "More {section} stories"],
    "more_link": ["See more", "More stories", "View all", "Show more ›", "All {section} news →", "Load more"],
    "hl_prefix": ["Live: ", "Watch: ", "Opinion: ", "Analysis: ", "Video: ", "Pictures: ", "Explained: "],
    "hl_comments": "{n} comments",
    "newsletter": [["Sign up to our newsletter", "Your email address", "Subscribe"],
                   ["Get the {site} newsletter", "Email", "Sign up"],
                   ["Newsletter sign-up", "Enter your email", "Go"],
                   ["Want more stories like this?", "Sign up for free updates", "Subscribe"],
                   ["The best of {site}, every morning", "Sign me up"],
        ["Get our free daily email", "Email address", "Sign up"],
        ["Sign up to {site} Today", "Our best journalism, every morning.", "Enter email", "Subscribe"],
        ["Stay in the loop", "Sign up"]],
    "appeal": [
        "Thank you for reading. {site} depends on readers like you to keep reporting. If you can, please support us with a monthly contribution of {price} or more.",
        "Independent local journalism costs money to produce. Becoming a member helps us pay reporters to attend council meetings, courts and community events.",
        "We have kept this story free to read because it matters to everyone in {town}. Join the readers who already help fund our newsroom every month.",
        "If you value what we do, consider a one-off gift or a regular donation. Every contribution, however big or small, keeps our journalism open to all.",
        "Members get an ad-free site, a weekly letter from the editor and invitations to reader events. Membership starts at {price} a month.",
        "Our reporting is free for everyone, but it is not free to make. A contribution of {price} a month helps keep local news alive in {town}.",
        "Fewer than one in twenty readers support {site} financially. If you read us regularly, please consider becoming one of them today.",
        "Journalism like this takes time. Our reporters spent days on this story, and your support lets us keep doing work that others will not."],
    "appeal_btn": ["Support us", "Become a member", "Donate now", "Contribute", "Join today"],
    "podcast": ["Listen to {site} Daily, our news podcast, every weekday morning wherever you get your podcasts.",
                "🎧 Podcast: the week in {town}, with our reporters and guests. New episodes every Friday.",
                "Prefer to listen? Catch up on this story and many more in our daily briefing podcast, free on all apps.",
        "Listen to our weekly sport podcast, with match reaction, interviews and your questions answered, every Monday on all the usual apps.",
        "🎧 New episode: our reporters go behind the headlines on the biggest stories of the week. Listen and subscribe wherever you get your podcasts.",
        "Our daily news podcast brings you the main stories from {town} in fifteen minutes. Search for {site} on your favourite podcast app."],
    "app": ["Get the {site} app on iPhone and Android", "Download our free app for breaking news alerts",
            "App Store | Google Play", "Read us on the go: {site} app", "📱 Get the app",
            "Our app is available on iOS and Android",
        "Download the {site} app for free",
        "Get {site} on your phone: iOS | Android"],
    "follow": ["Follow us on Facebook, Instagram and X", "Follow {site}: @{handle}", "Find us on social media",
               "Join our WhatsApp channel for the latest headlines", "Like us on Facebook | Follow us on Instagram",
        "Follow us on Instagram @{handle}",
        "Get our headlines on WhatsApp and Telegram",
        "Find {site} on Facebook"],
    "feedback": ["Was this article helpful?\nYes  No", "Did you find this useful? 👍 👎", "Rate this article: ★★★★★",
                 "Spotted a mistake? Let us know.", "Tell us what you think of our new website",
        "How would you rate this article?\n1  2  3  4  5",
        "Report an error",
        "Was this story useful to you?\nYes, thanks  Not really"],
    "tip": ["Have a story for us? Email {email} or call {phone}.",
            "Got a news tip? Contact the newsroom in confidence on {phone}.",
            "Do you know more about this story? Get in touch at {email}.",
            "Send us your photos and videos: WhatsApp {phone}",
        "Want to share a story with us? Email {email}.",
        "Contact the newsdesk: {phone}",
        "If you have information about this story, please contact {email}.",
        "Got a story? Call us on {phone} or message us on social media."],
    "backtotop": ["Back to top", "↑ Top", "Return to top", "Back to top ▲", "Scroll to top",
        "Top of page",
        "Go to top",
        "Back to the top"],
    "footer_links": ["About us", "Contact", "Advertise", "Careers", "Terms and conditions", "Privacy policy",
                     "Cookie policy", "Accessibility", "Complaints", "Sitemap", "Help", "Archive",
                     "Corrections", "RSS", "Subscribe", "Manage preferences", "Modern slavery statement",
                     "Contributor guidelines"],
    "footer_heads": ["About", "Help", "Follow us", "Our sites", "Legal"],
    "social": ["Facebook", "Instagram", "X", "YouTube", "TikTok", "LinkedIn"],
    "editors": ["Editor: {ed}", "Editor: {ed} | Deputy editor: {ed2}", "Editor-in-chief: {ed}",
        "Editor: {ed} · Managing editor: {ed2}",
        "Acting editor: {ed}"],
    "company_lines": ["{company} is registered in England and Wales, company number {reg}. Registered office: {address}.",
                      "{site} is a trading name of {company}. Registered in England and Wales No. {reg}.",
                      "VAT registration number GB {vat}", "Registered in Scotland No. SC{reg6}",
        "{company}, {address}. Registered in England No. {reg}.",
        "{company} is a member of the Press Standards Board."],
    "address": "{num} {street}, {town} {postcode}",
    "streets": ["Tannery Lane", "Market Row", "Old Forge Street", "Quayside", "Bellfield Road", "Chapel Walk",
                "Ropewalk", "Station Parade"],
    "copyright": ["© {yyyy} {company}. All rights reserved.", "Copyright © {y0}-{yyyy} {site}", "© {site} {yyyy}",
                  "All content copyright {company} unless otherwise stated.", "{site} © {yyyy} | Powered by {cms}",
                  "(c) {yyyy} {company}",
        "Copyright {yyyy} {company}. All rights reserved.",
        "© {y0}–{yyyy} {site}. Reproduction without permission is prohibited."],
    "cms": ["Quillpress", "Newsroom Cloud", "PageHarbour"],
    "cookie_links": ["Cookie settings", "Manage cookies", "Privacy settings",
                     "Do not sell or share my personal information", "Consent preferences", "Cookie preferences",
        "Your privacy choices",
        "Manage consent"],
    "cookie": ["We value your privacy\nWe and our {n} partners store and access information on your device to show personalised ads, measure content and develop services.\nAccept all  |  Reject all  |  Options",
               "This website uses cookies to improve your experience. By continuing to browse you agree to our use of cookies.\nOK\nMore information",
               "Cookies help us run this site. Some are essential, others help us understand how you use it.\nAllow all\nManage choices",
               "🍪 We use cookies. Choose which ones you are happy with.\nAccept\nSettings",
               "Your privacy matters\nWe use necessary cookies to make the site work and optional ones to analyse traffic.\nAgree\nDisagree",
        "We use cookies and similar technologies on this site. Some are necessary, others are used for analytics and advertising.\nAccept\nReject\nCustomise",
        "Cookie notice\nWe'd like to set optional cookies to help us improve {site}.\nAccept optional cookies | Reject optional cookies",
        "By clicking Accept, you agree to the storing of cookies on your device to enhance site navigation and analyse usage.\nAccept\nCookie settings"],
    "emails": ["newsdesk", "editor", "tips", "news", "letters"],
    "emails_p": ["privacy", "dpo", "dataprotection"],
    "phone": "01632 {d6}",
}

# --------------------------------------------------------------------------------------
# Norwegian (Bokmål)

L["nb"] = {
    "towns": [(x, x) for x in ["Fjellvik", "Straumsnes", "Bjørkelid", "Havnøy", "Solbergtun", "Nordvåg",
                               "Lyngnes", "Elvestrand", "Tindeby", "Kvitberg"]],
    "words": ["Fjordvakta", "Dalposten", "Nyhetsbøya", "Vindharpa", "Tindevarden", "Kystlykta"],
    "site_patterns": ["{town} Tidende", "{town}-Posten", "Avisa {town}", "{town}bladet", "{town} Nytt",
                      "Nye {town}", "{word}", "{town} Avis"],
    "tlds": ["no", "no", "no", "com", "net"],
    "taglines": ["Lokalavisa for {town} siden {year}", "Nyheter fra hele regionen", "Uavhengig og lokal",
                 "Din avis – hver dag", "Vi dekker {town} og omegn", "Grunnlagt {year}"],
    "company": ["{town} Media AS", "{word} AS", "Avishuset {town} AS", "{town} Presse AS"],
    "sections": {
        "business": ["Næringsliv", "Økonomi", "Penger"],
        "entertainment": ["Kultur", "Underholdning", "Kultur og fritid"],
        "politics": ["Politikk", "Innenriks", "Samfunn"],
        "sport": ["Sport", "Idrett"],
        "tech": ["Teknologi", "Tek", "Digitalt"],
    },
    "subs": {
        "business": ["Bedrifter", "Bolig", "Arbeidsliv", "Energi"],
        "entertainment": ["Musikk", "Film og TV", "Bøker", "Scene"],
        "politics": ["Storting", "Kommune", "Valg", "Utenriks"],
        "sport": ["Fotball", "Håndball", "Langrenn", "Friidrett", "Tennis"],
        "tech": ["Mobil", "Spill", "Internett", "Sikkerhet"],
    },
    "extras": ["Nyheter", "Lokalt", "Meninger", "Debatt", "Været", "Video", "Podkast", "Reise", "Helse",
               "Motor", "Jobb", "Bolig", "Dødsfall", "Tips oss", "E-avis"],
    "home": ["Forside", "Hjem"],
    "menu_word": ["Meny", "☰ Meny", "Seksjoner"],
    "more": ["Mer", "Mer ▾", "Se alle"],
    "crumb_home": ["Forside", "Hjem"],
    "crumb_lead": ["Du er her:", ""],
    "skip": ["Hopp til hovedinnhold", "Gå til innhold", "Hopp over navigasjon"],
    "login": ["Logg inn | Abonner", "Logg inn  ·  Bli abonnent", "Min side", "Kjøp abonnement",
              "Logg inn\nAbonnement", "Prøv en måned for {price}"],
    "prices": ["1 kr", "49 kr", "99 kr", "19 kr"],
    "first_f": ["Ingrid", "Marte", "Silje", "Tonje", "Kaja", "Line", "Hilde", "Ragnhild"],
    "first_m": ["Sindre", "Eirik", "Håkon", "Vegard", "Ørjan", "Torstein", "Magnus", "Jørgen"],
    "last": ["Haugland", "Brekke", "Solheim", "Rønning", "Aasen", "Myklebust", "Vik", "Lie", "Sæther",
             "Engebretsen", "Fossum", "Tveit"],
    "order": "fl",
    "pron": {"f": ("Hun", "hun"), "m": ("Han", "han")},
    "roles": ["journalist", "nyhetsleder", "sportsjournalist", "kulturjournalist", "politisk redaktør",
              "vaktsjef", "fotograf", "kommentator", "næringslivsjournalist"],
    "beats": ["lokalpolitikk", "rettssaker", "næringsliv", "helse", "samferdsel", "kultur", "skole", "sport"],
    "bylines": ["Av {name}", "{name}", "{name}, {role}", "Tekst: {name}", "Tekst: {name}\nFoto: {name2}",
                "{name} · {role}", "Skrevet av {name}", "{name} og {name2}", "Journalist: {name}"],
    "staff": ["{site}", "NTB", "Redaksjonen", "Nettdesken"],
    "months": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
               "oktober", "november", "desember"],
    "mons": ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
    "days": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "dys": ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."],
    "dates": ["{d}. {Month} {yyyy} kl. {HH}.{MM}", "{dd}.{mm}.{yyyy} {HH}:{MM}", "{Day} {d}. {Month} {yyyy}",
              "{d}. {Mon} {yyyy}", "{dd}.{mm}.{yyyy}", "{d}.{mm}.{yy} {HH}:{MM}"],
    "date_labels": ["Publisert {date}", "Publisert: {date}", "Oppdatert {date}", "Sist oppdatert: {date}",
                    "{date}", "Publisert {date}\nOppdatert {ago}", "Publisert: {date} | Oppdatert: {date2}"],
    "ago": [("for {n} timer siden", 2, 23), ("for {n} min siden", 2, 59), ("{n} t siden", 1, 23),
            ("i går", 0, 0), ("for {n} dager siden", 2, 6)],
    "clock": ["{HH}:{MM}", "{HH}.{MM}"],
    "today": ["{date}", "{date} | E-avis", "I dag: {date}",
        "{town}, {date}"],
    "readtime": ["{n} min lesetid", "Lesetid: {n} minutter", "⏱ {n} min", "Ca. {n} minutters lesing"],
    "listen": ["Lytt til saken", "Hør artikkelen ({n} min)", "▶ Lytt", "Lytt til artikkelen"],
    "credits": ["Foto: {agency}", "Foto: {name2}", "Foto: {name2} / {agency}", "Illustrasjon: {agency}",
                "Bilde: {agency}", "Arkivfoto: {agency}"],
    "agencies": ["NTB", "{site}", "Privat", "Reuters", "AFP", "Pressefoto", "Shutterstock"],
    "captions": ["Arkivfoto.", "Illustrasjonsfoto.", "{k} avbildet tidligere i år.",
                 "Bildet er tatt i forbindelse med en annen sak."],
    "share_label": ["Del", "Del artikkelen", "Del saken", "Del:"],
    "share_nets": ["Facebook", "X", "E-post", "Messenger", "Kopier lenke", "LinkedIn", "Snapchat"],
    "share_on": "Del på {net}",
    "share_count": "{n} delinger",
    "save": ["Lagre", "Lagre saken", "Gi bort saken", "🔖 Les senere"],
    "author_follow": ["Følg {name}", "+ Følg", "Følg journalisten",
        "Flere saker av {name}"],
    "weather": ["{town} {t}° {cond}", "Været i {town}: {t}°C, {cond_l}", "{cond} {t}°",
        "Nå: {t}° {cond_l}"],
    "conds": ["Lett regn", "Sol", "Skyet", "Regnbyger", "Snø", "Tåke", "Delvis skyet", "Sludd"],
    "ticker_labels": ["SISTE", "Siste nytt", "Direkte", "NYHETSVARSEL", "Akkurat nå"],
    "trending_label": ["Populære temaer:", "Temaer:", "Aktuelt:",
        "Mest søkt:"],
    "topics": ["Strømpriser", "Boligmarkedet", "Kommunevalget", "Været", "Trafikk", "Eldreomsorg"],
    "notify": ["Få varsler om siste nytt\nTillat  |  Nei takk",
               "Vil du motta pushvarsler fra {site}?\nJa\nIkke nå",
        "Skru på varsler og få de viktigste sakene først\nSkru på",
        "🔔 Vi sender deg bare de viktigste nyhetene\nJa takk\nNei"],
    "kickers": ["Kommentar", "Analyse", "Debatt", "Anmeldelse", "Reportasje", "Intervju", "Siste nytt"],
    "update_note": ["Saken oppdateres.", "Saken ble oppdatert kl. {HH}.{MM} med nye opplysninger.",
                    "Denne saken er oppdatert siden den først ble publisert.",
                    "Oppdatert: saken er utvidet med kommentarer fra de involverte."],
    "comment_count": ["{n} kommentarer", "💬 {n}", "Kommentarer ({n})", "Gå til kommentarene ({n})"],
    "partner_label": ["I samarbeid med {partner}", "Annonsørinnhold fra {partner}", "Støttet av {partner}",
                      "Presentert av {partner}"],
    "partners": ["Nordvang Energi", "Tindefondet", "Kystbanken", "Lyngvik Bolig", "Stiftelsen Havlys"],
    "topics_p": ["klima og energi", "bolig", "helse", "skole og oppvekst", "samferdsel", "næringslivet i distriktene"],
    "ad": ["Annonse", "ANNONSE", "Reklame", "– Annonse –", "Annonsørinnhold", "Annonse · Saken fortsetter under"],
    "adnets": ["Annonsenett", "Reklamenettverket"],
    "continue": ["Saken fortsetter under", "Artikkelen fortsetter nedenfor", "Les videre under annonsen",
                 "Fortsetter under ↓"],
    "readalso": ["Les også: {h}", "LES OGSÅ: {h}", "Les også\n{h}", "Mer om saken: {h}", "Relatert: {h}",
                 "Se også: {h}", "LES MER\n{h}"],
    "nlbox": ["Nyhetsbrev\nFå dagens viktigste saker på e-post\nMeld deg på",
              "Morgenbrevet fra {site}\nGratis hver hverdag kl. 07\nSkriv inn e-post\nAbonner",
              "Ikke gå glipp av noe\nMeld deg på vårt nyhetsbrev",
              "📬 Ukens beste saker\nRett i innboksen, hver fredag.\nJa takk"],
    "poll_label": ["AVSTEMNING", "Si din mening", "Dagens spørsmål",
        "Ukens spørsmål"],
    "poll_q": ["Er du enig i beslutningen?", "Bør planene gjennomføres?", "Hva mener du om saken?",
               "Vil dette påvirke deg?", "Har {k} håndtert dette godt?"],
    "poll_opts": [["Ja", "Nei", "Vet ikke"], ["Enig", "Uenig", "Usikker"], ["Ja, absolutt", "Kanskje", "Nei, ikke i det hele tatt"]],
    "vote": ["Stem", "Send inn", "Se resultat",
        "Avgi stemme"],
    "poll_meta": ["{n} stemmer", "{n} har stemt", "Avstemningen er ikke representativ.",
        "Avstemningen stenger ved midnatt"],
    "video": ["Video: {h}", "Se video: {h}", "VIDEO: {h} ({m}:{ss})", "▶ Spill av video ({m}:{ss})",
              "Se hele innslaget under", "Video: Dette må du vite om {k}"],
    "sponsored": ["Annonsørinnhold\n{adtitle}\n{adv}", "Sponset av {adv}", "ANNONSE\n{adtitle}\nLes mer",
                  "Kommersielt samarbeid · {adv}\n{adtitle}"],
    "adtitles": ["Boligeiere i {town} sparer tusenlapper med dette grepet", "Sjekk om du betaler for mye for strøm",
                 "Slik får du mer igjen for sparepengene", "Denne jakka ble utsolgt på en uke",
                 "Nordmenn elsker denne hyttedestinasjonen"],
    "advs": ["Nordvang Energi", "Kystbanken", "Hyttemarkedet", "Tindesko"],
    "embed": ["Innholdet kan ikke vises uten samtykke til informasjonskapsler fra tredjepart.\nVis innhold",
              "Ekstern video. Godta informasjonskapsler for å se den.", "Dette innholdet er levert av en tredjepart.",
        "Dette innholdet fra sosiale medier vises ikke før du har samtykket.\nVis innholdet"],
    "sub_promo": ["Liker du saken? Bli abonnent fra {price}.", "Du har {n} gratis artikler igjen denne måneden.",
                  "Få full tilgang til {site} i en måned for {price}.",
                  "Denne saken er åpen for alle takket være våre abonnenter."],
    "gallery": ["Bildeserie: {n} bilder", "Se alle {n} bildene", "📷 {n}", "1 / {n}"],
    "tags": ["Emner: {list}", "Tema\n{lines}", "Les mer om: {list_dot}", "{hashes}", "Stikkord: {list}"],
    "topic_follow": ["Følg temaet {k}", "+ Følg {k}",
        "Få varsel om nye saker om {k}",
        "{k} · Følg"],
    "consent": [
        "Ved å melde deg på godtar du at {site} sender deg nyhetsbrev på e-post. Du kan når som helst melde deg av via lenken nederst i hver e-post.",
        "Vi bruker e-postadressen din bare til å sende deg nyhetsbrevene du har valgt. Les personvernerklæringen vår for å se hvordan vi lagrer opplysningene.",
        "Når du registrerer deg, behandler {company} personopplysningene dine i tråd med gjeldende personvernregler. Vi selger aldri opplysninger videre til andre.",
        "Du må være over 16 år for å melde deg på. Påmeldingen kan trekkes tilbake når som helst, og vi sletter da adressen din fra listene våre."],
    "privacy": [
        "{company} er behandlingsansvarlig for personopplysninger som samles inn på dette nettstedet. Les mer om dine rettigheter i vår personvernerklæring.",
        "Vi og våre partnere bruker informasjonskapsler for å tilpasse innhold, måle trafikk og vise relevante annonser. Du kan endre valgene dine under Personverninnstillinger.",
        "Noen lenker i denne saken er affiliatelenker. Det betyr at {site} kan få provisjon hvis du kjøper noe, men det påvirker aldri hva vi skriver.",
        "Du har rett til innsyn i opplysningene vi har lagret om deg. Send en henvendelse til personvernombudet vårt på {email_p}."],
    "partnership": [
        "Denne saken er en del av et samarbeid mellom {site} og {partner}, som støtter lokal journalistikk om {topic}. Partneren har ikke hatt innflytelse på innholdet.",
        "Artikkelen er laget med økonomisk støtte fra {partner} som del av en serie om {topic}. Redaksjonen har hatt full redaksjonell kontroll.",
        "{site} samarbeider med {partner} om å dekke {topic} i regionen. Alle redaksjonelle beslutninger tas av våre egne redaktører.",
        "Denne artikkelserien er finansiert gjennom en tilskuddsordning for lokale medier. Tilskuddsgiveren har ikke sett sakene før publisering og har ingen innflytelse på dem."],
    "standards": [
        "Vi følger de presseetiske reglene i Vær Varsom-plakaten. Mener du at vi har brutt dem, kan du klage til redaksjonen eller til Pressens Faglige Utvalg.",
        "Vi jobber for at alt vi publiserer skal være korrekt og rettferdig. Har du oppdaget en feil i denne saken, kan du skrive til oss på {email}.",
        "Personer som kritiseres i våre saker, får alltid mulighet til å svare før publisering. Slik sikrer vi samtidig imøtegåelse i alle saker.",
        "Vi tar ikke imot betaling for redaksjonell omtale. Annonsørinnhold er alltid tydelig merket og laget uavhengig av redaksjonen."],
    "correction": [
        "Rettelse: I en tidligere versjon av saken sto det feil dato for møtet. Dette er nå rettet, og vi beklager feilen.",
        "Saken ble endret {dshort} for å rette et tall i fjerde avsnitt. Vi beklager feilen og takker leseren som gjorde oss oppmerksom på den.",
        "Presisering: Saken er oppdatert for å gjøre det tydelig at uttalelsene kom på et åpent møte og ikke i en skriftlig uttalelse.",
        "I en tidligere versjon av artikkelen ble en av personene omtalt med feil tittel. Det ble rettet {dshort}."],
    "syndication": [
        "Saken ble først publisert av {partner_site} og gjengis her med tillatelse som del av et innholdssamarbeid mellom avisene.",
        "Artikkelen er basert på meldinger fra {agency} og er bearbeidet av nettdesken vår før publisering på dette nettstedet.",
        "Innholdet fra {agency} er beskyttet av opphavsrett og kan ikke gjengis, kopieres eller distribueres uten skriftlig samtykke.",
        "Saken inneholder stoff fra {agency} og fra våre egne medarbeidere, og er satt sammen av nettredaksjonen i {site}."],
    "about": [
        "{site} er en uavhengig lokalavis for {town} og omegn. Avisa eies av en stiftelse og finansieres av abonnenter og annonsører.",
        "{site} ble grunnlagt i {year} og har i dag {n} ansatte i redaksjonen. Vi publiserer nyheter, sport og kultur hver eneste dag.",
        "Vi er en liten redaksjon som mener at god lokaljournalistikk gjør lokalsamfunnet sterkere. Takk for at du leser oss.",
        "Redaksjonen i {site} holder til i {town} sentrum. Døra er åpen for lesere som vil komme innom med tips, leserbrev eller spørsmål om abonnementet."],
    "bio": [
        "{name} er {role} i {site}. {Pron} har jobbet i avisa siden {joined} og dekker først og fremst {beat}.",
        "{name} har skrevet om {beat} i over ti år. {Pron} kan nås på {email} og tar gjerne imot tips.",
        "{name} er oppvokst i {town} og kom tilbake for å dekke {beat}. {Pron} har tidligere jobbet i flere regionaviser.",
        "{name} er {role} og har vært ansatt i {site} siden {joined}. {Pron} skriver mest om {beat} og leder også avisas ukentlige podkast."],
    "comment_head": ["Kommentarer", "Diskusjon", "Si din mening", "Hva mener du?", "Kommentarer ({n})",
                     "{n} kommentarer", "Bli med i debatten"],
    "count_line": ["{n} svar", "{n} kommentarer", "Viser {m} av {n} kommentarer",
        "Kommentarer: {n}"],
    "posted_by": ["Skrevet av {user} kl. {clock}", "Publisert av {user} {date}",
        "Publisert {date} av {user}",
        "Kommentar fra {user} kl. {clock}"],
    "wrote": ["{user} skrev:",
        "{user}:",
        "{user} sier:"],
    "said_on": ["{user} skrev {date}:",
        "{user}, {date}:",
        "Innlegg fra {user} {date}:"],
    "replied": ["↳ {user} svarte {user2}", "Svar til {user2}",
        "Svar til {user2}:",
        "@{user2}"],
    "actions": ["Svar", "Svar · Lik · Rapporter", "Svar | Rapporter", "👍 {n}", "Liker ({n})", "Rapporter innlegg"],
    "comment_form": ["Skriv en kommentar\nNavn\nE-post (publiseres ikke)\nPubliser", "Logg inn for å kommentere",
                     "Kommentarene modereres og kan bruke litt tid på å dukke opp.",
                     "Kommentarfeltet er stengt for denne saken."],
    "comment_rules": ["Vi ønsker en saklig og hyggelig debatt. Hold deg til temaet, vis respekt for andre og ikke del personopplysninger i kommentarfeltet.",
        "Kommentarene gir uttrykk for skribentenes egne meninger, ikke redaksjonens. Innlegg som bryter med retningslinjene våre, blir fjernet uten forvarsel."],
    "sort": ["Sorter: Nyeste | Eldste | Mest likt", "Nyeste først",
        "Sortert etter: Nyeste",
        "Vis eldste først"],
    "more_comments": ["Last inn flere kommentarer", "Vis flere", "Se alle {n} kommentarer",
        "Vis alle kommentarer"],
    "no_comments": ["Ingen kommentarer ennå. Bli den første til å kommentere."],
    "user_adj": ["Gammel", "Lokal", "Ærlig", "Sliten", "Nysgjerrig"],
    "user_noun": ["leser", "pendler", "skattebetaler", "innbygger", "nabo"],
    "c_gen": [
        "Jeg har bodd her i over tretti år og har aldri sett noe lignende.",
        "Bra at noen endelig skriver ordentlig om dette i stedet for rykter på sosiale medier.",
        "Ingen ser ut til å ha spurt dem det faktisk gjelder hva de mener.",
        "Jeg lurer på hvem som skal betale for alt dette til slutt.",
        "Dette har vært på vei lenge, og alle involverte visste det.",
        "Takk for at dere dekker dette, det får altfor lite oppmerksomhet.",
        "Overskriften er litt misvisende, men selve artikkelen er grei.",
        "Samme gamle historie, store løfter som blir glemt etter et år.",
        "Jeg tror ikke dette kommer til å endre noe for vanlige familier.",
        "Det er lett å kritisere fra sidelinjen, men jobben er nok vanskeligere enn den ser ut.",
        "Godt skrevet, selv om jeg synes den andre siden også burde fått komme til orde.",
        "Dette er akkurat derfor vi trenger mer lokaljournalistikk, ikke mindre.",
        "Jeg håper virkelig de får ordnet opp i dette før nyttår.",
        "Enig i det meste som står her."],
    "c_key": [
        "Jeg har fulgt {k} i mange år, så dette overrasker meg ikke.",
        "Uansett hva man mener om {k}, ble dette håndtert dårlig.",
        "{k} har mye å svare for etter dette.",
        "Alle snakker om {k}, men ingen snakker om hva det koster.",
        "Hvis {k} virkelig ville løse dette, hadde det skjedd for lenge siden.",
        "Jeg er ingen fan av {k}, men denne kritikken er urettferdig."],
    "related_heads": ["Relaterte saker", "Les også", "Mer om saken", "Flere saker fra {section}", "Anbefalt for deg"],
    "mostread_heads": ["Mest lest", "Mest lest akkurat nå", "Populært", "Siste døgn"],
    "latest_heads": ["Siste nytt", "Nyeste saker", "Akkurat nå",
        "Siste saker",
        "Nyheter akkurat nå"],
    "rec_heads": ["Redaksjonen anbefaler", "Ikke gå glipp av", "Vi anbefaler", "Du har kanskje gått glipp av"],
    "stack_heads": ["Mest delt", "Mest kommentert", "Populært denne uka",
        "Mest lest denne uka"],
    "morefrom": ["Flere saker av {name}", "Mer fra {section}", "Flere saker fra journalisten",
        "Siste fra {section}"],
    "inline_list_heads": ["Mer om saken", "Relatert", "Siste fra {section}",
        "Les også"],
    "more_link": ["Se flere", "Flere saker", "Vis alle", "Alle saker fra {section} →"],
    "hl_prefix": ["Direkte: ", "Video: ", "Kommentar: ", "Analyse: ", "Bilder: "],
    "hl_comments": "{n} kommentarer",
    "newsletter": [["Meld deg på nyhetsbrevet", "Din e-postadresse", "Meld meg på"],
                   ["Få nyhetsbrevet vårt", "Abonner"], ["Nyhetsbrev fra {site}", "E-post", "Registrer"],
        ["Få de beste sakene fra {site} på e-post", "Meld deg på"]],
    "appeal": [
        "Takk for at du leser {site}. Lokaljournalistikk koster penger, og vi er avhengige av abonnenter for å kunne fortsette arbeidet.",
        "Denne saken er gratis fordi den angår alle i {town}. Bli abonnent og støtt journalistikken vår fra {price} i måneden.",
        "Som abonnent får du tilgang til alle saker, e-avisen og nyhetsbrevene våre. Abonnementet kan sies opp når som helst.",
        "Hver fjerde leser av {site} er abonnent. Vil du være med på å sikre lokaljournalistikken i {town}, kan du bli en av dem allerede i dag."],
    "appeal_btn": ["Bli abonnent", "Støtt oss", "Kjøp abonnement"],
    "podcast": ["🎧 Hør podkasten vår om uka som gikk i {town}, med journalistene våre. Nye episoder hver fredag.",
                "Vil du heller lytte? Dagens viktigste nyheter finner du i morgenpodkasten vår, gratis der du hører på podkaster.",
        "Hver mandag går sportsredaksjonen gjennom helgens kamper i podkasten vår, med intervjuer, analyser og svar på spørsmål fra lytterne."],
    "app": ["Last ned {site}-appen", "Få appen: App Store | Google Play",
            "Les oss i appen og få varsler om siste nytt", "📱 Last ned appen vår"],
    "follow": ["Følg oss på Facebook og Instagram", "Følg {site} på sosiale medier", "Følg oss: @{handle}",
        "Følg oss på Snapchat og TikTok"],
    "feedback": ["Var denne artikkelen nyttig?\nJa  Nei", "Har du funnet en feil? Gi oss beskjed.",
                 "Gi oss tilbakemelding på saken",
        "Hva synes du om saken?\n👍  👎"],
    "tip": ["Tips oss på {phone} eller {email}.", "Vet du mer om saken? Ta kontakt med oss på {email}.",
            "Har du bilder eller video? Send til {phone}.",
        "Har du et tips? Ring vaktsjefen på {phone}."],
    "backtotop": ["Til toppen", "↑ Til toppen", "Tilbake til toppen",
        "Opp ↑"],
    "footer_links": ["Om oss", "Kontakt oss", "Annonsere", "Jobb hos oss", "Personvern", "Informasjonskapsler",
                     "Vilkår", "Tilgjengelighet", "Abonnement", "Kundeservice", "Tips oss", "Arkiv", "RSS"],
    "footer_heads": ["Om avisa", "Kundeservice", "Følg oss"],
    "social": ["Facebook", "Instagram", "X", "YouTube", "Snapchat"],
    "editors": ["Ansvarlig redaktør: {ed}", "Sjefredaktør og adm. direktør: {ed}",
                "Ansvarlig redaktør: {ed} · Nyhetsredaktør: {ed2}",
        "Redaktør: {ed}"],
    "company_lines": ["Org.nr. {orgnr}", "{company}, org.nr. {orgnr}", "{company} · {address}"],
    "address": "{street} {num}, {postcode} {town}",
    "streets": ["Storgata", "Havnegata", "Kirkeveien", "Strandgata", "Industriveien", "Torget"],
    "copyright": ["© {yyyy} {company}", "Copyright © {site} {yyyy}", "© {site} – Alle rettigheter forbeholdt",
                  "Innholdet er beskyttet etter åndsverkloven. © {company}"],
    "cms": ["Avispilot"],
    "cookie_links": ["Informasjonskapsler", "Innstillinger for informasjonskapsler", "Personverninnstillinger",
                     "Samtykkeinnstillinger"],
    "cookie": ["Vi bruker informasjonskapsler\n{site} og våre {n} partnere bruker informasjonskapsler for å tilpasse innhold og annonser og for å analysere trafikken.\nGodta alle  |  Avvis  |  Tilpass",
               "Dette nettstedet bruker informasjonskapsler. Ved å fortsette godtar du dette.\nOK\nLes mer",
               "Vi verdsetter personvernet ditt\nGodta\nInnstillinger",
        "Informasjonskapsler på {site}\nVi bruker nødvendige informasjonskapsler for at nettstedet skal fungere, og valgfrie for statistikk og annonser.\nGodta\nAvslå"],
    "emails": ["tips", "redaksjonen", "nyheter"],
    "emails_p": ["personvern"],
    "phone": "+47 {d2} {d2} {d2} {d2}",
}

# --------------------------------------------------------------------------------------
# Finnish (town forms: nominative, genitive)

L["fi"] = {
    "towns": [("Järvilahti", "Järvilahden"), ("Koskenmäki", "Koskenmäen"), ("Pohjalampi", "Pohjalammen"),
              ("Kivirinne", "Kivirinteen"), ("Salmenkylä", "Salmenkylän"), ("Honkavaara", "Honkavaaran"),
              ("Ruohosaari", "Ruohosaaren"), ("Myllyniemi", "Myllyniemen"), ("Kuusiranta", "Kuusirannan")],
    "words": ["Seutuviesti", "Tuulensuu", "Uutisvirta", "Ilta-Aalto", "Kaikuluoto", "Paikallisääni"],
    "site_patterns": ["{town2} Sanomat", "{town2} Uutiset", "{town}-lehti", "{town2} Viikko", "Uusi {town}",
                      "{town2} Kaiku", "{town2} Seutu", "{word}"],
    "tlds": ["fi", "fi", "fi", "com"],
    "taglines": ["Paikallisuutiset vuodesta {year}", "Riippumaton paikallislehti", "{town2} oma lehti",
                 "Uutiset lähelläsi", "Perustettu {year}"],
    "company": ["{town2} Kustannus Oy", "{word} Media Oy", "{town2} Lehtitalo Oy", "Seutumedia {town} Oy"],
    "sections": {
        "business": ["Talous", "Raha", "Työ ja talous"],
        "entertainment": ["Kulttuuri", "Viihde", "Kulttuuri ja viihde"],
        "politics": ["Politiikka", "Kotimaa", "Päätöksenteko"],
        "sport": ["Urheilu", "Liikunta ja urheilu"],
        "tech": ["Teknologia", "Tiede ja tekniikka", "Digi"],
    },
    "subs": {
        "business": ["Yritykset", "Asuminen", "Työelämä", "Energia"],
        "entertainment": ["Musiikki", "Elokuvat", "Kirjat", "Teatteri", "TV"],
        "politics": ["Eduskunta", "Kunta", "Vaalit", "Ulkomaat"],
        "sport": ["Jalkapallo", "Jääkiekko", "Yleisurheilu", "Hiihto", "Tennis"],
        "tech": ["Mobiili", "Pelit", "Tietoturva", "Internet"],
    },
    "extras": ["Uutiset", "Paikalliset", "Mielipide", "Pääkirjoitus", "Sää", "Video", "Podcastit", "Matkailu",
               "Terveys", "Autot", "Asuminen", "Muistot", "Näköislehti", "Lukijalta"],
    "home": ["Etusivu"],
    "menu_word": ["Valikko", "☰ Valikko", "Osastot"],
    "more": ["Lisää", "Lisää ▾", "Kaikki osastot"],
    "crumb_home": ["Etusivu"],
    "crumb_lead": ["Olet tässä:", ""],
    "skip": ["Siirry sisältöön", "Hyppää pääsisältöön", "Ohita navigaatio"],
    "login": ["Kirjaudu | Tilaa", "Kirjaudu sisään  ·  Tilaa lehti", "Oma tili", "Tilaa {price}/kk",
              "Kirjaudu\nTilaa", "Kokeile kuukausi hintaan {price}"],
    "prices": ["1 €", "9,90 €", "4,90 €", "2 €"],
    "first_f": ["Aino", "Kaisa", "Milla", "Riikka", "Tiina", "Elina", "Johanna", "Satu"],
    "first_m": ["Juho", "Lauri", "Otto", "Sami", "Ville", "Antti", "Mikko", "Teemu"],
    "last": ["Heikkilä", "Laaksonen", "Mäkinen", "Nurmi", "Rantanen", "Salminen", "Toivonen", "Vainio",
             "Koskela", "Lehtinen", "Saarinen", "Huttunen"],
    "order": "fl",
    "pron": {"f": ("Hän", "hän"), "m": ("Hän", "hän")},
    "roles": ["toimittaja", "uutispäällikkö", "urheilutoimittaja", "kulttuuritoimittaja", "politiikan toimittaja",
              "kuvaaja", "taloustoimittaja", "verkkotoimittaja"],
    "beats": ["paikallispolitiikasta", "oikeusasioista", "elinkeinoelämästä", "terveydestä", "liikenteestä",
              "kulttuurista", "koulutuksesta", "urheilusta"],
    "bylines": ["{name}", "Teksti: {name}", "Teksti: {name}\nKuvat: {name2}", "{name}, {role}", "{name} | {role}",
                "Kirjoittanut {name}", "{name} ja {name2}", "Toimittaja {name}"],
    "staff": ["{site}", "STT", "Toimitus", "Verkkotoimitus"],
    "months": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
               "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "mons": ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"],
    "days": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "dys": ["ma", "ti", "ke", "to", "pe", "la", "su"],
    "dates": ["{d}.{m}.{yyyy} {HH}:{MM}", "{d}.{m}.{yyyy} klo {H}.{MM}", "{d}. {Month} {yyyy}", "{Dy} {d}.{m}.{yyyy}",
              "{Day} {d}.{m}.{yyyy} klo {H}.{MM}", "{d}.{m}.{yyyy}"],
    "date_labels": ["Julkaistu {date}", "Julkaistu: {date}", "Päivitetty {date}", "{date}",
                    "Julkaistu {date}\nPäivitetty {ago}", "Päivitetty: {date}", "Julkaistu {date} | Päivitetty {date2}"],
    "ago": [("{n} tuntia sitten", 2, 23), ("{n} min sitten", 2, 59), ("{n} t sitten", 1, 23), ("eilen", 0, 0),
            ("{n} päivää sitten", 2, 6)],
    "clock": ["{H}.{MM}", "{HH}.{MM}", "klo {H}.{MM}"],
    "today": ["{date}", "{date} | Näköislehti", "Tänään {date}",
        "{town} {date}"],
    "readtime": ["Lukuaika {n} min", "{n} min lukuaika", "⏱ {n} min", "Lukuaika noin {n} minuuttia"],
    "listen": ["Kuuntele juttu", "▶ Kuuntele ({n} min)", "Kuuntele artikkeli", "Kuuntele tämä juttu ääneen luettuna"],
    "credits": ["Kuva: {agency}", "Kuva: {name2}", "Kuva: {name2} / {agency}", "KUVA: {agency}",
                "Arkistokuva: {agency}", "Kuvitus: {agency}"],
    "agencies": ["Lehtikuva", "STT", "{site}", "Kotialbumi", "Reuters", "AFP", "Kuvapalvelu"],
    "captions": ["Arkistokuva.", "Kuvituskuva.", "Kuva on otettu aiemmin tänä vuonna.", "Kuvassa {k} aiemmin tänä vuonna."],
    "share_label": ["Jaa", "Jaa artikkeli", "Jaa juttu",
        "Jaa:"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Sähköposti", "Kopioi linkki", "LinkedIn"],
    "share_on": "Jaa: {net}",
    "share_count": "{n} jakoa",
    "save": ["Tallenna", "Tallenna juttu", "Lahjoita juttu", "🔖 Lue myöhemmin"],
    "author_follow": ["Seuraa toimittajaa", "+ Seuraa", "Seuraa",
        "Lisää juttuja: {name}"],
    "weather": ["{town} {t}° {cond}", "Sää: {town} {t} °C, {cond_l}", "{cond} {t}°",
        "Nyt: {t}° {cond_l}"],
    "conds": ["Pilvistä", "Aurinkoista", "Sadekuuroja", "Lumisadetta", "Sumua", "Puolipilvistä", "Räntää", "Heikkoa sadetta"],
    "ticker_labels": ["TUOREIMMAT", "Tuoreimmat", "Suora", "UUTISHÄLYTYS", "Juuri nyt"],
    "trending_label": ["Puhutuimmat aiheet:", "Aiheet:", "Ajankohtaista:",
        "Haetuimmat:"],
    "topics": ["Sähkön hinta", "Asuntomarkkinat", "Kuntavaalit", "Sää", "Liikenne", "Vanhustenhoito"],
    "notify": ["Haluatko ilmoituksen tärkeimmistä uutisista?\nSalli  |  Ei kiitos",
               "Ota ilmoitukset käyttöön ja saat tuoreimmat uutiset heti.\nKyllä\nEi nyt",
        "Ota ilmoitukset käyttöön ja saat tärkeimmät uutiset ensimmäisenä\nOta käyttöön",
        "🔔 Lähetämme vain tärkeimmät uutiset\nKyllä kiitos\nEi"],
    "kickers": ["Kommentti", "Analyysi", "Pääkirjoitus", "Arvio", "Reportaasi", "Haastattelu", "Mielipide"],
    "update_note": ["Juttua päivitetään.", "Juttua päivitetty klo {H}.{MM} uusilla tiedoilla.",
                    "Juttua on täydennetty julkaisun jälkeen.", "Päivitys: juttuun on lisätty osapuolten kommentit."],
    "comment_count": ["{n} kommenttia", "💬 {n}", "Kommentit ({n})", "Siirry kommentteihin ({n})"],
    "partner_label": ["Yhteistyössä: {partner}", "Kaupallinen yhteistyö: {partner}", "Tukijana {partner}",
                      "Mainos: {partner}"],
    "partners": ["Pohjolan Lämpö Oy", "Säätiö Revontuli", "Järviseudun Osuuspankki", "Kuusiranta Kiinteistöt",
                 "Tähtikuitu Oy"],
    "topics_p": ["asumisesta", "ilmastosta ja energiasta", "terveydestä", "koulutuksesta", "liikenteestä",
                 "maaseudun elinkeinoista"],
    "ad": ["Mainos", "MAINOS", "Mainos päättyy", "– Mainos –", "Kaupallinen yhteistyö", "Mainos · Juttu jatkuu alla"],
    "adnets": ["Mainosverkko"],
    "continue": ["Juttu jatkuu alla", "Artikkeli jatkuu mainoksen jälkeen", "Lue lisää alta", "Jatkuu ↓"],
    "readalso": ["Lue myös: {h}", "LUE MYÖS: {h}", "Lue myös\n{h}", "Aiheesta aiemmin: {h}", "Lisää aiheesta: {h}",
                 "LUE LISÄÄ\n{h}"],
    "nlbox": ["Uutiskirje\nPäivän tärkeimmät uutiset sähköpostiisi\nTilaa",
              "{site} aamulla\nMaksuton uutiskirje arkiaamuisin klo 7\nSähköpostiosoite\nTilaa",
              "Älä jää paitsi\nTilaa uutiskirjeemme",
              "📬 Viikon parhaat\nSuoraan postilaatikkoosi joka perjantai.\nKyllä kiitos"],
    "poll_label": ["KYSELY", "Kerro mielipiteesi", "Päivän kysymys",
        "Viikon kysymys"],
    "poll_q": ["Oletko samaa mieltä päätöksestä?", "Pitäisikö suunnitelmat toteuttaa?", "Mitä mieltä olet asiasta?",
               "Vaikuttaako tämä sinuun?"],
    "poll_opts": [["Kyllä", "Ei", "En osaa sanoa"], ["Samaa mieltä", "Eri mieltä", "En tiedä"],
                  ["Ehdottomasti", "Ehkä", "En lainkaan"]],
    "vote": ["Äänestä", "Lähetä", "Katso tulokset",
        "Anna äänesi"],
    "poll_meta": ["{n} ääntä", "{n} on vastannut", "Kysely ei ole tieteellinen.",
        "Kysely sulkeutuu keskiyöllä"],
    "video": ["Video: {h}", "Katso video: {h}", "VIDEO: {h} ({m}:{ss})", "▶ Toista video ({m}:{ss})",
              "Katso koko juttu alta", "Video: tämä sinun pitää tietää aiheesta {k}"],
    "sponsored": ["Kaupallinen yhteistyö\n{adtitle}\n{adv}", "Sponsoroitu: {adv}", "MAINOS\n{adtitle}\nLue lisää",
                  "Mainos · {adv}\n{adtitle}"],
    "adtitles": ["Omakotiasujat säästävät satoja euroja tällä konstilla", "Tarkista, maksatko sähköstä liikaa",
                 "Näin saat säästöillesi paremman tuoton", "Tämä takki myytiin loppuun viikossa",
                 "Suomalaisten suosikkimökkikohde löytyy läheltä"],
    "advs": ["Pohjolan Lämpö Oy", "Tähtikuitu Oy", "Mökkitori", "Kenkätalo Virta"],
    "embed": ["Sisältöä ei voida näyttää ilman kolmannen osapuolen evästeiden hyväksymistä.\nNäytä sisältö",
              "Ulkoinen video. Hyväksy evästeet katsoaksesi sen.", "Tämä sisältö tulee ulkopuoliselta palvelulta.",
        "Somesisältöä ei näytetä ennen kuin olet antanut suostumuksesi.\nNäytä sisältö"],
    "sub_promo": ["Pidätkö jutusta? Tilaa lehti alkaen {price}.", "Sinulla on {n} maksutonta artikkelia jäljellä tässä kuussa.",
                  "Saat {site} -palvelun kokonaan käyttöösi kuukaudeksi hintaan {price}.",
                  "Tämä juttu on kaikkien luettavissa tilaajiemme ansiosta."],
    "gallery": ["Kuvagalleria: {n} kuvaa", "Katso kaikki {n} kuvaa", "📷 {n}", "1 / {n}"],
    "tags": ["Aiheet: {list}", "Aiheet\n{lines}", "Lisää aiheesta: {list_dot}", "{hashes}", "Avainsanat: {list}"],
    "topic_follow": ["Seuraa aihetta {k}", "+ Seuraa aihetta",
        "Saat ilmoituksen uusista jutuista aiheesta {k}",
        "{k} · Seuraa"],
    "consent": [
        "Tilaamalla uutiskirjeen hyväksyt, että {site} lähettää sinulle sähköpostia. Voit perua tilauksen milloin tahansa jokaisen viestin lopussa olevasta linkistä.",
        "Käytämme sähköpostiosoitettasi vain valitsemiesi uutiskirjeiden lähettämiseen, emmekä luovuta sitä muille. Lue tietosuojaselosteestamme, miten tietojasi käsitellään ja kuinka kauan niitä säilytetään.",
        "Rekisteröityessäsi {company} käsittelee henkilötietojasi voimassa olevan tietosuojalainsäädännön mukaisesti ja vain niihin tarkoituksiin, joihin olet antanut suostumuksesi. Emme koskaan myy tietojasi eteenpäin.",
        "Uutiskirjeen tilaajan on oltava vähintään 16-vuotias. Voit perua suostumuksesi milloin tahansa, jolloin osoitteesi poistetaan kaikilta postituslistoiltamme muutaman päivän kuluessa."],
    "privacy": [
        "{company} on tällä sivustolla kerättyjen henkilötietojen rekisterinpitäjä. Lisätietoja siitä, mitä tietoja keräämme ja mitkä oikeudet sinulla on, löydät tietosuojaselosteestamme.",
        "Me ja kumppanimme käytämme evästeitä sisällön personointiin, liikenteen mittaamiseen ja mainonnan kohdentamiseen. Voit muuttaa valintojasi evästeasetuksissa.",
        "Osa tämän jutun linkeistä on kumppanilinkkejä, joista {site} voi saada palkkion. Linkit eivät vaikuta toimituksen journalistisiin päätöksiin.",
        "Sinulla on oikeus tarkastaa sinusta tallennetut tiedot ja pyytää niiden korjaamista tai poistamista. Lähetä pyyntö tietosuojavastaavallemme osoitteeseen {email_p}."],
    "partnership": [
        "Tämä juttu on osa juttusarjaa, jonka tekemistä {partner} tukee taloudellisesti. Kumppanilla ei ole ollut vaikutusta jutun sisältöön.",
        "Juttu kuuluu sarjaan, joka kertoo {topic} alueellamme. Sarja toteutetaan apurahan turvin, ja kaikki journalistiset ratkaisut tekee toimitus.",
        "{site} tekee yhteistyötä kumppanin {partner} kanssa. Kaikki journalistiset päätökset tekee toimitus itsenäisesti ja ilman kumppanin vaikutusta.",
        "Tämä juttusarja rahoitetaan paikallismedioille tarkoitetulla tuella. Tuen myöntäjä ei ole nähnyt juttuja ennen julkaisua eikä voi vaikuttaa niiden sisältöön millään tavalla."],
    "standards": [
        "Toimitus noudattaa Journalistin ohjeita ja korjaa virheet mahdollisimman nopeasti. Jos huomaat jutussa virheen, voit ilmoittaa siitä osoitteeseen {email}.",
        "Pyrimme siihen, että kaikki julkaisemamme on totuudenmukaista ja reilua. Jutuissa arvostelluille annetaan aina mahdollisuus vastata ennen julkaisua.",
        "Emme ota vastaan maksua toimituksellisesta sisällöstä. Kaupallinen yhteistyö merkitään aina selvästi, eikä mainostajilla ole vaikutusta journalismiimme.",
        "{site} on sitoutunut hyvään journalistiseen tapaan ja korjaa asiavirheet viipymättä. Korjaukset merkitään aina jutun loppuun."],
    "correction": [
        "Korjaus: Jutun aiemmassa versiossa kokouksen päivämäärä oli väärin, minkä lukija huomasi pian julkaisun jälkeen. Tieto on nyt korjattu, ja pahoittelemme virhettä.",
        "Juttua on korjattu {dshort}: neljännessä kappaleessa ollut luku oli virheellinen. Pahoittelemme virhettä ja kiitämme huomauttanutta lukijaa.",
        "Tarkennus: Juttua on päivitetty, jotta käy selvästi ilmi, että kommentit esitettiin avoimessa tilaisuudessa eikä kirjallisessa lausunnossa.",
        "Jutussa haastatellun henkilön tehtävänimike oli jutun aiemmassa versiossa väärin. Tieto korjattiin {dshort}, ja pahoittelemme virhettä kaikille osapuolille."],
    "syndication": [
        "Juttu on julkaistu alun perin {partner_site} -palvelussa, ja se julkaistaan tässä luvalla osana lehtien välistä sisältöyhteistyötä.",
        "Juttu perustuu uutistoimiston {agency} tietoihin, ja verkkotoimituksemme on muokannut sitä ja täydentänyt sitä paikallisilla tiedoilla ennen julkaisua tällä sivustolla.",
        "Uutistoimiston {agency} aineisto on tekijänoikeuden suojaamaa, eikä sitä saa julkaista uudelleen tai levittää ilman kirjallista lupaa.",
        "Jutussa on käytetty uutistoimiston {agency} sekä omien toimittajiemme ja avustajiemme aineistoa, ja sen on koonnut ja toimittanut verkkotoimituksen päivystäjä."],
    "about": [
        "{site} on riippumaton paikallislehti, joka kertoo {town2} ja lähikuntien asioista. Lehden omistaa säätiö, ja toimintaa rahoittavat tilaajat ja ilmoittajat.",
        "{site} on perustettu vuonna {year}, ja toimituksessa työskentelee nykyään {n} ihmistä. Julkaisemme uutisia, urheilua ja kulttuuria joka päivä.",
        "Olemme pieni toimitus, joka uskoo, että hyvä paikallisjournalismi tekee yhteisöstä vahvemman ja päätöksenteosta avoimempaa. Kiitos, että luet ja tuet juttujamme.",
        "Toimituksemme sijaitsee {town2} keskustassa. Ovemme ovat avoinna arkiaamuisin, ja voit tuoda meille juttuvinkkejä, mielipidekirjoituksia ja tapahtumailmoituksia."],
    "bio": [
        "{name} on {role}, joka kirjoittaa erityisesti {beat}. Hän on työskennellyt toimituksessa vuodesta {joined} lähtien.",
        "{name} on kirjoittanut {beat} yli kymmenen vuoden ajan. Häneen saa yhteyden osoitteessa {email}, ja uutisvinkit ovat tervetulleita.",
        "{name} on syntynyt ja kasvanut {town2} seudulla. Hän palasi kotiseudulleen kirjoittamaan {beat} muutaman pääkaupunkiseudulla vietetyn vuoden jälkeen.",
        "{name} on {role}, joka on työskennellyt toimituksessamme vuodesta {joined}. Hän kirjoittaa erityisesti {beat} ja juontaa myös lehden viikoittaista podcastia."],
    "comment_head": ["Kommentit", "Keskustelu", "Kerro mielipiteesi", "Mitä mieltä olet?", "Kommentit ({n})",
                     "{n} kommenttia", "Osallistu keskusteluun"],
    "count_line": ["{n} vastausta", "{n} kommenttia", "Näytetään {m}/{n} kommenttia",
        "Kommentteja: {n}"],
    "posted_by": ["Kirjoittanut {user} {clock}", "Lähettänyt {user} {date}",
        "Julkaistu {date}, kirjoittaja {user}",
        "Kommentoinut {user} {clock}"],
    "wrote": ["{user} kirjoitti:",
        "{user}:",
        "{user} sanoo:"],
    "said_on": ["{user} kirjoitti {date}:",
        "{user}, {date}:",
        "Kommentti käyttäjältä {user} {date}:"],
    "replied": ["↳ {user} vastasi käyttäjälle {user2}", "Vastaus käyttäjälle {user2}",
        "Vastaus: {user2}",
        "@{user2}"],
    "actions": ["Vastaa", "Vastaa · Tykkää · Ilmianna", "Vastaa | Ilmoita asiaton viesti", "👍 {n}", "Tykkää ({n})"],
    "comment_form": ["Kirjoita kommentti\nNimimerkki\nSähköposti (ei julkaista)\nLähetä", "Kirjaudu sisään kommentoidaksesi",
                     "Kommentit tarkistetaan ennen julkaisua.", "Tämän jutun kommentointi on suljettu."],
    "comment_rules": ["Toivomme asiallista ja ystävällistä keskustelua. Pysy aiheessa, kunnioita muita keskustelijoita äläkä julkaise kenenkään henkilötietoja. Asiattomat viestit poistetaan ilman erillistä ilmoitusta.",
        "Kommentit ovat kirjoittajiensa omia mielipiteitä eivätkä edusta toimituksen kantaa. Keskustelusääntöjen vastaiset viestit poistetaan ilman erillistä ilmoitusta tai perustelua."],
    "sort": ["Järjestä: Uusimmat | Vanhimmat | Suosituimmat", "Uusimmat ensin",
        "Järjestys: Uusimmat",
        "Näytä vanhimmat ensin"],
    "more_comments": ["Lataa lisää kommentteja", "Näytä lisää", "Näytä kaikki {n} kommenttia",
        "Näytä kaikki kommentit"],
    "no_comments": ["Ei vielä kommentteja. Ole ensimmäinen kommentoija."],
    "user_adj": ["Vanha", "Paikallinen", "Rehellinen", "Väsynyt", "Utelias"],
    "user_noun": ["lukija", "veronmaksaja", "asukas", "työmatkalainen", "naapuri"],
    "c_gen": [
        "Olen asunut täällä yli kolmekymmentä vuotta enkä ole koskaan nähnyt mitään vastaavaa.",
        "Hyvä, että joku vihdoin kirjoittaa tästä kunnolla eikä vain levitä huhuja somessa.",
        "Kukaan ei näytä kysyneen asianosaisilta itseltään, mitä mieltä he ovat.",
        "Kuka tämän kaiken lopulta maksaa, sitä en ole vielä kuullut kenenkään kertovan.",
        "Tämä on ollut tulossa jo pitkään, ja kaikki osapuolet tiesivät sen.",
        "Kiitos, että kirjoitatte tästä, aihe saa aivan liian vähän huomiota.",
        "Otsikko on vähän harhaanjohtava, mutta itse juttu on ihan asiallinen.",
        "Sama vanha tarina, isoja lupauksia jotka unohdetaan vuoden päästä.",
        "En usko, että tämä muuttaa mitään tavallisten perheiden arjessa.",
        "Sivusta on helppo arvostella, mutta työ on varmasti vaikeampaa kuin miltä näyttää.",
        "Hyvä juttu, vaikka toisenkin osapuolen näkemys olisi ansainnut enemmän tilaa.",
        "Juuri tämän takia tarvitsemme lisää paikallista journalismia, emme vähemmän.",
        "Toivottavasti asia saadaan kuntoon ennen vuodenvaihdetta.",
        "Olen samaa mieltä useimmista jutussa esitetyistä asioista."],
    "c_key": [
        "{k} on ollut otsikoissa koko viikon, mutta varsinainen ongelma on aivan muualla.",
        "Olen seurannut aihetta {k} vuosia, joten tämä ei yllätä minua lainkaan.",
        "{k} joutuu nyt vastaamaan moniin hankaliin kysymyksiin.",
        "Kaikki puhuvat nyt aiheesta {k}, mutta kukaan ei puhu kustannuksista.",
        "Jos {k} todella haluaisi korjata tilanteen, se olisi tapahtunut jo aikaa sitten.",
        "En ole mikään {k} -fani, mutta tämä kritiikki on kohtuutonta."],
    "related_heads": ["Aiheeseen liittyvät", "Lue myös", "Lisää aiheesta", "Lisää osastolta {section}", "Suosittelemme"],
    "mostread_heads": ["Luetuimmat", "Luetuimmat nyt", "Suosituimmat", "Vuorokauden luetuimmat"],
    "latest_heads": ["Tuoreimmat", "Uusimmat uutiset", "Juuri nyt",
        "Uusimmat",
        "Tuoreet uutiset"],
    "rec_heads": ["Toimitus suosittelee", "Älä missaa", "Poimintoja", "Tämä saattoi jäädä huomaamatta"],
    "stack_heads": ["Jaetuimmat", "Kommentoiduimmat", "Viikon suosituimmat",
        "Viikon luetuimmat"],
    "morefrom": ["Muita juttuja: {name}", "Lisää osastolta {section}", "Saman toimittajan juttuja",
        "Uusimmat osastolta {section}"],
    "inline_list_heads": ["Lisää aiheesta", "Aiheesta muualla", "Tuoreimmat: {section}",
        "Lue myös"],
    "more_link": ["Näytä lisää", "Lisää uutisia", "Katso kaikki", "Kaikki uutiset →"],
    "hl_prefix": ["Suora: ", "Video: ", "Kommentti: ", "Analyysi: ", "Kuvat: "],
    "hl_comments": "{n} kommenttia",
    "newsletter": [["Tilaa uutiskirje", "Sähköpostiosoitteesi", "Tilaa"], ["Tilaa maksuton uutiskirjeemme", "Tilaa"],
                   ["{site}: uutiskirje", "Sähköposti", "Rekisteröidy"],
        ["Parhaat juttumme sähköpostiisi", "Tilaa uutiskirje"]],
    "appeal": [
        "Kiitos, että luet meitä. Paikallisjournalismi maksaa, ja voimme jatkaa työtämme valtuuston kokouksissa, oikeudessa ja kylillä vain tilaajiemme ja tukijoidemme ansiosta.",
        "Tämä juttu on kaikkien luettavissa, koska aihe koskettaa koko seutua. Tilaa lehti ja tue journalismiamme alkaen {price} kuukaudessa.",
        "Tilaajana luet rajattomasti kaikki jutut, päivän näköislehden ja kaikki uutiskirjeet. Tilauksen voi perua milloin tahansa ilman erillisiä kuluja tai sitoutumista.",
        "Joka neljäs lukijamme on myös tilaaja. Jos haluat turvata paikallisen journalismin jatkumisen omalla seudullasi, voit liittyä heidän joukkoonsa jo tänään."],
    "appeal_btn": ["Tilaa nyt", "Tue meitä", "Ryhdy tilaajaksi"],
    "podcast": ["🎧 Kuuntele podcastimme, jossa toimittajamme käyvät läpi viikon tärkeimmät tapahtumat. Uusi jakso ilmestyy joka perjantai aamulla kaikissa tavallisimmissa sovelluksissa.",
                "Haluatko mieluummin kuunnella kuin lukea? Päivän tärkeimmät uutiset löytyvät myös aamupodcastistamme, jonka voit kuunnella maksutta matkalla töihin tai kouluun.",
        "Urheilutoimitus käy joka maanantai podcastissamme läpi viikonlopun ottelut haastattelujen, analyysien ja kuuntelijoiden kysymysten kautta. Kuuntele maksutta kaikissa sovelluksissa."],
    "app": ["Lataa sovelluksemme", "Sovellus: App Store | Google Play",
            "Lue meitä sovelluksessa ja saat ilmoitukset tuoreimmista uutisista", "📱 Lataa sovellus"],
    "follow": ["Seuraa meitä Facebookissa ja Instagramissa", "Seuraa meitä somessa", "Seuraa: @{handle}",
        "Seuraa meitä myös TikTokissa"],
    "feedback": ["Oliko juttu hyödyllinen?\nKyllä  Ei", "Huomasitko virheen? Kerro meille.", "Anna palautetta jutusta",
        "Mitä pidit jutusta?\n👍  👎"],
    "tip": ["Vinkkaa meille: {phone} tai {email}.", "Tiedätkö aiheesta lisää? Ota yhteyttä osoitteeseen {email}.",
            "Onko sinulla kuvia tai videoita? Lähetä ne numeroon {phone}.",
        "Onko sinulla uutisvinkki? Soita uutispäällikölle numeroon {phone}."],
    "backtotop": ["Sivun alkuun", "↑ Alkuun", "Takaisin ylös",
        "Ylös ↑"],
    "footer_links": ["Tietoa meistä", "Ota yhteyttä", "Ilmoittajille", "Avoimet työpaikat", "Tietosuoja", "Evästeet",
                     "Käyttöehdot", "Saavutettavuus", "Tilaa", "Asiakaspalvelu", "Vinkit", "Arkisto"],
    "footer_heads": ["Lehti", "Asiakaspalvelu", "Seuraa meitä"],
    "social": ["Facebook", "Instagram", "X", "YouTube", "TikTok"],
    "editors": ["Päätoimittaja: {ed}", "Vastaava päätoimittaja: {ed}", "Päätoimittaja: {ed} | Uutispäällikkö: {ed2}",
        "Päätoimittaja {ed}"],
    "company_lines": ["Y-tunnus {ytunnus}", "{company}, Y-tunnus {ytunnus}", "{company} · {address}"],
    "address": "{street} {num}, {postcode} {town}",
    "streets": ["Kauppakatu", "Rantatie", "Kirkkokatu", "Asemakatu", "Teollisuustie", "Torikatu"],
    "copyright": ["© {company} {yyyy}", "Copyright © {yyyy} {site}", "© {site} – Kaikki oikeudet pidätetään",
                  "Sisällön kopioiminen ilman lupaa on kielletty. © {company}"],
    "cms": ["Lehtialusta"],
    "cookie_links": ["Evästeasetukset", "Evästeet", "Tietosuoja-asetukset", "Muuta suostumustasi"],
    "cookie": ["Käytämme evästeitä\n{site} ja {n} kumppaniamme käyttävät evästeitä sisällön ja mainonnan kohdentamiseen sekä kävijäliikenteen analysointiin.\nHyväksy kaikki  |  Hylkää  |  Asetukset",
               "Sivusto käyttää evästeitä. Jatkamalla selaamista hyväksyt evästeiden käytön.\nOK\nLue lisää",
               "Arvostamme yksityisyyttäsi\nHyväksy\nAsetukset",
        "Evästeet\nKäytämme välttämättömiä evästeitä sivuston toimintaan sekä valinnaisia evästeitä tilastointiin ja mainontaan.\nHyväksy\nKieltäydy"],
    "emails": ["toimitus", "uutiset", "vinkit"],
    "emails_p": ["tietosuoja"],
    "phone": "040 {d3} {d4}",
}

# --------------------------------------------------------------------------------------
# Romanian ({de} is "de " before a noun after numbers of 20 and more)

L["ro"] = {
    "towns": [(x, x) for x in ["Valea Merilor", "Dealu Frumos", "Podu Vechi", "Râul Alb", "Piatra Lungă",
                               "Stejaru Mare", "Izvoru Verde", "Brădet", "Măgura Nouă"]],
    "words": ["Orizont Nou", "Semnalul", "Ecoul Văii", "Știrea Zilei", "Cronica de Azi", "Ora Locală"],
    "site_patterns": ["Gazeta de {town}", "Monitorul de {town}", "Ziarul {town}", "Observatorul de {town}",
                      "Știri {town}", "Curierul de {town}", "{word}"],
    "tlds": ["ro", "ro", "ro", "com", "info"],
    "taglines": ["Știri locale din {year}", "Ziar independent", "Cotidianul județului", "Informația care contează",
                 "Fondat în {year}"],
    "company": ["{word} Media SRL", "Editura {town} SRL", "Presa {town} SRL", "Grupul de Presă {word} SA"],
    "sections": {
        "business": ["Economie", "Afaceri", "Bani"],
        "entertainment": ["Cultură", "Divertisment", "Showbiz"],
        "politics": ["Politică", "Actualitate", "Administrație"],
        "sport": ["Sport", "Sporturi"],
        "tech": ["Tehnologie", "IT&C", "Științe"],
    },
    "subs": {
        "business": ["Companii", "Imobiliare", "Locuri de muncă", "Energie"],
        "entertainment": ["Muzică", "Film", "Carte", "Teatru", "TV"],
        "politics": ["Parlament", "Guvern", "Alegeri", "Externe"],
        "sport": ["Fotbal", "Handbal", "Tenis", "Atletism", "Box"],
        "tech": ["Mobil", "Gaming", "Securitate", "Internet"],
    },
    "extras": ["Știri", "Local", "Opinii", "Editorial", "Vremea", "Video", "Podcast", "Turism", "Sănătate", "Auto",
               "Imobiliare", "Anunțuri", "Horoscop", "Ediția tipărită"],
    "home": ["Acasă", "Prima pagină"],
    "menu_word": ["Meniu", "☰ Meniu", "Secțiuni"],
    "more": ["Mai mult", "Mai multe ▾", "Toate secțiunile"],
    "crumb_home": ["Acasă", "Prima pagină"],
    "crumb_lead": ["Ești aici:", ""],
    "skip": ["Sari la conținut", "Treci la conținutul principal", "Sari peste navigare"],
    "login": ["Autentificare | Abonează-te", "Intră în cont  ·  Creează cont", "Contul meu",
              "Abonament de la {price}/lună", "Autentificare\nAbonare", "Susține-ne"],
    "prices": ["5 lei", "9,99 lei", "19 lei", "1 euro"],
    "first_f": ["Andreea", "Cristina", "Elena", "Ioana", "Raluca", "Teodora", "Alina", "Diana"],
    "first_m": ["Bogdan", "Dragoș", "Florin", "Mihai", "Sorin", "Vlad", "Cătălin", "Radu"],
    "last": ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Marin", "Constantinescu", "Georgescu", "Munteanu",
             "Neagu", "Lungu", "Barbu", "Toma"],
    "order": "fl",
    "pron": {"f": ("Ea", "ea"), "m": ("El", "el")},
    "roles": ["reporter", "redactor", "editor", "jurnalist sportiv", "redactor cultură", "editor politic",
              "corespondent local", "fotoreporter"],
    "beats": ["administrația locală", "justiție", "economie", "sănătate", "transport", "cultură", "educație", "sport"],
    "bylines": ["de {name}", "Autor: {name}", "{name}", "{name}, {role}", "Scris de {name}", "{name} și {name2}",
                "Text: {name}\nFoto: {name2}", "Publicat de {name}"],
    "staff": ["Redacția", "{site}", "Redacția online", "Biroul de știri"],
    "months": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
               "octombrie", "noiembrie", "decembrie"],
    "mons": ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."],
    "days": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "dys": ["lun.", "mar.", "mie.", "joi", "vin.", "sâm.", "dum."],
    "dates": ["{d} {Month} {yyyy}, {HH}:{MM}", "{dd}.{mm}.{yyyy} {HH}:{MM}", "{Day}, {d} {Month} {yyyy}",
              "{d} {Mon} {yyyy}", "{dd}/{mm}/{yyyy}", "{d} {Month} {yyyy}"],
    "date_labels": ["Publicat: {date}", "Publicat {date}", "Actualizat: {date}", "Ultima actualizare: {date}", "{date}",
                    "Publicat: {date}\nActualizat {ago}", "Publicat: {date} | Actualizat: {date2}"],
    "ago": [("acum {n} ore", 2, 19), ("acum {n} minute", 2, 19), ("acum {n} h", 1, 23), ("ieri", 0, 0),
            ("acum {n} zile", 2, 6), ("acum o oră", 0, 0)],
    "clock": ["{HH}:{MM}"],
    "today": ["{date}", "{date} | Ediția tipărită", "Astăzi: {date}",
        "{town}, {date}"],
    "readtime": ["Timp de citire: {n} minute", "{n} min citire", "⏱ {n} min", "Citești în {n} minute"],
    "listen": ["Ascultă articolul", "▶ Ascultă ({n} min)", "Ascultă știrea", "Varianta audio a articolului"],
    "credits": ["Foto: {agency}", "Foto: {name2}", "Sursa foto: {agency}", "FOTO: {agency}", "Foto arhivă: {agency}",
                "Imagine: {agency}"],
    "agencies": ["Inquam Photos", "Agerpres", "{site}", "Arhivă personală", "Reuters", "AFP", "Shutterstock", "Facebook"],
    "captions": ["Fotografie de arhivă.", "Imagine cu caracter ilustrativ.", "{k}, într-o fotografie de la începutul anului.",
                 "Imagine realizată cu altă ocazie."],
    "share_label": ["Distribuie", "Distribuie articolul", "Trimite",
        "Distribuie:"],
    "share_nets": ["Facebook", "X", "WhatsApp", "E-mail", "Copiază linkul", "LinkedIn"],
    "share_on": "Distribuie pe {net}",
    "share_count": "{n} {de}distribuiri",
    "save": ["Salvează", "Salvează articolul", "Citește mai târziu", "🔖 Salvează pentru mai târziu"],
    "author_follow": ["Urmărește autorul", "+ Urmărește", "Alte articole de {name}",
        "Toate articolele autorului"],
    "weather": ["{town} {t}°C {cond}", "Vremea: {town}, {t}°, {cond_l}", "{cond} {t}°",
        "Acum: {t}° {cond_l}"],
    "conds": ["Ploaie slabă", "Însorit", "Înnorat", "Averse", "Ninsoare", "Ceață", "Parțial noros", "Lapoviță"],
    "ticker_labels": ["ULTIMA ORĂ", "Ultima oră", "LIVE", "Breaking news", "Acum"],
    "trending_label": ["Subiecte fierbinți:", "În trend:", "Teme:",
        "Cele mai căutate:"],
    "topics": ["Prețul energiei", "Piața imobiliară", "Alegeri locale", "Vremea", "Trafic", "Pensii"],
    "notify": ["Vrei să primești notificări cu cele mai importante știri?\nPermite  |  Nu, mulțumesc",
               "Activează notificările ca să afli primul ce se întâmplă.\nDa\nMai târziu",
        "Activează notificările și află primul știrile importante\nActivează",
        "🔔 Îți trimitem doar știrile cu adevărat importante\nDa\nNu"],
    "kickers": ["Opinie", "Analiză", "Editorial", "Recenzie", "Reportaj", "Interviu", "Exclusiv", "Ultima oră"],
    "update_note": ["Știre în curs de actualizare.", "Articolul a fost actualizat la ora {HH}:{MM} cu informații noi.",
                    "Articolul a fost completat după publicare.", "Actualizare: am adăugat reacțiile părților implicate."],
    "comment_count": ["{n} {de}comentarii", "💬 {n}", "Comentarii ({n})", "Vezi comentariile ({n})"],
    "partner_label": ["În parteneriat cu {partner}", "Conținut susținut de {partner}", "Advertorial {partner}",
                      "Publicitate: {partner}"],
    "partners": ["Fundația Orizont Verde", "Energia Carpatică SA", "Banca Văii", "Imobiliara Stejar", "Fibra Rapidă SRL"],
    "topics_p": ["climă și energie", "locuințe", "sănătate publică", "educație", "transport", "economia rurală"],
    "ad": ["Publicitate", "PUBLICITATE", "Reclamă", "– Publicitate –", "Advertorial",
           "Publicitate · Articolul continuă mai jos"],
    "adnets": ["Rețeaua Promo"],
    "continue": ["Articolul continuă mai jos", "Continuarea după reclamă", "Citește mai departe mai jos", "Continuă ↓"],
    "readalso": ["Citește și: {h}", "CITEȘTE ȘI: {h}", "Citește și\n{h}", "Pe același subiect: {h}", "Recomandare: {h}",
                 "VEZI ȘI\n{h}"],
    "nlbox": ["Newsletter\nCele mai importante știri ale zilei, direct pe e-mail\nAbonează-te",
              "Dimineața cu {site}\nNewsletter gratuit în fiecare zi lucrătoare la 7:00\nAdresa de e-mail\nMă abonez",
              "Nu rata nimic\nAbonează-te la newsletterul nostru",
              "📬 Cele mai bune articole ale săptămânii\nÎn inbox, în fiecare vineri.\nDa, vreau"],
    "poll_label": ["SONDAJ", "Spune-ți părerea", "Întrebarea zilei",
        "Întrebarea săptămânii"],
    "poll_q": ["Sunteți de acord cu decizia?", "Ar trebui să meargă mai departe planurile?",
               "Ce părere aveți despre acest subiect?", "Vă va afecta această schimbare?"],
    "poll_opts": [["Da", "Nu", "Nu știu"], ["De acord", "Împotrivă", "Nu sunt sigur"], ["Categoric da", "Poate", "Deloc"]],
    "vote": ["Votează", "Trimite", "Vezi rezultatele",
        "Trimite votul"],
    "poll_meta": ["{n} {de}voturi", "Au votat {n} {de}cititori", "Sondajul nu este reprezentativ.",
        "Sondajul se închide la miezul nopții"],
    "video": ["Video: {h}", "Urmărește: {h}", "VIDEO: {h} ({m}:{ss})", "▶ Redă video ({m}:{ss})",
              "Urmăriți materialul complet mai jos", "Video: ce trebuie să știi despre {k}"],
    "sponsored": ["Advertorial\n{adtitle}\n{adv}", "Sponsorizat de {adv}", "PUBLICITATE\n{adtitle}\nAflă mai multe",
                  "Conținut comercial · {adv}\n{adtitle}"],
    "adtitles": ["Proprietarii din {town} economisesc sute de lei cu acest truc", "Verifică dacă plătești prea mult la curent",
                 "Cum să obții mai mult din economiile tale", "Geaca aceasta s-a epuizat într-o săptămână",
                 "Destinația de vacanță preferată de români este mai aproape decât crezi"],
    "advs": ["Energia Carpatică SA", "Banca Văii", "Fibra Rapidă SRL", "Încălțăminte Brădet"],
    "embed": ["Acest conținut nu poate fi afișat fără acordul pentru cookie-uri de la terți.\nAfișează conținutul",
              "Video extern. Acceptă cookie-urile pentru a-l vedea.", "Acest conținut este furnizat de o platformă externă.",
        "Conținutul de pe rețelele sociale nu este afișat până nu îți dai acordul.\nAfișează"],
    "sub_promo": ["Ți-a plăcut articolul? Abonează-te la {site} de la {price}.", "Mai ai {n} articole gratuite luna aceasta.",
                  "Acces complet la {site} pentru o lună cu doar {price}.", "Acest articol este gratuit datorită abonaților noștri."],
    "gallery": ["Galerie foto: {n} {de}imagini", "Vezi toate cele {n} {de}fotografii", "📷 {n}", "1 / {n}"],
    "tags": ["Etichete: {list}", "Subiecte\n{lines}", "Mai multe despre: {list_dot}", "{hashes}", "Tag-uri: {list}"],
    "topic_follow": ["Urmărește subiectul {k}", "+ Urmărește {k}",
        "Primește alerte despre {k}",
        "{k} · Urmărește"],
    "consent": [
        "Prin abonare ești de acord ca {site} să îți trimită newslettere pe e-mail. Te poți dezabona oricând folosind linkul de la finalul fiecărui mesaj.",
        "Folosim adresa ta de e-mail doar pentru a-ți trimite newsletterele alese. Citește politica noastră de confidențialitate pentru a afla cum îți protejăm datele.",
        "Datele cu caracter personal sunt prelucrate de {company} în conformitate cu Regulamentul (UE) 2016/679. Nu vindem niciodată datele tale către terți.",
        "Trebuie să ai peste 16 ani pentru a te abona. Îți poți retrage oricând consimțământul, iar adresa ta va fi ștearsă din listele noastre."],
    "privacy": [
        "{company} este operatorul datelor cu caracter personal colectate pe acest site. Detalii despre drepturile tale găsești în politica de confidențialitate.",
        "Noi și partenerii noștri folosim cookie-uri pentru a personaliza conținutul, a măsura traficul și a afișa reclame relevante. Poți modifica opțiunile oricând din Setări confidențialitate.",
        "Unele linkuri din acest articol sunt de afiliere, iar {site} poate primi un comision dacă faci o achiziție. Acest lucru nu ne influențează conținutul editorial.",
        "Ai dreptul să soliciți o copie a datelor pe care le deținem despre tine. Scrie responsabilului cu protecția datelor la adresa {email_p}."],
    "partnership": [
        "Acest articol face parte dintr-un parteneriat între {site} și {partner}, care sprijină jurnalismul local despre {topic}. Partenerul nu a influențat conținutul materialului.",
        "Materialul a fost realizat cu sprijin financiar oferit de {partner}, în cadrul unei serii despre {topic}. Redacția a avut control editorial deplin.",
        "{site} colaborează cu {partner} pentru a relata despre {topic} în regiune. Toate deciziile editoriale aparțin exclusiv redacției noastre.",
        "Această serie de articole este finanțată printr-un program de sprijin pentru presa locală. Finanțatorul nu a văzut materialele înainte de publicare și nu le poate influența."],
    "standards": [
        "Redacția respectă Codul deontologic al jurnalistului. Dacă observi o greșeală în acest articol, scrie-ne la {email} și o vom corecta.",
        "Ne străduim ca tot ce publicăm să fie corect și echilibrat. Persoanele criticate în articolele noastre primesc întotdeauna dreptul la replică înainte de publicare.",
        "Nu acceptăm plată pentru conținut editorial. Materialele publicitare sunt întotdeauna marcate clar, iar advertiserii nu influențează ce scriem.",
        "Orice persoană care se consideră lezată de un articol publicat poate solicita drept la replică, în condițiile legii, la adresa {email}."],
    "correction": [
        "Rectificare: într-o versiune anterioară a articolului, data ședinței era greșită. Informația a fost corectată și ne cerem scuze cititorilor.",
        "Articolul a fost modificat pe {dshort} pentru a corecta o cifră din al patrulea paragraf. Ne cerem scuze pentru eroare.",
        "Precizare: articolul a fost actualizat pentru a clarifica faptul că declarațiile au fost făcute într-o ședință publică, nu într-un comunicat.",
        "Într-o versiune anterioară, funcția uneia dintre persoanele citate era greșită. Eroarea a fost corectată pe {dshort}."],
    "syndication": [
        "Articolul a apărut inițial pe {partner_site} și este republicat aici cu acordul redacției, în baza unui parteneriat de conținut.",
        "Știre preluată de la {agency} și editată de redacția noastră online înainte de publicarea pe acest site.",
        "Materialele {agency} sunt protejate de drepturi de autor și nu pot fi reproduse, difuzate sau redistribuite fără acord scris.",
        "Acest material conține informații de la {agency} și de la corespondenții noștri locali și a fost redactat de echipa online."],
    "about": [
        "{site} este un ziar local independent care relatează despre {town} și comunele din jur. Suntem finanțați de cititori, abonați și advertiseri.",
        "{site} a fost fondat în {year} și are astăzi {n} {de}jurnaliști în redacție. Publicăm zilnic știri, sport și cultură pentru cititorii din județ.",
        "Suntem o redacție mică ce crede că jurnalismul local de calitate face comunitățile mai puternice. Îți mulțumim că ne citești.",
        "Redacția noastră se află în centrul localității {town}. Ușa este deschisă cititorilor care vor să ne aducă ponturi, scrisori sau anunțuri pentru comunitate."],
    "bio": [
        "{name} scrie despre {beat} pentru {site} din {joined}. Înainte a lucrat la mai multe publicații regionale și la un post de radio local.",
        "{name} acoperă domeniul {beat} de peste zece ani. Îi puteți scrie la {email} cu sugestii sau informații.",
        "{name} a crescut în {town} și s-a întors acasă pentru a scrie despre {beat}. Colaborează și la podcastul redacției.",
        "{name} lucrează în redacția noastră din {joined} și scrie mai ales despre {beat}. Prezintă și podcastul săptămânal al redacției, disponibil pe toate platformele."],
    "comment_head": ["Comentarii", "Discuție", "Spune-ți părerea", "Ce crezi?", "Comentarii ({n})",
                     "{n} {de}comentarii", "Intră în discuție"],
    "count_line": ["{n} {de}răspunsuri", "{n} {de}comentarii", "Se afișează {m} din {n} {de}comentarii",
        "Comentarii: {n}"],
    "posted_by": ["Postat de {user} la {clock}", "Postat de {user} pe {date}",
        "Publicat pe {date} de {user}",
        "Comentariu de {user} la {clock}"],
    "wrote": ["{user} a scris:",
        "{user}:",
        "{user} spune:"],
    "said_on": ["{user} a scris pe {date}:",
        "{user}, {date}:",
        "Comentariu de la {user}, {date}:"],
    "replied": ["↳ {user} i-a răspuns lui {user2}", "Răspuns pentru {user2}",
        "Răspuns către {user2}:",
        "@{user2}"],
    "actions": ["Răspunde", "Răspunde · Apreciază · Raportează", "Răspunde | Raportează", "👍 {n}", "Apreciez ({n})"],
    "comment_form": ["Lasă un comentariu\nNume\nE-mail (nu va fi publicat)\nTrimite comentariul",
                     "Autentifică-te pentru a comenta", "Comentariile sunt moderate și pot apărea cu întârziere.",
                     "Comentariile sunt închise pentru acest articol."],
    "comment_rules": ["Ne dorim o discuție civilizată. Rămâneți la subiect, respectați ceilalți cititori și nu publicați date personale în comentarii.",
        "Comentariile reprezintă opiniile autorilor lor, nu pe cele ale redacției. Mesajele care încalcă regulile noastre de discuție sunt șterse fără avertisment prealabil."],
    "sort": ["Sortează: Cele mai noi | Cele mai vechi | Cele mai apreciate", "Cele mai noi întâi",
        "Ordonează: Cele mai noi",
        "Arată mai întâi cele vechi"],
    "more_comments": ["Încarcă mai multe comentarii", "Arată mai multe", "Vezi toate cele {n} {de}comentarii",
        "Arată toate comentariile"],
    "no_comments": ["Niciun comentariu încă. Fii primul care comentează."],
    "user_adj": ["Supărat", "Fidel", "Atent", "Obosit", "Curios"],
    "user_noun": ["Cititor", "Cetățean", "Localnic", "Pensionar", "Vecin"],
    "user_noun_first": True,
    "c_gen": [
        "Locuiesc aici de peste treizeci de ani și nu am văzut niciodată așa ceva.",
        "Bine că cineva scrie serios despre asta, nu doar zvonuri pe rețelele sociale.",
        "Nimeni nu pare să-i fi întrebat pe oamenii afectați ce vor de fapt.",
        "Mă întreb cine va plăti până la urmă pentru toate acestea.",
        "Era de așteptat de mult timp, și toți cei implicați știau asta.",
        "Mulțumesc că scrieți despre asta, subiectul primește mult prea puțină atenție.",
        "Titlul e puțin înșelător, dar articolul în sine este corect.",
        "Aceeași poveste veche, promisiuni mari uitate după un an.",
        "Nu cred că asta va schimba ceva pentru familiile obișnuite.",
        "E ușor să critici de pe margine, dar munca e mai grea decât pare.",
        "Un articol bun, deși și cealaltă parte ar fi meritat mai mult spațiu.",
        "Exact de aceea avem nevoie de mai mult jurnalism local, nu de mai puțin.",
        "Sper să rezolve problema înainte de sfârșitul anului.",
        "Sunt de acord cu majoritatea lucrurilor spuse aici."],
    "c_key": [
        "Urmăresc subiectul {k} de ani de zile, așa că nu mă surprinde deloc.",
        "Indiferent ce crezi despre {k}, situația a fost gestionată prost.",
        "{k} are multe de explicat după toate acestea.",
        "Toată lumea vorbește despre {k}, dar nimeni nu vorbește despre costuri.",
        "Dacă {k} ar fi vrut cu adevărat să rezolve asta, s-ar fi întâmplat demult.",
        "Nu sunt un fan {k}, dar critica de aici mi se pare nedreaptă."],
    "related_heads": ["Articole similare", "Citește și", "Pe același subiect", "Mai multe din {section}", "Recomandate"],
    "mostread_heads": ["Cele mai citite", "Cele mai citite acum", "Populare", "Top citite"],
    "latest_heads": ["Ultimele știri", "Cele mai noi", "Știri de ultimă oră",
        "Știri recente",
        "Acum pe {site}"],
    "rec_heads": ["Recomandările redacției", "Nu rata", "Selecția editorilor", "Poate ți-a scăpat"],
    "stack_heads": ["Cele mai distribuite", "Cele mai comentate", "Populare săptămâna aceasta",
        "Cele mai citite săptămâna aceasta"],
    "morefrom": ["Mai multe de la {name}", "Mai multe din {section}", "Alte articole ale autorului",
        "Ultimele din {section}"],
    "inline_list_heads": ["Pe același subiect", "Citește și", "Ultimele din {section}",
        "Vezi și"],
    "more_link": ["Vezi mai multe", "Mai multe știri", "Vezi toate", "Toate știrile din {section} →"],
    "hl_prefix": ["LIVE: ", "VIDEO: ", "Opinie: ", "Analiză: ", "FOTO: "],
    "hl_comments": "{n} {de}comentarii",
    "newsletter": [["Abonează-te la newsletter", "Adresa ta de e-mail", "Abonează-mă"],
                   ["Primește newsletterul nostru", "Abonare"], ["Newsletter {site}", "E-mail", "Înscrie-te"],
        ["Cele mai bune articole, pe e-mail", "Abonează-te"]],
    "appeal": [
        "Îți mulțumim că citești {site}. Jurnalismul local costă, iar noi putem continua doar cu sprijinul cititorilor noștri.",
        "Acest articol este gratuit pentru că îi privește pe toți locuitorii din {town}. Susține-ne cu o contribuție lunară de la {price}.",
        "Ca abonat ai acces la toate articolele, la ediția digitală și la newslettere. Abonamentul poate fi anulat oricând, fără costuri suplimentare.",
        "Unul din patru cititori ai noștri este și abonat. Dacă vrei să ajuți jurnalismul local din {town} să continue, te poți alătura lor chiar de astăzi."],
    "appeal_btn": ["Susține-ne", "Abonează-te", "Donează"],
    "podcast": ["🎧 Ascultă podcastul nostru despre săptămâna din {town}, cu reporterii redacției. Episoade noi în fiecare vineri.",
                "Preferi să asculți? Găsești știrile zilei în podcastul nostru de dimineață, disponibil gratuit pe toate platformele.",
        "În fiecare luni, redacția de sport analizează meciurile din weekend în podcastul nostru, cu interviuri, comentarii și răspunsuri la întrebările ascultătorilor."],
    "app": ["Descarcă aplicația {site}", "Aplicația: App Store | Google Play",
            "Citește-ne în aplicație și primești alerte cu ultimele știri", "📱 Descarcă aplicația"],
    "follow": ["Urmărește-ne pe Facebook și Instagram", "Urmărește {site} pe rețelele sociale",
               "Ne găsești și pe Telegram: @{handle}",
        "Urmărește-ne și pe TikTok"],
    "feedback": ["Ți-a fost util acest articol?\nDa  Nu", "Ai găsit o greșeală? Anunță-ne.",
                 "Trimite-ne părerea ta despre articol",
        "Cum ți s-a părut articolul?\n👍  👎"],
    "tip": ["Trimite-ne ponturi la {phone} sau {email}.", "Știi mai multe despre acest subiect? Scrie-ne la {email}.",
            "Ai fotografii sau filmări? Trimite-le pe WhatsApp la {phone}.",
        "Ai un pont? Sună la redacție: {phone}."],
    "backtotop": ["Sus", "↑ Înapoi sus", "Înapoi la început",
        "Sus ↑"],
    "footer_links": ["Despre noi", "Contact", "Publicitate", "Cariere", "Politica de confidențialitate", "Politica cookies",
                     "Termeni și condiții", "Caseta redacțională", "ANPC", "Abonamente", "Arhivă", "RSS"],
    "footer_heads": ["Redacția", "Informații", "Urmărește-ne"],
    "social": ["Facebook", "Instagram", "X", "YouTube", "TikTok"],
    "editors": ["Redactor-șef: {ed}", "Director editorial: {ed}", "Redactor-șef: {ed} | Editor coordonator: {ed2}",
        "Redactor-șef adjunct: {ed2}"],
    "company_lines": ["{company}, CUI RO{cui}, J{jud}/{regn}/{regy}", "Nr. Reg. Com. J{jud}/{regn}/{regy}",
                      "{company} · {address}"],
    "address": "Str. {street} nr. {num}, {town}, cod poștal {postcode}",
    "streets": ["Florilor", "Morii", "Libertății", "Teilor", "Gării", "Unirii"],
    "copyright": ["© {yyyy} {site}. Toate drepturile rezervate.", "Copyright © {y0}-{yyyy} {company}",
                  "Reproducerea materialelor este permisă doar cu acordul redacției. © {site}", "© {site} {yyyy}"],
    "cms": ["Redacția Digitală"],
    "cookie_links": ["Setări cookie", "Preferințe cookie-uri", "Setări confidențialitate", "Gestionează consimțământul"],
    "cookie": ["Folosim cookie-uri\n{site} și cei {n} {de}parteneri ai noștri folosesc cookie-uri pentru a personaliza conținutul și reclamele și pentru a analiza traficul.\nAccept tot  |  Refuz  |  Opțiuni",
               "Acest site folosește cookie-uri. Continuând navigarea, îți exprimi acordul.\nOK\nDetalii",
               "Confidențialitatea ta contează\nAccept\nSetări",
        "Cookie-uri\nFolosim cookie-uri necesare pentru funcționarea site-ului și cookie-uri opționale pentru statistici și publicitate.\nAccept\nRefuz"],
    "emails": ["redactie", "stiri", "contact"],
    "emails_p": ["gdpr", "dpo"],
    "phone": "07{d2} {d3} {d3}",
}

# --------------------------------------------------------------------------------------
# Hungarian (town forms: name, adjective; names are written family name first)

L["hu"] = {
    "towns": [("Nyírfalva", "nyírfalvai"), ("Tölgyesd", "tölgyesdi"), ("Kőhegy", "kőhegyi"), ("Sáradvár", "sáradvári"),
              ("Fűzliget", "fűzligeti"), ("Malomszeg", "malomszegi"), ("Hársfalu", "hársfalui"), ("Kékpatak", "kékpataki")],
    "words": ["Hírvölgy", "Napfolyam", "Hírhíd", "Tájoló", "Hírmorzsa", "Délibáb Online"],
    "site_patterns": ["{Town2} Hírlap", "{Town2} Napló", "{town} Online", "{Town2} Hírek", "{Town2} Újság",
                      "{Town2} Krónika", "{word}"],
    "tlds": ["hu", "hu", "hu", "com"],
    "taglines": ["{town} és környéke hírei", "Független helyi lap", "A megye napilapja", "Hírek a közelből",
                 "Alapítva: {year}"],
    "company": ["{Town2} Lapkiadó Kft.", "{word} Média Zrt.", "{Town2} Médiaház Kft.", "Hírcsatorna {town} Kft."],
    "sections": {
        "business": ["Gazdaság", "Pénz", "Üzlet"],
        "entertainment": ["Kultúra", "Szórakozás", "Bulvár"],
        "politics": ["Belföld", "Politika", "Közélet"],
        "sport": ["Sport", "Sporthírek"],
        "tech": ["Tech", "Tudomány", "Technológia"],
    },
    "subs": {
        "business": ["Cégek", "Ingatlan", "Munka", "Energia"],
        "entertainment": ["Zene", "Film", "Könyv", "Színház", "TV"],
        "politics": ["Parlament", "Önkormányzat", "Választás", "Külföld"],
        "sport": ["Foci", "Kézilabda", "Tenisz", "Atlétika", "Vízilabda"],
        "tech": ["Mobil", "Játék", "Biztonság", "Internet"],
    },
    "extras": ["Hírek", "Helyi", "Vélemény", "Publicisztika", "Időjárás", "Videó", "Podcast", "Utazás", "Egészség",
               "Autó", "Ingatlan", "Gyászhírek", "Programok", "Nyomtatott lap"],
    "home": ["Címlap", "Főoldal"],
    "menu_word": ["Menü", "☰ Menü", "Rovatok"],
    "more": ["Továbbiak", "Több ▾", "Összes rovat"],
    "crumb_home": ["Címlap", "Főoldal"],
    "crumb_lead": [""],
    "skip": ["Ugrás a tartalomra", "Ugrás a fő tartalomhoz", "Navigáció átugrása"],
    "login": ["Belépés | Előfizetés", "Bejelentkezés  ·  Regisztráció", "Fiókom", "Előfizetés {price}/hó",
              "Belépés\nElőfizetés", "Támogass minket"],
    "prices": ["990 Ft", "1490 Ft", "2990 Ft", "490 Ft"],
    "first_f": ["Anna", "Csilla", "Eszter", "Judit", "Nóra", "Réka", "Zsófia", "Katalin"],
    "first_m": ["Bence", "Dániel", "Gergő", "Levente", "Péter", "Zoltán", "Tamás", "Ádám"],
    "last": ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"],
    "order": "lf",
    "pron": {"f": ("Ő", "ő"), "m": ("Ő", "ő")},
    "roles": ["újságíró", "hírszerkesztő", "sportújságíró", "kulturális újságíró", "belpolitikai újságíró",
              "fotóriporter", "gazdasági újságíró", "rovatvezető"],
    "beats": ["helyi közélet", "bűnügyek és bíróság", "gazdaság", "egészségügy", "közlekedés", "kultúra", "oktatás", "sport"],
    "bylines": ["{name}", "Szerző: {name}", "{name}, {role}", "{name} | {role}", "Írta: {name}", "{name} és {name2}",
                "Szöveg: {name}\nFotó: {name2}", "{name} ({site})"],
    "staff": ["{site}", "MTI", "Szerkesztőség", "Online szerkesztőség"],
    "months": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
               "október", "november", "december"],
    "mons": ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."],
    "days": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "dys": ["H", "K", "Sze", "Cs", "P", "Szo", "V"],
    "dates": ["{yyyy}. {Month} {d}. {HH}:{MM}", "{yyyy}.{mm}.{dd}. {HH}:{MM}", "{yyyy}. {Month} {d}., {Day}",
              "{yyyy}. {Mon} {d}.", "{yyyy}.{mm}.{dd}.", "{yyyy}. {Month} {d}. {Day} {HH}:{MM}"],
    "date_labels": ["Közzétéve: {date}", "Megjelent: {date}", "Frissítve: {date}", "Utolsó frissítés: {date}", "{date}",
                    "Közzétéve: {date}\nFrissítve: {ago}", "Létrehozva: {date} | Frissítve: {date2}"],
    "ago": [("{n} órája", 1, 23), ("{n} perce", 2, 59), ("{n} napja", 2, 6), ("tegnap", 0, 0)],
    "clock": ["{HH}:{MM}", "{H}:{MM}"],
    "today": ["{date}", "{date} | Digitális lap", "Ma: {date}",
        "{town}, {date}"],
    "readtime": ["Olvasási idő: {n} perc", "{n} perc olvasás", "⏱ {n} perc", "Kb. {n} perces olvasmány"],
    "listen": ["Hallgasd meg a cikket", "▶ Meghallgatom ({n} perc)", "A cikk felolvasva", "Cikk hangos változatban"],
    "credits": ["Fotó: {agency}", "Fotó: {name2}", "Fotó: {name2} / {agency}", "Forrás: {agency}", "Illusztráció: {agency}",
                "Archív fotó: {agency}"],
    "agencies": ["MTI", "{site}", "Getty Images", "Reuters", "AFP", "Shutterstock", "Facebook", "Olvasói fotó"],
    "captions": ["Archív felvétel.", "Illusztráció.", "{k} egy korábbi felvételen.", "A kép egy korábbi alkalommal készült."],
    "share_label": ["Megosztás", "Oszd meg", "Cikk megosztása",
        "Megosztás:"],
    "share_nets": ["Facebook", "X", "Messenger", "E-mail", "Link másolása", "Viber"],
    "share_on": "Megosztás: {net}",
    "share_count": "{n} megosztás",
    "save": ["Mentés", "Cikk mentése", "Elolvasom később", "🔖 Később olvasom"],
    "author_follow": ["Követem a szerzőt", "+ Követés", "{name} további cikkei",
        "A szerző összes cikke"],
    "weather": ["{town} {t}°C {cond}", "Időjárás – {town}: {t}°, {cond_l}", "{cond} {t}°",
        "Most: {t}° {cond_l}"],
    "conds": ["Gyenge eső", "Napos", "Borult", "Zápor", "Havazás", "Köd", "Részben felhős", "Havas eső"],
    "ticker_labels": ["FRISS", "Friss hírek", "ÉLŐ", "Rendkívüli", "Most"],
    "trending_label": ["Felkapott témák:", "Témák:", "Aktuális:",
        "Legkeresettebb:"],
    "topics": ["Rezsi", "Ingatlanpiac", "Önkormányzati választás", "Időjárás", "Közlekedés", "Nyugdíjak"],
    "notify": ["Szeretnél értesítést kapni a legfontosabb hírekről?\nEngedélyezem  |  Nem, köszönöm",
               "Kapcsold be az értesítéseket, és elsőként értesülsz a friss hírekről.\nIgen\nKésőbb",
        "Kapcsold be az értesítéseket, és elsőként olvashatod a legfontosabb híreket\nBekapcsolom",
        "🔔 Csak a valóban fontos hírekről küldünk értesítést\nIgen\nNem"],
    "kickers": ["Vélemény", "Elemzés", "Publicisztika", "Kritika", "Riport", "Interjú", "Exkluzív", "Friss"],
    "update_note": ["A cikk folyamatosan frissül.", "A cikket {HH}:{MM}-kor új információkkal frissítettük.",
                    "A cikket a megjelenése után kiegészítettük.", "Frissítés: a cikkbe bekerültek az érintettek reakciói."],
    "comment_count": ["{n} hozzászólás", "💬 {n}", "Hozzászólások ({n})", "Ugrás a hozzászólásokhoz ({n})"],
    "partner_label": ["Együttműködésben: {partner}", "Támogató: {partner}", "Szponzorált tartalom – {partner}",
                      "Hirdetés: {partner}"],
    "partners": ["Alföldi Energia Zrt.", "Hársfa Alapítvány", "Völgyi Takarék", "Tölgy Ingatlan Kft.", "Gyorsnet Kft."],
    "topics_p": ["klíma és energia", "lakhatás", "egészségügy", "oktatás", "közlekedés", "vidéki gazdaság"],
    "ad": ["Hirdetés", "HIRDETÉS", "Reklám", "– Hirdetés –", "Szponzorált tartalom", "Hirdetés · A cikk lent folytatódik"],
    "adnets": ["Hirdetéshálózat"],
    "continue": ["A cikk a hirdetés után folytatódik", "Lent folytatjuk", "Olvass tovább lent", "Folytatás ↓"],
    "readalso": ["Ezt is olvasd el: {h}", "OLVASD EL EZT IS: {h}", "Kapcsolódó\n{h}", "A témához: {h}", "Ajánljuk: {h}",
                 "ERRŐL IS ÍRTUNK\n{h}"],
    "nlbox": ["Hírlevél\nA nap legfontosabb hírei az e-mail-fiókodba\nFeliratkozom",
              "{site} reggel\nIngyenes hírlevél minden hétköznap 7 órakor\nE-mail-cím\nFeliratkozás",
              "Ne maradj le semmiről\nIratkozz fel hírlevelünkre",
              "📬 A hét legjobb cikkei\nMinden pénteken a postafiókodban.\nKérem"],
    "poll_label": ["SZAVAZÁS", "Mondd el a véleményed", "A nap kérdése",
        "A hét kérdése"],
    "poll_q": ["Egyetért a döntéssel?", "Meg kellene valósítani a terveket?", "Mi a véleménye a hírről?",
               "Érinti önt ez a változás?"],
    "poll_opts": [["Igen", "Nem", "Nem tudom"], ["Egyetértek", "Nem értek egyet", "Bizonytalan vagyok"],
                  ["Feltétlenül", "Talán", "Egyáltalán nem"]],
    "vote": ["Szavazok", "Elküldöm", "Eredmények",
        "Szavazat leadása"],
    "poll_meta": ["{n} szavazat", "Eddig {n} olvasó szavazott", "A szavazás nem reprezentatív.",
        "A szavazás éjfélkor zárul"],
    "video": ["Videó: {h}", "Nézd meg: {h}", "VIDEÓ: {h} ({m}:{ss})", "▶ Videó lejátszása ({m}:{ss})",
              "A teljes összeállítást lent nézheti meg", "Videó: {k} – amit tudni érdemes"],
    "sponsored": ["Szponzorált tartalom\n{adtitle}\n{adv}", "Támogatta: {adv}", "HIRDETÉS\n{adtitle}\nTovább",
                  "Fizetett tartalom · {adv}\n{adtitle}"],
    "adtitles": ["Így spórolnak a {town2} háztulajdonosok több tízezer forintot", "Ellenőrizze, nem fizet-e túl sokat az áramért",
                 "Így hozhat többet a megtakarítása", "Ez a kabát egy hét alatt elfogyott",
                 "A kedvenc nyaralóhely közelebb van, mint gondolná"],
    "advs": ["Alföldi Energia Zrt.", "Völgyi Takarék", "Gyorsnet Kft.", "Cipőház Kékpatak"],
    "embed": ["Ez a tartalom harmadik féltől származó sütik elfogadása nélkül nem jeleníthető meg.\nTartalom megjelenítése",
              "Külső videó. A megtekintéshez fogadja el a sütiket.", "Ezt a tartalmat külső szolgáltató biztosítja.",
        "A közösségi médiás tartalom csak hozzájárulásod után jelenik meg.\nMegjelenítés"],
    "sub_promo": ["Tetszett a cikk? Előfizetés már havi {price} áron.", "Ebben a hónapban még {n} ingyenes cikket olvashatsz el.",
                  "Korlátlan hozzáférés egy hónapig, mindössze {price} áron.",
                  "Ez a cikk előfizetőink támogatásának köszönhetően ingyenes."],
    "gallery": ["Galéria: {n} fotó", "Mind a(z) {n} kép megtekintése", "📷 {n}", "1 / {n}"],
    "tags": ["Címkék: {list}", "Témák\n{lines}", "Továbbiak a témában: {list_dot}", "{hashes}", "Kulcsszavak: {list}"],
    "topic_follow": ["Téma követése: {k}", "+ Követem: {k}",
        "Értesítést kérek a(z) {k} témában",
        "{k} · Követés"],
    "consent": [
        "Feliratkozásoddal hozzájárulsz ahhoz, hogy hírleveleket küldjünk neked e-mailben. A leiratkozás bármikor lehetséges az üzenetek alján található linkre kattintva.",
        "E-mail-címedet kizárólag a választott hírlevelek küldésére használjuk. Adatkezelési tájékoztatónkban elolvashatod, hogyan tároljuk és védjük az adataidat.",
        "Személyes adataidat a kiadó a hatályos adatvédelmi jogszabályoknak megfelelően kezeli. Adataidat soha nem adjuk el harmadik félnek.",
        "A feliratkozáshoz be kell töltened a 16. életévedet. Hozzájárulásodat bármikor visszavonhatod, ekkor címedet töröljük a listáinkról."],
    "privacy": [
        "Az oldalon gyűjtött személyes adatok kezelője a kiadó, {company}. Jogaidról részletesen adatkezelési tájékoztatónkban olvashatsz.",
        "Mi és partnereink sütiket használunk a tartalmak személyre szabásához, a forgalom méréséhez és releváns hirdetések megjelenítéséhez. Döntésedet bármikor módosíthatod az adatvédelmi beállításokban.",
        "A cikkben található egyes linkek partnerlinkek, így vásárlás esetén jutalékot kaphatunk. Ez semmilyen módon nem befolyásolja szerkesztőségi döntéseinket.",
        "Jogod van másolatot kérni a rólad tárolt adatokról. Kérésedet adatvédelmi tisztviselőnknek küldheted el a(z) {email_p} címre."],
    "partnership": [
        "Ez a cikk a(z) {partner} támogatásával készült, egy {topic} témájú sorozat részeként. A támogató semmilyen módon nem befolyásolta a cikk tartalmát.",
        "Cikksorozatunk {topic} témában pályázati támogatással valósul meg. Minden szerkesztői döntést kizárólag a szerkesztőség hoz meg.",
        "Lapunk partnerségben dolgozik a következő szervezettel: {partner}. A partner anyagilag támogatja a helyi újságírást, de a tartalomba nem szól bele.",
        "Ez a cikksorozat a helyi médiának szóló támogatási programból valósul meg. A támogató a cikkeket megjelenés előtt nem látta, és azok tartalmát nem befolyásolhatja."],
    "standards": [
        "Szerkesztőségünk az újságírói etikai kódex szerint dolgozik. Ha hibát találsz a cikkben, írj nekünk a(z) {email} címre.",
        "Arra törekszünk, hogy minden, amit közlünk, pontos és kiegyensúlyozott legyen. A cikkeinkben bírált személyek a megjelenés előtt mindig lehetőséget kapnak a válaszra.",
        "Szerkesztőségi tartalomért nem fogadunk el pénzt. A fizetett tartalmakat mindig egyértelműen jelöljük, a hirdetők nem befolyásolják munkánkat.",
        "Helyreigazítási kérelmeket a(z) {email} címen fogadunk. Jogos kérés esetén a helyreigazítást a cikk végén tesszük közzé."],
    "correction": [
        "Helyesbítés: a cikk korábbi változatában tévesen szerepelt az ülés dátuma. Az adatot javítottuk, és elnézést kérünk olvasóinktól.",
        "A cikket {dshort} módosítottuk, mert a negyedik bekezdésben hibás szám szerepelt. Elnézést kérünk a tévedésért.",
        "Pontosítás: a cikket frissítettük, hogy egyértelmű legyen, a nyilatkozatok egy nyilvános testületi ülésen hangzottak el, és nem írásos közleményben.",
        "A cikk korábbi változatában az egyik megszólaló beosztása hibásan szerepelt. A hibát {dshort} javítottuk."],
    "syndication": [
        "A cikk eredetileg a(z) {partner_site} oldalon jelent meg, a két lap közötti tartalommegosztási megállapodás alapján, engedéllyel közöljük újra.",
        "Forrás: {agency}. A hírt szerkesztőségünk dolgozta fel, rövidítette és egészítette ki helyi információkkal és háttéranyaggal a megjelenés előtt.",
        "A(z) {agency} anyagai szerzői jogi védelem alatt állnak, írásos engedély nélkül nem közölhetők újra és nem terjeszthetők.",
        "A cikk a(z) {agency} hírügynökség és helyi tudósítóink anyagai alapján készült, a szöveget online szerkesztőségünk ügyeletes munkatársa állította össze."],
    "about": [
        "{site}: független helyi lap {town} és környéke híreivel. Működésünket olvasóink, előfizetőink és hirdetőink támogatják.",
        "Alapítás éve: {year}. Szerkesztőségünkben ma {n} munkatárs dolgozik, és naponta közlünk híreket, sportot és kulturális anyagokat.",
        "Kis szerkesztőség vagyunk, amely hisz abban, hogy a jó helyi újságírás erősebbé teszi a közösséget. Köszönjük, hogy minket olvasol.",
        "Szerkesztőségünk {town} központjában található. Hétköznap délelőttönként várjuk olvasóinkat hírtippekkel, olvasói levelekkel és közösségi programok bejelentésével."],
    "bio": [
        "{name} {role}, fő területe: {beat}. {joined} óta dolgozik a szerkesztőségben, korábban regionális lapoknál és rádiónál tudósított.",
        "{name} több mint tíz éve ír a következő témáról: {beat}. Elérhetősége: {email}, hírtippeket is szívesen fogad.",
        "{name} {town} szülötte, aki évekig fővárosi lapoknál és egy országos rádiónál dolgozott. Hazatérése óta fő területe: {beat}.",
        "{name} {joined} óta dolgozik lapunknál, fő területe: {beat}. Emellett ő vezeti a szerkesztőség heti podcastját is, amely minden platformon elérhető."],
    "comment_head": ["Hozzászólások", "Vélemények", "Szólj hozzá!", "Mit gondolsz?", "Hozzászólások ({n})",
                     "{n} hozzászólás", "Csatlakozz a beszélgetéshez"],
    "count_line": ["{n} válasz", "{n} hozzászólás", "{m} / {n} hozzászólás megjelenítve",
        "Hozzászólások: {n}"],
    "posted_by": ["{user} írta {clock}-kor", "Beküldte: {user}, {date}",
        "Beküldve: {date}, {user}",
        "{user} · {clock}"],
    "wrote": ["{user} írta:",
        "{user}:",
        "{user} szerint:"],
    "said_on": ["{user} – {date}",
        "{user}, {date}:",
        "{user} hozzászólása, {date}:"],
    "replied": ["↳ {user} → {user2}", "Válasz neki: {user2}",
        "Válasz: {user2}",
        "@{user2}"],
    "actions": ["Válasz", "Válasz · Tetszik · Jelentés", "Válasz | Jelentem", "👍 {n}", "Tetszik ({n})"],
    "comment_form": ["Szólj hozzá\nNév\nE-mail-cím (nem jelenik meg)\nKüldés", "A hozzászóláshoz jelentkezz be",
                     "A hozzászólások moderálás után jelennek meg.", "A cikkhez már nem lehet hozzászólni."],
    "comment_rules": ["Kulturált és tárgyszerű vitát szeretnénk. Maradj a témánál, tiszteld a többi hozzászólót, és ne tegyél közzé személyes adatokat.",
        "A hozzászólások a szerzőik véleményét tükrözik, nem a szerkesztőségét. A házirendünket megsértő bejegyzéseket előzetes figyelmeztetés nélkül töröljük az oldalról."],
    "sort": ["Rendezés: Legújabb | Legrégebbi | Legnépszerűbb", "Legújabbak elöl",
        "Rendezés: Legújabb",
        "Legrégebbiek elöl"],
    "more_comments": ["További hozzászólások betöltése", "Több mutatása", "Mind a(z) {n} hozzászólás megtekintése",
        "Összes hozzászólás"],
    "no_comments": ["Még nincs hozzászólás. Légy te az első!"],
    "user_adj": ["Öreg", "Helyi", "Őszinte", "Fáradt", "Kíváncsi"],
    "user_noun": ["olvasó", "adófizető", "lakos", "ingázó", "szomszéd"],
    "c_gen": [
        "Több mint harminc éve élek itt, de ilyet még soha nem láttam.",
        "Jó, hogy végre valaki rendesen megírja ezt, nem csak pletykák terjednek a közösségi oldalakon.",
        "Úgy tűnik, senki sem kérdezte meg az érintetteket, mit szeretnének valójában.",
        "Kíváncsi vagyok, ki fogja mindezt végül kifizetni.",
        "Ez már régóta benne volt a levegőben, és minden érintett tudta.",
        "Köszönöm, hogy írtok erről, a téma túl kevés figyelmet kap.",
        "A cím kicsit félrevezető, de maga a cikk korrekt.",
        "Ugyanaz a régi történet, nagy ígéretek, amelyeket egy év múlva mindenki elfelejt.",
        "Nem hiszem, hogy ez bármit is változtat az átlagos családok életén.",
        "Kívülről könnyű kritizálni, de ez a munka biztosan nehezebb, mint amilyennek látszik.",
        "Jó cikk, bár a másik fél véleménye is több teret érdemelt volna.",
        "Éppen ezért van szükség több helyi újságírásra, nem kevesebbre.",
        "Remélem, az év végéig sikerül rendezni a helyzetet.",
        "A cikkben leírtak többségével egyetértek."],
    "c_key": [
        "Évek óta követem, mi történik {k} ügyében, így ez egyáltalán nem lep meg.",
        "Bárhogy is vélekedünk {k} kapcsán, ezt rosszul kezelték.",
        "{k} kapcsán még rengeteg kérdés megválaszolatlan.",
        "Mindenki {k} kapcsán nyilatkozik, de a költségekről senki sem beszél.",
        "Ha {k} tényleg meg akarná oldani ezt, már rég megtörtént volna.",
        "{k} ügyében szerintem igazságtalan ez a kritika."],
    "related_heads": ["Kapcsolódó cikkek", "Ezt is olvasd el", "A témához", "További hírek: {section}", "Ajánljuk"],
    "mostread_heads": ["Legolvasottabb", "Legolvasottabb most", "Népszerű", "Toplista"],
    "latest_heads": ["Friss hírek", "Legfrissebb", "Most történt",
        "Legfrissebb hírek",
        "Friss a rovatból"],
    "rec_heads": ["A szerkesztőség ajánlja", "Ne hagyd ki", "Válogatás", "Ez is érdekelhet"],
    "stack_heads": ["Legtöbbet megosztott", "Legtöbb hozzászólás", "A hét legnépszerűbb cikkei",
        "Legtöbbet olvasott ma"],
    "morefrom": ["{name} további cikkei", "További hírek: {section}", "A szerző további írásai",
        "Friss: {section}"],
    "inline_list_heads": ["A témához", "Kapcsolódó", "Friss: {section}",
        "Ezt is olvasd el"],
    "more_link": ["Továbbiak", "További hírek", "Összes", "Összes hír →"],
    "hl_prefix": ["Élő: ", "Videó: ", "Vélemény: ", "Elemzés: ", "Galéria: "],
    "hl_comments": "{n} hozzászólás",
    "newsletter": [["Iratkozz fel hírlevelünkre", "E-mail-címed", "Feliratkozom"], ["Kérd a hírlevelünket", "Feliratkozás"],
                   ["{site} hírlevél", "E-mail", "Regisztráció"],
        ["A legjobb cikkeink e-mailben", "Feliratkozom"]],
    "appeal": [
        "Köszönjük, hogy minket olvasol. A helyi újságírás pénzbe kerül, és csak olvasóink támogatásával tudjuk folytatni a munkát.",
        "Ez a cikk mindenki számára ingyenes, mert {town} és környéke minden lakóját érinti. Támogass minket havi {price} összeggel.",
        "Előfizetőként korlátlanul hozzáférsz minden cikkhez, a digitális laphoz és valamennyi hírlevelünkhöz is. Az előfizetés bármikor, további költségek nélkül lemondható.",
        "Minden negyedik olvasónk előfizető is. Ha szeretnéd, hogy a helyi újságírás a térségben is fennmaradjon, csatlakozz hozzájuk még ma, akár havi {price} összeggel."],
    "appeal_btn": ["Támogatom", "Előfizetek", "Adományozok"],
    "podcast": ["🎧 Hallgasd meg heti podcastunkat {town} és környéke híreiről, újságíróink közreműködésével. Új epizód minden pénteken.",
                "Inkább hallgatnád, mint olvasnád? A nap legfontosabb hírei a reggeli podcastunkban is elérhetők, ingyenesen, minden népszerű platformon, már reggel hat órától.",
        "Sportrovatunk minden hétfőn podcastban értékeli a hétvégi mérkőzéseket, interjúkkal, elemzésekkel és a hallgatók kérdéseire adott válaszokkal, teljesen ingyenesen."],
    "app": ["Töltsd le az alkalmazásunkat", "Alkalmazás: App Store | Google Play",
            "Olvass minket az alkalmazásban, és értesítést kapsz a friss hírekről", "📱 Mobilalkalmazás"],
    "follow": ["Kövess minket a Facebookon és az Instagramon", "Kövess minket a közösségi oldalakon", "Követés: @{handle}",
        "Kövess minket TikTokon is"],
    "feedback": ["Hasznos volt a cikk?\nIgen  Nem", "Hibát találtál? Jelezd nekünk.", "Véleményezd a cikket",
        "Hogy tetszett a cikk?\n👍  👎"],
    "tip": ["Hírtipped van? Hívj minket: {phone}, vagy írj: {email}.", "Többet tudsz az ügyről? Írj nekünk: {email}.",
            "Fotód vagy videód van? Küldd el: {phone}.",
        "Hírtipped van? Hívd az ügyeletes szerkesztőt: {phone}."],
    "backtotop": ["Vissza a tetejére", "↑ Fel", "Oldal teteje",
        "Fel ↑"],
    "footer_links": ["Impresszum", "Kapcsolat", "Médiaajánlat", "Karrier", "Adatvédelem", "Sütik", "ÁSZF",
                     "Akadálymentesség", "Előfizetés", "Ügyfélszolgálat", "Archívum", "RSS"],
    "footer_heads": ["Rólunk", "Ügyfélszolgálat", "Kövess minket"],
    "social": ["Facebook", "Instagram", "YouTube", "TikTok"],
    "editors": ["Főszerkesztő: {ed}", "Felelős kiadó: {ed}", "Főszerkesztő: {ed} | Felelős szerkesztő: {ed2}",
        "Lapigazgató: {ed2}"],
    "company_lines": ["Kiadja: {company}", "Cégjegyzékszám: {cg}", "Adószám: {adosz}", "{company} · Cg. {cg}",
                      "Kiadja: {company}, {address}"],
    "address": "{postcode} {town}, {street} {num}.",
    "streets": ["Fő utca", "Malom utca", "Templom tér", "Arany János utca", "Vasút utca", "Piac tér"],
    "copyright": ["© {yyyy} {company}. Minden jog fenntartva.", "Copyright © {y0}–{yyyy} {site}",
                  "A tartalmak engedély nélküli felhasználása tilos. © {company}", "© {site} {yyyy}"],
    "cms": ["Lapmotor"],
    "cookie_links": ["Sütibeállítások", "Adatvédelmi beállítások", "Süti-nyilatkozat", "Hozzájárulás kezelése"],
    "cookie": ["Sütiket használunk\nMi és {n} partnerünk sütiket használunk a tartalmak és hirdetések személyre szabására, valamint a forgalom elemzésére.\nElfogadom  |  Elutasítom  |  Beállítások",
               "Ez a weboldal sütiket használ. A böngészés folytatásával elfogadod ezt.\nOK\nRészletek",
               "Fontos számunkra az adatvédelem\nElfogadom\nBeállítások",
        "Sütik\nA weboldal működéséhez szükséges, valamint statisztikai és hirdetési célú sütiket használunk.\nElfogadom\nElutasítom"],
    "emails": ["szerkesztoseg", "hirek", "info"],
    "emails_p": ["adatvedelem"],
    "phone": "+36 {d2} {d3} {d4}",
}

# --------------------------------------------------------------------------------------
# Turkish

L["tr"] = {
    "towns": [(x, x) for x in ["Yeşilyaka", "Kuzeytepe", "Akdereli", "Göltaşı", "Ilıcaköy", "Yaylabaşı", "Serinova",
                               "Çınarlık", "Karaburç"]],
    "words": ["Gündem Aynası", "Haberhattı", "Sonsöz", "Yerel Bakış", "Manşet Meydanı", "Günışığı Haber"],
    "site_patterns": ["{town} Haber", "{town} Gazetesi", "{town} Postası", "Haber {town}", "{town} Manşet",
                      "{town} Ekspres", "Yeni {town}", "{word}"],
    "tlds": ["com.tr", "com", "net", "com.tr"],
    "taglines": ["Kuruluş: {year}", "Bağımsız yerel gazete", "{town} ve çevresinin sesi", "Haberin doğru adresi",
                 "Tarafsız, hızlı, yerel"],
    "company": ["{town} Medya Yayıncılık A.Ş.", "{word} Basın Yayın Ltd. Şti.", "{town} Gazetecilik A.Ş.",
                "Yerel Medya {town} Ltd. Şti."],
    "sections": {
        "business": ["Ekonomi", "Piyasalar", "İş Dünyası"],
        "entertainment": ["Kültür-Sanat", "Magazin", "Yaşam"],
        "politics": ["Politika", "Gündem", "Siyaset"],
        "sport": ["Spor", "Spor Haberleri"],
        "tech": ["Teknoloji", "Bilim-Teknoloji"],
    },
    "subs": {
        "business": ["Şirketler", "Emlak", "İstihdam", "Enerji"],
        "entertainment": ["Müzik", "Sinema", "Kitap", "Tiyatro", "Televizyon"],
        "politics": ["Meclis", "Yerel Yönetim", "Seçim", "Dünya"],
        "sport": ["Futbol", "Basketbol", "Voleybol", "Tenis", "Atletizm"],
        "tech": ["Mobil", "Oyun", "Siber Güvenlik", "İnternet"],
    },
    "extras": ["Haberler", "Yerel", "Yazarlar", "Köşe Yazıları", "Hava Durumu", "Video", "Foto Galeri", "Seyahat",
               "Sağlık", "Otomobil", "Emlak", "Vefat", "Namaz Vakitleri", "E-Gazete", "Burçlar"],
    "home": ["Ana Sayfa", "Anasayfa"],
    "menu_word": ["Menü", "☰ Menü", "Kategoriler"],
    "more": ["Daha Fazla", "Tümü ▾", "Tüm Kategoriler"],
    "crumb_home": ["Ana Sayfa", "Anasayfa"],
    "crumb_lead": [""],
    "skip": ["İçeriğe geç", "Ana içeriğe atla", "Menüyü geç"],
    "login": ["Giriş Yap | Abone Ol", "Giriş  ·  Üye Ol", "Hesabım", "Aylık {price} ile abone ol", "Giriş Yap\nKayıt Ol",
              "Bize destek ol"],
    "prices": ["49 TL", "99,90 TL", "29 TL", "149 TL"],
    "first_f": ["Ayşe", "Ceren", "Elif", "Gizem", "Merve", "Selin", "Zeynep", "Derya"],
    "first_m": ["Burak", "Emre", "Hakan", "Murat", "Tolga", "Serkan", "Oğuz", "Kerem"],
    "last": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aslan"],
    "order": "fl",
    "pron": {"f": ("O", "o"), "m": ("O", "o")},
    "roles": ["muhabir", "haber editörü", "spor muhabiri", "kültür-sanat muhabiri", "siyaset editörü", "foto muhabiri",
              "ekonomi muhabiri", "köşe yazarı"],
    "beats": ["yerel yönetim", "adliye", "ekonomi", "sağlık", "ulaşım", "kültür-sanat", "eğitim", "spor"],
    "bylines": ["{name}", "Haber: {name}", "{name} - {role}", "{name} | {town}", "Yazan: {name}", "{name} / {site}",
                "Muhabir: {name}", "Haber: {name}\nFotoğraf: {name2}", "{NAME}"],
    "staff": ["{site}", "Haber Merkezi", "İnternet Haber Merkezi", "Ajanslar"],
    "months": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "mons": ["Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"],
    "days": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "dys": ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    "dates": ["{d} {Month} {yyyy} {HH}:{MM}", "{dd}.{mm}.{yyyy} - {HH}:{MM}", "{d} {Month} {yyyy}, {Day}", "{dd}.{mm}.{yyyy}",
              "{d} {Mon} {yyyy}", "{dd} {Month} {yyyy} {Day} {HH}:{MM}"],
    "date_labels": ["Yayınlanma: {date}", "Giriş: {date}", "Güncelleme: {date}", "Son güncelleme: {date}", "{date}",
                    "Giriş: {date} | Güncelleme: {date2}", "Oluşturulma: {date}\nGüncelleme: {date2}"],
    "ago": [("{n} saat önce", 1, 23), ("{n} dakika önce", 2, 59), ("{n} gün önce", 2, 6), ("dün", 0, 0),
            ("{n} sa önce", 1, 23)],
    "clock": ["{HH}:{MM}", "{HH}.{MM}"],
    "today": ["{date}", "{date} | E-Gazete", "Bugün: {date}",
        "{town}, {date}"],
    "readtime": ["Okuma süresi: {n} dakika", "{n} dk okuma", "⏱ {n} dk", "Tahmini okuma süresi {n} dakika"],
    "listen": ["Haberi dinle", "▶ Dinle ({n} dk)", "Sesli dinle", "Bu haberi sesli dinleyin"],
    "credits": ["Fotoğraf: {agency}", "Foto: {name2}", "Fotoğraf: {name2} / {agency}", "Kaynak: {agency}",
                "Arşiv fotoğrafı: {agency}", "Görsel: {agency}"],
    "agencies": ["AA", "DHA", "İHA", "{site}", "Reuters", "AFP", "Shutterstock", "Sosyal medya"],
    "captions": ["Arşiv fotoğrafı.", "Temsili fotoğraf.", "{k}, daha önce çekilmiş bir fotoğrafta.",
                 "Fotoğraf farklı bir tarihte çekilmiştir."],
    "share_label": ["Paylaş", "Haberi paylaş", "Paylaş:",
        "Paylaşın"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Telegram", "E-posta", "Bağlantıyı kopyala", "LinkedIn"],
    "share_on": "Paylaş: {net}",
    "share_count": "{n} paylaşım",
    "save": ["Kaydet", "Haberi kaydet", "Sonra oku", "🔖 Listeme ekle"],
    "author_follow": ["Yazarı takip et", "+ Takip et", "Tüm haberleri: {name}",
        "Muhabirin tüm haberleri"],
    "weather": ["{town} {t}°C {cond}", "Hava durumu: {town} {t}°, {cond_l}", "{cond} {t}°",
        "Şu an: {t}° {cond_l}"],
    "conds": ["Hafif yağmurlu", "Güneşli", "Kapalı", "Sağanak yağışlı", "Karlı", "Sisli", "Parçalı bulutlu",
              "Karla karışık yağmur"],
    "ticker_labels": ["SON DAKİKA", "Son dakika", "CANLI", "Flaş", "Şimdi"],
    "trending_label": ["Gündemdekiler:", "Popüler konular:", "Etiketler:",
        "En çok arananlar:"],
    "topics": ["Elektrik zammı", "Konut piyasası", "Yerel seçim", "Hava durumu", "Trafik", "Emekli maaşı"],
    "notify": ["Son dakika haberlerinden anında haberdar olmak ister misiniz?\nİzin ver  |  Hayır, teşekkürler",
               "Bildirimleri açın, gelişmeleri ilk siz öğrenin.\nEvet\nDaha sonra",
        "Bildirimleri açın, önemli haberleri ilk siz öğrenin\nAç",
        "🔔 Yalnızca gerçekten önemli haberler için bildirim gönderiyoruz\nEvet\nHayır"],
    "kickers": ["Yorum", "Analiz", "Köşe Yazısı", "Eleştiri", "Röportaj", "Özel Haber", "Son Dakika", "Dosya"],
    "update_note": ["Haber güncelleniyor.", "Bu haber saat {HH}:{MM} itibarıyla yeni bilgilerle güncellendi.",
                    "Haber yayımlandıktan sonra yeni bilgilerle genişletildi.",
                    "Güncelleme: habere tarafların açıklamaları eklendi."],
    "comment_count": ["{n} yorum", "💬 {n}", "Yorumlar ({n})", "Yorumlara git ({n})"],
    "partner_label": ["{partner} iş birliğiyle", "Destekleyen: {partner}", "Sponsorlu içerik: {partner}", "Reklam: {partner}"],
    "partners": ["Kuzey Enerji A.Ş.", "Çınar Vakfı", "Yayla Bankası", "Göl Gayrimenkul", "Hızlınet İletişim"],
    "topics_p": ["iklim ve enerji", "konut", "halk sağlığı", "eğitim", "ulaşım", "kırsal ekonomi"],
    "ad": ["Reklam", "REKLAM", "Sponsorlu", "– Reklam –", "Reklam alanı", "Reklam · Haberin devamı aşağıda"],
    "adnets": ["Reklam Ağı"],
    "continue": ["Haberin devamı aşağıda", "Haberin devamı reklamdan sonra", "Okumaya devam edin", "Devamı ↓"],
    "readalso": ["İlginizi çekebilir: {h}", "BUNU DA OKUYUN: {h}", "İlgili haber\n{h}", "Konuyla ilgili: {h}", "Önerilen: {h}",
                 "OKUMADAN GEÇMEYİN\n{h}"],
    "nlbox": ["Bülten\nGünün en önemli haberleri e-posta kutunuzda\nAbone ol",
              "{site} Sabah Bülteni\nHer hafta içi saat 07.00'de ücretsiz\nE-posta adresiniz\nKaydol",
              "Hiçbir gelişmeyi kaçırmayın\nE-bültenimize abone olun",
              "📬 Haftanın en iyileri\nHer cuma e-posta kutunuzda.\nEvet, istiyorum"],
    "poll_label": ["ANKET", "Siz ne düşünüyorsunuz?", "Günün sorusu",
        "Haftanın sorusu"],
    "poll_q": ["Bu karara katılıyor musunuz?", "Planlar hayata geçirilmeli mi?", "Bu konu hakkında ne düşünüyorsunuz?",
               "Bu değişiklik sizi etkileyecek mi?"],
    "poll_opts": [["Evet", "Hayır", "Fikrim yok"], ["Katılıyorum", "Katılmıyorum", "Kararsızım"],
                  ["Kesinlikle", "Belki", "Hiç değil"]],
    "vote": ["Oy ver", "Gönder", "Sonuçları gör",
        "Oyunu kullan"],
    "poll_meta": ["{n} oy", "Şu ana kadar {n} kişi oy kullandı", "Anket bilimsel değildir.",
        "Anket gece yarısı sona erer"],
    "video": ["Video: {h}", "İzleyin: {h}", "VİDEO: {h} ({m}:{ss})", "▶ Videoyu oynat ({m}:{ss})", "Haberin videosu aşağıda",
              "Video: {k} hakkında bilmeniz gerekenler"],
    "sponsored": ["Sponsorlu içerik\n{adtitle}\n{adv}", "Destekleyen: {adv}", "REKLAM\n{adtitle}\nDaha fazla bilgi",
                  "Reklam · {adv}\n{adtitle}"],
    "adtitles": ["Ev sahipleri bu yöntemle faturadan tasarruf ediyor", "Elektriğe fazla ödeyip ödemediğinizi kontrol edin",
                 "Birikimlerinizi değerlendirmenin yeni yolu", "Bu mont bir haftada tükendi",
                 "Tatilcilerin yeni gözdesi sandığınızdan daha yakın"],
    "advs": ["Kuzey Enerji A.Ş.", "Yayla Bankası", "Hızlınet İletişim", "Çınar Ayakkabı"],
    "embed": ["Bu içerik, üçüncü taraf çerezlerine izin vermeden görüntülenemez.\nİçeriği göster",
              "Harici video. İzlemek için çerezleri kabul edin.", "Bu içerik harici bir platform tarafından sağlanmaktadır.",
        "Sosyal medya içeriği, onay vermeden görüntülenmez.\nİçeriği yükle"],
    "sub_promo": ["Haberi beğendiniz mi? Aylık {price} ile abone olun.", "Bu ay {n} ücretsiz haber hakkınız kaldı.",
                  "{site} içeriklerine bir ay boyunca sınırsız erişim sadece {price}.",
                  "Bu haber abonelerimizin desteğiyle herkese açıktır."],
    "gallery": ["Foto galeri: {n} fotoğraf", "Tüm fotoğrafları gör ({n})", "📷 {n}", "1 / {n}"],
    "tags": ["Etiketler: {list}", "Konular\n{lines}", "İlgili konular: {list_dot}", "{hashes}", "Anahtar kelimeler: {list}"],
    "topic_follow": ["{k} konusunu takip et", "+ Takip et: {k}",
        "{k} ile ilgili yeni haberlerden haberdar olun",
        "{k} · Takip et"],
    "consent": [
        "Abone olarak {site} tarafından size e-posta ile bülten gönderilmesini kabul etmiş olursunuz. Aboneliğinizi her e-postanın altındaki bağlantıdan dilediğiniz zaman iptal edebilirsiniz.",
        "E-posta adresiniz yalnızca seçtiğiniz bültenleri göndermek için kullanılır. Verilerinizin nasıl saklandığını öğrenmek için gizlilik politikamızı inceleyin.",
        "Kişisel verileriniz 6698 sayılı Kişisel Verilerin Korunması Kanunu kapsamında {company} tarafından işlenmektedir. Verileriniz hiçbir şekilde üçüncü kişilere satılmaz.",
        "Abone olabilmek için 16 yaşından büyük olmanız gerekir. Onayınızı dilediğiniz an geri çekebilirsiniz; bu durumda adresiniz listelerimizden silinir."],
    "privacy": [
        "Bu sitede toplanan kişisel verilerin veri sorumlusu {company} şirketidir. Haklarınıza ilişkin ayrıntılı bilgiyi KVKK aydınlatma metnimizde bulabilirsiniz.",
        "Biz ve iş ortaklarımız içeriği kişiselleştirmek, trafiği ölçmek ve ilgili reklamlar göstermek için çerezler kullanıyoruz. Tercihlerinizi Gizlilik Ayarları bölümünden değiştirebilirsiniz.",
        "Bu haberdeki bazı bağlantılar satış ortaklığı bağlantısıdır ve alışveriş yapmanız durumunda {site} komisyon alabilir. Bu durum yayın politikamızı etkilemez.",
        "Hakkınızda tuttuğumuz verilerin bir kopyasını talep etme, bu verilerin düzeltilmesini ya da silinmesini isteme hakkına sahipsiniz. Başvurunuzu {email_p} adresine iletebilirsiniz."],
    "partnership": [
        "Bu haber, {site} ile {partner} arasındaki iş birliği kapsamında hazırlanmıştır. İş birliği, {topic} alanındaki yerel gazeteciliği desteklemektedir ve içeriğe müdahale edilmemiştir.",
        "Bu içerik, {topic} konulu dizi haberlerimiz kapsamında {partner} desteğiyle üretilmiştir. Tüm editoryal kararlar yayın kurulumuza aittir.",
        "{site}, bölgede {topic} konusundaki haberler için {partner} ile birlikte çalışmaktadır. Haberlerin içeriğine yalnızca editörlerimiz karar verir.",
        "Bu haber dizisi, yerel medyaya yönelik bir destek programı kapsamında finanse edilmektedir. Destek veren kurum haberleri yayından önce görmemiştir ve içeriklerine müdahale edemez."],
    "standards": [
        "Gazetemiz Basın Meslek İlkelerine uymayı taahhüt eder. Bu haberde bir hata fark ettiyseniz bize {email} adresinden ulaşabilirsiniz.",
        "Yayımladığımız her içeriğin doğru ve dengeli olması için çalışıyoruz. Haberlerimizde eleştirilen kişilere yayından önce mutlaka yanıt hakkı tanınır.",
        "Haber içerikleri için ücret kabul etmiyoruz. Reklam ve sponsorlu içerikler her zaman açıkça belirtilir; reklamverenler yayın politikamızı etkilemez.",
        "Yayımlanan haberlerle ilgili düzeltme ve cevap taleplerinizi {email} adresine iletebilirsiniz. Talepler yasal süre içinde değerlendirilir."],
    "correction": [
        "Düzeltme: Haberin önceki sürümünde toplantı tarihi yanlış verilmişti. Hatayı fark eden okurumuza teşekkür ederiz; bilgi düzeltilmiştir, tüm okurlarımızdan özür dileriz.",
        "Bu haber {dshort} tarihinde, dördüncü paragraftaki hatalı bir rakamı düzeltmek amacıyla güncellenmiştir. Hata için özür dileriz.",
        "Açıklama: Haber, söz konusu açıklamaların yazılı bir bildiriyle değil, herkese açık bir meclis toplantısında yapıldığını netleştirmek amacıyla güncellenmiştir.",
        "Haberin önceki sürümünde görüşlerine yer verilen bir kişinin unvanı hatalı yazılmıştı. Hata {dshort} tarihinde düzeltildi."],
    "syndication": [
        "Bu haber ilk olarak {partner_site} sitesinde yayımlanmış olup iki yayın kuruluşu arasındaki içerik ortaklığı kapsamında izinle yeniden yayımlanmaktadır.",
        "Kaynak: {agency}. Haber, internet haber merkezimiz tarafından kısaltılarak düzenlenmiş, yerel bilgiler ve arka plan notlarıyla genişletilerek yayımlanmıştır.",
        "{agency} tarafından servis edilen haber, fotoğraf ve videolar telif hakkıyla korunmaktadır; yazılı izin alınmadan kısmen ya da tamamen yayımlanamaz, çoğaltılamaz.",
        "Bu haber, {agency} ajansının servis ettiği bilgiler ve yerel muhabirlerimizin sahadan aktardıklarıyla internet haber merkezimiz tarafından hazırlanmıştır."],
    "about": [
        "{site}, {town} ve çevresinin haberlerini veren bağımsız bir yerel gazetedir. Okurlarımız, abonelerimiz ve reklamverenlerimiz sayesinde yayın hayatımızı sürdürüyoruz.",
        "Kuruluş yılımız {year}. Bugün haber merkezimizde {n} gazeteci çalışıyor ve her gün haber, spor ve kültür-sanat içerikleri yayımlıyoruz.",
        "İyi yerel gazeteciliğin toplumu güçlendirdiğine ve yerel yönetimleri daha şeffaf kıldığına inanan küçük bir ekibiz. Bizi okuduğunuz ve desteklediğiniz için teşekkür ederiz.",
        "Haber merkezimiz {town} şehir merkezindedir. Hafta içi her sabah okurlarımızı haber ihbarları, okur mektupları ve etkinlik duyurularıyla bekliyoruz."],
    "bio": [
        "{name}, {site} bünyesinde {role} olarak çalışıyor. {joined} yılından bu yana ağırlıklı olarak {beat} alanında haberler yazıyor.",
        "{name} on yılı aşkın süredir {beat} alanında haber yapıyor. Kendisine {email} adresinden ulaşabilir, haber ihbarlarınızı iletebilirsiniz.",
        "{name}, {town} doğumludur ve uzun yıllar büyükşehirlerde çalıştıktan sonra memleketine döndü. Ağırlıklı olarak {beat} haberleri yazıyor.",
        "{name}, {joined} yılından bu yana gazetemizde çalışıyor ve ağırlıklı olarak {beat} haberleri yazıyor. Ayrıca haber merkezimizin haftalık podcast yayınını da sunuyor."],
    "comment_head": ["Yorumlar", "Okur yorumları", "Yorum yap", "Siz ne düşünüyorsunuz?", "Yorumlar ({n})", "{n} yorum",
                     "Tartışmaya katılın"],
    "count_line": ["{n} yanıt", "{n} yorum", "{n} yorumdan {m} tanesi gösteriliyor",
        "Yorum sayısı: {n}"],
    "posted_by": ["Gönderen: {user}, saat {clock}", "Gönderen: {user} · {date}",
        "Yayın: {date} · {user}",
        "{user} · saat {clock}"],
    "wrote": ["{user} yazdı:",
        "{user}:",
        "{user} diyor ki:"],
    "said_on": ["{user} - {date}",
        "{user}, {date}:",
        "Yorum: {user}, {date}"],
    "replied": ["↳ {user}, {user2} adlı kullanıcıya yanıt verdi", "Yanıt: {user2}",
        "@{user2}",
        "{user2} adlı kullanıcıya yanıt"],
    "actions": ["Yanıtla", "Yanıtla · Beğen · Şikâyet et", "Yanıtla | Bildir", "👍 {n}  👎 {m}", "Beğen ({n})"],
    "comment_form": ["Yorum yazın\nAdınız\nE-posta (yayımlanmaz)\nGönder", "Yorum yapmak için giriş yapın",
                     "Yorumlar editör onayından sonra yayımlanır.", "Bu habere yorum yapılamaz."],
    "comment_rules": ["Yorumlarınızda saygılı bir dil kullanmanızı rica ediyoruz. Konu dışına çıkmayın, diğer okurlara saygı gösterin ve kişisel bilgileri paylaşmayın.",
                      "Hakaret ve küfür içeren, kişilik haklarını zedeleyen ya da konu dışı yorumlar editörlerimiz tarafından yayımlanmaz. Yorumlardaki görüşler yalnızca yazarlarına aittir, gazetemizi bağlamaz.",
        "Yorum yazmadan önce topluluk kurallarımızı okumanızı rica ederiz. Kurallara aykırı yorumlar editörlerimiz tarafından herhangi bir uyarı yapılmaksızın kaldırılır."],
    "sort": ["Sırala: En yeni | En eski | En beğenilen", "En yeniler önce",
        "Sıralama: En yeni",
        "Önce en eskiler"],
    "more_comments": ["Daha fazla yorum yükle", "Daha fazla göster", "Tüm {n} yorumu gör",
        "Tüm yorumları göster"],
    "no_comments": ["Henüz yorum yapılmamış. İlk yorumu siz yapın."],
    "user_adj": ["Yerli", "Eski", "Dürüst", "Yorgun", "Meraklı"],
    "user_noun": ["okur", "vatandaş", "emekli", "sakin", "komşu"],
    "c_gen": [
        "Otuz yılı aşkın süredir burada yaşıyorum ve böyle bir şeyi hiç görmedim.",
        "Sosyal medyadaki dedikodular yerine birinin bu konuyu ciddi şekilde yazması güzel.",
        "Kimse işin içindeki insanlara gerçekten ne istediklerini sormamış gibi görünüyor.",
        "Bütün bunların faturasını sonunda kimin ödeyeceğini merak ediyorum.",
        "Bu uzun zamandır bekleniyordu ve ilgili herkes bunu biliyordu.",
        "Bu konuyu yazdığınız için teşekkürler, hak ettiği ilgiyi hiç görmüyor.",
        "Başlık biraz yanıltıcı ama haberin kendisi gayet dengeli.",
        "Yine aynı hikâye, büyük vaatler ve bir yıl sonra unutulan sözler.",
        "Bunun sıradan ailelerin hayatında bir şey değiştireceğini sanmıyorum.",
        "Dışarıdan eleştirmek kolay ama bu iş göründüğünden çok daha zor.",
        "Güzel bir haber, yine de karşı tarafın görüşlerine de daha fazla yer verilebilirdi.",
        "Daha az değil, daha fazla yerel gazeteciliğe ihtiyacımız olmasının sebebi tam olarak bu.",
        "Umarım bu sorun yıl sonundan önce çözülür.",
        "Haberde yazılanların çoğuna katılıyorum."],
    "c_key": [
        "Yıllardır {k} konusunu takip ediyorum, bu yüzden hiç şaşırmadım.",
        "{k} hakkında ne düşünürseniz düşünün, bu süreç kötü yönetildi.",
        "{k} konusunda cevaplanması gereken çok soru var.",
        "Herkes {k} konusunu konuşuyor ama kimse maliyetten bahsetmiyor.",
        "{k} gerçekten bu sorunu çözmek isteseydi çoktan çözülmüştü.",
        "{k} hayranı değilim ama bu eleştiri bence haksız."],
    "related_heads": ["İlgili haberler", "Bunlar da ilginizi çekebilir", "Konuyla ilgili", "{section} haberleri", "Önerilenler"],
    "mostread_heads": ["En çok okunanlar", "Şu an en çok okunanlar", "Popüler", "Çok okunanlar"],
    "latest_heads": ["Son dakika", "Son haberler", "En yeniler",
        "Son eklenenler",
        "Gündemden son haberler"],
    "rec_heads": ["Editörün seçtikleri", "Kaçırmayın", "Öne çıkanlar", "Gözden kaçırmayın"],
    "stack_heads": ["En çok paylaşılanlar", "En çok yorumlananlar", "Haftanın en çok okunanları",
        "Bugün en çok okunanlar"],
    "morefrom": ["Yazarın diğer haberleri", "Diğer {section} haberleri", "Muhabirin son haberleri",
        "Son dakika: {section}"],
    "inline_list_heads": ["Konuyla ilgili", "İlgili haberler", "Son {section} haberleri",
        "Bunu da okuyun"],
    "more_link": ["Daha fazla", "Tüm haberler", "Tümünü gör", "Tüm {section} haberleri →"],
    "hl_prefix": ["CANLI: ", "VİDEO: ", "Yorum: ", "Analiz: ", "FOTO: "],
    "hl_comments": "{n} yorum",
    "newsletter": [["Bültenimize abone olun", "E-posta adresiniz", "Abone ol"], ["E-bültene kaydolun", "Kaydol"],
                   ["{site} bülteni", "E-posta", "Gönder"],
        ["En iyi haberlerimiz e-posta kutunuzda", "Abone ol"]],
    "appeal": [
        "Bizi okuduğunuz için teşekkür ederiz. Yerel gazetecilik emek ve para gerektiriyor; yayınımızı ancak okurlarımızın desteğiyle sürdürebiliyoruz.",
        "Bu haber {town} ve çevresindeki herkesi ilgilendirdiği için ücretsiz okunabiliyor. Aylık {price} ile abone olarak bağımsız habercilik desteği verin.",
        "Abonelerimiz sitemizdeki tüm haberlere, her sabah yayımlanan e-gazeteye ve özel bültenlere sınırsız erişebilir. Aboneliğinizi dilediğiniz zaman ek ücret ödemeden iptal edebilirsiniz.",
        "Her dört okurumuzdan biri aynı zamanda abonemiz. Bölgenizde yerel gazeteciliğin yaşamasını istiyorsanız siz de bugün onlara katılabilirsiniz."],
    "appeal_btn": ["Destek ol", "Abone ol", "Bağış yap"],
    "podcast": ["🎧 Haftanın en önemli gelişmelerini, muhabirlerimizin katılımıyla hazırlanan podcast yayınımızdan dinleyin. Her cuma sabahı yeni bölüm tüm dinleme platformlarında yayında.",
                "Okumak yerine dinlemeyi mi tercih edersiniz? Günün öne çıkan haberleri her sabah yayımlanan podcastimizde, tüm platformlarda ücretsiz olarak sizleri bekliyor.",
        "Spor servisimiz her pazartesi hafta sonu maçlarını podcast yayınımızda röportajlar, analizler ve dinleyici sorularıyla değerlendiriyor. Tüm platformlarda ücretsiz dinleyebilirsiniz."],
    "app": ["{site} uygulamasını indirin", "Uygulama: App Store | Google Play",
            "Uygulamamızla son dakika bildirimlerini kaçırmayın", "📱 Mobil uygulamamızı indirin"],
    "follow": ["Bizi Facebook ve Instagram'da takip edin", "{site} sosyal medyada", "Takip edin: @{handle}",
               "Google Haberler'de bizi takip edin",
        "Bizi TikTok'ta da takip edin"],
    "feedback": ["Bu haber faydalı oldu mu?\nEvet  Hayır", "Bir hata mı gördünüz? Bize bildirin.",
                 "Haber hakkındaki görüşlerinizi paylaşın",
        "Haberi nasıl buldunuz?\n👍  👎"],
    "tip": ["Haber ihbarı için: {phone} veya {email}.", "Bu konuda daha fazla bilginiz mi var? Bize {email} adresinden ulaşın.",
            "Fotoğraf ve videolarınızı WhatsApp ihbar hattımıza gönderin: {phone}.",
        "Haber ihbarınız mı var? Nöbetçi editörümüzü arayın: {phone}."],
    "backtotop": ["Yukarı çık", "↑ Başa dön", "Sayfanın başına dön",
        "Yukarı ↑"],
    "footer_links": ["Hakkımızda", "İletişim", "Reklam", "Kariyer", "Gizlilik Politikası", "Çerez Politikası", "KVKK",
                     "Kullanım Koşulları", "Künye", "Abonelik", "Arşiv", "RSS"],
    "footer_heads": ["Kurumsal", "Yardım", "Bizi takip edin"],
    "social": ["Facebook", "Instagram", "X", "YouTube", "Telegram"],
    "editors": ["Sorumlu Yazı İşleri Müdürü: {ed}", "İmtiyaz Sahibi: {ed}",
                "İmtiyaz Sahibi: {ed} | Genel Yayın Yönetmeni: {ed2}",
        "Haber Müdürü: {ed2}"],
    "company_lines": ["{company} · Mersis No: {mersis}", "Vergi Dairesi: {town} · Vergi No: {vergi}", "{company} · {address}",
        "Merkez: {address}"],
    "address": "{street} No: {num}, {postcode} {town}",
    "streets": ["Atatürk Caddesi", "Cumhuriyet Mahallesi", "Çarşı Sokak", "İstasyon Caddesi", "Liman Yolu", "Bahçe Sokak"],
    "copyright": ["© {yyyy} {site}. Tüm hakları saklıdır.", "Copyright © {y0}-{yyyy} {company}",
                  "Sitemizde yayımlanan haberlerin izinsiz kullanılması yasaktır. © {site}", "© {site} {yyyy}"],
    "cms": ["Haber Yazılımı"],
    "cookie_links": ["Çerez Ayarları", "Çerez Tercihleri", "Gizlilik Ayarları", "Onay Yönetimi"],
    "cookie": ["Çerez kullanıyoruz\n{site} ve {n} iş ortağımız, içerik ve reklamları kişiselleştirmek ve trafiği analiz etmek için çerezler kullanır.\nTümünü kabul et  |  Reddet  |  Ayarlar",
               "Bu sitede çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz.\nTamam\nDetaylı bilgi",
               "Gizliliğinize önem veriyoruz\nKabul et\nAyarlar",
        "Çerezler\nSitenin çalışması için zorunlu çerezler ile istatistik ve reklam amaçlı isteğe bağlı çerezler kullanıyoruz.\nKabul et\nReddet"],
    "emails": ["haber", "ihbar", "iletisim"],
    "emails_p": ["kvkk"],
    "phone": "0 (5{d2}) {d3} {d2} {d2}",
}

# --------------------------------------------------------------------------------------
# Helpers

_TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ı": "i", "İ": "I", "ß": "ss", "å": "a", "Å": "A"})


def _pk(rng, items):
    return items[rng.randrange(len(items))]


def _cap(text):
    return text[:1].upper() + text[1:]


def _ascii(text):
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return folded.encode("ascii", "ignore").decode()


def _fill(template, values):
    return template.format_map(values)


def _lines(text):
    return text.split("\n")


def _de(lang, n):
    """Romanian puts "de" between a number of 20 or more and its noun."""
    if lang == "ro" and n >= 20 and (n % 100 == 0 or n % 100 >= 20):
        return "de "
    return ""


def _digits(template, rng):
    out = template
    for width in (6, 4, 3, 2):
        key = "{d%d}" % width
        while key in out:
            out = out.replace(key, "".join(str(rng.randrange(10)) for _ in range(width)), 1)
    return out


def _date(t, dt, template):
    h12 = dt.hour % 12 or 12
    day = dt.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return template.format(
        d=day, dd=f"{day:02d}", m=dt.month, mm=f"{dt.month:02d}", yyyy=dt.year, yy=f"{dt.year % 100:02d}",
        Month=t["months"][dt.month - 1], Mon=t["mons"][dt.month - 1], Day=t["days"][dt.weekday()],
        Dy=t["dys"][dt.weekday()], HH=f"{dt.hour:02d}", H=dt.hour, MM=f"{dt.minute:02d}", h12=h12,
        ampm="am" if dt.hour < 12 else "pm", AMPM="AM" if dt.hour < 12 else "PM", ord=f"{day}{suffix}")


def _no_time(formats):
    return [f for f in formats if "HH" not in f and "h12" not in f and "{H}" not in f]


def _clock(t, dt, template):
    return _date(t, dt, template)


def _ago(rng, t):
    template, lo, hi = _pk(rng, t["ago"])
    return template.format(n=rng.randint(lo, hi)) if hi else template


def _person(rng, lang):
    t = L[lang]
    gender = "f" if rng.random() < 0.5 else "m"
    first = _pk(rng, t["first_" + gender])
    last = _pk(rng, t["last"])
    name = f"{last} {first}" if t["order"] == "lf" else f"{first} {last}"
    return name, gender, first, last


def _kw(ctx, k):
    return [w for w in ctx.keywords(k) if w]


def _author(ctx):
    """The page's author: one of the site's staff, the same for every piece of a page."""
    roster = ctx.site["staff"]
    return roster[zlib.crc32(ctx.headline.encode("utf-8")) % len(roster)]


def _values(ctx, **extra):
    """Everything a template of this module may name, for the current page."""
    s, t, rng = ctx.site, L[ctx.lang], ctx.rng
    name, gender, role, beat = _author(ctx)
    kws = _kw(ctx, 2)
    k = kws[0] if kws else _pk(rng, t["topics"])
    k2 = kws[1] if len(kws) > 1 else k
    n = rng.randint(2, 19 if ctx.lang == "ro" else 48)
    date_fmt = ctx.fixed("date_fmt", lambda r: _pk(r, t["dates"]))
    short_fmt = ctx.fixed("short_fmt", lambda r: _pk(r, [f for f in _no_time(t["dates"]) if "Day" not in f and "Dy" not in f]))
    later = ctx.published + timedelta(minutes=rng.randint(25, 900))
    agency = _pk(rng, t["agencies"]).format(site=s["name"])
    pron = t["pron"][gender]
    clock_fmt = ctx.fixed("clock_fmt", lambda r: _pk(r, t["clock"]))
    v = {
        "site": s["name"], "host": s["host"], "town": s["town"], "town2": s["town2"], "Town2": _cap(s["town2"]),
        "company": s["company"], "email": s["email"], "email_p": s["email_p"], "phone": s["phone"],
        "handle": s["handle"], "section": ctx.section, "name": name, "NAME": name.upper(), "role": role,
        "role_l": role[:1].lower() + role[1:], "Pron": pron[0], "pron": pron[1], "beat": beat,
        "name2": _person(rng, ctx.lang)[0], "ed": s["ed"], "ed2": s["ed2"], "k": k, "k2": k2,
        "price": s["price"], "n": n, "m": rng.randint(1, max(1, n - 1)), "de": _de(ctx.lang, n),
        "yyyy": ctx.published.year, "year": s["founded"], "partner": s["partner"],
        "partner_site": s["partner_site"], "topic": s["topic"], "agency": agency,
        "date": _date(t, ctx.published, date_fmt), "date2": _date(t, later, date_fmt),
        "dshort": _date(t, later, short_fmt), "ago": _ago(rng, t), "HH": f"{later.hour:02d}",
        "MM": f"{later.minute:02d}", "H": later.hour, "clock": _clock(t, later, clock_fmt),
        "adnet": s["adnet"], "joined": 2004 + zlib.crc32(name.encode("utf-8")) % 20, "s": rng.randint(0, 59), "ss": f"{rng.randint(0, 59):02d}",
    }
    v.update(extra)
    if "n" in extra:
        v["de"] = _de(ctx.lang, extra["n"])
    return v


def _vary(rng, headline, t, lang):
    """A headline as a list of other stories shows it: mostly as is, sometimes marked or cut."""
    x = rng.random()
    if x < 0.08:
        return _pk(rng, t["hl_prefix"]) + headline
    if x < 0.15:
        words = headline.split()
        return " ".join(words[:-2]) + "…" if len(words) > 5 else headline
    if x < 0.19 and len(headline) < 60:
        return headline.upper()
    if x < 0.24 and lang == "en":
        return " ".join(w[:1].upper() + w[1:] for w in headline.split())
    return headline


# --------------------------------------------------------------------------------------
# Sites


def _site_name(rng, t):
    town, town2 = _pk(rng, t["towns"])
    word = _pk(rng, t["words"])
    nouns = t.get("nouns", ["News", "Post"])
    noun, noun2 = rng.sample(nouns, 2)
    name = _pk(rng, t["site_patterns"]).format(town=town, town2=town2, Town2=_cap(town2), noun=noun,
                                                 noun2=noun2, word=word)
    return name, town, town2, word


def _core(host):
    host = host[4:] if host.startswith("www.") else host
    return host.split(".")[0]


def make_site(rng, lang, taken):
    """An invented site in `lang`: name, host (never one of `taken`) and its fixed template."""
    t = L[lang]
    cores = {_core(h) for h in taken}
    for attempt in range(500):
        name, town, town2, word = _site_name(rng, t)
        parts = re.findall(r"[a-z0-9]+", _ascii(name).lower())
        if len(parts) > 1 and parts[0] == "the" and rng.random() < 0.6:
            parts = parts[1:]
        core = rng.choice(["", "", "-"]).join(parts)
        if attempt > 300:
            core += str(rng.randint(2, 999))
        if core not in cores:
            break
    tld = _pk(rng, t["tlds"])
    host = rng.choice(["www.", "www.", "www.", ""]) + core + "." + tld
    domain = host[4:] if host.startswith("www.") else host
    site = {"name": name, "host": host, "lang": lang, "town": town, "town2": town2, "word": word}
    site["company"] = _pk(rng, t["company"]).format(town=town, town2=town2, Town2=_cap(town2), word=word)
    site["email"] = f"{_pk(rng, t['emails'])}@{domain}"
    site["email_p"] = f"{_pk(rng, t['emails_p'])}@{domain}"
    site["phone"] = _digits(t["phone"], rng)
    site["handle"] = rng.choice([core.replace("-", ""), core.replace("-", "_"), core.replace("-", "")[:12] + "news"])[:18]
    site["price"] = _pk(rng, t["prices"])
    site["founded"] = rng.randint(1868, 2019)
    site["partner"] = _pk(rng, t["partners"])
    for _ in range(20):
        other = _site_name(rng, t)[0]
        if other != name:
            break
    site["partner_site"] = other
    site["topic"] = _pk(rng, t["topics_p"])
    site["adnet"] = _pk(rng, t["adnets"])
    staff = []
    for _ in range(rng.randint(3, 7)):
        person = _person(rng, lang)
        staff.append((person[0], person[1], _pk(rng, t["roles"]), _pk(rng, t["beats"])))
    site["staff"] = staff
    site["ed"], site["ed2"] = _person(rng, lang)[0], _person(rng, lang)[0]
    site["sections"] = {c: _pk(rng, t["sections"][c]) for c in CATEGORIES}
    site["subs"] = {c: _pk(rng, t["subs"][c]) for c in CATEGORIES}
    site["masthead"] = _make_masthead(rng, t, site)
    site["menu"] = _make_menu(rng, t, site)
    site["footer"] = _make_footer(rng, t, site)
    return site


def section(ctx):
    return ctx.site["sections"][ctx.category]


def _make_masthead(rng, t, site):
    name = site["name"]
    tag = _pk(rng, t["taglines"]).format(town=site["town"], town2=site["town2"], year=site["founded"])
    x = rng.random()
    if x < 0.3:
        return [name]
    if x < 0.42:
        return [name.upper()]
    if x < 0.6:
        return [name, tag]
    if x < 0.7:
        return [name + _pk(rng, [" — ", " | ", " · "]) + tag]
    if x < 0.78:
        return [tag, name]
    if x < 0.86:
        return [name + " logo"]
    if x < 0.93:
        return [name, tag.upper()]
    return [name, "", tag]


def _make_menu(rng, t, site):
    sections = [site["sections"][c] for c in CATEGORIES]
    rng.shuffle(sections)
    items = ([_pk(rng, t["home"])] if rng.random() < 0.7 else []) + sections[:rng.randint(3, 5)]
    items += rng.sample(t["extras"], rng.randint(2, 6))
    if rng.random() < 0.4:
        items.append(_pk(rng, t["more"]))
    if rng.random() < 0.15:
        items = [i.upper() for i in items]
    if rng.random() < 0.12:
        items = [i + " ▾" if n % 3 == 1 and "▾" not in i else i for n, i in enumerate(items)]
    sep = _pk(rng, [" | ", " · ", "  ", " / ", " • ", " – "])
    shape = rng.random()
    word = _pk(rng, t["menu_word"])
    if shape < 0.32:
        return [sep.join(items)]
    if shape < 0.56:
        return items
    if shape < 0.74:
        return [word] + items
    if shape < 0.84:
        return [word, sep.join(items)]
    cut = rng.randint(3, max(3, len(items) - 2))
    return [sep.join(items[:cut]), sep.join(items[cut:])]


def _make_footer(rng, t, site):
    year = rng.choice([2025, 2026])
    street, num = _pk(rng, t["streets"]), rng.randint(1, 140)
    postcode = {"en": lambda: f"{_pk(rng, ['CB', 'LN', 'DH', 'TR', 'HX', 'NR'])}{rng.randint(1, 19)} "
                              f"{rng.randint(1, 9)}{_pk(rng, 'ABDEFGHJLNPQRSTUWXYZ')}{_pk(rng, 'ABDEFGHJLNPQRSTUWXYZ')}",
                "nb": lambda: f"{rng.randint(1000, 9990)}", "fi": lambda: f"{rng.randint(10, 99)}{rng.randint(100, 999)}",
                "ro": lambda: f"{rng.randint(100000, 999999)}", "hu": lambda: f"{rng.randint(1000, 9999)}",
                "tr": lambda: f"{rng.randint(10, 81)}{rng.randint(100, 999)}"}[site["lang"]]()
    address = t["address"].format(num=num, street=street, town=site["town"], postcode=postcode)
    v = {"site": site["name"], "company": site["company"], "yyyy": year, "y0": rng.randint(1996, 2018),
         "cms": _pk(rng, t["cms"]), "reg": f"0{rng.randint(1000000, 9999999)}", "reg6": f"{rng.randint(100000, 999999)}",
         "vat": f"{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}", "address": address,
         "orgnr": f"9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
         "ytunnus": f"{rng.randint(1000000, 3299999)}-{rng.randint(0, 9)}", "cui": f"{rng.randint(1000000, 49999999)}",
         "jud": f"{rng.randint(1, 52):02d}", "regn": rng.randint(100, 9999), "regy": rng.randint(1995, 2022),
         "cg": f"{rng.randint(1, 20):02d}-09-{rng.randint(100000, 999999)}",
         "adosz": f"{rng.randint(10000000, 29999999)}-2-{rng.randint(1, 44):02d}",
         "mersis": f"0{rng.randint(100000000000000, 999999999999999)}", "vergi": f"{rng.randint(1000000000, 9999999999)}",
         "ed": site["ed"], "ed2": site["ed2"], "town": site["town"], "handle": site["handle"],
         "price": site["price"], "town2": site["town2"]}
    sep = _pk(rng, [" | ", " · ", "  ", " • ", " / "])
    links = rng.sample(t["footer_links"], rng.randint(5, min(12, len(t["footer_links"]))))
    style = rng.random()
    block = []
    if style < 0.35:
        rows = rng.randint(1, 3)
        size = (len(links) + rows - 1) // rows
        block += [sep.join(links[i:i + size]) for i in range(0, len(links), size)]
    elif style < 0.6:
        block += links
    elif style < 0.8:
        heads = rng.sample(t["footer_heads"], min(len(t["footer_heads"]), rng.randint(2, 3)))
        links = [link for link in links if link not in heads]
        size = (len(links) + len(heads) - 1) // len(heads)
        for i, head in enumerate(heads):
            chunk = links[i * size:(i + 1) * size]
            if chunk:
                block += [head] + chunk
    else:
        block.append(sep.join(links))
    if rng.random() < 0.3:
        block.append(sep.join(rng.sample(t["social"], rng.randint(3, len(t["social"])))))
    if rng.random() < (0.25 if site["lang"] == "en" else 0.85):
        block.append(_pk(rng, t["editors"]).format(**v))
    if rng.random() < 0.5:
        block.append(address if rng.random() < 0.6 else f"{site['company']}, {address}")
    if rng.random() < 0.5:
        for line in rng.sample(t["company_lines"], rng.randint(1, 2)):
            block.append(line.format(**v))
    if rng.random() < 0.15:
        block.append(_pk(rng, t["app"]).format(**v))
    copyright_line = _pk(rng, t["copyright"]).format(**v) if rng.random() < 0.9 else None
    if copyright_line:
        if rng.random() < 0.2:
            block.insert(0, copyright_line)
        else:
            block.append(copyright_line)
    if rng.random() < 0.35:
        block.append(sep.join(rng.sample(t["cookie_links"], rng.randint(1, 2))))
    return block

# --------------------------------------------------------------------------------------
# Head pieces


def p_cookie(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("cookie", lambda r: _pk(r, t["cookie"]))
    n = ctx.fixed("cookie_n", lambda r: r.randint(18, 960))
    return _lines(_fill(tpl, {"site": ctx.site["name"], "n": n, "de": _de(ctx.lang, n)}))


def p_skip(ctx):
    t = L[ctx.lang]
    return list(ctx.fixed("skip", lambda r: r.sample(t["skip"], r.choice([1, 1, 2]))))


def p_loginbar(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("login", lambda r: _pk(r, t["login"]))
    return _lines(_fill(tpl, {"price": ctx.site["price"]}))


def p_todaybar(ctx):
    t = L[ctx.lang]
    fmt, tpl = ctx.fixed("today", lambda r: (_pk(r, _no_time(t["dates"])), _pk(r, t["today"])))
    day = ctx.published + timedelta(days=ctx.rng.choice([0, 0, 0, 1, 2]))
    return _lines(_fill(tpl, {"date": _date(t, day, fmt), "town": ctx.site["town"]}))


MONTH_TEMPS = [2, 3, 6, 9, 13, 16, 18, 18, 15, 11, 6, 3]


def p_weather(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("weather", lambda r: _pk(r, t["weather"]))
    temp = MONTH_TEMPS[ctx.published.month - 1] + ctx.rng.randint(-4, 6)
    cond = _pk(ctx.rng, t["conds"])
    return [_fill(tpl, {"town": ctx.site["town"], "t": temp, "t2": temp + ctx.rng.randint(-3, 3), "cond": cond,
                        "cond_l": cond.lower()})]


def p_masthead(ctx):
    t = L[ctx.lang]
    lines = list(ctx.site["masthead"])
    if ctx.fixed("mast_date", lambda r: r.random() < 0.25):
        fmt = ctx.fixed("mast_fmt", lambda r: _pk(r, _no_time(t["dates"])))
        lines.append(_date(t, ctx.published, fmt))
    return lines


def p_menu(ctx):
    return list(ctx.site["menu"])


def p_ticker(ctx):
    t, rng = L[ctx.lang], ctx.rng
    st = ctx.fixed("ticker", lambda r: (_pk(r, t["ticker_labels"]), r.randrange(5)))
    label, shape = st
    heads = ctx.headlines(rng.randint(1, 3))
    clock_fmt = ctx.fixed("clock_fmt", lambda r: _pk(r, t["clock"]))
    when = ctx.published + timedelta(minutes=rng.randint(10, 300))
    if shape == 0:
        return [f"{label}: {heads[0]}"]
    if shape == 1:
        return [f"{label} | {h}" for h in heads]
    if shape == 2:
        return [label, heads[0]]
    if shape == 3:
        out = [label]
        for h in heads:
            when -= timedelta(minutes=rng.randint(5, 90))
            out.append(f"{_clock(t, when, clock_fmt)} {h}")
        return out
    return [f"{label} · {_ago(rng, t)}", heads[0]]


def p_trending(ctx):
    t, rng = L[ctx.lang], ctx.rng
    label, shape, sep = ctx.fixed("trending", lambda r: (_pk(r, t["trending_label"]), r.randrange(4),
                                                        _pk(r, [" · ", " | ", "  ", ", "])))
    items = list(dict.fromkeys(_kw(ctx, rng.randint(1, 3)) + rng.sample(t["topics"], rng.randint(2, 4))))
    if shape == 0:
        return [f"{label} {sep.join(items)}"]
    if shape == 1:
        return [label] + items
    if shape == 2:
        return [label, " ".join("#" + "".join(i.split()) for i in items)]
    return [sep.join(items)]


def p_notify(ctx):
    t = L[ctx.lang]
    return _lines(_fill(ctx.fixed("notify", lambda r: _pk(r, t["notify"])), {"site": ctx.site["name"]}))


def p_breadcrumb(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("crumb", lambda r: {"sep": _pk(r, [" › ", " / ", " > ", " » ", " → ", " | "]),
                                       "home": _pk(r, t["crumb_home"]) if r.random() < 0.8 else None,
                                       "sub": r.random() < 0.4, "lead": _pk(r, t["crumb_lead"]),
                                       "lines": r.random() < 0.2, "upper": r.random() < 0.1})
    items = ([st["home"]] if st["home"] else []) + [ctx.section]
    if st["sub"]:
        items.append(ctx.site["subs"][ctx.category])
    if st["upper"]:
        items = [i.upper() for i in items]
    if st["lines"]:
        return ([st["lead"]] if st["lead"] else []) + items
    line = st["sep"].join(items)
    return [f"{st['lead']} {line}" if st["lead"] else line]


def p_kicker(ctx):
    t = L[ctx.lang]
    mode = ctx.fixed("kicker", lambda r: r.random())
    if mode < 0.25:
        return [ctx.section.upper()]
    if mode < 0.45:
        return [ctx.section]
    if mode < 0.6:
        return [f"{ctx.section} | {ctx.site['subs'][ctx.category]}"]
    return [_pk(ctx.rng, t["kickers"])]


def p_pagetitle(ctx):
    sep, first = ctx.fixed("pagetitle", lambda r: (_pk(r, [" | ", " - ", " – ", " :: "]), r.random() < 0.2))
    if first:
        return [f"{ctx.site['name']}{sep}{ctx.headline}"]
    return [f"{ctx.headline}{sep}{ctx.site['name']}"]


# --------------------------------------------------------------------------------------
# Lead pieces


def p_byline(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("byline", lambda r: _pk(r, t["bylines"]))
    v = _values(ctx)
    if ctx.rng.random() < 0.08:
        return [_fill(_pk(ctx.rng, t["staff"]), v)]
    lines = _lines(_fill(tpl, v))
    if ctx.fixed("byline_date", lambda r: r.random() < 0.3):
        sep = ctx.fixed("byline_sep", lambda r: _pk(r, [" · ", " | ", " - ", ", ", "\n"]))
        last = lines.pop() + sep + v["date"]
        lines += _lines(last)
    return lines


def p_date(ctx):
    t = L[ctx.lang]
    label = ctx.fixed("date_label", lambda r: _pk(r, t["date_labels"]))
    lines = _lines(_fill(label, _values(ctx)))
    if ctx.fixed("date_readtime", lambda r: r.random() < 0.15):
        tpl = ctx.fixed("readtime", lambda r: _pk(r, t["readtime"]))
        lines[-1] += " · " + tpl.format(n=_minutes(ctx))
    return lines


def _minutes(ctx, wpm=230):
    return max(2, min(15, ctx.words // wpm))


def p_readtime(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("readtime", lambda r: _pk(r, t["readtime"]))
    wpm = ctx.fixed("wpm", lambda r: r.choice([200, 220, 250]))
    return [tpl.format(n=_minutes(ctx, wpm))]


def p_listen(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("listen", lambda r: _pk(r, t["listen"]))
    return [tpl.format(n=_minutes(ctx, 150), s=ctx.rng.randint(0, 59))]


def _share_style(r, t):
    nets = r.sample(t["share_nets"], r.randint(2, 5))
    return {"nets": nets, "label": _pk(r, t["share_label"]), "shape": r.randrange(7),
            "sep": _pk(r, [" | ", "  ", " · ", " "])}


def p_share(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("share_" + ctx.slot, lambda r: _share_style(r, t))
    nets, label, shape, sep = st["nets"], st["label"], st["shape"], st["sep"]
    if shape == 0:
        return [f"{label.rstrip(':')}: " + sep.join(nets)]
    if shape == 1:
        return [sep.join(nets)]
    if shape == 2:
        return [label] + nets
    if shape == 3:
        return [t["share_on"].format(net=n) for n in nets[:3]]
    if shape == 4:
        n = ctx.rng.randint(2, 900)
        return [t["share_count"].format(n=n, de=_de(ctx.lang, n)), sep.join(nets)]
    if shape == 5:
        return [label]
    return [label, sep.join(nets)]


def p_imgcaption(ctx):
    t, rng = L[ctx.lang], ctx.rng
    tpl, shape = ctx.fixed("imgcap_" + ctx.zone, lambda r: (_pk(r, t["credits"]), r.randrange(4)))
    v = _values(ctx)
    credit = _fill(tpl, v)
    cap = _fill(_pk(rng, t["captions"]), v)
    if shape == 0:
        return [f"{cap} {credit}"]
    if shape == 1:
        return [credit]
    if shape == 2:
        return [cap, credit]
    return [f"{credit} | {cap}"]


def p_comment_count(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("ccount", lambda r: _pk(r, t["comment_count"]))
    n = ctx.rng.randint(2, 240)
    return [tpl.format(n=n, de=_de(ctx.lang, n))]


def p_partner_label(ctx):
    t = L[ctx.lang]
    return [_fill(ctx.fixed("partner_label", lambda r: _pk(r, t["partner_label"])), {"partner": ctx.site["partner"]})]


def p_update_note(ctx):
    t = L[ctx.lang]
    return [_fill(_pk(ctx.rng, t["update_note"]), _values(ctx))]


def p_author_follow(ctx):
    t = L[ctx.lang]
    return [_fill(ctx.fixed("afollow", lambda r: _pk(r, t["author_follow"])), _values(ctx))]


def p_save(ctx):
    t = L[ctx.lang]
    items, joined = ctx.fixed("save", lambda r: (r.sample(t["save"], r.randint(1, 2)), r.random() < 0.5))
    return ["  ".join(items)] if joined else list(items)


# --------------------------------------------------------------------------------------
# Inline pieces


def p_ad(ctx):
    t = L[ctx.lang]
    label, extra = ctx.fixed("ad", lambda r: (_pk(r, t["ad"]), r.random()))
    lines = [_fill(label, {"adnet": ctx.site["adnet"]})]
    if extra < 0.2:
        lines.append(ctx.fixed("continue", lambda r: _pk(r, t["continue"])))
    elif extra < 0.28:
        lines.insert(0, "")
    return lines


def p_continue(ctx):
    t = L[ctx.lang]
    return [ctx.fixed("continue", lambda r: _pk(r, t["continue"]))]


def p_readalso(ctx):
    t, rng = L[ctx.lang], ctx.rng
    tpls = ctx.fixed("readalso", lambda r: r.sample(t["readalso"], r.randint(1, 2)))
    hs = ctx.headlines(2)
    return _lines(_pk(rng, tpls).format(h=_vary(rng, hs[0], t, ctx.lang), h2=hs[1]))


def p_nlbox(ctx):
    t = L[ctx.lang]
    return _lines(_fill(ctx.fixed("nlbox", lambda r: _pk(r, t["nlbox"])), _values(ctx)))


def p_poll(ctx):
    t, rng = L[ctx.lang], ctx.rng
    st = ctx.fixed("poll", lambda r: {"label": _pk(r, t["poll_label"]) if r.random() < 0.8 else None,
                                      "mark": _pk(r, ["", "○ ", "( ) ", "☐ ", "• "]), "vote": _pk(r, t["vote"]),
                                      "meta": _pk(r, t["poll_meta"]) if r.random() < 0.5 else None,
                                      "results": r.random() < 0.25})
    v = _values(ctx, n=rng.randint(12, 4000))
    lines = [st["label"]] if st["label"] else []
    lines.append(_fill(_pk(rng, t["poll_q"]), v))
    options = _pk(rng, t["poll_opts"])
    if st["results"]:
        left = 100
        for i, option in enumerate(options):
            pct = left if i == len(options) - 1 else rng.randint(0, left)
            left -= pct
            lines.append(f"{st['mark']}{option} {pct}%")
    else:
        lines += [st["mark"] + o for o in options]
        lines.append(st["vote"])
    if st["meta"]:
        lines.append(_fill(st["meta"], v))
    return lines


def p_video(ctx):
    t, rng = L[ctx.lang], ctx.rng
    tpls = ctx.fixed("video", lambda r: r.sample(t["video"], 3))
    v = _values(ctx, h=_vary(rng, ctx.headlines(1)[0], t, ctx.lang), m=rng.randint(0, 9), n=rng.randint(2, 5))
    return _lines(_fill(_pk(rng, tpls), v))


def p_sponsored(ctx):
    t, rng = L[ctx.lang], ctx.rng
    tpl = ctx.fixed("sponsored", lambda r: _pk(r, t["sponsored"]))
    v = _values(ctx, adv=_pk(rng, t["advs"]))
    v["adtitle"] = _fill(_pk(rng, t["adtitles"]), v)
    return _lines(_fill(tpl, v))


def p_embed(ctx):
    t = L[ctx.lang]
    return _lines(ctx.fixed("embed", lambda r: _pk(r, t["embed"])))


def p_sub_promo(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("sub_promo", lambda r: _pk(r, t["sub_promo"]))
    return [_fill(tpl, _values(ctx, n=ctx.rng.randint(2, 5)))]


def p_gallery(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("gallery", lambda r: _pk(r, t["gallery"]))
    n = ctx.rng.randint(4, 36)
    return [tpl.format(n=n, de=_de(ctx.lang, n))]


def p_inline_list(ctx):
    t, rng = L[ctx.lang], ctx.rng
    head, mark = ctx.fixed("inline_list", lambda r: (_pk(r, t["inline_list_heads"]) if r.random() < 0.75 else None,
                                                     _pk(r, ["• ", "- ", "▸ ", "→ ", ""])))
    lines = [_fill(head, {"section": ctx.section, "site": ctx.site["name"]})] if head else []
    return lines + [mark + _vary(rng, h, t, ctx.lang) for h in ctx.headlines(rng.randint(2, 3))]

# --------------------------------------------------------------------------------------
# Tail pieces: notes and paragraphs


def _paragraph(ctx, key, fixed=True):
    t = L[ctx.lang]
    tpl = ctx.fixed("para_" + key, lambda r: _pk(r, t[key])) if fixed else _pk(ctx.rng, t[key])
    return _lines(_fill(tpl, _values(ctx)))


def p_correction(ctx):
    return _paragraph(ctx, "correction", fixed=False)


def p_syndication(ctx):
    return _paragraph(ctx, "syndication", fixed=ctx.fixed("synd_fixed", lambda r: r.random() < 0.6))


def p_partnership(ctx):
    return _paragraph(ctx, "partnership")


def p_standards(ctx):
    return _paragraph(ctx, "standards")


def p_about(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("para_about", lambda r: _pk(r, t["about"]))
    return _lines(_fill(tpl, _values(ctx, n=ctx.fixed("newsroom_size", lambda r: r.randint(6, 64)))))


def p_privacy(ctx):
    t = L[ctx.lang]
    picks = ctx.fixed("privacy", lambda r: r.sample(t["privacy"], r.choice([1, 1, 2])))
    v = _values(ctx)
    return [_fill(p, v) for p in picks]


def p_consent(ctx):
    return _paragraph(ctx, "consent")


def p_podcast(ctx):
    return _paragraph(ctx, "podcast")


def p_bio(ctx):
    t = L[ctx.lang]
    tpl, head = ctx.fixed("bio", lambda r: (_pk(r, t["bio"]), r.random()))
    v = _values(ctx)
    lines = [_fill(tpl, v)]
    if head < 0.3:
        lines.insert(0, v["name"])
    elif head < 0.45:
        lines.insert(0, f"{v['name']}, {v['role']}")
    return lines


def p_tags(ctx):
    t, rng = L[ctx.lang], ctx.rng
    tpl = ctx.fixed("tags", lambda r: _pk(r, t["tags"]))
    tags = _kw(ctx, rng.randint(1, 4))
    if not tags or rng.random() < 0.6:
        tags = [ctx.section] + tags
    tags = list(dict.fromkeys(tags))
    return _lines(tpl.format(list=", ".join(tags), lines="\n".join(tags), list_dot=" · ".join(tags),
                             list_slash=" / ".join(tags), list_pipe=" | ".join(tags),
                             hashes=" ".join("#" + "".join(x.split()) for x in tags)))


def p_topic_follow(ctx):
    t = L[ctx.lang]
    return [_fill(ctx.fixed("topic_follow", lambda r: _pk(r, t["topic_follow"])), _values(ctx))]


def p_feedback(ctx):
    t = L[ctx.lang]
    return _lines(ctx.fixed("feedback", lambda r: _pk(r, t["feedback"])))


def p_tip(ctx):
    t = L[ctx.lang]
    return [_fill(ctx.fixed("tip", lambda r: _pk(r, t["tip"])), _values(ctx))]


def p_follow(ctx):
    t = L[ctx.lang]
    return [_fill(ctx.fixed("follow", lambda r: _pk(r, t["follow"])), _values(ctx))]


def p_app(ctx):
    t = L[ctx.lang]
    return [_fill(ctx.fixed("app", lambda r: _pk(r, t["app"])), _values(ctx))]


def p_backtotop(ctx):
    t = L[ctx.lang]
    return [ctx.fixed("backtotop", lambda r: _pk(r, t["backtotop"]))]


def p_newsletter(ctx):
    t = L[ctx.lang]
    lines, consent = ctx.fixed("newsletter_" + ctx.slot,
                               lambda r: (_pk(r, t["newsletter"]), _pk(r, t["consent"]) if r.random() < 0.4 else None))
    v = _values(ctx)
    out = [_fill(line, v) for line in lines]
    if consent:
        out.append(_fill(consent, v))
    return out


def p_appeal(ctx):
    t = L[ctx.lang]
    paras, button = ctx.fixed("appeal", lambda r: (r.sample(t["appeal"], r.choice([1, 1, 2])),
                                                  _pk(r, t["appeal_btn"]) if r.random() < 0.6 else None))
    v = _values(ctx)
    return [_fill(p, v) for p in paras] + ([button] if button else [])


def p_cookie_settings(ctx):
    t = L[ctx.lang]
    return [ctx.fixed("cookie_settings", lambda r: _pk(r, [" | ", " · ", "  "]).join(r.sample(t["cookie_links"], r.randint(1, 2))))]


def p_footer(ctx):
    return list(ctx.site["footer"])


# --------------------------------------------------------------------------------------
# Lists of other stories

ITEM_STYLES = ["plain", "bullet", "num", "time_prefix", "time_line", "ago_suffix", "section_suffix",
               "two_line_ago", "two_line_section", "count_suffix", "kicker_line", "bullet_ago", "num_line"]


def _list_style(r, t, heads_key, prefer=None):
    return {"head": None if r.random() < 0.22 else _pk(r, t[heads_key]), "upper": r.random() < 0.12,
            "item": prefer if prefer and r.random() < 0.55 else _pk(r, ITEM_STYLES),
            "bullet": _pk(r, ["• ", "- ", "– ", "▸ ", "› ", "· "]),
            "num": _pk(r, ["{i}. ", "#{i} ", "{i:02d} ", "{i}) ", "{i} "]), "sep": _pk(r, [" · ", " | ", " — ", " - "]),
            "more": _pk(r, t["more_link"]) if r.random() < 0.25 else None, "k": r.choice([(2, 4), (3, 5), (4, 6), (5, 8)])}


def _list_lines(ctx, st, k=None):
    t, rng, lang = L[ctx.lang], ctx.rng, ctx.lang
    values = {"section": ctx.section, "site": ctx.site["name"], "name": _author(ctx)[0]}
    lines = []
    if st["head"]:
        head = _fill(st["head"], values)
        lines.append(head.upper() if st["upper"] else head)
    if k is None:
        k = rng.randint(*st["k"]) if rng.random() > 0.04 or not st["head"] else 0
    heads = ctx.headlines(k) if k else []
    if ctx.sibling_headlines and k and rng.random() < 0.5:
        heads[rng.randrange(k)] = ctx.sibling_headlines[0]
    clock_fmt = ctx.fixed("clock_fmt", lambda r: _pk(r, t["clock"]))
    when = ctx.published + timedelta(minutes=rng.randint(20, 600))
    sections = list(ctx.site["sections"].values())
    for i, h in enumerate(heads, 1):
        h = _vary(rng, h, t, lang)
        when -= timedelta(minutes=rng.randint(4, 200))
        sec = ctx.section if rng.random() < 0.65 else _pk(rng, sections)
        style = st["item"]
        if style == "plain":
            lines.append(h)
        elif style == "bullet":
            lines.append(st["bullet"] + h)
        elif style == "num":
            lines.append(st["num"].format(i=i) + h)
        elif style == "time_prefix":
            lines.append(f"{_clock(t, when, clock_fmt)} {h}")
        elif style == "time_line":
            lines += [_clock(t, when, clock_fmt), h]
        elif style == "ago_suffix":
            lines.append(h + st["sep"] + _ago(rng, t))
        elif style == "section_suffix":
            lines.append(f"{h} | {sec}")
        elif style == "two_line_ago":
            lines += [h, _ago(rng, t)]
        elif style == "two_line_section":
            lines += [h, sec]
        elif style == "count_suffix":
            n = rng.randint(2, 300)
            lines.append(f"{h} ({n})" if rng.random() < 0.6 else f"{h} · " + t["hl_comments"].format(n=n, de=_de(lang, n)))
        elif style == "kicker_line":
            lines += [sec.upper(), h]
        elif style == "bullet_ago":
            lines.append(f"{st['bullet']}{h}{st['sep']}{_ago(rng, t)}")
        else:
            lines += [f"{i:02d}" if st["num"].startswith("{i:02d}") else f"#{i}" if "#" in st["num"] else str(i), h]
    if st["more"] and heads:
        lines.append(_fill(st["more"], values))
    return lines


def p_related(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("related_" + ctx.slot, lambda r: _list_style(r, t, "related_heads"))
    return _list_lines(ctx, st)


def p_mostread(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("mostread_" + ctx.slot, lambda r: _list_style(r, t, "mostread_heads", prefer="num"))
    return _list_lines(ctx, st)


def p_recommended(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("rec_" + ctx.slot, lambda r: _list_style(r, t, "rec_heads"))
    return _list_lines(ctx, st)


def p_latest(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("latest_" + ctx.slot, lambda r: _list_style(r, t, "latest_heads", prefer="time_prefix"))
    return _list_lines(ctx, st)


def p_morefrom(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("morefrom_" + ctx.slot, lambda r: dict(_list_style(r, t, "morefrom"), head=_pk(r, t["morefrom"])))
    return _list_lines(ctx, st)


def p_liststack(ctx):
    """Two or three lists in a row, each with its own header (most read, latest, most shared...)."""
    t = L[ctx.lang]

    def make(r):
        pools = ["mostread_heads", "latest_heads", "rec_heads", "stack_heads", "related_heads"]
        r.shuffle(pools)
        styles = []
        same = r.random() < 0.5
        first = None
        for key in pools[:r.choice([2, 2, 3])]:
            st = _list_style(r, t, key)
            st["head"] = _pk(r, t[key])
            st["more"] = st["more"] if r.random() < 0.5 else None
            if same and first:
                st["item"], st["bullet"], st["num"] = first["item"], first["bullet"], first["num"]
            first = first or st
            styles.append(st)
        return styles, r.random() < 0.6

    styles, blank = ctx.fixed("stack_" + ctx.slot, make)
    out = []
    for st in styles:
        if out and blank:
            out.append("")
        out += _list_lines(ctx, st, k=ctx.rng.randint(3, 5))
    return out


# --------------------------------------------------------------------------------------
# Reader comments

SHAPES = ["posted_after", "posted_before", "wrote", "pipe_ago", "avatar", "avatar_inline", "dot_date",
          "two_line", "letter", "said_on", "name_only"]


def _comment_style(r, t):
    x = r.random()
    return {"mode": "header" if x < 0.64 else ("none" if x < 0.84 else "count"),
            "head": _pk(r, t["comment_head"]), "count": _pk(r, t["count_line"]), "upper": r.random() < 0.1,
            "shape": _pk(r, SHAPES), "posted": _pk(r, t["posted_by"]), "wrote": _pk(r, t["wrote"]),
            "said": _pk(r, t["said_on"]), "replied": _pk(r, t["replied"]), "reply_rate": r.choice([0, 0.2, 0.35]),
            "actions": _pk(r, t["actions"]) if r.random() < 0.6 else None,
            "form": _pk(r, t["comment_form"]) if r.random() < 0.35 else None, "form_first": r.random() < 0.5,
            "rules": _pk(r, t["comment_rules"]) if r.random() < 0.2 else None, "rules_first": r.random() < 0.5,
            "sort": _pk(r, t["sort"]) if r.random() < 0.2 else None,
            "more": _pk(r, t["more_comments"]) if r.random() < 0.35 else None,
            "date_fmt": _pk(r, _no_time(t["dates"])), "blank": r.random() < 0.3}


def _user(rng, lang):
    t = L[lang]
    name, gender, first, last = _person(rng, lang)
    x = rng.random()
    if x < 0.18:
        user = f"{_ascii(first)}{rng.randint(1, 99)}"
    elif x < 0.32:
        user = f"{_ascii(first).lower()}_{_ascii(last).lower()[:5]}"
    elif x < 0.52:
        user = f"{last} {first[0]}." if t["order"] == "lf" else f"{first} {last[0]}."
    elif x < 0.68:
        user = name
    elif x < 0.85:
        adj, noun = _pk(rng, t["user_adj"]), _pk(rng, t["user_noun"])
        if lang == "en":
            user = adj + noun
        elif t.get("user_noun_first"):
            user = noun + adj
        else:
            user = f"{adj}_{noun}"
    else:
        user = f"{_ascii(last).lower()}{rng.randint(10, 1999)}"
    return user, (first[0] + last[0]).upper()


def _comment_text(rng, t, kws):
    """1 to 3 sentences, 12 to 45 words, ending in a full stop; often about a keyword of the story."""
    for _ in range(60):
        n = rng.choice([1, 1, 2, 2, 2, 3])
        k_at = rng.randrange(n) if kws and rng.random() < 0.55 else -1
        sentences = [(_pk(rng, t["c_key"]).format(k=_pk(rng, kws)) if i == k_at else _pk(rng, t["c_gen"]))
                     for i in range(n)]
        if len(set(sentences)) < n:
            continue
        text = " ".join(sentences)
        if 12 <= len(text.split()) <= 45:
            return text
    return t["c_gen"][0] + " " + t["c_gen"][1]


def p_comments(ctx):
    t, rng, lang = L[ctx.lang], ctx.rng, ctx.lang
    st = ctx.fixed("comments", lambda r: _comment_style(r, t))
    n = rng.choice([0, 1, 2, 2, 3, 3, 4, 5]) if st["mode"] == "header" else rng.choice([1, 2, 2, 3, 3, 4, 5])
    total = max(2, n + (rng.randint(1, 60) if rng.random() < 0.5 else 0))
    v = {"n": total, "m": max(1, n), "de": _de(lang, total)}
    lines = []
    if st["mode"] == "header":
        head = st["head"].format(**v)
        lines.append(head.upper() if st["upper"] else head)
    elif st["mode"] == "count":
        lines.append(st["count"].format(**v))
    if st["rules"] and st["rules_first"]:
        lines.append(_fill(st["rules"], {"site": ctx.site["name"]}))
    if st["form"] and st["form_first"]:
        lines += _lines(st["form"])
    if n and st["sort"]:
        lines.append(st["sort"])
    if not n:
        lines.append(_pk(rng, t["no_comments"]))
    kws = _kw(ctx, 3)
    clock_fmt = ctx.fixed("clock_fmt", lambda r: _pk(r, t["clock"]))
    when = ctx.published + timedelta(minutes=rng.randint(10, 240))
    previous = None
    for i in range(n):
        when += timedelta(minutes=rng.randint(2, 500))
        user, initials = _user(rng, lang)
        text = _comment_text(rng, t, kws)
        cv = {"user": user, "user2": previous or user, "date": _date(t, when, st["date_fmt"]),
              "clock": _clock(t, when, clock_fmt)}
        ago = _ago(rng, t)
        shape = st["shape"]
        block = []
        if previous and rng.random() < st["reply_rate"]:
            block.append(_fill(st["replied"], cv))
        if shape == "posted_after":
            block += [text, _fill(st["posted"], cv)]
        elif shape == "posted_before":
            block += [_fill(st["posted"], cv), text]
        elif shape == "wrote":
            block += [_fill(st["wrote"], cv), text]
        elif shape == "pipe_ago":
            block += [f"{user} | {ago}", text]
        elif shape == "avatar":
            block += [initials, user, ago, text]
        elif shape == "avatar_inline":
            block += [initials, f"{user} · {ago}", text]
        elif shape == "dot_date":
            block += [f"{user} · {cv['date']}", text]
        elif shape == "two_line":
            block += [user, f"{cv['date']} {cv['clock']}", text]
        elif shape == "letter":
            block += [text, f"— {user}, {_pk(rng, t['towns'])[0]}"]
        elif shape == "said_on":
            block += [_fill(st["said"], cv), text]
        else:
            block += [user, text]
        if st["actions"]:
            likes = rng.randint(0, 80)
            block.append(st["actions"].format(n=likes, m=rng.randint(0, 20), de=_de(lang, likes)))
        if lines and st["blank"] and i:
            lines.append("")
        lines += block
        previous = user
    if n and st["more"] and total > n:
        lines.append(st["more"].format(**v))
    if st["form"] and not st["form_first"]:
        lines += _lines(st["form"])
    if st["rules"] and not st["rules_first"]:
        lines.append(_fill(st["rules"], {"site": ctx.site["name"]}))
    return lines


# --------------------------------------------------------------------------------------
# The pieces and where they go.  rank orders a zone (jittered per site by gen_lone.py);
# group makes pieces exclusive on a site.  Inline pieces may take "max" (insertions per
# page, default 2) and "where" ("early", "middle" or "any").

PIECES = [
    # head
    {"kind": "pagetitle", "zone": "head", "p": 0.05, "rank": -1, "fn": p_pagetitle},
    {"kind": "cookie", "zone": "head", "p": 0.15, "rank": 0, "fn": p_cookie, "group": "cookie"},
    {"kind": "skip", "zone": "head", "p": 0.25, "rank": 1, "fn": p_skip},
    {"kind": "notify", "zone": "head", "p": 0.06, "rank": 1.3, "fn": p_notify},
    {"kind": "loginbar", "zone": "head", "p": 0.38, "rank": 2, "fn": p_loginbar},
    {"kind": "todaybar", "zone": "head", "p": 0.16, "rank": 2.3, "fn": p_todaybar},
    {"kind": "weather", "zone": "head", "p": 0.12, "rank": 2.6, "fn": p_weather},
    {"kind": "masthead", "zone": "head", "p": 0.8, "rank": 3, "fn": p_masthead},
    {"kind": "menu", "zone": "head", "p": 0.72, "rank": 4, "fn": p_menu},
    {"kind": "ticker", "zone": "head", "p": 0.14, "rank": 5, "fn": p_ticker},
    {"kind": "trending", "zone": "head", "p": 0.12, "rank": 5.3, "fn": p_trending},
    {"kind": "latest", "zone": "head", "p": 0.03, "rank": 5.5, "fn": p_latest},
    {"kind": "breadcrumb", "zone": "head", "p": 0.35, "rank": 6, "fn": p_breadcrumb},
    {"kind": "share", "zone": "head", "p": 0.04, "rank": 7, "fn": p_share},
    {"kind": "date", "zone": "head", "p": 0.08, "rank": 8, "fn": p_date, "group": "date"},
    {"kind": "byline", "zone": "head", "p": 0.05, "rank": 8, "fn": p_byline, "group": "byline"},
    {"kind": "kicker", "zone": "head", "p": 0.22, "rank": 9, "fn": p_kicker},
    # lead
    {"kind": "partner_label", "zone": "lead", "p": 0.05, "rank": 0.5, "fn": p_partner_label},
    {"kind": "byline", "zone": "lead", "p": 0.72, "rank": 1, "fn": p_byline, "group": "byline"},
    {"kind": "author_follow", "zone": "lead", "p": 0.08, "rank": 1.3, "fn": p_author_follow},
    {"kind": "date", "zone": "lead", "p": 0.68, "rank": 2, "fn": p_date, "group": "date"},
    {"kind": "update_note", "zone": "lead", "p": 0.06, "rank": 2.5, "fn": p_update_note},
    {"kind": "readtime", "zone": "lead", "p": 0.22, "rank": 3, "fn": p_readtime},
    {"kind": "comment_count", "zone": "lead", "p": 0.1, "rank": 3.5, "fn": p_comment_count},
    {"kind": "share", "zone": "lead", "p": 0.25, "rank": 4, "fn": p_share},
    {"kind": "save", "zone": "lead", "p": 0.1, "rank": 4.3, "fn": p_save},
    {"kind": "listen", "zone": "lead", "p": 0.12, "rank": 5, "fn": p_listen},
    {"kind": "imgcaption", "zone": "lead", "p": 0.28, "rank": 6, "fn": p_imgcaption},
    # inline
    {"kind": "ad", "zone": "inline", "p": 0.45, "rank": 0, "fn": p_ad},
    {"kind": "readalso", "zone": "inline", "p": 0.45, "rank": 0, "fn": p_readalso},
    {"kind": "nlbox", "zone": "inline", "p": 0.18, "rank": 0, "fn": p_nlbox, "max": 1, "where": "middle"},
    {"kind": "continue", "zone": "inline", "p": 0.12, "rank": 0, "fn": p_continue, "max": 1},
    {"kind": "imgcaption", "zone": "inline", "p": 0.18, "rank": 0, "fn": p_imgcaption, "max": 2},
    {"kind": "poll", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_poll, "max": 1},
    {"kind": "video", "zone": "inline", "p": 0.18, "rank": 0, "fn": p_video, "max": 1},
    {"kind": "sponsored", "zone": "inline", "p": 0.16, "rank": 0, "fn": p_sponsored, "max": 1},
    {"kind": "embed", "zone": "inline", "p": 0.07, "rank": 0, "fn": p_embed, "max": 1},
    {"kind": "sub_promo", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_sub_promo, "max": 1, "where": "early"},
    {"kind": "gallery", "zone": "inline", "p": 0.06, "rank": 0, "fn": p_gallery, "max": 1, "where": "early"},
    {"kind": "inline_list", "zone": "inline", "p": 0.12, "rank": 0, "fn": p_inline_list, "max": 1},
    # tail
    {"kind": "byline", "zone": "tail", "p": 0.05, "rank": 0.1, "fn": p_byline, "group": "byline"},
    {"kind": "correction", "zone": "tail", "p": 0.1, "rank": 0.2, "fn": p_correction},
    {"kind": "syndication", "zone": "tail", "p": 0.14, "rank": 0.3, "fn": p_syndication},
    {"kind": "partnership", "zone": "tail", "p": 0.12, "rank": 0.4, "fn": p_partnership},
    {"kind": "share", "zone": "tail", "p": 0.42, "rank": 1, "fn": p_share},
    {"kind": "tags", "zone": "tail", "p": 0.38, "rank": 1.5, "fn": p_tags},
    {"kind": "topic_follow", "zone": "tail", "p": 0.06, "rank": 1.7, "fn": p_topic_follow},
    {"kind": "bio", "zone": "tail", "p": 0.25, "rank": 2.2, "fn": p_bio},
    {"kind": "standards", "zone": "tail", "p": 0.2, "rank": 2.8, "fn": p_standards},
    {"kind": "feedback", "zone": "tail", "p": 0.1, "rank": 3, "fn": p_feedback},
    {"kind": "tip", "zone": "tail", "p": 0.14, "rank": 3.3, "fn": p_tip},
    {"kind": "newsletter", "zone": "tail", "p": 0.35, "rank": 4, "fn": p_newsletter},
    {"kind": "consent", "zone": "tail", "p": 0.22, "rank": 4.2, "fn": p_consent},
    {"kind": "appeal", "zone": "tail", "p": 0.3, "rank": 4.5, "fn": p_appeal},
    {"kind": "podcast", "zone": "tail", "p": 0.07, "rank": 4.7, "fn": p_podcast},
    {"kind": "follow", "zone": "tail", "p": 0.18, "rank": 4.8, "fn": p_follow},
    {"kind": "comments", "zone": "tail", "p": 0.5, "rank": 5, "fn": p_comments},
    {"kind": "related", "zone": "tail", "p": 0.55, "rank": 6, "fn": p_related},
    {"kind": "morefrom", "zone": "tail", "p": 0.1, "rank": 6.2, "fn": p_morefrom},
    {"kind": "mostread", "zone": "tail", "p": 0.25, "rank": 6.5, "fn": p_mostread},
    {"kind": "recommended", "zone": "tail", "p": 0.18, "rank": 7, "fn": p_recommended},
    {"kind": "latest", "zone": "tail", "p": 0.15, "rank": 7.2, "fn": p_latest},
    {"kind": "liststack", "zone": "tail", "p": 0.15, "rank": 7.4, "fn": p_liststack},
    {"kind": "about", "zone": "tail", "p": 0.14, "rank": 8.2, "fn": p_about},
    {"kind": "app", "zone": "tail", "p": 0.1, "rank": 8.4, "fn": p_app},
    {"kind": "privacy", "zone": "tail", "p": 0.2, "rank": 8.6, "fn": p_privacy},
    {"kind": "backtotop", "zone": "tail", "p": 0.1, "rank": 8.8, "fn": p_backtotop},
    {"kind": "footer", "zone": "tail", "p": 0.58, "rank": 9.8, "fn": p_footer},
    {"kind": "cookie_settings", "zone": "tail", "p": 0.12, "rank": 10.6, "fn": p_cookie_settings},
    {"kind": "cookie", "zone": "tail", "p": 0.12, "rank": 11, "fn": p_cookie, "group": "cookie"},
]
