/**
 * The plain-Java entry points that goals call: load and validate the catalog and contracts from directories or
 * the class path, recording every input file read.
 */
package io.onex.plugin.core;
