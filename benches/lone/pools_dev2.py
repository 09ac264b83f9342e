"""DEV2 phrase pools and page pieces for gen_lone.py: a second development pool set.

A second *development* set of chrome for lone news pages, written to check that chaff
generalises beyond the first pool set (pools_dev.py).  It has the same interface (see the
pools_dev.py docstring: NAME, LANGUAGES, make_site, section, PIECES) but every phrasing,
site name, town, person, address and layout here was invented afresh for this module;
nothing is copied from pools_dev.py, from the held-out generator or from any real site.
Real-world *kinds* of wording are imitated (a Swedish site names its "ansvarig utgivare", a
Polish one its "redaktor naczelny", a Brazilian one asks for a Pix donation), the words
themselves are our own.

Languages (share of sites): English 30, Portuguese 14, Polish 14, Swedish 14, Czech 14,
Danish 14.  Chrome is in the site's language; the article bodies stay English (BBC).

Pieces (zone): head - doctitle, cookie, skip, topbar, weather, masthead, menu, ticker,
topics, breadcrumb, share, related, date, byline, live, kicker; lead - byline, date, live,
translated, readtime, comment_count, share, listen, credit, gallery; inline - ad, readalso,
nlbox, continue, credit, alert, gallery; tail - byline, agency, correction, translated,
print_note, paywall, share, tags, bio, feedback, poll, appeal, follow, podcast, comments,
login, related, most_commented, events, weather, app, copyright_notice, footer, cookie.

Template syntax used below: str.format fields, "\\n" splits a template into lines, and
"[[male|female]]" picks a form by the gender of the person named in the line.
Python 3 standard library only; deterministic for a given rng.
"""

import re
import unicodedata
from datetime import timedelta

NAME = "dev2"

LANGUAGES = [("en", 30), ("pt", 14), ("pl", 14), ("sv", 14), ("cs", 14), ("da", 14)]

CATS = ("business", "entertainment", "politics", "sport", "tech")

L = {}

# --------------------------------------------------------------------------------------
# English

L["en"] = {
    "towns": ["Pellworth", "Gilderoy Falls", "Quarry Hill", "Saltmarsh", "Bramblewick",
              "Northam Cross", "Eastgrove", "Linfield", "Marram Point", "Cobbleford", "Hexley",
              "Wrenfold", "Tillingham", "Ostley Bridge"],
    "site_names": ["The {town} Inquirer", "{town} Packet", "{town} Weekly Journal", "{town} Pulse",
                   "The {w_adj} {w_noun}", "{town} {w_noun}", "The {town} {w_noun}",
                   "{town} Free Press", "Inside {town}", "{town} Now", "The {town} {w_adj} {w_noun}"],
    "words": {"w_adj": ["Valley", "County", "Harbour", "Union", "Highland", "Riverside", "Borough"],
              "w_noun": ["Register", "Telegraph", "Informer", "Leader", "Reporter", "Citizen",
                         "Spectator", "Compass", "Current", "Crier", "Times", "Journal"]},
    "tlds": ["com", "co.uk", "us", "news", "ca", "co.nz", "media", "org"],
    "company": ["{base} Media Group Inc.", "{base} Publishing Co.", "{base} Newspapers LLC",
                "{town} Community Media Ltd", "Tidewater Press Holdings"],
    "taglines": ["Serving {town} and district since {year}", "Straight news, no spin",
                 "The paper that asks questions", "Community journalism, reader funded",
                 "All the news that matters to {town}", "Est. in {year} and still here",
                 "Your county, covered", "Reader-supported local reporting"],
    "sections": {
        "business": ["Biz", "The Economy", "Money & Markets", "Companies", "Business Desk"],
        "entertainment": ["Arts & Culture", "Screen", "Showtime", "Life & Arts", "Culture Club"],
        "politics": ["Politics & Policy", "The Nation", "Capitol", "Public Affairs", "Power"],
        "sport": ["Scores", "Sports Desk", "Match Day", "Sport"],
        "tech": ["Tech & Science", "Gadgets", "Future", "Tech Desk", "Digital Life"],
    },
    "subsections": {
        "business": ["Small business", "Stocks", "Workplace", "Property market", "Energy"],
        "entertainment": ["Movies", "Music", "Streaming", "Books", "Theatre"],
        "politics": ["Congress", "Parliament", "Campaign trail", "Courts", "City hall"],
        "sport": ["Soccer", "Basketball", "Boxing", "Motorsport", "Cycling"],
        "tech": ["Apps", "Gaming", "Phones", "Cybersecurity", "AI"],
    },
    "extras": ["Local", "Nation", "World", "Views", "Health", "Schools", "Homes", "Cars",
               "Forecast", "Watch", "Listen", "Crosswords", "Notices", "Careers",
               "Food & Drink", "Community", "Events", "Photos", "Letters to the editor"],
    "menu_open": ["Sections", "☰ Sections", "Browse", "≡ Menu"],
    "menu_more": ["More ▾", "Everything else", "All topics"],
    "menu_inline": "Sections: {items}",
    "home": ["Front", "Homepage", "Index", "Top news"],
    "here": "You are here:",
    "skip": ["Jump to main content", "Skip navigation links", "Go to content", "Bypass menu",
             "Skip to the story", "Accessibility help"],
    "account": ["Log in / Register", "Subscriber login", "Join now", "Your account",
                "Digital edition", "Find", "Gift a subscription", "Subscriptions from {price}/wk",
                "Advertise with us", "Reach the newsroom", "Notifications"],
    "prices": ["$1", "£1.50", "$4.99", "99p", "$2/week"],
    "cookie_head": ["Your privacy", "About cookies", "Cookie choices"],
    "cookie": ["This site relies on cookies to work properly and to measure how it is used.",
               "Cookies help us deliver our journalism. You can change your choices at any time.",
               "Your privacy matters. We use cookies and similar tech for ads and analytics.",
               "Allow cookies from {site} and our {n} partners?",
               "We store small files on your device so the site remembers you. Details are in our cookie notice."],
    "cookie_buttons": ["Allow all", "Necessary only", "Decline", "Customise", "Got it",
                       "Continue without accepting", "Save choices", "See partners"],
    "weather_head": ["Weather", "Forecast", "{town} weather"],
    "weather": ["{town} {t}° {cond}", "{t}°, {cond}", "Now in {town}: {t}°", "{cond} · High {hi}° Low {lo}°"],
    "weather_more": ["Tomorrow: {t2}°", "Full forecast", "Hi {hi}° / Lo {lo}°"],
    "conds": ["Partly sunny", "Overcast", "Drizzle", "Thunderstorms", "Breezy", "Mostly clear", "Sleet"],
    "ticker": ["Developing: {h}", "Happening now: {h}", "On the agenda: {k1} / {k2} / {k3}",
               "Latest headlines: {h}", "News alert: {h}"],
    "topics": ["Trending topics: {list}", "People are reading about: {list}", "In focus: {list}"],
    "topic_fallback": ["Elections", "Traffic", "Schools", "Housing"],
    "kickers": ["Deep dive", "Investigation", "Column", "Q&A", "First look", "Long read",
                "Verdict", "Briefing", "Fact check"],
    "badges": ["Members only", "Subscriber exclusive", "Premium", "Free to read"],
    "first_m": ["Ben", "Ravi", "Connor", "Theo", "Isaac", "Dominic", "Hamish", "Tyrone", "Luca",
                "Wesley", "Jasper", "Arjun"],
    "first_f": ["Chloe", "Yasmin", "Eleanor", "Bethany", "Nadia", "Grace", "Poppy", "Zara",
                "Ingrid", "Tamsin", "Leah", "Olivia"],
    "last": ["Harcourt", "Nwosu", "Templeton", "Gill", "Abernethy", "McBride", "Okafor",
             "Sutcliffe", "Dalton", "Ramsay", "Beaumont", "Kaur", "Fairbairn", "Lomax",
             "Ingram", "Whitlock"],
    "roles": ["Community reporter", "Investigations editor", "Data journalist",
              "Courts correspondent", "Business writer", "Sports columnist",
              "Arts and features writer", "Local democracy reporter", "Deputy editor",
              "Capitol bureau chief", "Technology columnist", "Night editor"],
    "bylines": ["Story by {name}", "{name} | {site}", "{name}, {role_l} at {site}", "By {name} for {site}",
                "{NAME} · {role}", "{name} and {name2}", "Reported by {name}",
                "{name} — {town}", "{name}\n{role}", "{name}\n{email}", "By {name} in {town}",
                "Words: {name} · Pictures: {name2}"],
    "staff": ["News Desk", "By {site} staff writers", "From wire reports", "The Editorial Board", "Staff and wire reports"],
    "months": ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"],
    "mons": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
    "days": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "dys": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "dates": ["{Day}, {d} {Month} {yyyy} at {h12}:{MM}{ampm}", "{Month} {d} {yyyy} / {h12}:{MM} {AMPM} {tz}",
              "{d} {Mon} {yyyy} · {HH}:{MM}", "{HH}:{MM} {tz} {d}/{m}/{yy}", "{mm}.{dd}.{yyyy} {h12}:{MM} {AMPM}",
              "{Dy} {ord} {Mon} {yyyy}, {HH}:{MM}"],
    "dates_day": ["{Dy}, {Mon} {d}, {yyyy}", "{Day} {ord} {Month}", "{d} {Month}, {yyyy}",
                  "{Month} {ord}, {yyyy}", "{mm}.{dd}.{yy}"],
    "time": "{h12}:{MM}{ampm}",
    "tz": ["EST", "PT", "AEST", "NZT", "GMT", "CT"],
    "date_labels": ["Posted {date}", "Last modified: {date}", "Originally published {date}",
                    "Filed {date}", "{date} | Updated {ago}", "Posted {date}\nRevised {time}",
                    "{date}", "{date}", "Story published {date}"],
    "ago_tpl": ["{n} {u} ago"],
    "ago_short": {"minute": "{n}m", "hour": "{n}h", "day": "{n}d"},
    "ago_units": {"minute": ("minute", "minutes"), "hour": ("hour", "hours"), "day": ("day", "days")},
    "yesterday": "yesterday",
    "readtime": ["Approx. {n} minutes to read", "Read in {n} mins", "Time to read: {n} min",
                 "{n}-minute read", "Reading: ~{n} min"],
    "listen": ["Hear this article read aloud", "Audio: {n} min", "Play the narrated version",
               "Listen now ({n} min)", "🎧 Listen to the story"],
    "listen_ai": ["Narration is computer generated", "Voiced by AI. Report a problem"],
    "credits": ["Pic: {agency}", "Image courtesy of {agency}", "Photography by {name}",
                "Picture credit: {name}/{agency}", "File photo: {agency}", "Photo: {name} / {site}"],
    "agencies": ["Getty", "AP", "Reuters", "AFP", "Submitted", "Courtesy photo", "{site} files", "Unsplash"],
    "wires": ["AP", "Reuters", "AFP", "Bloomberg"],
    "gallery": ["View gallery ({count})", "{count} in this gallery", "Open slideshow · {count}"],
    "share_head": ["Pass it on", "Share:", "Send this story", "Tell a friend"],
    "share_nets": ["Facebook", "X", "WhatsApp", "LinkedIn", "Reddit", "Bluesky", "Email", "SMS", "Threads"],
    "share_extra": ["Copy URL", "Print this page", "Save story", "Gift this story", "{n} comments"],
    "share_on": "Post to {net}",
    "ad": ["PAID POST", "Sponsor message", "Our sponsors", "Advert", "Ad feedback",
           "Story continues after sponsor message", "Partner content", "— ad —"],
    "continue": ["Keep reading", "The article resumes below", "More below", "Scroll down for more"],
    "readalso": ["Related coverage: {h}", "ALSO ON {SITE}: {h}", "Further reading: {h}",
                 "Catch up: {h}", "Don't miss: {h}", "Previously: {h}",
                 "In case you missed it\n{h}", "More on this\n{h}\n{h2}"],
    "hl_prefix": ["Video: ", "Explainer: ", "Live updates: ", "Photos: "],
    "nlbox": [["Sign up: {nl}", "Five stories, every weekday at 7am.", "Count me in"],
              ["Get {nl}", "Our editors' picks, delivered free to your inbox."],
              ["Like what you're reading?", "Sign up for {nl} and never miss a story.", "Your email address"],
              ["{section} in your inbox", "One email a week from our {section_l} team."]],
    "alert_head": ["Alerts", "Stay updated", "Breaking news"],
    "alert": ["Turn on alerts to get breaking news from {town}.",
              "Want updates on this story? Tap the bell icon.",
              "Get a text when big news happens in {town}."],
    "alert_button": ["Enable", "Turn on", "Not now"],
    "tags": ["Keywords: {list}", "Subjects\n{lines}", "Browse: {list}", "Topics in this article: {list}",
             "Follow topics\n{follow}", "{hashes}"],
    "follow_word": "+ Follow",
    "bio": ["{name} covers {section_l} for {site} and can be reached at {email}.",
            "{name} has reported on {section_l} since {year2}. Before that, {pron} worked at a wire agency.",
            "More from {name}",
            "About the writer\n{name} is a {role_l} based in {town}.",
            "{name} is {site}'s {role_l}.\nEmail: {email}"],
    "pron": ["he", "she"],
    "feedback": [["Did this story answer your questions?", "Yes", "Partly", "No"],
                 ["Flag an inaccuracy"], ["Tell us what you think: {email}"],
                 ["Rate this story", "1 2 3 4 5"], ["Something missing from this story? Let the newsroom know."]],
    "poll": [["Quick poll", "Where do you stand?", "Agree", "Disagree", "Not sure", "Vote"],
             ["Reader poll", "Is this good news for {town}?", "Yes", "No", "Submit"]],
    "poll_votes": "{n} votes so far",
    "appeal": ["Local news is worth paying for. Become a member.",
               "Chip in {price} today and keep this reporting free for everyone.",
               "You made it to the end! Get more like this in {nl}.",
               "Reporting like this takes time. Support our newsroom.",
               "Members get ad-free reading, puzzles and the weekly print edition.",
               "Join {k},000 neighbours who fund {site}.",
               "Tips, documents, leads: reach our reporters securely at tips@{host}."],
    "nl_names": ["The Daybreak", "Wrap-Up", "The Sunday Read", "{town} Unpacked", "Eight at Eight"],
    "follow": ["Find {site} on Instagram, Threads and Bluesky", "Stay connected: @{handle}",
               "Join our community on Facebook", "We're on WhatsApp too: follow {site}"],
    "app": ["Get {site} on your phone", "Our app: faster, fewer ads", "Download on iOS or Android",
            "Breaking news, straight to your lock screen. Get the app"],
    "podcast_names": ["The Front Page Pod", "Inside Track", "Ten Minutes Of News", "{town} Talks"],
    "podcast": [["Listen: {pod}, episode {n}", "New episodes every Monday"],
                ["Podcast", "{pod}", "Subscribe wherever you get your podcasts"],
                ["🎙 {pod}: this week's big stories in under fifteen minutes"]],
    "correction": ["Correction: An earlier version of this story misstated the date of the announcement.",
                   "Editor's note: This article was updated at {time} with additional details.",
                   "Clarification appended {date}.",
                   "An earlier headline on this story has been changed to better reflect its content."],
    "translated": ["This article originally appeared in {partner} and is republished with permission.",
                   "Republished under a content-sharing agreement with {partner}."],
    "partners": ["the Coastal Times", "Valley Public Radio", "the Metro Courier"],
    "print_note": ["From the {date} print edition.", "Also appears in print, {date}, page {n}.",
                   "Printed in the {date} issue of {site}."],
    "agency_tail": ["Wire copy contributed.", "{name} contributed reporting.", "Source: {agency}",
                    "Material from {agency} was used in this report."],
    "copyright_notice": ["Copyright {yyyy} {company}. Reproduction without permission is prohibited.",
                         "Content licensed for personal use only.",
                         "Want to reuse this story? Licensing: rights@{host}"],
    "comments_head": ["Reader responses", "{comments}", "Talk about it", "Join the conversation ({n})",
                      "What readers are saying", "Responses"],
    "says": ["{user}", "{user} • {ago}", "{user} | {date}", "{user}\n{ago}", "{user} commented:"],
    "reply": ["Respond", "Upvote ({n})", "Reply · Flag", "Reply ↩"],
    "comment_form": [["Add your voice", "Display name", "Your comment", "Submit comment"],
                     ["Sort: Top", "Newest", "Oldest"],
                     ["Read our community guidelines before posting."],
                     ["Start typing your comment...", "Post it"]],
    "users": ["{first}{num}", "{first} in {town}", "{nick}", "{nick}_{num}", "{first} {L}."],
    "nicks": ["RiverRat", "ParishWatcher", "CommonSense", "NightShift", "RetiredTeacher", "ExPat",
              "LongTimeReader"],
    "comment_short": ["Spot on.", "Shocking, frankly.", "Well, well, well.", "Called it.",
                      "Absolute shambles.", "Good to see.", "Not before time.", "Pass.",
                      "Say no more.", "Classic.", "Hear, hear.", "What a joke."],
    "comment_long": ["I grew up round the corner from {k} and this is not the place I remember.",
                     "Would love to know who signed off on this and why.",
                     "The piece skates over the part {k} played in all of it.",
                     "Give it six months and we'll be reading the opposite.",
                     "Does anyone know if this applies outside the city limits?",
                     "People, read past the headline before you start typing.",
                     "My old employer went through exactly this and it was chaos.",
                     "Credit where it's due, {k} got this one right.",
                     "Genuinely useful article, thanks for the detail.",
                     "Everyone is talking about {k} but nobody is talking about the cost."],
    "login": ["Commenting requires a free account. Sign up or log in.",
              "The comment thread for this story has closed.",
              "Members can comment on this story.",
              "Log in with your subscriber account to reply."],
    "paywall": ["The rest of this story is for members.", "Free articles left this month: {n}",
                "Have an account? Sign in", "Unlock everything for {price}",
                "Keep reading with a {site} membership."],
    "related_head": ["Keep reading", "Top of the charts", "More headlines", "Elsewhere on {site}",
                     "This week's most read", "Handpicked for you", "More {section} stories",
                     "Fresh off the press", "Recently published"],
    "related_more": ["Load more", "See all stories", "More ›"],
    "most_commented": ["Most discussed", "Hot threads", "Readers are debating"],
    "events_head": ["What's on", "Events diary", "Coming up in {town}"],
    "events": ["Farmers' market", "Charity fun run", "Jazz night", "Craft fair", "Quiz night",
               "Open studios", "Book signing", "Brass band concert"],
    "venues": ["the Corn Exchange", "Memorial Hall", "Riverside Park", "the Library", "St Mary's Church"],
    "event_date": "{Dy} {d} {Mon}",
    "events_more": ["Full listings", "Add your event"],
    "live": ["LIVE", "● Live", "Live updates"],
    "live_update": ["Last update {time}", "Refreshed {ago}", "{n} new posts"],
    "comment_count": ["{comments}", "Jump to comments", "💬 {n}"],
    "copyright": ["© {yyyy} {company}. Some rights reserved.", "Copyright {yyyy}, {company}",
                  "{site} is © {yyyy} {company}"],
    "footer_links": ["Masthead", "Write for us", "Reader help", "Syndication", "Ethics policy",
                     "Privacy statement", "Do not sell my info", "Terms of service", "RSS feeds",
                     "Archive", "Site map", "Advertising", "Contact"],
    "editor_line": ["Editor-in-chief: {ed}", "Managing editor: {ed}", "Editor: {ed}"],
    "reg_line": ["Company number {n8}", "Published by {company}"],
    "ethics": ["Corrections and complaints: standards@{host}", "We follow a published code of ethics."],
    "back_top": ["Top ↑", "Return to top"],
    "address": ["{n3} {street}, {town} {n5}", "PO Box {n3}, {town}", "{n2} {street}, {town}"],
    "streets": ["Mill Street", "Church Road", "Harbour Way", "Station Approach", "Market Square", "Kings Avenue"],
    "phone": ["({n3}) {n3}-{n4}", "+1 {n3} {n3} {n4}", "0{n4} {n3}{n3}"],
    "nouns": {"comment": ("comment", "comments"), "photo": ("photo", "photos"),
              "article": ("article", "articles"), "vote": ("vote", "votes")},
}

# --------------------------------------------------------------------------------------
# Portuguese (sites in Brazil and Portugal alike)

L["pt"] = {
    "towns": ["Vila Serrana", "Porto Alvorada", "São Brás do Vale", "Miraflores do Sul",
              "Santa Luzia da Serra", "Ribeira Funda", "Campo Largo Novo", "Alto Mondego",
              "Barra Clara", "Pedra Azul do Norte", "Lagoa Serena", "Vale do Salgueiro"],
    "site_names": ["Jornal de {town}", "Diário de {town}", "Gazeta de {town}", "Folha de {town}",
                   "Correio de {town}", "{town} Notícias", "Portal {town}", "Voz de {town}",
                   "Tribuna de {town}", "Notícias de {town}", "Diário {w}", "Jornal {w}", "Eco {w}"],
    "words": {"w": ["do Litoral", "da Serra", "do Planalto", "do Vale", "Regional", "do Sul",
                    "da Manhã", "do Interior"]},
    "tlds": ["com.br", "pt", "com", "jor.br", "net.br", "info"],
    "company": ["{base} Comunicação Ltda.", "Editora {base} Ltda.", "{base} Media, S.A.",
                "Grupo {base} de Comunicação", "Empresa Jornalística {base} Ltda."],
    "taglines": ["Informação com credibilidade desde {year}", "O jornal de {town}",
                 "Notícias que importam", "Independente e plural", "O seu diário regional",
                 "Jornalismo a sério", "Fundado em {year}", "A notícia em primeiro lugar"],
    "sections": {
        "business": ["Economia", "Negócios", "Mercados", "Dinheiro"],
        "entertainment": ["Cultura", "Entretenimento", "Famosos", "Cinema e TV", "Artes"],
        "politics": ["Política", "Mundo", "Internacional", "País"],
        "sport": ["Desporto", "Esportes", "Futebol"],
        "tech": ["Tecnologia", "Tec", "Ciência e Tecnologia", "Inovação"],
    },
    "subsections": {
        "business": ["Empresas", "Mercado financeiro", "Agronegócio", "Emprego", "Impostos"],
        "entertainment": ["Cinema", "Música", "Televisão", "Livros", "Teatro"],
        "politics": ["Governo", "Parlamento", "Eleições", "Europa", "Justiça"],
        "sport": ["Futebol", "Ténis", "Atletismo", "Fórmula 1", "Basquete"],
        "tech": ["Internet", "Games", "Celulares", "Segurança digital", "Startups"],
    },
    "extras": ["Brasil", "Mundo", "Opinião", "Saúde", "Educação", "Cidades", "Região", "Vídeos",
               "Podcasts", "Colunistas", "Agenda", "Classificados", "Tempo", "Loterias",
               "Imóveis", "Empregos", "Obituário", "Fotos", "Últimas"],
    "menu_open": ["Menu", "☰ Menu", "Seções", "Editorias"],
    "menu_more": ["Mais", "Mais seções ▾", "Ver todas"],
    "menu_inline": "Editorias: {items}",
    "home": ["Início", "Página inicial", "Capa", "Home"],
    "here": "Você está em:",
    "skip": ["Ir para o conteúdo", "Pular para o conteúdo principal", "Saltar para o conteúdo",
             "Ir para o menu", "Ir para o rodapé", "Acessibilidade"],
    "account": ["Entrar", "Assine", "Assine já", "Minha conta", "Buscar", "Pesquisar",
                "Edição impressa", "Newsletters", "Assinantes", "Cadastre-se",
                "Assine por {price}/mês", "Clube do assinante", "Jornal digital"],
    "prices": ["R$ 1,90", "R$ 9,90", "1 €", "4,99 €", "R$ 0,99"],
    "cookie_head": ["Privacidade", "A sua privacidade", "Cookies"],
    "cookie": ["Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa Política de Privacidade.",
               "Este site usa cookies e tecnologias semelhantes para personalizar anúncios e conteúdos.",
               "Nós e os nossos {n} parceiros armazenamos e acedemos a informações no seu dispositivo.",
               "Ao clicar em “Aceitar”, você concorda com o armazenamento de cookies no seu dispositivo.",
               "Respeitamos a sua privacidade. Escolha quais cookies quer permitir."],
    "cookie_buttons": ["Aceitar", "Aceitar todos", "Rejeitar", "Personalizar", "Configurações de cookies",
                       "Concordo", "Entendi", "Mais opções", "Gerir preferências"],
    "weather_head": ["Tempo", "Previsão do tempo", "Clima em {town}"],
    "weather": ["{town} {t}°C {cond}", "{t}° · {cond}", "Agora em {town}: {t}°C", "{cond} · Máx. {hi}° Mín. {lo}°"],
    "weather_more": ["Amanhã: {t2}°", "Ver previsão completa", "Máx. {hi}° / Mín. {lo}°"],
    "conds": ["Céu limpo", "Nublado", "Chuva fraca", "Aguaceiros", "Parcialmente nublado", "Sol", "Trovoadas"],
    "ticker": ["Última hora | {h}", "Urgente: {h}", "Agora: {h}", "Destaques: {k1} | {k2} | {k3}", "Plantão: {h}"],
    "topics": ["Em alta: {list}", "Assuntos do momento: {list}", "Mais buscados: {list}"],
    "topic_fallback": ["Eleições", "Trânsito", "Previsão do tempo", "Futebol"],
    "kickers": ["Análise", "Opinião", "Exclusivo", "Entrevista", "Reportagem", "Crónica",
                "Explicador", "Checagem"],
    "badges": ["Exclusivo para assinantes", "Conteúdo aberto", "Premium", "Assinante"],
    "first_m": ["João", "Pedro", "Tiago", "Rafael", "Luís", "Miguel", "Gustavo", "Rodrigo",
                "André", "Bruno", "Felipe", "Nuno"],
    "first_f": ["Ana", "Beatriz", "Mariana", "Inês", "Juliana", "Carolina", "Fernanda", "Rita",
                "Larissa", "Catarina", "Patrícia", "Sofia"],
    "last": ["Silva", "Santos", "Oliveira", "Pereira", "Costa", "Rodrigues", "Almeida",
             "Nascimento", "Ferreira", "Carvalho", "Moura", "Barbosa", "Teixeira", "Lopes",
             "Mendes", "Cardoso"],
    "roles": ["repórter", "editor[[|a]] de {section}", "colunista", "correspondente em Bruxelas",
              "jornalista", "editor[[|a]]-adjunt[[o|a]]", "repórter especial", "enviad[[o|a]] especial"],
    "bylines": ["Por {name} — {town}", "{name}, {do_site}", "{name} | {town}", "Texto de {name}",
                "Reportagem de {name}", "{NAME}", "Por {name}, enviad[[o|a]] especial",
                "{name} e {name2}", "{name}\n{role}", "Texto: {name} · Fotos: {name2}",
                "{name}\n{email}"],
    "staff": ["Da Redação", "Redação", "Redação {site}", "Com Lusa", "Da redação, com agências"],
    "months": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
               "setembro", "outubro", "novembro", "dezembro"],
    "mons": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "days": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "dys": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
    "dates": ["{dd}/{mm}/{yyyy} {HH}h{MM}", "{dd}/{mm}/{yyyy} às {HH}:{MM}", "{d} {mon} {yyyy}, {HH}:{MM}",
              "{d} de {month} de {yyyy}, {HH}h{MM}", "{dd}.{mm}.{yyyy} - {HH}:{MM}"],
    "dates_day": ["{d} de {month} de {yyyy}", "{day}, {d} de {month} de {yyyy}", "{dd}/{mm}/{yyyy}",
                  "{d} {mon} {yyyy}"],
    "time": "{HH}h{MM}",
    "tz": [""],
    "date_labels": ["Publicado em {date}", "Atualizado em {date}", "Publicado em {date} | Atualizado em {date2}",
                    "{date} - Atualizado {ago}", "Publicação: {date}", "{date}", "{date}",
                    "Atualizado {date2}\nPublicado {date}"],
    "ago_tpl": ["há {n} {u}"],
    "ago_short": {"minute": "{n} min", "hour": "{n}h", "day": "{n} dias"},
    "ago_units": {"minute": ("minuto", "minutos"), "hour": ("hora", "horas"), "day": ("dia", "dias")},
    "yesterday": "ontem",
    "readtime": ["Leitura: {n} min", "{n} minutos de leitura", "Tempo de leitura: {n} min",
                 "Leia em {n} minutos"],
    "listen": ["Ouvir este artigo", "Ouça esta notícia", "Ouvir notícia ({n} min)", "Escute a matéria",
               "▶ Ouvir"],
    "listen_ai": ["Narrado por voz artificial", "Áudio gerado por inteligência artificial"],
    "credits": ["Foto: {name}/{agency}", "Imagem: {agency}", "(Foto: {agency})", "Créditos: {name}",
                "Fotografia: {name}", "Foto: {agency} / Arquivo"],
    "agencies": ["Lusa", "Reuters", "AFP", "Agência Brasil", "Getty Images", "Arquivo", "Divulgação",
                 "Reprodução/Redes sociais", "{site}"],
    "wires": ["Lusa", "Reuters", "AFP", "Agência Brasil"],
    "gallery": ["Galeria: {count}", "Veja a galeria ({count})", "Ver todas as {count}"],
    "share_head": ["Partilhar", "Compartilhe", "Compartilhar", "Partilhe esta notícia"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Messenger", "LinkedIn", "Telegram", "E-mail"],
    "share_extra": ["Copiar link", "Imprimir", "Salvar", "Dar de presente", "{n} comentários"],
    "share_on": "Compartilhar no {net}",
    "ad": ["Publicidade", "PUBLICIDADE", "Continua após a publicidade", "Conteúdo patrocinado",
           "Anúncio", "Publieditorial", "Continue a ler a seguir à publicidade"],
    "continue": ["Continue lendo", "A notícia continua abaixo", "Leia a seguir", "Continua depois da publicidade"],
    "readalso": ["Leia também: {h}", "LEIA MAIS: {h}", "Veja também: {h}", "Saiba mais: {h}",
                 "Notícia relacionada: {h}", "Leia também\n{h}\n{h2}", "Assista: {h}", "Confira: {h}"],
    "hl_prefix": ["VÍDEO: ", "AO VIVO: ", "Opinião: ", "FOTOS: "],
    "nlbox": [["Receba as principais notícias no seu e-mail", "Cadastre-se na newsletter {nl}", "Inscrever"],
              ["Newsletter {nl}", "Todas as manhãs, o essencial para começar o dia.", "Subscrever"],
              ["Gostou deste conteúdo?", "Receba gratuitamente a newsletter {nl}.", "Digite seu e-mail"],
              ["{nl}", "As notícias de {town} direto na sua caixa de entrada."]],
    "alert_head": ["Alerta", "Notificações", "Fique por dentro"],
    "alert": ["Receba alertas de notícias no WhatsApp. Clique aqui e participe do nosso canal.",
              "Ative as notificações e fique por dentro das últimas notícias.",
              "Quer saber primeiro o que acontece em {town}? Ative os alertas."],
    "alert_button": ["Ativar", "Participar", "Agora não"],
    "tags": ["Palavras-chave: {list}", "Assuntos: {list}", "Temas\n{lines}", "Mais sobre: {list}",
             "Tópicos relacionados: {list}", "Siga os temas\n{follow}"],
    "follow_word": "+ Seguir",
    "bio": ["{name} é jornalista e escreve sobre {section_l} {no_site} desde {year2}.",
            "{name} é {role} {do_site}.", "Sobre [[o autor|a autora]]\n{name}\n{role}",
            "Mais textos de {name}", "{name}\n{email}"],
    "pron": ["ele", "ela"],
    "feedback": [["Este conteúdo foi útil para você?", "Sim", "Não"], ["Encontrou algum erro? Avise-nos."],
                 ["Envie sua sugestão de pauta"], ["O que achou desta notícia?", "Gostei", "Não gostei"],
                 ["Reportar erro", "Política de correções"]],
    "poll": [["Enquete", "Qual a sua opinião sobre o tema?", "Concordo", "Discordo", "Não sei", "Votar"],
             ["Sondagem", "Isto é bom para {town}?", "Sim", "Não", "Ver resultados"]],
    "poll_votes": "{n} votos",
    "appeal": ["Apoie o jornalismo independente. Assine {o_site}.",
               "Jornalismo de qualidade custa caro. Assine a partir de {price} por mês.",
               "Gostou da reportagem? Partilhe com os seus amigos e subscreva a nossa newsletter.",
               "Faça parte da nossa comunidade de leitores: contribua com qualquer valor via Pix.",
               "Receba a newsletter {nl} todas as manhãs no seu e-mail.",
               "{O_site} é de acesso livre graças aos nossos assinantes. Junte-se a eles.",
               "Quer receber notícias de {town} pelo WhatsApp? Entre no nosso canal.",
               "Tem uma denúncia? Envie para redacao@{host}"],
    "nl_names": ["Manhã {site}", "O Essencial", "Boletim da Tarde", "Resumo do Dia", "Primeira Página"],
    "follow": ["Siga {o_site} no Instagram, Facebook e X", "Acompanhe-nos nas redes sociais",
               "Siga-nos no Google Notícias", "Entre no canal {do_site} no WhatsApp"],
    "app": ["Baixe o app {do_site}", "Descarregue a app {site}", "Disponível na App Store e no Google Play",
            "Notícias na palma da mão: instale o aplicativo"],
    "podcast_names": ["Ponto Final", "Conversa de Redação", "Café com Notícias", "{town} em Pauta"],
    "podcast": [["Ouça o podcast {pod}", "Novo episódio toda segunda-feira"],
                ["Podcast", "{pod} #{n}", "Disponível no Spotify, Apple Podcasts e Deezer"],
                ["🎧 {pod}: os temas da semana em 15 minutos"]],
    "correction": ["Correção: uma versão anterior deste texto indicava incorretamente a data do anúncio.",
                   "Nota da redação: este texto foi atualizado às {time} para incluir novas informações.",
                   "Errata: o nome de um dos entrevistados foi corrigido.",
                   "Esta notícia foi atualizada em {date}."],
    "translated": ["Este artigo foi traduzido do inglês com auxílio de inteligência artificial e revisado pela redação.",
                   "Texto originalmente publicado em inglês.", "Tradução: {name}"],
    "partners": [],
    "print_note": ["Texto publicado na edição impressa de {date}.",
                   "Esta reportagem saiu na edição de {date}, página {n}.",
                   "Versão impressa: {date}"],
    "agency_tail": ["Com informações da {agency}.", "Com agências", "Colaborou {name}.", "Fonte: {agency}"],
    "copyright_notice": ["© {yyyy} {site}. É proibida a reprodução total ou parcial sem autorização.",
                         "Proibida a reprodução deste conteúdo sem autorização prévia.",
                         "Para republicar este conteúdo, contacte comercial@{host}"],
    "comments_head": ["Comentários", "Comentários ({n})", "{comments}", "Deixe o seu comentário",
                      "Participe da conversa", "Comente"],
    "says": ["{user}", "{user} — {ago}", "{user} em {date}", "{user} escreveu:", "{user}\n{date}"],
    "reply": ["Responder", "Responder · Curtir ({n})", "Denunciar", "Curtir · Responder"],
    "comment_form": [["Deixe um comentário", "O seu endereço de email não será publicado. Campos obrigatórios marcados com *",
                      "Nome *", "E-mail *", "Publicar comentário"],
                     ["Escreva seu comentário...", "Enviar"],
                     ["Ordenar por: Mais recentes", "Mais antigos", "Mais curtidos"],
                     ["Os comentários são moderados e não refletem a opinião do jornal."]],
    "users": ["{first}{num}", "{first} {L}.", "{first} de {town}", "{nick}", "{first}_{last_l}"],
    "nicks": ["LeitorAtento", "Anônimo", "CidadãoComum", "VelhoLeitor", "Observador"],
    "comment_short": ["Concordo plenamente.", "Vergonha!", "Já era hora.", "Finalmente uma boa notícia.",
                      "Quem vai pagar a conta somos nós.", "Não acredito nisso.", "Sempre a mesma coisa.",
                      "Parabéns pela matéria.", "Triste realidade.", "Duvido muito.", "Que absurdo.",
                      "Excelente texto."],
    "comment_long": ["Moro aqui há trinta anos e nunca vi nada parecido com o que está acontecendo com {k}.",
                     "Alguém sabe se isso vale também para quem está fora do país?",
                     "A reportagem esqueceu de mencionar o papel de {k} em tudo isso.",
                     "Sinceramente, esperava mais de {k} depois de tantas promessas.",
                     "Gostaria de ver os números completos antes de tirar conclusões.",
                     "Isso só mostra como estamos atrasados em relação aos outros.",
                     "Vamos ver quanto tempo isso dura, não é a primeira vez.",
                     "Meu filho passou pela mesma situação no ano passado.",
                     "Quem acompanha {k} sabia que isso ia acontecer mais cedo ou mais tarde.",
                     "Texto muito bem escrito, mas faltou ouvir o outro lado."],
    "login": ["Faça login para comentar.", "Para comentar, é necessário ser assinante.",
              "Os comentários estão encerrados.", "Entre ou cadastre-se para participar da discussão."],
    "paywall": ["Este conteúdo é exclusivo para assinantes.",
                "Você atingiu o limite de {m} reportagens gratuitas por mês.",
                "Já é assinante? Faça login", "Assine agora por {price}/mês",
                "Continue lendo com acesso ilimitado."],
    "related_head": ["Leia também", "Mais lidas", "Veja também", "Mais em {section}", "Notícias relacionadas",
                     "Recomendados para você", "Últimas notícias", "Você pode gostar", "Em destaque"],
    "related_more": ["Ver mais", "Carregar mais notícias", "Mais notícias »"],
    "most_commented": ["Mais comentadas", "As mais discutidas", "Em debate"],
    "events_head": ["Agenda", "Agenda cultural", "O que fazer em {town}"],
    "events": ["Feira do Livro", "Concerto de Ano Novo", "Festa de São João", "Mercado de Natal",
               "Corrida Solidária", "Exposição de fotografia", "Feira de artesanato"],
    "venues": ["Teatro Municipal", "Praça Central", "Centro Cultural", "Parque da Cidade", "Mercado Velho"],
    "event_date": "{dd}/{mm}",
    "events_more": ["Ver agenda completa", "Divulgue o seu evento"],
    "live": ["AO VIVO", "● Ao vivo", "Acompanhe ao vivo"],
    "live_update": ["Última atualização: {time}", "Atualizado {ago}", "{n} novas atualizações"],
    "comment_count": ["{comments}", "Comentar", "Ver comentários ({n})", "💬 {n}"],
    "copyright": ["© {yyyy} {site}. Todos os direitos reservados.",
                  "Copyright © {yyyy} {company} – Todos os direitos reservados", "© {site}, {yyyy}",
                  "© Copyright {company} {yyyy}"],
    "footer_links": ["Quem somos", "Contato", "Política de privacidade", "Termos de uso",
                     "Anuncie", "Trabalhe conosco", "Expediente", "Estatuto editorial", "Fale conosco",
                     "Central do assinante", "Preferências de cookies", "Ficha técnica"],
    "editor_line": ["Diretor: {ed}", "Diretor[[|a]] de Redação: {ed}", "Editor[[|a]]-chefe: {ed}"],
    "reg_line": ["CNPJ {n2}.{n3}.{n3}/0001-{n2}", "NIPC {n9} · Registo ERC n.º {n6}"],
    "ethics": ["{O_site} segue o Código de Ética dos Jornalistas.", "Estatuto Editorial disponível em {host}/estatuto"],
    "back_top": ["Voltar ao topo", "↑ Topo"],
    "address": ["Rua {street}, {n3} – Centro, {town} – CEP {n5}-{n3}", "Avenida {street}, {n2}, {n4}-{n3} {town}"],
    "streets": ["das Flores", "Dom Pedro II", "do Comércio", "XV de Novembro", "da Liberdade",
                "Marechal Deodoro", "dos Pescadores"],
    "phone": ["+55 {n2} 3{n3}-{n4}", "+351 2{n2} {n3} {n3}", "({n2}) 3{n3}-{n4}"],
    "nouns": {"comment": ("comentário", "comentários"), "photo": ("foto", "fotos"),
              "article": ("artigo", "artigos"), "vote": ("voto", "votos")},
}

# --------------------------------------------------------------------------------------
# Polish (towns: nominative|genitive|adjective)

L["pl"] = {
    "towns": ["Borowiec|Borowca|borowiecki", "Zielna Góra|Zielnej Góry|zielnogórski",
              "Radomierz|Radomierza|radomierski", "Kamienna Wola|Kamiennej Woli|kamiennowolski",
              "Sokolniki|Sokolnik|sokolnicki", "Lipowo|Lipowa|lipowski",
              "Nowy Brzeg|Nowego Brzegu|nowobrzeski", "Dębina Wielka|Dębiny Wielkiej|dębiński",
              "Jaworzno Górne|Jaworzna Górnego|jaworzański", "Wrzosowo|Wrzosowa|wrzosowski"],
    "site_names": ["Gazeta {TAF}", "Kurier {TA}", "Głos {town_g}", "Echo {town_g}", "{town_ns}24",
                   "Tygodnik {TA}", "Wiadomości {TAP}", "Dziennik {wm}", "Gazeta {wf}",
                   "Nowiny {town_g}", "Portal {TA}"],
    "words": {"wm": ["Nadrzeczny", "Wschodni", "Regionalny", "Codzienny", "Niezależny", "Pogranicza"],
              "wf": ["Nadrzeczna", "Wschodnia", "Regionalna", "Codzienna", "Niezależna", "Powiatowa"]},
    "tlds": ["pl", "com.pl", "info.pl", "eu", "net.pl"],
    "company": ["{base} Sp. z o.o.", "Wydawnictwo {base} Sp. z o.o.", "{base} Media S.A.",
                "Grupa Wydawnicza {base}", "Fundacja {base}"],
    "taglines": ["Niezależny dziennik regionu", "Z nami wiesz więcej", "Wydawany od {year} roku",
                 "Informacje z {town_g} i okolic", "Gazeta, której ufasz", "Codziennie od {year}",
                 "Portal mieszkańców {town_g}", "Bliżej ludzi, bliżej spraw"],
    "sections": {
        "business": ["Biznes", "Gospodarka", "Finanse", "Pieniądze"],
        "entertainment": ["Kultura", "Rozrywka", "Show-biznes", "Film i seriale"],
        "politics": ["Polityka", "Świat", "Kraj", "Wydarzenia"],
        "sport": ["Sport", "Piłka nożna", "Sport lokalny"],
        "tech": ["Technologie", "Nauka i technika", "Tech", "Cyfrowy świat"],
    },
    "subsections": {
        "business": ["Firmy", "Rynki", "Praca", "Podatki", "Energetyka"],
        "entertainment": ["Film", "Muzyka", "Telewizja", "Książki", "Teatr"],
        "politics": ["Sejm", "Rząd", "Wybory", "Unia Europejska", "Samorząd"],
        "sport": ["Piłka nożna", "Tenis", "Lekkoatletyka", "Siatkówka", "Skoki narciarskie"],
        "tech": ["Internet", "Gry", "Smartfony", "Cyberbezpieczeństwo", "Start-upy"],
    },
    "extras": ["Wiadomości", "Region", "Opinie", "Zdrowie", "Motoryzacja", "Nieruchomości", "Pogoda",
               "Wideo", "Podcasty", "Horoskop", "Ogłoszenia", "Nekrologi", "Praca", "Edukacja",
               "Kalendarz imprez", "Galerie", "Na sygnale"],
    "menu_open": ["Menu", "☰ Menu", "Działy", "Kategorie"],
    "menu_more": ["Więcej", "Więcej ▾", "Wszystkie działy"],
    "menu_inline": "Działy: {items}",
    "home": ["Strona główna", "Start", "Główna"],
    "here": "Jesteś tutaj:",
    "skip": ["Przejdź do treści", "Przejdź do menu", "Pomiń nawigację", "Przejdź do stopki",
             "Ułatwienia dostępu", "Przejdź do wyszukiwarki"],
    "account": ["Zaloguj się", "Zaloguj", "Załóż konto", "Prenumerata", "Kup subskrypcję", "Szukaj",
                "E-wydanie", "Moje konto", "Newsletter", "Premium", "Wypróbuj za {price}",
                "Dostęp cyfrowy od {price}", "Dodaj ogłoszenie"],
    "prices": ["1 zł", "9,99 zł", "19 zł", "4,90 zł"],
    "cookie_head": ["Twoja prywatność", "Pliki cookies", "Szanujemy Twoją prywatność"],
    "cookie": ["Ta strona korzysta z plików cookies. Dalsze korzystanie z serwisu oznacza zgodę na ich użycie.",
               "Wraz z naszymi {n} partnerami przetwarzamy dane osobowe zapisywane w plikach cookies.",
               "Używamy ciasteczek, aby dopasować treści i reklamy do Twoich zainteresowań.",
               "Kliknij „Akceptuję”, aby wyrazić zgodę na przetwarzanie danych przez nas i naszych partnerów.",
               "Zgodę możesz w każdej chwili wycofać w ustawieniach prywatności."],
    "cookie_buttons": ["Akceptuję", "Zgadzam się", "Przejdź do serwisu", "Ustawienia", "Odrzuć wszystkie",
                       "Więcej informacji", "Zaakceptuj wszystko", "Dostosuj"],
    "weather_head": ["Pogoda", "Prognoza pogody", "Pogoda: {town}"],
    "weather": ["{town} {t}°C, {cond}", "{t}°C · {cond}", "Teraz: {t}°C", "{cond}, maks. {hi}° min. {lo}°"],
    "weather_more": ["Jutro: {t2}°C", "Prognoza na 7 dni", "Maks. {hi}° / min. {lo}°"],
    "conds": ["pochmurno", "słonecznie", "przelotne opady", "mgła", "zachmurzenie umiarkowane", "deszcz ze śniegiem"],
    "ticker": ["PILNE: {h}", "Najnowsze: {h}", "Z ostatniej chwili: {h}", "Na czasie: {k1} • {k2} • {k3}",
               "Ważne: {h}"],
    "topics": ["Popularne tematy: {list}", "Na czasie: {list}", "Gorące tematy: {list}"],
    "topic_fallback": ["Wybory", "Pogoda", "Korki", "Remonty"],
    "kickers": ["Analiza", "Opinia", "Komentarz", "Wywiad", "Tylko u nas", "Felieton", "Reportaż",
                "Sprawdzamy"],
    "badges": ["Premium", "Tylko dla subskrybentów", "Treść otwarta", "Plus"],
    "first_m": ["Piotr", "Krzysztof", "Tomasz", "Marcin", "Michał", "Paweł", "Łukasz", "Grzegorz",
                "Jakub", "Bartosz", "Wojciech", "Adam"],
    "first_f": ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Aleksandra",
                "Ewa", "Marta", "Karolina", "Natalia", "Dorota"],
    "last": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
             "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Piotrowski",
             "Grabowski", "Pawlak", "Michalski", "Sadowski", "Jabłoński", "Wróbel"],
    "roles": ["dziennika[[rz|rka]]", "reporte[[r|rka]]", "redaktor[[ prowadzący| prowadząca]]",
              "korespondent[[|ka]] w Brukseli", "publicyst[[a|ka]]", "dziennika[[rz|rka]] działu {section}",
              "zastęp[[ca|czyni]] redaktora naczelnego"],
    "bylines": ["{name}", "Autor tekstu: {name}", "Tekst i zdjęcia: {name}", "{name} / {site}", "Oprac. {name}",
                "{name} – {role}", "{name}, {town}", "{name} i {name2}", "{NAME}", "{name}\n{role}",
                "Autor[[|ka]]: {name}\n{email}"],
    "staff": ["Redakcja", "oprac. {ini}", "PAP", "Źródło: PAP", "Redakcja {site}"],
    "months": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
               "września", "października", "listopada", "grudnia"],
    "mons": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "days": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "dys": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "dates": ["{dd}.{mm}.{yyyy}, {HH}:{MM}", "{d} {month} {yyyy}, godz. {HH}:{MM}", "{yyyy}-{mm}-{dd} {HH}:{MM}",
              "{d} {month} {yyyy} {HH}:{MM}", "{dd}.{mm}.{yyyy} o {HH}:{MM}"],
    "dates_day": ["{d} {month} {yyyy}", "{day}, {d} {month} {yyyy}", "{dd}.{mm}.{yyyy}", "{d} {mon} {yyyy}"],
    "time": "{HH}:{MM}",
    "tz": [""],
    "date_labels": ["Opublikowano: {date}", "Zaktualizowano: {date}", "Data publikacji: {date}",
                    "Aktualizacja: {date}", "Dodano: {date}", "{date}, aktualizacja: {time}", "{date}", "{date}",
                    "Opublikowano: {date}\nAktualizacja: {date2}"],
    "ago_tpl": ["{n} {u} temu"],
    "ago_short": {"minute": "{n} min temu", "hour": "{n} godz. temu", "day": "{n} dni temu"},
    "ago_units": {"minute": ("minutę", "minuty", "minut"), "hour": ("godzinę", "godziny", "godzin"),
                  "day": ("dzień", "dni", "dni")},
    "yesterday": "wczoraj",
    "readtime": ["Czas czytania: {n} min", "{n} min czytania", "Przeczytasz w {n} min", "Czytanie: ok. {n} min"],
    "listen": ["Posłuchaj artykułu", "Odsłuchaj", "Wersja audio ({n} min)", "Słuchaj tekstu", "▶ Posłuchaj"],
    "listen_ai": ["Czyta lektor AI", "Artykuł czytany przez syntezator mowy"],
    "credits": ["Fot. {name}/{agency}", "Fot. {agency}", "Zdjęcie: {agency}", "Źródło zdjęcia: {agency}",
                "fot. {name}", "Fot. ilustracyjne / {agency}"],
    "agencies": ["PAP", "East News", "Reuters", "Getty Images", "Shutterstock", "materiały prasowe",
                 "archiwum", "{site}"],
    "wires": ["PAP", "Reuters", "AFP", "IAR"],
    "gallery": ["Zobacz galerię ({count})", "Galeria: {count}", "Przejdź do galerii · {count}"],
    "share_head": ["Udostępnij", "Podziel się", "Wyślij znajomemu", "Poleć artykuł"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Messenger", "LinkedIn", "Wykop", "E-mail"],
    "share_extra": ["Kopiuj link", "Drukuj", "Zapisz", "Podaruj artykuł", "{n} komentarzy"],
    "share_on": "Udostępnij przez {net}",
    "ad": ["Reklama", "REKLAMA", "Artykuł sponsorowany", "Materiał partnera",
           "Dalsza część artykułu pod materiałem wideo", "Treść dalszej części artykułu pod reklamą",
           "- reklama -"],
    "continue": ["Czytaj dalej", "Dalsza część tekstu poniżej", "Artykuł jest kontynuowany poniżej",
                 "Przewiń, aby czytać dalej"],
    "readalso": ["Czytaj też: {h}", "CZYTAJ TAKŻE: {h}", "Zobacz też: {h}", "Przeczytaj również: {h}",
                 "Polecamy: {h}", "ZOBACZ: {h}", "Czytaj więcej\n{h}", "Może cię zainteresować: {h}",
                 "Polecamy\n{h}\n{h2}"],
    "hl_prefix": ["WIDEO: ", "NA ŻYWO: ", "Opinia: ", "ZDJĘCIA: "],
    "nlbox": [["Newsletter {site}", "Najważniejsze informacje dnia prosto na Twoją skrzynkę.", "Zapisz się"],
              ["Bądź na bieżąco", "Zapisz się na nasz newsletter i otrzymuj codzienny przegląd wiadomości.",
               "Twój adres e-mail"],
              ["{nl}", "Co rano najważniejsze wiadomości z {town_g} i regionu."],
              ["Nie przegap żadnej informacji", "Zamów bezpłatny newsletter {nl}.", "Zapisuję się"]],
    "alert_head": ["Powiadomienia", "Bądź pierwszy", "Alert"],
    "alert": ["Włącz powiadomienia i bądź na bieżąco.", "Obserwuj nas w Google News.",
              "Chcesz wiedzieć pierwszy, co dzieje się w regionie? Włącz alerty."],
    "alert_button": ["Włącz", "Nie teraz", "Obserwuj"],
    "tags": ["Tagi: {list}", "Tematy: {list}", "Powiązane tematy\n{lines}", "{hashes}",
             "Czytaj więcej o: {list}", "Obserwuj tematy\n{follow}"],
    "follow_word": "+ Obserwuj",
    "bio": ["{name} jest [[dziennikarzem|dziennikarką]] działu {section}.",
            "{name} pisze dla portalu {site} od {year2} roku.", "O [[autorze|autorce]]\n{name}\n{role}",
            "Zobacz wszystkie artykuły [[autora|autorki]]", "Napisz do [[autora|autorki]]: {email}"],
    "pron": ["on", "ona"],
    "feedback": [["Czy ten artykuł był pomocny?", "Tak", "Nie"], ["Zauważyłeś błąd? Napisz do nas"],
                 ["Masz temat? Skontaktuj się z redakcją: {email}"], ["Oceń artykuł", "Lubię to", "Nie lubię"],
                 ["Zgłoś błąd w tekście"]],
    "poll": [["Sonda", "Co sądzisz o tej sprawie?", "Popieram", "Nie popieram", "Nie mam zdania", "Głosuj"],
             ["Ankieta", "Czy to dobra wiadomość dla {town_g}?", "Tak", "Nie", "Zobacz wyniki"]],
    "poll_votes": "Głosów: {n}",
    "appeal": ["Wspieraj niezależne dziennikarstwo. Kup prenumeratę {site}.",
               "Podoba Ci się ten artykuł? Postaw nam kawę.",
               "Zostań patronem {site} już od {price} miesięcznie.",
               "Zapisz się na newsletter i otrzymuj najważniejsze wiadomości z regionu.",
               "Przekaż 1,5% podatku na rzecz naszej fundacji.",
               "Dziękujemy, że czytasz {site}. Bez Twojego wsparcia nie damy rady.",
               "Masz informacje, zdjęcia lub film? Napisz: kontakt@{host}"],
    "nl_names": ["Poranny Serwis", "Przegląd Dnia", "Najważniejsze z regionu", "Wieczorny Skrót"],
    "follow": ["Obserwuj nas na Facebooku i Instagramie", "Śledź {site} w Google News",
               "Dołącz do nas na Facebooku", "Obserwuj kanał {site} na WhatsAppie"],
    "app": ["Pobierz aplikację {site}", "Aplikacja dostępna w App Store i Google Play",
            "Najnowsze wiadomości zawsze pod ręką – zainstaluj aplikację"],
    "podcast_names": ["Poranny Przegląd", "Rozmowy przy kawie", "Temat Dnia", "Głośno w regionie"],
    "podcast": [["Posłuchaj podcastu {pod}", "Nowy odcinek w każdy piątek"],
                ["Podcast", "{pod}, odc. {n}", "Słuchaj na Spotify i w Apple Podcasts"],
                ["🎧 {pod} – najważniejsze tematy tygodnia w kwadrans"]],
    "correction": ["Sprostowanie: we wcześniejszej wersji artykułu podaliśmy błędną datę. Przepraszamy.",
                   "Aktualizacja: tekst uzupełniono o nowe informacje (godz. {time}).",
                   "Artykuł został zaktualizowany {date}.",
                   "Poprawiliśmy pisownię nazwiska jednego z rozmówców."],
    "translated": ["Artykuł przetłumaczony z języka angielskiego.", "Tłumaczenie: {name}",
                   "Tekst w oryginale ukazał się w języku angielskim."],
    "partners": [],
    "print_note": ["Artykuł ukazał się w wydaniu papierowym z {date}.",
                   "Tekst opublikowany w papierowym wydaniu gazety ({date}), s. {n}.",
                   "Wydanie drukowane: {date}"],
    "agency_tail": ["(PAP)", "Źródło: {agency}", "Współpraca: {name}", "oprac. {ini}", "(IAR, {ini})"],
    "copyright_notice": ["© {yyyy} {company}. Wszelkie prawa zastrzeżone.",
                         "Kopiowanie i rozpowszechnianie materiałów bez zgody redakcji zabronione.",
                         "Chcesz przedrukować ten tekst? Napisz: licencje@{host}"],
    "comments_head": ["Komentarze", "Komentarze ({n})", "{comments}", "Dodaj komentarz", "Dyskusja",
                      "Skomentuj"],
    "says": ["{user}", "{user} | {ago}", "{user}, {date}", "{user} napisał[[|a]]:", "{user}\n{date}",
             "{user}\nIP: {ip}"],
    "reply": ["Odpowiedz", "Odpowiedz · Zgłoś", "👍 {n} 👎 {m}", "Odpowiedz ({n})"],
    "comment_form": [["Dodaj komentarz", "Twój adres e-mail nie zostanie opublikowany.", "Podpis",
                      "Treść komentarza", "Wyślij"],
                     ["Sortuj: najnowsze", "najstarsze", "najpopularniejsze"],
                     ["Regulamin komentowania"],
                     ["Napisz komentarz...", "Dodaj"]],
    "users": ["~{nick}", "{first}{num}", "Gość", "{nick}{num}", "{first} z {town_g}"],
    "nicks": ["obserwator", "zwykły_czytelnik", "sąsiad", "emeryt", "kibic", "realista", "Anonim"],
    "comment_short": ["Brawo!", "Skandal.", "Nareszcie.", "I tak nic się nie zmieni.", "Kto za to zapłaci?",
                      "Szkoda gadać.", "Świetny tekst.", "Nie wierzę.", "Jak zwykle.", "Żenada.",
                      "Trzymam kciuki.", "Dobra robota."],
    "comment_long": ["Mieszkam tu od urodzenia i jeszcze nie widziałem takiego zamieszania wokół {k}.",
                     "Ciekawe, ile to wszystko będzie kosztować zwykłych ludzi.",
                     "Autor pominął najważniejszą kwestię, czyli rolę {k}.",
                     "Po {k} można się było tego spodziewać.",
                     "Czy ktoś wie, od kiedy te zmiany mają obowiązywać?",
                     "Przeczytajcie cały artykuł, zanim zaczniecie komentować.",
                     "U nas w firmie było dokładnie tak samo dwa lata temu.",
                     "Za rok nikt nie będzie o tym pamiętał.",
                     "Wreszcie ktoś napisał o tym rzetelnie.",
                     "Nie rozumiem zachwytów nad {k}, to tylko marketing."],
    "login": ["Zaloguj się, aby dodać komentarz.", "Komentowanie dostępne tylko dla zalogowanych użytkowników.",
              "Możliwość komentowania została wyłączona.", "Komentarze są dostępne dla subskrybentów."],
    "paywall": ["Ten artykuł jest dostępny tylko dla subskrybentów.",
                "Wykorzystałeś limit {m} darmowych artykułów w tym miesiącu.",
                "Masz już subskrypcję? Zaloguj się", "Kup dostęp za {price}",
                "Pozostała część artykułu jest dostępna w ramach subskrypcji."],
    "related_head": ["Najczęściej czytane", "Polecane", "Zobacz także", "Więcej z działu {section}",
                     "Najnowsze", "Powiązane artykuły", "Może Cię zainteresować", "Popularne", "Warto przeczytać"],
    "related_more": ["Zobacz więcej", "Pokaż więcej", "Więcej wiadomości »"],
    "most_commented": ["Najczęściej komentowane", "Gorące dyskusje", "Najwięcej komentarzy"],
    "events_head": ["Kalendarz wydarzeń", "Co? Gdzie? Kiedy?", "Imprezy w regionie"],
    "events": ["Jarmark Bożonarodzeniowy", "Koncert Filharmonii", "Dni {town_g}", "Festiwal Filmowy",
               "Bieg Niepodległości", "Wystawa fotografii", "Piknik rodzinny"],
    "venues": ["Dom Kultury", "Rynek", "Hala sportowa", "Amfiteatr miejski", "Biblioteka Miejska"],
    "event_date": "{dd}.{mm}",
    "events_more": ["Cały kalendarz", "Dodaj wydarzenie"],
    "live": ["NA ŻYWO", "● Relacja na żywo", "Relacja live"],
    "live_update": ["Ostatnia aktualizacja: {time}", "Aktualizacja {ago}", "{n} nowych wpisów"],
    "comment_count": ["{comments}", "Komentarze ({n})", "Skomentuj", "💬 {n}"],
    "copyright": ["© {yyyy} {company}. Wszelkie prawa zastrzeżone.", "Copyright © {site}, {yyyy}",
                  "© {company}, {yyyy}"],
    "footer_links": ["O nas", "Kontakt", "Regulamin", "Polityka prywatności", "Reklama", "Praca",
                     "Redakcja", "Prenumerata", "Mapa serwisu", "Ustawienia prywatności", "RODO",
                     "Ogłoszenia", "Zasady komentowania"],
    "editor_line": ["Redaktor[[ naczelny| naczelna]]: {ed}", "Redaktor[[ naczelny| naczelna]] portalu: {ed}",
                    "Wydawca: {company}"],
    "reg_line": ["KRS {n10} · NIP {n3}-{n3}-{n2}-{n2}", "Kapitał zakładowy {n3} 000 zł"],
    "ethics": ["Redakcja nie odpowiada za treść komentarzy.", "Wszystkie materiały chronione prawem autorskim."],
    "back_top": ["Do góry ↑", "Powrót na górę"],
    "address": ["ul. {street} {n2}, {n2}-{n3} {town}", "al. {street} {n2}/{n1}, {n2}-{n3} {town}"],
    "streets": ["Lipowa", "Kolejowa", "Ogrodowa", "Słoneczna", "Mickiewicza", "Kościuszki", "Polna"],
    "phone": ["+48 {n2} {n3} {n2} {n2}", "tel. {n2} {n3} {n2} {n2}"],
    "nouns": {"comment": ("komentarz", "komentarze", "komentarzy"), "photo": ("zdjęcie", "zdjęcia", "zdjęć"),
              "article": ("artykuł", "artykuły", "artykułów"), "vote": ("głos", "głosy", "głosów")},
}

# --------------------------------------------------------------------------------------
# Swedish

L["sv"] = {
    "towns": ["Ekeby", "Björkvik", "Strandvalla", "Norrhamra", "Lövsta", "Granbacka", "Sjöholm",
              "Vallåsen", "Alvesund", "Ljungfors", "Tallnäs", "Hagerud"],
    "site_names": ["{town}-Posten", "{town_g} Tidning", "Nya {town}", "{town}-Kuriren", "Dagbladet {town}",
                   "{town} Nyheter", "{town_g} Allehanda", "{town}bladet", "Tidningen {town}",
                   "{town} Läns Tidning", "{w} {town}"],
    "words": {"w": ["Norra", "Västra", "Östra", "Södra"]},
    "tlds": ["se", "nu", "com", "se"],
    "company": ["{base} AB", "Tidnings AB {base}", "{base} Media AB", "Mediehuset {town} AB"],
    "taglines": ["Oberoende liberal tidning", "Nyheter från {town} sedan {year}", "Din lokala nyhetskälla",
                 "Grundad {year}", "Tidningen för hela länet", "Politiskt obunden dagstidning",
                 "Oberoende socialdemokratisk tidning", "Det lokala är det viktiga"],
    "sections": {
        "business": ["Ekonomi", "Näringsliv", "Privatekonomi", "Börs & Finans"],
        "entertainment": ["Kultur", "Nöje", "Kultur & Nöje", "Film & tv"],
        "politics": ["Politik", "Inrikes", "Utrikes", "Nyheter"],
        "sport": ["Sport", "Fotboll", "Sporten"],
        "tech": ["Teknik", "Tech", "Vetenskap", "Digitalt"],
    },
    "subsections": {
        "business": ["Företag", "Börs", "Jobb", "Bostad", "Energi"],
        "entertainment": ["Film", "Musik", "Tv", "Böcker", "Scen"],
        "politics": ["Riksdagen", "Regeringen", "Val", "EU", "Kommunen"],
        "sport": ["Fotboll", "Ishockey", "Tennis", "Friidrott", "Handboll"],
        "tech": ["Internet", "Spel", "Mobil", "Säkerhet", "Startups"],
    },
    "extras": ["Nyheter", "Lokalt", "Sverige", "Världen", "Ledare", "Debatt", "Familj", "Bostad",
               "Motor", "Väder", "Webb-tv", "Poddar", "Korsord", "Dödsannonser", "Jobb", "Resor",
               "Mat & dryck", "Blåljus"],
    "menu_open": ["Meny", "☰ Meny", "Avdelningar", "Alla sektioner"],
    "menu_more": ["Mer", "Mer ▾", "Visa alla"],
    "menu_inline": "Avdelningar: {items}",
    "home": ["Start", "Hem", "Startsida", "Förstasidan"],
    "here": "Du är här:",
    "skip": ["Hoppa till innehållet", "Gå direkt till huvudinnehåll", "Hoppa över meny", "Till sidfoten",
             "Tillgänglighet"],
    "account": ["Logga in", "Bli prenumerant", "Prenumerera", "Sök", "E-tidning", "Mitt konto",
                "Kundservice", "Tipsa oss", "Prova för {price}", "Nyhetsbrev", "Mina sidor"],
    "prices": ["1 kr", "49 kr", "99 kr", "9 kr"],
    "cookie_head": ["Vi värnar om din integritet", "Om kakor", "Dina val"],
    "cookie": ["Vi använder kakor (cookies) för att ge dig en bättre upplevelse.",
               "Den här webbplatsen använder cookies. Genom att fortsätta godkänner du att vi använder cookies.",
               "Vi och våra {n} partner lagrar och hämtar information på din enhet, till exempel cookies.",
               "Du bestämmer själv vilka kakor du godkänner.",
               "Kakor hjälper oss att mäta trafiken och anpassa annonser."],
    "cookie_buttons": ["Godkänn alla", "Acceptera", "Endast nödvändiga", "Inställningar", "Neka",
                       "Anpassa", "Jag förstår", "Läs mer om kakor"],
    "weather_head": ["Väder", "Vädret i {town}", "Prognos"],
    "weather": ["{town} {t}° {cond}", "{t}°, {cond}", "Just nu: {t}°", "{cond}, max {hi}° min {lo}°"],
    "weather_more": ["I morgon: {t2}°", "Se hela prognosen", "Max {hi}° / min {lo}°"],
    "conds": ["mulet", "sol", "lätt regn", "växlande molnighet", "snöbyar", "dimma", "klart"],
    "ticker": ["JUST NU: {h}", "Senaste nytt: {h}", "Mest läst just nu: {h}", "Aktuellt: {k1} · {k2} · {k3}",
               "Viktigt meddelande: {h}"],
    "topics": ["Aktuella ämnen: {list}", "Mest läst om: {list}", "Följ ämnen: {list}"],
    "topic_fallback": ["Valet", "Trafik", "Väder", "Skolan"],
    "kickers": ["Analys", "Krönika", "Intervju", "Granskning", "Ledare", "Reportage", "Debatt",
                "Faktakoll"],
    "badges": ["Premium", "Plus", "Endast för prenumeranter", "Fri läsning"],
    "first_m": ["Erik", "Lars", "Anders", "Johan", "Mikael", "Oskar", "Henrik", "Fredrik", "Gustav",
                "Nils", "Olof", "Viktor"],
    "first_f": ["Anna", "Karin", "Sara", "Emma", "Elin", "Maria", "Linnea", "Ingrid", "Johanna",
                "Ebba", "Malin", "Frida"],
    "last": ["Andersson", "Johansson", "Lindqvist", "Berg", "Nyström", "Holm", "Sandberg", "Ekström",
             "Lundgren", "Forsberg", "Hedlund", "Sjöberg", "Wallin", "Björk", "Engström", "Åberg"],
    "roles": ["reporter", "nyhetschef", "ekonomireporter", "sportjournalist", "kulturredaktör",
              "politisk kommentator", "reporter på {section}", "webbredaktör"],
    "bylines": ["Av {name}", "{name}, reporter", "Text och foto: {name}", "{name} · {role}", "{name}\n{email}",
                "Av {name} och {name2}", "{NAME}", "{name}\n{role}", "Text: {name} Foto: {name2}",
                "{name}, {town}"],
    "staff": ["TT", "Redaktionen", "{site}", "TT-{ini}", "Nyhetsdesken"],
    "months": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
               "oktober", "november", "december"],
    "mons": ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
    "days": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "dys": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "dates": ["{d} {month} {yyyy} kl. {HH}.{MM}", "{yyyy}-{mm}-{dd} {HH}:{MM}", "{d} {mon} {yyyy} {HH}:{MM}",
              "{day} {d} {month} {yyyy}, {HH}.{MM}", "{d} {mon}. {yyyy} kl {HH}:{MM}"],
    "dates_day": ["{d} {month} {yyyy}", "{yyyy}-{mm}-{dd}", "{day} {d} {month}", "{d} {mon} {yyyy}"],
    "time": "kl. {HH}.{MM}",
    "tz": [""],
    "date_labels": ["Publicerad {date}", "Uppdaterad {date}", "Publicerad {date} · Uppdaterad {time}",
                    "Publicerad: {date}", "Senast uppdaterad {date}", "{date}", "{date}",
                    "Publicerad {date}\nUppdaterad {date2}"],
    "ago_tpl": ["för {n} {u} sedan"],
    "ago_short": {"minute": "{n} min sedan", "hour": "{n} tim sedan", "day": "{n} dagar sedan"},
    "ago_units": {"minute": ("minut", "minuter"), "hour": ("timme", "timmar"), "day": ("dag", "dagar")},
    "yesterday": "igår",
    "readtime": ["Lästid: {n} min", "{n} min läsning", "Läsningstid ca {n} minuter", "Läs på {n} minuter"],
    "listen": ["Lyssna på artikeln", "Lyssna", "Hör artikeln uppläst", "Lyssna ({n} min)", "▶ Lyssna"],
    "listen_ai": ["Uppläst med AI-röst", "Artikeln läses upp av en syntetisk röst"],
    "credits": ["Foto: {name}/TT", "Bild: {name}/{agency}", "FOTO: {NAME}", "Fotograf: {name}", "Arkivbild: {agency}",
                "Bild: {name}"],
    "agencies": ["TT", "AP", "Getty Images", "Pressbild", "Privat", "Reuters", "{site}"],
    "wires": ["TT", "Reuters", "AFP", "NTB"],
    "gallery": ["Se bildspel ({count})", "Bildspel: {count}", "Visa alla {count}"],
    "share_head": ["Dela", "Dela artikeln", "Tipsa en vän"],
    "share_nets": ["Facebook", "X", "Messenger", "LinkedIn", "E-post", "WhatsApp"],
    "share_extra": ["Kopiera länk", "Skriv ut", "Spara", "Ge bort artikeln", "{n} kommentarer"],
    "share_on": "Dela på {net}",
    "ad": ["Annons", "ANNONS", "Annonsörens innehåll", "Artikeln fortsätter efter annonsen",
           "Sponsrat innehåll", "I samarbete med annonsör"],
    "continue": ["Läs vidare nedan", "Texten fortsätter nedan", "Fortsätt läsa", "Artikeln fortsätter under bilden"],
    "readalso": ["Läs också: {h}", "LÄS MER: {h}", "Läs även\n{h}", "Se också: {h}", "Relaterat: {h}",
                 "Plus: {h}", "Läs mer\n{h}\n{h2}", "KLICKA HÄR: {h}"],
    "hl_prefix": ["VIDEO: ", "KRÖNIKA: ", "DIREKT: ", "BILDER: "],
    "nlbox": [["Få {nl} i din inkorg", "Dagens viktigaste nyheter varje morgon.", "Prenumerera"],
              ["Nyhetsbrev", "Missa inget från {town} – anmäl dig här.", "Din e-postadress"],
              ["{nl}", "Veckans bästa läsning, varje söndag."],
              ["Gratis nyhetsbrev", "Vi skickar {nl} till din mejl varje vardag.", "Anmäl mig"]],
    "alert_head": ["Notiser", "Pushnotiser", "Håll dig uppdaterad"],
    "alert": ["Få pushnotiser när det händer något i {town}.", "Följ {site} i appen och få de senaste nyheterna.",
              "Slå på notiser för att följa ämnet."],
    "alert_button": ["Slå på", "Inte nu", "Följ"],
    "tags": ["Ämnen: {list}", "Taggar: {list}", "Följ ämnen\n{follow}", "Mer om {list}", "Ämnen i artikeln\n{lines}",
             "{hashes}"],
    "follow_word": "Följ +",
    "bio": ["{name} är {role} på {site}.", "{name} bevakar {section_l} och har arbetat på {site} sedan {year2}.",
            "Mejla {name}: {email}", "Om skribenten\n{name}\n{role}", "Fler artiklar av {name}"],
    "pron": ["han", "hon"],
    "feedback": [["Var artikeln till hjälp?", "Ja", "Nej"], ["Hittade du ett fel? Rapportera det här."],
                 ["Har du ett tips? Mejla {email}"], ["Vad tyckte du om artikeln?", "Bra", "Mindre bra"],
                 ["Rapportera fel i texten"]],
    "poll": [["Omröstning", "Vad tycker du?", "Bra beslut", "Dåligt beslut", "Vet inte", "Rösta"],
             ["Fråga", "Är detta bra för {town}?", "Ja", "Nej", "Se resultat"]],
    "poll_votes": "{n} röster",
    "appeal": ["Stöd lokal journalistik – bli prenumerant idag.",
               "Prova {site} Digital för {price} första månaden.",
               "Gillade du artikeln? Swisha ett bidrag till redaktionen.",
               "Få morgonens viktigaste nyheter i din mejl – anmäl dig till {nl}.",
               "Som prenumerant får du obegränsad tillgång till alla våra artiklar.",
               "Tipsa oss om nyheter i {town}: tips@{host}"],
    "nl_names": ["Morgonkollen", "Dagens Viktigaste", "Kvällsbrevet", "{town} idag"],
    "follow": ["Följ oss på Facebook och Instagram", "Följ {site} på Threads", "Gilla oss på Facebook",
               "{site} finns på WhatsApp – följ vår kanal"],
    "app": ["Ladda ner {site_g} app", "Finns i App Store och Google Play", "Läs e-tidningen i appen",
            "Med appen får du nyheterna först"],
    "podcast_names": ["Morgonpodden", "Lokalt & Viktigt", "Dagens Fråga", "{town}podden"],
    "podcast": [["Lyssna på {pod}", "Nytt avsnitt varje fredag"],
                ["Podd", "{pod} – avsnitt {n}", "Finns där poddar finns"],
                ["🎧 {pod}: veckans stora frågor på en kvart"]],
    "correction": ["Rättelse: I en tidigare version av artikeln angavs fel datum.",
                   "Artikeln är uppdaterad med ny information {time}.",
                   "Rättad {date}: ett namn var felstavat.",
                   "Texten har uppdaterats efter publicering."],
    "translated": ["Texten är översatt från engelska.", "Översättning: {name}",
                   "Artikeln publicerades ursprungligen på engelska."],
    "partners": [],
    "print_note": ["Artikeln publicerades i papperstidningen {date}.", "Publicerad i tidningen {date}, sidan {n}.",
                   "Ur pappersutgåvan {date}"],
    "agency_tail": ["TT", "Källa: {agency}", "Med bidrag av {name}.", "{agency}/{site}"],
    "copyright_notice": ["© {site} {yyyy}. Eftertryck förbjudet.", "Allt material är upphovsrättsligt skyddat.",
                         "Vill du återpublicera texten? Kontakta {email}"],
    "comments_head": ["Kommentarer", "Kommentera", "{comments}", "Diskutera artikeln", "Läsarnas kommentarer"],
    "says": ["{user}", "{user}, {ago}", "{user} {date}", "{user} skriver:", "{user}\n{ago}"],
    "reply": ["Svara", "Svara · Gilla ({n})", "Anmäl", "Gilla · Svara"],
    "comment_form": [["Skriv en kommentar", "Namn", "E-post (publiceras ej)", "Skicka"],
                     ["Sortera: Nyast först", "Äldst först"],
                     ["Kommentarerna förhandsgranskas."],
                     ["Håll god ton i kommentarerna."]],
    "users": ["{first} {L}", "{nick}{num}", "Signaturen {nick}", "{first} i {town}", "{first}{num}"],
    "nicks": ["Skeptikern", "Grannen", "Pensionären", "Realisten", "Läsaren", "Glesbygdsbo"],
    "comment_short": ["Äntligen!", "Skandal.", "Helt rätt.", "Tragiskt.", "Vem betalar?", "Snyggt jobbat.",
                      "Tror det när jag ser det.", "Som vanligt.", "Bra skrivet.", "Suck.", "Vilken röra.",
                      "Tummen upp."],
    "comment_long": ["Jag har bott här i fyrtio år och aldrig sett något liknande kring {k}.",
                     "Undrar vad det här kommer att kosta oss skattebetalare i slutändan.",
                     "Artikeln missar helt vilken roll {k} har spelat.",
                     "Det var väl bara en tidsfråga innan {k} skulle hamna här.",
                     "Någon som vet om det här gäller även oss på landsbygden?",
                     "Läs hela texten innan ni dömer, den är mer nyanserad än rubriken.",
                     "Samma sak hände på min förra arbetsplats för några år sedan.",
                     "Om ett år har alla glömt bort det här.",
                     "Tack för en saklig och balanserad artikel.",
                     "Förstår inte hajpen kring {k} alls."],
    "login": ["Logga in för att kommentera.", "Kommentarsfunktionen är stängd för den här artikeln.",
              "Du måste vara prenumerant för att kommentera.", "Logga in med BankID för att delta i debatten."],
    "paywall": ["Den här artikeln är låst för prenumeranter.", "Du har läst {n} av {m} fria artiklar.",
                "Redan prenumerant? Logga in", "Fortsätt läsa för {price}",
                "Lås upp hela artikeln – bli prenumerant."],
    "related_head": ["Mest läst", "Läs också", "Mer från {section}", "Senaste nytt", "Rekommenderat",
                     "Relaterade artiklar", "Toppnyheter", "Mer att läsa"],
    "related_more": ["Visa fler", "Fler nyheter", "Alla nyheter ›"],
    "most_commented": ["Mest kommenterade", "Mest debatterat", "Heta diskussioner"],
    "events_head": ["Evenemang", "På gång i {town}", "Kalendern"],
    "events": ["Julmarknad", "Vårkonsert", "Loppis", "Filmfestival", "Midsommarfirande", "Konstrunda",
               "Skördefest"],
    "venues": ["Stadshuset", "Folkets park", "Kulturhuset", "Torget", "Biblioteket"],
    "event_date": "{d} {mon}",
    "events_more": ["Se alla evenemang", "Tipsa om evenemang"],
    "live": ["DIREKT", "● Direktrapport", "Just nu: direktrapportering"],
    "live_update": ["Senast uppdaterad {time}", "Uppdaterad {ago}", "{n} nya inlägg"],
    "comment_count": ["{comments}", "Kommentera", "💬 {n}"],
    "copyright": ["Copyright {yyyy} {company}", "Copyright © {site} {yyyy}. Alla rättigheter förbehållna."],
    "footer_links": ["Om oss", "Kontakta oss", "Kundservice", "Annonsera", "Personuppgiftspolicy",
                     "Cookies", "Tipsa redaktionen", "Jobba hos oss", "Användarvillkor", "Rättelser",
                     "Prenumerationsvillkor"],
    "editor_line": ["Ansvarig utgivare: {ed}", "Chefredaktör och ansvarig utgivare: {ed}",
                    "Nyhetschef: {ed}"],
    "reg_line": ["Org.nr {n6}-{n4}", "Utges av {company}"],
    "ethics": ["Vi följer de pressetiska reglerna.", "{site} är medlem i Tidningsutgivarna."],
    "back_top": ["Till toppen", "Upp ↑"],
    "address": ["{street} {n2}, {n3} {n2} {town}", "Box {n3}, {n3} {n2} {town}"],
    "streets": ["Storgatan", "Kyrkogatan", "Hamngatan", "Skolgatan", "Järnvägsgatan", "Torggatan"],
    "phone": ["0{n2}-{n3} {n2} {n2}", "+46 {n2} {n3} {n2} {n2}"],
    "nouns": {"comment": ("kommentar", "kommentarer"), "photo": ("bild", "bilder"),
              "article": ("artikel", "artiklar"), "vote": ("röst", "röster")},
}

# --------------------------------------------------------------------------------------
# Czech (towns: nominative|genitive|adjective)

L["cs"] = {
    "towns": ["Lipnice nad Ohří|Lipnice nad Ohří|lipnický", "Horní Roveň|Horní Rovně|roveňský",
              "Kamenec|Kamence|kamenecký", "Dolní Lhota|Dolní Lhoty|lhotecký",
              "Vranov u Řeky|Vranova u Řeky|vranovský", "Bystřice pod Skalou|Bystřice pod Skalou|bystřický",
              "Nové Sedlo|Nového Sedla|sedlecký", "Habrová|Habrové|habrovský",
              "Stará Ves|Staré Vsi|staroveský", "Polná u Lesa|Polné u Lesa|polenský"],
    "site_names": ["{TA} deník", "{TAP} listy", "Hlas {town_g}", "Zpravodaj {town_g}", "{town} dnes",
                   "{TA} týdeník", "{TAP} noviny", "{town_ns}Info", "Deník {wm}", "Noviny {town_g}"],
    "words": {"wm": ["Podhorský", "Poříční", "Krajský", "Východní", "Nezávislý"]},
    "tlds": ["cz", "eu", "com", "cz"],
    "company": ["{base} s.r.o.", "{base} a.s.", "{base} media s.r.o.", "Vydavatelství {base} s.r.o."],
    "taglines": ["Nezávislý regionální deník", "Zprávy z {town_g} a okolí", "Vychází od roku {year}",
                 "Čtěte, co se děje kolem vás", "Váš zdroj zpráv", "Noviny pro celý kraj",
                 "Založeno {year}"],
    "sections": {
        "business": ["Ekonomika", "Byznys", "Peníze", "Finance"],
        "entertainment": ["Kultura", "Zábava", "Celebrity", "Film a TV"],
        "politics": ["Politika", "Domácí", "Zahraničí", "Zprávy"],
        "sport": ["Sport", "Fotbal", "Sport v regionu"],
        "tech": ["Technologie", "Věda a technika", "Tech", "Digitál"],
    },
    "subsections": {
        "business": ["Firmy", "Trhy", "Práce", "Daně", "Energetika"],
        "entertainment": ["Film", "Hudba", "Televize", "Knihy", "Divadlo"],
        "politics": ["Sněmovna", "Vláda", "Volby", "Evropská unie", "Kraje"],
        "sport": ["Fotbal", "Hokej", "Tenis", "Atletika", "Formule 1"],
        "tech": ["Internet", "Hry", "Mobily", "Kyberbezpečnost", "Startupy"],
    },
    "extras": ["Zprávy", "Domov", "Svět", "Regiony", "Názory", "Zdraví", "Auto", "Bydlení", "Počasí",
               "Video", "Podcasty", "Horoskopy", "Inzerce", "Cestování", "Recepty", "Hry", "Fotogalerie",
               "Krimi"],
    "menu_open": ["Menu", "☰ Menu", "Rubriky", "Všechny rubriky"],
    "menu_more": ["Více", "Další ▾", "Všechny rubriky"],
    "menu_inline": "Rubriky: {items}",
    "home": ["Úvod", "Hlavní strana", "Domů"],
    "here": "Nacházíte se:",
    "skip": ["Přejít k obsahu", "Přeskočit na hlavní obsah", "Přejít na navigaci", "Přejít na patičku",
             "Přístupnost"],
    "account": ["Přihlásit se", "Přihlásit", "Registrace", "Předplatné", "Hledat", "E-noviny", "Můj účet",
                "Předplaťte si nás", "Premium od {price}", "Newslettery", "Archiv", "Inzerce"],
    "prices": ["1 Kč", "49 Kč", "99 Kč", "19 Kč"],
    "cookie_head": ["Vážíme si vašeho soukromí", "Soubory cookies", "Nastavení soukromí"],
    "cookie": ["Tento web používá soubory cookies k poskytování služeb, personalizaci reklam a analýze návštěvnosti.",
               "Používáme cookies, abychom vám zajistili co nejlepší zážitek z našeho webu.",
               "Kliknutím na „Souhlasím“ udělujete souhlas se zpracováním osobních údajů.",
               "My a naši {n} partneři ukládáme informace ve vašem zařízení.",
               "Souhlas můžete kdykoli odvolat v nastavení soukromí."],
    "cookie_buttons": ["Souhlasím", "Přijmout vše", "Odmítnout", "Nastavení", "Rozumím", "Podrobné nastavení",
                       "Odmítnout vše", "Více informací"],
    "weather_head": ["Počasí", "Předpověď počasí", "Počasí – {town}"],
    "weather": ["{town} {t} °C, {cond}", "{t} °C · {cond}", "Nyní: {t} °C", "{cond}, max. {hi} °C, min. {lo} °C"],
    "weather_more": ["Zítra: {t2} °C", "Podrobná předpověď", "Max. {hi}° / min. {lo}°"],
    "conds": ["oblačno", "jasno", "přeháňky", "mlha", "polojasno", "zataženo", "sněžení"],
    "ticker": ["AKTUÁLNĚ: {h}", "Právě teď: {h}", "Nejnovější: {h}", "Témata: {k1}, {k2}, {k3}",
               "Mimořádná zpráva: {h}"],
    "topics": ["Témata dne: {list}", "Právě se čte: {list}", "Sledujeme: {list}"],
    "topic_fallback": ["Volby", "Doprava", "Počasí", "Školy"],
    "kickers": ["Analýza", "Komentář", "Rozhovor", "Exkluzivně", "Glosa", "Reportáž", "Názor",
                "Ověřujeme"],
    "badges": ["Premium", "Pro předplatitele", "Exkluzivně", "Volně ke čtení"],
    "first_m": ["Jan", "Petr", "Tomáš", "Martin", "Jakub", "Lukáš", "Ondřej", "Pavel", "Jiří", "David",
                "Michal", "Vojtěch"],
    "first_f": ["Jana", "Petra", "Lucie", "Tereza", "Kateřina", "Eva", "Veronika", "Markéta", "Barbora",
                "Lenka", "Klára", "Zuzana"],
    "last": ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec",
             "Marek", "Pokorný", "Hájek", "Král", "Jelínek", "Růžička", "Beneš", "Fiala", "Sedláček",
             "Doležal", "Zeman"],
    "roles": ["redaktor[[|ka]]", "reportér[[|ka]]", "zpravodaj[[|ka]] v Bruselu", "komentátor[[|ka]]",
              "vedoucí rubriky {section}", "editor[[|ka]]", "sportovní redaktor[[|ka]]"],
    "bylines": ["Autor[[|ka]]: {name}", "{name}, {site}", "{name} – {role}", "{name}", "Napsal[[|a]]: {name}",
                "{name}, {town}", "{name} a {name2}", "{NAME}", "{name}\n{role}", "{name}\n{email}",
                "Text: {name}, foto: {name2}"],
    "staff": ["ČTK", "Redakce", "red", "(ČTK, red)", "{ini}, ČTK"],
    "months": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
               "října", "listopadu", "prosince"],
    "mons": ["led", "úno", "bře", "dub", "kvě", "čvn", "čvc", "srp", "zář", "říj", "lis", "pro"],
    "days": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "dys": ["po", "út", "st", "čt", "pá", "so", "ne"],
    "dates": ["{d}. {m}. {yyyy} {H}:{MM}", "{d}. {month} {yyyy}, {H}:{MM}", "{day} {d}. {month} {yyyy}, {H}:{MM}",
              "{dd}.{mm}.{yyyy} {HH}:{MM}", "{d}. {m}. {yyyy} v {H}:{MM}"],
    "dates_day": ["{d}. {month} {yyyy}", "{d}. {m}. {yyyy}", "{day} {d}. {month}", "{dd}.{mm}.{yyyy}"],
    "time": "{H}:{MM}",
    "tz": [""],
    "date_labels": ["Publikováno: {date}", "Aktualizováno {date}", "Vydáno {date}", "Aktualizováno: {date}",
                    "{date}, aktualizováno {time}", "{date}", "{date}", "Publikováno {date}\nAktualizováno {date2}"],
    "ago_tpl": ["před {n} {u}"],
    "ago_short": {"minute": "před {n} min", "hour": "před {n} hod.", "day": "před {n} dny"},
    "ago_units": {"minute": ("minutou", "minutami", "minutami"), "hour": ("hodinou", "hodinami", "hodinami"),
                  "day": ("dnem", "dny", "dny")},
    "yesterday": "včera",
    "readtime": ["Čtení na {n} min", "{n} min čtení", "Doba čtení: {n} min", "Přečtete za {n} min"],
    "listen": ["Poslechnout článek", "Poslechněte si článek", "Audioverze článku ({n} min)", "▶ Přehrát"],
    "listen_ai": ["Čte umělá inteligence", "Článek namluvil syntetický hlas"],
    "credits": ["Foto: {agency} / {name}", "Foto: {name}, {site}", "Ilustrační foto: {agency}", "Zdroj: {agency}",
                "Foto: {name} ({agency})", "Snímek: {agency}"],
    "agencies": ["ČTK", "Profimedia", "Reuters", "Shutterstock", "archiv redakce", "Getty Images", "{site}"],
    "wires": ["ČTK", "Reuters", "AFP", "AP"],
    "gallery": ["Fotogalerie ({count})", "Zobrazit galerii · {count}", "Galerie: {count}"],
    "share_head": ["Sdílet", "Sdílejte článek", "Poslat článek"],
    "share_nets": ["Facebook", "X", "WhatsApp", "Messenger", "LinkedIn", "E-mail"],
    "share_extra": ["Kopírovat odkaz", "Tisk", "Uložit", "Darovat článek", "{n} komentářů"],
    "share_on": "Sdílet přes {net}",
    "ad": ["Reklama", "REKLAMA", "Komerční sdělení", "Pokračování článku pod reklamou", "Obsah partnera",
           "Článek pokračuje pod reklamou"],
    "continue": ["Pokračování článku", "Čtěte dále", "Článek pokračuje níže", "Pokračujte ve čtení"],
    "readalso": ["Čtěte také: {h}", "PŘEČTĚTE SI: {h}", "Mohlo by vás zajímat: {h}", "Související: {h}",
                 "Video: {h}", "Čtěte také\n{h}\n{h2}", "Doporučujeme: {h}", "Souvisí\n{h}"],
    "hl_prefix": ["VIDEO: ", "ŽIVĚ: ", "Komentář: ", "FOTO: "],
    "nlbox": [["Nenechte si nic ujít", "Odebírejte náš newsletter {nl}", "Odeslat"],
              ["Newsletter {site}", "Každé ráno to nejdůležitější do vaší schránky.", "Váš e-mail"],
              ["{nl}", "Přehled zpráv z {town_g} každý všední den."],
              ["Chcete vědět víc?", "Přihlaste se k odběru {nl}.", "Přihlásit k odběru"]],
    "alert_head": ["Upozornění", "Notifikace", "Buďte v obraze"],
    "alert": ["Zapněte si upozornění na nejdůležitější zprávy.", "Sledujte nás na Google Zprávách.",
              "Chcete vědět, co se děje v regionu? Zapněte si notifikace."],
    "alert_button": ["Zapnout", "Teď ne", "Sledovat"],
    "tags": ["Témata: {list}", "Štítky: {list}", "Související témata\n{lines}", "Klíčová slova: {list}",
             "Sledovat témata\n{follow}", "{hashes}"],
    "follow_word": "+ Sledovat",
    "bio": ["{name} je {role} deníku {site}.", "{name} se věnuje tématům z rubriky {section}.",
            "Další články [[autora|autorky]]", "O [[autorovi|autorce]]\n{name}\n{role}", "E-mail: {email}"],
    "pron": ["on", "ona"],
    "feedback": [["Byl pro vás článek užitečný?", "Ano", "Ne"], ["Našli jste chybu v článku? Napište nám."],
                 ["Máte tip na článek? Pište na {email}"], ["Ohodnoťte článek", "Líbí", "Nelíbí"],
                 ["Nahlásit chybu"]],
    "poll": [["Anketa", "Souhlasíte s tímto rozhodnutím?", "Ano", "Ne", "Nevím", "Hlasovat"],
             ["Otázka dne", "Je to dobrá zpráva pro region?",
              "Ano", "Ne", "Zobrazit výsledky"]],
    "poll_votes": "Hlasovalo {n} čtenářů",
    "appeal": ["Podpořte nezávislou žurnalistiku. Staňte se předplatitelem.",
               "Líbil se vám článek? Podpořte nás libovolnou částkou.",
               "Předplaťte si {site} za {price} měsíčně.",
               "Přihlaste se k odběru newsletteru {nl} a nic vám neunikne.",
               "Děkujeme, že čtete {site}. Naše práce stojí na podpoře čtenářů.",
               "Máte tip? Napište nám na tipy@{host}"],
    "nl_names": ["Ranní přehled", "Večerní souhrn", "Týden v kostce", "Zprávy z regionu"],
    "follow": ["Sledujte nás na Facebooku a Instagramu", "{site} najdete také na sociálních sítích",
               "Sledujte nás na X", "Přidejte se ke kanálu {site} na WhatsAppu"],
    "app": ["Stáhněte si aplikaci {site}", "Aplikace zdarma pro iOS a Android",
            "Zprávy vždy po ruce – nainstalujte si naši aplikaci"],
    "podcast_names": ["Ranní brífink", "Kauza týdne", "Co se stalo", "Hlas regionu"],
    "podcast": [["Poslechněte si podcast {pod}", "Nový díl každé úterý"],
                ["Podcast", "{pod}, díl {n}", "Na Spotify, Apple Podcasts i YouTube"],
                ["🎧 {pod}: týden ve zprávách za patnáct minut"]],
    "correction": ["Oprava: V původní verzi článku jsme chybně uvedli datum. Omlouváme se.",
                   "Článek byl aktualizován o nové informace ({time}).",
                   "Aktualizováno {date}: doplnili jsme vyjádření.",
                   "Opravili jsme chybně uvedené jméno."],
    "translated": ["Článek byl přeložen z angličtiny.", "Překlad: {name}",
                   "Text původně vyšel v angličtině."],
    "partners": [],
    "print_note": ["Článek vyšel v tištěném vydání {date}.", "Vyšlo v tištěném vydání dne {date}, strana {n}.",
                   "Z tištěného vydání {date}"],
    "agency_tail": ["Zdroj: ČTK", "ČTK, red", "Spolupracoval[[|a]] {name}", "Zdroj: {agency}"],
    "copyright_notice": ["© {yyyy} {company}. Veškerá práva vyhrazena.",
                         "Publikování nebo šíření obsahu je bez písemného souhlasu zakázáno.",
                         "Zájem o převzetí článku? Pište na licence@{host}"],
    "comments_head": ["Diskuse", "Diskuse ({n})", "Vstoupit do diskuse ({posts})", "Komentáře", "{comments}",
                      "Názory čtenářů"],
    "says": ["{user}", "{user} – {ago}", "{user}, {date}", "{user} napsal[[|a]]:", "{user}\n{date}"],
    "reply": ["Odpovědět", "Reagovat", "+{n} / −{m}", "Odpovědět · Nahlásit"],
    "comment_form": [["Přidat příspěvek", "Jméno", "Text příspěvku", "Odeslat"],
                     ["Řadit: nejnovější", "nejstarší", "nejlépe hodnocené"],
                     ["Pravidla diskuse"],
                     ["Napište svůj názor...", "Vložit"]],
    "users": ["{first} {last}", "{nick}", "{first}{num}", "{nick}{num}", "{first} {L}."],
    "nicks": ["pozorovatel", "skeptik", "důchodce", "realista", "čtenář", "místní"],
    "comment_short": ["Konečně!", "Ostuda.", "Naprostý souhlas.", "Smutné.", "Kdo to zaplatí?", "Dobrý článek.",
                      "Tomu nevěřím.", "Jako vždycky.", "Bravo.", "Hrůza.", "Držím palce.", "Nesmysl."],
    "comment_long": ["Žiju tady celý život a nic podobného kolem {k} jsem nezažil.",
                     "Zajímalo by mě, kolik to nakonec bude stát běžné lidi.",
                     "V článku úplně chybí role, kterou v tom hrál {k}.",
                     "U {k} se to dalo čekat.",
                     "Neví někdo, od kdy ty změny platí?",
                     "Přečtěte si celý text, než začnete psát komentáře.",
                     "U nás v práci to bylo před dvěma lety úplně stejné.",
                     "Za rok si na to nikdo nevzpomene.",
                     "Konečně někdo napsal, jak to opravdu je.",
                     "Nechápu, proč je kolem {k} takový humbuk."],
    "login": ["Pro vstup do diskuse se musíte přihlásit.", "Diskuse k tomuto článku je uzavřena.",
              "Diskutovat mohou pouze předplatitelé.", "Do diskuse mohou přispívat jen ověření uživatelé."],
    "paywall": ["Tento článek je dostupný pouze předplatitelům.", "Přečetli jste {n} z {m} článků zdarma.",
                "Už jste předplatitel? Přihlaste se", "Odemkněte článek za {price}",
                "Celý článek si přečtete s předplatným."],
    "related_head": ["Nejčtenější", "Další články", "Doporučujeme", "Z rubriky {section}", "Související články",
                     "Nejnovější zprávy", "Mohlo by vás zajímat", "Právě se čte"],
    "related_more": ["Další zprávy", "Načíst další", "Všechny zprávy »"],
    "most_commented": ["Nejkomentovanější", "Nejživější diskuse", "O čem se diskutuje"],
    "events_head": ["Kalendář akcí", "Kam za kulturou", "Akce v regionu"],
    "events": ["Vánoční trhy", "Pouť", "Koncert dechovky", "Farmářské trhy", "Divadelní festival",
               "Výstava obrazů", "Dětský den"],
    "venues": ["Kulturní dům", "Náměstí Míru", "Městské divadlo", "Sokolovna", "Zámecký park"],
    "event_date": "{d}. {m}.",
    "events_more": ["Celý kalendář", "Přidat akci"],
    "live": ["ŽIVĚ", "● Online reportáž", "Sledujeme živě"],
    "live_update": ["Poslední aktualizace {time}", "Aktualizováno {ago}", "Nových příspěvků: {n}"],
    "comment_count": ["{comments}", "Diskuse ({n})", "{posts}", "💬 {n}"],
    "copyright": ["© {yyyy} {company}, všechna práva vyhrazena.", "Copyright © {yyyy} {site}", "© {company}, {yyyy}"],
    "footer_links": ["O nás", "Kontakty", "Reklama", "Ochrana osobních údajů", "Podmínky užití", "Kariéra",
                     "Předplatné", "Nastavení soukromí", "Tiráž", "Etický kodex", "Mapa stránek"],
    "editor_line": ["Šéfredaktor[[|ka]]: {ed}", "Vedoucí vydání: {ed}", "Vydavatel: {company}"],
    "reg_line": ["IČO: {n8}, DIČ: CZ{n8}", "Evidenční číslo MK ČR E {n5}"],
    "ethics": ["Redakce se řídí Etickým kodexem novináře.", "Za obsah příspěvků v diskusi odpovídají jejich autoři."],
    "back_top": ["Nahoru", "Zpět nahoru ↑"],
    "address": ["{street} {n3}/{n1}, {n3} {n2} {town}", "{street} {n2}, {n3} {n2} {town}"],
    "streets": ["Palackého", "Husova", "Nádražní", "Zahradní", "náměstí Svobody", "Masarykova"],
    "phone": ["+420 {n3} {n3} {n3}", "tel.: {n3} {n3} {n3}"],
    "nouns": {"comment": ("komentář", "komentáře", "komentářů"), "photo": ("fotografie", "fotografie", "fotografií"),
              "article": ("článek", "články", "článků"), "vote": ("hlas", "hlasy", "hlasů"),
              "post": ("příspěvek", "příspěvky", "příspěvků")},
}

# --------------------------------------------------------------------------------------
# Danish

L["da"] = {
    "towns": ["Lindholt", "Bøgely", "Strandbjerg", "Mølleby", "Kildevang", "Hjortebro", "Søholt",
              "Engmarken", "Fjordlund", "Egerup", "Vesterkær", "Ravnsø"],
    "site_names": ["{town} Avis", "{town} Posten", "Dagbladet {town}", "{town_g} Folkeblad", "{town} Nyt",
                   "Ugeavisen {town}", "{town} Tidende", "{town} Amtsavis", "{town}Nu", "Avisen {town}",
                   "{w} {town}"],
    "words": {"w": ["Nordvest", "Sydøst", "Midt", "Vestkysten ved"]},
    "tlds": ["dk", "nu", "com", "dk"],
    "company": ["{base} A/S", "{base} ApS", "{base} Medier A/S", "Mediehuset {town} A/S"],
    "taglines": ["Uafhængigt dagblad siden {year}", "Nyheder fra {town} og omegn", "Din lokale avis",
                 "Grundlagt {year}", "Egnens største avis", "Frisindet og uafhængig", "Tæt på dig"],
    "sections": {
        "business": ["Erhverv", "Økonomi", "Penge", "Business"],
        "entertainment": ["Kultur", "Underholdning", "Kendte", "Film & tv"],
        "politics": ["Politik", "Indland", "Udland", "Nyheder"],
        "sport": ["Sport", "Fodbold", "Lokalsport"],
        "tech": ["Teknologi", "Tech", "Viden", "Digitalt"],
    },
    "subsections": {
        "business": ["Virksomheder", "Aktier", "Job", "Bolig", "Energi"],
        "entertainment": ["Film", "Musik", "Tv", "Bøger", "Scene"],
        "politics": ["Folketinget", "Regeringen", "Valg", "EU", "Kommunen"],
        "sport": ["Fodbold", "Håndbold", "Cykling", "Tennis", "Badminton"],
        "tech": ["Internet", "Gaming", "Mobil", "Sikkerhed", "Startups"],
    },
    "extras": ["Nyheder", "Lokalt", "Danmark", "Udland", "Debat", "Leder", "Bolig", "Motor", "Vejret",
               "Video", "Podcast", "Krydsord", "Dødsfald", "Job", "Rejser", "Mad", "Familie", "112"],
    "menu_open": ["Menu", "☰ Menu", "Sektioner", "Alle sektioner"],
    "menu_more": ["Mere", "Mere ▾", "Se alle"],
    "menu_inline": "Sektioner: {items}",
    "home": ["Forside", "Hjem", "Start"],
    "here": "Du er her:",
    "skip": ["Spring til indhold", "Gå til hovedindhold", "Spring menuen over", "Gå til sidefod",
             "Tilgængelighed"],
    "account": ["Log ind", "Køb abonnement", "Bliv abonnent", "Søg", "E-avis", "Min konto", "Kundeservice",
                "Tip os", "Prøv 1 måned for {price}", "Nyhedsbreve", "Mit overblik"],
    "prices": ["1 kr.", "29 kr.", "99 kr.", "49 kr."],
    "cookie_head": ["Vi passer på dine data", "Cookies", "Dit samtykke"],
    "cookie": ["Vi bruger cookies for at forbedre din oplevelse af sitet.",
               "Denne hjemmeside anvender cookies til statistik og målrettet markedsføring.",
               "Vi og vores {n} samarbejdspartnere indsamler data om dit besøg.",
               "Ved at klikke på ”Accepter” giver du samtykke til brug af cookies.",
               "Du kan til enhver tid trække dit samtykke tilbage."],
    "cookie_buttons": ["Accepter alle", "Tillad alle", "Kun nødvendige", "Afvis", "Indstillinger", "Tilpas",
                       "OK", "Læs mere"],
    "weather_head": ["Vejret", "Vejret i {town}", "Udsigten"],
    "weather": ["{town} {t}° {cond}", "{t}°, {cond}", "Lige nu: {t}°", "{cond}, højst {hi}°, lavest {lo}°"],
    "weather_more": ["I morgen: {t2}°", "Se hele udsigten", "Maks {hi}° / min {lo}°"],
    "conds": ["skyet", "sol", "let regn", "byger", "tåge", "klart vejr", "blæsende"],
    "ticker": ["BREAKING: {h}", "Lige nu: {h}", "Seneste nyt: {h}", "Emner: {k1} · {k2} · {k3}",
               "Netop nu: {h}"],
    "topics": ["Mest læste emner: {list}", "Aktuelt: {list}", "Følg emnerne: {list}"],
    "topic_fallback": ["Valg", "Trafik", "Vejret", "Skoler"],
    "kickers": ["Analyse", "Kommentar", "Interview", "Afsløring", "Klumme", "Baggrund", "Debat", "Faktatjek"],
    "badges": ["Kun for abonnenter", "Plus", "Gratis artikel", "Premium"],
    "first_m": ["Mads", "Rasmus", "Søren", "Jesper", "Mikkel", "Anders", "Henrik", "Kasper", "Thomas",
                "Frederik", "Jonas", "Niels"],
    "first_f": ["Mette", "Sofie", "Camilla", "Line", "Louise", "Maria", "Anne", "Ida", "Signe", "Julie",
                "Trine", "Karen"],
    "last": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
             "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Østergaard", "Lund", "Dalgaard", "Holm"],
    "roles": ["journalist", "redaktør", "erhvervsjournalist", "politisk analytiker", "sportsreporter",
              "korrespondent i Bruxelles", "nyhedschef", "journalist på {section}"],
    "bylines": ["Af {name}", "{name}, journalist", "Skrevet af {name}", "{name} og {name2}", "{name} | {email}",
                "{NAME}", "{name}\n{role}", "Af {name}, {town}", "Tekst: {name} · Foto: {name2}", "{name}, {role} på {site}"],
    "staff": ["Ritzau", "Redaktionen", "/ritzau/", "{site}", "Nyhedsredaktionen"],
    "months": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
               "oktober", "november", "december"],
    "mons": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "days": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "dys": ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
    "dates": ["{d}. {month} {yyyy} kl. {HH}.{MM}", "{dd}.{mm}.{yyyy} kl. {HH}:{MM}", "{day} d. {d}. {month} {yyyy}, {HH}:{MM}",
              "{d}. {mon}. {yyyy} {HH}.{MM}", "{dd}-{mm}-{yyyy} {HH}:{MM}"],
    "dates_day": ["{d}. {month} {yyyy}", "{day} d. {d}. {month}", "{dd}.{mm}.{yyyy}", "{d}. {mon}. {yyyy}"],
    "time": "kl. {HH}.{MM}",
    "tz": [""],
    "date_labels": ["Publiceret {date}", "Opdateret {date}", "Offentliggjort {date}", "Sidst opdateret: {date}",
                    "Publiceret {date} | Opdateret {time}", "{date}", "{date}", "Opdateret {date2}\nPubliceret {date}"],
    "ago_tpl": ["for {n} {u} siden"],
    "ago_short": {"minute": "{n} min. siden", "hour": "{n} t. siden", "day": "{n} dage siden"},
    "ago_units": {"minute": ("minut", "minutter"), "hour": ("time", "timer"), "day": ("dag", "dage")},
    "yesterday": "i går",
    "readtime": ["Læsetid: {n} min.", "{n} minutters læsning", "Læsetid {n} min", "Tager {n} min. at læse"],
    "listen": ["Lyt til artiklen", "Hør artiklen oplæst", "Lyt ({n} min.)", "▶ Lyt"],
    "listen_ai": ["Artiklen oplæses af en syntetisk stemme", "Oplæst af kunstig intelligens"],
    "credits": ["Foto: {name}/Ritzau Scanpix", "Arkivfoto: {agency}", "Fotograf: {name}", "Billede: {name}",
                "Foto: {name}, {site}", "Privatfoto"],
    "agencies": ["Ritzau Scanpix", "AP", "Reuters", "Pressefoto", "Getty Images", "{site}"],
    "wires": ["Ritzau", "Reuters", "AFP", "NTB"],
    "gallery": ["Se billedserie ({count})", "Billedserie: {count}", "Se alle {count}"],
    "share_head": ["Del", "Del artiklen", "Send til en ven"],
    "share_nets": ["Facebook", "X", "Messenger", "LinkedIn", "E-mail", "WhatsApp"],
    "share_extra": ["Kopier link", "Print", "Gem", "Giv artiklen videre", "{n} kommentarer"],
    "share_on": "Del på {net}",
    "ad": ["Annonce", "ANNONCE", "Sponsoreret indhold", "Artiklen fortsætter under annoncen",
           "Annoncørbetalt indhold", "Annonce ·"],
    "continue": ["Læs videre", "Artiklen fortsætter nedenfor", "Fortsæt læsning", "Læs videre under billedet"],
    "readalso": ["Læs også: {h}", "LÆS OGSÅ: {h}", "Læs også\n{h}", "Se også: {h}", "Relateret: {h}",
                 "Mere om emnet: {h}", "Læs mere\n{h}\n{h2}", "SE VIDEO: {h}"],
    "hl_prefix": ["VIDEO: ", "LIVE: ", "KOMMENTAR: ", "BILLEDER: "],
    "nlbox": [["Tilmeld dig {nl}", "Få dagens vigtigste nyheder hver morgen.", "Tilmeld"],
              ["Nyhedsbrev", "Gå ikke glip af nyt fra {town}.", "Din e-mail"],
              ["{nl}", "Ugens bedste historier hver søndag."],
              ["Gratis nyhedsbrev", "Vi sender {nl} til din indbakke på hverdage.", "Ja tak"]],
    "alert_head": ["Notifikationer", "Få besked", "Hold dig opdateret"],
    "alert": ["Få besked, når der sker noget i {town}.", "Slå notifikationer til og få de vigtigste nyheder.",
              "Følg emnet og få besked om nye artikler."],
    "alert_button": ["Slå til", "Ikke nu", "Følg"],
    "tags": ["Emner: {list}", "Nøgleord: {list}", "Følg emner\n{follow}", "Læs mere om: {list}", "Emner i artiklen\n{lines}",
             "{hashes}"],
    "follow_word": "Følg +",
    "bio": ["{name} er {role} på {site}.", "{name} dækker {section_l} og har været på redaktionen siden {year2}.",
            "Skriv til {name}: {email}", "Om skribenten\n{name}\n{role}", "Flere artikler af {name}"],
    "pron": ["han", "hun"],
    "feedback": [["Var artiklen nyttig?", "Ja", "Nej"], ["Har du fundet en fejl? Skriv til os."],
                 ["Har du et tip? Kontakt redaktionen på {email}"], ["Hvad synes du om artiklen?", "God", "Mindre god"],
                 ["Ret en fejl"]],
    "poll": [["Afstemning", "Hvad mener du?", "Enig", "Uenig", "Ved ikke", "Stem"],
             ["Dagens spørgsmål", "Er det godt for {town}?", "Ja", "Nej", "Se resultat"]],
    "poll_votes": "{n} stemmer",
    "appeal": ["Støt lokal journalistik – køb et abonnement.", "Prøv {site}+ i en måned for {price}.",
               "Kunne du lide artiklen? Støt os med MobilePay.",
               "Tilmeld dig {nl} og få dagens nyheder i indbakken.",
               "Som abonnent får du adgang til alle artikler på {host}.",
               "Ved du noget, vi bør skrive om? Tip os på tip@{host}"],
    "nl_names": ["Morgenbrevet", "Dagens Overblik", "Aftenbrevet", "Ugen i {town}"],
    "follow": ["Følg os på Facebook og Instagram", "Følg {site} på LinkedIn", "Find os på de sociale medier",
               "Følg {site_g} kanal på WhatsApp"],
    "app": ["Hent {site_g} app", "Download appen gratis i App Store og Google Play", "Læs e-avisen i appen",
            "Få nyhederne først med vores app"],
    "podcast_names": ["Dagens Tema", "Morgenkaffen", "Bag Overskriften", "{town} Snakker"],
    "podcast": [["Lyt til podcasten {pod}", "Nyt afsnit hver torsdag"],
                ["Podcast", "{pod} – afsnit {n}", "Find det, hvor du lytter til podcasts"],
                ["🎧 {pod}: ugens vigtigste historier på et kvarter"]],
    "correction": ["Rettelse: I en tidligere version af artiklen stod der forkert dato.",
                   "Artiklen er opdateret {time} med nye oplysninger.",
                   "Rettet {date}: et navn var stavet forkert.",
                   "Artiklen er blevet opdateret efter udgivelsen."],
    "translated": ["Artiklen er oversat fra engelsk.", "Oversat af {name}", "Artiklen blev oprindeligt bragt på engelsk."],
    "partners": [],
    "print_note": ["Artiklen blev bragt i den trykte avis {date}.", "Bragt i avisen {date}, side {n}.",
                   "Fra den trykte udgave {date}"],
    "agency_tail": ["/ritzau/", "Kilde: {agency}", "Medvirkende: {name}", "{agency}/{site}"],
    "copyright_notice": ["© {site} {yyyy}. Alle rettigheder forbeholdes.", "Gengivelse uden tilladelse er ikke tilladt.",
                         "Vil du genbruge artiklen? Kontakt {email}"],
    "comments_head": ["Kommentarer", "{comments}", "Deltag i debatten", "Skriv en kommentar", "Debat"],
    "says": ["{user}", "{user} • {ago}", "{user} {date}", "{user} skriver:", "{user}\n{ago}"],
    "reply": ["Svar", "Synes godt om · Svar", "Anmeld", "Svar ({n})"],
    "comment_form": [["Skriv en kommentar", "Navn", "Din kommentar", "Send"],
                     ["Sortér efter: Nyeste", "Ældste"],
                     ["Læs debatreglerne, før du skriver."],
                     ["Skriv din kommentar her...", "Indsend"]],
    "users": ["{first} {last}", "{first} {L}.", "{nick}", "{first}{num}", "{nick}{num}"],
    "nicks": ["Skeptikeren", "Naboen", "Pensionisten", "Realisten", "Læseren", "Vestjyden"],
    "comment_short": ["Endelig!", "Skandaløst.", "Helt enig.", "Trist.", "Hvem skal betale?", "God artikel.",
                      "Det tror jeg først, når jeg ser det.", "Som sædvanlig.", "Godt skrevet.", "Suk.",
                      "Sikke noget rod.", "Tommel op."],
    "comment_long": ["Jeg har boet her hele mit liv og har aldrig oplevet noget lignende omkring {k}.",
                     "Gad vide, hvad det her ender med at koste os skatteydere.",
                     "Artiklen overser fuldstændig den rolle, {k} har spillet.",
                     "Det var kun et spørgsmål om tid, før {k} havnede her.",
                     "Er der nogen, der ved, om det også gælder os ude på landet?",
                     "Læs hele artiklen, før I dømmer – den er mere nuanceret end overskriften.",
                     "Det samme skete på min gamle arbejdsplads for et par år siden.",
                     "Om et år har alle glemt det.",
                     "Tak for en grundig artikel, det var tiltrængt.",
                     "Jeg forstår slet ikke hypen omkring {k}."],
    "login": ["Log ind for at kommentere.", "Der er lukket for kommentarer.", "Kun abonnenter kan deltage i debatten.",
              "Log ind med MitID for at kommentere."],
    "paywall": ["Denne artikel er forbeholdt abonnenter.", "Du har læst {n} af {m} gratis artikler.",
                "Allerede abonnent? Log ind", "Fortsæt for {price}", "Lås op for hele artiklen med et abonnement."],
    "related_head": ["Mest læste", "Læs også", "Flere nyheder", "Mere fra {section}", "Seneste nyt",
                     "Anbefalet til dig", "Relaterede artikler", "Andre læser også"],
    "related_more": ["Se flere", "Flere nyheder", "Alle nyheder ›"],
    "most_commented": ["Mest kommenterede", "Mest debatterede", "Flest kommentarer"],
    "events_head": ["Det sker", "Kalender", "Det sker i {town}"],
    "events": ["Julemarked", "Byfest", "Loppemarked", "Koncert i parken", "Kunstudstilling", "Sankthansbål",
               "Høstmarked"],
    "venues": ["Kulturhuset", "Torvet", "Byparken", "Hallen", "Biblioteket"],
    "event_date": "{d}. {mon}.",
    "events_more": ["Se hele kalenderen", "Tilføj arrangement"],
    "live": ["LIVE", "● Live", "Følg med live"],
    "live_update": ["Seneste opdatering {time}", "Opdateret {ago}", "{n} nye opdateringer"],
    "comment_count": ["{comments}", "Kommentér", "💬 {n}"],
    "copyright": ["© {yyyy} · {company}", "Copyright © {site} {yyyy}. Alle rettigheder forbeholdes."],
    "footer_links": ["Om os", "Kontakt", "Annoncering", "Privatlivspolitik", "Cookiepolitik", "Handelsbetingelser",
                     "Job", "Kundeservice", "Rettelser", "Redaktionen", "Abonnementsvilkår"],
    "editor_line": ["Ansvarshavende chefredaktør: {ed}", "Ansvarshavende redaktør: {ed}", "Udgiver: {company}"],
    "reg_line": ["CVR-nr. {n8}", "Udgivet af {company}"],
    "ethics": ["Redaktionen følger de vejledende regler for god presseskik.",
               "{site} er underlagt Pressenævnets kendelser."],
    "back_top": ["Til toppen", "Op ↑"],
    "address": ["{street} {n2}, {n4} {town}", "{street} {n1}, {n4} {town}"],
    "streets": ["Havnevej", "Kirkegade", "Skolevej", "Møllegade", "Strandvejen", "Torvet"],
    "phone": ["+45 {n2} {n2} {n2} {n2}", "Tlf. {n2} {n2} {n2} {n2}"],
    "nouns": {"comment": ("kommentar", "kommentarer"), "photo": ("billede", "billeder"),
              "article": ("artikel", "artikler"), "vote": ("stemme", "stemmer")},
}

# Things that are the same in every language or too small for the tables above.
EDITION = {"en": ["Vol. {vol}, No. {no}", "Issue {no} · Volume {vol}"],
           "pt": ["Ano {vol} · N.º {no}", "Edição n.º {no}"],
           "pl": ["Nr {no}/{yyyy}", "Rok {vol}, nr {no}"],
           "sv": ["Nr {no} · Årgång {vol}", "Årgång {vol}, nummer {no}"],
           "cs": ["Ročník {vol}, číslo {no}", "Číslo {no}/{yyyy}"],
           "da": ["{vol}. årgang · nr. {no}", "Nr. {no}, {vol}. årgang"]}
DESK = {"en": "newsroom", "pt": "redacao", "pl": "redakcja", "sv": "redaktionen", "cs": "redakce", "da": "redaktionen"}
SMALL_WORDS = {"the", "o", "a", "de", "do", "da", "dos", "das", "of", "i", "och", "og", "a"}
BASE_TEMP = [1, 2, 5, 9, 13, 17, 19, 19, 15, 10, 5, 2]     # a northern-European month's usual noon
WARMER = {"en": 4, "pt": 9, "pl": 0, "sv": -2, "cs": 1, "da": 0}

# --------------------------------------------------------------------------------------
# Helpers

_GENDERED = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
_DIGITS = re.compile(r"\{n(\d+)\}")


def _pk(rng, items):
    return items[rng.randrange(len(items))]


def _cap(text):
    return text[:1].upper() + text[1:]


def _ascii(text):
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L").replace("ø", "o")
                                   .replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae"))
    return "".join(c for c in folded.encode("ascii", "ignore").decode().lower() if c.isalnum())


def _digits(template, rng):
    """Replace {nK} by a random K-digit number (no leading zero)."""
    return _DIGITS.sub(lambda m: str(rng.randint(10 ** (int(m.group(1)) - 1), 10 ** int(m.group(1)) - 1)),
                       template)


def _fill(template, values, female=False, rng=None):
    """The template with [[m|f]] resolved, {nK} drawn from rng and str.format fields filled."""
    text = _GENDERED.sub(lambda m: m.group(2) if female else m.group(1), template)
    if rng is not None:
        text = _digits(text, rng)
    text = text.format_map(values)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip(" ")


def _plural(lang, n, forms):
    """The noun form for count n (Polish and Czech have three)."""
    if len(forms) == 2:
        return forms[0] if n == 1 else forms[1]
    one, few, many = forms
    if n == 1:
        return one
    if lang == "pl":
        return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many
    return few if n in (2, 3, 4) else many


def _count(lang, n, noun):
    nouns = L[lang]["nouns"]
    return f"{n} {_plural(lang, n, nouns.get(noun, nouns['comment']))}"


def _town_forms(lang, entry):
    """(nominative, genitive, masculine adjective, feminine adjective, plural adjective)."""
    parts = entry.split("|")
    nom = parts[0]
    if lang in ("sv", "da"):
        gen = nom if nom[-1] in "sxz" else nom + "s"
    else:
        gen = parts[1] if len(parts) > 1 else nom
    adj = parts[2] if len(parts) > 2 else nom
    if lang == "pl" and adj.endswith("i"):
        return nom, gen, adj, adj[:-1] + "a", adj[:-1] + "ie"
    if lang == "cs" and adj.endswith("ý"):
        return nom, gen, adj, adj[:-1] + "á", adj[:-1] + "é"
    return nom, gen, adj, adj, adj


def _genitive(lang, name):
    if lang == "sv":
        return name if name[-1] in "sxz" else name + "s"
    if lang == "da":
        return name + "'" if name[-1] in "sxz" else name + "s"
    return name


def _with_article(lang, name):
    """Portuguese needs the site name's article: "o Jornal", "da Gazeta", "na Folha"."""
    if lang != "pt":
        return {"o_site": name, "O_site": name, "do_site": name, "no_site": name}
    fem = name.split()[0] in ("Gazeta", "Folha", "Tribuna", "Voz")
    art, of, at = ("a", "da", "na") if fem else ("o", "do", "no")
    return {"o_site": f"{art} {name}", "O_site": f"{art.upper()} {name}", "do_site": f"{of} {name}",
            "no_site": f"{at} {name}"}


def _female_surname(lang, last):
    if lang == "pl" and last.endswith(("ski", "cki", "dzki")):
        return last[:-1] + "a"
    if lang == "cs":
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("ec"):
            return last[:-2] + "cová"
        if last.endswith("ek"):
            return last[:-2] + "ková"
        if last.endswith("a"):
            return last[:-1] + "ová"
        return last + "ová"
    return last


def _person(rng, lang):
    """(full name, female, first, last) of a generated person."""
    t = L[lang]
    female = rng.random() < 0.5
    first = _pk(rng, t["first_f"] if female else t["first_m"])
    last = _pk(rng, t["last"])
    if female:
        last = _female_surname(lang, last)
    if lang == "pt" and rng.random() < 0.3:
        other = _pk(rng, t["last"])
        if other != last:
            last = f"{other} {last}"
    return f"{first} {last}", female, first, last


def _date(ctx_or_site, lang, dt, template):
    """dt written out with one of the language's date patterns."""
    t = L[lang]
    site = ctx_or_site if isinstance(ctx_or_site, dict) else ctx_or_site.site
    wd = dt.weekday()
    n = dt.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    values = {"d": n, "dd": f"{n:02d}", "m": dt.month, "mm": f"{dt.month:02d}", "yyyy": dt.year,
              "yy": f"{dt.year % 100:02d}", "H": dt.hour, "HH": f"{dt.hour:02d}", "MM": f"{dt.minute:02d}",
              "h12": dt.hour % 12 or 12, "ampm": "am" if dt.hour < 12 else "pm",
              "AMPM": "AM" if dt.hour < 12 else "PM", "month": t["months"][dt.month - 1],
              "Month": _cap(t["months"][dt.month - 1]), "mon": t["mons"][dt.month - 1],
              "Mon": _cap(t["mons"][dt.month - 1]), "day": t["days"][wd], "Day": _cap(t["days"][wd]),
              "dy": t["dys"][wd], "Dy": _cap(t["dys"][wd]), "ord": f"{n}{suffix}", "tz": site.get("tz", "")}
    return " ".join(template.format_map(values).split())


def _time(ctx, dt):
    return _date(ctx, ctx.lang, dt, L[ctx.lang]["time"])


def _ago(rng, lang):
    t = L[lang]
    r = rng.random()
    if r < 0.08:
        return t["yesterday"]
    unit = _pk(rng, ["minute", "hour", "hour", "day"])
    n = {"minute": rng.randint(2, 59), "hour": rng.randint(2, 23), "day": rng.randint(2, 6)}[unit]
    if r < 0.35:
        return t["ago_short"][unit].format(n=n)
    return _pk(rng, t["ago_tpl"]).format(n=n, u=_plural(lang, n, t["ago_units"][unit]))


def _email(site, first, last):
    a, b = _ascii(first), _ascii(last.split()[-1])
    style = site["email_style"]
    local = f"{a}.{b}" if style == 0 else f"{a[0]}{b}" if style == 1 else f"{a}{b[0]}"
    return f"{local}@{site['domain']}"


def _values(ctx, **extra):
    """The common format fields of a piece (a fresh person each call)."""
    site, rng, lang = ctx.site, ctx.rng, ctx.lang
    t = L[lang]
    name, female, first, last = _person(rng, lang)
    values = {"site": site["name"], "SITE": site["name"].upper(), "site_g": site["name_g"], **site["with_art"],
              "host": site["domain"], "town": site["town"], "town_g": site["town_g"],
              "section": ctx.section, "section_l": re.sub(r"^the ", "", ctx.section.lower()), "name": name, "NAME": name.upper(),
              "name2": _person(rng, lang)[0], "email": _email(site, first, last),
              "yyyy": ctx.published.year, "year": site["founded"], "year2": rng.randint(2004, 2023),
              "company": site["company"], "price": site["price"], "n": rng.randint(2, 9),
              "m": rng.randint(10, 20), "k": rng.randint(11, 90), "nl": site["nl"], "pod": site["pod"],
              "handle": site["handle"], "pron": t["pron"][female], "ed": site["editor"],
              "ini": (first[0] + last[0]).lower() if rng.random() < 0.6 else _ascii(last)[:3]}
    values["role"] = _fill(_pk(rng, t["roles"]), {"section": ctx.section}, female)
    values["role_l"] = values["role"].lower() if lang == "en" else values["role"]
    values["_female"] = female
    values.update(extra)
    return values


def _fv(template, values, rng=None):
    """_fill with the gender of the values' person."""
    return _fill(template, values, values.get("_female", False), rng)


def _lines(text):
    return text.split("\n")


def _vary(rng, headline, lang):
    """A headline as a list of other stories shows it: mostly as is, sometimes marked or cut."""
    x = rng.random()
    if x < 0.1:
        return _pk(rng, L[lang]["hl_prefix"]) + headline
    if x < 0.18:
        words = headline.split()
        return " ".join(words[:-2]) + "…" if len(words) > 5 else headline
    if x < 0.23 and len(headline) < 55:
        return headline.upper()
    return headline


def _keywords(ctx, k):
    kws = list(ctx.keywords(k))
    for extra in L[ctx.lang]["topic_fallback"]:
        if len(kws) >= k:
            break
        if extra not in kws:
            kws.append(extra)
    return kws[:k]


# --------------------------------------------------------------------------------------
# Sites


def make_site(rng, lang, taken):
    """An invented site in `lang`: name, host (never one of `taken`) and its fixed template."""
    t = L[lang]
    for attempt in range(80):
        nom, gen, adj, adj_f, adj_p = _town_forms(lang, _pk(rng, t["towns"]))
        fields = {"town": nom, "town_g": gen, "town_ns": nom.replace(" ", ""), "TA": _cap(adj),
                  "TAF": _cap(adj_f), "TAP": _cap(adj_p)}
        for key, items in t["words"].items():
            fields[key] = _pk(rng, items)
        name = _pk(rng, t["site_names"]).format_map(fields)
        words = [_ascii(w) for w in name.replace("-", " ").split() if _ascii(w)]
        style = rng.random()
        if style < 0.5:
            base = "".join(words)
        elif style < 0.7:
            base = "-".join(words)
        elif style < 0.88:
            base = "".join(w for w in words if w not in SMALL_WORDS) or "".join(words)
        else:
            town_words = {_ascii(w) for w in nom.split()}
            base = "".join(w[0] for w in words if w not in town_words) + _ascii(nom)
        if attempt > 6:
            base += str(rng.randint(2, 99))
        host = ("www." if rng.random() < 0.8 else "") + f"{base}.{_pk(rng, t['tlds'])}"
        if base and host not in taken:
            break
    domain = host.removeprefix("www.")
    founded = rng.randint(1849, 2015)
    company_base = name.removeprefix("The ") if rng.random() < 0.7 else nom
    company = _pk(rng, t["company"]).format(base=company_base, town=nom)
    sections = {cat: _pk(rng, t["sections"][cat]) for cat in CATS}
    editor, editor_female, _, _ = _person(rng, lang)
    site = {"name": name, "host": host, "lang": lang, "domain": domain, "town": nom, "town_g": gen,
            "founded": founded, "company": company, "sections": sections, "editor": editor,
            "editor_female": editor_female, "name_g": _genitive(lang, name),
            "handle": _ascii(name)[:16], "email_style": rng.randrange(3),
            "price": _pk(rng, t["prices"]), "tz": _pk(rng, t["tz"]),
            "desk": f"{DESK[lang]}@{domain}", "fahrenheit": lang == "en" and host.endswith(".us")}
    site["with_art"] = _with_article(lang, name)
    site["nl"] = _pk(rng, t["nl_names"]).format(site=name, town=nom)
    site["pod"] = _pk(rng, t["podcast_names"]).format(town=nom)
    site["menu"] = _make_menu(rng, t, sections)
    site["masthead"] = _make_masthead(rng, t, site)
    site["footer"] = _make_footer(rng, lang, site)
    return site


def section(ctx):
    return ctx.site["sections"][ctx.category]


def _make_menu(rng, t, sections):
    items = list(dict.fromkeys(sections.values()))
    rng.shuffle(items)
    items = items[:rng.randint(3, len(items))]
    items = list(dict.fromkeys(items + rng.sample(t["extras"], rng.randint(2, 6))))
    rng.shuffle(items)
    if rng.random() < 0.55:
        items.insert(0, _pk(rng, t["home"]))
    if rng.random() < 0.25:
        items.append(_pk(rng, t["menu_more"]))
    style = rng.random()
    if style < 0.3:
        return [_pk(rng, [" | ", " · ", "   ", " • ", " / ", " ¦ "]).join(items)]
    if style < 0.55:
        return items
    if style < 0.65:
        return [_pk(rng, t["menu_open"])] + items
    if style < 0.75:
        half = (len(items) + 1) // 2
        sep = _pk(rng, [" | ", " · ", "  "])
        return [sep.join(items[:half]), sep.join(items[half:])]
    if style < 0.83:
        return ["  ".join(items).upper()]
    if style < 0.9:
        return [t["menu_inline"].format(items=", ".join(items))]
    marked = set(rng.sample(range(len(items)), min(3, len(items))))
    return [f"{item} ▾" if i in marked else item for i, item in enumerate(items)]


def _make_masthead(rng, t, site):
    tagline = _pk(rng, t["taglines"]).format(year=site["founded"], town=site["town"], town_g=site["town_g"])
    name = site["name"]
    style = rng.random()
    if style < 0.25:
        return [name]
    if style < 0.4:
        return [name.upper()]
    if style < 0.65:
        return [name, tagline]
    if style < 0.8:
        return [f"{name} — {tagline}" if rng.random() < 0.6 else f"{name} | {tagline}"]
    if style < 0.9:
        return [name.upper(), tagline]
    return [tagline, name]


def _make_footer(rng, lang, site):
    t = L[lang]
    values = {"site": site["name"], "company": site["company"], "yyyy": 2026, "host": site["domain"],
              "ed": site["editor"], "town": site["town"], **site["with_art"]}
    links = rng.sample(t["footer_links"], rng.randint(4, min(8, len(t["footer_links"]))))
    layout = rng.random()
    if layout < 0.6:
        parts = [[_pk(rng, [" | ", " · ", "  ", " • ", " – "]).join(links)]]
    elif layout < 0.85:
        parts = [links]
    else:
        half = len(links) // 2
        parts = [[" · ".join(links[:half]), " · ".join(links[half:])]]
    if rng.random() < 0.9:
        parts.append([_fill(_pk(rng, t["copyright"]), values)])
    if rng.random() < 0.45:
        parts.append([_fill(_pk(rng, t["editor_line"]), values, site["editor_female"])])
    if rng.random() < 0.35:
        parts.append([_fill(_pk(rng, t["reg_line"]), values, rng=rng)])
    if rng.random() < 0.35:
        address = _fill(_pk(rng, t["address"]), dict(values, street=_pk(rng, t["streets"])), rng=rng)
        parts.append([address] + ([_digits(_pk(rng, t["phone"]), rng)] if rng.random() < 0.5 else []))
    if rng.random() < 0.2:
        parts.append([_fill(_pk(rng, t["ethics"]), values)])
    rng.shuffle(parts)
    if rng.random() < 0.2:
        top = [_pk(rng, t["back_top"])]
        parts = [top] + parts if rng.random() < 0.5 else parts + [top]
    return [line for part in parts for line in part]


# --------------------------------------------------------------------------------------
# Head pieces


def p_doctitle(ctx):
    sep, order = ctx.fixed("doctitle", lambda r: (_pk(r, [" | ", " – ", " - ", " — ", " :: "]), r.random()))
    site = ctx.site["name"]
    if order < 0.6:
        return [f"{ctx.headline}{sep}{site}"]
    if order < 0.8:
        return [f"{ctx.headline}{sep}{ctx.section}{sep}{site}"]
    return [f"{site}{sep}{ctx.headline}"]


def p_cookie(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("cookie", lambda r: {
        "head": _pk(r, t["cookie_head"]) if r.random() < 0.4 else None, "text": _pk(r, t["cookie"]),
        "buttons": r.sample(t["cookie_buttons"], r.randint(1, 3)), "layout": r.random(),
        "n": r.randint(90, 880)})
    text = st["text"].format(site=ctx.site["name"], n=st["n"])
    buttons, layout = st["buttons"], st["layout"]
    if layout < 0.35:
        lines = [text] + buttons
    elif layout < 0.6:
        lines = [text, " / ".join(buttons)]
    elif layout < 0.8:
        lines = [text + " " + " ".join(f"[{b}]" for b in buttons)]
    else:
        lines = [text, " | ".join(buttons)]
    return ([st["head"]] if st["head"] else []) + lines


def p_skip(ctx):
    t = L[ctx.lang]
    links, joined = ctx.fixed("skip", lambda r: (r.sample(t["skip"], 1 if r.random() < 0.6 else 2), r.random() < 0.3))
    return [" | ".join(links)] if joined else list(links)


def p_topbar(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("topbar", lambda r: {
        "items": [x.format(price=ctx.site["price"]) for x in r.sample(t["account"], r.randint(2, 5))],
        "style": r.random(), "sep": _pk(r, [" | ", "  ", " · ", " / "]),
        "fmt": _pk(r, t["dates_day"])})
    if st["style"] < 0.45:
        return [st["sep"].join(st["items"])]
    if st["style"] < 0.75:
        return list(st["items"])
    return [_cap(_date(ctx, ctx.lang, ctx.published, st["fmt"])) + st["sep"] + st["sep"].join(st["items"])]


def _temperatures(ctx):
    rng = ctx.rng
    base = BASE_TEMP[ctx.published.month - 1] + WARMER[ctx.lang]
    now = base + rng.randint(-4, 4)
    temps = {"t": now, "hi": now + rng.randint(1, 5), "lo": now - rng.randint(2, 7), "t2": now + rng.randint(-3, 3)}
    if ctx.site.get("fahrenheit"):
        temps = {k: round(v * 9 / 5 + 32) for k, v in temps.items()}
    return temps


def p_weather(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("weather", lambda r: {
        "head": _pk(r, t["weather_head"]) if r.random() < 0.5 else None, "tpl": _pk(r, t["weather"]),
        "more": _pk(r, t["weather_more"]) if r.random() < 0.4 else None})
    values = dict(_temperatures(ctx), town=ctx.site["town"], town_g=ctx.site["town_g"],
                  cond=_pk(ctx.rng, t["conds"]))
    lines = [_fill(st["head"], values)] if st["head"] else []
    line = _fill(st["tpl"], values)
    lines.append(_cap(line) if line[:1].islower() else line)
    if st["more"]:
        lines.append(_fill(st["more"], values))
    return lines


def p_masthead(ctx):
    lines = list(ctx.site["masthead"])
    t = L[ctx.lang]
    mode, fmt, edition = ctx.fixed("masthead_extra", lambda r: (r.random(), _pk(r, t["dates_day"]),
                                                                  _pk(r, EDITION[ctx.lang])))
    p = ctx.published
    if mode < 0.2:
        lines.append(_cap(_date(ctx, ctx.lang, p, fmt)))
    elif mode < 0.32:
        lines.append(edition.format(vol=p.year - ctx.site["founded"] + 1, no=p.timetuple().tm_yday, yyyy=p.year))
    return lines


def p_menu(ctx):
    return list(ctx.site["menu"])


def p_ticker(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("ticker", lambda r: _pk(r, t["ticker"]))
    k = _keywords(ctx, 3)
    return [tpl.format(h=_vary(ctx.rng, ctx.headlines(1)[0], ctx.lang), k1=k[0], k2=k[1], k3=k[2])]


def p_topics(ctx):
    t = L[ctx.lang]
    tpl, sep = ctx.fixed("topics", lambda r: (_pk(r, t["topics"]), _pk(r, [", ", " · ", " | ", " / "])))
    return [tpl.format(list=sep.join(_keywords(ctx, ctx.rng.randint(3, 5))))]


def p_breadcrumb(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("crumb", lambda r: {
        "sep": _pk(r, [" › ", " > ", " / ", " » ", " ▸ ", " :: "]), "home": _pk(r, t["home"]),
        "here": r.random() < 0.25, "deep": r.random() < 0.55, "upper": r.random() < 0.1, "lines": r.random() < 0.1})
    parts = [st["home"], ctx.section]
    if st["deep"]:
        parts.append(_pk(ctx.rng, t["subsections"][ctx.category]))
    if st["lines"]:
        return parts
    line = st["sep"].join(parts)
    if st["upper"]:
        line = line.upper()
    return [f"{t['here']} {line}" if st["here"] else line]


def p_kicker(ctx):
    t = L[ctx.lang]
    mode, badge = ctx.fixed("kicker", lambda r: (r.random(), _pk(r, t["badges"])))
    if mode < 0.3:
        return [ctx.section]
    if mode < 0.42:
        return [ctx.section.upper()]
    if mode < 0.75:
        return [_pk(ctx.rng, t["kickers"])]
    if mode < 0.88:
        return [f"{ctx.section} | {_pk(ctx.rng, t['kickers'])}"]
    return [badge]


def p_live(ctx):
    t = L[ctx.lang]
    label, update = ctx.fixed("live", lambda r: (_pk(r, t["live"]), _pk(r, t["live_update"]) if r.random() < 0.7 else None))
    lines = [label]
    if update:
        when = ctx.published + timedelta(minutes=ctx.rng.randint(10, 600))
        lines.append(update.format(time=_time(ctx, when), ago=_ago(ctx.rng, ctx.lang), n=ctx.rng.randint(2, 30)))
    return lines


# --------------------------------------------------------------------------------------
# Lead pieces


def p_byline(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("byline", lambda r: {
        "tpl": _pk(r, t["bylines"]), "staff": r.random() < 0.15, "date": r.random() < 0.3,
        "sep": _pk(r, [" · ", " | ", " — ", ", ", "\n"]),
        "fmt": _pk(r, t["dates"] + t["dates_day"])})
    values = _values(ctx)
    if st["staff"] and ctx.rng.random() < 0.5:
        line = _fv(_pk(ctx.rng, t["staff"]), values)
    else:
        line = _fv(st["tpl"], values)
    if st["date"]:
        line += st["sep"] + _date(ctx, ctx.lang, ctx.published, st["fmt"])
    return _lines(line)


def p_date(ctx):
    t = L[ctx.lang]
    fmt, label = ctx.fixed("date", lambda r: (_pk(r, t["dates"]) if r.random() < 0.65 else _pk(r, t["dates_day"]),
                                              _pk(r, t["date_labels"])))
    rng = ctx.rng
    updated = ctx.published + timedelta(minutes=rng.randint(25, 60 * 30))
    line = label.format(date=_date(ctx, ctx.lang, ctx.published, fmt), date2=_date(ctx, ctx.lang, updated, fmt),
                        time=_time(ctx, updated), ago=_ago(rng, ctx.lang))
    return [_cap(x) for x in _lines(line)]


def p_readtime(ctx):
    t = L[ctx.lang]
    tpl, wpm = ctx.fixed("readtime", lambda r: (_pk(r, t["readtime"]), r.choice([180, 200, 220, 250])))
    return [tpl.format(n=max(2, round(ctx.words / wpm)))]


def p_listen(ctx):
    t = L[ctx.lang]
    tpl, ai, clock = ctx.fixed("listen", lambda r: (_pk(r, t["listen"]), _pk(r, t["listen_ai"]) if r.random() < 0.4 else None,
                                                    r.random() < 0.3))
    seconds = ctx.words * 60 // 150 + ctx.rng.randint(0, 40)
    lines = [tpl.format(n=max(1, seconds // 60))]
    if clock:
        lines.append(f"{seconds // 60}:{seconds % 60:02d}")
    if ai:
        lines.append(ai)
    return lines


def p_credit(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("credit_" + ctx.zone, lambda r: _pk(r, t["credits"]))
    values = _values(ctx)
    values["agency"] = _pk(ctx.rng, t["agencies"]).format(site=ctx.site["name"])
    return [_fv(tpl, values)]


def p_gallery(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("gallery", lambda r: _pk(r, t["gallery"]))
    return [tpl.format(count=_count(ctx.lang, ctx.rng.randint(4, 38), "photo"))]


def p_comment_count(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("comment_count", lambda r: _pk(r, t["comment_count"]))
    n = ctx.rng.randint(0, 140)
    return [tpl.format(n=n, comments=_count(ctx.lang, n, "comment"), posts=_count(ctx.lang, n, "post"))]


def p_translated(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("translated", lambda r: _pk(r, t["translated"]))
    values = _values(ctx)
    values["partner"] = ctx.fixed("partner", lambda r: _pk(r, t["partners"]) if t["partners"] else ctx.site["name"])
    return [_fv(tpl, values)]


def _share_style(r, t):
    return {"head": _pk(r, t["share_head"]), "nets": r.sample(t["share_nets"], r.randint(2, 5)),
            "extra": r.sample(t["share_extra"], r.randint(0, 2)), "style": r.random(),
            "sep": _pk(r, [" · ", "  ", " | ", " "])}


def p_share(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("share_" + ctx.slot, lambda r: _share_style(r, t))
    items = st["nets"] + st["extra"]
    style = st["style"]
    if style < 0.25:
        lines = [f"{st['head']} " + st["sep"].join(items)]
    elif style < 0.5:
        lines = [st["head"]] + items
    elif style < 0.65:
        lines = [" | ".join(t["share_on"].format(net=net) for net in st["nets"])]
    elif style < 0.75:
        lines = [st["head"]]
    elif style < 0.9:
        lines = [st["sep"].join(items)]
    else:
        lines = [st["head"], " / ".join(items)]
    return [line.format(n=ctx.rng.randint(0, 350)) for line in lines]


# --------------------------------------------------------------------------------------
# Inline pieces


def p_ad(ctx):
    t = L[ctx.lang]
    label, tail = ctx.fixed("ad", lambda r: (_pk(r, t["ad"]), _pk(r, t["continue"]) if r.random() < 0.2 else None))
    return [label] + ([tail] if tail else [])


def p_readalso(ctx):
    t = L[ctx.lang]
    tpls = ctx.fixed("readalso", lambda r: r.sample(t["readalso"], 2))
    hs = ctx.headlines(2)
    values = {"h": _vary(ctx.rng, hs[0], ctx.lang), "h2": hs[1], "SITE": ctx.site["name"].upper()}
    return _lines(_pk(ctx.rng, tpls).format_map(values))


def p_nlbox(ctx):
    t = L[ctx.lang]
    box = ctx.fixed("nlbox", lambda r: _pk(r, t["nlbox"]))
    values = _values(ctx)
    return [_fv(line, values) for line in box]


def p_continue(ctx):
    t = L[ctx.lang]
    return [ctx.fixed("continue", lambda r: _pk(r, t["continue"]))]


def p_alert(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("alert", lambda r: {
        "head": _pk(r, t["alert_head"]) if r.random() < 0.5 else None, "text": _pk(r, t["alert"]),
        "buttons": r.sample(t["alert_button"], r.randint(1, 2)) if r.random() < 0.6 else []})
    values = _values(ctx)
    lines = ([st["head"]] if st["head"] else []) + [_fv(st["text"], values)]
    return lines + ([" · ".join(st["buttons"])] if st["buttons"] else [])


# --------------------------------------------------------------------------------------
# Tail pieces


def p_agency(ctx):
    t = L[ctx.lang]
    values = _values(ctx)
    values["agency"] = _pk(ctx.rng, t["wires"])
    return [_fv(_pk(ctx.rng, t["agency_tail"]), values)]


def p_correction(ctx):
    t = L[ctx.lang]
    fmt = ctx.fixed("correction_fmt", lambda r: _pk(r, t["dates_day"]))
    when = ctx.published + timedelta(minutes=ctx.rng.randint(40, 3000))
    tpl = _pk(ctx.rng, t["correction"])
    return [tpl.format(time=_time(ctx, when), date=_date(ctx, ctx.lang, when, fmt))]


def p_print_note(ctx):
    t = L[ctx.lang]
    tpl, fmt = ctx.fixed("print_note", lambda r: (_pk(r, t["print_note"]), _pk(r, t["dates_day"])))
    when = ctx.published + timedelta(days=ctx.rng.choice([0, 1, 1, 2]))
    return [_fill(tpl, {"date": _date(ctx, ctx.lang, when, fmt), "n": ctx.rng.randint(2, 40), "site": ctx.site["name"]})]


def p_paywall(ctx):
    t = L[ctx.lang]
    picks = ctx.fixed("paywall", lambda r: r.sample(t["paywall"], r.randint(1, 3)))
    m = ctx.rng.randint(3, 10)
    values = {"n": ctx.rng.randint(1, m), "m": m, "price": ctx.site["price"], "site": ctx.site["name"]}
    return [p.format_map(values) for p in picks]


def p_tags(ctx):
    t = L[ctx.lang]
    tpl, sep, with_section = ctx.fixed("tags", lambda r: (_pk(r, t["tags"]), _pk(r, [", ", " · ", " / ", " | "]),
                                                          r.random() < 0.5))
    tags = list(ctx.keywords(ctx.rng.randint(1, 4)))
    if with_section or not tags:
        tags = [ctx.section] + tags
    tags = list(dict.fromkeys(tags))
    return _lines(tpl.format(list=sep.join(tags), lines="\n".join(tags),
                             hashes=" ".join("#" + "".join(x.split()) for x in tags),
                             follow="\n".join(f"{x} {t['follow_word']}" for x in tags)))


def p_bio(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("bio", lambda r: _pk(r, t["bio"]))
    return _lines(_fv(tpl, _values(ctx)))


def p_feedback(ctx):
    t = L[ctx.lang]
    box = ctx.fixed("feedback", lambda r: _pk(r, t["feedback"]))
    return [line.format(email=ctx.site["desk"]) for line in box]


def p_poll(ctx):
    t = L[ctx.lang]
    poll, votes = ctx.fixed("poll", lambda r: (_pk(r, t["poll"]), r.random() < 0.5))
    lines = [line.format(town=ctx.site["town"], town_g=ctx.site["town_g"]) for line in poll]
    if votes:
        lines.append(t["poll_votes"].format(n=ctx.rng.randint(21, 4800)))
    return lines


def p_appeal(ctx):
    t = L[ctx.lang]
    picks = ctx.fixed("appeal_" + ctx.slot, lambda r: r.sample(t["appeal"], r.randint(1, 2)))
    values = _values(ctx)
    return [_fv(p, values) for p in picks]


def p_follow(ctx):
    t = L[ctx.lang]
    return [_fv(ctx.fixed("follow", lambda r: _pk(r, t["follow"])), _values(ctx))]


def p_app(ctx):
    t = L[ctx.lang]
    picks = ctx.fixed("app", lambda r: r.sample(t["app"], 1 if r.random() < 0.6 else 2))
    values = _values(ctx)
    return [_fv(p, values) for p in picks]


def p_podcast(ctx):
    t = L[ctx.lang]
    box, first = ctx.fixed("podcast", lambda r: (_pk(r, t["podcast"]), r.randint(12, 240)))
    values = _values(ctx, n=first + (ctx.published.toordinal() // 7) % 60)
    return [_fv(line, values) for line in box]


def _user(rng, lang, site):
    t = L[lang]
    female = rng.random() < 0.5
    first = _pk(rng, t["first_f"] if female else t["first_m"])
    last = _pk(rng, t["last"])
    if female:
        last = _female_surname(lang, last)
    tpl = _pk(rng, t["users"])
    num = rng.randint(1, 99) if rng.random() < 0.6 else rng.randint(1955, 2006)
    user = tpl.format(first=first, last=last, L=last[0], last_l=_ascii(last)[:6], nick=_pk(rng, t["nicks"]),
                      num=num, town=site["town"], town_g=site["town_g"])
    return user, female


def _comment_text(rng, t, keywords):
    k = _pk(rng, keywords) if keywords else "it"
    x = rng.random()
    if x < 0.4:
        return [_pk(rng, t["comment_short"])]
    text = _pk(rng, t["comment_long"]).format(k=k)
    if x < 0.75:
        return [text]
    if x < 0.9:
        return [f"{text} {_pk(rng, t['comment_short'])}"]
    other = _pk(rng, t["comment_long"]).format(k=k)
    return [text] if other == text else [text, other]


def p_comments(ctx):
    t = L[ctx.lang]
    rng = ctx.rng
    st = ctx.fixed("comments", lambda r: {
        "head": _pk(r, t["comments_head"]), "says": _pk(r, t["says"]),
        "reply": _pk(r, t["reply"]) if r.random() < 0.65 else None,
        "form": _pk(r, t["comment_form"]) if r.random() < 0.4 else None, "form_first": r.random() < 0.5,
        "fmt": _pk(r, t["dates"])})
    n = rng.choice([0, 0, 1, 1, 2, 3, 3, 4])
    total = n if rng.random() < 0.7 else n + rng.randint(1, 45)
    lines = [st["head"].format(n=total, comments=_count(ctx.lang, total, "comment"),
                               posts=_count(ctx.lang, total, "post"))]
    if st["form"] and st["form_first"]:
        lines += st["form"]
    keywords = ctx.keywords(3)
    for _ in range(n):
        when = ctx.published + timedelta(minutes=rng.randint(15, 5000))
        user, female = _user(rng, ctx.lang, ctx.site)
        says = _fill(st["says"], {"user": user, "ago": _ago(rng, ctx.lang),
                                  "date": _date(ctx, ctx.lang, when, st["fmt"]),
                                  "ip": f"{rng.randint(31, 213)}.{rng.randint(0, 255)}.*.*"}, female)
        lines += _lines(says)
        lines += _comment_text(rng, t, keywords)
        if st["reply"]:
            lines.append(st["reply"].format(n=rng.randint(0, 60), m=rng.randint(0, 25)))
    if st["form"] and not st["form_first"]:
        lines += st["form"]
    return lines


def p_login(ctx):
    t = L[ctx.lang]
    return [ctx.fixed("login", lambda r: _pk(r, t["login"]))]


def p_related(ctx):
    t = L[ctx.lang]
    rng = ctx.rng
    st = ctx.fixed("related_" + ctx.slot, lambda r: {
        "head": _pk(r, t["related_head"]), "item": r.random(), "upper": r.random() < 0.12,
        "bullet": _pk(r, ["• ", "- ", "› ", "▪ ", "+ "]), "more": _pk(r, t["related_more"]) if r.random() < 0.3 else None})
    head = st["head"].format(section=ctx.section, site=ctx.site["name"])
    lines = [head.upper() if st["upper"] else head]
    k = rng.choice([0, 0, 1, 2, 3, 3, 4, 5, 5, 6])
    heads = ctx.headlines(k)
    if ctx.sibling_headlines and k and rng.random() < 0.5:
        heads[rng.randrange(k)] = ctx.sibling_headlines[0]
    when = ctx.published + timedelta(minutes=rng.randint(30, 900))
    for i, h in enumerate(heads, 1):
        h = _vary(rng, h, ctx.lang)
        item = st["item"]
        when -= timedelta(minutes=rng.randint(5, 240))
        if item < 0.3:
            lines.append(h)
        elif item < 0.45:
            lines.append(st["bullet"] + h)
        elif item < 0.55:
            lines.append(f"{i}. {h}" if rng.random() < 0.9 else f"{i} {h}")
        elif item < 0.67:
            lines.append(f"{_date(ctx, ctx.lang, when, '{HH}:{MM}')} {h}")
        elif item < 0.8:
            lines += [h, _ago(rng, ctx.lang) if rng.random() < 0.6 else ctx.section]
        elif item < 0.9:
            lines.append(f"{ctx.section} | {h}")
        else:
            lines.append(f"{h} ({rng.randint(1, 180)})")
    if st["more"] and k:
        lines.append(st["more"])
    return lines


def p_most_commented(ctx):
    t = L[ctx.lang]
    head, style = ctx.fixed("most_commented", lambda r: (_pk(r, t["most_commented"]), r.random()))
    lines = [head]
    counts = sorted((ctx.rng.randint(3, 400) for _ in range(5)), reverse=True)
    for h, n in zip(ctx.headlines(ctx.rng.randint(3, 5)), counts):
        if style < 0.4:
            lines.append(f"{h} ({n})")
        elif style < 0.7:
            lines.append(f"{h} · 💬 {n}")
        else:
            lines += [h, _count(ctx.lang, n, "comment")]
    return lines


def p_events(ctx):
    t = L[ctx.lang]
    st = ctx.fixed("events", lambda r: {"head": _pk(r, t["events_head"]), "style": r.random(),
                                        "more": _pk(r, t["events_more"]) if r.random() < 0.4 else None})
    rng = ctx.rng
    lines = [st["head"].format(town=ctx.site["town"])]
    day = ctx.published
    for event in rng.sample(t["events"], rng.randint(2, 4)):
        day += timedelta(days=rng.randint(1, 6))
        date = _date(ctx, ctx.lang, day, t["event_date"])
        event = event.format(town=ctx.site["town"], town_g=ctx.site["town_g"])
        venue = _pk(rng, t["venues"])
        if st["style"] < 0.4:
            lines.append(f"{date} – {event}, {venue}")
        elif st["style"] < 0.7:
            lines += [date, event, venue]
        else:
            lines.append(f"{event} · {date} · {venue}")
    if st["more"]:
        lines.append(st["more"])
    return lines


def p_copyright_notice(ctx):
    t = L[ctx.lang]
    tpl = ctx.fixed("copyright_notice", lambda r: _pk(r, t["copyright_notice"]))
    return [_fv(tpl, _values(ctx, email=ctx.site["desk"]))]


def p_footer(ctx):
    return list(ctx.site["footer"])


# --------------------------------------------------------------------------------------
# The pieces and where they go: rank orders a zone (gen_lone.py jitters it per site),
# group makes pieces exclusive on a site; inline pieces may set "max" and "where".

PIECES = [
    # head
    {"kind": "doctitle", "zone": "head", "p": 0.07, "rank": -1, "fn": p_doctitle},
    {"kind": "cookie", "zone": "head", "p": 0.16, "rank": 0, "fn": p_cookie, "group": "cookie"},
    {"kind": "skip", "zone": "head", "p": 0.28, "rank": 1, "fn": p_skip},
    {"kind": "topbar", "zone": "head", "p": 0.4, "rank": 2, "fn": p_topbar},
    {"kind": "weather", "zone": "head", "p": 0.1, "rank": 2.5, "fn": p_weather, "group": "weather"},
    {"kind": "masthead", "zone": "head", "p": 0.78, "rank": 3, "fn": p_masthead},
    {"kind": "menu", "zone": "head", "p": 0.7, "rank": 4, "fn": p_menu},
    {"kind": "ticker", "zone": "head", "p": 0.13, "rank": 5, "fn": p_ticker},
    {"kind": "topics", "zone": "head", "p": 0.1, "rank": 5.2, "fn": p_topics},
    {"kind": "related", "zone": "head", "p": 0.03, "rank": 5.5, "fn": p_related},
    {"kind": "breadcrumb", "zone": "head", "p": 0.33, "rank": 6, "fn": p_breadcrumb},
    {"kind": "share", "zone": "head", "p": 0.04, "rank": 7, "fn": p_share},
    {"kind": "date", "zone": "head", "p": 0.08, "rank": 8, "fn": p_date, "group": "date"},
    {"kind": "byline", "zone": "head", "p": 0.05, "rank": 8, "fn": p_byline, "group": "byline"},
    {"kind": "live", "zone": "head", "p": 0.04, "rank": 8.5, "fn": p_live, "group": "live"},
    {"kind": "kicker", "zone": "head", "p": 0.22, "rank": 9, "fn": p_kicker},
    # lead
    {"kind": "live", "zone": "lead", "p": 0.05, "rank": 0.5, "fn": p_live, "group": "live"},
    {"kind": "translated", "zone": "lead", "p": 0.04, "rank": 0.8, "fn": p_translated, "group": "translated"},
    {"kind": "byline", "zone": "lead", "p": 0.72, "rank": 1, "fn": p_byline, "group": "byline"},
    {"kind": "date", "zone": "lead", "p": 0.68, "rank": 2, "fn": p_date, "group": "date"},
    {"kind": "readtime", "zone": "lead", "p": 0.22, "rank": 3, "fn": p_readtime},
    {"kind": "comment_count", "zone": "lead", "p": 0.1, "rank": 3.5, "fn": p_comment_count},
    {"kind": "share", "zone": "lead", "p": 0.24, "rank": 4, "fn": p_share},
    {"kind": "listen", "zone": "lead", "p": 0.14, "rank": 5, "fn": p_listen},
    {"kind": "credit", "zone": "lead", "p": 0.3, "rank": 6, "fn": p_credit},
    {"kind": "gallery", "zone": "lead", "p": 0.06, "rank": 6.5, "fn": p_gallery, "group": "gallery"},
    # inline
    {"kind": "ad", "zone": "inline", "p": 0.45, "rank": 0, "fn": p_ad},
    {"kind": "readalso", "zone": "inline", "p": 0.42, "rank": 0, "fn": p_readalso},
    {"kind": "nlbox", "zone": "inline", "p": 0.15, "rank": 0, "fn": p_nlbox, "max": 1, "where": "middle"},
    {"kind": "continue", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_continue, "max": 1},
    {"kind": "credit", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_credit, "max": 1, "where": "early"},
    {"kind": "alert", "zone": "inline", "p": 0.1, "rank": 0, "fn": p_alert, "max": 1},
    {"kind": "gallery", "zone": "inline", "p": 0.04, "rank": 0, "fn": p_gallery, "max": 1, "group": "gallery"},
    # tail
    {"kind": "byline", "zone": "tail", "p": 0.05, "rank": 0.2, "fn": p_byline, "group": "byline"},
    {"kind": "agency", "zone": "tail", "p": 0.1, "rank": 0, "fn": p_agency},
    {"kind": "correction", "zone": "tail", "p": 0.06, "rank": 0.3, "fn": p_correction},
    {"kind": "translated", "zone": "tail", "p": 0.04, "rank": 0.4, "fn": p_translated, "group": "translated"},
    {"kind": "print_note", "zone": "tail", "p": 0.08, "rank": 0.5, "fn": p_print_note},
    {"kind": "paywall", "zone": "tail", "p": 0.06, "rank": 0.6, "fn": p_paywall},
    {"kind": "share", "zone": "tail", "p": 0.45, "rank": 1, "fn": p_share},
    {"kind": "tags", "zone": "tail", "p": 0.4, "rank": 2, "fn": p_tags},
    {"kind": "bio", "zone": "tail", "p": 0.15, "rank": 2.5, "fn": p_bio},
    {"kind": "feedback", "zone": "tail", "p": 0.1, "rank": 3, "fn": p_feedback},
    {"kind": "poll", "zone": "tail", "p": 0.05, "rank": 3.3, "fn": p_poll},
    {"kind": "appeal", "zone": "tail", "p": 0.45, "rank": 4, "fn": p_appeal},
    {"kind": "follow", "zone": "tail", "p": 0.2, "rank": 4.5, "fn": p_follow},
    {"kind": "podcast", "zone": "tail", "p": 0.08, "rank": 4.7, "fn": p_podcast},
    {"kind": "comments", "zone": "tail", "p": 0.4, "rank": 5, "fn": p_comments},
    {"kind": "login", "zone": "tail", "p": 0.28, "rank": 5.5, "fn": p_login},
    {"kind": "related", "zone": "tail", "p": 0.55, "rank": 6, "fn": p_related},
    {"kind": "most_commented", "zone": "tail", "p": 0.08, "rank": 6.5, "fn": p_most_commented},
    {"kind": "related", "zone": "tail", "p": 0.12, "rank": 7.5, "fn": p_related},
    {"kind": "events", "zone": "tail", "p": 0.06, "rank": 7.7, "fn": p_events},
    {"kind": "weather", "zone": "tail", "p": 0.04, "rank": 7.8, "fn": p_weather, "group": "weather"},
    {"kind": "app", "zone": "tail", "p": 0.08, "rank": 8, "fn": p_app},
    {"kind": "copyright_notice", "zone": "tail", "p": 0.1, "rank": 8.5, "fn": p_copyright_notice},
    {"kind": "footer", "zone": "tail", "p": 0.55, "rank": 9, "fn": p_footer},
    {"kind": "cookie", "zone": "tail", "p": 0.12, "rank": 10, "fn": p_cookie, "group": "cookie"},
]
