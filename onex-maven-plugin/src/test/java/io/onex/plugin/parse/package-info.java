/** Tests of the YAML and JSON readers. */
package io.onex.plugin.parse;
