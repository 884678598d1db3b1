package io.onex.plugin.validate;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names derived from schema titles, property names and contract names. */
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
}
