package io.onex.bench.codec;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.onex.sdk.EventEnvelope;

/**
 * Jackson databind, no schema validation. On the hand-written plain records ({@code jackson}, the
 * baseline) or on the generated records ({@code jackson-records}), whose constructors still run
 * their constraint checks when Jackson builds them.
 */
final class JacksonContender implements Contender {
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final Object event;

    JacksonContender(EventKind kind, boolean generatedRecords) {
        ObjectMapper mapper = Mappers.databind();
        JavaType type = generatedRecords
                ? mapper.getTypeFactory().constructParametricType(EventEnvelope.class, kind.topic().payloadType())
                : mapper.getTypeFactory().constructParametricType(PlainEvents.Envelope.class, kind.plainPayload());
        this.reader = mapper.readerFor(type);
        this.writer = mapper.writerFor(type);
        try {
            this.event = reader.readValue(kind.fixture());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("fixture does not bind: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean validates() {
        return false;
    }

    @Override
    public Object event() {
        return event;
    }

    @Override
    public byte[] serialize(Object value) throws Exception {
        return writer.writeValueAsBytes(value);
    }

    @Override
    public Object deserialize(byte[] bytes) throws Exception {
        return reader.readValue(bytes);
    }
}
