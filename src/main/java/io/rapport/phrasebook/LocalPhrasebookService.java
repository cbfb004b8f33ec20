package io.rapport.phrasebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@link PhrasebookService} over the local store, for one agent. */
public final class LocalPhrasebookService implements PhrasebookService {
    /** Files larger than this are refused before reading (a phrasebook is a few megabytes). */
    static final long MAX_FILE = 300L * 1024 * 1024;
    public static final String BUILTIN = "builtin";

    private final PhrasebookStore store;
    private final String agent;
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    public LocalPhrasebookService(PhrasebookStore store, String agent) {
        this.store = store;
        this.agent = agent;
    }

    /** Loads the phrasebook shipped in assets/ into an empty store; returns the number of concepts. */
    public int seedBuiltIn() {
        if (!store.isEmpty()) {
            return 0;
        }
        PhrasebookPack pack = PhrasebookPack.loadBuiltIn();
        List<ConceptEntry> entries = new ArrayList<>();
        for (Concept c : pack.concepts()) {
            entries.add(new ConceptEntry(c, pack.phrases(c.id())));
        }
        changes.incrementAndGet();
        return store.saveAll(entries, "Rapport", BUILTIN);
    }

    /** Grows with every change made through this service (the coach reloads its phrases then). */
    public long changeCount() {
        return changes.get();
    }

    @Override
    public List<ConceptEntry> all() {
        return store.all();
    }

    @Override
    public void save(ConceptEntry entry) {
        store.save(entry, agent);
        changes.incrementAndGet();
    }

    @Override
    public void confirm(String conceptId, String language) {
        store.confirm(conceptId, language);
        changes.incrementAndGet();
    }

    @Override
    public void delete(String conceptId) {
        store.delete(conceptId);
        changes.incrementAndGet();
    }

    @Override
    public Set<String> favourites() {
        return store.favourites(agent);
    }

    @Override
    public boolean toggleFavourite(String conceptId) {
        return store.toggleFavourite(agent, conceptId);
    }

    @Override
    public Set<String> needingReview() {
        return store.needingReview();
    }

    @Override
    public PhrasebookFiles.ImportResult importFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PhrasebookException(file + " does not exist");
            }
            if (Files.size(file) > MAX_FILE) {
                throw new PhrasebookException(file + " is larger than 300 MB; split it or check it is a phrasebook");
            }
            List<ConceptEntry> existing = store.all();
            PhrasebookFiles.ImportResult r;
            if (isCsv(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    r = PhrasebookFiles.readCsv(in, existing);
                }
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    r = PhrasebookFiles.readTmx(in, existing);
                }
            }
            PhrasebookStore.validateAll(r.entries(), existing);
            store.saveAll(r.entries(), agent, null);
            changes.incrementAndGet();
            return r;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PhrasebookException(file + " is not UTF-8 text; nothing was imported");
        } catch (IOException e) {
            throw new PhrasebookException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int exportFile(Path file) {
        List<ConceptEntry> all = store.all();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (isCsv(file)) {
                PhrasebookFiles.writeCsv(all, w);
            } else {
                PhrasebookFiles.writeTmx(all, w);
            }
        } catch (IOException e) {
            throw new PhrasebookException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return all.size();
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
