package vn.hoagiai.registry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The registry's packages stay honest: features do not cycle, and the domain never sees Kafka. */
@AnalyzeClasses(packages = "vn.hoagiai.registry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices().matching("vn.hoagiai.registry.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule theDomainNeverSeesKafka = noClasses().that()
		.resideInAnyPackage("vn.hoagiai.registry.team..", "vn.hoagiai.registry.unit..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule unitsKnowNothingOfTeams = noClasses().that()
		.resideInAPackage("vn.hoagiai.registry.unit..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("vn.hoagiai.registry.team..");

}
