"""Copy for sites in French, German and Spanish: every section's fixed texts and a plain filler."""

LOCAL_WORDS: dict[str, dict] = {}
LOCAL_SECTIONS: dict[str, dict[str, dict]] = {}
