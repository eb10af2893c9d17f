package io.reeldrop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of README.md's architecture section, as rules: each fails the build when code crosses
 * an arrow the drawing does not have. When the code and the drawing disagree, one of them is
 * wrong; change both together.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.reeldrop");
    }

    @Test
    void layersUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry").definedBy("io.reeldrop")
                .layer("Window").definedBy("io.reeldrop.ui..")
                .layer("CommandLine").definedBy("io.reeldrop.cli..")
                .layer("Listing").definedBy("io.reeldrop.listing..")
                .layer("Session").definedBy("io.reeldrop.session..")
                .layer("FolderWatch").definedBy("io.reeldrop.folderwatch..")
                .layer("Config").definedBy("io.reeldrop.config..")
                .layer("Tracking").definedBy("io.reeldrop.tracking..")
                .layer("Preflight").definedBy("io.reeldrop.preflight..")
                .layer("Sandbox").definedBy("io.reeldrop.sandbox..")
                .layer("Media").definedBy("io.reeldrop.media..")
                .layer("Api").definedBy("io.reeldrop.api..")

                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Window").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Listing").mayOnlyBeAccessedByLayers("Window", "CommandLine")
                .whereLayer("Session").mayOnlyBeAccessedByLayers("Window", "CommandLine")
                .whereLayer("FolderWatch").mayOnlyBeAccessedByLayers("Window", "CommandLine")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Session")
                .whereLayer("Tracking").mayOnlyBeAccessedByLayers("Session", "Listing", "Window", "CommandLine",
                        "FolderWatch")
                .whereLayer("Preflight").mayOnlyBeAccessedByLayers("Tracking", "Session")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("Session", "Entry")
                .whereLayer("Media").mayOnlyBeAccessedByLayers("Sandbox", "Tracking", "Preflight")
                .whereLayer("Api").mayOnlyBeAccessedByLayers("Tracking", "Session", "Listing", "Window", "CommandLine")

                .whereLayer("Window").mayOnlyAccessLayers("Listing", "Session", "FolderWatch", "Tracking", "Api")
                .whereLayer("CommandLine").mayOnlyAccessLayers("Listing", "Session", "FolderWatch", "Tracking", "Api")
                .whereLayer("Listing").mayOnlyAccessLayers("Tracking", "Api")
                .whereLayer("FolderWatch").mayOnlyAccessLayers("Tracking")
                .whereLayer("Tracking").mayOnlyAccessLayers("Api", "Media", "Preflight")
                .whereLayer("Preflight").mayOnlyAccessLayers("Media")
                .whereLayer("Sandbox").mayOnlyAccessLayers("Media")
                .whereLayer("Media").mayNotAccessAnyLayer()
                .whereLayer("Api").mayNotAccessAnyLayer()
                .whereLayer("Config").mayNotAccessAnyLayer()
                .check(main);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.reeldrop.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void javaFxOnlyInTheWindow() {
        noClasses().that().resideOutsideOfPackage("io.reeldrop.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .check(main);
    }

    @Test
    void theSandboxAndTheApiClientShareNoCode() {
        // The sandbox answers as the vendor's specs say, not as our client assumes: a shared type
        // would let a misreading in one hide the same misreading in the other.
        noClasses().that().resideInAPackage("io.reeldrop.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("io.reeldrop.api..")
                .check(main);
    }
}
