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
import com.palantir.javapoet.WildcardTypeName;
import io.onex.plugin.model.Contract;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Per contract with subscriptions: a subscriber interface with one handler per
 * {@code subscribes} channel, and a dispatcher that decodes a consumed record with its topic's
 * codec and calls the right handler.
 */
public final class SubscriberGenerator implements Generator {

    @Override
    public Stream<JavaFile> generate(GenerationModel model) {
        TypeMapper types = new TypeMapper(model.options().catalogPackage());
        String pkg = model.options().contractPackage();
        return model.contracts().stream()
                .filter(c -> !c.subscribes().isEmpty())
                .flatMap(c -> Stream.of(subscriber(types, pkg, c), dispatcher(types, pkg, c)));
    }

    private static ClassName subscriberClass(String pkg, Contract contract) {
        return ClassName.get(pkg, ContractNames.className(contract) + "Subscriber");
    }

    private JavaFile subscriber(TypeMapper types, String pkg, Contract contract) {
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(subscriberClass(pkg, contract))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Runtime.generated(SubscriberGenerator.class))
                .addJavadoc("Handlers of the events node {@code $L} subscribes to in {@code $L}.\n\n"
                        + "<p>Events may be missed by offline consumers and are not acknowledgements (spec section 2).\n",
                        contract.name(), Javadoc.escape(contract.location().file()));
        List<String> names = ContractNames.methods(contract.subscribes(), "on", true);
        for (int i = 0; i < contract.subscribes().size(); i++) {
            Contract.Channel channel = contract.subscribes().get(i);
            ClassName payload = types.recordClass(channel.topic().payload());
            spec.addMethod(MethodSpec.methodBuilder(names.get(i))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc("$L.\n\n<p>Topic {@code $L}, keyed by {@code $L}.\n\n@param event the typed event\n",
                            channel.description().isEmpty() ? "Handles {@code " + channel.eventType() + "}"
                                    : Javadoc.escape(channel.description()),
                            channel.topic().fullName(), channel.topic().keyField())
                    .addParameter(ParameterizedTypeName.get(Runtime.EVENT_ENVELOPE, payload), "event")
                    .build());
        }
        return JavaFile.builder(pkg, spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    private JavaFile dispatcher(TypeMapper types, String pkg, Contract contract) {
        ClassName subscriber = subscriberClass(pkg, contract);
        ClassName self = ClassName.get(pkg, ContractNames.className(contract) + "Dispatcher");
        ClassName topics = TopicGenerator.topicsClass(types.catalogPackage());
        TypeName topicList = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(Runtime.ONEX_TOPIC, WildcardTypeName.subtypeOf(Object.class)));
        CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
        MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Runtime.BUS_RECORD, "record")
                .beginControlFlow("switch (record.topic())");
        List<String> names = ContractNames.methods(contract.subscribes(), "on", true);
        java.util.Set<String> seenTopics = new java.util.HashSet<>();
        for (int i = 0; i < contract.subscribes().size(); i++) {
            Contract.Channel channel = contract.subscribes().get(i);
            String constant = JavaNames.topicConstant(channel.topic().fullName());
            if (!seenTopics.add(channel.topic().fullName())) {
                continue;
            }
            list.add(seenTopics.size() == 1 ? "$T.$N" : ", $T.$N", topics, constant);
            CodeBlock labels = channel.topic().legacyName()
                    .map(l -> CodeBlock.of("$S, $S", channel.topic().fullName(), l))
                    .orElse(CodeBlock.of("$S", channel.topic().fullName()));
            dispatch.addCode("case $L:\n$>", labels)
                    .addStatement("subscriber.$N($T.$N.codec().decode(record.value()))", names.get(i), topics, constant)
                    .addStatement("break$<");
        }
        list.add(")");
        dispatch.addCode("default:\n$>")
                .addStatement("throw new IllegalArgumentException(\"node $L does not subscribe to topic '\" + record.topic() + \"'\")",
                        contract.name())
                .addCode("$<")
                .endControlFlow();
        TypeSpec spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Runtime.RECORD_DISPATCHER)
                .addAnnotation(Runtime.generated(SubscriberGenerator.class))
                .addJavadoc("Routes records of node {@code $L}'s subscriptions to its {@link $T}.\n", contract.name(), subscriber)
                .addField(FieldSpec.builder(topicList, "TOPICS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(list.build())
                        .build())
                .addField(subscriber, "subscriber", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(subscriber, "subscriber")
                        .addStatement("this.subscriber = $T.requireNonNull(subscriber, $S)", Objects.class, "subscriber")
                        .build())
                .addMethod(MethodSpec.methodBuilder("topics")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(topicList)
                        .addStatement("return TOPICS")
                        .build())
                .addMethod(dispatch.build())
                .build();
        return JavaFile.builder(pkg, spec).skipJavaLangImports(true).indent("    ").build();
    }
}
