/** Helpers shared by the plugin's tests: fixtures on disk, expectations, model outlines. */
package io.onex.plugin.testing;
