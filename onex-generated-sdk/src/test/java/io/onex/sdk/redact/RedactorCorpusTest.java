package io.onex.sdk.redact;

import static io.onex.sdk.redact.Redactor.REDACTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A reviewed corpus of secret shapes: each secret must be gone, the text around it kept. */
class RedactorCorpusTest {

    private static final Redactor STRICT = Redactor.strict();
    private static final Redactor INTERNAL = Redactor.forEnvironment(true);

    static List<Arguments> secretsInText() {
        return List.of(
                Arguments.of("url credentials", "connect to postgres://admin:s3cr3tP4ss@db/app failed", "s3cr3tP4ss", "admin"),
                Arguments.of("url credentials with @ in password", "redis://svc:p@ss@w0rd!@cache:6379", "ss@w0rd!", "svc"),
                Arguments.of("jdbc url credentials", "jdbc:postgresql://app_user:Zx9-ab!cd@10.1.2.3:5432/registry", "Zx9-ab!cd", "app_user"),
                Arguments.of("bearer token", "Authorization: Bearer abcDEF123._-~+/xyz=", "abcDEF123._-~+/xyz=", null),
                Arguments.of("lowercase bearer", "sent header bearer tok_9f8e7d6c5b4a", "tok_9f8e7d6c5b4a", null),
                Arguments.of("basic credentials", "Authorization: Basic dXNlcjpodW50ZXIy", "dXNlcjpodW50ZXIy", null),
                Arguments.of("jwt", "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U rejected",
                        "eyJzdWIiOiIxMjM0NTY3ODkwIn0", null),
                Arguments.of("pem private key", "key: -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq\nq5H3x+Y=\n-----END RSA PRIVATE KEY----- loaded",
                        "MIIEowIBAAKCAQEA7bq", null),
                Arguments.of("truncated pem private key", "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAAS", "MIIEvQIBADANBgkqhkiG9w0BAQEFAAS", null),
                Arguments.of("aws access key id", "used AKIAIOSFODNN7EXAMPLE for s3", "AKIAIOSFODNN7EXAMPLE", null),
                Arguments.of("aws secret in key=value", "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI", null),
                Arguments.of("password=value", "login failed password=hunter22 user=bob", "hunter22", null),
                Arguments.of("password: value", "password: 'correct horse'", "correct horse", null),
                Arguments.of("json-ish password", "{\"db_password\": \"Tr0ub4dor&3\", \"port\": 5432}", "Tr0ub4dor&3", null),
                Arguments.of("api key in query string", "GET /v1/items?api_key=AbC123xyz789&page=2", "AbC123xyz789", null),
                Arguments.of("token in query string", "callback?access_token=ya29.a0AfH6SMC&state=1", "ya29.a0AfH6SMC", null),
                Arguments.of("client secret", "client_secret = 8f7e6d5c4b3a2910", "8f7e6d5c4b3a2910", null),
                Arguments.of("github token", "pushed with ghp_1234567890abcdefghijABCDEFGHIJ123456", "ghp_1234567890abcdefghijABCDEFGHIJ123456", null),
                Arguments.of("slack token", "xoxb-123456789012-abcdefghijkl", "xoxb-123456789012-abcdefghijkl", null),
                Arguments.of("token ending in dashes (found by a property test)", "used xoxb-100000000---- now", "xoxb-1000", null),
                Arguments.of("stripe key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", null),
                Arguments.of("google api key", "AIzaSyA-1234567890abcdefghijklmnopqrstu", "AIzaSyA-1234567890abcdefghijklmnopqrstu", null),
                Arguments.of("sk- key", "using sk-proj-abcdefghijklmnopqrstuvwxyz", "sk-proj-abcdefghijklmnopqrstuvwxyz", null),
                Arguments.of("jaas config", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule", "PlainLoginModule", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretsInText")
    @DisplayName("secrets in free text are replaced in every environment")
    void secretsInText(String shape, String text, String secret, String user) {
        for (Redactor r : List.of(STRICT, INTERNAL)) {
            String out = r.redactText(text);
            assertThat(out).as(shape).doesNotContain(secret).contains(REDACTED);
            if (user != null) {
                assertThat(out).as("user name of " + shape).doesNotContain(user + ":");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "db_password", "PASSWORD", "passwd", "pwd", "secret", "client_secret", "token",
        "access_token", "refresh-token", "api_key", "apiKey", "x-api-key", "authorization", "Authorization", "credentials",
        "credential", "private_key", "privateKey", "access_key", "aws_secret_access_key", "cookie", "set-cookie",
        "sasl.jaas.config", "session_id", "auth", "connection_string", "dsn"})
    @DisplayName("a secret key's whole value is replaced, whatever its type")
    void secretKeys(String key) {
        Map<String, Object> in = Map.of(key, Map.of("nested", 42), "operation", "connect");
        assertThat(STRICT.redactMap(in)).containsEntry(key, REDACTED).containsEntry("operation", "connect");
        assertThat(INTERNAL.redactMap(Map.of(key, 12345))).containsEntry(key, REDACTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"operation", "port", "retry_count", "error_code", "node_name", "author", "keyword", "partition_key"})
    @DisplayName("ordinary keys are not secret keys")
    void ordinaryKeys(String key) {
        assertThat(STRICT.isSecretKey(key)).isFalse();
    }

    @Test
    @DisplayName("the spec's example context loses its host outside internal environments and keeps it inside")
    void specExampleContext() {
        Map<String, Object> context = Map.of("host", "db.example.com", "port", 5432, "retry_count", 3);
        assertThat(STRICT.redactMap(context)).containsEntry("host", REDACTED).containsEntry("port", 5432)
                .containsEntry("retry_count", 3);
        assertThat(INTERNAL.redactMap(context)).isEqualTo(context);
    }

    static List<Arguments> hostsInText() {
        return List.of(
                Arguments.of("Connection to db.example.com:5432 refused", "db.example.com"),
                Arguments.of("resolved postgres.svc.cluster.local", "postgres.svc.cluster.local"),
                Arguments.of("timeout talking to 10.0.12.7", "10.0.12.7"),
                Arguments.of("peer 192.168.1.20:9092 disconnected", "192.168.1.20"),
                Arguments.of("bound to fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
                Arguments.of("listening on 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
                Arguments.of("loopback ::1 refused", "::1"),
                Arguments.of("mapped ::ffff:192.0.2.128 seen", "192.0.2.128"),
                Arguments.of("DB.EXAMPLE.COM is down", "DB.EXAMPLE.COM"),
                Arguments.of("see https://consul.internal:8500/v1/health", "consul.internal"),
                Arguments.of("mail ops@corp.example.org", "corp.example.org"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("hostsInText")
    @DisplayName("host names and IPs are removed outside internal environments and kept inside")
    void hostsInText(String text, String host) {
        assertThat(STRICT.redactText(text)).doesNotContain(host).contains(REDACTED);
        assertThat(INTERNAL.redactText(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Connection to PostgreSQL failed",
        "DATABASE_CONNECTION_ERROR",
        "retry 3 of 5 after 250 ms",
        "2025-01-15T10:30:05Z",
        "at 10:30:05 the pool was exhausted",
        "550e8400-e29b-41d4-a716-446655440000",
        "node/postgres-adapter",
        "postgres-adapter-001",
        "version 1.0.0 of the adapter",
        "could not read topics.yaml or contract.yaml",
        "java.lang.IllegalStateException: pool closed",
        "mac 00:1a:2b:3c:4d:5e",
        "e.g. the registry",
        "the basic configuration is fine",
        "authentication failed for the request",
        "key: node_id",
    })
    @DisplayName("ordinary error text is left exactly as it was")
    void benignText(String text) {
        assertThat(STRICT.redactText(text)).isEqualTo(text);
    }

    @Test
    @DisplayName("lists and nested maps are redacted recursively and the input is not modified")
    void nested() {
        Map<String, Object> in = Map.of("attempts", List.of("postgres://u:pw123456@h/db", 3),
                "inner", Map.of("api_key", "abc", "note", "ok"));
        Object out = STRICT.redact(in);
        assertThat(out.toString()).doesNotContain("pw123456").doesNotContain("abc").contains("note=ok").contains("3");
        assertThat(in.get("inner")).isEqualTo(Map.of("api_key", "abc", "note", "ok"));
    }

    @Test
    @DisplayName("null, numbers and booleans pass through")
    void scalars() {
        assertThat(STRICT.redact(null)).isNull();
        assertThat(STRICT.redact(5L)).isEqualTo(5L);
        assertThat(STRICT.redact(true)).isEqualTo(true);
        assertThat(STRICT.redactText("")).isEmpty();
    }

    @Test
    @DisplayName("a text that redaction makes longer than a field's maxLength becomes [REDACTED] as a whole")
    void boundedText() {
        String text = "ok 10.1.2.3";
        assertThat(STRICT.redactText(text, 20)).isEqualTo("ok " + REDACTED);
        assertThat(STRICT.redactText(text, 12)).isEqualTo(REDACTED);
        assertThat(INTERNAL.redactText(text, 11)).isEqualTo(text);
        String emoji = "\uD83D\uDE00".repeat(6);
        assertThat(STRICT.redactText(emoji, 10)).as("counted in characters, not UTF-16 units").isEqualTo(emoji);
    }

    @Test
    @DisplayName("there is no redactor that keeps secrets: the class is final, has no public constructor, and both of its"
            + " instances redact them")
    void noRedactorKeepsSecrets() {
        assertThat(java.lang.reflect.Modifier.isFinal(Redactor.class.getModifiers())).isTrue();
        assertThat(Redactor.class.getConstructors()).isEmpty();
        for (Redactor r : List.of(Redactor.strict(), Redactor.forEnvironment(false), Redactor.forEnvironment(true))) {
            assertThat(r.redactText("password=hunter2")).isEqualTo("password=" + REDACTED);
        }
    }
}
