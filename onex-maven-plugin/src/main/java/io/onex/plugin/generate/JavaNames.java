package io.onex.plugin.generate;

import java.util.Locale;
import java.util.Set;

/** Naming policy for generated code: snake_case and kebab-case inputs to Java names. */
public final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits");

    private JavaNames() {
    }

    /** {@code registry-effect}, {@code state_change} -> {@code RegistryEffect}, {@code StateChange}. */
    public static String pascal(String words) {
        StringBuilder sb = new StringBuilder(words.length());
        boolean upper = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == ' ') {
                upper = true;
            } else if (upper) {
                sb.append(Character.toUpperCase(c));
                upper = false;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code node_id} -> {@code nodeId}; Java keywords get a trailing underscore. */
    public static String camel(String words) {
        String p = pascal(words);
        if (p.isEmpty()) {
            return p;
        }
        String c = Character.toLowerCase(p.charAt(0)) + p.substring(1);
        return KEYWORDS.contains(c) ? c + "_" : c;
    }

    /** {@code onex.node.heartbeat.published.v1} -> {@code NODE_HEARTBEAT_PUBLISHED_V1}. */
    public static String topicConstant(String topicName) {
        String rest = topicName.startsWith("onex.") ? topicName.substring(5) : topicName;
        return constant(rest);
    }

    /** {@code graceful-shutdown.x} -> {@code GRACEFUL_SHUTDOWN_X}; a leading digit gets an underscore. */
    public static String constant(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1))) {
                    sb.append('_');
                }
                sb.append(Character.toUpperCase(c));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
            sb.insert(0, '_');
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** A valid Java identifier that is not a keyword. */
    public static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty() || isKeyword(name) || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
