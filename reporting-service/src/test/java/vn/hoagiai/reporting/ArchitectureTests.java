package vn.hoagiai.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** reporting-service learns only from events: it never calls another service. */
@AnalyzeClasses(packages = "vn.hoagiai.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.hoagiai.reporting.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule noSynchronousCallsToOtherServices = noClasses().that()
		.resideInAPackage("vn.hoagiai.reporting..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web.client..", "java.net.http..");

}
