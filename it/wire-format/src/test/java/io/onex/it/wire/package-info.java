/** The SDK's registry wire format against a real broker and a real Apicurio Registry. */
package io.onex.it.wire;
