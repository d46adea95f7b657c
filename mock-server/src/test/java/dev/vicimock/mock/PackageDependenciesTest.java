package dev.vicimock.mock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package rules of {@code docs/architecture.md}, checked on the compiled simulator: the entry points on top,
 * the WireMock glue below them, the engine below the glue, and the leaves (answer, http, release, state) below
 * everything.
 */
@AnalyzeClasses(packages = "dev.vicimock.mock", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {
    private static final String ROOT = "dev.vicimock.mock";

    /** Every package of the simulator, the root one (the entry points) included, is its own slice. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (p.equals(ROOT)) {
                return SliceIdentifier.of("(entry points)");
            }
            if (p.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(p.substring(ROOT.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + ROOT;
        }
    };

    @ArchTest
    static final ArchRule no_package_depends_on_itself_through_another =
            slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule each_package_uses_only_the_packages_below_it = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("entry points")
            .definedBy(ROOT)
            .layer("junit")
            .definedBy(ROOT + ".junit..")
            .layer("wiremock")
            .definedBy(ROOT + ".wiremock..")
            .layer("pipeline")
            .definedBy(ROOT + ".pipeline..")
            .layer("function")
            .definedBy(ROOT + ".function..")
            .layer("call")
            .definedBy(ROOT + ".call..")
            .layer("answer")
            .definedBy(ROOT + ".answer..")
            .layer("http")
            .definedBy(ROOT + ".http..")
            .layer("release")
            .definedBy(ROOT + ".release..")
            .layer("state")
            .definedBy(ROOT + ".state..")
            .whereLayer("junit")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("junit")
            .mayOnlyAccessLayers("entry points")
            .whereLayer("entry points")
            .mayOnlyAccessLayers("wiremock", "pipeline", "answer", "http", "release", "state")
            .whereLayer("wiremock")
            .mayOnlyAccessLayers("pipeline", "answer", "http", "release", "state")
            .whereLayer("pipeline")
            .mayOnlyAccessLayers("function", "call", "answer", "http", "release", "state")
            .whereLayer("function")
            .mayOnlyAccessLayers("call", "answer", "http", "release", "state")
            .whereLayer("call")
            .mayOnlyAccessLayers("answer", "http", "release", "state")
            .whereLayer("answer")
            .mayNotAccessAnyLayer()
            .whereLayer("http")
            .mayNotAccessAnyLayer()
            .whereLayer("release")
            .mayNotAccessAnyLayer()
            .whereLayer("state")
            .mayNotAccessAnyLayer();

    /**
     * The engine must outlive a WireMock or Jetty upgrade unchanged: only the glue and the entry points (the
     * runners, and the JUnit extension, which resets the WireMock stubs of a shared server) see them.
     */
    @ArchTest
    static final ArchRule only_the_glue_and_the_entry_points_see_wiremock_and_jetty = noClasses()
            .that()
            .resideInAPackage(ROOT + "..")
            .and()
            .resideOutsideOfPackages(ROOT, ROOT + ".junit..", ROOT + ".wiremock..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.github.tomakehurst.wiremock..", "org.wiremock..", "org.eclipse.jetty..", "jakarta.servlet..");
}
