package io.onex.plugin.model;

/**
 * A named rule whose id ends every diagnostic it reports, e.g. {@code [contract-key]}. Each enum of rules implements
 * it, so the documented rule table and the diagnostics come from one list.
 */
public interface Rule {

    /** The id printed in diagnostics, e.g. {@code duplicate-key}. */
    String id();

    /** One line saying what the rule requires. */
    String summary();
}
