package io.onex.plugin.mojo;

import io.onex.plugin.compat.CompatibilityCheck.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

/** Turns the {@code baseline} parameter into files: a folder or jar as given, or artifacts resolved by Maven. */
final class BaselineResolver {

    static final String DEFAULT_GROUP = "io.onex";
    static final String DEFAULT_ARTIFACT = "onex-schemas";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;

    BaselineResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
            Log log) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
        this.log = log;
    }

    /** Empty when there is nothing to compare with (no earlier release): the reason is logged at INFO. */
    Optional<Baseline.Files> resolve(String baseline, String currentVersion, boolean transitive)
            throws MojoFailureException, MojoExecutionException {
        if (baseline != null && !baseline.isBlank()) {
            Path path = Path.of(baseline);
            if (Files.exists(path)) {
                return Optional.of(new Baseline.Files(List.of(path), List.of(baseline)));
            }
            String[] gav = baseline.split(":");
            if (gav.length != 3) {
                throw new MojoFailureException("onex.baseline '" + baseline + "' is neither an existing folder or jar,"
                        + " nor groupId:artifactId:version, nor 'registry'");
            }
            Artifact artifact = new DefaultArtifact(gav[0], gav[1], "jar", gav[2]);
            return Optional.of(new Baseline.Files(List.of(resolve(artifact)), List.of(baseline)));
        }
        List<Version> releases = releasesBefore(currentVersion);
        if (releases.isEmpty()) {
            log.info("ONEX check-compatibility: skipped, no released " + DEFAULT_GROUP + ":" + DEFAULT_ARTIFACT
                    + " older than " + currentVersion + " to compare with (set onex.baseline to compare with a folder,"
                    + " jar or version)");
            return Optional.empty();
        }
        List<Version> chosen = transitive ? releases : List.of(releases.get(releases.size() - 1));
        List<Path> paths = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Version v : chosen) {
            paths.add(resolve(new DefaultArtifact(DEFAULT_GROUP, DEFAULT_ARTIFACT, "jar", v.toString())));
            labels.add(DEFAULT_ARTIFACT + " " + v);
        }
        return Optional.of(new Baseline.Files(paths, labels));
    }

    private List<Version> releasesBefore(String currentVersion) throws MojoExecutionException {
        String range = "[0," + currentVersion.replace("-SNAPSHOT", "") + ")";
        VersionRangeRequest request = new VersionRangeRequest(
                new DefaultArtifact(DEFAULT_GROUP, DEFAULT_ARTIFACT, "jar", range), repositories, null);
        try {
            return system.resolveVersionRange(session, request).getVersions().stream()
                    .filter(v -> !v.toString().endsWith("-SNAPSHOT")).toList();
        } catch (VersionRangeResolutionException e) {
            throw new MojoExecutionException("cannot list the releases of " + DEFAULT_GROUP + ":" + DEFAULT_ARTIFACT
                    + ": " + e.getMessage(), e);
        }
    }

    private Path resolve(Artifact artifact) throws MojoFailureException {
        try {
            return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                    .getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("cannot resolve the baseline " + artifact + ": " + e.getMessage(), e);
        }
    }
}
