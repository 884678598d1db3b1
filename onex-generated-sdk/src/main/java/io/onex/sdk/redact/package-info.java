/** Redaction of secrets, and of hostnames and IPs outside internal environments, in free-form error data (spec section 6.6). */
package io.onex.sdk.redact;
