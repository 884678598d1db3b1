/**
 * Talks to an Apicurio Registry: registers each topic's value schema (the envelope carrying that topic's payload)
 * and reads what the registry holds, for the compatibility check's registry baseline.
 */
package io.onex.plugin.registry;
