/** Registers each topic's value schema (the envelope carrying that topic's payload) in an Apicurio Registry. */
package io.onex.plugin.registry;
