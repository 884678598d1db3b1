/** Offline compatibility check of schemas and catalog against a baseline, with the registry's verdict and reader-level findings. */
package io.onex.plugin.compat;
