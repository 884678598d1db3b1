/** The one place that writes files: whole files only, unchanged files untouched, stale files of owned folders removed. */
package io.onex.plugin.write;
