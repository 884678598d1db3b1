package io.onex.plugin.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * Names of the SDK runtime types that generated code refers to: the node API in {@code io.onex.sdk},
 * the JSON and constraint support in {@code io.onex.sdk.codec}, the redactor in {@code io.onex.sdk.redact}, the Kafka
 * serdes in {@code io.onex.sdk.serde}.
 */
final class Runtime {
    static final String SDK = "io.onex.sdk";
    static final String CODEC = SDK + ".codec";
    static final ClassName EVENT_ENVELOPE = ClassName.get(SDK, "EventEnvelope");
    static final ClassName ONEX_TOPIC = ClassName.get(SDK, "OnexTopic");
    static final ClassName TOPIC_DESCRIPTOR = ClassName.get(SDK, "TopicDescriptor");
    static final ClassName PAYLOAD_CODEC = ClassName.get(CODEC, "PayloadCodec");
    static final ClassName JSON = ClassName.get(CODEC, "Json");
    static final ClassName CHECKS = ClassName.get(CODEC, "Checks");
    static final ClassName REDACTOR = ClassName.get(SDK + ".redact", "Redactor");
    static final ClassName VALIDATION_EXCEPTION = ClassName.get(SDK, "OnexValidationException");
    static final ClassName READ_EXCEPTION = ClassName.get(CODEC, "JsonReadException");
    static final ClassName CLEANUP_POLICY = ClassName.get(SDK, "CleanupPolicy");
    static final ClassName TOPIC_DIRECTION = ClassName.get(SDK, "TopicDirection");
    static final ClassName EVENT_BUS = ClassName.get(SDK, "EventBus");
    static final ClassName PUBLISH_RESULT = ClassName.get(SDK, "PublishResult");
    static final ClassName RECORD_DISPATCHER = ClassName.get(SDK, "RecordDispatcher");
    static final ClassName BUS_RECORD = ClassName.get(SDK, "BusRecord");
    static final ClassName ENVELOPE_SERIALIZER = ClassName.get(SDK + ".serde", "EnvelopeSerializer");
    static final ClassName ENVELOPE_DESERIALIZER = ClassName.get(SDK + ".serde", "EnvelopeDeserializer");
    static final ClassName ENVELOPE_KEY_SERIALIZER = ClassName.get(SDK + ".serde", "EnvelopeKeySerializer");
    static final ClassName ENVELOPE_SERDE = ClassName.get(SDK + ".serde", "EnvelopeSerde");
    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
    static final ClassName KAFKA_SERDE = ClassName.get("org.apache.kafka.common.serialization", "Serde");
    static final ClassName CONSUMER_RECORD = ClassName.get("org.apache.kafka.clients.consumer", "ConsumerRecord");

    private Runtime() {
    }

    /** {@code @Generated("<generator class>")}, no date, so output is deterministic. */
    static AnnotationSpec generated(Class<?> generator) {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", generator.getName())
                .build();
    }
}
