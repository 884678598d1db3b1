package io.onex.sdk.codec;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * RFC 3339 date-times ({@code format: date-time}) read and written without the JDK's formatters:
 * {@code Instant.parse} and {@code Instant.toString} dominate the cost of small events.
 */
public final class Rfc3339 {

    /** The longest text {@link #format} writes: a signed ten-digit year with nanoseconds ({@link Instant#MAX}). */
    public static final int MAX_LENGTH = 37;

    private Rfc3339() {
    }

    /**
     * Formats in UTC as {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, the fraction in 3, 6 or 9 digits
     * as needed, like {@link Instant#toString()} for years 0 to 9999.
     *
     * @return the number of chars written into {@code buf}, which must hold {@link #MAX_LENGTH}
     */
    public static int format(Instant instant, char[] buf) {
        long seconds = instant.getEpochSecond();
        long days = Math.floorDiv(seconds, 86_400L);
        int secOfDay = (int) Math.floorMod(seconds, 86_400L);
        // civil-from-days, proleptic Gregorian (H. Hinnant's algorithm)
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long doe = z - era * 146_097L;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long year = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (month <= 2) {
            year++;
        }
        if (year < 0 || year > 9999) {
            String s = instant.toString();
            s.getChars(0, s.length(), buf, 0);
            return s.length();
        }
        int y = (int) year;
        buf[0] = (char) ('0' + y / 1000);
        buf[1] = (char) ('0' + y / 100 % 10);
        buf[2] = (char) ('0' + y / 10 % 10);
        buf[3] = (char) ('0' + y % 10);
        buf[4] = '-';
        two(buf, 5, month);
        buf[7] = '-';
        two(buf, 8, day);
        buf[10] = 'T';
        two(buf, 11, secOfDay / 3600);
        buf[13] = ':';
        two(buf, 14, secOfDay / 60 % 60);
        buf[16] = ':';
        two(buf, 17, secOfDay % 60);
        int pos = 19;
        int nanos = instant.getNano();
        if (nanos != 0) {
            buf[pos++] = '.';
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            int value = digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1_000 : nanos;
            for (int i = digits - 1; i >= 0; i--) {
                buf[pos + i] = (char) ('0' + value % 10);
                value /= 10;
            }
            pos += digits;
        }
        buf[pos++] = 'Z';
        return pos;
    }

    private static void two(char[] buf, int at, int value) {
        buf[at] = (char) ('0' + value / 10);
        buf[at + 1] = (char) ('0' + value % 10);
    }

    /**
     * Parses an RFC 3339 date-time ({@code T} or {@code t}, {@code Z}, {@code z} or a numeric
     * offset, any fraction length, digits after the ninth ignored). Returns null when the text is
     * not one, and for a leap second (second 60).
     */
    public static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (pos < n && s.charAt(pos) == '.') {
            pos++;
            int start = pos;
            while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                if (pos - start < 9) {
                    nanos = nanos * 10 + (s.charAt(pos) - '0');
                }
                pos++;
            }
            int count = pos - start;
            if (count == 0) {
                return null;
            }
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (pos >= n) {
            return null;
        }
        int offsetSeconds;
        char c = s.charAt(pos);
        if ((c == 'Z' || c == 'z') && pos + 1 == n) {
            offsetSeconds = 0;
        } else if ((c == '+' || c == '-') && pos + 6 == n && s.charAt(pos + 3) == ':') {
            int oh = digits(s, pos + 1, 2);
            int om = digits(s, pos + 4, 2);
            if (oh < 0 || oh > 23 || om < 0 || om > 59) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (second == 60) {
            // A leap second goes to the JDK, which refuses it: OffsetDateTime knows no second 60
            // (Instant.parse would read it as second 59).
            try {
                return OffsetDateTime.parse(s.toUpperCase(Locale.ROOT)).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        long epochDay = daysFromCivil(year, month, day);
        long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}
