package io.onex.plugin.generate;

/** Makes schema text safe inside Javadoc comments. */
final class Javadoc {
    private Javadoc() {
    }

    /**
     * Where a type comes from, stable across machines: the schema file's name and the JSON
     * pointer, never an absolute path (the same inputs must give byte-identical sources).
     */
    static String origin(io.onex.plugin.model.SchemaType.Origin origin) {
        String file = origin.location().file().replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        return escape(file + "#" + (origin.pointer().isEmpty() ? "" : origin.pointer()));
    }

    static String escape(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
    }
}
