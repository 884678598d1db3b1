package io.onex.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.onex.plugin.core.GoalResult;
import java.io.FileOutputStream;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.Set;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The plugin's layout, as STYLE.md and the plugin README describe it, checked on the compiled classes: a rule
 * broken here is a design decision to make on purpose, not an accident to merge.
 */
@AnalyzeClasses(packages = "io.onex.plugin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.onex.plugin";

    @ArchTest
    static final ArchRule mavenOnlyInMojos = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".mojo..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.maven..")
            .because("Mojos are thin shells; the cores are plain Java, testable and usable without Maven");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
            .because("each capability builds on the model in one direction");

    @ArchTest
    static final ArchRule parsedTreesStayInParse = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".parse..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..",
                    "org.snakeyaml.engine..")
            .because("JSON and YAML trees are read into the located raw model in parse/; the rest of the plugin"
                    + " never interprets a library's tree (STYLE.md, convention 3)");

    @ArchTest
    static final ArchRule onlyTheWriterWritesFiles = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".write..")
            .should(writeFiles())
            .because("write.OutputWriter is the one place that writes: whole files, unchanged ones untouched");

    @ArchTest
    static final ArchRule generatorsDoNotTouchTheFileSystem = noClasses()
            .that().resideInAPackage(ROOT + ".generate..")
            .should().dependOnClassesThat().belongToAnyOf(Files.class, java.io.File.class)
            .because("generators turn a model into sources in memory; the writer puts them on disk");

    @ArchTest
    static final ArchRule modelIsPlain = noClasses()
            .that().resideInAPackage(ROOT + ".model..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".parse..", ROOT + ".validate..",
                    ROOT + ".core..", ROOT + ".generate..", ROOT + ".write..", ROOT + ".mojo..",
                    ROOT + ".provision..", ROOT + ".registry..", ROOT + ".compat..", "com.fasterxml..",
                    "org.apache.kafka..", "io.apicurio..", "com.palantir..")
            .because("the model is records and enums every stage shares; it depends on nothing but the JDK and"
                    + " the shared rules");

    @ArchTest
    static final ArchRule mojosLiveInMojo = classes()
            .that().implement(Mojo.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().resideInAPackage(ROOT + ".mojo")
            .andShould().beAssignableTo(ROOT + ".mojo.OnexMojo")
            .because("every goal has one shape: parameters -> one request -> a core -> a GoalResult");

    @ArchTest
    static final ArchRule parametersOnlyOnMojos = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".mojo")
            .should().dependOnClassesThat().belongToAnyOf(Parameter.class)
            .because("Maven parameters are read in the Mojo and handed to the core as a request");

    @ArchTest
    static final ArchRule resultsAreRecords = classes()
            .that().implement(GoalResult.class)
            .should().beRecords()
            .because("a core returns an immutable result");

    private static ArchCondition<JavaClass> writeFiles() {
        Set<String> writingMethods = Set.of("write", "writeString", "newBufferedWriter", "newOutputStream",
                "createFile", "createTempFile", "copy", "move");
        DescribedPredicate<JavaAccess<?>> writes = new DescribedPredicate<>("a file-writing call") {
            @Override
            public boolean test(JavaAccess<?> access) {
                JavaClass owner = access.getTargetOwner();
                if (owner.isEquivalentTo(Files.class)) {
                    return writingMethods.contains(access.getName());
                }
                return owner.isAssignableTo(FileWriter.class) || owner.isAssignableTo(FileOutputStream.class)
                        || owner.isAssignableTo(RandomAccessFile.class);
            }
        };
        return new ArchCondition<>("write files") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getAccessesFromSelf().stream().filter(writes)
                        .forEach(a -> events.add(SimpleConditionEvent.satisfied(a, a.getDescription())));
            }
        };
    }
}
