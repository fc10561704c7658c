"""The offline generator on a corpus of ordinary prompts: their facts, kind and language are kept."""

import pytest
from generator_corpus import PROMPTS, generate, lang_of, shows, topic_of


def test_the_corpus_is_large_and_varied():
    assert len(PROMPTS) >= 60
    assert len({expected for _p, _f, expected, _l in PROMPTS}) >= 20


def test_fact_recall_over_the_corpus_is_at_least_95_percent():
    given = found = 0
    for prompt, facts, _expected, _lang in PROMPTS:
        _text, files = generate(prompt)
        given += len(facts)
        found += sum(shows(files, fact) for fact in facts)
    assert found / given >= 0.95


@pytest.mark.parametrize(("prompt", "facts", "expected", "lang"), PROMPTS, ids=[p[0][:40] for p in PROMPTS])
def test_a_prompt_gets_a_site_of_its_kind_in_its_language_showing_its_facts(prompt, facts, expected, lang):
    _text, files = generate(prompt)
    assert [fact for fact in facts if not shows(files, fact)] == []
    assert expected in topic_of(files)
    assert lang_of(files) == lang
