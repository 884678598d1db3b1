/** Node lifecycle helpers: heartbeats measured from the JVM, introspection re-emission on request, shutdown announcement. */
package io.onex.sdk.lifecycle;
