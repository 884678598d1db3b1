package io.onex.plugin.registry;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.exception.ArtifactNotFoundException;
import io.apicurio.registry.rest.client.exception.RuleViolationException;
import io.apicurio.registry.rest.v2.beans.ArtifactMetaData;
import io.apicurio.registry.rest.v2.beans.IfExists;
import io.apicurio.registry.rest.v2.beans.Rule;
import io.apicurio.registry.rest.v2.beans.RuleViolationError;
import io.apicurio.registry.rest.v2.beans.VersionMetaData;
import io.apicurio.registry.types.ArtifactType;
import io.apicurio.registry.types.RuleType;
import io.onex.plugin.model.CompatibilityLevel;
import io.onex.plugin.parse.JsonReader;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.registry.RegistrationResult.Action;
import io.onex.plugin.registry.RegistrationResult.TopicOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers value schemas in an Apicurio Registry through its REST v2 client, idempotently.
 *
 * <p>Per topic: create the artifact (type JSON) when it is missing; make its COMPATIBILITY rule the
 * requested level; compare the latest version's content with ours canonically (as JSON trees, so key
 * order and whitespace do not count) and add a version only when they differ. A version the rules
 * refuse is reported with the registry's causes; other topics still go ahead. In a dry run only reads
 * are made, and a would-be new version is tested with the registry's {@code /test} endpoint.
 */
public final class SchemaRegistrar {

    private static final Pattern DIFF_LIST = Pattern.compile("list of diff types: \\[(.*?)\\](?: Causes:|$)");

    private final RegistryClient client;

    public SchemaRegistrar(RegistryClient client) {
        this.client = client;
    }

    public RegistrationResult register(RegistrationRequest request) {
        List<TopicOutcome> outcomes = new ArrayList<>();
        for (ValueSchema schema : request.schemas()) {
            outcomes.add(registerOne(request, schema));
        }
        return new RegistrationResult(request.dryRun(), request.groupId(), outcomes);
    }

    private TopicOutcome registerOne(RegistrationRequest request, ValueSchema schema) {
        String group = request.groupId();
        String artifact = schema.artifactId();
        Optional<ArtifactMetaData> existing = metaData(group, artifact);
        if (existing.isEmpty()) {
            Optional<String> rule = Optional.of("none -> " + request.compatibility());
            if (request.dryRun()) {
                return outcome(schema, Action.NEW_ARTIFACT, Optional.of("1"), rule, List.of());
            }
            ArtifactMetaData created = client.createArtifact(group, artifact, null, ArtifactType.JSON, IfExists.FAIL,
                    false, content(schema));
            setRule(group, artifact, request.compatibility(), false);
            return outcome(schema, Action.NEW_ARTIFACT, Optional.of(created.getVersion()), rule, List.of());
        }
        Optional<String> ruleChange = ruleChange(group, artifact, request.compatibility());
        if (ruleChange.isPresent() && !request.dryRun()) {
            setRule(group, artifact, request.compatibility(), !ruleChange.get().startsWith("none"));
        }
        if (sameContent(latest(group, artifact), schema.schema())) {
            return outcome(schema, Action.UNCHANGED, Optional.ofNullable(existing.get().getVersion()), ruleChange,
                    List.of());
        }
        try {
            if (request.dryRun()) {
                client.testUpdateArtifact(group, artifact, content(schema));
                return outcome(schema, Action.NEW_VERSION, Optional.empty(), ruleChange, List.of());
            }
            VersionMetaData version = client.createArtifactVersion(group, artifact, null, content(schema));
            return outcome(schema, Action.NEW_VERSION, Optional.of(version.getVersion()), ruleChange, List.of());
        } catch (RuleViolationException e) {
            return outcome(schema, Action.REJECTED, Optional.empty(), ruleChange, reasons(e));
        }
    }

    private Optional<ArtifactMetaData> metaData(String group, String artifact) {
        try {
            return Optional.of(client.getArtifactMetaData(group, artifact));
        } catch (ArtifactNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The change the COMPATIBILITY rule needs, e.g. {@code FORWARD -> BACKWARD}; empty when it is right. */
    private Optional<String> ruleChange(String group, String artifact, CompatibilityLevel level) {
        if (!client.listArtifactRules(group, artifact).contains(RuleType.COMPATIBILITY)) {
            return Optional.of("none -> " + level);
        }
        String current = client.getArtifactRuleConfig(group, artifact, RuleType.COMPATIBILITY).getConfig();
        return current.equals(level.name()) ? Optional.empty() : Optional.of(current + " -> " + level);
    }

    private void setRule(String group, String artifact, CompatibilityLevel level, boolean exists) {
        Rule rule = new Rule(level.name(), RuleType.COMPATIBILITY);
        if (exists) {
            client.updateArtifactRuleConfig(group, artifact, RuleType.COMPATIBILITY, rule);
        } else {
            client.createArtifactRule(group, artifact, rule);
        }
    }

    private byte[] latest(String group, String artifact) {
        try (InputStream in = client.getLatestArtifact(group, artifact)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical equality: the same JSON value, whatever the key order, formatting and number spelling. */
    static boolean sameContent(byte[] registered, RawNode ours) {
        ParseResult parsed = JsonReader.read(new SourceFile("latest", "latest", registered));
        // content that is not JSON we can read counts as different: a new version replaces it
        return !parsed.hasErrors() && parsed.root() != null && parsed.root().sameJson(ours);
    }

    /**
     * The registry's causes, e.g. {@code SUBSCHEMA_TYPE_CHANGED at /properties/a}. The 2.6 client keeps only the
     * error's message, so the causes are read from its "list of diff types: [...]" part when the structured
     * list is absent.
     */
    public static List<String> reasons(RuleViolationException e) {
        List<String> reasons = new ArrayList<>();
        if (e.getError() instanceof RuleViolationError violation && violation.getCauses() != null) {
            violation.getCauses().forEach(c -> reasons.add(c.getDescription()
                    + (c.getContext() == null || c.getContext().isEmpty() ? "" : " at " + c.getContext())));
        }
        String message = e.getError() != null && e.getError().getMessage() != null ? e.getError().getMessage()
                : String.valueOf(e.getMessage());
        Matcher list = DIFF_LIST.matcher(message);
        if (reasons.isEmpty() && list.find()) {
            for (String cause : list.group(1).split(", ")) {
                if (!cause.isBlank()) {
                    reasons.add(cause.trim());
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(message);
        }
        return reasons;
    }

    private static InputStream content(ValueSchema schema) {
        return new ByteArrayInputStream(schema.json().getBytes(StandardCharsets.UTF_8));
    }

    private static TopicOutcome outcome(ValueSchema schema, Action action, Optional<String> version,
            Optional<String> ruleChange, List<String> reasons) {
        return new TopicOutcome(schema.topic(), schema.artifactId(), action, version, ruleChange, reasons);
    }
}
