package vn.hoagiai.training;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** training-service's packages stay honest, and it never calls another service to do its job. */
@AnalyzeClasses(packages = "vn.hoagiai.training", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.hoagiai.training.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule noSynchronousCallsToOtherServices = noClasses().that()
		.resideInAPackage("vn.hoagiai.training..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web.client..", "java.net.http..");

}
