/** The schema registry's wire format for the event bus and consumer runner: Apicurio's JSON Schema serde, optional on the class path. */
package io.onex.sdk.registry;
