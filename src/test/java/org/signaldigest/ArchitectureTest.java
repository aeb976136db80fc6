package org.signaldigest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * How the code is organised (README, "How the code is organised"): packages by feature
 * whose dependencies form no cycle, over a few shared packages that depend on no feature:
 * {@code kind} (the five kinds of findings and two of terms), {@code parser} (plain Java:
 * page text in, records and problems out) and {@code listing} (what every list shares:
 * filters and their SQL, sorting, counted pages).
 */
@AnalyzeClasses(packages = "org.signaldigest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule noPackageCycles = slices().matching("org.signaldigest.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule theKindsDependOnNothing = classes().that()
		.resideInAPackage("org.signaldigest.kind..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.signaldigest.kind..");

	@ArchTest
	static final ArchRule theParserIsPlainJava = classes().that()
		.resideInAPackage("org.signaldigest.parser..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "org.commonmark..", "org.signaldigest.parser..", "org.signaldigest.kind..");

	@ArchTest
	static final ArchRule listingDependsOnNoFeature = classes().that()
		.resideInAPackage("org.signaldigest.listing..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("java..", "javax.sql..", "jakarta..", "org.springframework..", "org.signaldigest.listing..",
				"org.signaldigest.kind..");

}
