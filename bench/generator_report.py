"""How well the offline generator follows prompts: fact recall, generic fallbacks, follow-ups, speed.

Runs the corpus in tests/generator_corpus.py and prints figures (no pass or fail):
    .venv/bin/python bench/generator_report.py
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from generator_corpus import (  # noqa: E402
    CHAINS,
    HELD_OUT,
    HELD_OUT_CHAINS,
    PROMPTS,
    generate,
    shows,
    start,
    start_prompt,
    topic_of,
)


def main() -> None:
    """Print the figures, then the facts that were missed."""
    generate("warm up the imports")
    given = found = generic = held_given = held_found = 0
    times, missed = [], []
    for prompt, facts, _expected, _lang in PROMPTS:
        began = time.perf_counter()
        _text, files = generate(prompt)
        times.append(time.perf_counter() - began)
        shown = [fact for fact in facts if shows(files, fact)]
        given, found = given + len(facts), found + len(shown)
        if (prompt, facts, _expected, _lang) in HELD_OUT:
            held_given, held_found = held_given + len(facts), held_found + len(shown)
        missed += [(prompt, fact) for fact in facts if fact not in shown]
        if topic_of(files) == ("landing", "business"):
            generic += 1
    steps = passed = held_steps = held_passed = 0
    for prompt, follow_ups in CHAINS:
        held_chain = (prompt, follow_ups) in HELD_OUT_CHAINS
        _text, files = start(prompt)
        for message, present, gone in follow_ups:
            _text, files = generate(message, files)
            steps += 1
            ok = all(shows(files, f) for f in present) and not any(shows(files, f) for f in gone)
            passed += ok
            held_steps, held_passed = held_steps + held_chain, held_passed + (held_chain and ok)
            if not ok:
                missed.append((f"{start_prompt(prompt)} → {message}", "follow-up"))
    print(f"prompts:               {len(PROMPTS)}")
    print(f"fact recall:           {found / given:.3f} ({found}/{given}; target ≥ 0.95)")
    held = f"{held_found}/{held_given}; {len(HELD_OUT)} prompts"
    print(f"held-out recall:       {held_found / held_given:.3f} ({held})")
    print(f"generic fallback:      {generic / len(PROMPTS):.3f} ({generic}/{len(PROMPTS)})")
    print(f"follow-up success:     {passed / steps:.3f} ({passed}/{steps})")
    print(f"held-out follow-ups:   {held_passed / held_steps:.3f} ({held_passed}/{held_steps})")
    print(f"median time per site:  {statistics.median(times) * 1000:.1f} ms (target < 100 ms)")
    print(f"slowest site:          {max(times) * 1000:.1f} ms")
    for prompt, fact in missed:
        print(f"  missed {fact!r}: {prompt}")


if __name__ == "__main__":
    main()
