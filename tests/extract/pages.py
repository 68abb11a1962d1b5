"""Realistic HTML pages used by the extract and sources tests (navigation, cookie banner, footer)."""

from __future__ import annotations

ARTICLE_TITLE = "Port reopens after three-day storm closure"
ARTICLE_PARAGRAPHS = (
    "The port of Dover reopened on Tuesday morning after a storm that swept across the Channel "
    "had kept it closed for three days. The first ferries left the quays shortly after six o'clock.",
    '"We had to wait for the wind to drop below sixty kilometres an hour," the harbour master, '
    "John Martin, told reporters at a press conference on the quay.",
    "More than two thousand lorries had queued on the motorway. The county council expects traffic "
    "to return to normal by Thursday evening, according to a statement issued on Monday.",
)

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{ARTICLE_TITLE} | The Channel Herald</title>
  <meta property="og:site_name" content="The Channel Herald">
  <meta property="og:title" content="{ARTICLE_TITLE}">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2024-03-05T08:30:00+00:00">
  <link rel="canonical" href="https://herald.example/2024/03/05/port-reopens">
  <script>window.dataLayer = [];</script>
  <style>body {{ font-family: serif; }}</style>
</head>
<body>
  <header>
    <nav><ul>
      <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
      <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
    </ul></nav>
    <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  </header>
  <main>
    <article>
      <h1>{ARTICLE_TITLE}</h1>
      <p class="byline">By Jane Doe</p>
      <p>{ARTICLE_PARAGRAPHS[0]}</p>
      <p>{ARTICLE_PARAGRAPHS[1]}</p>
      <p>{ARTICLE_PARAGRAPHS[2]}</p>
    </article>
  </main>
  <aside>
    <h3>Most read</h3>
    <ul><li><a href="/a">Celebrity chef opens new restaurant</a></li>
    <li><a href="/b">Weather warning issued</a></li></ul>
  </aside>
  <footer>
    <p>© 2024 The Channel Herald. All rights reserved.</p>
    <a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a>
  </footer>
</body>
</html>
"""

FRENCH_TITLE = "Le port rouvre après la tempête"
FRENCH_TEXT = (
    "Le port de Calais a rouvert mardi matin après trois jours de fermeture causés par la tempête. "
    "« Nous avons dû attendre que les vents tombent », a expliqué le directeur, Jean Martin. "
    "La préfecture prévoit un retour à la normale d'ici jeudi soir, a-t-elle précisé."
)
#: A French page declaring windows-1252 in its meta tag; encode it with cp1252.
FRENCH_CP1252_HTML = f"""<html lang="fr">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{FRENCH_TITLE}</title></head>
<body><div id="menu"><a href="/">Accueil</a> | <a href="/monde">Monde</a></div>
<div class="article"><h1>{FRENCH_TITLE}</h1><p>{FRENCH_TEXT}</p></div>
<div id="footer">Mentions légales</div></body></html>
"""

#: A page with navigation and footer but no article.
NAVIGATION_ONLY_HTML = """<!DOCTYPE html>
<html><head><title>Home</title></head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
  <footer><p>© 2024 The Channel Herald</p></footer>
</body></html>
"""
