package io.onex.plugin.mojo;

import io.onex.plugin.compat.BaselineArtifacts;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/** Baseline artifacts resolved through the build's repositories with Maven's resolver. */
final class MavenBaselineArtifacts implements BaselineArtifacts {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenBaselineArtifacts(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
    }

    @Override
    public Path resolve(String groupId, String artifactId, String version) throws Unresolvable {
        DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, "jar", version);
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                    .getFile().toPath();
        } catch (ArtifactResolutionException | RuntimeException e) {
            throw new Unresolvable("cannot resolve the baseline " + artifact + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> releasesBefore(String groupId, String artifactId, String version) throws Unresolvable {
        String range = "[0," + version.replace("-SNAPSHOT", "") + ")";
        VersionRangeRequest request = new VersionRangeRequest(
                new DefaultArtifact(groupId, artifactId, "jar", range), repositories, null);
        try {
            return system.resolveVersionRange(session, request).getVersions().stream().map(Version::toString)
                    .filter(v -> !v.endsWith("-SNAPSHOT")).toList();
        } catch (VersionRangeResolutionException | RuntimeException e) {
            throw new Unresolvable("cannot list the releases of " + groupId + ":" + artifactId + ": "
                    + e.getMessage(), e);
        }
    }
}
