package io.onex.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The SDK's layout, as its README describes it, checked on the compiled classes (generated ones included). */
@AnalyzeClasses(packages = {"io.onex.sdk", "io.onex.events"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule registryLibrariesOnlyBehindTheSwitch = noClasses()
            .that().resideOutsideOfPackage("io.onex.sdk.registry..")
            .should().dependOnClassesThat().resideInAnyPackage("io.apicurio..", "com.fasterxml.jackson.databind..",
                    "com.networknt..")
            .because("Apicurio's serde, jackson-databind and networknt are optional: a node that does not switch"
                    + " to ApicurioWireFormat must never load them");

    @ArchTest
    static final ArchRule codecSupportIsTransportFree = noClasses()
            .that().resideInAPackage("io.onex.sdk.codec..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.micrometer..",
                    "io.onex.sdk.kafka..", "io.onex.sdk.node..", "io.onex.sdk.lifecycle..", "io.onex.sdk.registry..")
            .because("the support generated code calls is JSON and constraints only; Kafka is the runtime's");

    @ArchTest
    static final ArchRule namingRulesComeFromOnexRules = noClasses()
            .that().resideInAnyPackage("io.onex.sdk.kafka..", "io.onex.sdk.node..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.regex.Pattern")
            .because("tenant and topic-name syntax are onex-rules' (shared with the plugin), not re-derived in the"
                    + " bus or the consumer runner");
}
