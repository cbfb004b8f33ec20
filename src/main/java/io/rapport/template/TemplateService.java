package io.rapport.template;

import java.util.List;

/** What the template views ask of templates. Methods may touch the store: call them off the FX thread. */
public interface TemplateService {
    List<Template> all();

    /** Saves and returns the id; a {@link TemplateException} says what is wrong and where. */
    String save(TemplateEdit edit);

    void confirm(String templateId, String language);

    void delete(String templateId);

    List<TemplateVersion> versions(String templateId, String language);

    List<TemplateUsage> usage();

    void recordUsage(String templateId, String language, String customerId, int insertedChars, Integer finalChars,
            Integer editDistance);

    String exportPack();

    /** Imports a pack; returns how many templates were added or updated. */
    int importPack(String json);
}
