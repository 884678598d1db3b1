/** End-to-end tests of generated node code on the SDK runtime and an embedded broker. */
package io.onex.it.runtime;
