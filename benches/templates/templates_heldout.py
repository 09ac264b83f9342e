"""HELD-OUT site templates for gen_corpus.py: twelve fictional news sites.

Written independently of the dev template set, to check that chaff's chrome
stripping generalises to sites, wording and page layouts it was never tuned
on.  Same API as ../shared/eval/templates_dev.py:

  python3 ../shared/eval/gen_corpus.py --templates benches/templates/templates_heldout.py \
      --seed 11 --out /tmp/heldout-11

What differs from the dev set (on purpose):

* site names, navigation wording and separators (" • ", " / ", " – ", "›");
* bylines: "Words: Name", "Name | Staff", "Reporting by Name; editing by
  Name", "Von Name", "Par Name", "Por Name", upper-case "BY NAME";
* dates: 27.11.2026, AP style "Nov. 27, 2026, 3:41 p.m.", ISO with UTC,
  German/French/Spanish month and weekday names, "Thu 27 Nov 2026 14.32 GMT";
* counters: "Approx. 4-minute read", "12.3K reads · 4 min", "Lesezeit: 4 Min.",
  "Temps de lecture : 3 min", a weather line;
* adverts: "Story continues below advertisement", "PROMOTED CONTENT",
  "ADVERTISEMENT · SCROLL TO CONTINUE", "Anzeige", "Publicité", "Publicidad",
  "ADVERTISING", "Promoted";
* interruptions between paragraphs: "Related: ...", "Lesen Sie auch: ...",
  "Lire aussi : ...", "Te puede interesar: ...", photo captions, membership
  appeals and newsletter prompts in prose;
* comment threads: "@handle wrote:" / "Reply · Report · ▲ 4", German
  "... schrieb am 27.11.2026 um 15:02:", French "... – il y a 3 heures",
  HTML <dl> threads, Spanish <h4>/<p>/<span> comments;
* related headers: "More from X", "Trending now" (numbered), "You might also
  like", "Mehr zum Thema", "Sur le même sujet", "Lo más leído", "Popular
  this week";
* positions: chrome between paragraphs (Pinecrest Post), only at the bottom
  (Copper Kettle), almost none (Saltmarsh Weekly), only at the head
  (Ironbridge Gazette), hard-wrapped at 64 columns (Longwave Bulletin); with
  and without blank lines between blocks;
* layouts: txt, jsonl, jsonl.gz, html, html.gz; the HTML sites use div soup,
  <address>, <figure>/<figcaption>, <dl> comments, <dialog> cookie banners,
  Spanish class names, related lists above the article, cookie notices at
  the end of <body>;
* languages: German (Tagesblick), French (Le Quotidien du Port) and Spanish
  (El Faro Digital) chrome around the English article bodies.
"""

NAME = "heldout"

GIVEN = ("Alice", "Bruno", "Carmen", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines",
         "Jonas", "Keiko", "Lars", "Maya", "Nico", "Oona", "Pablo", "Rosa", "Stefan", "Tariq",
         "Ulla", "Vera", "Wen", "Yusuf", "Zara", "Colm", "Bethan", "Declan", "Ffion", "Rhys",
         "Isla", "Mateo", "Lotte")
FAMILY = ("Abbott", "Brennan", "Castillo", "Dunmore", "Eriksen", "Fairweather", "Galloway",
          "Hartmann", "Iqbal", "Jovanovic", "Kowalski", "Lindqvist", "McAllister", "Novak",
          "Oyelaran", "Pemberton", "Ramsay", "Schreiber", "Thornton", "Underwood", "Vasquez",
          "Whitlock", "Yilmaz", "Zielinski", "Achterberg", "Blackwood", "Carmody", "Delaney",
          "Esposito", "Fenwick", "Moreau", "Becker")
AGENCIES = ("Lantern Images", "Coastline Photo", "PA Wire", "Northlight Agency", "Staff",
            "Handout", "Reader submitted")

EN_OPEN = ("Brilliant reporting.", "Odd take.", "This.", "Couldn't agree more.",
           "I live nearby and can confirm.", "Not convinced.", "Why now though?",
           "About time.", "Cheers for writing this up.", "Depressing reading.")
EN_MID = ("The council were warned about this years ago.",
          "Follow the money and it all makes sense.",
          "My neighbour went through the same thing last spring.",
          "None of the figures quoted here add up.",
          "Half the people commenting clearly stopped after the first paragraph.",
          "Would love to know what happens next with this.",
          "It's always the small businesses that get squeezed.",
          "Honestly surprised this isn't front page everywhere.",
          "They said the exact opposite at the last election.",
          "I've worked in this sector for twenty years and it's never been this bad.")
EN_CLOSE = ("", "", "", "Just saying.", "Rant over.", "Watch this space.", "Sad times.",
            "Thoughts?")

DE_COMMENTS = ("Endlich spricht das mal jemand aus.", "Das sehe ich völlig anders.",
               "Wer soll das am Ende bezahlen?", "Typisch, wieder einmal zu spät reagiert.",
               "Sehr informativer Artikel, danke dafür.",
               "Bei uns im Ort ist genau dasselbe passiert.",
               "Die Zahlen im Text passen doch hinten und vorne nicht.",
               "Mal abwarten, was daraus wird.",
               "Ich frage mich, warum darüber so wenig berichtet wird.")
FR_COMMENTS = ("Enfin un article qui pose les bonnes questions.", "Je ne suis pas du tout d'accord.",
               "Qui va payer la note, au final ?", "Toujours la même histoire, hélas.",
               "Merci pour cet éclairage très complet.",
               "Chez nous, c'est exactement pareil depuis des années.",
               "On attend la suite avec impatience.", "Les chiffres cités me laissent perplexe.")
ES_COMMENTS = ("Por fin alguien lo dice claro.", "No estoy nada de acuerdo con el artículo.",
               "¿Y quién lo va a pagar al final?", "Siempre pasa lo mismo, qué pena.",
               "Muy buen artículo, gracias por la información.",
               "En mi barrio ha pasado exactamente lo mismo.",
               "A ver en qué queda todo esto.", "Los datos no cuadran por ningún lado.")

DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")
FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEATHER = ("sunny spells", "light rain", "overcast", "fog clearing", "showers", "dry and bright",
           "gusty winds", "drizzle")


def node(tag, *children, **attrs):
    """An HTML node (tag, attributes, children); class_ -> class, data_x -> data-x."""
    return (tag, {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}, list(children))


def slugify(text):
    """Lower-case hyphenated path segment."""
    cleaned = "".join(c if c.isalnum() else " " for c in text.lower())
    return "-".join(cleaned.split()[:7])


def spaced(nodes):
    """Inline nodes with a space between each pair (so their words do not run together)."""
    out = []
    for item in nodes:
        if out:
            out.append(" ")
        out.append(item)
    return out


def reporter(rng):
    """A random staff name."""
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def screen_name(rng):
    """A reader's handle in one of several styles."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    style = rng.randrange(5)
    if style == 0:
        return f"{given.lower()}_{family.lower()[:4]}"
    if style == 1:
        return f"{family}{rng.randint(10, 999)}"
    if style == 2:
        return f"{given} from {rng.choice(('Leeds', 'Cork', 'Bristol', 'Aberdeen', 'Swansea', 'Derry'))}"
    if style == 3:
        return f"{given[0]}{family[0]}{rng.randint(1, 9)}"
    return f"{given} {family}"


def en_comment(rng):
    """A short English reader comment."""
    parts = [rng.choice(EN_OPEN), rng.choice(EN_MID), rng.choice(EN_CLOSE)]
    if rng.random() < 0.35:
        parts = parts[1:]
    return " ".join(p for p in parts if p)


def minutes(ctx, per_minute=220):
    """Reading time in whole minutes."""
    return max(1, round(ctx.words / per_minute))


def ap_date(d):
    """Nov. 27, 2026, 3:41 p.m."""
    hour = d.hour % 12 or 12
    suffix = "a.m." if d.hour < 12 else "p.m."
    return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}, {hour}:{d.minute:02d} {suffix}"


def ordinal(n):
    """1st, 2nd, 3rd, 27th."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def later(d, rng, lo=5, hi=300):
    """A time a few minutes or hours after d."""
    from datetime import timedelta
    return d + timedelta(minutes=rng.randint(lo, hi))


# --------------------------------------------------------------------------
# Text and JSONL sites


class HarbourLantern:
    """Photo credit in the byline block, mid-body advert notices, two related lists and a company footer."""

    domain = "harbourlantern.example"
    name = "The Harbour Lantern"
    layout = "txt"
    blank_lines = True
    weight = 1.2
    slug_words = 4

    def top(self, ctx):
        return ["THE HARBOUR LANTERN",
                "Front Page \u2022 Local \u2022 Nation \u2022 Money \u2022 Games \u2022 Weather \u2022 Letters"]

    def lead(self, ctx):
        rng, d = ctx.rng, ctx.published
        lines = [f"Words: {reporter(rng)}"]
        if rng.random() < 0.4:
            lines.append(f"Pictures: {reporter(rng)}")
        lines.append(f"{d:%d.%m.%Y} \u2022 {d:%H:%M}")
        return lines

    def gap(self, ctx):
        roll = ctx.rng.random()
        if roll < 0.09:
            return ["Story continues below advertisement"]
        if roll < 0.13:
            return ["SPONSORED"]
        return []

    def bottom(self, ctx):
        rng = ctx.rng
        trending = ctx.headlines(4, same_category=False)
        return ["Got a story? Email newsdesk@harbourlantern.example",
                "More from The Harbour Lantern", *ctx.headlines(3),
                "Trending now", *[f"{i}. {t}" for i, t in enumerate(trending, 1)],
                "Harbour Lantern Media Group \u00a9 2026 \u00b7 Registered in England No. 04418722"]


class RidgelineDispatch:
    """'Name | Staff' byline with AP-style time, promoted slots and a newsletter pitch, @handle comments."""

    domain = "ridgelinedispatch.test"
    name = "Ridgeline Dispatch"
    layout = "jsonl.gz"
    url = "https://www.{domain}/{yyyy}/{mm}/{dd}/{slug}/a{num}"
    sections = {"entertainment": "Arts & Life", "politics": "Government"}
    weight = 1.1

    def top(self, ctx):
        return ["Ridgeline Dispatch",
                "News / Outdoors / Business / Schools / Opinion / Obits / e-Edition"]

    def lead(self, ctx):
        rng = ctx.rng
        desk = rng.choice(("Staff", "Staff Writer", "Correspondent", "Special to the Dispatch"))
        return [f"{reporter(rng)} | {desk}", ap_date(ctx.published)]

    def gap(self, ctx):
        roll = ctx.rng.random()
        if roll < 0.10:
            return ["PROMOTED CONTENT"]
        if roll < 0.15:
            return ["Sign up for The Morning Ridge: the day's top stories in your inbox "
                    "before breakfast. It's free."]
        return []

    def bottom(self, ctx):
        rng = ctx.rng
        n = rng.randint(0, 5)
        lines = ["Share: Facebook \u00b7 X \u00b7 Reddit \u00b7 Copy link", f"Join the discussion ({n})"]
        for _ in range(n):
            lines += [f"@{screen_name(rng).replace(' ', '')} wrote:", en_comment(rng),
                      f"Reply \u00b7 Report \u00b7 \u25b2 {rng.randint(0, 60)}"]
        return lines + ["You might also like", *ctx.headlines(rng.randint(2, 4))]


class SaltmarshWeekly:
    """Almost no chrome, no blank lines: sometimes a 'Back to top' link."""

    domain = "saltmarshweekly.test"
    name = "Saltmarsh Weekly"
    layout = "txt"
    blank_lines = False
    weight = 0.8
    slug_words = 7

    def bottom(self, ctx):
        return ["Back to top"] if ctx.rng.random() < 0.35 else []


class IronbridgeGazette:
    """Plain JSONL; chrome only at the head: masthead, menu, a weather line, two-person credit, read time."""

    domain = "ironbridgegazette.example"
    name = "Ironbridge Gazette"
    layout = "jsonl"
    url = "https://{domain}/{section}/{num}-{slug}"

    def top(self, ctx):
        rng, d = ctx.rng, ctx.fetched
        return ["Ironbridge Gazette \u2014 Est. 1887",
                "Today's Paper | Local | County | Farming | Courts | Obituaries | Puzzles",
                f"{d:%A}, {ordinal(d.day)} {d:%B} {d.year} \u00b7 {rng.randint(-2, 14)}\u00b0C, "
                f"{rng.choice(WEATHER)}"]

    def lead(self, ctx):
        rng = ctx.rng
        return [f"Reporting by {reporter(rng)}; editing by {reporter(rng)}",
                f"Approx. {minutes(ctx)}-minute read"]


class LongwaveBulletin:
    """E-mail bulletin hard-wrapped at 64 columns, with a long unsubscribe paragraph."""

    domain = "longwave.test"
    name = "Longwave Bulletin"
    layout = "txt"
    blank_lines = True
    wrap = 64
    slug_words = 5
    weight = 0.9

    def top(self, ctx):
        d = ctx.published
        return [f"LONGWAVE BULLETIN :: {ctx.section.upper()} :: EVENING EDITION",
                f"Filed {d:%Y-%m-%d %H:%M} UTC", "=" * 30]

    def lead(self, ctx):
        return [f"Correspondent: {reporter(ctx.rng)}"]

    def bottom(self, ctx):
        return ["=" * 30,
                "You're getting the Longwave Bulletin because you asked for it. Reply STOP to "
                "pause deliveries, or pick the topics you care about at longwave.test/prefs "
                "whenever you like.",
                f"Forward this to a friend: https://longwave.test/f/{ctx.rng.randrange(10**5, 10**6)}"]


class Tagesblick:
    """German chrome: breadcrumb, 'Von' byline, German dates, Anzeige, Lesen Sie auch, comments, Impressum."""

    domain = "tagesblick.example"
    name = "Tagesblick"
    layout = "jsonl.gz"
    blank_lines = True
    url = "https://www.{domain}/{section}/{slug}-id{num}.html"
    sections = {"business": "Wirtschaft", "politics": "Politik", "sport": "Sport",
                "entertainment": "Kultur", "tech": "Digital"}
    lang = "de"

    def top(self, ctx):
        return ["TAGESBLICK",
                "Startseite | Politik | Wirtschaft | Sport | Kultur | Digital | Panorama",
                f"Sie sind hier: Startseite \u203a {ctx.section}"]

    def lead(self, ctx):
        d = ctx.published
        return [f"Von {reporter(ctx.rng)}",
                f"{d.day}. {DE_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} Uhr",
                f"Lesezeit: {minutes(ctx)} Min."]

    def gap(self, ctx):
        roll = ctx.rng.random()
        if roll < 0.10:
            return ["Anzeige"]
        if roll < 0.17:
            return ["Lesen Sie auch: " + ctx.headlines(1)[0]]
        return []

    def bottom(self, ctx):
        rng = ctx.rng
        n = rng.randint(0, 4)
        lines = ["Artikel teilen: Facebook | X | WhatsApp | E-Mail",
                 "Newsletter: Die wichtigsten Nachrichten des Tages \u2013 jeden Morgen kostenlos "
                 "in Ihrem Postfach.",
                 f"Kommentare ({n})"]
        for _ in range(n):
            when = later(ctx.published, rng)
            lines += [f"{screen_name(rng)} schrieb am {when:%d.%m.%Y} um {when:%H:%M}:",
                      rng.choice(DE_COMMENTS)]
        return lines + ["Mehr zum Thema", *ctx.headlines(3),
                        "Impressum | Datenschutz | AGB | Kontakt | Abo",
                        "\u00a9 2026 Tagesblick Medien GmbH"]


class QuotidienPort:
    """French chrome without blank lines: Par/Publié le, Publicité, Lire aussi, Réagissez, Sur le même sujet."""

    domain = "quotidienport.example"
    name = "Le Quotidien du Port"
    layout = "txt"
    blank_lines = False
    slug_words = 5
    sections = {"business": "Économie", "politics": "Politique", "sport": "Sports",
                "entertainment": "Culture", "tech": "Sciences et techno"}
    lang = "fr"

    def top(self, ctx):
        return ["Le Quotidien du Port",
                "Accueil \u2013 International \u2013 \u00c9conomie \u2013 Sports \u2013 Culture \u2013 Sciences",
                ctx.section]

    def lead(self, ctx):
        rng, d = ctx.rng, ctx.published
        upd = later(d, rng, 20, 400)
        return [f"Par {reporter(rng)}",
                f"Publié le {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} "
                f"à {d.hour}h{d.minute:02d}, mis à jour à {upd.hour}h{upd.minute:02d}",
                f"Temps de lecture : {minutes(ctx)} min"]

    def gap(self, ctx):
        roll = ctx.rng.random()
        if roll < 0.10:
            return ["Publicité"]
        if roll < 0.18:
            return ["Lire aussi : " + ctx.headlines(1)[0]]
        return []

    def bottom(self, ctx):
        rng = ctx.rng
        n = rng.randint(0, 3)
        lines = ["Partager : Facebook \u00b7 X \u00b7 LinkedIn \u00b7 Envoyer par e-mail",
                 "Cet article vous a plu ? Abonnez-vous à notre lettre quotidienne et recevez "
                 "l'essentiel de l'actualité chaque matin.",
                 f"Réagissez ({n})"]
        for _ in range(n):
            lines += [f"{screen_name(rng)} \u2013 il y a {rng.randint(2, 20)} heures",
                      rng.choice(FR_COMMENTS)]
        return lines + ["Sur le même sujet", *ctx.headlines(3),
                        "Mentions légales \u00b7 Politique de confidentialité \u00b7 Nous contacter",
                        "\u00a9 Le Quotidien du Port 2026"]


class PinecrestPost:
    """Chrome mostly between paragraphs (ads, related links, captions, a membership appeal), no blank lines."""

    domain = "pinecrestpost.example"
    name = "Pinecrest Post"
    layout = "txt"
    blank_lines = False
    slug_words = 6

    def top(self, ctx):
        return ["Pinecrest Post"]

    def lead(self, ctx):
        return [f"BY {reporter(ctx.rng).upper()}", f"Published {ctx.published:%Y-%m-%d}"]

    def gap(self, ctx):
        rng = ctx.rng
        roll = rng.random()
        if roll < 0.07:
            return ["ADVERTISING"]
        if roll < 0.14:
            return ["Related: " + ctx.headlines(1, same_category=False)[0]]
        if roll < 0.18:
            return ["If you value independent local reporting, become a Pinecrest member for as "
                    "little as \u00a33 a month. It takes one minute."]
        if roll < 0.24:
            return [f"Photo: {reporter(rng)}/{rng.choice(AGENCIES)}"]
        if roll < 0.27:
            return ["(Story continues below)"]
        return []

    def bottom(self, ctx):
        return ["Copyright 2026 Pinecrest Post"]


class CopperKettle:
    """Community blog with chrome only after the article: reactions, responses, popular list."""

    domain = "copperkettle.test"
    name = "The Copper Kettle"
    layout = "jsonl.gz"
    blank_lines = True
    url = "https://{domain}/p/{num}/{slug}"
    weight = 0.9

    def bottom(self, ctx):
        rng = ctx.rng
        n = rng.randint(0, 3)
        lines = [f"Posted in {ctx.section}", f"\u2665 {rng.randint(0, 400)} \u00b7 Share \u00b7 Save",
                 "What do you think? Leave a comment below.", f"{n} responses"]
        for _ in range(n):
            lines += [screen_name(rng), en_comment(rng), "Reply"]
        popular = ctx.headlines(rng.randint(3, 5), same_category=False)
        return lines + ["Popular this week", *[f"#{i} {t}" for i, t in enumerate(popular, 1)]]


class KestrelReview:
    """Reads counter, scroll-to-continue ad, topics, reader-funding appeal, dot-separated footer."""

    domain = "kestrelreview.test"
    name = "Kestrel Review"
    layout = "jsonl.gz"
    blank_lines = False
    url = "https://{domain}/{section}/{slug}~{num}"

    def top(self, ctx):
        return ["KESTREL REVIEW", f"{ctx.section} \u203a Analysis"]

    def lead(self, ctx):
        rng, d = ctx.rng, ctx.published
        return [f"Written by {reporter(rng)} \u2014 {d:%a} {d.day} {d:%b %Y} {d:%H.%M} GMT",
                f"{rng.randint(3, 990) / 10:.1f}K reads \u00b7 {minutes(ctx, 250)} min"]

    def gap(self, ctx):
        return ["ADVERTISEMENT \u00b7 SCROLL TO CONTINUE"] if ctx.rng.random() < 0.08 else []

    def bottom(self, ctx):
        kws = ctx.keywords(ctx.rng.randint(1, 4))
        lines = ["Topics: " + " / ".join(kws)] if kws else []
        return lines + ["You might also like", *ctx.headlines(4),
                        "Kestrel Review is reader-funded. Chip in from \u00a31 to keep our "
                        "journalism free for everyone.",
                        "Contact \u00b7 Corrections \u00b7 Ethics policy \u00b7 Advertise"]


# --------------------------------------------------------------------------
# HTML sites


class ElFaroDigital:
    """Spanish HTML: ticker and menu in a div header, Publicidad boxes and 'Te puede interesar' <p>s in the
    article body, 'Lo más leído' list, comments with <h4> names, newsletter form, cookie notice at the end."""

    domain = "elfarodigital.test"
    name = "El Faro Digital"
    layout = "html"
    url = "https://{domain}/{section}/{yyyy}{mm}{dd}/{slug}-n{num}.html"
    sections = {"business": "Economía", "politics": "Política", "sport": "Deportes",
                "entertainment": "Cultura", "tech": "Tecnología"}
    lang = "es"
    headline_class = "titular"
    paragraph_class = "parrafo"

    def title(self, ctx):
        return f"{ctx.headline} \u00b7 El Faro Digital"

    def head(self, ctx):
        return [node("meta", name="description", content=ctx.headline),
                node("style", ".publicidad{min-height:250px}.aviso{position:fixed;bottom:0}"),
                node("script", "var _faro={seccion:'%s'};" % slugify(ctx.section))]

    def lead(self, ctx):
        rng, d = ctx.rng, ctx.published
        upd = later(d, rng)
        return [node("p", "Por ", node("strong", reporter(rng)), class_="firma"),
                node("p", node("time", f"Actualizado el {upd.day} de {ES_MONTHS[upd.month - 1]} de "
                                       f"{upd.year}, {upd:%H:%M} h", datetime=upd.isoformat()),
                     class_="fecha")]

    def gap(self, ctx):
        roll = ctx.rng.random()
        if roll < 0.10:
            return [node("div", node("small", "Publicidad"), class_="publicidad")]
        if roll < 0.18:
            t = ctx.headlines(1)[0]
            return [node("p", node("strong", "Te puede interesar:"), " ",
                         node("a", t, href=f"/{slugify(t)}.html"), class_="parrafo relacionada")]
        return []

    def page(self, ctx, heading, content):
        rng = ctx.rng
        secciones = ["Portada", "Local", "España", "Mundo", "Economía", "Deportes", "Cultura", "Opinión"]
        comments = []
        for _ in range(rng.randint(0, 3)):
            comments.append(node("div", node("h4", screen_name(rng)), node("p", rng.choice(ES_COMMENTS)),
                                 node("span", f"hace {rng.randint(1, 23)} horas", class_="hace"),
                                 class_="comentario"))
        ticker = ctx.headlines(1, same_category=False)[0]
        return [
            node("div",
                 node("div", node("b", "Última hora"), " ", node("a", ticker, href="/ultima-hora/"),
                      class_="ultima-hora"),
                 node("div", node("a", "El Faro Digital", href="/"), class_="logo"),
                 node("div", *spaced([node("a", s, href=f"/{slugify(s)}/") for s in secciones]),
                      class_="menu-principal"),
                 class_="cabecera"),
            node("div",
                 node("div", *heading, class_="encabezado"),
                 node("div", node("a", "Portada", href="/"), " / ", node("a", ctx.section, href="#"),
                      class_="migas"),
                 node("div", *content, class_="cuerpo"),
                 node("div", node("span", "Compartir:"), " ", node("a", "Facebook", href="#"), " ",
                      node("a", "X", href="#"), " ", node("a", "WhatsApp", href="#"), " ",
                      node("a", "Telegram", href="#"), class_="compartir"),
                 class_="noticia", id="noticia"),
            node("div",
                 node("h3", "Lo más leído"),
                 node("ol", *[node("li", node("a", t, href="#"))
                              for t in ctx.headlines(5, same_category=False)]),
                 class_="mas-leido"),
            node("div", node("h3", f"Comentarios ({len(comments)})"), *comments,
                 node("p", "Para comentar debes ", node("a", "iniciar sesión", href="/login"), "."),
                 class_="comentarios"),
            node("div",
                 node("h3", "Suscríbete a nuestro boletín"),
                 node("p", "Recibe cada mañana las noticias más importantes del día."),
                 node("form", node("input", type="email", placeholder="Tu correo"),
                      node("button", "Suscribirme"), action="/boletin"),
                 class_="boletin"),
            node("div",
                 node("p", node("a", "Aviso legal", href="#"), " | ", node("a", "Política de privacidad", href="#"),
                      " | ", node("a", "Política de cookies", href="#"), " | ", node("a", "Contacto", href="#")),
                 node("p", "\u00a9 2026 El Faro Digital S.L. Todos los derechos reservados."),
                 class_="pie"),
            node("div",
                 node("p", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. "
                           "Si continúa navegando, consideramos que acepta su uso."),
                 node("button", "Aceptar"), " ", node("button", "Configurar"),
                 class_="aviso", id="aviso-cookies"),
            node("script", "document.getElementById('aviso-cookies').hidden=!!localStorage.ok;"),
        ]


class BrightsideJournal:
    """English div-soup HTML: trending list above the story, <address> byline, view counter,
    <figure> captions and promo asides between paragraphs, one-item-per-line share list,
    newsletter form, <dl> comment thread, <dialog> cookie banner at the end."""

    domain = "brightsidejournal.example"
    name = "Brightside Journal"
    layout = "html.gz"
    url = "https://{domain}/stories/{num}/{slug}"
    headline_class = "hdl"
    weight = 1.1

    def title(self, ctx):
        return f"Brightside Journal \u2014 {ctx.headline}"

    def head(self, ctx):
        return [node("meta", name="twitter:card", content="summary_large_image"),
                node("link", rel="preload", href="/fonts/serif.woff2", as_="font"),
                node("script", '{"@type":"Article","publisher":"Brightside Journal"}',
                     type="application/ld+json"),
                node("style", ".hdl{font-size:2.4rem}.promo{border:1px solid #ddd}")]

    def lead(self, ctx):
        rng, d = ctx.rng, ctx.published
        return [node("address", "Words: ", node("a", reporter(rng), rel="author", href="#"), class_="au"),
                node("div", f"{d:%a} {d.day} {d:%b %Y} {d:%H.%M} GMT", class_="ts"),
                node("div", f"{rng.randint(2, 400) / 10:.1f}k views", class_="views")]

    def gap(self, ctx):
        rng = ctx.rng
        roll = rng.random()
        if roll < 0.07:
            return [node("aside", node("span", "Promoted"), class_="promo")]
        if roll < 0.14:
            return [node("figure", node("img", src=f"/img/{rng.randrange(10**6)}.jpg", alt=""),
                         node("figcaption", f"Photograph: {reporter(rng)}/{rng.choice(AGENCIES)}"))]
        return []

    def page(self, ctx, heading, content):
        rng = ctx.rng
        thread = []
        for _ in range(rng.randint(0, 4)):
            thread += [node("dt", f"{screen_name(rng)} \u00b7 {rng.randint(1, 23)}h"),
                       node("dd", en_comment(rng))]
        trending = ctx.headlines(4, same_category=False)
        return [
            node("div",
                 node("div", node("a", "Brightside Journal", href="/"), " ",
                      node("a", "Subscribe", href="/subscribe"), " ", node("a", "Log in", href="/login"),
                      class_="topbar"),
                 node("div", *spaced([node("a", s, href="#") for s in
                                      ("UK", "World", "Climate", "Money", "Culture", "Lifestyle", "Puzzles")]),
                      class_="sections"),
                 id="top"),
            node("div",
                 node("div",
                      node("div", "Trending now", class_="rail-title"),
                      node("ol", *[node("li", node("a", t, href="#")) for t in trending]),
                      class_="rail"),
                 node("div",
                      node("div", ctx.section, class_="kicker"),
                      *heading,
                      node("section", *content, class_="story"),
                      node("ul", *[node("li", node("a", s, href="#")) for s in
                                   ("Facebook", "X", "Email", "Copy link")], class_="social"),
                      class_="col-main"),
                 class_="wrap"),
            node("div",
                 node("h3", "The Brightside Briefing"),
                 node("p", "Five stories worth your time, every weekday at noon."),
                 node("form", node("input", type="email", name="e"), node("button", "Sign me up")),
                 class_="nl-box"),
            node("div",
                 node("div", f"{len(thread) // 2} replies", class_="replies-count"),
                 node("dl", *thread, class_="replies"),
                 node("div", node("a", "Add your reply", href="/login"), class_="reply-cta"),
                 id="talk"),
            node("div",
                 node("p", "Brightside Journal is published by Brightside Media Ltd, 12 Quay Street. "
                           "\u00a9 2026"),
                 node("p", node("a", "Privacy", href="#"), " \u00b7 ", node("a", "Terms", href="#"), " \u00b7 ",
                      node("a", "Complaints", href="#"), " \u00b7 ", node("a", "Jobs", href="#")),
                 class_="legal"),
            node("dialog",
                 node("p", "We and our partners store and access information on your device to show "
                           "personalised content."),
                 node("button", "I agree"), " ", node("button", "Reject non-essential"),
                 open=True, class_="consent"),
        ]


SITES = [HarbourLantern(), RidgelineDispatch(), SaltmarshWeekly(), IronbridgeGazette(),
         LongwaveBulletin(), Tagesblick(), QuotidienPort(), PinecrestPost(), CopperKettle(),
         KestrelReview(), ElFaroDigital(), BrightsideJournal()]
