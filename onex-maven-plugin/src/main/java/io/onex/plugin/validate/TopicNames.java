package io.onex.plugin.validate;

import io.onex.plugin.model.TopicName;
import io.onex.rules.Tenant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the forms of a topic name apart: canonical ONEX (section 3), tenant-prefixed ONEX (section 12), legacy
 * (section 9), or malformed, with the reason a near-ONEX name is malformed.
 */
final class TopicNames {

    static final String FORMAT = "onex.<domain>.<entity>.<event>.v<version>";

    private static final String SEGMENT = "[a-z][a-z0-9_]*";
    private static final Pattern CANONICAL =
            Pattern.compile("onex\\.(" + SEGMENT + ")\\.(" + SEGMENT + ")\\.(" + SEGMENT + ")\\.v([1-9][0-9]{0,8})");
    private static final Pattern LEGACY = Pattern.compile(SEGMENT + "(\\." + SEGMENT + ")+");
    private static final Pattern VERSION = Pattern.compile("v[0-9]+");

    private TopicNames() {
    }

    /** The form of a topic name. */
    sealed interface Form {
    }

    /** {@code onex.node.heartbeat.published.v1}. */
    record Canonical(TopicName name) implements Form {
    }

    /** {@code tenant-123.onex.node.heartbeat.published.v1}. */
    record TenantPrefixed(String tenant, TopicName name) implements Form {
    }

    /** {@code node.heartbeat}: dotted lowercase words without the onex namespace and without a version. */
    record Legacy() implements Form {
    }

    /** Anything else, with what is wrong. */
    record Malformed(String reason) implements Form {
    }

    static Form classify(String name) {
        Matcher canonical = CANONICAL.matcher(name);
        if (canonical.matches()) {
            return new Canonical(toName(canonical));
        }
        List<String> segments = Arrays.asList(name.split("\\.", -1));
        int dot = name.indexOf('.');
        if (dot > 0 && segments.size() > 1 && segments.get(1).equalsIgnoreCase("onex")
                && !segments.get(0).equalsIgnoreCase("onex")) {
            String tenant = name.substring(0, dot);
            Matcher rest = CANONICAL.matcher(name.substring(dot + 1));
            Optional<String> problem = Tenant.problem(tenant);
            if (problem.isPresent()) {
                return new Malformed(problem.get());
            }
            if (rest.matches()) {
                return new TenantPrefixed(tenant, toName(rest));
            }
            return new Malformed(onexProblem(segments.get(1), segments.subList(2, segments.size())));
        }
        if (!segments.isEmpty() && segments.get(0).equalsIgnoreCase("onex")) {
            return new Malformed(onexProblem(segments.get(0), segments.subList(1, segments.size())));
        }
        if (LEGACY.matcher(name).matches() && !VERSION.matcher(segments.get(segments.size() - 1)).matches()) {
            return new Legacy();
        }
        return new Malformed("it is neither an ONEX name nor a legacy name (lowercase words joined by dots)");
    }

    /** Says what is wrong with {@code onex.<rest>}. */
    private static String onexProblem(String namespace, List<String> rest) {
        if (!namespace.equals("onex")) {
            return "the namespace must be lowercase 'onex', not '" + namespace + "'";
        }
        if (rest.isEmpty()) {
            return "nothing follows 'onex'";
        }
        String last = rest.get(rest.size() - 1);
        List<String> parts;
        if (last.matches("v[1-9][0-9]*")) {
            parts = rest.subList(0, rest.size() - 1);
        } else if (last.matches("v0+")) {
            return "versions start at 1 ('.v1', not '." + last + "')";
        } else if (last.equals("v") || last.equals("V")) {
            return "version suffix '." + last + "' has no number ('.v1')";
        } else if (last.matches("V[0-9]+")) {
            return "version suffix must be lowercase ('.v" + last.substring(1) + "', not '." + last + "')";
        } else if (last.matches("[0-9]+")) {
            if (rest.size() >= 2 && rest.get(rest.size() - 2).matches("[vV][0-9]+")) {
                String major = rest.get(rest.size() - 2);
                return "version must be a whole number ('.v" + major.substring(1) + "', not '." + major + "." + last
                        + "')";
            }
            return "version suffix needs a 'v' ('.v" + last + "', not '." + last + "')";
        } else {
            return "missing version suffix ('.v1')";
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                return "empty segment between dots";
            }
            if (!part.equals(part.toLowerCase())) {
                return "segment '" + part + "' must be lowercase";
            }
            if (!part.matches(SEGMENT)) {
                return "segment '" + part + "' may hold only lowercase letters, digits and '_', starting with a letter";
            }
        }
        if (parts.size() != 3) {
            return "expected 3 segments <domain>.<entity>.<event> between 'onex' and the version, found "
                    + parts.size();
        }
        return "it does not match " + FORMAT;
    }

    private static TopicName toName(Matcher m) {
        return new TopicName(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)));
    }
}
