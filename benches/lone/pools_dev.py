"""DEV phrase pools and page pieces for gen_lone.py: lone news pages in six languages.

A pools module gives gen_lone.py everything that is *chrome*: the fictional sites and the
chrome pieces laid out around an article.  gen_lone.py builds the article body (from the
BBC text), decides the layout of every site (which pieces, in which zone and order) and
enforces the corpus-wide rules (one page in eight without tail chrome, some pages without
head chrome).  Another module with the same interface plugs in with
`gen_lone.py --pools PATH`.

Interface
---------
NAME        a short name for the pool set (recorded in manifest.json)
LANGUAGES   [(language code, weight)]: the share of sites per language
make_site(rng, lang, taken)
            a new site as a dict with at least "name", "host" (unique: not in the set
            `taken`) and "lang"; any other keys are free for the pieces to use.  Only the
            site's fixed template (name, masthead, menu, footer...) is decided here.
section(ctx)
            the site's label for the page's BBC category (used in URLs and by pieces)
PIECES      a list of dicts {"kind", "zone", "p", "rank", "fn"} and optionally "group":
              zone  "head" (above the headline), "lead" (between the headline and the
                    first paragraph), "inline" (between two paragraphs) or "tail" (after
                    the article)
              p     the probability that a site uses the piece
              rank  its usual position within the zone (gen_lone.py jitters it per site)
              group pieces of one group are mutually exclusive on a site
              fn    fn(ctx) -> list of chrome lines ("" = blank line).  It must return at
                    least one line with a word in it.

The context `ctx` that gen_lone.py passes offers:
  ctx.rng         the page's random.Random (variable parts)
  ctx.site        the site dict; ctx.fixed(key, make) memoises make(site_rng) per site, so a
                  two-page site repeats its template lines but varies everything else
  ctx.lang, ctx.category (BBC category), ctx.section (from section()), ctx.headline,
  ctx.published (datetime), ctx.words (body word count)
  ctx.keywords(k) up to k proper-noun-ish words of the story, ctx.headlines(k) k real
  headlines of OTHER stories (mostly of the same category), ctx.sibling_headlines (the
  other page of a two-page site, if any)
  ctx.zone, ctx.slot   the piece's zone and a key unique to its place in the site layout
                       (for ctx.fixed keys of a piece that can appear twice)

Everything below is invented for this corpus: site names, towns, people, addresses and
phrasings.  Nothing here is copied from the BBC text.
"""

import re
import unicodedata
from datetime import timedelta

NAME = "dev"

LANGUAGES = [("en", 40), ("de", 12), ("fr", 12), ("es", 12), ("it", 12), ("nl", 12)]

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")

# --------------------------------------------------------------------------------------
# Per-language material.  T[lang][key]; patterns use str.format fields.

T = {}

T["en"] = {
    "cities": ["Ashcombe", "Hollowmere", "Kettleby", "Brinford", "Marlowe Bay", "Redwater",
               "Stonebridge", "Fernhill", "Wexcombe", "Lowther", "Carrow", "Elmstead",
               "Dunmoor", "Tidewell", "Harrowgate Vale", "Oakhurst"],
    "nouns": ["Herald", "Chronicle", "Gazette", "Courier", "Sentinel", "Ledger", "Dispatch",
              "Observer", "Tribune", "Beacon", "Lantern", "Clarion", "Examiner", "Bugle",
              "Mercury", "Standard", "Echo", "Wire", "Record", "Advertiser", "Post", "Signal"],
    "adjs": ["Daily", "Evening", "Weekly", "Northern", "Independent", "Morning", "Coastal",
             "Metropolitan", "Free"],
    "site_patterns": ["The {city} {noun}", "{city} {noun}", "The {adj} {noun} of {city}", "{noun} {city}",
                      "{city} {adj} {noun}", "The {noun} of {city}", "{city}Live",
                      "{city} Today", "{city} {noun} Online", "The {city} Press"],
    "tlds": ["com", "co.uk", "news", "net", "org.uk", "online", "press", "com.au", "ie"],
    "taglines": ["News you can trust", "Independent journalism since {year}",
                 "Your town, your news", "Est. {year}", "Local news, every day",
                 "Reporting {city} since {year}", "The voice of {city}",
                 "Award-winning regional journalism", "Fearless. Local. Free.",
                 "News, sport and what's on in {city}"],
    "sections": {
        "business": ["Business", "Money", "Economy", "Markets", "Business & Finance"],
        "entertainment": ["Entertainment", "Culture", "Arts", "Showbiz", "Film & TV", "What's On"],
        "politics": ["Politics", "UK Politics", "Westminster", "Government", "National"],
        "sport": ["Sport", "Sports", "Football", "Sport & Leisure"],
        "tech": ["Technology", "Tech", "Science & Tech", "Digital", "Innovation"],
    },
    "subsections": {
        "business": ["Companies", "Markets", "Personal finance", "Economy", "Retail", "Energy"],
        "entertainment": ["Film", "Music", "TV & radio", "Books", "Stage", "Celebrity"],
        "politics": ["Parliament", "Elections", "Europe", "Policy", "Local government"],
        "sport": ["Football", "Rugby union", "Tennis", "Athletics", "Cricket", "Golf"],
        "tech": ["Gadgets", "Internet", "Games", "Security", "Mobile", "Start-ups"],
    },
    "extras": ["News", "Latest", "Opinion", "Video", "Live", "Podcasts", "Newsletters",
               "Puzzles", "Weather", "Travel", "Lifestyle", "Health", "Local", "World",
               "Obituaries", "Jobs", "Property", "Motoring", "Letters", "Photos"],
    "home": ["Home", "Home page", "Front page", "News home"],
    "more": ["More", "More sections", "All sections"],
    "skip": ["Skip to content", "Skip to main content", "Jump to navigation",
             "Skip to navigation", "Accessibility links", "Skip to article", "Skip to footer"],
    "account": ["Sign in", "Log in", "Subscribe", "Register", "My account", "Search",
                "Menu", "Newsletters", "Donate", "Today's paper", "e-Edition", "Edition: UK",
                "Support us", "Get the app", "Subscribe from {price} a month", "Try 30 days free"],
    "prices": ["£1", "£2.99", "$1", "£4", "€2"],
    "first": ["Sarah", "Jonah", "Priya", "Tobias", "Aisha", "Declan", "Hannah", "Marcus",
              "Niamh", "Owen", "Fiona", "Rajesh", "Megan", "Callum", "Imogen", "Kwabena",
              "Lydia", "Ewan", "Rosalind", "Felix", "Tanvir", "Harriet", "Gareth", "Mei"],
    "last": ["Whitfield", "Okonjo", "Marsh", "Hargreaves", "Venkatesh", "Lyle", "Chen",
             "Ashdown", "Kowal", "Pryce", "Holloway", "Carrick", "Summers", "Quill",
             "Rowntree", "Adeyemi", "Blackmore", "Tennant", "Ferris", "Oduya", "Lockhart",
             "Pemberton-Hale", "Strachan", "Devlin"],
    "roles": ["Political correspondent", "Business reporter", "Sports editor",
              "Technology desk", "Senior reporter", "Culture writer", "Staff writer",
              "Economics editor", "Chief reporter", "Entertainment correspondent",
              "Westminster correspondent", "Consumer affairs editor", "Digital reporter",
              "Arts editor", "Sports reporter", "News editor"],
    "bylines": ["By {name}", "By {name} and {name2}", "{name}, {role}", "{name} | {role}",
                "Words by {name}", "Written by {name}", "By {name}, {site} reporter",
                "{name} in {city}", "BY {NAME}", "By {name} · {role}", "{name}",
                "Reporting by {name}", "Author: {name}", "By {name}\n{role}",
                "{name}\n{role}, {site}"],
    "staff": ["{site} staff", "Staff reporter", "Newsdesk", "{site} Newsroom", "Press Association"],
    "months": ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"],
    "mons": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "dys": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "dates": ["{Month} {d}, {yyyy}", "{d} {Month} {yyyy}", "{Dy} {d} {Mon} {yyyy} {HH}.{MM} {tz}",
              "{dd}/{mm}/{yyyy} {HH}:{MM}", "{yyyy}-{mm}-{dd} {HH}:{MM}",
              "{Day}, {Month} {d}, {yyyy} - {h12}:{MM}{ampm}", "{Mon} {d}, {yyyy}, {h12}:{MM} {AMPM} {tz}",
              "{HH}:{MM} {tz}, {d} {Month} {yyyy}", "{Day} {ord} {Month} {yyyy}",
              "{d} {Mon} {yyyy}", "{Mon}. {d}, {yyyy}", "{Day} {d} {Month} {yyyy}, {HH}:{MM}"],
    "date_labels": ["Published {date}", "Updated {date}", "Last updated: {date}",
                    "First published on {date}", "Posted on {date}", "{date}",
                    "{date}", "Published: {date}", "Updated: {date}", "Modified {date}",
                    "Published {date}\nUpdated {ago}"],
    "ago": ["{n} hours ago", "{n} minutes ago", "{n}h ago", "{n} mins ago", "Yesterday",
            "{n} days ago", "an hour ago", "{n} hrs ago"],
    "tz": ["GMT", "BST", "UTC", "ET", "CET"],
    "readtime": ["{n} min read", "Reading time: {n} minutes", "{n} minute read", "{n} mins",
                 "Estimated read: {n} min", "⏱ {n} min", "{n}-min read", "Read time {n}m"],
    "listen": ["Listen to this article", "Listen to this article · {n} min", "Play audio",
               "Listen ({n} min)", "Hear this story", "Audio version", "▶ Listen",
               "Listen to this story. Enjoy more audio and podcasts"],
    "credits": ["Photo: {name}/{agency}", "Image: {agency}", "Credit: {agency}",
                "Photograph: {name} for {site}", "(Photo by {name}/{agency})", "© {agency}",
                "Picture: {name}", "Image source: {agency}", "{agency}", "Photo credit: {agency}",
                "Main image: {agency}"],
    "agencies": ["Getty Images", "Reuters", "AFP", "AP Photo", "PA Media", "EPA", "Alamy",
                 "Shutterstock", "{site} archive", "Supplied", "Handout", "AP", "Bloomberg"],
    "ad": ["Advertisement", "ADVERTISEMENT", "Sponsored", "Ad", "- Advertisement -",
           "Story continues below advertisement", "Article continues below this ad",
           "Paid content", "AD", "Advertising", "Promoted stories", "Sponsored content",
           "Advertisement · Scroll to keep reading"],
    "readmore": ["Read more: {h}", "Related: {h}", "READ MORE: {h}", "See also: {h}",
                 "Also read: {h}", "More: {h}", "→ {h}", "Recommended: {h}", "Read next: {h}",
                 "You might also like: {h}", "Watch: {h}", "READ MORE\n{h}", "Related story\n{h}",
                 "MORE ON THIS STORY\n{h}\n{h2}", "Listen: {h}", "Explained: {h}"],
    "continue": ["Continue reading below", "Article continues below", "Story continues",
                 "Scroll to continue with content", "The story continues after this message",
                 "Continue reading", "Article continues after the ad"],
    "nlbox": [["Sign up to our {nl} newsletter", "The day's biggest stories, sent to your inbox every morning.",
               "Enter your email address", "Sign up"],
              ["{NL}", "Get the headlines before breakfast. Free, every weekday.",
               "Email address", "Subscribe"],
              ["Don't miss a thing", "Sign up for {nl}, our free daily email.",
               "By signing up you agree to our Privacy Policy.", "Sign me up"],
              ["Newsletter", "The best of {site}, once a week.", "Your email", "Join"],
              ["Free newsletter", "Want more {section} news? Our weekly round-up has it all.",
               "I'd like to receive updates from {site}", "Go"],
              ["Get {nl} in your inbox", "Enter email", "Sign up now",
               "You can unsubscribe at any time."]],
    "nl_names": ["The Morning Brief", "{city} Daily", "Evening Digest", "The Weekender",
                 "Inside {section}", "First Edition", "The Lunchtime Lowdown", "Five Things"],
    "share_words": ["Share", "Share this article", "Share this story", "Share this", "Share via",
                    "Share page", "Share on social"],
    "share_nets": ["Facebook", "Twitter", "X", "Email", "WhatsApp", "LinkedIn", "Reddit",
                   "Pinterest", "Telegram", "Bluesky", "Threads", "Flipboard", "Messenger"],
    "share_extra": ["Copy link", "Print", "Save", "Gift this article", "Comment", "{n} shares",
                    "Save for later", "Bookmark"],
    "share_on": "Share on {net}",
    "tags": ["Tags: {list}", "Topics: {list}", "Filed under: {list}", "More on: {list}",
             "Tagged {list}", "Topics\n{lines}", "Related topics\n{lines}", "{hashes}",
             "Explore more on these topics\n{lines}", "In this story: {list}"],
    "newsletter": ["Stay informed by joining our newsletter!", "Sign up for our morning briefing",
                   "Get our free daily newsletter.", "Never miss a story: subscribe to {nl}.",
                   "Enjoyed this article? Subscribe for {price} a week.",
                   "Support independent journalism. Become a member today.",
                   "Want more stories like this? Join {k},000 readers who get {nl}.",
                   "Sign up to {nl}, our free email of the day's best reads",
                   "Like this? Get {nl} every morning, free.",
                   "Our reporting is funded by readers. Please chip in if you can.",
                   "Keep up with {city}: sign up for alerts",
                   "Want the latest {section} news straight to your inbox? Sign up here",
                   "Become a subscriber and get unlimited access from just {price}.",
                   "Got a story? Email news@{host}",
                   "Have a news tip? Contact our newsroom in confidence.",
                   "Help us keep {site} free to read. Donate today"],
    "follow": ["Follow us on Facebook, X and Instagram", "Follow {site} on WhatsApp",
               "Follow {name} on X: @{handle}", "Find us on Facebook", "Follow us",
               "Like us on Facebook and follow us on Instagram",
               "Join our WhatsApp channel for breaking news", "Follow {section} on Threads"],
    "app": ["Download the {site} app", "Get the app", "Available on the App Store and Google Play",
            "Read {site} on the go with our free app.", "Get breaking news alerts on our app"],
    "feedback": [["Was this article helpful?", "Yes", "No"], ["Spotted a mistake? Let us know."],
                 ["Report an error"], ["Rate this article", "★★★★★"],
                 ["How did this article make you feel?", "Informed | Happy | Sad | Angry"],
                 ["Contact the newsroom", "Corrections policy"]],
    "print_note": ["This article appeared in print on {date}.",
                   "A version of this story was published in the {date} print edition.",
                   "This article was first published on {date} and has been updated."],
    "credits_tail": ["Additional reporting by {name}.", "Reporting by {name}; editing by {name2}",
                     "With agencies", "With reporting from {agency}.",
                     "This story was produced with help from our partners at {agency}."],
    "copyright_notice": ["© {yyyy} {site}. This material may not be published, broadcast, rewritten or redistributed.",
                         "All content © {site} {yyyy}, unless otherwise stated.",
                         "Republishing? Contact syndication@{host} for permission."],
    "comments_head": ["Comments", "Leave a Reply", "{n} Comments", "Join the discussion",
                      "Comments ({n})", "Reader comments", "What do you think?",
                      "Leave a comment", "{n} responses", "Have your say", "Discussion",
                      "{n} thoughts on “{headline}”", "Conversation", "Comments are open"],
    "comment_form": [["Cancel reply", "Your email address will not be published.",
                      "Comment *", "Name *", "Email *", "Post Comment"],
                     ["Write a comment...", "Post"],
                     ["Sort by: Newest", "Oldest", "Most liked"],
                     ["Add a comment", "Submit"],
                     ["Comments are moderated and may take a while to appear."]],
    "says": ["{user} says:", "{user}", "{user} · {ago}", "{user} on {date} at {h12}:{MM} {ampm}",
             "{user}\n{date}", "{user} wrote:", "{user} ({ago})", "{user} replied"],
    "reply": ["Reply", "Reply · Like", "Reply ↓", "Like ({n}) · Reply", "Report", "Reply | Report"],
    "users": ["{first}{num}", "{first}_{l}", "{first} {L}.", "{adj}{noun}", "{adj}{noun}{num}",
              "{first} from {city}", "Anonymous", "{first}", "{first} {last}"],
    "user_adj": ["Silver", "Old", "Quiet", "Grumpy", "Honest", "Local", "Curious", "Lazy", "Wise"],
    "user_noun": ["Fox", "Cynic", "Reader", "Lad", "Owl", "Voter", "Walker", "Gardener", "Badger"],
    "comment_short": ["Fair play to them.", "About time too!", "Told you so.", "Brilliant news.",
                      "Nope.", "Genuinely shocked by this.", "Can't see it lasting.",
                      "Where do I sign up?", "Very sad to read.", "Madness.",
                      "This makes no sense whatsoever.", "Ha! Predictable.",
                      "Good luck to them, they'll need it.", "Nothing changes, does it?"],
    "comment_long": ["My brother-in-law works in the trade and says {k} have been struggling for months.",
                     "I remember when {k} promised the complete opposite, funny how that works.",
                     "Why is nobody asking what this will cost the taxpayer?",
                     "Read the whole piece before commenting, people, the detail matters.",
                     "The headline is a bit misleading if you ask me.",
                     "We went through the same thing back in 2019 and it took years to sort out.",
                     "Honestly I'd rather they focused on fixing the basics first.",
                     "I think {k} deserve some credit here, even if it's late.",
                     "Interesting that the figures only cover the last quarter.",
                     "If {k} can pull this off I'll eat my hat.",
                     "Some balance would be nice, there are two sides to every story.",
                     "Can someone explain what this actually means for ordinary people?",
                     "Been following {k} for a while and this doesn't surprise me one bit.",
                     "The comments section never disappoints."],
    "login": ["You must be logged in to post a comment.", "Log in to comment",
              "Please sign in or register to join the conversation.", "Comments are closed.",
              "Commenting is available to subscribers only.",
              "Comments are closed for this article.", "Sign in to comment",
              "Only registered users can comment. Register for free",
              "You need an account to comment. Log in or create one"],
    "related_head": ["Related Articles", "You may also like", "More from {section}", "Most read",
                     "Most popular", "Recommended for you", "Top stories", "Read next",
                     "More stories", "Latest news", "Trending now", "In other news",
                     "Related content", "More on this story", "Editor's picks", "Don't miss",
                     "What to read next", "Around the site", "Popular right now",
                     "Also in {section}", "Related posts", "Latest from {site}"],
    "kickers": ["Analysis", "Exclusive", "Opinion", "Live", "Breaking", "Interview", "Explainer",
                "Review", "Comment", "Feature", "Update", "News"],
    "ticker": ["Breaking: {h}", "Trending: {k1} · {k2} · {k3}", "{city} {temp}°C {weather}",
               "LIVE: {h}", "Just in: {h}", "Hot topics: {k1}, {k2}, {k3}",
               "Markets: FTSE {ftse} {arrow}{pct}%"],
    "weather": ["Sunny", "Cloudy", "Light rain", "Showers", "Windy", "Fog", "Clear"],
    "bio": ["{name} is a {role_l} at {site}. {pron} has covered {section_l} since {year}.",
            "About the author: {name} writes about {section_l} for {site}.",
            "{name} is {site}'s {role_l}. Follow {obj} on X @{handle}.",
            "{name} joined {site} in {year} after working for several regional titles.",
            "Contact the author: {email}",
            "{name}\n{role}\nView all articles by {name}",
            "About {name}\n{name} reports on {section_l} and lives in {city}."],
    "pron": [("She", "her"), ("He", "him"), ("They", "them")],
    "copyright": ["© {yyyy} {site}. All rights reserved.", "Copyright © {yyyy} {company}",
                  "© {site} {yyyy}", "{site} © {yyyy} {company}. Registered in England and Wales No. {regno}.",
                  "© {yyyy} {company}. All rights reserved.", "All rights reserved © {yyyy} {site}"],
    "footer_links": ["About us", "Contact", "Privacy policy", "Terms", "Cookie settings",
                     "Advertise", "Careers", "Help", "Accessibility", "Sitemap", "Corrections",
                     "Complaints", "Terms and conditions", "Contact us", "Subscriptions",
                     "Editorial standards", "Manage consent"],
    "footer_misc": ["Back to top", "{site} is part of {group} Media.", "Proudly independent since {year}.",
                    "Registered office: {address}", "{address}", "Tel: {phone}",
                    "{site} is a member of the Independent Press Standards Organisation.",
                    "Powered by {cms}"],
    "streets": ["{n} Harbour Road", "{n} Mill Lane", "Unit {n}, Riverside Park", "{n} Market Street",
                "{n} Queen's Parade", "The Old Print Works, {n} Station Road"],
    "postcode": ["{L}{L}{n} {n}{L}{L}", "{L}{n} {n}{L}{L}"],
    "company_sfx": ["Ltd", "Media Ltd", "Publishing Group", "News Ltd", "Newspapers Ltd"],
    "cookie": ["We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.",
               "This website uses cookies.",
               "We and our partners use cookies to personalise content and ads.",
               "This site uses cookies to analyse traffic and remember your preferences.",
               "We care about your privacy. Choose which cookies you allow.",
               "By clicking Accept, you consent to the storage of cookies on your device."],
    "cookie_buttons": ["Accept all cookies", "Accept", "Manage preferences", "Reject all",
                       "Cookie settings", "OK", "I agree", "More options", "Accept and close"],
    "paywall": ["This article is for subscribers only.", "Subscribe to keep reading",
                "You've read {n} of {m} free articles this month.",
                "Already a subscriber? Log in", "Unlock unlimited access for {price}"],
}

T["de"] = {
    "cities": ["Lindenau", "Rheinfeld", "Hohenstein", "Marbach", "Auental", "Birkenau",
               "Kaltenbrunn", "Waldsee", "Steinach", "Eichbach", "Mühlhofen", "Grünwalde"],
    "nouns": ["Bote", "Anzeiger", "Kurier", "Rundschau", "Zeitung", "Tagblatt", "Nachrichten",
              "Echo", "Presse", "Post", "Volksblatt", "Merkur", "Landbote", "Wochenblatt"],
    "adjs": ["Neue", "Freie", "Allgemeine", "Abendliche", "Südliche"],
    "site_patterns": ["{city}er {noun}", "Der {city}er {noun}", "{noun} {city}", "{adj} {city}er Presse",
                      "{city} aktuell", "{city}er Nachrichten", "Neues aus {city}", "{city}24"],
    "tlds": ["de", "at", "ch", "de", "info"],
    "taglines": ["Unabhängig seit {year}", "Nachrichten aus der Region", "Die Zeitung für {city}",
                 "Gegründet {year}", "Ihre Heimatzeitung", "Aktuell. Regional. Kritisch."],
    "sections": {
        "business": ["Wirtschaft", "Finanzen", "Geld", "Börse"],
        "entertainment": ["Kultur", "Unterhaltung", "Feuilleton", "Leute", "Kino & TV"],
        "politics": ["Politik", "Inland", "Ausland", "Deutschland & Welt"],
        "sport": ["Sport", "Fußball", "Sport regional"],
        "tech": ["Digital", "Technik", "Netzwelt", "Wissen & Technik"],
    },
    "subsections": {
        "business": ["Unternehmen", "Märkte", "Verbraucher", "Konjunktur"],
        "entertainment": ["Film", "Musik", "Fernsehen", "Bücher"],
        "politics": ["Bundestag", "Europa", "Wahlen", "Kommunales"],
        "sport": ["Bundesliga", "Tennis", "Leichtathletik", "Wintersport"],
        "tech": ["Smartphones", "Internet", "Games", "Datenschutz"],
    },
    "extras": ["Nachrichten", "Region", "Meinung", "Video", "Podcast", "Newsletter", "Wetter",
               "Reise", "Gesundheit", "Panorama", "Rätsel", "Traueranzeigen", "Immobilien"],
    "home": ["Startseite", "Home", "Übersicht"],
    "more": ["Mehr", "Alle Ressorts"],
    "skip": ["Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation springen",
             "Zum Hauptinhalt", "Springe zum Inhalt"],
    "account": ["Anmelden", "Abonnieren", "Registrieren", "Mein Konto", "Suche", "Menü",
                "E-Paper", "Abo", "Jetzt abonnieren", "Login", "Abo ab {price}"],
    "prices": ["0,99 €", "1 €", "4,99 €", "9,90 €"],
    "first": ["Anna", "Lukas", "Katrin", "Jonas", "Miriam", "Felix", "Sabine", "Tobias",
              "Leonie", "Matthias", "Jana", "Florian", "Ulrike", "Henrik", "Clara", "Bernd"],
    "last": ["Brandt", "Köhler", "Winkler", "Hoffmann", "Lindner", "Vogt", "Seidel", "Kramer",
             "Albrecht", "Engel", "Busch", "Reuter", "Scholz", "Wolff", "Pfeiffer", "Haas"],
    "roles": ["Korrespondent in Berlin", "Wirtschaftsredakteurin", "Sportredaktion",
              "Redakteur", "Ressortleiterin Kultur", "Digitalredaktion", "Chefreporter"],
    "bylines": ["Von {name}", "{name}, {role}", "Ein Beitrag von {name}", "Autor: {name}",
                "{name} ({section})", "Von {name} und {name2}", "VON {NAME}", "Text: {name}",
                "{name}\n{role}"],
    "staff": ["Redaktion", "dpa", "{site}-Redaktion", "Online-Redaktion"],
    "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"],
    "mons": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "days": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "dys": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "dates": ["{d}. {Month} {yyyy}, {HH}:{MM} Uhr", "{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yyyy}, {HH}:{MM} Uhr",
              "{Day}, {d}. {Month} {yyyy}", "{d}. {Mon} {yyyy}", "{Dy} {dd}.{mm}.{yyyy} | {HH}:{MM}",
              "{dd}.{mm}.{yy} - {HH}:{MM}"],
    "date_labels": ["Veröffentlicht am {date}", "Aktualisiert: {date}", "{date}",
                    "Stand: {date}", "Erstellt: {date}", "Zuletzt aktualisiert am {date}", "{date}"],
    "ago": ["vor {n} Stunden", "vor {n} Minuten", "vor {n} Std.", "gestern"],
    "tz": ["MEZ", "MESZ"],
    "readtime": ["Lesezeit: {n} Minuten", "{n} Min. Lesezeit", "{n} Min", "Lesedauer: ca. {n} Minuten",
                 "⏱ {n} Min."],
    "listen": ["Artikel anhören", "Vorlesen lassen", "Diesen Artikel anhören ({n} Min.)",
               "Audio-Version", "Artikel vorlesen"],
    "credits": ["Foto: {name}/dpa", "Bild: {agency}", "© {agency}", "Foto: {agency}",
                "Quelle: {agency}", "Foto: {name}"],
    "agencies": ["dpa", "picture alliance", "imago images", "Reuters", "AFP", "Keystone", "APA",
                 "{site}-Archiv"],
    "ad": ["Anzeige", "ANZEIGE", "Werbung", "Weiterlesen nach der Anzeige", "Sponsored",
           "Gesponserter Inhalt", "- Anzeige -"],
    "readmore": ["Lesen Sie auch: {h}", "Mehr zum Thema: {h}", "Auch interessant: {h}",
                 "Weiterlesen: {h}", "Das könnte Sie auch interessieren: {h}", "LESEN SIE AUCH\n{h}",
                 "Zum Thema\n{h}", "Passend dazu: {h}"],
    "continue": ["Artikel wird unter der Anzeige fortgesetzt", "Lesen Sie weiter",
                 "Weiter im Text", "Der Artikel geht unten weiter"],
    "nlbox": [["Newsletter", "Die wichtigsten Nachrichten aus {city} jeden Morgen per E-Mail.",
               "E-Mail-Adresse", "Jetzt anmelden"],
              ["{NL}", "Kostenlos und jederzeit abbestellbar.", "Abonnieren"],
              ["Nichts mehr verpassen!", "Melden Sie sich für {nl} an.", "Ihre E-Mail", "Anmelden"],
              ["{section} kompakt", "Einmal pro Woche das Wichtigste aus {section_l}.", "Registrieren"]],
    "nl_names": ["{city} am Morgen", "Der Tag kompakt", "Das Wochenende", "Newsletter {section}"],
    "share_words": ["Teilen", "Artikel teilen", "Diesen Artikel teilen", "Jetzt teilen"],
    "share_nets": ["Facebook", "X", "WhatsApp", "E-Mail", "LinkedIn", "Telegram", "Xing", "Threads"],
    "share_extra": ["Link kopieren", "Drucken", "Merken", "Kommentieren", "Versenden"],
    "share_on": "Auf {net} teilen",
    "tags": ["Schlagworte: {list}", "Themen: {list}", "Mehr zu: {list}", "Themen\n{lines}",
             "Weitere Themen: {list}", "{hashes}"],
    "newsletter": ["Bleiben Sie informiert – abonnieren Sie unseren Newsletter!",
                   "Jetzt für den Morgen-Newsletter anmelden",
                   "Unterstützen Sie unabhängigen Journalismus.",
                   "Sie haben Hinweise? Schreiben Sie an redaktion@{host}",
                   "Lesen Sie {site} digital: jetzt vier Wochen kostenlos testen",
                   "Keine Nachricht mehr verpassen mit {nl}.",
                   "Gefällt Ihnen dieser Artikel? Dann abonnieren Sie {site}."],
    "follow": ["Folgen Sie uns auf Facebook und Instagram", "{site} auf WhatsApp folgen",
               "Folgen Sie {name} auf X", "Folgen Sie uns"],
    "app": ["Jetzt die {site}-App herunterladen", "Unsere App: kostenlos im App Store und bei Google Play"],
    "feedback": [["War dieser Artikel hilfreich?", "Ja", "Nein"],
                 ["Fehler gefunden? Schreiben Sie uns."], ["Fehler melden"]],
    "print_note": ["Dieser Artikel erschien in der Printausgabe vom {date}.",
                   "Dieser Text erschien zuerst am {date}."],
    "credits_tail": ["Mit Material von dpa", "Mitarbeit: {name}", "Mit Agenturmaterial."],
    "copyright_notice": ["© {site} {yyyy} – Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
                         "Nutzungsrechte erwerben: lizenz@{host}"],
    "comments_head": ["Kommentare", "Kommentar schreiben", "{n} Kommentare", "Diskutieren Sie mit",
                      "Kommentare ({n})", "Leserkommentare", "Ihre Meinung ist gefragt"],
    "comment_form": [["Kommentar verfassen", "Abschicken"], ["Sortieren nach: Neueste", "Älteste"],
                     ["Ihre E-Mail-Adresse wird nicht veröffentlicht.", "Name *", "Kommentar absenden"]],
    "says": ["{user} sagt:", "{user}", "{user} · {ago}", "{user} am {date}", "{user} schreibt:",
             "{user}\n{date}"],
    "reply": ["Antworten", "Antworten · Melden", "Gefällt mir ({n})", "Melden"],
    "users": ["{first}{num}", "{first} {L}.", "Leser aus {city}", "{first}_{l}", "Bürger{num}", "{first}"],
    "user_adj": [], "user_noun": [],
    "comment_short": ["Endlich!", "Das war ja klar.", "Sehr traurig.", "Unglaublich.",
                      "Na dann viel Glück.", "Wer soll das glauben?", "Gute Nachricht für die Region."],
    "comment_long": ["Ich wohne seit dreißig Jahren hier und so etwas habe ich noch nie erlebt.",
                     "Warum fragt eigentlich niemand, was {k} dazu sagt?",
                     "Der Artikel lässt leider die Hälfte der Fakten weg.",
                     "Man sollte erst einmal abwarten, bevor man urteilt.",
                     "Bei {k} läuft doch schon lange einiges schief.",
                     "Danke für die ausführliche Berichterstattung, weiter so!",
                     "Am Ende zahlen wieder die Kleinen die Zeche."],
    "login": ["Sie müssen angemeldet sein, um einen Kommentar abzugeben.",
              "Bitte melden Sie sich an, um zu kommentieren.",
              "Die Kommentarfunktion ist geschlossen.", "Kommentieren nur für Abonnenten"],
    "related_head": ["Das könnte Sie auch interessieren", "Mehr aus {section}", "Meistgelesen",
                     "Weitere Artikel", "Top-Themen", "Empfehlungen der Redaktion",
                     "Neueste Artikel", "Auch interessant", "Mehr zum Thema"],
    "kickers": ["Analyse", "Exklusiv", "Kommentar", "Live", "Eilmeldung", "Interview", "Hintergrund"],
    "ticker": ["Eilmeldung: {h}", "Top-Themen: {k1} · {k2} · {k3}", "{city} {temp} °C", "LIVE: {h}"],
    "weather": [],
    "bio": ["{name} ist Redakteur im Ressort {section}.", "Über die Autorin: {name} schreibt seit {year} für {site}.",
            "{name} berichtet für {site} über {section_l}.", "Kontakt: {email}",
            "{name}\n{role}\nAlle Artikel von {name}"],
    "pron": [("Sie", "sie"), ("Er", "ihn")],
    "copyright": ["© {yyyy} {site}", "© {yyyy} {company}. Alle Rechte vorbehalten.",
                  "Copyright © {site} {yyyy}", "© {company} {yyyy}"],
    "footer_links": ["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Karriere",
                     "Cookie-Einstellungen", "Barrierefreiheit", "Abo-Service", "Leserservice"],
    "footer_misc": ["Nach oben", "{address}", "Ein Angebot der {company}", "Telefon: {phone}"],
    "streets": ["{word}straße {n}", "Am {word}platz {n}", "{word}weg {n}"],
    "street_words": ["Linden", "Mühlen", "Markt", "Bahnhof", "Kirch", "Schiller"],
    "postcode": ["{n5} {city}"],
    "company_sfx": ["GmbH", "Medien GmbH", "Verlag GmbH & Co. KG", "Mediengruppe"],
    "cookie": ["Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
               "Diese Website nutzt Cookies und ähnliche Technologien.",
               "Mit der Nutzung unserer Seite stimmen Sie der Verwendung von Cookies zu."],
    "cookie_buttons": ["Alle akzeptieren", "Einstellungen", "Ablehnen", "Zustimmen",
                       "Nur notwendige Cookies"],
    "paywall": ["Dieser Artikel ist nur für Abonnenten verfügbar.", "Jetzt weiterlesen mit {site}+",
                "Bereits Abonnent? Hier anmelden"],
}

T["fr"] = {
    "cities": ["Valmont", "Saint-Aubin", "Beaurivage", "Montclair", "Castelnau", "Lormont",
               "Villeneuve-sur-Orne", "Bellerive", "Roches-Blanches", "Saint-Ferréol"],
    "nouns_m": ["Courrier", "Progrès", "Républicain", "Réveil", "Journal", "Messager", "Petit Écho",
                "Télégramme", "Phare"],
    "nouns_f": ["Dépêche", "Gazette", "Voix", "Tribune", "Nouvelle République", "Presse", "Semaine"],
    "site_patterns": ["Le {noun_m} de {city}", "La {noun_f} de {city}", "Le {noun_m} {city}",
                      "{city} Info", "{city} Matin", "L'Écho de {city}", "Actu {city}"],
    "tlds": ["fr", "be", "ch", "fr", "info"],
    "taglines": ["L'information de votre région", "Quotidien indépendant depuis {year}",
                 "Toute l'actualité de {city}", "Fondé en {year}"],
    "sections": {
        "business": ["Économie", "Entreprises", "Argent", "Éco"],
        "entertainment": ["Culture", "Loisirs", "Cinéma", "People", "Sorties"],
        "politics": ["Politique", "International", "Monde", "France"],
        "sport": ["Sport", "Sports", "Football"],
        "tech": ["Tech", "Numérique", "High-tech", "Sciences"],
    },
    "subsections": {
        "business": ["Marchés", "Entreprises", "Consommation", "Emploi"],
        "entertainment": ["Cinéma", "Musique", "Télévision", "Livres"],
        "politics": ["Élections", "Europe", "Gouvernement", "Parlement"],
        "sport": ["Ligue 1", "Rugby", "Tennis", "Cyclisme"],
        "tech": ["Internet", "Smartphones", "Jeux vidéo", "Cybersécurité"],
    },
    "extras": ["Actualité", "Régions", "Opinions", "Vidéos", "Podcasts", "Newsletters", "Météo",
               "Voyage", "Santé", "Faits divers", "Jeux", "Avis de décès"],
    "home": ["Accueil", "À la une"],
    "more": ["Plus", "Toutes les rubriques"],
    "skip": ["Aller au contenu", "Passer au contenu principal", "Aller au menu", "Aller à la recherche"],
    "account": ["Se connecter", "S'abonner", "Mon compte", "Rechercher", "Menu", "Abonnez-vous",
                "Le journal numérique", "Connexion", "Offre à {price}"],
    "prices": ["1 €", "0,99 €", "9,99 €"],
    "first": ["Camille", "Julien", "Élodie", "Mathieu", "Sophie", "Antoine", "Claire", "Nicolas",
              "Léa", "Thomas", "Manon", "Hugo", "Isabelle", "Rémi", "Chloé", "Baptiste"],
    "last": ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Fontaine", "Chevalier", "Mercier",
             "Blanchard", "Gauthier", "Perrin", "Lambert", "Dupuis", "Marchand", "Roux", "Faure"],
    "roles": ["envoyé spécial à {city}", "service économie", "rédaction sport", "journaliste",
              "correspondante à Bruxelles", "rédacteur en chef adjoint"],
    "bylines": ["Par {name}", "{name}, {role}", "Publié par {name}", "Propos recueillis par {name}",
                "Par {name} avec AFP", "Par {name} et {name2}", "PAR {NAME}", "{name}\n{role}"],
    "staff": ["La rédaction", "Rédaction {site}", "Avec AFP"],
    "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"],
    "mons": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "dys": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "dates": ["{d} {Month} {yyyy} à {HH}h{MM}", "{dd}/{mm}/{yyyy}", "{Day} {d} {Month} {yyyy}",
              "{dd}/{mm}/{yyyy} à {HH}:{MM}", "{d} {Mon} {yyyy}", "le {d} {Month} {yyyy} à {HH}h{MM}"],
    "date_labels": ["Publié le {date}", "Mis à jour le {date}", "{date}", "Publié {date}",
                    "Modifié le {date}", "Publié le {date}\nMis à jour {ago}"],
    "ago": ["il y a {n} heures", "il y a {n} min", "hier"],
    "tz": [],
    "readtime": ["Temps de lecture : {n} min", "Lecture {n} min", "{n} min de lecture",
                 "Lecture : {n} minutes"],
    "listen": ["Écouter cet article", "Écouter l'article ({n} min)", "Version audio", "Écouter"],
    "credits": ["Photo : {agency}", "Crédit photo : {name}", "© {name} / AFP", "Photo {name}",
                "Illustration : {agency}"],
    "agencies": ["AFP", "Reuters", "MaxPPP", "Belga", "Hans Lucas", "archives {site}"],
    "ad": ["Publicité", "PUBLICITÉ", "Annonce", "La suite après cette publicité",
           "Contenu sponsorisé", "Publicité - Continuez à lire ci-dessous"],
    "readmore": ["Lire aussi : {h}", "À lire aussi : {h}", "Sur le même sujet : {h}",
                 "LIRE AUSSI - {h}", "Voir aussi : {h}", "À LIRE AUSSI\n{h}", "Notre dossier : {h}"],
    "continue": ["L'article continue ci-dessous", "Suite de l'article ci-dessous", "Lire la suite"],
    "nlbox": [["Newsletter", "Recevez chaque matin l'essentiel de l'actualité de {city}.",
               "Votre adresse e-mail", "Je m'inscris"],
              ["{NL}", "Gratuite et sans engagement.", "S'inscrire"],
              ["Ne manquez rien de l'actualité {section_l}", "Inscrivez-vous à {nl}.", "Valider"]],
    "nl_names": ["La Matinale", "L'essentiel du soir", "{city} Hebdo", "La lettre {section}"],
    "share_words": ["Partager", "Partager cet article", "Partagez l'article"],
    "share_nets": ["Facebook", "X", "Twitter", "LinkedIn", "WhatsApp", "E-mail", "Messenger"],
    "share_extra": ["Copier le lien", "Imprimer", "Sauvegarder", "Offrir l'article"],
    "share_on": "Partager sur {net}",
    "tags": ["Mots-clés : {list}", "Thèmes : {list}", "Sujets associés : {list}",
             "Sur le même thème\n{lines}", "{hashes}"],
    "newsletter": ["Restez informé : inscrivez-vous à notre newsletter !",
                   "Recevez chaque matin l'essentiel de l'actualité.",
                   "Soutenez une information indépendante, abonnez-vous.",
                   "Une info à nous signaler ? Écrivez à redaction@{host}",
                   "Cet article vous a intéressé ? Découvrez {nl}.",
                   "Abonnez-vous dès {price} le premier mois"],
    "follow": ["Suivez-nous sur Facebook et Instagram", "Suivez {site} sur WhatsApp",
               "Suivez {name} sur X"],
    "app": ["Téléchargez l'application {site}", "Notre appli est disponible sur iOS et Android."],
    "feedback": [["Cet article vous a-t-il été utile ?", "Oui", "Non"], ["Signaler une erreur"],
                 ["Une erreur dans l'article ? Signalez-la."]],
    "print_note": ["Cet article est paru dans l'édition du {date}.",
                   "Article publié dans notre édition papier du {date}."],
    "credits_tail": ["Avec AFP", "Avec {name} à {city}.", "Avec agences"],
    "copyright_notice": ["© {site} {yyyy} - Toute reproduction interdite.",
                         "Droits de reproduction et de diffusion réservés © {site} {yyyy}"],
    "comments_head": ["Commentaires", "Laisser un commentaire", "{n} commentaires", "Réagir",
                      "Réactions ({n})", "Vos réactions", "Donnez votre avis"],
    "comment_form": [["Votre commentaire", "Envoyer"], ["Trier par : Plus récents", "Plus anciens"],
                     ["Votre adresse e-mail ne sera pas publiée.", "Publier"]],
    "says": ["{user} dit :", "{user}", "{user} · {ago}", "{user} le {date}", "{user} a écrit :"],
    "reply": ["Répondre", "Répondre · Signaler", "J'aime ({n})", "Signaler un abus"],
    "users": ["{first}{num}", "{first} {L}.", "Un lecteur de {city}", "{first}_{l}", "{first}"],
    "user_adj": [], "user_noun": [],
    "comment_short": ["Enfin !", "Il était temps.", "Quelle tristesse.", "Incroyable.",
                      "Bonne nouvelle.", "On verra bien.", "Sans commentaire."],
    "comment_long": ["J'habite ici depuis vingt ans et je n'ai jamais vu ça.",
                     "Personne ne demande combien tout cela va coûter ?",
                     "L'article oublie de préciser le rôle de {k} dans cette affaire.",
                     "Merci pour ce travail d'enquête, c'est rare.",
                     "Encore une fois, ce sont les petits qui paieront.",
                     "Attendons la suite avant de juger {k}.",
                     "Je ne comprends pas pourquoi on en parle seulement maintenant."],
    "login": ["Vous devez être connecté pour publier un commentaire.",
              "Connectez-vous pour réagir.", "Les commentaires sont fermés.",
              "Réservé aux abonnés : connectez-vous pour commenter."],
    "related_head": ["Articles similaires", "Les plus lus", "À lire aussi", "Plus d'articles {section}",
                     "Nos recommandations", "Dernières actualités", "Sur le même thème",
                     "Les articles les plus partagés"],
    "kickers": ["Analyse", "Exclusif", "Décryptage", "Direct", "Entretien", "Tribune", "Enquête"],
    "ticker": ["Alerte : {h}", "En ce moment : {k1} · {k2} · {k3}", "{city} {temp} °C", "DIRECT - {h}"],
    "weather": [],
    "bio": ["{name} est journaliste au service {section_l}.",
            "À propos de l'auteur : {name} couvre l'actualité {section_l} depuis {year}.",
            "Contacter l'auteur : {email}", "{name}\n{role}\nTous les articles de {name}"],
    "pron": [("Elle", "elle"), ("Il", "lui")],
    "copyright": ["© {site} {yyyy} – Tous droits réservés", "© {yyyy} {company}",
                  "Copyright {site} {yyyy}", "{site} © {yyyy}"],
    "footer_links": ["Mentions légales", "Politique de confidentialité", "CGU", "Contact",
                     "Gérer les cookies", "Publicité", "Qui sommes-nous ?", "Plan du site",
                     "Accessibilité", "Nous rejoindre"],
    "footer_misc": ["Haut de page", "{address}", "{site} est édité par {company}.", "Tél. : {phone}"],
    "streets": ["{n} rue {word}", "{n} avenue {word}", "{n} place {word}"],
    "street_words": ["Victor-Hugo", "de la République", "des Tilleuls", "Jean-Jaurès", "du Marché"],
    "postcode": ["{n5} {city}"],
    "company_sfx": ["SAS", "Groupe Presse", "Éditions SA", "Médias SARL"],
    "cookie": ["Nous utilisons des cookies pour améliorer votre expérience.",
               "Ce site utilise des cookies pour mesurer l'audience et personnaliser les publicités.",
               "En poursuivant votre navigation, vous acceptez l'utilisation de cookies."],
    "cookie_buttons": ["Tout accepter", "Paramétrer", "Continuer sans accepter", "Refuser", "J'accepte"],
    "paywall": ["Cet article est réservé aux abonnés.", "Il vous reste 80 % de cet article à lire.",
                "Déjà abonné ? Se connecter"],
}

T["es"] = {
    "cities": ["Valdeluna", "San Marcos del Río", "Villalba", "Peñaverde", "Río Claro",
               "Montealegre", "Torreblanca", "Almendral", "Santa Brígida", "Puerto Alcor"],
    "nouns_m": ["Heraldo", "Diario", "Correo", "Faro", "Mensajero", "Periódico", "Norte", "Eco", "Informador"],
    "nouns_f": ["Voz", "Gaceta", "Crónica", "Tribuna", "Opinión", "Razón", "Verdad"],
    "site_patterns": ["El {noun_m} de {city}", "La {noun_f} de {city}", "El {noun_m} {city}",
                      "{city} Hoy", "Diario de {city}", "{city} Noticias", "{city} Digital"],
    "tlds": ["es", "com.mx", "com.ar", "cl", "es"],
    "taglines": ["Diario independiente de la mañana", "Noticias de {city} y su comarca",
                 "Desde {year}", "El periódico de {city}"],
    "sections": {
        "business": ["Economía", "Negocios", "Mercados", "Empresas"],
        "entertainment": ["Cultura", "Gente", "Ocio", "Espectáculos", "Cine"],
        "politics": ["Política", "Internacional", "Nacional", "España"],
        "sport": ["Deportes", "Fútbol", "Más deporte"],
        "tech": ["Tecnología", "Ciencia y Tecnología", "Tecno", "Internet"],
    },
    "subsections": {
        "business": ["Bolsa", "Empresas", "Consumo", "Empleo"],
        "entertainment": ["Cine", "Música", "Televisión", "Libros"],
        "politics": ["Elecciones", "Europa", "Gobierno", "Congreso"],
        "sport": ["Liga", "Tenis", "Baloncesto", "Ciclismo"],
        "tech": ["Móviles", "Redes sociales", "Videojuegos", "Ciberseguridad"],
    },
    "extras": ["Portada", "Local", "Opinión", "Vídeos", "Podcasts", "Boletines", "El tiempo",
               "Viajes", "Salud", "Sucesos", "Pasatiempos", "Esquelas"],
    "home": ["Inicio", "Portada"],
    "more": ["Más", "Todas las secciones"],
    "skip": ["Saltar al contenido", "Ir al contenido principal", "Saltar a la navegación"],
    "account": ["Iniciar sesión", "Suscríbete", "Regístrate", "Mi cuenta", "Buscar", "Menú",
                "Hemeroteca", "Edición impresa", "Entrar", "Suscríbete por {price}"],
    "prices": ["1 €", "0,99 €", "5 €"],
    "first": ["Lucía", "Javier", "Marta", "Alejandro", "Carmen", "Diego", "Elena", "Pablo",
              "Sofía", "Andrés", "Laura", "Sergio", "Nuria", "Raúl", "Inés", "Gonzalo"],
    "last": ["García Ruiz", "Fernández", "Navarro", "Moreno", "Serrano", "Castillo", "Ortega",
             "Romero", "Delgado", "Vidal", "Herrera", "Molina", "Iglesias", "Cano", "Pascual"],
    "roles": ["corresponsal en {city}", "redacción de Economía", "periodista", "enviada especial",
              "jefe de Deportes"],
    "bylines": ["Por {name}", "{name} | {city}", "{name}, {role}", "Texto: {name}",
                "Por {name} y {name2}", "POR {NAME}", "{name}\n{role}"],
    "staff": ["Redacción", "Redacción {site}", "Agencias", "EFE"],
    "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"],
    "mons": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "days": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "dys": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "dates": ["{d} de {Month} de {yyyy}", "{dd}/{mm}/{yyyy} - {HH}:{MM}", "{d} {Mon} {yyyy} {HH}:{MM}",
              "{Day}, {d} de {Month} de {yyyy}, {HH}:{MM} h", "{dd}/{mm}/{yyyy}", "{d} {Mon}. {yyyy}"],
    "date_labels": ["Actualizado: {date}", "Publicado el {date}", "{date}", "Actualizado {date}",
                    "Fecha: {date}", "Publicado: {date}\nActualizado {ago}"],
    "ago": ["hace {n} horas", "hace {n} min", "ayer"],
    "tz": ["CET"],
    "readtime": ["Lectura: {n} min", "{n} minutos de lectura", "Tiempo de lectura: {n} min", "{n} min"],
    "listen": ["Escuchar esta noticia", "Escuchar artículo", "Versión en audio ({n} min)", "Escuchar"],
    "credits": ["Foto: {name} / EFE", "Imagen: {agency}", "Fotografía: {name}", "© {agency}",
                "Foto: {agency}"],
    "agencies": ["EFE", "Europa Press", "Reuters", "AFP", "Archivo {site}"],
    "ad": ["Publicidad", "PUBLICIDAD", "Anuncio", "Sigue leyendo tras la publicidad",
           "Contenido patrocinado", "- Publicidad -"],
    "readmore": ["Lee también: {h}", "Te puede interesar: {h}", "Más información: {h}",
                 "LEA TAMBIÉN: {h}", "Relacionado: {h}", "TE PUEDE INTERESAR\n{h}", "Noticia relacionada\n{h}"],
    "continue": ["La noticia continúa debajo", "Continúa leyendo", "Sigue leyendo"],
    "nlbox": [["Boletín", "Recibe cada mañana las noticias más importantes de {city}.",
               "Tu correo electrónico", "Apúntate"],
              ["{NL}", "Gratis, cada día en tu correo.", "Suscribirme"],
              ["No te pierdas nada", "Suscríbete a {nl}.", "Enviar"]],
    "nl_names": ["El Despertador", "Lo mejor del día", "{city} al día", "Boletín de {section}"],
    "share_words": ["Compartir", "Comparte esta noticia", "Compartir en redes"],
    "share_nets": ["Facebook", "X", "Twitter", "WhatsApp", "Email", "LinkedIn", "Telegram"],
    "share_extra": ["Copiar enlace", "Imprimir", "Guardar", "Comentar"],
    "share_on": "Compartir en {net}",
    "tags": ["Etiquetas: {list}", "Temas: {list}", "Archivado en: {list}", "Temas\n{lines}", "{hashes}"],
    "newsletter": ["Mantente informado: suscríbete a nuestro boletín.",
                   "Recibe cada mañana las noticias más importantes.",
                   "Apoya el periodismo independiente. Suscríbete.",
                   "¿Tienes una noticia? Escríbenos a redaccion@{host}",
                   "Hazte suscriptor de {site} por solo {price} al mes",
                   "Si te ha gustado, apúntate a {nl}."],
    "follow": ["Síguenos en Facebook, X e Instagram", "Sigue a {site} en WhatsApp", "Sigue a {name} en X"],
    "app": ["Descarga la app de {site}", "Disponible en App Store y Google Play"],
    "feedback": [["¿Te ha resultado útil esta noticia?", "Sí", "No"], ["Reportar un error"],
                 ["¿Has visto un error? Avísanos."]],
    "print_note": ["Este artículo se publicó en la edición impresa del {date}.",
                   "Esta información apareció en papel el {date}."],
    "credits_tail": ["Con información de agencias", "Con información de {name}.", "(Con EFE)"],
    "copyright_notice": ["© {site} {yyyy}. Queda prohibida la reproducción total o parcial.",
                         "Todos los derechos reservados. {site} {yyyy}"],
    "comments_head": ["Comentarios", "Deja una respuesta", "{n} comentarios", "Únete a la conversación",
                      "Comentarios ({n})", "Opina", "¿Qué opinas?"],
    "comment_form": [["Escribe tu comentario", "Enviar"], ["Ordenar por: Recientes", "Antiguos"],
                     ["Tu dirección de correo no será publicada.", "Publicar comentario"]],
    "says": ["{user} dice:", "{user}", "{user} · {ago}", "{user} el {date}", "{user} escribió:"],
    "reply": ["Responder", "Responder · Denunciar", "Me gusta ({n})", "Denunciar"],
    "users": ["{first}{num}", "{first} {L}.", "Un vecino de {city}", "{first}_{l}", "{first}"],
    "user_adj": [], "user_noun": [],
    "comment_short": ["¡Por fin!", "Lo de siempre.", "Qué pena.", "Increíble.", "Buena noticia.",
                      "Ya veremos.", "Sin palabras."],
    "comment_long": ["Vivo aquí desde hace veinte años y nunca había visto algo así.",
                     "¿Nadie va a preguntar cuánto nos va a costar esto?",
                     "El artículo no explica bien qué papel tiene {k} en todo esto.",
                     "Gracias por contarlo, en otros medios ni lo mencionan.",
                     "Al final pagamos siempre los mismos.",
                     "Habrá que esperar a ver qué dice {k}.",
                     "No entiendo por qué se tarda tanto en tomar una decisión."],
    "login": ["Debes iniciar sesión para publicar un comentario.", "Inicia sesión para comentar",
              "Los comentarios están cerrados.", "Solo los suscriptores pueden comentar."],
    "related_head": ["Noticias relacionadas", "Lo más leído", "También te puede interesar",
                     "Más de {section}", "Últimas noticias", "Recomendado", "Te recomendamos",
                     "Lo último"],
    "kickers": ["Análisis", "Exclusiva", "Opinión", "Directo", "Entrevista", "Última hora", "Reportaje"],
    "ticker": ["Última hora: {h}", "Temas del día: {k1} · {k2} · {k3}", "{city} {temp} °C", "DIRECTO | {h}"],
    "weather": [],
    "bio": ["{name} es periodista de la sección de {section} de {site}.",
            "Sobre el autor: {name} escribe sobre {section_l} desde {year}.", "Contacto: {email}",
            "{name}\n{role}\nVer todos los artículos de {name}"],
    "pron": [("Ella", "ella"), ("Él", "él")],
    "copyright": ["© {yyyy} {site}. Todos los derechos reservados.", "© {company} {yyyy}",
                  "Copyright © {yyyy} {company}", "{site} © {yyyy}"],
    "footer_links": ["Aviso legal", "Política de privacidad", "Política de cookies", "Contacto",
                     "Quiénes somos", "Publicidad", "Mapa web", "Configurar cookies", "Trabaja con nosotros"],
    "footer_misc": ["Volver arriba", "{address}", "{site} es una publicación de {company}.", "Tel.: {phone}"],
    "streets": ["Calle {word}, {n}", "Avenida {word}, {n}", "Plaza {word}, {n}"],
    "street_words": ["Mayor", "de la Constitución", "del Mar", "San Juan", "de los Olmos"],
    "postcode": ["{n5} {city}"],
    "company_sfx": ["S.L.", "Ediciones S.A.", "Grupo Editorial", "Medios S.L."],
    "cookie": ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
               "Este sitio web utiliza cookies para ofrecerte una mejor experiencia.",
               "Si continúas navegando, aceptas nuestra política de cookies."],
    "cookie_buttons": ["Aceptar todas", "Configurar", "Rechazar", "Aceptar", "Más información"],
    "paywall": ["Este contenido es exclusivo para suscriptores.", "Suscríbete para seguir leyendo",
                "¿Ya eres suscriptor? Inicia sesión"],
}

T["it"] = {
    "cities": ["Valsereno", "Montefiore", "Sanlorenzo", "Borgorosso", "Castelvetro", "Rocca Alta",
               "Pietralba", "Torre del Lago Nuovo", "Villafranca Alta", "Serravalle"],
    "nouns_m": ["Corriere", "Gazzettino", "Messaggero", "Giornale", "Resto", "Mattino", "Piccolo",
                "Tirreno", "Cittadino"],
    "nouns_f": ["Gazzetta", "Nazione", "Voce", "Cronaca", "Provincia", "Tribuna", "Sentinella"],
    "site_patterns": ["Il {noun_m} di {city}", "La {noun_f} di {city}", "Il {noun_m} {city}",
                      "{city} Oggi", "{city} Notizie", "{city}Today", "Giornale di {city}"],
    "tlds": ["it", "it", "ch", "info", "net"],
    "taglines": ["Quotidiano indipendente", "Le notizie della tua città", "Dal {year}",
                 "Il giornale di {city} e provincia"],
    "sections": {
        "business": ["Economia", "Finanza", "Affari", "Lavoro"],
        "entertainment": ["Cultura", "Spettacoli", "Cinema", "Tempo libero"],
        "politics": ["Politica", "Esteri", "Italia", "Cronaca politica"],
        "sport": ["Sport", "Calcio", "Altri sport"],
        "tech": ["Tecnologia", "Hi-tech", "Scienze", "Digitale"],
    },
    "subsections": {
        "business": ["Mercati", "Aziende", "Risparmio", "Lavoro"],
        "entertainment": ["Cinema", "Musica", "Televisione", "Libri"],
        "politics": ["Governo", "Parlamento", "Europa", "Elezioni"],
        "sport": ["Serie A", "Tennis", "Ciclismo", "Motori"],
        "tech": ["Smartphone", "Internet", "Videogiochi", "Sicurezza"],
    },
    "extras": ["Cronaca", "Opinioni", "Video", "Podcast", "Newsletter", "Meteo", "Viaggi",
               "Salute", "Necrologie", "Giochi", "Motori", "Casa"],
    "home": ["Home", "Prima pagina"],
    "more": ["Altro", "Tutte le sezioni"],
    "skip": ["Vai al contenuto", "Salta al contenuto principale", "Vai alla navigazione"],
    "account": ["Accedi", "Abbonati", "Registrati", "Il mio account", "Cerca", "Menu",
                "Edicola digitale", "Abbonati a {price}"],
    "prices": ["1 €", "0,99 €", "4,99 €"],
    "first": ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo",
              "Elena", "Davide", "Valentina", "Paolo", "Federica", "Stefano", "Martina", "Gianni"],
    "last": ["Rossi", "Bianchi", "Ferrara", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
             "Galli", "Conti", "De Luca", "Mancini", "Costa", "Fontana", "Barbieri"],
    "roles": ["inviato a {city}", "redazione economia", "giornalista", "corrispondente da Bruxelles",
              "caporedattrice sport"],
    "bylines": ["Di {name}", "di {name}", "{name}, {role}", "A cura di {name}", "di {name} e {name2}",
                "DI {NAME}", "{name}\n{role}"],
    "staff": ["Redazione", "Redazione {site}", "ANSA"],
    "months": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
               "settembre", "ottobre", "novembre", "dicembre"],
    "mons": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "days": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "dys": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "dates": ["{d} {Month} {yyyy}, ore {HH}:{MM}", "{dd}/{mm}/{yyyy}", "{Day} {d} {Month} {yyyy}",
              "{dd}/{mm}/{yyyy} - {HH}:{MM}", "{d} {Mon} {yyyy}", "{dd} {Month} {yyyy} {HH}:{MM}"],
    "date_labels": ["Pubblicato il {date}", "Aggiornato il {date}", "{date}", "Ultimo aggiornamento: {date}",
                    "Pubblicato il {date}\nAggiornato {ago}"],
    "ago": ["{n} ore fa", "{n} minuti fa", "ieri"],
    "tz": [],
    "readtime": ["Tempo di lettura: {n} minuti", "{n} min di lettura", "Lettura {n} min", "{n} minuti"],
    "listen": ["Ascolta l'articolo", "Ascolta questo articolo ({n} min)", "Versione audio", "Ascolta"],
    "credits": ["Foto: {agency}", "Foto di {name}", "(Foto ANSA)", "© {agency}", "Foto {name}/{agency}"],
    "agencies": ["ANSA", "LaPresse", "Ipa", "Reuters", "AFP", "Archivio {site}"],
    "ad": ["Pubblicità", "PUBBLICITÀ", "Annuncio", "Continua a leggere dopo la pubblicità",
           "Contenuto sponsorizzato", "- Pubblicità -"],
    "readmore": ["Leggi anche: {h}", "Potrebbe interessarti: {h}", "Approfondisci: {h}",
                 "LEGGI ANCHE - {h}", "Vedi anche: {h}", "LEGGI ANCHE\n{h}", "Correlato\n{h}"],
    "continue": ["L'articolo continua sotto", "Continua a leggere", "Prosegue sotto"],
    "nlbox": [["Newsletter", "Ricevi ogni mattina le notizie più importanti di {city}.",
               "Il tuo indirizzo email", "Iscriviti"],
              ["{NL}", "Gratuita, ogni giorno nella tua casella.", "Iscrivimi"],
              ["Non perderti niente", "Iscriviti a {nl}.", "Invia"]],
    "nl_names": ["Il Buongiorno", "La Giornata", "{city} Sera", "Newsletter {section}"],
    "share_words": ["Condividi", "Condividi questo articolo", "Condividi la notizia"],
    "share_nets": ["Facebook", "X", "Twitter", "WhatsApp", "Email", "LinkedIn", "Telegram"],
    "share_extra": ["Copia link", "Stampa", "Salva", "Commenta"],
    "share_on": "Condividi su {net}",
    "tags": ["Tag: {list}", "Argomenti: {list}", "Temi: {list}", "Argomenti\n{lines}", "{hashes}"],
    "newsletter": ["Resta aggiornato: iscriviti alla nostra newsletter!",
                   "Ricevi ogni mattina le notizie più importanti.",
                   "Sostieni il giornalismo indipendente. Abbonati.",
                   "Hai una segnalazione? Scrivi a redazione@{host}",
                   "Abbonati a {site} a soli {price} al mese",
                   "Ti è piaciuto l'articolo? Iscriviti a {nl}."],
    "follow": ["Seguici su Facebook, X e Instagram", "Segui {site} su WhatsApp", "Segui {name} su X"],
    "app": ["Scarica l'app di {site}", "Disponibile su App Store e Google Play"],
    "feedback": [["Questo articolo ti è stato utile?", "Sì", "No"], ["Segnala un errore"]],
    "print_note": ["Articolo pubblicato sull'edizione cartacea del {date}.",
                   "Questo articolo è uscito in edicola il {date}."],
    "credits_tail": ["Con la collaborazione di {name}.", "(ANSA)", "Con agenzie"],
    "copyright_notice": ["© Riproduzione riservata", "© {yyyy} {site} - Riproduzione vietata."],
    "comments_head": ["Commenti", "Lascia un commento", "{n} commenti", "Partecipa alla discussione",
                      "Commenti ({n})", "Dì la tua"],
    "comment_form": [["Scrivi un commento", "Invia"], ["Ordina per: Più recenti", "Meno recenti"],
                     ["Il tuo indirizzo email non sarà pubblicato.", "Pubblica il commento"]],
    "says": ["{user} ha detto:", "{user}", "{user} · {ago}", "{user} il {date}", "{user} scrive:"],
    "reply": ["Rispondi", "Rispondi · Segnala", "Mi piace ({n})", "Segnala"],
    "users": ["{first}{num}", "{first} {L}.", "Un lettore di {city}", "{first}_{l}", "{first}"],
    "user_adj": [], "user_noun": [],
    "comment_short": ["Finalmente!", "Era ora.", "Che tristezza.", "Incredibile.", "Ottima notizia.",
                      "Vedremo.", "Senza parole."],
    "comment_long": ["Abito qui da vent'anni e non ho mai visto niente del genere.",
                     "Nessuno chiede quanto costerà tutto questo?",
                     "L'articolo non spiega bene il ruolo di {k} in questa vicenda.",
                     "Grazie per averne parlato, altrove non se ne sa nulla.",
                     "Alla fine pagano sempre i soliti.",
                     "Aspettiamo di sentire cosa dice {k} prima di giudicare.",
                     "Non capisco perché ci voglia così tanto a decidere."],
    "login": ["Devi essere connesso per inviare un commento.", "Accedi per commentare",
              "I commenti sono chiusi.", "Commenti riservati agli abbonati."],
    "related_head": ["Articoli correlati", "I più letti", "Potrebbe interessarti anche",
                     "Altro da {section}", "Ultime notizie", "In evidenza", "Ti potrebbe interessare",
                     "Le notizie del giorno"],
    "kickers": ["Analisi", "Esclusiva", "Opinione", "Diretta", "Intervista", "Ultim'ora", "Il caso"],
    "ticker": ["Ultim'ora: {h}", "Temi caldi: {k1} · {k2} · {k3}", "{city} {temp} °C", "DIRETTA | {h}"],
    "weather": [],
    "bio": ["{name} è giornalista della redazione {section}.",
            "L'autore: {name} scrive di {section_l} dal {year}.", "Contatti: {email}",
            "{name}\n{role}\nTutti gli articoli di {name}"],
    "pron": [("Lei", "lei"), ("Lui", "lui")],
    "copyright": ["© {yyyy} {site}", "© {company} {yyyy} - P.IVA {vat}", "Copyright © {yyyy} {company}",
                  "{site} © {yyyy} - Tutti i diritti riservati"],
    "footer_links": ["Chi siamo", "Contatti", "Privacy", "Cookie policy", "Note legali",
                     "Pubblicità", "Lavora con noi", "Gerenza", "Preferenze cookie"],
    "footer_misc": ["Torna su", "{address}", "{site} è una testata di {company}.", "Tel. {phone}"],
    "streets": ["Via {word} {n}", "Piazza {word} {n}", "Corso {word} {n}"],
    "street_words": ["Roma", "Garibaldi", "dei Mille", "Mazzini", "della Libertà"],
    "postcode": ["{n5} {city}"],
    "company_sfx": ["S.p.A.", "Editoriale S.r.l.", "Media S.r.l.", "Gruppo Editoriale"],
    "cookie": ["Questo sito utilizza cookie tecnici e di profilazione.",
               "Utilizziamo i cookie per migliorare la tua esperienza di navigazione.",
               "Chiudendo questo banner acconsenti all'uso dei cookie."],
    "cookie_buttons": ["Accetta tutti", "Rifiuta", "Personalizza", "Accetta", "Maggiori informazioni"],
    "paywall": ["Articolo riservato agli abbonati.", "Abbonati per continuare a leggere",
                "Sei già abbonato? Accedi"],
}

T["nl"] = {
    "cities": ["Zandvliet", "Oosterwolde", "Lindenhaven", "Bergveld", "Duinrijk", "Waterhoven",
               "Heidebroek", "Vlietdam", "Eemsdorp", "Kromstede"],
    "nouns_m": ["Courant", "Bode", "Koerier", "Stem", "Gazet", "Krant", "Post", "Omroep"],
    "nouns_f": ["Dagblad", "Nieuwsblad", "Weekblad", "Volksblad"],
    "site_patterns": ["De {city}se {noun_m}", "{city}s {noun_f}", "Het {city}s {noun_f}", "{noun_m} van {city}",
                      "{city} Nu", "{city} Actueel", "Nieuws uit {city}", "{city}Vandaag"],
    "tlds": ["nl", "be", "nl", "nu", "info"],
    "taglines": ["Onafhankelijk sinds {year}", "Nieuws uit de regio", "Het nieuws van {city}",
                 "Sinds {year}"],
    "sections": {
        "business": ["Economie", "Financiën", "Geld", "Werk & Geld"],
        "entertainment": ["Cultuur", "Entertainment", "Media", "Uitgaan"],
        "politics": ["Politiek", "Binnenland", "Buitenland"],
        "sport": ["Sport", "Voetbal", "Sport in de regio"],
        "tech": ["Tech", "Technologie", "Wetenschap", "Digitaal"],
    },
    "subsections": {
        "business": ["Beurs", "Bedrijven", "Consument", "Werk"],
        "entertainment": ["Film", "Muziek", "Televisie", "Boeken"],
        "politics": ["Den Haag", "Europa", "Verkiezingen", "Gemeente"],
        "sport": ["Eredivisie", "Tennis", "Wielrennen", "Schaatsen"],
        "tech": ["Smartphones", "Internet", "Games", "Privacy"],
    },
    "extras": ["Nieuws", "Regio", "Opinie", "Video", "Podcasts", "Nieuwsbrieven", "Weer",
               "Reizen", "Gezondheid", "Puzzels", "Familieberichten", "Wonen"],
    "home": ["Home", "Voorpagina"],
    "more": ["Meer", "Alle rubrieken"],
    "skip": ["Naar de inhoud", "Ga direct naar de inhoud", "Spring naar navigatie", "Direct naar hoofdinhoud"],
    "account": ["Inloggen", "Abonneren", "Registreren", "Mijn account", "Zoeken", "Menu",
                "Digitale krant", "Word abonnee", "Abonnee worden vanaf {price}"],
    "prices": ["€ 1", "€ 4,99", "€ 0,99"],
    "first": ["Sanne", "Daan", "Femke", "Joris", "Lotte", "Bram", "Eva", "Thijs", "Marieke",
              "Ruben", "Anouk", "Stijn", "Iris", "Jeroen", "Noor", "Wouter"],
    "last": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
             "de Graaf", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker"],
    "roles": ["verslaggever", "correspondent in Brussel", "economieredacteur", "sportverslaggever",
              "redacteur cultuur"],
    "bylines": ["Door {name}", "{name}, {role}", "Tekst: {name}", "Door onze redacteur {name}",
                "Door {name} en {name2}", "DOOR {NAME}", "{name}\n{role}"],
    "staff": ["Redactie", "Redactie {site}", "ANP"],
    "months": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
               "september", "oktober", "november", "december"],
    "mons": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "days": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "dys": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "dates": ["{d} {Month} {yyyy}, {HH}:{MM}", "{dd}-{mm}-{yyyy}", "{Day} {d} {Month} {yyyy}",
              "{dd}-{mm}-{yy}, {HH}:{MM} uur", "{d} {Mon} {yyyy}", "{Dy} {d} {Mon} {yyyy} om {HH}:{MM}"],
    "date_labels": ["Gepubliceerd op {date}", "Bijgewerkt: {date}", "{date}", "Laatste update: {date}",
                    "Gepubliceerd {date}\nAangepast {ago}"],
    "ago": ["{n} uur geleden", "{n} minuten geleden", "gisteren"],
    "tz": [],
    "readtime": ["Leestijd {n} minuten", "{n} min leestijd", "Leestijd: {n} min", "{n} minuten"],
    "listen": ["Luister naar dit artikel", "Artikel voorlezen", "Beluister ({n} min)", "Luister"],
    "credits": ["Foto: ANP", "Beeld: {name}", "Foto: {name} / {agency}", "© {agency}", "Beeld {agency}"],
    "agencies": ["ANP", "Belga", "Reuters", "AFP", "Hollandse Hoogte", "Archief {site}"],
    "ad": ["Advertentie", "ADVERTENTIE", "Gesponsord", "Lees verder na de advertentie",
           "Reclame", "- Advertentie -"],
    "readmore": ["Lees ook: {h}", "Meer over dit onderwerp: {h}", "Ook interessant: {h}",
                 "LEES OOK | {h}", "Gerelateerd: {h}", "LEES OOK\n{h}", "Meer hierover\n{h}"],
    "continue": ["Het artikel gaat verder onder de advertentie", "Lees verder", "Verder lezen"],
    "nlbox": [["Nieuwsbrief", "Elke ochtend het belangrijkste nieuws uit {city} in je mailbox.",
               "Je e-mailadres", "Aanmelden"],
              ["{NL}", "Gratis en op elk moment op te zeggen.", "Inschrijven"],
              ["Mis niets", "Schrijf je in voor {nl}.", "Verstuur"]],
    "nl_names": ["Ochtendnieuws", "De Dag", "{city} Vandaag", "Nieuwsbrief {section}"],
    "share_words": ["Delen", "Deel dit artikel", "Deel dit bericht"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Mail", "LinkedIn", "Telegram"],
    "share_extra": ["Kopieer link", "Print", "Bewaren", "Reageer"],
    "share_on": "Deel op {net}",
    "tags": ["Tags: {list}", "Onderwerpen: {list}", "Trefwoorden: {list}", "Onderwerpen\n{lines}", "{hashes}"],
    "newsletter": ["Blijf op de hoogte: schrijf je in voor onze nieuwsbrief!",
                   "Ontvang elke ochtend het belangrijkste nieuws.",
                   "Steun onafhankelijke journalistiek. Word abonnee.",
                   "Tip de redactie via redactie@{host}",
                   "Lees onbeperkt voor {price} per maand",
                   "Vond je dit interessant? Meld je aan voor {nl}."],
    "follow": ["Volg ons op Facebook, X en Instagram", "Volg {site} op WhatsApp", "Volg {name} op X"],
    "app": ["Download de app van {site}", "Beschikbaar in de App Store en Google Play"],
    "feedback": [["Was dit artikel nuttig?", "Ja", "Nee"], ["Fout gezien? Meld het ons."], ["Meld een fout"]],
    "print_note": ["Dit artikel verscheen ook in de krant van {date}.",
                   "Een versie van dit artikel stond op {date} in de papieren krant."],
    "credits_tail": ["Met medewerking van {name}.", "(ANP)", "Met informatie van persbureaus"],
    "copyright_notice": ["© {site} {yyyy}. Niets uit deze uitgave mag worden overgenomen zonder toestemming.",
                         "Alle rechten voorbehouden © {yyyy} {site}"],
    "comments_head": ["Reacties", "Laat een reactie achter", "{n} reacties", "Praat mee",
                      "Reacties ({n})", "Wat vind jij?"],
    "comment_form": [["Schrijf een reactie", "Plaatsen"], ["Sorteer op: Nieuwste", "Oudste"],
                     ["Je e-mailadres wordt niet gepubliceerd.", "Reactie plaatsen"]],
    "says": ["{user} schreef:", "{user}", "{user} · {ago}", "{user} op {date}", "{user} zegt:"],
    "reply": ["Reageren", "Reageren · Melden", "Vind ik leuk ({n})", "Melden"],
    "users": ["{first}{num}", "{first} {L}.", "Lezer uit {city}", "{first}_{l}", "{first}"],
    "user_adj": [], "user_noun": [],
    "comment_short": ["Eindelijk!", "Typisch.", "Wat triest.", "Ongelofelijk.", "Goed nieuws.",
                      "We zullen zien.", "Geen woorden voor."],
    "comment_long": ["Ik woon hier al twintig jaar en heb dit nog nooit meegemaakt.",
                     "Vraagt niemand zich af wat dit allemaal gaat kosten?",
                     "Het artikel vertelt niet welke rol {k} hierin speelt.",
                     "Bedankt voor dit stuk, elders lees je er niets over.",
                     "Uiteindelijk betalen altijd dezelfde mensen de rekening.",
                     "Laten we eerst afwachten wat {k} ervan zegt.",
                     "Waarom duurt het toch zo lang voordat er iets gebeurt?"],
    "login": ["Je moet ingelogd zijn om een reactie te plaatsen.", "Log in om te reageren",
              "Reageren is niet meer mogelijk.", "Alleen abonnees kunnen reageren."],
    "related_head": ["Gerelateerde artikelen", "Meest gelezen", "Dit vind je misschien ook interessant",
                     "Meer {section}", "Laatste nieuws", "Aanbevolen", "Ook interessant",
                     "Meer over dit onderwerp"],
    "kickers": ["Analyse", "Exclusief", "Opinie", "Live", "Interview", "Achtergrond", "Column"],
    "ticker": ["Net binnen: {h}", "Populair: {k1} · {k2} · {k3}", "{city} {temp} °C", "LIVE | {h}"],
    "weather": [],
    "bio": ["{name} is verslaggever {section} bij {site}.",
            "Over de auteur: {name} schrijft sinds {year} over {section_l}.", "Contact: {email}",
            "{name}\n{role}\nAlle artikelen van {name}"],
    "pron": [("Zij", "haar"), ("Hij", "hem")],
    "copyright": ["© {yyyy} {site}. Alle rechten voorbehouden.", "© {company} {yyyy}",
                  "Copyright © {yyyy} {company}", "{site} © {yyyy}"],
    "footer_links": ["Over ons", "Contact", "Privacybeleid", "Cookiebeleid", "Voorwaarden",
                     "Adverteren", "Vacatures", "Colofon", "Cookie-instellingen", "Klantenservice"],
    "footer_misc": ["Terug naar boven", "{address}", "{site} is onderdeel van {company}.",
                    "KvK-nummer {kvk}", "Tel. {phone}"],
    "streets": ["{word}straat {n}", "{word}weg {n}", "{word}plein {n}"],
    "street_words": ["Kerk", "Molen", "Haven", "Dorps", "Stations", "Linden"],
    "postcode": ["{n4} {L}{L} {city}"],
    "company_sfx": ["B.V.", "Media B.V.", "Uitgeverij B.V.", "Mediagroep"],
    "cookie": ["Wij gebruiken cookies om je de beste ervaring te geven.",
               "Deze website maakt gebruik van cookies voor analyse en advertenties.",
               "Door verder te gaan ga je akkoord met ons cookiebeleid."],
    "cookie_buttons": ["Alles accepteren", "Instellingen", "Weigeren", "Akkoord", "Meer informatie"],
    "paywall": ["Dit artikel is alleen voor abonnees.", "Word abonnee om verder te lezen",
                "Al abonnee? Log in"],
}

# --------------------------------------------------------------------------------------
# More variants per language, merged into T (kept apart to keep the tables above short).

MORE = {
    "en": {
        "skip": ["Skip to search", "Jump to content"],
        "continue": ["Keep scrolling to continue reading", "Content continues below"],
        "nlbox": [["Morning headlines, free", "Join {k},000 readers who start their day with {nl}.", "Email", "Sign up"],
                  ["{section} newsletter", "Our {section_l} team's pick of the week, every Friday.",
                   "Enter your email address", "Subscribe", "Privacy notice"],
                  ["Breaking news alerts", "Be the first to know when big stories break in {city}.", "Turn on alerts"]],
        "share_words": ["Share article", "Spread the word"],
        "app": ["Download our free app for iPhone and Android", "Stories, podcasts and puzzles in one app: {site}",
                "Scan to download the {site} app"],
        "feedback": [["Did you find this useful?", "👍 Yes", "👎 No"], ["Report a typo"], ["Send us your feedback"],
                     ["Thanks for reading! Was this page useful?", "Yes, thanks", "Not really"]],
        "print_note": ["A version of this article appears in print on {date}, page {n}.", "Printed edition: {date}",
                       "This story ran on the front page of our {date} edition.",
                       "This piece was originally published on {date}.",
                       "First published {date}. Last reviewed by our editors in {yyyy}."],
        "credits_tail": ["Additional reporting by {name} and {name2}.", "Editing by {name}",
                         "{agency} contributed to this report.", "Research by {name}"],
        "copyright_notice": ["© {site} {yyyy}. Reproduction in whole or in part without permission is prohibited.",
                             "This article is the property of {company} and may not be reproduced without consent.",
                             "Want to share this? Please link to the article instead of copying it.",
                             "For reprint rights contact licensing@{host}",
                             "Copyright {yyyy} {company}. All rights reserved."],
        "comment_form": [["Leave a Reply Cancel reply",
                          "Save my name, email, and website in this browser for the next time I comment.",
                          "Post Comment"], ["Be the first to comment", "Start the conversation"],
                         ["Community guidelines", "Comment"]],
        "reply": ["Reply · {n} likes", "↩ Reply", "Reply Report Share"],
        "ticker": ["Traffic: delays on the {city} ring road", "Weather: {temp}°C in {city}", "Breaking news: {h}"],
        "bio": ["{name} has reported for {site} since {year} and previously worked at a national news agency.",
                "{name} is a freelance journalist based in {city}.",
                "{name} covers {section_l} for {site}. Email: {email}", "More from {name} →"],
        "copyright": ["© Copyright {yyyy} {site}", "{site} — © {company} {yyyy}"],
        "cookie": ["Your privacy matters. We use cookies and similar technologies to run this site.",
                   "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
                   "We'd like to set additional cookies to understand how you use the site.",
                   "This site uses cookies for analytics and personalised advertising. You can change your settings at any time."],
        "paywall": ["Subscribe now to continue reading this article", "This story is exclusive to members.",
                    "Register for free to read the rest of this article"],
        "staff": ["Wire services", "{site} Reporters", "Agencies"],
    },
    "de": {
        "skip": ["Zur Suche springen"],
        "continue": ["Weiterlesen unter der Werbung"],
        "nlbox": [["Eilmeldungen", "Bei wichtigen Nachrichten sofort informiert werden.", "Push-Mitteilungen aktivieren"],
                  ["Jeden Freitag: {nl}", "Die Woche in {city} – kompakt zusammengefasst.", "E-Mail eingeben",
                   "Kostenlos abonnieren"]],
        "share_words": ["Teilen Sie diesen Beitrag"],
        "follow": ["{site} bei Instagram folgen", "Folgen Sie uns auf X und Threads",
                   "Bleiben Sie mit uns auf Facebook in Kontakt"],
        "app": ["Die {site}-App: Nachrichten immer dabei.", "Laden Sie jetzt unsere kostenlose App.",
                "Push-Nachrichten aktivieren"],
        "feedback": [["Wie gefällt Ihnen dieser Artikel?", "★★★★★"], ["Feedback an die Redaktion"]],
        "print_note": ["Erschienen in der Ausgabe vom {date}, Seite {n}.", "Gedruckt in: {site}, {date}"],
        "credits_tail": ["Mit Material von AFP und Reuters", "Mitarbeit: {name} und {name2}"],
        "copyright_notice": ["Alle Rechte vorbehalten. Nachdruck nur mit Zustimmung von {site}.", "© {yyyy} {company}"],
        "comment_form": [["Netiquette", "Kommentar schreiben"]],
        "login": ["Zum Kommentieren bitte einloggen oder registrieren.", "Die Diskussion zu diesem Artikel ist beendet."],
        "ticker": ["Verkehr: Staus rund um {city}"],
        "cookie": ["Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren.",
                   "Wir respektieren Ihre Privatsphäre. Bitte wählen Sie Ihre Cookie-Einstellungen."],
        "paywall": ["Lesen Sie jetzt weiter: 4 Wochen für {price}"],
    },
    "fr": {
        "skip": ["Accéder au contenu principal"],
        "continue": ["Le texte se poursuit après la publicité", "Poursuivre la lecture"],
        "nlbox": [["Alertes info", "Soyez prévenu dès qu'une information importante tombe.", "Activer les notifications"]],
        "share_words": ["Partager sur les réseaux"],
        "follow": ["Retrouvez-nous sur Instagram", "{site} est aussi sur Threads"],
        "app": ["Retrouvez toute l'actualité de {city} sur l'appli {site}", "Téléchargez l'appli gratuite"],
        "feedback": [["Votre avis nous intéresse", "Donner mon avis"]],
        "print_note": ["Cet article est paru dans {site} du {date}, page {n}.", "Édition papier du {date}"],
        "credits_tail": ["Avec Reuters", "Avec la collaboration de {name}"],
        "copyright_notice": ["Reproduction interdite sans autorisation préalable de {company}.",
                             "Tous droits réservés © {yyyy} {company}"],
        "comment_form": [["Charte de modération", "Publier un commentaire"]],
        "bio": ["{name} a rejoint la rédaction en {year}."],
        "cookie": ["Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires.",
                   "Nous respectons votre vie privée."],
        "paywall": ["Abonnez-vous pour lire la suite"],
    },
    "es": {
        "skip": ["Ir a la búsqueda", "Saltar al pie de página"],
        "continue": ["El artículo sigue tras el anuncio", "Sigue leyendo debajo"],
        "nlbox": [["Alertas", "Recibe las noticias de última hora en tu móvil.", "Activar notificaciones"]],
        "share_words": ["Compartir artículo"],
        "follow": ["Síguenos en Instagram", "Únete a nuestro canal de WhatsApp"],
        "app": ["Toda la actualidad de {city} en la app de {site}", "Descarga gratis nuestra aplicación"],
        "feedback": [["Valora esta noticia", "★★★★★"]],
        "print_note": ["Publicado en la edición impresa de {site} el {date}.", "Edición impresa: {date}"],
        "credits_tail": ["Con información de Europa Press", "Colaboró: {name}"],
        "copyright_notice": ["Prohibida su reproducción sin autorización de {company}.",
                             "© {yyyy} {company}. Todos los derechos reservados."],
        "comment_form": [["Normas de participación", "Comentar"]],
        "bio": ["{name} se incorporó a la redacción en {year}."],
        "cookie": ["Usamos cookies para analizar el tráfico y mostrarte publicidad personalizada.",
                   "Tu privacidad es importante para nosotros."],
        "paywall": ["Suscríbete para leer sin límites"],
    },
    "it": {
        "skip": ["Vai alla ricerca", "Salta al footer"],
        "continue": ["Il testo prosegue dopo l'annuncio", "Prosegui la lettura"],
        "nlbox": [["Notifiche", "Ricevi le ultime notizie appena accadono.", "Attiva le notifiche"]],
        "share_words": ["Condividi sui social"],
        "follow": ["Seguici su Instagram", "Unisciti al nostro canale WhatsApp"],
        "app": ["Tutte le notizie di {city} sulla nostra app", "Scarica gratis la nostra app"],
        "feedback": [["Vota questo articolo", "★★★★★"], ["Lascia un feedback"]],
        "print_note": ["Pubblicato in edicola il {date}, pagina {n}.", "Edizione cartacea: {date}"],
        "credits_tail": ["Con la collaborazione di {name} e {name2}."],
        "copyright_notice": ["Vietata la riproduzione anche parziale senza autorizzazione.",
                             "© {yyyy} {company} - Tutti i diritti riservati"],
        "comment_form": [["Regole della community", "Commenta"]],
        "bio": ["{name} lavora in redazione dal {year}."],
        "cookie": ["Noi e terze parti selezionate utilizziamo cookie o tecnologie simili.",
                   "La tua privacy è importante per noi."],
        "paywall": ["Abbonati per leggere tutto"],
    },
    "nl": {
        "skip": ["Ga naar zoeken"],
        "continue": ["Het verhaal gaat hieronder verder", "Scroll verder om te lezen"],
        "nlbox": [["Pushberichten", "Ontvang direct een melding bij groot nieuws.", "Meldingen aanzetten"]],
        "share_words": ["Deel via sociale media"],
        "follow": ["Volg ons op Instagram", "Volg ons WhatsApp-kanaal"],
        "app": ["Al het nieuws uit {city} in de app van {site}", "Download gratis onze app"],
        "feedback": [["Beoordeel dit artikel", "★★★★★"]],
        "print_note": ["Dit artikel stond op {date} op pagina {n} van de krant.", "Papieren editie: {date}"],
        "credits_tail": ["Met medewerking van {name} en {name2}."],
        "copyright_notice": ["Overname zonder toestemming van {company} is niet toegestaan.", "© {yyyy} {company}"],
        "comment_form": [["Spelregels voor reageren", "Reageer"]],
        "bio": ["{name} werkt sinds {year} bij de krant."],
        "cookie": ["Wij en onze partners gebruiken cookies om advertenties te personaliseren.",
                   "Jouw privacy is belangrijk voor ons."],
        "paywall": ["Word abonnee en lees onbeperkt"],
    },
}
for _lang, _more in MORE.items():
    for _key, _items in _more.items():
        T[_lang][_key] = T[_lang][_key] + _items


GROUPS = ["{city} Media", "Northstar", "Meridian", "Harbourline", "Brightwater", "Kestrel",
          "Ironwood", "Bluefield"]
CMS = ["WordPress", "Ghost", "Arc Publishing", "NewsPress", "PressFlow"]


# --------------------------------------------------------------------------------------
# Helpers


def _ascii(text):
    """Lower-case ASCII letters and digits of text (accents folded)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def _fill(template, **values):
    """str.format(**values), with the double full stop of "Ltd." + "." folded."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", template.format(**values))


def _pick(rng, items):
    return items[rng.randrange(len(items))]


def _person(rng, lang):
    t = T[lang]
    return f"{_pick(rng, t['first'])} {_pick(rng, t['last'])}"


def _ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date(lang, dt, template, rng):
    """Format datetime dt with a language's date template."""
    t = T[lang]
    tz = t["tz"][rng.randrange(len(t["tz"]))] if t["tz"] else ""
    h12 = dt.hour % 12 or 12
    return _fill(template, d=dt.day, dd=f"{dt.day:02d}", mm=f"{dt.month:02d}", yyyy=dt.year,
                 yy=f"{dt.year % 100:02d}", Month=t["months"][dt.month - 1], Mon=t["mons"][dt.month - 1],
                 Day=t["days"][dt.weekday()], Dy=t["dys"][dt.weekday()], HH=f"{dt.hour:02d}",
                 MM=f"{dt.minute:02d}", h12=h12, ampm="am" if dt.hour < 12 else "pm",
                 AMPM="AM" if dt.hour < 12 else "PM", ord=_ordinal(dt.day), tz=tz).strip()


def _ago(rng, lang):
    return _fill(_pick(rng, T[lang]["ago"]), n=rng.randint(2, 23))


def _section(ctx):
    return ctx.section


def _values(ctx, **extra):
    """The common format fields for a piece."""
    site, rng, lang = ctx.site, ctx.rng, ctx.lang
    t = T[lang]
    name = _person(rng, lang)
    values = {
        "site": site["name"], "host": site["host"].removeprefix("www."), "city": site["city"],
        "section": ctx.section, "section_l": ctx.section.lower() if lang != "de" else ctx.section,
        "name": name, "NAME": name.upper(), "name2": _person(rng, lang),
        "role": _fill(_pick(rng, t["roles"]), city=site["city"]),
        "yyyy": ctx.published.year, "year": site["founded"], "company": site["company"],
        "price": _pick(rng, t["prices"]), "n": rng.randint(2, 9), "k": rng.randint(12, 95),
        "headline": ctx.headline, "nl": site["newsletter"], "NL": site["newsletter"],
    }
    values.update(extra)
    return values


def _lines(text):
    return text.split("\n")


# --------------------------------------------------------------------------------------
# Sites


def make_site(rng, lang, taken):
    """A new fictional site of language `lang` with a host not in `taken`."""
    t = T[lang]
    for attempt in range(50):
        city = _pick(rng, t["cities"])
        pattern = _pick(rng, t["site_patterns"])
        name = pattern.format(
            city=city, noun=_pick(rng, t["nouns"]) if "nouns" in t else "",
            noun_m=_pick(rng, t["nouns_m"]) if "nouns_m" in t else "",
            noun_f=_pick(rng, t["nouns_f"]) if "nouns_f" in t else "",
            adj=_pick(rng, t["adjs"]) if "adjs" in t else "")
        base = _ascii(name)
        if rng.random() < 0.3:
            base = _ascii(name.split(" ", 1)[-1]) if " " in name and rng.random() < 0.5 else base
        if rng.random() < 0.2 and " " in name:
            base = "-".join(_ascii(w) for w in name.split() if _ascii(w))
        if attempt > 10:
            base += str(rng.randint(2, 99))
        tld = _pick(rng, t["tlds"])
        sub = _pick(rng, ["www."] * 7 + ["", "news.", "m."])
        host = f"{sub}{base}.{tld}"
        if host not in taken and base:
            break
    founded = rng.randint(1851, 2012)
    company = f"{name.removeprefix('The ')} {_pick(rng, t['company_sfx'])}"
    if rng.random() < 0.3:
        company = f"{_pick(rng, GROUPS).format(city=city)} {_pick(rng, t['company_sfx'])}"
    sections = {cat: _pick(rng, t["sections"][cat]) for cat in CATEGORIES}
    site = {"name": name, "host": host, "lang": lang, "city": city, "founded": founded,
            "company": company, "sections": sections}
    site["newsletter"] = _fill(_pick(rng, t["nl_names"]), city=city, section=_pick(rng, list(sections.values())))
    site["menu"] = _make_menu(rng, t, sections)
    site["masthead"] = _make_masthead(rng, t, site)
    site["footer"] = _make_footer(rng, t, site)
    site["handle"] = _ascii(name)[:15]
    return site


def section(ctx):
    return ctx.site["sections"][ctx.category]


def _make_menu(rng, t, sections):
    items = list(dict.fromkeys(sections.values()))
    rng.shuffle(items)
    extras = rng.sample(t["extras"], rng.randint(1, 5))
    items = items[:rng.randint(3, len(items))] + extras
    rng.shuffle(items)
    if rng.random() < 0.6:
        items.insert(0, _pick(rng, t["home"]))
    if rng.random() < 0.25:
        items.append(_pick(rng, t["more"]))
    style = rng.random()
    if style < 0.45:
        sep = _pick(rng, [" | ", " · ", "  ", " / ", " • ", " - ", "   "])
        lines = [sep.join(items)]
    elif style < 0.75:
        lines = list(items)          # one item per line
    elif style < 0.9:
        half = len(items) // 2
        sep = _pick(rng, [" | ", " · ", "  "])
        lines = [sep.join(items[:half]), sep.join(items[half:])]
    else:
        lines = [" ".join(f"[{item}]" for item in items)] if rng.random() < 0.5 else \
                [" ".join(items).upper()]
    return lines


def _make_masthead(rng, t, site):
    lines = []
    style = rng.random()
    name = site["name"]
    if style < 0.3:
        lines.append(name.upper())
    elif style < 0.6:
        lines.append(name)
    elif style < 0.8:
        lines.append(f"{name} — {_fill(_pick(rng, t['taglines']), year=site['founded'], city=site['city'])}")
    else:
        lines.append(name)
        lines.append(_fill(_pick(rng, t["taglines"]), year=site["founded"], city=site["city"]))
    return lines


def _make_footer(rng, t, site):
    """The fixed footer of a site: a subset of copyright, links, misc lines in some order."""
    values = {"site": site["name"], "company": site["company"], "yyyy": 2026, "regno": rng.randint(1000000, 9999999),
              "vat": rng.randint(10**10, 10**11 - 1), "year": site["founded"],
              "group": _pick(rng, GROUPS).format(city=site["city"]), "cms": _pick(rng, CMS),
              "address": _address(rng, t, site["city"]), "phone": _phone(rng),
              "kvk": rng.randint(10**7, 10**8 - 1)}
    parts = []
    links = rng.sample(t["footer_links"], rng.randint(3, min(7, len(t["footer_links"]))))
    sep = _pick(rng, [" | ", " · ", "  ", " • ", " / "])
    if rng.random() < 0.7:
        parts.append([sep.join(links)])
    else:
        parts.append(links)
    if rng.random() < 0.9:
        parts.append([_fill(_pick(rng, t["copyright"]), **values)])
    for _ in range(rng.randint(0, 2)):
        line = _fill(_pick(rng, t["footer_misc"]), **values)
        parts.append(line.split("\n"))
    rng.shuffle(parts)
    return [line for part in parts for line in part]


def _address(rng, t, city):
    """A made-up postal address in the language's style."""
    letters = "ABCDEFGHJKLMNPRSTW"
    street = _fill(_pick(rng, t["streets"]), n=rng.randint(1, 140),
                   word=_pick(rng, t.get("street_words", ["High"])))
    template = _pick(rng, t["postcode"])
    fields = {"L": lambda: _pick(rng, letters), "n": lambda: str(rng.randint(1, 9)),
              "n4": lambda: str(rng.randint(1000, 9999)), "n5": lambda: f"{rng.randint(1000, 99999):05d}",
              "city": lambda: city}
    post = re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)](), template)
    return f"{street}, {post}" if "{city}" in template else f"{street}, {city} {post}"


def _phone(rng):
    return _pick(rng, ["+44 {a} {b}", "0{a} {b}", "+49 {a} {b}", "+33 {a} {b}", "({a}) {b}"]).format(
        a=rng.randint(100, 999), b=f"{rng.randint(100000, 999999)}")


# --------------------------------------------------------------------------------------
# Head pieces


def p_cookie(ctx):
    t = T[ctx.lang]
    text, buttons, layout = ctx.fixed("cookie", lambda r: (
        _pick(r, t["cookie"]), r.sample(t["cookie_buttons"], r.randint(1, 3)), r.random()))
    if layout < 0.5:
        return [text] + buttons
    if layout < 0.8:
        return [text, "  ".join(buttons)]
    return [f"{text} {buttons[0]}"]


def p_skip(ctx):
    t = T[ctx.lang]
    return ctx.fixed("skip", lambda r: r.sample(t["skip"], 1 if r.random() < 0.7 else 2))


def p_topbar(ctx):
    t = T[ctx.lang]

    def make(r):
        items = [_fill(x, price=_pick(r, t["prices"])) for x in r.sample(t["account"], r.randint(1, 4))]
        if r.random() < 0.5:
            return [_pick(r, [" | ", "  ", " · ", " / "]).join(items)]
        return items
    return ctx.fixed("topbar", make)


def p_masthead(ctx):
    lines = list(ctx.site["masthead"])
    if ctx.fixed("masthead_date", lambda r: r.random() < 0.3):
        fmt = ctx.fixed("masthead_date_fmt", lambda r: _pick(r, [d for d in T[ctx.lang]["dates"] if "HH" not in d]))
        lines.append(_date(ctx.lang, ctx.published, fmt, ctx.rng))
    return lines


def p_menu(ctx):
    return list(ctx.site["menu"])


def p_ticker(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("ticker", lambda r: _pick(r, t["ticker"]))
    ks = ctx.keywords(3) + ["Weather", "Traffic", "Elections"]
    return [_fill(tpl, h=ctx.headlines(1)[0], k1=ks[0], k2=ks[1], k3=ks[2], city=ctx.site["city"],
                  temp=ctx.rng.randint(-3, 29), weather=_pick(ctx.rng, t["weather"] or ["-"]),
                  ftse=f"{ctx.rng.randint(6500, 8200):,}", arrow=_pick(ctx.rng, ["▲", "▼"]),
                  pct=f"{ctx.rng.randint(1, 19) / 10:.1f}")]


def p_breadcrumb(ctx):
    t = T[ctx.lang]
    sep, home, deep, with_title = ctx.fixed("crumb", lambda r: (
        _pick(r, [" › ", " > ", " / ", " » ", " → ", " | "]), _pick(r, t["home"]), r.random() < 0.5,
        r.random() < 0.15))
    parts = [home, ctx.section]
    if deep:
        parts.append(_pick(ctx.rng, t["subsections"][ctx.category]))
    if with_title:
        parts.append(ctx.headline if len(ctx.headline) < 40 else ctx.headline[:37].rstrip() + "...")
    return [sep.join(parts)]


def p_doctitle(ctx):
    """The page title as some scrapers keep it: the headline with the site name."""
    sep, first = ctx.fixed("doctitle", lambda r: (_pick(r, [" | ", " - ", " – ", " :: ", " · "]), r.random() < 0.75))
    parts = [ctx.headline, ctx.site["name"]] if first else [ctx.site["name"], ctx.headline]
    return [sep.join(parts)]


def p_kicker(ctx):
    t = T[ctx.lang]
    mode = ctx.fixed("kicker", lambda r: r.random())
    if mode < 0.5:
        return [ctx.section.upper() if mode < 0.2 else ctx.section]
    return [_pick(ctx.rng, t["kickers"])]


# --------------------------------------------------------------------------------------
# Lead pieces (between the headline and the first paragraph)


def p_byline(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("byline", lambda r: _pick(r, t["bylines"]))
    values = _values(ctx)
    if ctx.rng.random() < 0.1:
        return [_fill(_pick(ctx.rng, t["staff"]), site=ctx.site["name"])]
    line = _fill(tpl, **values)
    if ctx.fixed("byline_date", lambda r: r.random() < 0.3):
        fmt = ctx.fixed("date_fmt", lambda r: _pick(r, t["dates"]))
        sep = ctx.fixed("byline_sep", lambda r: _pick(r, [" · ", " | ", " - ", ", ", "\n"]))
        line += sep + _date(ctx.lang, ctx.published, fmt, ctx.rng)
    return _lines(line)


def p_date(ctx):
    t = T[ctx.lang]
    fmt, label = ctx.fixed("date_line", lambda r: (_pick(r, t["dates"]), _pick(r, t["date_labels"])))
    fmt = ctx.fixed("date_fmt", lambda r: fmt)
    date = _date(ctx.lang, ctx.published, fmt, ctx.rng)
    line = _fill(label, date=date, ago=_ago(ctx.rng, ctx.lang))
    if ctx.fixed("date_readtime", lambda r: r.random() < 0.15):
        line += " · " + _fill(ctx.fixed("readtime", lambda r: _pick(r, t["readtime"])),
                              n=max(2, ctx.words // 230))
    return _lines(line)


def p_readtime(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("readtime", lambda r: _pick(r, t["readtime"]))
    return [_fill(tpl, n=max(2, ctx.words // ctx.fixed("wpm", lambda r: r.choice([200, 230, 250]))))]


def p_listen(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("listen", lambda r: _pick(r, t["listen"]))
    lines = [_fill(tpl, n=max(2, ctx.words // 160))]
    if ctx.fixed("listen_time", lambda r: r.random() < 0.3):
        lines.append(f"{max(1, ctx.words // 160)}:{ctx.rng.randint(0, 59):02d}")
    return lines


def p_credit(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("credit", lambda r: _pick(r, t["credits"]))
    agency = _fill(_pick(ctx.rng, t["agencies"]), site=ctx.site["name"])
    return [_fill(tpl, **_values(ctx, agency=agency))]


def _share_line(r, t, ctx_lang):
    nets = r.sample(t["share_nets"], r.randint(2, 5))
    extra = r.sample(t["share_extra"], r.randint(0, 2))
    head = _pick(r, t["share_words"])
    style = r.random()
    if style < 0.35:
        return [f"{head}: " + " ".join(nets + extra)]
    if style < 0.55:
        return [" | ".join(_fill(t["share_on"], net=n) for n in nets)]
    if style < 0.8:
        return [head] + nets + extra
    if style < 0.9:
        return [head]
    return ["  ".join(nets + extra)]


def p_share(ctx):
    t = T[ctx.lang]
    lines = ctx.fixed("share_" + ctx.slot, lambda r: _share_line(r, t, ctx.lang))
    return [_fill(line, n=ctx.rng.randint(2, 900)) if "{n}" in line else line for line in lines]


# --------------------------------------------------------------------------------------
# Inline pieces (between paragraphs)


def p_ad(ctx):
    t = T[ctx.lang]
    lines = [ctx.fixed("ad", lambda r: _pick(r, t["ad"]))]
    if ctx.fixed("ad_continue", lambda r: r.random() < 0.25):
        lines.append(ctx.fixed("continue", lambda r: _pick(r, t["continue"])))
    return lines


def _vary_headline(rng, headline, lang):
    """A related/read-more headline, sometimes lightly varied."""
    x = rng.random()
    if x < 0.12:
        return headline.upper() if len(headline) < 50 else headline
    if x < 0.22:
        words = headline.split()
        return " ".join(words[:max(3, len(words) - 2)]) + "…" if len(words) > 4 else headline
    if x < 0.3 and lang == "en":
        return _pick(rng, ["Live: ", "Watch: ", "Analysis: ", "Opinion: ", "Video: "]) + headline
    if x < 0.38 and lang == "en":
        return " ".join(w[:1].upper() + w[1:] for w in headline.split())
    return headline


def p_readmore(ctx):
    t = T[ctx.lang]
    tpl = _pick(ctx.rng, ctx.fixed("readmore", lambda r: r.sample(t["readmore"], 2)))
    hs = ctx.headlines(2)
    return _lines(_fill(tpl, h=_vary_headline(ctx.rng, hs[0], ctx.lang), h2=hs[1]))


def p_continue(ctx):
    t = T[ctx.lang]
    return [ctx.fixed("continue", lambda r: _pick(r, t["continue"]))]


def p_nlbox(ctx):
    t = T[ctx.lang]
    box = ctx.fixed("nlbox", lambda r: _pick(r, t["nlbox"]))
    values = _values(ctx)
    return [_fill(line, **values) for line in box]


# --------------------------------------------------------------------------------------
# Tail pieces


def p_tags(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("tags", lambda r: _pick(r, t["tags"]))
    tags = ctx.keywords(ctx.rng.randint(1, 4))
    if ctx.rng.random() < 0.6:
        tags = [ctx.section] + tags
    tags = list(dict.fromkeys(tags)) or [ctx.section]
    return _lines(_fill(tpl, list=", ".join(tags), lines="\n".join(tags),
                        hashes=" ".join("#" + "".join(x.split()) for x in tags)))


def p_newsletter(ctx):
    t = T[ctx.lang]
    picks = ctx.fixed("newsletter_" + ctx.slot, lambda r: r.sample(t["newsletter"], r.randint(1, 2)))
    values = _values(ctx)
    values["price"] = ctx.fixed("price", lambda r: _pick(r, t["prices"]))
    return [_fill(p, **values) for p in picks]


def p_follow(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("follow", lambda r: _pick(r, t["follow"]))
    return [_fill(tpl, **_values(ctx, handle=ctx.site["handle"]))]


def p_app(ctx):
    t = T[ctx.lang]
    return [_fill(ctx.fixed("app", lambda r: _pick(r, t["app"])), **_values(ctx))]


def p_feedback(ctx):
    t = T[ctx.lang]
    return list(ctx.fixed("feedback", lambda r: _pick(r, t["feedback"])))


def p_print_note(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("print_note", lambda r: _pick(r, t["print_note"]))
    fmt = ctx.fixed("print_fmt", lambda r: _pick(r, [d for d in t["dates"] if "HH" not in d]))
    return [_fill(tpl, **_values(ctx, date=_date(ctx.lang, ctx.published, fmt, ctx.rng),
                                 n=ctx.rng.randint(2, 48)))]


def p_credits_tail(ctx):
    t = T[ctx.lang]
    tpl = _pick(ctx.rng, t["credits_tail"])
    wires = [a for a in t["agencies"] if "{" not in a and a not in ("Supplied", "Handout", "Alamy", "Shutterstock")]
    return [_fill(tpl, **_values(ctx, agency=_pick(ctx.rng, wires)))]


def p_copyright_notice(ctx):
    t = T[ctx.lang]
    return [_fill(ctx.fixed("cnotice", lambda r: _pick(r, t["copyright_notice"])), **_values(ctx))]


def _user(rng, t, site):
    tpl = _pick(rng, t["users"])
    first = _pick(rng, t["first"])
    last = _pick(rng, t["last"])
    return _fill(tpl, first=first, last=last, l=_ascii(last)[:5], L=last[0].upper(),
                 num=rng.randint(1, 1999), city=site["city"],
                 adj=_pick(rng, t["user_adj"] or ["X"]), noun=_pick(rng, t["user_noun"] or ["Y"]))


def _comment_text(rng, t, keywords):
    k = _pick(rng, keywords) if keywords else "they"
    x = rng.random()
    if x < 0.35:
        return [_pick(rng, t["comment_short"])]
    text = _fill(_pick(rng, t["comment_long"]), k=k)
    if x < 0.7:
        return [text]
    second = _fill(_pick(rng, t["comment_long"]), k=k)
    if second == text:
        second = _pick(rng, t["comment_short"])
    if x < 0.88:
        return [f"{_pick(rng, t['comment_short'])} {text}"]
    return [text, second]


def p_comments(ctx):
    t = T[ctx.lang]
    rng = ctx.rng
    style = ctx.fixed("comments", lambda r: {
        "head": _pick(r, t["comments_head"]), "says": _pick(r, t["says"]),
        "reply": _pick(r, t["reply"]) if r.random() < 0.6 else None,
        "form": _pick(r, t["comment_form"]) if r.random() < 0.35 else None,
        "form_first": r.random() < 0.5,
        "date_fmt": _pick(r, [d for d in t["dates"] if "HH" not in d])})
    n = rng.choice([0, 0, 1, 2, 2, 3, 3, 4])
    shown = n if rng.random() < 0.8 else n + rng.randint(1, 30)
    head = _fill(style["head"], n=shown, headline=ctx.headline)
    lines = [head]
    if style["form"] and style["form_first"]:
        lines += style["form"]
    keywords = ctx.keywords(3)
    for _ in range(n):
        when = ctx.published + timedelta(minutes=rng.randint(20, 4000))
        user = _user(rng, t, ctx.site)
        lines += _fill(style["says"], user=user, ago=_ago(rng, ctx.lang),
                       date=_date(ctx.lang, when, style["date_fmt"], rng),
                       h12=rng.randint(1, 12), MM=f"{rng.randint(0, 59):02d}",
                       ampm=_pick(rng, ["am", "pm"])).split("\n")
        lines += _comment_text(rng, t, keywords)
        if style["reply"]:
            lines.append(_fill(style["reply"], n=rng.randint(0, 40)))
    if style["form"] and not style["form_first"]:
        lines += style["form"]
    return lines


def p_login(ctx):
    t = T[ctx.lang]
    return [ctx.fixed("login", lambda r: _pick(r, t["login"]))]


def p_paywall(ctx):
    t = T[ctx.lang]
    picks = ctx.fixed("paywall", lambda r: r.sample(t["paywall"], r.randint(1, 2)))
    m = ctx.rng.randint(3, 10)
    return [_fill(p, n=ctx.rng.randint(1, m), m=m, price=_pick(ctx.rng, t["prices"]), site=ctx.site["name"])
            for p in picks]


def p_related(ctx):
    t = T[ctx.lang]
    rng = ctx.rng
    style = ctx.fixed("related_" + ctx.slot, lambda r: {
        "head": _pick(r, t["related_head"]), "item": r.random(), "upper": r.random() < 0.15,
        "bullet": _pick(r, ["- ", "• ", "· ", "» ", "* ", "■ "])})
    head = _fill(style["head"], section=ctx.section, site=ctx.site["name"])
    lines = [head.upper() if style["upper"] else head]
    k = rng.choice([0, 0, 1, 2, 3, 3, 4, 4, 5, 6])
    heads = ctx.headlines(k)
    if ctx.sibling_headlines and k and rng.random() < 0.5:
        heads[0] = ctx.sibling_headlines[0]
        rng.shuffle(heads)
    for i, h in enumerate(heads, 1):
        h = _vary_headline(rng, h, ctx.lang)
        item = style["item"]
        if item < 0.35:
            lines.append(h)
        elif item < 0.55:
            lines.append(style["bullet"] + h)
        elif item < 0.7:
            lines.append(f"{i}. {h}")
        elif item < 0.85:
            lines.append(h)
            lines.append(_ago(rng, ctx.lang) if rng.random() < 0.6 else ctx.section)
        else:
            lines.append(f"{h} ({rng.randint(1, 250)})" if rng.random() < 0.5 else f"{h} · {_ago(rng, ctx.lang)}")
    return lines


def p_bio(ctx):
    t = T[ctx.lang]
    tpl = ctx.fixed("bio", lambda r: _pick(r, t["bio"]))
    values = _values(ctx)
    pron, obj = _pick(ctx.rng, t["pron"])
    values.update(pron=pron, obj=obj, role_l=values["role"].lower(), handle=_ascii(values["name"])[:12],
                  email=f"{_ascii(values['name'].split()[0])}.{_ascii(values['name'].split()[-1])}@{values['host']}",
                  year=ctx.rng.randint(2005, 2023))
    return _lines(_fill(tpl, **values))


def p_footer(ctx):
    return list(ctx.site["footer"])


# --------------------------------------------------------------------------------------
# The pieces and where they go.  rank orders a zone (jittered per site); group makes
# pieces exclusive (one cookie notice, one byline and one date line per site).  The
# "inline" pieces may take "max" (insertions per page, default 2) and "where" ("early",
# "middle" or "any", the default).

PIECES = [
    # head
    {"kind": "doctitle", "zone": "head", "p": 0.06, "rank": -1, "fn": p_doctitle},
    {"kind": "cookie", "zone": "head", "p": 0.15, "rank": 0, "fn": p_cookie, "group": "cookie"},
    {"kind": "skip", "zone": "head", "p": 0.3, "rank": 1, "fn": p_skip},
    {"kind": "topbar", "zone": "head", "p": 0.4, "rank": 2, "fn": p_topbar},
    {"kind": "masthead", "zone": "head", "p": 0.8, "rank": 3, "fn": p_masthead},
    {"kind": "menu", "zone": "head", "p": 0.7, "rank": 4, "fn": p_menu},
    {"kind": "ticker", "zone": "head", "p": 0.12, "rank": 5, "fn": p_ticker},
    {"kind": "related", "zone": "head", "p": 0.04, "rank": 5.5, "fn": p_related},
    {"kind": "newsletter", "zone": "head", "p": 0.04, "rank": 5.5, "fn": p_newsletter},
    {"kind": "breadcrumb", "zone": "head", "p": 0.35, "rank": 6, "fn": p_breadcrumb},
    {"kind": "share", "zone": "head", "p": 0.05, "rank": 7, "fn": p_share},
    {"kind": "date", "zone": "head", "p": 0.1, "rank": 8, "fn": p_date, "group": "date"},
    {"kind": "byline", "zone": "head", "p": 0.05, "rank": 8, "fn": p_byline, "group": "byline"},
    {"kind": "kicker", "zone": "head", "p": 0.2, "rank": 9, "fn": p_kicker},
    # lead
    {"kind": "byline", "zone": "lead", "p": 0.75, "rank": 1, "fn": p_byline, "group": "byline"},
    {"kind": "date", "zone": "lead", "p": 0.7, "rank": 2, "fn": p_date, "group": "date"},
    {"kind": "readtime", "zone": "lead", "p": 0.25, "rank": 3, "fn": p_readtime},
    {"kind": "share", "zone": "lead", "p": 0.25, "rank": 4, "fn": p_share},
    {"kind": "listen", "zone": "lead", "p": 0.15, "rank": 5, "fn": p_listen},
    {"kind": "credit", "zone": "lead", "p": 0.3, "rank": 6, "fn": p_credit},
    # inline
    {"kind": "ad", "zone": "inline", "p": 0.45, "rank": 0, "fn": p_ad},
    {"kind": "readmore", "zone": "inline", "p": 0.4, "rank": 0, "fn": p_readmore},
    {"kind": "nlbox", "zone": "inline", "p": 0.15, "rank": 0, "fn": p_nlbox, "max": 1, "where": "middle"},
    {"kind": "continue", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_continue, "max": 1},
    {"kind": "credit", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_credit, "max": 1, "where": "early"},
    # tail
    {"kind": "byline", "zone": "tail", "p": 0.06, "rank": 0.2, "fn": p_byline, "group": "byline"},
    {"kind": "credits_tail", "zone": "tail", "p": 0.1, "rank": 0, "fn": p_credits_tail},
    {"kind": "print_note", "zone": "tail", "p": 0.08, "rank": 0.5, "fn": p_print_note},
    {"kind": "paywall", "zone": "tail", "p": 0.06, "rank": 0.6, "fn": p_paywall},
    {"kind": "share", "zone": "tail", "p": 0.45, "rank": 1, "fn": p_share},
    {"kind": "tags", "zone": "tail", "p": 0.4, "rank": 2, "fn": p_tags},
    {"kind": "bio", "zone": "tail", "p": 0.15, "rank": 2.5, "fn": p_bio},
    {"kind": "feedback", "zone": "tail", "p": 0.1, "rank": 3, "fn": p_feedback},
    {"kind": "newsletter", "zone": "tail", "p": 0.45, "rank": 4, "fn": p_newsletter},
    {"kind": "follow", "zone": "tail", "p": 0.2, "rank": 4.5, "fn": p_follow},
    {"kind": "comments", "zone": "tail", "p": 0.4, "rank": 5, "fn": p_comments},
    {"kind": "login", "zone": "tail", "p": 0.3, "rank": 5.5, "fn": p_login},
    {"kind": "related", "zone": "tail", "p": 0.55, "rank": 6, "fn": p_related},
    {"kind": "related", "zone": "tail", "p": 0.12, "rank": 7.5, "fn": p_related},
    {"kind": "app", "zone": "tail", "p": 0.08, "rank": 8, "fn": p_app},
    {"kind": "copyright_notice", "zone": "tail", "p": 0.1, "rank": 8.5, "fn": p_copyright_notice},
    {"kind": "footer", "zone": "tail", "p": 0.55, "rank": 9, "fn": p_footer},
    {"kind": "cookie", "zone": "tail", "p": 0.12, "rank": 10, "fn": p_cookie, "group": "cookie"},
]
