/**
 * Topics and ACLs as code: derives the desired cluster state from the catalog, compares it with a
 * live cluster through Kafka's Admin API, and plans, applies, verifies or exports the difference.
 */
package io.onex.plugin.provision;
