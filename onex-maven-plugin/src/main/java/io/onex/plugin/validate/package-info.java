/**
 * Turns raw trees into the validated model: named rules, each with its own id, that report every problem as a
 * located diagnostic, and the resolution of JSON Schemas into {@link io.onex.plugin.model.SchemaType}s.
 */
package io.onex.plugin.validate;
