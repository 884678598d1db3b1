package io.onex.sdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessDenialTest {

    private static final String PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule required ";
    private static final String SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule required ";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            PLAIN         | username="node-service" password="node-secret";          | User:node-service
            PLAIN         | username = "tenant-a.node-service"  password = "x";      | User:tenant-a.node-service
            SCRAM-SHA-512 | password="x" username="registry-service";               | User:registry-service
            PLAIN         | password="x";                                            | none
            GSSAPI        | username="kerberos-user";                                | none
            OAUTHBEARER   | username="oauth-user";                                   | none
            """)
    @DisplayName("the principal of a SASL/PLAIN or SCRAM login is User:<username>; other mechanisms tell nothing")
    void principal(String mechanism, String options, String expected) {
        String module = mechanism.startsWith("SCRAM") ? SCRAM : PLAIN;
        assertThat(AccessDenial.principal(Map.of("sasl.mechanism", mechanism, "sasl.jaas.config", module + options)))
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @Test
    @DisplayName("the JAAS configuration may come as Kafka's Password type; without SASL nothing is known")
    void passwordTypeAndNoSasl() {
        assertThat(AccessDenial.principal(Map.of("sasl.mechanism", "PLAIN",
                "sasl.jaas.config", new Password(PLAIN + "username=\"node-service\" password=\"s\";")))).hasValue("User:node-service");
        assertThat(AccessDenial.principal(Map.of("bootstrap.servers", "h:1"))).isEmpty();
        assertThat(AccessDenial.principal(Map.of("sasl.mechanism", "PLAIN"))).isEmpty();
    }

    @Test
    @DisplayName("authorization and authentication failures are found in a cause chain; other errors are not denials")
    void recognizesDenials() {
        assertThat(AccessDenial.of(new ExecutionException(new GroupAuthorizationException("g")))).isPresent();
        assertThat(AccessDenial.of(new KafkaException("fatal", new ClusterAuthorizationException("c")))).isPresent();
        assertThat(AccessDenial.of(new SaslAuthenticationException("bad password"))).isPresent();
        assertThat(AccessDenial.of(new TimeoutException("down"))).isEmpty();
        assertThat(AccessDenial.of(new IllegalStateException("x", new RuntimeException()))).isEmpty();
    }
}
