/** Support that generated records and codecs call: streaming JSON with the pointer of a bad value, RFC 3339 timestamps, schema constraint checks, and the envelope and payload codecs. */
package io.onex.sdk.codec;
