/** The one place that writes generated files: only changed files are rewritten, stale ones removed. */
package io.onex.plugin.write;
