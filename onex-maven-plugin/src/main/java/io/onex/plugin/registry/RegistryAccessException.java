package io.onex.plugin.registry;

import io.apicurio.registry.rest.client.exception.RestClientException;
import io.apicurio.rest.client.error.ApicurioRestClientException;
import java.util.Set;

/**
 * The registry could not be reached, or failed a request the goal itself made: an execution failure, not a mistake
 * in the user's inputs. The message names the registry and what to check.
 */
public final class RegistryAccessException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Simple names of the I/O exceptions Apicurio's JDK HTTP transport reports in its error bean. */
    private static final Set<String> TRANSPORT_FAILURES = Set.of("ConnectException", "HttpConnectTimeoutException",
            "HttpTimeoutException", "ClosedChannelException", "SocketException", "IOException", "UnknownHostException");

    public RegistryAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Describes a failure of Apicurio's client against the registry at {@code url}. */
    static RegistryAccessException of(String url, ApicurioRestClientException e) {
        String detail = String.valueOf(e.getMessage());
        boolean unreachable = false;
        if (e instanceof RestClientException rest && rest.getError() != null) {
            var error = rest.getError();
            detail = error.getName() + (error.getErrorCode() == null ? "" : " " + error.getErrorCode())
                    + (error.getMessage() == null ? "" : ": " + error.getMessage());
            unreachable = TRANSPORT_FAILURES.contains(String.valueOf(error.getName()));
        }
        String message = unreachable
                ? "the registry at " + url + " cannot be reached (" + detail + "); check onex.registry.url and that"
                        + " the registry is running"
                : "the registry at " + url + " failed: " + detail;
        return new RegistryAccessException(message, e);
    }
}
