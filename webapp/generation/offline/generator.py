"""OfflineGenerator: builds and edits sites by rules, with no key and no network."""

import re
import threading
import time
from collections.abc import Iterator

from ..base import GenerationCancelled, GenerationOutcome, GenerationRequest, Generator
from . import fact_edits, follow_up_words, follow_ups, refusals, reply
from .content import default_name, has_local_copy, has_timetable
from .edits import SiteEditor
from .history import restore_request
from .image_requests import ImageRequest, read_image_request
from .images import on_new_site, place_images
from .intent import Plan, parse
from .pages import SiteSpec, arranged, page_for, render_site
from .state import SiteState, default_scheme, html_pages, read_state
from .vocabulary import DEFAULT_SECTIONS, DEFAULT_TOPICS, TOPIC_SECTIONS

PAGES_BY_KIND = {
    "restaurant": ["menu", "about", "contact", "gallery", "visit"],
    "event": ["schedule", "about", "contact", "faq", "gallery"],
    "portfolio": ["projects", "about", "contact", "services", "gallery"],
    "blog": ["blog", "about", "contact", "gallery", "faq"],
    "landing": ["services", "about", "contact", "faq", "gallery"],
}

_CHUNK = re.compile(r"\s*\S+(?:\s+\S+){0,2}\s*")


class OfflineGenerator(Generator):
    """The default generator: understands plain requests and edits the site's files in place."""

    name = "offline"

    def __init__(self, delay: float = 0.0):
        self.delay = max(0.0, float(delay))
        self._cancelled = threading.Event()

    def stream(self, request: GenerationRequest) -> Iterator[str | GenerationOutcome]:
        """Yield the reply a few words at a time, then the outcome."""
        text, outcome = self.respond(request)
        for index, chunk in enumerate(_CHUNK.findall(text)):
            if index and self.delay:
                time.sleep(self.delay)
            if self._cancelled.is_set():
                raise GenerationCancelled()
            yield chunk
        if self._cancelled.is_set():
            raise GenerationCancelled()
        yield outcome

    def cancel(self) -> None:
        """Stop at the next chunk: the pauses between chunks are short."""
        self._cancelled.set()

    def respond(self, request: GenerationRequest) -> tuple[str, GenerationOutcome]:
        """The whole reply and outcome for one request."""
        state = read_state(request.files) if request.files else None
        restore = restore_request(request.prompt or "", request.version_number)
        if restore is not None:
            return restore
        prompt = request.prompt or ""
        plan = parse(prompt, has_site=state is not None)
        wanted = None
        if state is not None and not plan.fresh_start:
            # Read in the message's own words, before they are put into English: "mets mes photos".
            wanted = read_image_request(prompt, state.facts.language, state, request.files)
        if state is not None and not plan.fresh_start and state.facts.language != "en":
            # A follow-up to a French, German or Spanish site is read through its English phrases.
            english = follow_up_words.to_english(prompt, state.facts.language)
            plan = parse(english, has_site=True)
            if plan.fresh_start:
                # "on recommence : un fleuriste à Nice" describes the new site: read it in its own words,
                # so that its language, names and kind are the person's, not the translation's.
                plan = parse(prompt, has_site=True, fresh_start=True)
            else:
                prompt = english
        language = state.facts.language if state is not None else plan.language
        if plan.asks_help and wanted is None:
            return reply.help_text(state is not None, language=language), GenerationOutcome()
        if state is None or plan.fresh_start:
            if not plan.wants_site:
                return reply.help_text(has_site=state is not None, language=language), GenerationOutcome()
            return self._create(plan, request.files, replacing=state is not None)
        return self._edit(plan, prompt, request.files, state, wanted)

    def _create(self, plan: Plan, files: dict, replacing: bool) -> tuple[str, GenerationOutcome]:
        kind = plan.kind or "landing"
        topic = plan.topic or DEFAULT_TOPICS[kind]
        defaults = TOPIC_SECTIONS.get(topic) or DEFAULT_SECTIONS[kind]
        sections = arranged([s for s in defaults if s not in plan.remove_sections], plan.add_sections)
        sections = _sections_for_facts(kind, sections, plan)
        pages = []
        asked = list(plan.add_pages)
        # "a 3-page site": the pages that suit the kind, after any the prompt named.
        for slug in PAGES_BY_KIND.get(kind, PAGES_BY_KIND["landing"]):
            if len(asked) + 1 >= plan.page_count:
                break
            if slug not in (s for s, _t in asked):
                asked.append((slug, None))
        for slug, title in asked:
            page = page_for(slug, title, plan.facts.language)
            if page.filename not in (p.filename for p in pages):
                pages.append(page)
        spec = SiteSpec(
            kind=kind,
            topic=topic,
            name=plan.name or default_name(kind, topic, plan.facts.language),
            scheme=plan.scheme.apply(default_scheme(kind, topic)),
            sections=sections,
            pages=pages,
            facts=plan.facts,
        )
        new_files = render_site(spec)
        # Headline or text changes asked for in the same message apply to the new site.
        pages_by_slug = {p.slug: p.filename for p in pages}
        state = SiteState(kind, topic, spec.name, spec.scheme, sections, pages_by_slug, plan.facts)
        editor = SiteEditor(dict(new_files), state)
        for name, value in plan.fields:
            editor.set_field(name, value)
        for old, new in plan.replacements:
            editor.replace(old, new)
        on_new_site(editor, files)
        changed, _deleted = editor.outcome()
        new_files.update(changed)
        text, description = reply.created(spec, editor.done, editor.notes, plan.language)
        deleted = sorted(path for path in html_pages(files) if path not in new_files) if replacing else []
        if replacing:
            fresh = reply.sentence(spec.facts.language, "fresh") if spec.facts.language != "en" else None
            text = (fresh or "I started a fresh site, as you asked. ") + text
        return text, GenerationOutcome(changed=new_files, deleted=deleted, description=description)

    def _edit(
        self, plan: Plan, prompt: str, files: dict, state: SiteState, wanted: ImageRequest | None = None
    ) -> tuple[str, GenerationOutcome]:
        editor = SiteEditor(dict(files), state)
        if wanted is not None:
            # "put the photos on the home page" also reads as "add a gallery": the photos bring their own.
            plan.add_sections = [s for s in plan.add_sections if s != "gallery"]
            place_images(editor, wanted, files)
        language = state.facts.language
        facts = follow_ups.read(prompt, state, fact_edits.item_names(editor), language)
        for name, _value in plan.fields:
            # "change the address to …" was read as a field already; do not set it twice.
            if name in ("phone", "email", "address"):
                setattr(facts, name, None)
        if not plan.has_edits and facts.is_empty and wanted is None:
            refusal = refusals.cannot(prompt, language)
            if refusal:
                return refusal, GenerationOutcome()
            help_text = reply.help_text(has_site=True, describes_site=plan.wants_site, language=language)
            return help_text, GenerationOutcome()
        if not facts.is_empty:
            # "our prices are in euros" is about the facts, not a request for a pricing section.
            plan.add_sections = [
                s for s in plan.add_sections if s not in ("pricing", "visit", "contact", "team", "schedule")
            ]
        if facts.remove_items:
            # "remove Priya from the team" names one person, not the whole team.
            lists = ("team", "schedule", "menu", "services", "pricing", "features")
            plan.remove_sections = [s for s in plan.remove_sections if s not in lists]
        if plan.name:
            editor.rename(plan.name)
        for old, new in plan.replacements:
            editor.replace(old, new)
        for name, value in plan.fields:
            editor.set_field(name, value, plan.target_page)
        for slug in plan.remove_pages:
            editor.remove_page(slug)
        for slug, title in plan.add_pages:
            editor.add_page(slug, title)
        for section in plan.remove_sections:
            editor.remove_section(section, plan.target_page)
        for section in plan.add_sections:
            editor.add_section(section, plan.target_page)
        if not plan.scheme.is_empty:
            editor.recolour(plan.scheme)
        fact_edits.apply(editor, facts)
        changed, deleted = editor.outcome()
        text, description = reply.edited(editor.done, editor.notes, language)
        if not changed and not deleted:
            return text, GenerationOutcome()
        return text, GenerationOutcome(changed=changed, deleted=deleted, description=description)


def _sections_for_facts(kind: str, sections: list[str], plan: Plan) -> list[str]:
    """The sections that can show what the prompt said: its items, hours, address, contacts, people."""
    facts = plan.facts
    wanted = []
    if facts.items:
        wanted.append("menu" if "menu" in sections or kind == "restaurant" else "services")
        priced = any(item.amount is not None for item in facts.items)
        # The person's own prices replace the filler's plans, unless they asked for a pricing section.
        if priced and kind != "restaurant" and "pricing" not in plan.add_sections:
            sections = [s for s in sections if s != "pricing"]
    if facts.plans:
        # Plans named in the prompt ("Free and Pro at $4.99/month") are shown as plans, all of them.
        wanted.append("pricing")
        sections = [s for s in sections if s != "services" or "services" in plan.add_sections]
    if facts.hours or facts.address:
        wanted.append("visit")
    if facts.phone or facts.email or facts.social:
        wanted.append("contact")
    if facts.people:
        wanted.append("team")
    if facts.classes and has_timetable(plan.topic):
        wanted.append("schedule")
    if facts.numbers:
        wanted.append("about")
    wanted = [s for s in wanted if s not in plan.remove_sections]
    sections = arranged(sections, wanted)
    if facts.language != "en":
        # Only sections that have words in the site's language: no English left on a French site.
        sections = [s for s in sections if s in ("hero", "footer") or has_local_copy(facts.language, s)]
    return sections
