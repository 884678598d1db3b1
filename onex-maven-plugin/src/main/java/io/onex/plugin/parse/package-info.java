/**
 * YAML and JSON readers that keep the line, column and path of every value in a small raw tree; the raw
 * tree never leaves {@code parse} and {@code validate}.
 */
package io.onex.plugin.parse;
