package io.rapport.app;

import io.rapport.config.DataDirectory;
import io.rapport.config.Settings;
import io.rapport.customer.CustomerService;
import io.rapport.customer.CustomerStore;
import io.rapport.customer.InteractionStore;
import io.rapport.customer.LocalCustomerService;
import io.rapport.customer.LookupStore;
import io.rapport.customer.MergeStore;
import io.rapport.demo.DemoGenerator;
import io.rapport.importer.ImportService;
import io.rapport.store.Database;
import io.rapport.text.PhoneNumbers;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root: the one place that opens the store and wires stores and services
 * together. Both faces of the app (window and command line) start here; nothing is static.
 */
public final class AppServices implements AutoCloseable {
    private final Path dataDir;
    private final Settings settings;
    private final Database db;
    private final PhoneNumbers phones;
    private final CustomerStore customers;
    private final InteractionStore interactions;
    private final MergeStore merges;
    private final CustomerService customerService;
    private final ImportService importService;
    private final Clock clock;
    private final io.rapport.template.TemplateStore templateStore;
    private final io.rapport.template.LocalTemplateService templateService;
    private volatile io.rapport.template.coach.Coach coach;
    private volatile java.util.List<String> coachProblems = java.util.List.of();

    private AppServices(Path dataDir, Settings settings, Database db, Clock clock) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.phones = new PhoneNumbers(settings.phoneRegion());
        this.customers = new CustomerStore(db, phones);
        this.interactions = new InteractionStore(db);
        this.merges = new MergeStore(db, customers);
        this.customerService = new LocalCustomerService(new LookupStore(db, customers, interactions, clock),
                interactions, merges, settings.agentName());
        this.importService = new ImportService(db, customers, interactions);
        this.templateStore = new io.rapport.template.TemplateStore(db);
        this.templateService = new io.rapport.template.LocalTemplateService(templateStore, settings.agentName());
    }

    private io.rapport.phrasebook.LocalPhrasebookService phrasebookService;
    private io.rapport.wrapup.LocalWrapUpService wrapUpService;

    /** Wrap-up notes, drafts and follow-ups, written as this desk's agent. */
    public synchronized io.rapport.wrapup.LocalWrapUpService wrapUp() {
        if (wrapUpService == null) {
            io.rapport.customer.FollowUpStore followUps = new io.rapport.customer.FollowUpStore(db);
            wrapUpService = new io.rapport.wrapup.LocalWrapUpService(new io.rapport.wrapup.WrapUpStore(db, customers,
                    interactions, followUps), followUps, settings.agentName(), settings.uiLanguage(), clock);
        }
        return wrapUpService;
    }

    /** The phrasebook (seeded from assets/ on first use of an empty store). */
    public synchronized io.rapport.phrasebook.LocalPhrasebookService phrasebook() {
        if (phrasebookService == null) {
            phrasebookService = new io.rapport.phrasebook.LocalPhrasebookService(
                    new io.rapport.phrasebook.PhrasebookStore(db), settings.agentName());
        }
        return phrasebookService;
    }

    public io.rapport.template.LocalTemplateService templates() {
        return templateService;
    }

    /**
     * The empathy coach with the rule packs in force (trainers' edited packs in the data folder's
     * coach/ folder replace the shipped ones when valid) and phrase suggestions from the phrasebook.
     */
    public io.rapport.template.coach.Coach coach() {
        if (coach == null) {
            synchronized (this) {
                if (coach == null) {
                    io.rapport.template.coach.RulePacks packs = io.rapport.template.coach.RulePacks.load(
                            dataDir.resolve("coach"));
                    coachProblems = java.util.List.copyOf(packs.problems());
                    // suggestions come from the phrasebook in the store: a phrase edited once is right here too
                    coach = new io.rapport.template.coach.Coach(packs.packs(),
                            io.rapport.phrasebook.StorePhrases.of(phrasebook()));
                }
            }
        }
        return coach;
    }

    /** Rule packs that could not be loaded (file and line), after {@link #coach()}. */
    public java.util.List<String> coachProblems() {
        return coachProblems;
    }

    /** Opens the store in {@code dataDir} (created owner-only if new) and wires everything. */
    public static AppServices open(Path dataDir) {
        Settings settings = Settings.load(dataDir);
        Database db = Database.open(dataDir.resolve(DataDirectory.STORE_FILE));
        return new AppServices(dataDir, settings, db, Clock.systemDefaultZone());
    }

    /** A demo generator writing through the real import path. */
    public DemoGenerator demo() {
        return new DemoGenerator(importService, phones);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return db;
    }

    public PhoneNumbers phones() {
        return phones;
    }

    public CustomerStore customers() {
        return customers;
    }

    public InteractionStore interactions() {
        return interactions;
    }

    public MergeStore merges() {
        return merges;
    }

    public CustomerService customerService() {
        return customerService;
    }

    public ImportService importService() {
        return importService;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        db.close();
    }
}
