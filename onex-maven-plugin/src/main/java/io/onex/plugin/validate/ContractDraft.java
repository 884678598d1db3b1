package io.onex.plugin.validate;

import io.onex.plugin.model.NodeType;
import io.onex.plugin.model.SourceLocation;
import java.util.List;

/** A contract as read, before the contract rules have passed; values are null where absent or unusable. */
record ContractDraft(String file, SourceLocation location, Located<String> name, Located<String> version,
        Located<NodeType> nodeType, Located<String> misplacedChannels, List<ChannelDraft> publishes,
        List<ChannelDraft> subscribes) {

    /** Which list a channel is in. */
    enum Side {
        PUBLISHES("publishes"),
        SUBSCRIBES("subscribes");

        private final String yamlName;

        Side(String yamlName) {
            this.yamlName = yamlName;
        }

        String yamlName() {
            return yamlName;
        }
    }

    /** One entry of {@code event_channels.publishes} or {@code subscribes}. */
    record ChannelDraft(Side side, SourceLocation location, String path, Located<String> topic, Located<String> key,
            Located<String> eventType, Located<String> description, Located<String> handler) {
    }

    List<ChannelDraft> channels() {
        return java.util.stream.Stream.concat(publishes.stream(), subscribes.stream()).toList();
    }
}
