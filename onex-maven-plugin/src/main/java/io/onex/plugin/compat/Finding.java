package io.onex.plugin.compat;

import java.util.Objects;

/**
 * One breaking difference between the baseline and the current contracts.
 *
 * @param subject the topic (catalog mode) or schema file (plain folder mode) the difference belongs to
 * @param file the schema file or artifact compared, e.g. {@code schemas/payloads/x.v1.schema.json}
 * @param pointer JSON pointer of the changed schema location, or the catalog field
 * @param kind the kind of change, e.g. {@code SUBSCHEMA_TYPE_CHANGED} or {@code RETENTION_CUT}
 * @param source who catches it
 * @param message what changed and why it breaks which readers
 */
public record Finding(String subject, String file, String pointer, String kind, Source source, String message) {

    public Finding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** Who sees the break. Every source fails the check. */
    public enum Source {
        /** The registry refuses it and readers really break. */
        REGISTRY_AND_READERS("registry refuses; readers break"),
        /** The registry refuses it although readers would cope: the deploy would still fail. */
        REGISTRY_ONLY("registry refuses; readers would cope"),
        /** The registry refuses it; whether readers cope was not determined. */
        REGISTRY("registry refuses"),
        /** The registry accepts it but readers break: the registry would not catch this. */
        READERS_ONLY("the registry would not catch this"),
        /** A catalog change no schema registry sees. */
        CATALOG("no schema registry catches this");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One console line: {@code subject: file pointer: KIND: message [source]}. */
    public String format() {
        return subject + ": " + file + (pointer.isEmpty() ? "" : " " + pointer) + ": " + kind + ": " + message
                + " [" + source.label() + "]";
    }
}
