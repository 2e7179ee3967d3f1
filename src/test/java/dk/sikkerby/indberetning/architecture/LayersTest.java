package dk.sikkerby.indberetning.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md: domain ← persistence ← service ← ui, cli; {@code app} wires the
 * services (the composition root both entry points use); {@code i18n} is texts only. Queries and jOOQ
 * stay in persistence; view models know no control; the desktop and the command line never know each other.
 */
@AnalyzeClasses(packages = "dk.sikkerby.indberetning", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String ROOT = "dk.sikkerby.indberetning";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy(resideInAPackage(ROOT))
            .layer("Ui").definedBy(ROOT + ".ui..")
            .layer("Cli").definedBy(ROOT + ".cli..")
            .layer("App").definedBy(ROOT + ".app..")
            .layer("Service").definedBy(ROOT + ".service..")
            .layer("Persistence").definedBy(ROOT + ".persistence..")
            .layer("I18n").definedBy(ROOT + ".i18n..")
            .layer("Domain").definedBy(ROOT + ".domain..")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Service", "App", "Ui", "Cli")
            .whereLayer("I18n").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "App", "Service", "Persistence")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Service", "Persistence");

    /**
     * No package needs another that needs it back, without exceptions: {@code service} holds only what
     * every service shares (the user-facing exceptions, progress) and needs no feature package; the
     * actor, rights, audit trail and the submission's save live together in {@code service.workflow}.
     * jOOQ's generated code is not ours.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("..persistence.generated.."), resideInAPackage("..persistence.generated.."));

    /** The shared root of the services needs none of them: a feature package may need it, never the other way. */
    @ArchTest
    static final ArchRule serviceRootNeedsNoFeature = noClasses().that().resideInAPackage(ROOT + ".service")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".service.(*)..");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..indberetning.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "..indberetning.persistence..", "..indberetning.service..", "..indberetning.ui..");

    @ArchTest
    static final ArchRule persistenceAndServicesKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("..indberetning.persistence..", "..indberetning.service..",
                    "..indberetning.cli..", "..indberetning.i18n..", "..indberetning.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..indberetning.ui..");

    @ArchTest
    static final ArchRule jooqOnlyInPersistence = noClasses().that().resideOutsideOfPackage("..indberetning.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "..persistence.generated..");

    /** The entry points open and close the database, tell why it did not open, and check, back up or restore the closed file (decision 0514); the rest goes through services. */
    @ArchTest
    static final ArchRule entryPointsOnlyOpenTheDatabase = noClasses()
            .that().resideInAnyPackage("..indberetning.ui..", "..indberetning.cli..")
            .should().dependOnClassesThat(resideInAPackage("..indberetning.persistence..")
                    .and(not(nameMatching(".*\\.persistence\\.(Database|DatabaseFile|DatabaseOpenException|OpenRequest|Backup|DatabaseCare|ServerAddress)(\\$.*)?"))));

    @ArchTest
    static final ArchRule viewModelsKnowNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule uiAndCliNeverKnowEachOther = noClasses().that().resideInAPackage("..indberetning.ui..")
            .should().dependOnClassesThat().resideInAPackage("..indberetning.cli..")
            .andShould().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule cliNeverKnowsTheDesktop = noClasses().that().resideInAPackage("..indberetning.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..indberetning.ui..", "javafx..");

    @ArchTest
    static final ArchRule servicesAndRepositoriesAreMadeOnlyByTheRoots = noClasses()
            .that().resideOutsideOfPackages("..indberetning.app..", "..indberetning.persistence..")
            .should().callConstructorWhere(DescribedPredicate.describe("a constructor of a service or a repository",
                    call -> call.getTargetOwner().getSimpleName().matches(".*(Service|Repository)")
                            && !call.getOriginOwner().equals(call.getTargetOwner())));
}
