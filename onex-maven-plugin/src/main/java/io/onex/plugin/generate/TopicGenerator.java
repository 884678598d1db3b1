package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.onex.plugin.model.EventClass;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The topic constants: {@code OnexTopics} with one typed {@code OnexTopic<P>} per catalog topic
 * (no casts for the caller), and {@code EnumONEXTopic}, the enum over the same topics.
 */
public final class TopicGenerator implements Generator {
    static final String TOPICS_CLASS = "OnexTopics";
    static final String ENUM_CLASS = "EnumONEXTopic";

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        if (!model.options().generateCatalogTypes()) {
            return Stream.empty();
        }
        TypeMapper types = new TypeMapper(model.options().catalogPackage());
        return Stream.of(topics(types, model.catalog().topics()), enumeration(types, model.catalog().topics()));
    }

    static ClassName topicsClass(String catalogPackage) {
        return ClassName.get(catalogPackage, TOPICS_CLASS);
    }

    private JavaFile topics(TypeMapper types, List<Topic> topics) {
        ClassName self = topicsClass(types.catalogPackage());
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Runtime.generated(TopicGenerator.class))
                .addJavadoc("The catalog topics, typed by payload: pass them to an event bus; never a topic name or key by hand.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            String constant = JavaNames.topicConstant(topic.fullName());
            ClassName payload = types.recordClass(topic.payload());
            spec.addField(FieldSpec.builder(ParameterizedTypeName.get(Runtime.ONEX_TOPIC, payload), constant,
                    Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(topicJavadoc(topic))
                    .initializer(descriptor(types, topic, payload))
                    .build());
            all.add(i == 0 ? "$N" : ", $N", constant);
        }
        all.add(")");
        spec.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(Runtime.ONEX_TOPIC, WildcardTypeName.subtypeOf(Object.class))), "ALL",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every catalog topic, in catalog order.\n")
                .initializer(all.build())
                .build());
        return JavaFile.builder(types.catalogPackage(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static CodeBlock topicJavadoc(Topic topic) {
        CodeBlock.Builder doc = CodeBlock.builder();
        doc.add("{@code $L}: $L.\n\n", topic.fullName(), Javadoc.escape(topic.meaning()));
        doc.add("<p>Key {@code $L} ($L); $L partitions; retention $L; cleanup {@code $L}; $L",
                topic.keyField(), topic.eventClass().yamlName().replace('_', ' '), topic.partitions(), topic.retention(),
                topic.cleanupPolicy().kafkaName(), topic.direction().yamlName().replace('_', ' '));
        topic.legacyName().ifPresent(l -> doc.add("; legacy name {@code $L}", l));
        return doc.add(".\n").build();
    }

    private CodeBlock descriptor(TypeMapper types, Topic topic, ClassName payload) {
        return CodeBlock.builder()
                .add("new $T<>(\n$>$>", Runtime.TOPIC_DESCRIPTOR)
                .add("$S,\n", topic.fullName())
                .add(topic.legacyName().map(l -> CodeBlock.of("$T.of($S),\n", Optional.class, l))
                        .orElse(CodeBlock.of("$T.empty(),\n", Optional.class)))
                .add("$S,\n$L,\n", topic.name().eventType(), topic.name().version())
                .add("$S,\n$L,\n", topic.keyField(), topic.partitions())
                .add("$L,\n", duration(topic.retention()))
                .add("$T.$L,\n", Runtime.CLEANUP_POLICY, topic.cleanupPolicy().name())
                .add("$T.$L,\n", Runtime.TOPIC_DIRECTION, topic.direction().name())
                .add("$T.class,\n", payload)
                .add("$L,\n", keyFunction(types, topic))
                .add("$T.INSTANCE)$<$<", types.codecClass(topic.payload()))
                .build();
    }

    static CodeBlock duration(Duration d) {
        long s = d.getSeconds();
        if (d.getNano() == 0 && s % 86_400 == 0) {
            return CodeBlock.of("$T.ofDays($L)", Duration.class, s / 86_400);
        }
        if (d.getNano() == 0 && s % 3_600 == 0) {
            return CodeBlock.of("$T.ofHours($L)", Duration.class, s / 3_600);
        }
        if (d.getNano() == 0 && s % 60 == 0) {
            return CodeBlock.of("$T.ofMinutes($L)", Duration.class, s / 60);
        }
        return CodeBlock.of("$T.parse($S)", Duration.class, d.toString());
    }

    private static CodeBlock keyFunction(TypeMapper types, Topic topic) {
        if (topic.eventClass().keySource() == EventClass.KeySource.ENVELOPE) {
            return CodeBlock.of("event -> event.correlationId().toString()");
        }
        SchemaType.Property key = topic.payload().property(topic.keyField()).orElseThrow(() -> new IllegalStateException(
                "validated catalog lacks key field " + topic.keyField() + " in " + topic.fullName()));
        CodeBlock access = CodeBlock.of("event.payload().$N()", key.javaName());
        if (!(key.type() instanceof SchemaType.StringType s) || s.format() != SchemaType.StringFormat.NONE
                && s.format() != SchemaType.StringFormat.URI) {
            access = CodeBlock.of("$T.toString($L, null)", Objects.class, access);
        }
        if (topic.broadcastKey().isPresent() && !(key.required() && !key.nullable())) {
            return CodeBlock.of("event -> $T.requireNonNullElse($L, $S)", Objects.class, access, topic.broadcastKey().get());
        }
        return CodeBlock.of("event -> $L", access);
    }

    private JavaFile enumeration(TypeMapper types, List<Topic> topics) {
        ClassName self = ClassName.get(types.catalogPackage(), ENUM_CLASS);
        ClassName topicsClass = topicsClass(types.catalogPackage());
        TypeName anyTopic = ParameterizedTypeName.get(Runtime.ONEX_TOPIC, WildcardTypeName.subtypeOf(Object.class));
        TypeName anyEnvelope = ParameterizedTypeName.get(Runtime.EVENT_ENVELOPE, WildcardTypeName.subtypeOf(Object.class));
        TypeSpec.Builder spec = TypeSpec.enumBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Runtime.generated(TopicGenerator.class))
                .addJavadoc("The ONEX topics of the catalog, one constant each (spec section 10). For typed publishing use\n"
                        + "{@link $T}, whose constants carry the payload type.\n", topicsClass);
        for (Topic topic : topics) {
            String constant = JavaNames.topicConstant(topic.fullName());
            spec.addEnumConstant(constant, TypeSpec.anonymousClassBuilder("$T.$N", topicsClass, constant)
                    .addJavadoc(topicJavadoc(topic))
                    .build());
        }
        spec.addField(anyTopic, "topic", Modifier.PRIVATE, Modifier.FINAL);
        spec.addMethod(MethodSpec.constructorBuilder().addParameter(anyTopic, "topic").addStatement("this.topic = topic").build());
        spec.addMethod(getter("topic", anyTopic, "The typed topic behind this constant.", "topic"));
        spec.addMethod(getter("topicName", ClassName.get(String.class), "Canonical topic name.", "topic.topicName()"));
        spec.addMethod(getter("eventType", ClassName.get(String.class), "Envelope {@code event_type}.", "topic.eventType()"));
        spec.addMethod(getter("schemaVersion", TypeName.INT, "Schema version.", "topic.schemaVersion()"));
        spec.addMethod(getter("keyField", ClassName.get(String.class), "Key field of the keying rule (spec section 5).",
                "topic.keyField()"));
        spec.addMethod(getter("partitions", TypeName.INT, "Partition count.", "topic.partitions()"));
        spec.addMethod(getter("retention", ClassName.get(Duration.class), "Retention.", "topic.retention()"));
        spec.addMethod(getter("cleanupPolicy", Runtime.CLEANUP_POLICY, "Kafka cleanup policy.", "topic.cleanupPolicy()"));
        spec.addMethod(getter("direction", Runtime.TOPIC_DIRECTION, "Direction (spec section 10).", "topic.direction()"));
        spec.addMethod(getter("payloadType", ParameterizedTypeName.get(ClassName.get(Class.class),
                WildcardTypeName.subtypeOf(Object.class)), "The payload record class.", "topic.payloadType()"));
        spec.addMethod(getter("legacyTopicName", ParameterizedTypeName.get(Optional.class, String.class),
                "Legacy name of spec section 9, if any.", "topic.legacyTopicName()"));
        spec.addMethod(MethodSpec.methodBuilder("keyOf")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The key the keying rule derives for an event of this topic.\n\n"
                        + "@throws IllegalArgumentException when the event's payload is not this topic's payload type\n")
                .addParameter(anyEnvelope, "event")
                .returns(String.class)
                .addStatement("return keyOf(topic, event)")
                .build());
        TypeVariableName p = TypeVariableName.get("P");
        spec.addMethod(MethodSpec.methodBuilder("keyOf")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(p)
                .addParameter(ParameterizedTypeName.get(Runtime.ONEX_TOPIC, p), "topic")
                .addParameter(anyEnvelope, "event")
                .returns(String.class)
                .beginControlFlow("if (!topic.payloadType().isInstance(event.payload()))")
                .addStatement("throw new IllegalArgumentException(\"payload \" + event.payload().getClass().getName() "
                        + "+ \" does not belong to topic \" + topic.topicName() + \", which carries \" "
                        + "+ topic.payloadType().getName())")
                .endControlFlow()
                .addStatement("@SuppressWarnings(\"unchecked\") $T typed = ($T) event",
                        ParameterizedTypeName.get(Runtime.EVENT_ENVELOPE, p), ParameterizedTypeName.get(Runtime.EVENT_ENVELOPE, p))
                .addStatement("return topic.keyOf(typed)")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("valueSerde")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("A Kafka serde of this topic's envelope.\n")
                .returns(ParameterizedTypeName.get(Runtime.KAFKA_SERDE, WildcardTypeName.subtypeOf(anyEnvelope)))
                .addStatement("return new $T<>(topic)", Runtime.ENVELOPE_SERDE)
                .build());
        MethodSpec.Builder find = MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The topic with this canonical or legacy name, if any.\n")
                .addParameter(String.class, "name")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .beginControlFlow("switch (name)");
        for (Topic topic : topics) {
            CodeBlock labels = topic.legacyName().map(l -> CodeBlock.of("$S, $S", topic.fullName(), l))
                    .orElse(CodeBlock.of("$S", topic.fullName()));
            find.addCode("case $L:\n$>", labels)
                    .addStatement("return $T.of($N)", Optional.class, JavaNames.topicConstant(topic.fullName()))
                    .addCode("$<");
        }
        find.addCode("default:\n$>").addStatement("return $T.empty()", Optional.class).addCode("$<").endControlFlow();
        spec.addMethod(find.build());
        spec.addMethod(MethodSpec.methodBuilder("fromTopicName")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The topic with this canonical or legacy name.\n\n@throws IllegalArgumentException for any other name\n")
                .addParameter(String.class, "name")
                .returns(self)
                .addStatement("return find(name).orElseThrow(() -> new IllegalArgumentException(\"unknown ONEX topic '\" "
                        + "+ name + \"': not a canonical or legacy name of the catalog\"))")
                .build());
        return JavaFile.builder(types.catalogPackage(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private static MethodSpec getter(String name, TypeName type, String doc, String expression) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L\n", doc)
                .returns(type)
                .addStatement("return $L", expression)
                .build();
    }
}
