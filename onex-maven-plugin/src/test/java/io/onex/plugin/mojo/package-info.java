/** Tests of the goals by plain construction, asserting their log output and exceptions. */
package io.onex.plugin.mojo;
