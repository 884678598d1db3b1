package io.onex.sdk.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests: generated secrets of every shape never survive redaction, wherever they are
 * embedded; generated ordinary values come out unchanged.
 */
class RedactorPropertiesTest {

    private static final Redactor STRICT = Redactor.strict();
    private static final Redactor INTERNAL = Redactor.forEnvironment(true);

    /** A text that contains a secret, and the secret. */
    record Case(String shape, String text, String secret) {
    }

    @Property(tries = 300)
    @Label("no generated secret survives in free text, in any environment")
    void secretsInTextAreRemoved(@ForAll("secretCases") Case c, @ForAll("words") String before, @ForAll("words") String after) {
        String text = before + " " + c.text() + " " + after;
        assertThat(STRICT.redactText(text)).as(c.shape()).doesNotContain(c.secret());
        assertThat(INTERNAL.redactText(text)).as(c.shape()).doesNotContain(c.secret());
    }

    @Property(tries = 200)
    @Label("no generated secret survives inside nested maps and lists")
    void secretsInStructuresAreRemoved(@ForAll("secretCases") Case c, @ForAll("secretKeys") String secretKey,
            @ForAll("secretValues") String secretValue, @ForAll("benignKeys") String benignKey) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put(benignKey, List.of("see " + c.text(), 7L));
        inner.put(secretKey, secretValue);
        Map<String, Object> context = Map.of("context", inner, "retry_count", 3L);
        String out = String.valueOf(STRICT.redact(context));
        assertThat(out).doesNotContain(c.secret()).doesNotContain(secretValue).contains("retry_count=3");
    }

    @Property(tries = 300)
    @Label("ordinary text is left unchanged")
    void benignTextUnchanged(@ForAll("benignText") String text) {
        assertThat(STRICT.redactText(text)).isEqualTo(text);
        assertThat(INTERNAL.redactText(text)).isEqualTo(text);
    }

    @Property(tries = 200)
    @Label("ordinary maps are left unchanged")
    void benignMapsUnchanged(@ForAll("benignMaps") Map<String, Object> map) {
        assertThat(STRICT.redactMap(map)).isEqualTo(map);
    }

    @Property(tries = 200)
    @Label("host names and IPv4 addresses go outside internal environments and stay inside")
    void hostsDependOnEnvironment(@ForAll("hosts") String host, @ForAll("words") String before) {
        String text = before + " failed to reach " + host + ":5432, giving up";
        assertThat(STRICT.redactText(text)).doesNotContain(host);
        assertThat(INTERNAL.redactText(text)).isEqualTo(text);
    }

    // ---- generators ----

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                .filter(w -> !w.equals("bearer") && !w.equals("basic"))
                .list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> benignText() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.longs().between(0, 1_000_000).map(String::valueOf),
                Arbitraries.of("node_id", "postgres-adapter-001", "node/postgres-adapter", "(retry)", "-", "50%", "#3"))
                .filter(w -> !w.equalsIgnoreCase("bearer") && !w.equalsIgnoreCase("basic"));
        return word.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> benignKeys() {
        return Arbitraries.of("operation", "port", "retry_count", "error_code", "node_name", "transport_type",
                "table", "attempt", "elapsed_ms", "severity", "partition", "phase", "component");
    }

    @Provide
    Arbitrary<Map<String, Object>> benignMaps() {
        Arbitrary<Object> value = Arbitraries.oneOf(benignText().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast), Arbitraries.of(true, false).map(Object.class::cast));
        return Arbitraries.maps(benignKeys(), value).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> secretKeys() {
        Arbitrary<String> core = Arbitraries.of("password", "passwd", "secret", "token", "api_key", "apikey",
                "authorization", "credentials", "private_key", "access_key", "client_secret", "auth_token", "cookie");
        Arbitrary<String> prefix = Arbitraries.of("", "db_", "x-", "aws_", "Upstream");
        return Combinators.combine(prefix, core).as(String::concat);
    }

    @Provide
    Arbitrary<String> secretValues() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars("!#$%^*_+-~").ofMinLength(10).ofMaxLength(32);
    }

    private static Arbitrary<String> alnum(int min, int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> b64url(int minBytes, int maxBytes) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(minBytes).ofMaxSize(maxBytes)
                .map(b -> Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }

    @Provide
    Arbitrary<String> hosts() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-')
                .ofMinLength(1).ofMaxLength(12).filter(l -> Character.isLetterOrDigit(l.charAt(0))
                        && Character.isLetterOrDigit(l.charAt(l.length() - 1)));
        Arbitrary<String> tld = Arbitraries.of("com", "net", "org", "io", "internal", "local", "prod", "cluster");
        Arbitrary<String> hostname = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), tld)
                .as((labels, t) -> String.join(".", labels) + "." + t);
        Arbitrary<String> ipv4 = Arbitraries.integers().between(0, 255).list().ofSize(4)
                .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
        return Arbitraries.oneOf(hostname, ipv4);
    }

    @Provide
    Arbitrary<Case> secretCases() {
        Arbitrary<String> userPassword = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars("!$%*_~-.@").ofMinLength(10).ofMaxLength(24);
        Arbitrary<Case> url = Combinators.combine(Arbitraries.of("postgres", "mysql", "redis", "amqp", "https", "mongodb+srv"),
                alnum(3, 10), userPassword, hosts())
                .as((scheme, user, pass, host) -> new Case("url", scheme + "://" + user + ":" + pass + "@" + host + "/db", pass));
        Arbitrary<Case> bearer = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars("._~+/-").ofMinLength(16).ofMaxLength(60)
                .map(t -> new Case("bearer", "Authorization: Bearer " + t, t));
        Arbitrary<Case> basic = Combinators.combine(alnum(3, 10), alnum(8, 20))
                .as((u, p) -> Base64.getEncoder().encodeToString((u + ":" + p).getBytes(StandardCharsets.UTF_8)))
                .map(c -> new Case("basic", "Authorization: Basic " + c, c));
        Arbitrary<Case> jwt = Combinators.combine(b64url(10, 40), b64url(10, 120), b64url(16, 64))
                .as((h, p, s) -> "eyJ" + h + "." + p + "." + s)
                .map(t -> new Case("jwt", "token " + t + " rejected", t.substring(0, Math.min(t.length(), 24))));
        Arbitrary<Case> pem = Combinators.combine(Arbitraries.of("", "RSA ", "EC ", "OPENSSH ", "ENCRYPTED "),
                Arbitraries.bytes().array(byte[].class).ofMinSize(24).ofMaxSize(200))
                .as((kind, der) -> {
                    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
                    return new Case("pem", "-----BEGIN " + kind + "PRIVATE KEY-----\n" + body + "\n-----END " + kind
                            + "PRIVATE KEY-----", body.substring(0, Math.min(20, body.length())));
                });
        Arbitrary<Case> aws = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(16)
                .map(s -> new Case("aws", "AKIA" + s, "AKIA" + s));
        Arbitrary<Case> keyValue = Combinators.combine(secretKeys(), Arbitraries.of("=", ": ", " = ", ":"), secretValues())
                .as((k, sep, v) -> new Case("key=value", k + sep + v, v));
        Arbitrary<Case> quoted = Combinators.combine(secretKeys(), alnum(4, 10).map(s -> s + " " + s + "&,;)"))
                .as((k, v) -> new Case("quoted", "{\"" + k + "\": \"" + v + "\"}", v));
        Arbitrary<Case> known = Arbitraries.oneOf(
                alnum(36, 40).map(s -> "ghp_" + s),
                Arbitraries.strings().withCharRange('0', '9').withChars('-').ofMinLength(12).ofMaxLength(30).map(s -> "xoxb-1" + s),
                alnum(24, 32).map(s -> "sk_live_" + s))
                .map(t -> new Case("known token", "used " + t, t));
        return Arbitraries.oneOf(url, bearer, basic, jwt, pem, aws, keyValue, quoted, known);
    }
}
