/**
 * Turns raw trees into the validated model: named rules, each with its own id, that report every problem as a
 * located diagnostic, the resolution of JSON Schemas into {@link io.onex.plugin.model.SchemaType}s, and, with the
 * same reference resolution, their self-contained documents.
 */
package io.onex.plugin.validate;
