/**
 * Section 9's move from the legacy topic names as a verified process: which phase a cluster is in, whether a step is
 * safe, and the move of a consumer group to its ONEX group without loss or duplicates, through the Admin and
 * consumer APIs.
 */
package io.onex.plugin.migration;
