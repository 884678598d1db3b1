package io.onex.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The invalid corpus: each document in {@code invalid/} differs from a valid example in exactly one way,
 * and {@code invalid/index.csv} names the one violation the validator must report for it.
 */
@DisplayName("Invalid documents")
class InvalidDocumentTest {

    @ParameterizedTest(name = "{0}: {2} at {3} {4}")
    @CsvFileSource(resources = "/invalid/index.csv", numLinesToSkip = 1)
    @DisplayName("each is rejected with exactly the expected keyword at the expected path")
    void rejectedForTheExpectedReason(String file, String schemaName, String keyword, String path, String property) {
        JsonSchema schema = "envelope".equals(schemaName)
                ? OnexResources.envelopeSchema()
                : OnexResources.payloadSchema(schemaName);

        Set<ValidationMessage> errors = schema.validate(OnexResources.readJson("invalid/" + file));

        assertThat(errors).as("violations of %s", file).hasSize(1);
        ValidationMessage error = errors.iterator().next();
        assertThat(error.getType()).as("keyword of: %s", error).isEqualTo(keyword);
        assertThat(error.getInstanceLocation().toString()).as("path of: %s", error).isEqualTo(path);
        if (property != null) {
            assertThat(error.getProperty()).as("property of: %s", error).isEqualTo(property);
        }
    }

    @Test
    @DisplayName("number at least 15, and every one of them is listed in the index")
    void corpusIsCompleteAndLargeEnough() throws IOException {
        List<String> documents = OnexResources.listFiles("invalid").stream().filter(f -> f.endsWith(".json")).toList();
        List<String> indexed;
        try (InputStream in = InvalidDocumentTest.class.getResourceAsStream("/invalid/index.csv")) {
            indexed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.endsWith(".json") || line.contains(".json,"))
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .toList();
        }

        assertThat(documents).hasSizeGreaterThanOrEqualTo(15);
        assertThat(indexed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(documents);
    }
}
