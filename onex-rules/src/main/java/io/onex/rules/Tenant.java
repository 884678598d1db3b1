package io.onex.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tenant of a multi-tenant deployment (spec section 12): its id goes, followed by a dot, in front of every topic
 * ({@code tenant-123.onex.node.introspection.published.v1}) and every consumer group of the tenant.
 *
 * <p>An id is 1 to 64 lowercase letters, digits, {@code -} and {@code _}, starting and ending with a letter or
 * digit. No dots: the first dot of a physical topic name is where the tenant ends, so {@code a.b.onex.node...}
 * could not be read back unambiguously. Lowercase only, as ONEX topic names are.
 *
 * @param id the tenant id, e.g. {@code tenant-123}
 */
public record Tenant(String id) {

    /** The longest id: leaves room for the longest catalog name within Kafka's limit on topic names. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9]([a-z0-9_-]*[a-z0-9])?");

    public Tenant {
        Objects.requireNonNull(id, "id");
        Optional<String> problem = problem(id);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /**
     * What is wrong with a tenant id, if anything.
     *
     * @return the reason, naming the id and the rule; empty when the id is valid
     */
    public static Optional<String> problem(String id) {
        if (id.isEmpty()) {
            return Optional.of("tenant prefix is empty");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("tenant prefix '" + id + "' is longer than " + MAX_LENGTH + " characters");
        }
        if (!SYNTAX.matcher(id).matches()) {
            return Optional.of("tenant prefix '" + id + "' may hold only lowercase letters, digits, '-' and '_',"
                    + " starting and ending with a letter or digit (e.g. tenant-123)");
        }
        return Optional.empty();
    }

    /**
     * Reads a tenant as users write it in configuration: surrounding blanks and one trailing dot are ignored,
     * and null or blank means no tenant.
     *
     * @throws IllegalArgumentException when the id breaks the syntax, saying why
     */
    public static Optional<Tenant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        return Optional.of(new Tenant(trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed));
    }

    /** {@code tenant-123.}: what goes in front of a topic or group name. */
    public String prefix() {
        return id + ".";
    }

    /** The name behind this tenant's prefix. */
    public String apply(String name) {
        return prefix() + name;
    }

    /** The prefix of an optional tenant: {@code tenant-123.} or the empty string. */
    public static String prefixOf(Optional<Tenant> tenant) {
        return tenant.map(Tenant::prefix).orElse("");
    }
}
