package io.onex.plugin.registry;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.exception.ArtifactNotFoundException;
import io.apicurio.registry.rest.v2.beans.SearchedVersion;
import io.apicurio.rest.client.error.ApicurioRestClientException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads what the registry holds for topics' value artifacts: the registry baseline of the compatibility check. */
public final class RegisteredVersions {

    private RegisteredVersions() {
    }

    /**
     * One version of a value artifact, as the registry returns it.
     *
     * @param topic the topic
     * @param artifactId its artifact
     * @param version the version, or {@code latest}
     * @param content the schema text, not yet parsed
     */
    public record Version(String topic, String artifactId, String version, byte[] content) {
        public Version {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * @param topics the topics whose {@code <topic>-value} artifacts to read
     * @param allVersions every version (transitive levels), or only the latest
     * @return per topic that has an artifact, its versions oldest first, in the order of {@code topics}; topics not
     *     registered yet are absent
     * @throws RegistryAccessException when the registry cannot be reached or fails
     */
    public static Map<String, List<Version>> read(RegistryConnection connection, String groupId,
            Collection<String> topics, boolean allVersions) throws RegistryAccessException {
        RegistryClient client = connection.open();
        Map<String, List<Version>> histories = new LinkedHashMap<>();
        try {
            for (String topic : topics) {
                String artifact = ValueSchema.artifactIdOf(topic);
                List<Version> versions = new ArrayList<>();
                try {
                    if (allVersions) {
                        for (SearchedVersion v : client.listArtifactVersions(groupId, artifact, 0, 1000).getVersions()
                                .stream().sorted(Comparator.comparing(SearchedVersion::getGlobalId)).toList()) {
                            versions.add(new Version(topic, artifact, v.getVersion(),
                                    read(client.getArtifactVersion(groupId, artifact, v.getVersion()))));
                        }
                    } else {
                        versions.add(new Version(topic, artifact, "latest", read(client.getLatestArtifact(groupId,
                                artifact))));
                    }
                } catch (ArtifactNotFoundException e) {
                    continue; // a topic not registered yet has no baseline
                }
                histories.put(topic, versions);
            }
        } catch (ApicurioRestClientException e) {
            throw RegistryAccessException.of(connection.url(), e);
        }
        return histories;
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
