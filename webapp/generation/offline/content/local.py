"""Copy for sites in French, German and Spanish: every section's fixed texts and a plain filler.

It is laid over the English copy section by section, so every list a section
shows (items, plans, questions) is given whole here and no English is left.
"""

from . import local_de, local_es, local_fr

LOCAL_WORDS: dict[str, dict] = {"fr": local_fr.WORDS, "de": local_de.WORDS, "es": local_es.WORDS}
LOCAL_SECTIONS: dict[str, dict[str, dict]] = {
    "fr": local_fr.SECTIONS,
    "de": local_de.SECTIONS,
    "es": local_es.SECTIONS,
}
LOCAL_NAMES: dict[str, dict[str, str]] = {"fr": local_fr.NAMES, "de": local_de.NAMES, "es": local_es.NAMES}
