package io.onex.plugin.migration;

/** A migration goal's setting is wrong (a user mistake); the message says what and what would be right. */
final class InvalidMigrationSettingsException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidMigrationSettingsException(String message) {
        super(message);
    }
}
