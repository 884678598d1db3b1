package io.onex.sdk.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Recognizes the broker's refusals of a client: an authorization denial (no ACL allows the operation on a topic, a
 * group or the cluster) or an authentication failure (credentials refused). Neither is an outage that waiting or
 * retrying cures: the bus does not count it against its circuit breaker and the consumer runner stops on it.
 */
final class AccessDenial {

    private AccessDenial() {
    }

    /** The authorization or authentication exception in the cause chain of an error, if any. */
    static Optional<RuntimeException> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthorizationException || t instanceof AuthenticationException) {
                return Optional.of((RuntimeException) t);
            }
        }
        return Optional.empty();
    }

    /**
     * The principal the broker most likely sees for these client properties, for messages: {@code User:<username>}
     * of a SASL/PLAIN or SCRAM login (Kafka's default principal builder), empty otherwise (TLS certificates,
     * Kerberos, OAuth and custom principal builders decide it elsewhere). Reads only the user name, never the
     * password.
     */
    static Optional<String> principal(Map<String, ?> clientProperties) {
        Object mechanism = clientProperties.get(SaslConfigs.SASL_MECHANISM);
        Object jaas = clientProperties.get(SaslConfigs.SASL_JAAS_CONFIG);
        if (mechanism == null || jaas == null) {
            return Optional.empty();
        }
        String m = mechanism.toString().trim().toUpperCase(Locale.ROOT);
        if (!m.equals("PLAIN") && !m.startsWith("SCRAM-")) {
            return Optional.empty();
        }
        String text = jaas instanceof Password p ? p.value() : jaas.toString();
        return userName(text).map(u -> "User:" + u);
    }

    /** The value of {@code username="..."} in a JAAS configuration line. */
    private static Optional<String> userName(String jaas) {
        for (int at = jaas.indexOf("username"); at >= 0; at = jaas.indexOf("username", at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(jaas.charAt(at - 1))) {
                continue;
            }
            int i = skipSpaces(jaas, at + "username".length());
            if (i >= jaas.length() || jaas.charAt(i) != '=') {
                continue;
            }
            i = skipSpaces(jaas, i + 1);
            if (i < jaas.length() && jaas.charAt(i) == '"') {
                int end = jaas.indexOf('"', i + 1);
                return end > i + 1 ? Optional.of(jaas.substring(i + 1, end)) : Optional.empty();
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code "principal User:x"} or {@code "this client's principal"}. */
    static String describe(Optional<String> principal) {
        return principal.map(p -> "principal " + p).orElse("this client's principal");
    }
}
