package vn.hoagiai.registry.people;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The people package never sees Kafka, and knows teams only through what it reads of their documents. */
@AnalyzeClasses(packages = "vn.hoagiai.registry.people", importOptions = ImportOption.DoNotIncludeTests.class)
class PeopleArchitectureTests {

	@ArchTest
	static final ArchRule theDomainNeverSeesKafka = noClasses().that()
		.resideInAPackage("vn.hoagiai.registry.people..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule peopleDoNotDependOnTheTeamPackage = noClasses().that()
		.resideInAPackage("vn.hoagiai.registry.people..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("vn.hoagiai.registry.team..");

}
