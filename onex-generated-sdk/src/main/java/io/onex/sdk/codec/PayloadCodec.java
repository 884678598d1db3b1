package io.onex.sdk.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Streaming JSON reader and writer of one payload type. Implementations are generated; they
 * check every schema constraint while reading and never return a partly built value.
 *
 * @param <P> the payload type
 */
public interface PayloadCodec<P> {

    /** Writes the value as one JSON object. */
    void write(JsonGenerator generator, P value) throws IOException;

    /**
     * Reads one JSON object; the parser stands on its {@code START_OBJECT}.
     *
     * @param pointer JSON pointer of the object, used in error messages
     * @throws JsonReadException when the value is malformed or breaks a constraint
     */
    P read(JsonParser parser, String pointer) throws IOException;
}
