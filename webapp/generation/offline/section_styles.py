"""The CSS each section brings with it, keyed by section name."""

SECTION_CSS = {
    "hero": """
.hero {
  padding-block: clamp(3.5rem, 2rem + 7vw, 7.5rem);
  background:
    radial-gradient(circle at 88% 8%, var(--accent-soft), transparent 42%),
    radial-gradient(circle at 5% 95%, var(--primary-soft), transparent 48%),
    var(--bg);
}
.hero-grid { display: grid; gap: clamp(2.5rem, 1rem + 5vw, 4.5rem); align-items: center; }
@media (min-width: 900px) { .hero-grid { grid-template-columns: 1.2fr 0.8fr; } }
.hero .lead { max-width: 36rem; }
.hero-visual { max-width: 32rem; width: 100%; justify-self: center; }
.event-card {
  padding: clamp(1.5rem, 1rem + 2vw, 2.25rem); border-radius: calc(var(--radius) + 6px);
  background: var(--surface); border: 1px solid var(--border); box-shadow: var(--shadow);
}
.event-facts { display: grid; gap: 1.25rem; margin: 0 0 1.75rem; padding: 0; list-style: none; }
.event-facts li { display: flex; gap: 1rem; align-items: center; }
.event-facts strong {
  display: block; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted);
}
.event-facts strong + span { font-weight: 600; }
.monogram {
  display: grid; place-items: center; width: min(100%, 20rem); aspect-ratio: 1; margin-inline: auto;
  border-radius: 50%; background: var(--primary); color: var(--on-primary);
  box-shadow: 0 0 0 14px var(--primary-soft), 0 0 0 28px var(--accent-soft);
  font-family: var(--font-heading); font-size: clamp(4rem, 3rem + 5vw, 6.5rem); font-weight: 700;
  letter-spacing: -0.04em;
}
""",
    "page_header": """
.page-header {
  padding-block: clamp(3rem, 2rem + 5vw, 5.5rem) clamp(2rem, 1.5rem + 3vw, 3.5rem);
  background: radial-gradient(circle at 90% 0%, var(--accent-soft), transparent 45%), var(--primary-soft);
}
.page-header .lead { max-width: 40rem; margin-bottom: 0; }
""",
    "features": """
.feature h3 { margin-top: 1.1rem; }
.feature p { color: var(--muted); }
""",
    "services": """
.feature h3 { margin-top: 1.1rem; }
.feature p { color: var(--muted); }
.price-tag { margin-top: 1rem; font-weight: 700; color: var(--primary-ink); }
""",
    "about": """
.about-copy p { color: var(--muted); }
.about-visual { max-width: 30rem; width: 100%; justify-self: center; }
@media (max-width: 879px) { .about-visual { display: none; } }
""",
    "menu": """
.menu-grid {
  display: grid; gap: 2.5rem clamp(2rem, 1rem + 4vw, 4rem);
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
}
.menu-category h3 {
  padding-bottom: 0.6rem; margin-bottom: 1.1rem; border-bottom: 2px solid var(--primary);
  font-size: 1.45rem; color: var(--primary-ink);
}
.menu-list { display: grid; gap: 1.1rem; margin: 0; padding: 0; list-style: none; }
.menu-line { display: flex; align-items: baseline; gap: 0.6rem; font-weight: 650; }
.menu-dots {
  flex: 1; min-width: 1rem; border-bottom: 2px dotted var(--border); transform: translateY(-0.3em);
}
.menu-price { color: var(--primary-ink); white-space: nowrap; }
.menu-desc { margin: 0.15rem 0 0; color: var(--muted); font-size: 0.95rem; }
""",
    # Not a section: the rules for uploaded images, added the first time a page shows one.
    "images": """
.brand-logo {
  flex: none; display: block; width: auto; height: var(--logo-height, 2.5rem); max-width: min(12rem, 40vw);
  object-fit: contain;
}
.photo {
  display: block; width: 100%; max-width: 100%; height: auto; aspect-ratio: 4 / 3; object-fit: cover;
  border-radius: calc(var(--radius) - 4px); background: var(--primary-soft);
}
.hero-photo { border-radius: calc(var(--radius) + 6px); box-shadow: var(--shadow); }
.hero-photo + .event-card { margin-top: 1.25rem; }
@media (min-width: 760px) {
  .gallery-grid figure:first-child .photo { aspect-ratio: auto; height: 100%; min-height: 16rem; }
}
""",
    "gallery": """
.gallery-grid {
  display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
}
.gallery-grid figure { margin: 0; }
.gallery-grid figure:first-child { grid-column: 1 / -1; }
.gallery-grid figcaption { margin-top: 0.55rem; color: var(--muted); font-size: 0.92rem; }
@media (min-width: 760px) {
  .gallery-grid { grid-template-columns: repeat(3, 1fr); }
  .gallery-grid figure:first-child { grid-column: span 2; grid-row: span 2; }
  .gallery-grid figure:first-child .tile {
    aspect-ratio: auto; height: calc(100% - 2.1rem); min-height: 16rem;
  }
}
""",
    "pricing": """
.plans { align-items: stretch; max-width: 68rem; margin-inline: auto; row-gap: 2rem; }
.plan { position: relative; display: flex; flex-direction: column; }
.plan .checklist { margin: 1.25rem 0 1.75rem; flex: 1; align-content: start; }
.plan h3 { font-size: 1.35rem; }
.plan .button { width: 100%; }
.plan-featured { border: 2px solid var(--primary); box-shadow: 0 24px 48px -24px var(--primary); }
.plan-badge {
  position: absolute; top: 0; left: 50%; transform: translate(-50%, -50%); margin: 0;
  padding: 0.3rem 0.9rem; border-radius: 999px; white-space: nowrap;
  background: var(--accent); color: var(--on-accent); font-size: 0.78rem; font-weight: 750;
  letter-spacing: 0.04em;
}
.plan-blurb { color: var(--muted); }
.plan-price { display: flex; align-items: baseline; gap: 0.35rem; flex-wrap: wrap; margin: 0.5rem 0 0; }
.plan-price .amount {
  font-family: var(--font-heading); font-size: 2.6rem; font-weight: 750; letter-spacing: -0.03em;
}
.plan-price .period { color: var(--muted); }
""",
    "testimonials": """
.quote { display: flex; flex-direction: column; gap: 1rem; margin: 0; }
.quote blockquote { flex: 1; margin: 0; font-size: 1.08rem; }
.stars { display: flex; gap: 0.15rem; color: var(--accent); }
.stars .i { width: 1.1rem; height: 1.1rem; fill: currentColor; }
.quote figcaption { display: flex; align-items: center; gap: 0.8rem; }
.quote figcaption strong { display: block; line-height: 1.3; }
.quote figcaption span span { color: var(--muted); font-size: 0.9rem; }
""",
    "faq": """
.faq-list { display: grid; gap: 0.75rem; }
.faq-item {
  background: var(--surface); border: 1px solid var(--border); border-radius: calc(var(--radius) - 4px);
  overflow: hidden;
}
.faq-item summary {
  display: flex; justify-content: space-between; align-items: center; gap: 1rem;
  padding: 1.1rem 1.35rem; cursor: pointer; list-style: none; font-weight: 650;
}
.faq-item summary::-webkit-details-marker { display: none; }
.faq-item summary::after {
  content: "+"; flex: none; display: grid; place-items: center; width: 1.8rem; height: 1.8rem;
  border-radius: 50%;
  background: var(--primary-soft); color: var(--primary-ink); font-size: 1.2rem; line-height: 1;
  transition: transform 0.2s ease;
}
.faq-item[open] summary::after { transform: rotate(45deg); }
.faq-answer { padding: 0 1.35rem 1.2rem; color: var(--muted); }
.faq-answer p { margin: 0; }
""",
    "contact": """
.split.contact { align-items: start; }
.contact-details { display: grid; gap: 1.1rem; margin: 2rem 0 0; padding: 0; list-style: none; }
.contact-details li { display: flex; gap: 0.9rem; align-items: flex-start; }
.contact-details .i {
  flex: none; width: 1.4rem; height: 1.4rem; margin-top: 0.2rem; color: var(--primary-ink);
}
.contact-details strong {
  display: block; font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted);
}
.contact-form { display: grid; gap: 1.1rem; }
.field { display: grid; gap: 0.4rem; }
.field label { font-weight: 600; font-size: 0.95rem; }
input, textarea {
  width: 100%; padding: 0.8rem 1rem; border: 1px solid var(--border); border-radius: 12px;
  background: var(--bg); color: var(--text); font: inherit;
}
input:focus, textarea:focus {
  outline: 2px solid var(--primary-ink); outline-offset: 1px; border-color: transparent;
}
textarea { resize: vertical; min-height: 8rem; }
.form-success {
  margin: 0; padding: 1rem 1.2rem; border-radius: 12px;
  background: var(--primary-soft); color: var(--text); font-weight: 600;
}
form.is-sent .field, form.is-sent button, form.is-sent label, form.is-sent input { display: none; }
""",
    "projects": """
.project, .post { display: flex; flex-direction: column; padding: 0; overflow: hidden; }
.project .tile, .post .tile { border-radius: 0; aspect-ratio: 16 / 10; }
.card-body { padding: 1.4rem 1.5rem 1.6rem; }
.card-body p:not(.tag):not(.meta) { color: var(--muted); }
""",
    "posts": """
.project, .post { display: flex; flex-direction: column; padding: 0; overflow: hidden; }
.project .tile, .post .tile { border-radius: 0; aspect-ratio: 16 / 10; }
.card-body { padding: 1.4rem 1.5rem 1.6rem; }
.card-body p:not(.tag):not(.meta) { color: var(--muted); }
.meta {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin: 0 0 0.6rem; color: var(--muted);
  font-size: 0.88rem;
}
.meta .tag { margin: 0; }
""",
    "schedule": """
.timeline { display: grid; gap: 0; margin: 0; padding: 0; list-style: none; }
.timeline li {
  display: grid; grid-template-columns: 5.5rem 1fr; gap: 1.25rem; padding: 1.25rem 0;
  border-top: 1px solid var(--border);
}
.timeline li:last-child { border-bottom: 1px solid var(--border); }
.timeline time {
  font-family: var(--font-heading); font-size: 1.35rem; font-weight: 700; color: var(--primary-ink);
}
.timeline h3 { margin-bottom: 0.2rem; }
.timeline p { margin: 0; color: var(--muted); }
@media (max-width: 520px) { .timeline li { grid-template-columns: 1fr; gap: 0.25rem; } }
""",
    "speakers": """
.grid.people { grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
.person { text-align: center; }
.person .role { margin-bottom: 0.6rem; color: var(--primary-ink); font-weight: 600; font-size: 0.95rem; }
.person p:not(.role) { color: var(--muted); }
.person .talk { font-style: italic; }
""",
    "team": """
.grid.people { grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
.person { text-align: center; }
.person .role { margin-bottom: 0.6rem; color: var(--primary-ink); font-weight: 600; font-size: 0.95rem; }
.person p:not(.role) { color: var(--muted); }
""",
    "visit": """
.visit-card h3 { display: flex; align-items: center; gap: 0.5rem; margin-top: 1.5rem; }
.visit-card h3:first-child { margin-top: 0; }
.visit-card h3 .i { width: 1.3rem; height: 1.3rem; color: var(--primary-ink); }
.visit-card address { font-style: normal; }
.hours { display: grid; gap: 0.4rem; margin: 0; }
.hours div {
  display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; padding-bottom: 0.4rem;
  border-bottom: 1px dashed var(--border);
}
.hours dt { color: var(--muted); }
.hours dd { margin: 0; font-weight: 600; }
.visit-card .note { margin-top: 1.25rem; color: var(--muted); font-size: 0.95rem; }
.map-frame {
  overflow: hidden; border-radius: var(--radius); border: 1px solid var(--border);
  box-shadow: var(--shadow);
}
.map { width: 100%; height: auto; }
.map-land { fill: var(--surface); }
.map-water { fill: var(--primary-soft); }
.map-road { stroke: var(--border); stroke-width: 12; fill: none; }
.map-street { stroke: var(--border); stroke-width: 4; fill: none; }
.map-park { fill: var(--accent-soft); }
.map-pin { fill: var(--primary); }
.map-dot { fill: var(--on-primary); }
""",
    "newsletter": """
.newsletter-band {
  display: grid; gap: 1.5rem 3rem; align-items: center; padding: clamp(1.75rem, 1rem + 3vw, 3rem);
  border-radius: calc(var(--radius) + 6px); background: var(--primary-soft);
}
@media (min-width: 880px) { .newsletter-band { grid-template-columns: 1.2fr 1fr; } }
.newsletter-band .section-head { margin: 0; }
.newsletter-form { display: flex; flex-wrap: wrap; gap: 0.75rem; }
.newsletter-form input {
  flex: 1 1 14rem; min-width: 0; padding: 0.8rem 1.1rem; border: 1px solid var(--border);
  border-radius: 999px; background: var(--surface); color: var(--text); font: inherit;
}
.newsletter-form .button { flex: 0 0 auto; }
.newsletter-form .form-success { flex-basis: 100%; margin: 0; font-weight: 600; }
.newsletter-form.is-sent input, .newsletter-form.is-sent button { display: none; }
""",
    "stats": """
.stats {
  display: grid; gap: 1.5rem; margin: 0;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); text-align: center;
}
.stat { display: flex; flex-direction: column-reverse; gap: 0.25rem; }
.stat dd {
  margin: 0; font-family: var(--font-heading); font-size: clamp(2.2rem, 1.6rem + 2vw, 3rem);
  font-weight: 750; color: var(--primary-ink); letter-spacing: -0.03em;
}
.stat dt { color: var(--muted); }
""",
    "cta": """
.section-cta { padding-block: clamp(2rem, 1rem + 3vw, 3.5rem); }
.cta-band {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 1.5rem 2.5rem;
  padding: clamp(2rem, 1rem + 4vw, 3.5rem); border-radius: calc(var(--radius) + 8px);
  background: var(--primary); color: var(--on-primary);
}
.cta-band h2 { color: inherit; margin-bottom: 0.3rem; }
.cta-band p { margin: 0; max-width: 36rem; }
""",
    "text": """
.prose p { font-size: 1.1rem; }
""",
    "footer": """
.site-footer { padding-block: 3rem; border-top: 1px solid var(--border); background: var(--surface); }
.footer-inner {
  display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 1.5rem;
}
.footer-brand p { margin: 0.6rem 0 0; color: var(--muted); }
.footer-note { margin: 0; color: var(--muted); font-size: 0.92rem; }
""",
}
