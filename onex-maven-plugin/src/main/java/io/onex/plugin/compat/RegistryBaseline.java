package io.onex.plugin.compat;

import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.exception.ArtifactNotFoundException;
import io.apicurio.registry.rest.v2.beans.SearchedVersion;
import io.onex.plugin.registry.RegistryConnection;
import io.onex.plugin.registry.ValueSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's versions of each current topic's value artifact as baselines, oldest first: the last
 * snapshot holds every artifact's latest version, the one before it each artifact's version before that, and
 * so on, so transitive levels see every version.
 */
public final class RegistryBaseline {

    private RegistryBaseline() {
    }

    public static List<SchemaSnapshot> load(RegistryConnection connection, String groupId, SchemaSnapshot current,
            boolean allVersions) {
        RegistryClient client = connection.open();
        Map<String, List<String>> histories = new LinkedHashMap<>();
        int depth = 0;
        for (String topic : current.schemas().keySet()) {
            String artifact = ValueSchema.artifactIdOf(topic);
            List<String> versions = new ArrayList<>();
            try {
                if (allVersions) {
                    client.listArtifactVersions(groupId, artifact, 0, 1000).getVersions().stream()
                            .sorted(Comparator.comparing(SearchedVersion::getGlobalId))
                            .forEach(v -> versions.add(read(client.getArtifactVersion(groupId, artifact,
                                    v.getVersion()))));
                } else {
                    versions.add(read(client.getLatestArtifact(groupId, artifact)));
                }
            } catch (ArtifactNotFoundException e) {
                continue; // a topic not registered yet has no baseline
            }
            histories.put(topic, versions);
            depth = Math.max(depth, versions.size());
        }
        List<SchemaSnapshot> snapshots = new ArrayList<>();
        for (int back = depth - 1; back >= 0; back--) {
            Map<String, String> schemas = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> h : histories.entrySet()) {
                int index = h.getValue().size() - 1 - back;
                if (index >= 0) {
                    schemas.put(h.getKey(), h.getValue().get(index));
                }
            }
            String label = back == 0 ? "the registry's latest versions (" + connection.url() + ", group " + groupId
                    + ")" : "the registry's latest-" + back + " versions";
            Map<String, String> files = new LinkedHashMap<>();
            schemas.keySet().forEach(t -> files.put(t, groupId + "/" + ValueSchema.artifactIdOf(t)));
            snapshots.add(new SchemaSnapshot(label, Optional.empty(), schemas, files));
        }
        return snapshots;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
