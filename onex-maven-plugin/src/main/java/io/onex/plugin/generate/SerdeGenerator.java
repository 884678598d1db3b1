package io.onex.plugin.generate;

import io.onex.plugin.model.JavaNames;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Keyed Kafka serializers per topic, as classes with no-argument constructors so that Kafka
 * can instantiate them from configuration ({@code value.serializer=...$ValueSerializer}).
 * The key serializer derives the key from the event, so nobody passes a key by hand.
 */
public final class SerdeGenerator implements Generator {

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        if (!model.options().generateCatalogTypes()) {
            return Stream.empty();
        }
        TypeMapper types = new TypeMapper(model.options().catalogPackage());
        return model.catalog().topics().stream().map(t -> file(types, t));
    }

    static ClassName serdesClass(String catalogPackage, Topic topic) {
        return ClassName.get(catalogPackage + ".serde", JavaNames.pascalCase(JavaNames.topicConstant(topic.fullName()).toLowerCase(java.util.Locale.ROOT)) + "Serdes");
    }

    private JavaFile file(TypeMapper types, Topic topic) {
        ClassName self = serdesClass(types.catalogPackage(), topic);
        ClassName payload = types.recordClass(topic.payload());
        ClassName topics = TopicGenerator.topicsClass(types.catalogPackage());
        String constant = JavaNames.topicConstant(topic.fullName());
        String redaction = redactionNote(topic.payload());
        TypeSpec spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(Runtime.generated(SerdeGenerator.class))
                .addJavadoc("Kafka serializers of {@code $L}: the value as compact JSON, the key by the keying rule ({@code $L}).\n",
                        topic.fullName(), topic.keyField())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addType(nested("ValueSerializer", Runtime.ENVELOPE_SERIALIZER, payload, topics, constant,
                        "Value serializer of {@code " + topic.fullName() + "}" + redaction + "."))
                .addType(nested("ValueDeserializer", Runtime.ENVELOPE_DESERIALIZER, payload, topics, constant,
                        "Value deserializer of {@code " + topic.fullName() + "}; bad records raise OnexDeserializationException."))
                .addType(nested("KeySerializer", Runtime.ENVELOPE_KEY_SERIALIZER, payload, topics, constant,
                        "Key serializer of {@code " + topic.fullName() + "}: takes the event and writes its {@code "
                                + topic.keyField() + "}."))
                .addType(nested("ValueSerde", Runtime.ENVELOPE_SERDE, payload, topics, constant,
                        "Value serde of {@code " + topic.fullName() + "}" + redaction + "."))
                .build();
        return JavaFile.builder(types.catalogPackage() + ".serde", spec).skipJavaLangImports(true).indent("    ").build();
    }

    /**
     * For a payload with fields marked {@code x-onex-redact}: names them and the one setting, so that whoever
     * configures the serializer by class name finds both here.
     */
    private static String redactionNote(SchemaType.ObjectType payload) {
        List<String> fields = new ArrayList<>();
        redactedFields(payload, "", fields);
        if (fields.isEmpty()) {
            return "";
        }
        return "; it redacts " + String.join(", ", fields) + " (spec section 6.6), keeping host names and IPs only"
                + " when the client configuration sets {@code onex.redaction.internal.environment=true}";
    }

    private static void redactedFields(SchemaType.ObjectType object, String prefix, List<String> out) {
        for (SchemaType.Property p : object.properties()) {
            if (p.redacted()) {
                out.add("{@code " + prefix + p.jsonName() + "}");
            } else if (p.type() instanceof SchemaType.ObjectType nested) {
                redactedFields(nested, prefix + p.jsonName() + ".", out);
            }
        }
    }

    private static TypeSpec nested(String name, ClassName base, ClassName payload, ClassName topics, String constant, String doc) {
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(base, payload))
                .addJavadoc("$L\n", doc)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.$N)", topics, constant)
                        .build())
                .build();
    }
}
