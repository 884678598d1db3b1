package io.onex.bench.codec;

import io.onex.sdk.EventEnvelope;
import io.onex.sdk.codec.EnvelopeCodec;

/**
 * The generated code: the topic's {@link EnvelopeCodec} (streaming Jackson core, every schema
 * constraint checked while reading, through the generated record's constructor).
 */
final class OnexContender implements Contender {
    private final EnvelopeCodec<Object> codec;
    private final EventEnvelope<Object> event;

    @SuppressWarnings("unchecked")
    OnexContender(EventKind kind) {
        this.codec = (EnvelopeCodec<Object>) kind.topic().codec();
        this.event = codec.decode(kind.fixture());
    }

    @Override
    public Object event() {
        return event;
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] serialize(Object value) {
        return codec.encode((EventEnvelope<Object>) value);
    }

    @Override
    public Object deserialize(byte[] bytes) {
        return codec.decode(bytes);
    }
}
