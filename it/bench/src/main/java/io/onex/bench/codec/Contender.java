package io.onex.bench.codec;

/**
 * One way of turning an event into JSON bytes and back. Each contender holds the event in its own
 * Java representation, built once from the fixture.
 */
public interface Contender {

    /** The event in this contender's representation. */
    Object event();

    byte[] serialize(Object event) throws Exception;

    Object deserialize(byte[] bytes) throws Exception;

    /** The JSON document inside this contender's wire bytes (a serde may frame it). */
    default byte[] json(byte[] wire) {
        return wire;
    }

    /** The wire bytes that carry a JSON document, the inverse of {@link #json}. */
    default byte[] wire(byte[] json) {
        return json;
    }

    /** Whether reading checks the schema's constraints (and so must refuse a value out of range). */
    default boolean validates() {
        return true;
    }

    /** Builds the contender for an event; the names are the JMH parameter values. */
    static Contender create(String name, EventKind kind) {
        return switch (name) {
            case "onex" -> new OnexContender(kind);
            case "jackson" -> new JacksonContender(kind, false);
            case "jackson-records" -> new JacksonContender(kind, true);
            case "jackson-networknt" -> new NetworkntContender(kind);
            case "apicurio" -> new ApicurioContender(kind);
            default -> throw new IllegalArgumentException("unknown contender " + name);
        };
    }
}
