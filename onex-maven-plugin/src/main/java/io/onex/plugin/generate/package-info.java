/** One generator per kind of output, each turning the validated model into JavaPoet files; no file system access. */
package io.onex.plugin.generate;
