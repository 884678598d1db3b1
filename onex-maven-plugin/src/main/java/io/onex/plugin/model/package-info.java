/** The validated, immutable model that parsers build and generators read: catalog, topics, schema types, contracts, diagnostics. */
package io.onex.plugin.model;
