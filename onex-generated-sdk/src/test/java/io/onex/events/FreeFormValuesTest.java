package io.onex.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onex.sdk.OnexValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A map of free-form values (the error's context)")
class FreeFormValuesTest {

    private static ErrorDetectedPayload.Builder error() {
        return ErrorDetectedPayload.builder().errorCode("DATABASE_CONNECTION_ERROR").severity(ErrorSeverity.ERROR)
                .message("Connection to PostgreSQL failed");
    }

    @Test
    @DisplayName("refuses a value that is no JSON value in the constructor, naming the entry")
    void refusesNonJson() {
        assertThatThrownBy(() -> error().context(Map.of("started", new java.util.Date())).build())
                .isInstanceOfSatisfying(OnexValidationException.class, e -> assertThat(e.getMessage())
                        .contains("context/started", "not a JSON value: java.util.Date"));
    }

    @Test
    @DisplayName("keeps JSON values, nested ones included, with integers widened as a reader would read them")
    void keepsJson() {
        ErrorDetectedPayload p = error().context(Map.of("port", 5432, "hosts", List.of("a", Map.of("b", true))))
                .build();
        assertThat(p.context()).containsEntry("port", 5432L).containsEntry("hosts", List.of("a", Map.of("b", true)));
    }
}
