package io.onex.plugin.model;

/**
 * The rules on the goals' own parameters (as opposed to the files they read); each diagnostic carries the rule's id
 * and is located at {@code plugin parameters}. One enum for every goal, listed with the other rules in the plugin
 * README.
 */
public enum ParameterRule implements Rule {
    /** A provision parameter that cannot work: an unknown mode, a malformed principal, a tenant out of syntax. */
    PROVISION_SETTINGS("provision-settings", "`provision`: `onex.provision.mode` is plan, apply or verify, principals"
            + " are `Type:name`, the tenant prefix follows the tenant syntax, the ACL model is catalog or contracts"
            + " (contracts with at least one contract), the node principal template contains `{node}`, the timeout is"
            + " at least 1 second"),
    /** A parameter of the migration goals that cannot work: an unknown step or mode, a malformed duration. */
    MIGRATION_SETTINGS("migration-settings", "`migration-status` and `migration-cutover`: `onex.migration.step` is"
            + " dual, cutover, stop-dual or deprecate, `onex.migration.mode` plan or apply, `onex.migration.window`,"
            + " `.grace` and `.margin` ISO-8601 durations (window positive), `onex.migration.legacyGroup` given, the"
            + " tenant prefix follows the tenant syntax, the timeout is at least 1 second"),
    /** A registry parameter that cannot work: no or a malformed URL, an unknown level, an unusable server. */
    REGISTRY_SETTINGS("registry-settings", "`register` (and a `registry` baseline): `onex.registry.url` is an"
            + " http(s) URL, `onex.compatibility` a level, `onex.registry.serverId` a `settings.xml` server with a"
            + " password"),
    /** A parameter of the compatibility check that cannot work, such as an unknown compatibility level. */
    COMPAT_SETTINGS("compat-settings", "`check-compatibility`: `onex.compatibility` is a level"),
    /** A baseline that cannot be read. */
    COMPAT_BASELINE("compat-baseline", "`check-compatibility`: `onex.baseline` is an existing folder or jar,"
            + " resolvable coordinates, or `registry` with `onex.registry.url`");

    private final String id;
    private final String summary;

    ParameterRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String summary() {
        return summary;
    }
}
