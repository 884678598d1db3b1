package io.onex.plugin.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the operator ran the goal, to print the next commands the same way: the plugin's coordinates and the
 * connection flags as given (bootstrap servers, tenant, properties file, settings server, catalog; never a secret,
 * as those stay in the files and settings the flags name).
 *
 * @param plugin e.g. {@code io.onex:onex-maven-plugin:1.0.0}
 * @param connectionFlags e.g. {@code -Donex.bootstrapServers=broker:9092}, in the order they are printed
 */
public record Invocation(String plugin, List<String> connectionFlags) {

    public Invocation {
        Objects.requireNonNull(plugin, "plugin");
        connectionFlags = List.copyOf(connectionFlags);
    }

    /** The command line of a goal with these connection flags and the given ones after them. */
    public String command(String goal, String... flags) {
        List<String> words = new ArrayList<>();
        words.add("mvn");
        words.add(plugin + ":" + goal);
        words.addAll(connectionFlags);
        words.addAll(List.of(flags));
        return String.join(" ", words);
    }
}
