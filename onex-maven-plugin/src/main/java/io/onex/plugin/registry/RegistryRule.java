package io.onex.plugin.registry;

import io.onex.plugin.model.Rule;

/**
 * The rules on the register goal's parameters; each diagnostic carries the rule's id. The plugin README lists them
 * with their summary.
 */
public enum RegistryRule implements Rule {
    /** A registry parameter that cannot work: no or a malformed URL, an unknown level, an unusable server. */
    REGISTRY_SETTINGS("registry-settings", "`register` (and a `registry` baseline): `onex.registry.url` is an"
            + " http(s) URL, `onex.compatibility` a level, `onex.registry.serverId` a `settings.xml` server with a"
            + " password");

    private final String id;
    private final String summary;

    RegistryRule(String id, String summary) {
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
