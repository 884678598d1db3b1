/**
 * YAML and JSON readers that keep the line, column and path of every value in a small raw tree, and a JSON writer
 * for it. Validation reads the raw tree; JSON Schema documents that must stay arbitrary draft-07 (self-contained
 * schemas, what a registry holds) are compared on it. Nothing outside {@code parse} interprets Jackson's trees.
 */
package io.onex.plugin.parse;
