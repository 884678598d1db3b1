package io.onex.plugin.generate;

/** Makes schema text safe inside Javadoc comments. */
final class Javadoc {
    private Javadoc() {
    }

    static String escape(String text) {
        return text.replace("*/", "*&#47;").replace("@", "{@literal @}");
    }
}
