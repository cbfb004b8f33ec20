package io.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure DEVELOPERS.md fixes, checked on every build. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rapport");
    }

    @Test
    void viewModelsAreFreeOfScenesAndSql() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "java.sql..")
                .because("view-models are tested without a toolkit or a database")
                .check(classes);
    }

    @Test
    void onlyStoresAndSyncTouchSql() {
        noClasses().that().resideOutsideOfPackages("io.rapport.store..", "io.rapport.sync..")
                .and().haveSimpleNameNotEndingWith("Store")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .because("SQL lives in the store layer, so views and services stay testable and the schema has one owner")
                .check(classes);
    }

    @Test
    void viewsDoNotTalkToStores() {
        noClasses().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Cell")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .because("views talk to view-models, view-models to services")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.rapport.(*)..").should().beFreeOfCycles()
                .because("features build on each other in one direction")
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToStandardOutput() {
        noClasses().that().resideOutsideOfPackages("io.rapport.cli..", "io.rapport.bench..")
                .should().accessField(System.class, "out")
                .because("the window face logs, the command-line face prints")
                .check(classes);
    }
}
