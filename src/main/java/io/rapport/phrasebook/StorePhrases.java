package io.rapport.phrasebook;

import io.rapport.template.coach.PhraseSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The coach's suggestions from the phrasebook as it is now in the store, so a phrase a trainer
 * edits (or a team mate's edit arriving by sync) is what the coach offers next. The phrases are
 * held in memory and reloaded when the phrasebook changed here, and at least every
 * {@link #MAX_AGE_MS} ms for changes made elsewhere. A concept the store lacks falls back to the
 * shipped phrasebook.
 */
public final class StorePhrases implements PhraseSource {
    static final long MAX_AGE_MS = 10_000;

    private final Supplier<List<ConceptEntry>> load;
    private final LongSupplier version;
    private final PhraseSource fallback;
    private volatile Map<String, ConceptEntry> byConcept = Map.of();
    private volatile long loadedVersion = -1;
    private volatile long loadedAt;

    public StorePhrases(Supplier<List<ConceptEntry>> load, LongSupplier version, PhraseSource fallback) {
        this.load = load;
        this.version = version;
        this.fallback = fallback;
    }

    /** Over the local phrasebook service, falling back to the shipped pack. */
    public static StorePhrases of(LocalPhrasebookService service) {
        return new StorePhrases(service::all, service::changeCount, new PackPhrases(PhrasebookPack.loadBuiltIn()));
    }

    @Override
    public Optional<String> phrase(String conceptId, String language) {
        ConceptEntry e = current().get(conceptId);
        if (e != null) {
            for (Phrase p : e.phrases()) {
                if (p.language().equals(language) && p.register() == Register.FORMAL && p.gender() == null) {
                    return Optional.of(p.text());
                }
            }
            for (Phrase p : e.phrases()) {
                if (p.language().equals(language) && p.register() == Register.FORMAL) {
                    return Optional.of(p.text());
                }
            }
        }
        return fallback.phrase(conceptId, language);
    }

    private Map<String, ConceptEntry> current() {
        long v = version.getAsLong();
        long now = System.currentTimeMillis();
        if (v != loadedVersion || now - loadedAt > MAX_AGE_MS) {
            synchronized (this) {
                if (v != loadedVersion || now - loadedAt > MAX_AGE_MS) {
                    Map<String, ConceptEntry> m = new HashMap<>();
                    for (ConceptEntry e : load.get()) {
                        m.put(e.concept().id(), e);
                    }
                    byConcept = m;
                    loadedVersion = v;
                    loadedAt = now;
                }
            }
        }
        return byConcept;
    }
}
