package cz.css.ledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.Repository;

/** The module boundaries of the design card, as rules. */
@AnalyzeClasses(packages = "cz.css.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule messagesDependOnNothingButTheJdkAndAxonAnnotations = classes()
            .that().resideInAPackage("cz.css.ledger.api..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "cz.css.ledger.api..",
                    "org.axonframework.modelling.command.."));

    @ArchTest
    static final ArchRule querySideSeesOnlyTheCommandSidesMessages = noClasses()
            .that().resideInAPackage("cz.css.ledger.query..")
            .should().dependOnClassesThat(resideInAnyPackage("cz.css.ledger.request..", "cz.css.ledger.catalogue..",
                    "cz.css.ledger.graphql..", "cz.css.ledger.demo.."));

    @ArchTest
    static final ArchRule graphQlLayerReachesTheDomainOnlyThroughAxonGateways = noClasses()
            .that().resideInAnyPackage("cz.css.ledger.graphql..", "cz.css.ledger.export..")
            .should().dependOnClassesThat(resideInAnyPackage("cz.css.ledger.request..", "cz.css.ledger.catalogue..",
                    "org.springframework.data..", "jakarta.persistence..", "org.axonframework.eventsourcing..")
                    .or(assignableTo(Repository.class))
                    .or(resideInAPackage("cz.css.ledger.query..").and(not(resideInAPackage("cz.css.ledger.query.api..")))));

    @ArchTest
    static final ArchRule graphQlLayerUsesTheAuditOnlyThroughItsMessages = noClasses()
            .that().resideInAPackage("cz.css.ledger.graphql..")
            .should().dependOnClassesThat(resideInAPackage("cz.css.ledger.audit..")
                    .and(not(resideInAPackage("cz.css.ledger.audit.api.."))));

    @ArchTest
    static final ArchRule offlineVerifierNeedsNothingButTheJdk = classes()
            .that().resideInAPackage("cz.css.ledger.audit.offline..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "cz.css.ledger.audit.offline.."));

    @ArchTest
    static final ArchRule commandSideDoesNotReadProjections = noClasses()
            .that().resideInAnyPackage("cz.css.ledger.request..", "cz.css.ledger.catalogue..", "cz.css.ledger.api..")
            .should().dependOnClassesThat(resideInAnyPackage("cz.css.ledger.query..", "cz.css.ledger.graphql.."));
}
