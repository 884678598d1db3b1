package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.onex.plugin.model.Contract;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * One publisher per contract with a method per {@code publishes} channel. The caller passes only
 * the payload: topic, key and envelope come from the catalog.
 */
public final class PublisherGenerator implements Generator {

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        TypeMapper types = new TypeMapper(model.options().catalogPackage());
        return model.contracts().stream()
                .filter(c -> !c.publishes().isEmpty())
                .map(c -> file(types, model.options().contractPackage(), c));
    }

    private JavaFile file(TypeMapper types, String pkg, Contract contract) {
        ClassName self = ClassName.get(pkg, ContractNames.className(contract) + "Publisher");
        ClassName topics = TopicGenerator.topicsClass(types.catalogPackage());
        TypeName result = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), Runtime.PUBLISH_RESULT);
        String defaultSource = "node/" + contract.name();
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Runtime.generated(PublisherGenerator.class))
                .addJavadoc("Publishes the events that node {@code $L} ($L, version $L) declares in {@code $L}.\n\n"
                        + "<p>Topics, keys and envelopes come from the catalog; each method takes only the payload.\n",
                        contract.name(), contract.nodeType(), contract.version(), Javadoc.escape(contract.location().file()))
                .addField(FieldSpec.builder(String.class, "DEFAULT_SOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The envelope {@code source} used when none is given.\n")
                        .initializer("$S", defaultSource)
                        .build())
                .addField(Runtime.EVENT_BUS, "bus", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "source", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param bus where events go\n@param source the envelope {@code source}, e.g. {@code $L}\n",
                                defaultSource)
                        .addParameter(Runtime.EVENT_BUS, "bus")
                        .addParameter(String.class, "source")
                        .addStatement("this.bus = $T.requireNonNull(bus, $S)", Objects.class, "bus")
                        .addStatement("this.source = $T.requireNonNull(source, $S)", Objects.class, "source")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("A publisher whose envelope {@code source} is {@value #DEFAULT_SOURCE}.\n\n@param bus where events go\n")
                        .addParameter(Runtime.EVENT_BUS, "bus")
                        .addStatement("this(bus, DEFAULT_SOURCE)")
                        .build());
        List<String> names = ContractNames.methods(contract.publishes(), "publish", false);
        for (int i = 0; i < contract.publishes().size(); i++) {
            Contract.Channel channel = contract.publishes().get(i);
            String method = names.get(i);
            ClassName payload = types.recordClass(channel.topic().payload());
            String constant = JavaNames.topicConstant(channel.topic().fullName());
            String doc = (channel.description().isEmpty() ? "Publishes {@code " + channel.eventType() + "}"
                    : Javadoc.escape(channel.description())) + ".\n\n<p>Topic {@code " + channel.topic().fullName()
                    + "}, keyed by {@code " + channel.topic().keyField() + "}.\n";
            spec.addMethod(MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(doc + "\n@param payload the event payload\n@return completes when the event is acknowledged\n")
                    .addParameter(payload, "payload")
                    .returns(result)
                    .addStatement("return $N(payload, $T.randomUUID())", method, UUID.class)
                    .build());
            spec.addMethod(MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(doc + "\n@param payload the event payload\n@param correlationId ties this event to related ones\n"
                            + "@return completes when the event is acknowledged\n")
                    .addParameter(payload, "payload")
                    .addParameter(UUID.class, "correlationId")
                    .returns(result)
                    .addStatement("return bus.publish($T.$N, $T.create($T.$N.eventType(), source, correlationId, payload))",
                            topics, constant, Runtime.EVENT_ENVELOPE, topics, constant)
                    .build());
        }
        return JavaFile.builder(pkg, spec.build()).skipJavaLangImports(true).indent("    ").build();
    }
}
