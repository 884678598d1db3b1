package io.onex.plugin.model;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** The naming policy: Java names derived from schema titles, property names, contract names and topics, shared by validation and generation. */
public final class JavaNames {

    /** Names a record component cannot take because a no-argument method of Object already has them. */
    private static final Set<String> OBJECT_METHODS =
            Set.of("getClass", "hashCode", "toString", "clone", "finalize", "notify", "notifyAll", "wait");

    private JavaNames() {
    }

    /** {@code node_id} -> {@code NodeId}, {@code registry-effect} -> {@code RegistryEffect}. */
    public static String pascalCase(String text) {
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '-' || c == ' ' || c == '.') {
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

    /**
     * {@code cpu_usage_percent} -> {@code cpuUsagePercent}; a Java keyword or a name taken by a method of
     * Object gets a trailing underscore ({@code default_}, {@code hashCode_}).
     */
    public static String propertyName(String jsonName) {
        String pascal = pascalCase(jsonName);
        if (pascal.isEmpty()) {
            return pascal;
        }
        String camel = pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
        return SourceVersion.isKeyword(camel) || OBJECT_METHODS.contains(camel) ? camel + "_" : camel;
    }

    /** A valid Java identifier that is not a keyword. */
    public static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
    }

    /** PascalCase: starts with an upper-case letter, then letters and digits only. */
    public static boolean isClassName(String name) {
        return name.matches("[A-Z][A-Za-z0-9]*");
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
}
