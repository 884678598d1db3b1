package io.onex.plugin.parse;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding that reports where a bad byte sequence starts. */
final class Utf8 {

    private Utf8() {
    }

    /** The decoded text, or a diagnostic at the first malformed byte. A leading byte order mark is dropped. */
    static Decoded decode(SourceFile file) {
        byte[] bytes = file.content();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            SourceLocation at = new SourceLocation(file.displayPath(), line, offset - lineStart + 1);
            return new Decoded(null, Optional.of(Diagnostic.error(at, "", ParseRule.ENCODING.id(),
                    String.format("byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[offset] & 0xFF))));
        }
        out.flip();
        return new Decoded(out.toString(), Optional.empty());
    }

    record Decoded(String text, Optional<Diagnostic> problem) {
    }
}
