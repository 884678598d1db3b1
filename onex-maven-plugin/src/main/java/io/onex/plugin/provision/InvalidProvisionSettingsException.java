package io.onex.plugin.provision;

/** A provisioning setting is wrong (a user mistake); the message says what and what would be right. */
public final class InvalidProvisionSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidProvisionSettingsException(String message) {
        super(message);
    }
}
