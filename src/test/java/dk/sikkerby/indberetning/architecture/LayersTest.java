package dk.sikkerby.indberetning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of STYLE.md: the domain knows neither JavaFX nor jOOQ; the UI knows no jOOQ. */
@AnalyzeClasses(packages = "dk.sikkerby.indberetning", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

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
    static final ArchRule uiKnowsNoJooq = noClasses().that().resideInAPackage("..indberetning.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "..persistence.generated..");
}
