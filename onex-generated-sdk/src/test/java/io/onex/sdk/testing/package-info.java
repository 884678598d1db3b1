/** Catalog events, topics the SDK must refuse, a recording dispatcher and plain clients for runtime tests. */
package io.onex.sdk.testing;
