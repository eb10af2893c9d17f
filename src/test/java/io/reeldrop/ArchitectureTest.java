package io.reeldrop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layer arrows of DESIGN.md true: each rule fails the build when code crosses one. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.reeldrop");
    }

    @Test
    void javaFxOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("io.reeldrop.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void apiImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("io.reeldrop.api..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.reeldrop.tracking..", "io.reeldrop.sandbox..", "io.reeldrop.media..",
                        "io.reeldrop.ui..", "io.reeldrop.cli..", "io.reeldrop.store..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void sandboxAndMediaDoNotKnowTheEngineOrTheWindow() {
        noClasses().that().resideInAnyPackage("io.reeldrop.sandbox..", "io.reeldrop.media..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.reeldrop.tracking..", "io.reeldrop.ui..", "io.reeldrop.cli..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void engineDoesNotKnowTheWindowOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("io.reeldrop.tracking..", "io.reeldrop.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.reeldrop.ui..", "io.reeldrop.cli..")
                .allowEmptyShould(true)
                .check(main);
    }
}
