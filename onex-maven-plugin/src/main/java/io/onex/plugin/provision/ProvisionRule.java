package io.onex.plugin.provision;

import io.onex.plugin.model.Rule;

/**
 * The rules on the provision goal's parameters; each diagnostic carries the rule's id. The plugin README lists them
 * with their summary.
 */
public enum ProvisionRule implements Rule {
    /** A provision parameter that cannot work: an unknown mode, a malformed principal, a tenant out of syntax. */
    PROVISION_SETTINGS("provision-settings", "`provision`: `onex.provision.mode` is plan, apply or verify, principals"
            + " are `Type:name`, the tenant prefix follows the tenant syntax, the timeout is at least 1 second");

    private final String id;
    private final String summary;

    ProvisionRule(String id, String summary) {
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
