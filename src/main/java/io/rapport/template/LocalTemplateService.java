package io.rapport.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@link TemplateService} over the local store. */
public final class LocalTemplateService implements TemplateService {
    /** Templates from the starter pack are marked so they do not sync until someone edits them. */
    public static final String BUILTIN = "builtin";

    private final TemplateStore store;
    private final String agent;

    public LocalTemplateService(TemplateStore store, String agent) {
        this.store = store;
        this.agent = agent;
    }

    /** Loads the starter pack shipped in assets/ into an empty store; returns how many were loaded. */
    public int seedStarterPack() {
        if (!store.isEmpty()) {
            return 0;
        }
        try (InputStream in = getClass().getResourceAsStream("/assets/templates/starter-pack.json")) {
            if (in == null) {
                return 0;
            }
            List<TemplateEdit> edits = TemplatePacks.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    List.of());
            return store.saveAll(edits, "Rapport", BUILTIN);
        } catch (IOException e) {
            throw new TemplateException("cannot read the starter pack: " + e.getMessage());
        }
    }

    @Override
    public List<Template> all() {
        return store.all();
    }

    @Override
    public String save(TemplateEdit edit) {
        return store.save(edit, agent);
    }

    @Override
    public void confirm(String templateId, String language) {
        store.confirm(templateId, language, agent);
    }

    @Override
    public void delete(String templateId) {
        store.delete(templateId);
    }

    @Override
    public List<TemplateVersion> versions(String templateId, String language) {
        return store.versions(templateId, language);
    }

    @Override
    public List<TemplateUsage> usage() {
        return store.usage();
    }

    @Override
    public void recordUsage(String templateId, String language, String customerId, int insertedChars,
            Integer finalChars, Integer editDistance) {
        store.recordUsage(templateId, language, agent, customerId, insertedChars, finalChars, editDistance);
    }

    @Override
    public String exportPack() {
        return TemplatePacks.export(store.all());
    }

    @Override
    public int importPack(String json) {
        return store.saveAll(TemplatePacks.parse(json, store.all()), agent, null);
    }
}
