package io.onex.plugin.provision;

/** The cluster could not be reached, refused the client, or failed a request: not a mistake in the catalog. */
public final class ClusterAccessException extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
