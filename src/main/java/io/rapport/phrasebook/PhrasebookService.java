package io.rapport.phrasebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What the phrasebook view and the command line ask of the phrasebook. Call off the FX thread. */
public interface PhrasebookService {
    List<ConceptEntry> all();

    /** Saves an edited concept; a {@link PhrasebookException} says what is wrong. */
    void save(ConceptEntry entry);

    void confirm(String conceptId, String language);

    void delete(String conceptId);

    Set<String> favourites();

    boolean toggleFavourite(String conceptId);

    Set<String> needingReview();

    /** Imports a TMX or CSV file (by its extension); nothing is stored if the file is unusable. */
    PhrasebookFiles.ImportResult importFile(Path file);

    /** Exports everything to a TMX or CSV file (by its extension). */
    int exportFile(Path file);
}
