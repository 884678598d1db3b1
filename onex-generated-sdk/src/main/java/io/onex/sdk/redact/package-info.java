/** Redaction of secrets, and of hostnames and IPs outside internal environments, in the free-text fields the schemas mark x-onex-redact (spec section 6.6); the generated codecs apply it. */
package io.onex.sdk.redact;
