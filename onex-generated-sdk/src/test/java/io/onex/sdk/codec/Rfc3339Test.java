package io.onex.sdk.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    private static String format(Instant instant) {
        char[] buf = new char[Rfc3339.MAX_LENGTH];
        return new String(buf, 0, Rfc3339.format(instant, buf));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1970-01-01T00:00:00Z",
        "2024-02-29T23:59:59.123Z",
        "2024-02-29T23:59:59.100Z",
        "2024-02-29T23:59:59.123456Z",
        "2024-02-29T23:59:59.000001Z",
        "2024-02-29T23:59:59.123456789Z",
        "1969-12-31T23:59:59.999Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
    })
    @DisplayName("Formats in UTC exactly as Instant.toString does for years 0 to 9999, fraction in 3, 6 or 9 digits")
    void formatsLikeInstantToString(String text) {
        Instant instant = Instant.parse(text);
        assertThat(format(instant)).isEqualTo(instant.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00.123456789Z",
        "+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z"})
    @DisplayName("Outside years 0 to 9999 it writes what Instant.toString writes")
    void fallsBackOutsideFourDigitYears(String text) {
        Instant instant = Instant.parse(text);
        assertThat(format(instant)).isEqualTo(instant.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-01T12:30:45Z",
        "2024-03-01t12:30:45z",
        "2024-03-01T12:30:45+00:00",
        "2024-03-01T12:30:45-00:00",
        "2024-03-01T12:30:45+02:00",
        "2024-03-01T00:30:45+05:30",
        "2024-03-01T12:30:45.1Z",
        "2024-03-01T12:30:45.12+01:00",
        "2024-03-01T12:30:45.123456789-08:00",
        "2000-02-29T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
    })
    @DisplayName("Parses date-times with T or t, Z, z or a numeric offset, and any fraction, to the JDK's instant")
    void parsesLikeTheJdk(String text) {
        assertThat(Rfc3339.parse(text)).isEqualTo(OffsetDateTime.parse(text.toUpperCase(Locale.ROOT)).toInstant());
    }

    @Test
    @DisplayName("Offsets up to 23:59 either way are read, beyond the JDK's 18:00")
    void readsOffsetsBeyondTheJdks() {
        assertThat(Rfc3339.parse("2024-03-01T23:30:45-23:59")).isEqualTo(Instant.parse("2024-03-02T23:29:45Z"));
        assertThat(Rfc3339.parse("2024-03-01T23:30:45+23:59")).isEqualTo(Instant.parse("2024-02-29T23:31:45Z"));
    }

    @Test
    @DisplayName("Fraction digits after the ninth are ignored")
    void truncatesBeyondNanoseconds() {
        assertThat(Rfc3339.parse("2024-03-01T12:30:45.1234567899Z")).isEqualTo(Instant.parse("2024-03-01T12:30:45.123456789Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "2024-03-01",
        "2024-03-01T12:30:45",
        "2024-03-01 12:30:45Z",
        "2024-3-01T12:30:45Z",
        "+2024-03-01T12:30:45Z",
        "２０２４-03-01T12:30:45Z",
        "2024-00-01T12:30:45Z",
        "2024-13-01T12:30:45Z",
        "2024-02-30T12:30:45Z",
        "2023-02-29T12:30:45Z",
        "1900-02-29T12:30:45Z",
        "2024-04-31T12:30:45Z",
        "2024-03-01T24:00:00Z",
        "2024-03-01T12:60:45Z",
        "2024-03-01T12:30:61Z",
        "2024-03-01T12:30:45.Z",
        "2024-03-01T12:30:45.123",
        "2024-03-01T12:30:45+0200",
        "2024-03-01T12:30:45+02",
        "2024-03-01T12:30:45+24:00",
        "2024-03-01T12:30:45+02:60",
        "2024-03-01T12:30:45Zjunk",
        "2024-03-01T12:30:45+02:00junk",
    })
    @DisplayName("Anything else is no date-time: null")
    void refusesWhatIsNotADateTime(String text) {
        assertThat(Rfc3339.parse(text)).isNull();
    }

    @Test
    @DisplayName("A leap second (second 60) is refused: the JDK's OffsetDateTime knows no second 60")
    void refusesLeapSecond() {
        assertThat(Rfc3339.parse("2016-12-31T23:59:60Z")).isNull();
        assertThat(Rfc3339.parse("2016-12-31t23:59:60.5z")).isNull();
    }

    @Test
    @DisplayName("the JSON writer has room for the longest instant")
    void writesTheLongestInstant() throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator generator = new com.fasterxml.jackson.core.JsonFactory()
                .createGenerator(out)) {
            Json.writeInstant(generator, Instant.MAX);
        }
        assertThat(out.toString()).isEqualTo("\"" + Instant.MAX + "\"");
        assertThat(Instant.MAX.toString()).hasSize(Rfc3339.MAX_LENGTH);
    }
}
