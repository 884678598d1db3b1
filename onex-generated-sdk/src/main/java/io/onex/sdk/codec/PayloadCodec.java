package io.onex.sdk.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.onex.sdk.redact.Redactor;
import java.io.IOException;

/**
 * Streaming JSON reader and writer of one payload type. Implementations are generated; they
 * check every schema constraint while reading and never return a partly built value, and they
 * redact on writing every field the schema marks {@code x-onex-redact} (spec section 6.6).
 *
 * @param <P> the payload type
 */
public interface PayloadCodec<P> {

    /**
     * Writes the value as one JSON object.
     *
     * @param redactor applied to every field marked {@code x-onex-redact}, also in nested objects; there is no
     *     redactor that keeps secrets, only {@link Redactor#strict()} and the internal-environment one that keeps
     *     hostnames and IPs
     */
    void write(JsonGenerator generator, P value, Redactor redactor) throws IOException;

    /**
     * Reads one JSON object; the parser stands on its {@code START_OBJECT}.
     *
     * @param pointer JSON pointer of the object, used in error messages
     * @throws JsonReadException when the value is malformed or breaks a constraint
     */
    P read(JsonParser parser, String pointer) throws IOException;
}
