package io.onex.sdk.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property tests: over the years 0 to 9999 the codec writes what Instant.toString writes and reads any RFC 3339 date-time. */
class Rfc3339PropertiesTest {

    private static final long FIRST_SECOND = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    /** Whole seconds, milli-, micro- and nanosecond fractions, equally often. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND), nanos).as(Instant::ofEpochSecond);
    }

    /** A date-time as RFC 3339 writes it, and its instant. */
    record Written(String text, Instant instant) {
    }

    /**
     * Years 0 to 9999, 0 to 9 fraction digits, any offset RFC 3339 allows (up to 23:59 either way,
     * beyond the JDK's ZoneOffset), so the expected instant is computed from the local time here.
     */
    @Provide
    Arbitrary<Written> written() {
        Arbitrary<Integer> offsetMinutes = Arbitraries.integers().between(-(23 * 60 + 59), 23 * 60 + 59);
        Arbitrary<Integer> fractionDigits = Arbitraries.integers().between(0, 9);
        return Combinators.combine(Arbitraries.longs().between(FIRST_SECOND + 86_400, LAST_SECOND - 86_400),
                Arbitraries.integers().between(0, 999_999_999), fractionDigits, offsetMinutes)
                .as((second, nano, digits, minutes) -> {
                    int kept = nano - nano % POWERS_OF_TEN[9 - digits];
                    LocalDateTime local = LocalDateTime.ofEpochSecond(second + minutes * 60L, kept, ZoneOffset.UTC);
                    String fraction = digits == 0 ? "" : "." + String.format(Locale.ROOT, "%09d", kept).substring(0, digits);
                    String offset = minutes == 0 ? (second % 2 == 0 ? "Z" : "+00:00")
                            : String.format(Locale.ROOT, "%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                                    Math.abs(minutes) % 60);
                    return new Written(local.format(LOCAL) + fraction + offset, Instant.ofEpochSecond(second, kept));
                });
    }

    @Property(tries = 2000)
    @Label("format writes what Instant.toString writes")
    void formatsLikeInstantToString(@ForAll("instants") Instant instant) {
        char[] buf = new char[30];
        assertThat(new String(buf, 0, Rfc3339.format(instant, buf))).isEqualTo(instant.toString());
    }

    @Property(tries = 2000)
    @Label("parse reads back what format wrote")
    void roundTrips(@ForAll("instants") Instant instant) {
        char[] buf = new char[30];
        assertThat(Rfc3339.parse(new String(buf, 0, Rfc3339.format(instant, buf)))).isEqualTo(instant);
    }

    @Property(tries = 2000)
    @Label("parse gives the instant of any offset and fraction length")
    void parsesAnyOffsetAndFraction(@ForAll("written") Written written) {
        assertThat(Rfc3339.parse(written.text())).as(written.text()).isEqualTo(written.instant());
    }
}
