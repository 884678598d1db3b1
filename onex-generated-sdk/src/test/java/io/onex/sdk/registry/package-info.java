/** Tests of the optional registry wire format's isolation from the default path. */
package io.onex.sdk.registry;
