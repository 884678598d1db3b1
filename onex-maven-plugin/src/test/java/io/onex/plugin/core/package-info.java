/** Tests of the loaders: canonical catalog, bad inputs, contracts, topic table. */
package io.onex.plugin.core;
