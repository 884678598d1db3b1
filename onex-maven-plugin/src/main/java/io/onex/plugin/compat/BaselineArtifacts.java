package io.onex.plugin.compat;

import java.nio.file.Path;
import java.util.List;

/**
 * Maven artifacts as baselines, resolved through the build's repositories. The goal's Maven front end implements
 * it; the check itself knows no Maven API.
 */
public interface BaselineArtifacts {

    /**
     * The jar of {@code groupId:artifactId:version}.
     *
     * @throws Unresolvable when no repository has it
     */
    Path resolve(String groupId, String artifactId, String version) throws Unresolvable;

    /**
     * Released versions of an artifact older than a version, oldest first.
     *
     * @throws Unresolvable when the versions cannot be listed
     */
    List<String> releasesBefore(String groupId, String artifactId, String version) throws Unresolvable;

    /** An artifact or its versions cannot be resolved; the message says why. */
    final class Unresolvable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unresolvable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
