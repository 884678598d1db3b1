package io.onex.plugin.validate;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract;
import io.onex.plugin.model.NodeType;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.parse.ParseResult;
import io.onex.plugin.parse.RawList;
import io.onex.plugin.parse.RawMap;
import io.onex.plugin.parse.RawNode;
import io.onex.plugin.parse.SourceFile;
import io.onex.plugin.parse.YamlReader;
import io.onex.plugin.validate.ContractDraft.ChannelDraft;
import io.onex.plugin.validate.ContractDraft.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads node contracts ({@code contract.yaml}, spec section 13), checks every contract rule against the catalog
 * and builds the {@link Contract}s.
 */
public final class ContractBuilder {

    private ContractBuilder() {
    }

    /**
     * Reads and validates contracts.
     *
     * @param files the contract files, in the order the result keeps
     * @param catalog the validated catalog, or null when it failed: the contracts are then checked for their own
     *     structure only and the value is null
     * @return the contracts; null when there is any error
     */
    public static Checked<List<Contract>> build(List<SourceFile> files, Catalog catalog) {
        Diagnostics out = new Diagnostics();
        List<ContractDraft> drafts = new ArrayList<>();
        for (SourceFile file : files) {
            ParseResult parsed = YamlReader.read(file);
            out.addAll(parsed.diagnostics());
            if (parsed.hasErrors()) {
                continue;
            }
            if (parsed.root() == null) {
                out.error(new SourceLocation(file.displayPath(), 1, 1), "", FieldRule.REQUIRED_FIELD.id(),
                        "the contract is empty; expected meta and event_channels (spec section 13)");
                continue;
            }
            read(file.displayPath(), parsed.root(), out).ifPresent(drafts::add);
        }
        for (ContractRule rule : ContractRule.values()) {
            rule.check(drafts, catalog, out);
        }
        if (out.hasErrors() || catalog == null) {
            return new Checked<>(null, out.list());
        }
        List<Contract> contracts = new ArrayList<>();
        for (ContractDraft draft : drafts) {
            contracts.add(new Contract(draft.name().value(), draft.version().value(), draft.nodeType().value(),
                    channels(draft.publishes(), catalog), channels(draft.subscribes(), catalog), draft.location()));
        }
        return new Checked<>(List.copyOf(contracts), out.list());
    }

    private static Optional<ContractDraft> read(String file, RawNode root, Diagnostics out) {
        FieldReader top = new FieldReader(root, "a contract", out);
        if (!top.isMap()) {
            return Optional.empty();
        }
        Located<RawNode> metaNode = top.node("meta", true);
        Located<String> misplaced = Located.absent(root.location(), root.path());
        if (metaNode.present() && metaNode.value() instanceof RawMap meta) {
            Optional<RawMap.Entry> inMeta = meta.entry("event_channels");
            if (inMeta.isPresent()) {
                misplaced = new Located<>("event_channels", inMeta.get().keyLocation(), inMeta.get().value().path());
            }
        }
        Located<RawNode> channelsNode = top.node("event_channels", !misplaced.present());
        top.finish();

        Located<String> name = Located.absent(root.location(), "meta.name");
        Located<String> version = Located.absent(root.location(), "meta.version");
        Located<NodeType> nodeType = Located.absent(root.location(), "meta.node_type");
        if (metaNode.present()) {
            FieldReader meta = new FieldReader(metaNode.value(), "meta", out);
            name = meta.string("name", true);
            version = meta.string("version", true);
            nodeType = meta.choice("node_type", true, Arrays.asList(NodeType.values()), NodeType::name);
            meta.string("description", false);
            meta.allow("event_channels"); // reported by the event-channels-placement rule
            meta.finish();
        }
        List<ChannelDraft> publishes = new ArrayList<>();
        List<ChannelDraft> subscribes = new ArrayList<>();
        if (channelsNode.present()) {
            FieldReader channels = new FieldReader(channelsNode.value(), "event_channels", out);
            Located<RawNode> publishesNode = channels.node("publishes", false);
            Located<RawNode> subscribesNode = channels.node("subscribes", false);
            channels.finish();
            readChannels(publishesNode, Side.PUBLISHES, out, publishes);
            readChannels(subscribesNode, Side.SUBSCRIBES, out, subscribes);
        }
        return Optional.of(new ContractDraft(file, root.location(), name, version, nodeType, misplaced, publishes,
                subscribes));
    }

    private static void readChannels(Located<RawNode> listNode, Side side, Diagnostics out, List<ChannelDraft> into) {
        if (!listNode.present()) {
            return;
        }
        if (!(listNode.value() instanceof RawList list)) {
            out.error(listNode.location(), listNode.path(), FieldRule.FIELD_TYPE.id(), "expected a list of channels,"
                    + " found " + listNode.value().describe());
            return;
        }
        for (RawNode item : list.items()) {
            FieldReader channel = new FieldReader(item, "a channel", out);
            if (!channel.isMap()) {
                continue;
            }
            Located<String> topic = channel.string("topic", true);
            Located<String> key = channel.string("key", true);
            Located<String> eventType = channel.string("event_type", true);
            Located<String> description = channel.string("description", false);
            Located<String> handler = channel.string("handler", false);
            channel.finish();
            into.add(new ChannelDraft(side, item.location(), item.path(), topic, key, eventType, description,
                    handler));
        }
    }

    private static List<Contract.Channel> channels(List<ChannelDraft> drafts, Catalog catalog) {
        List<Contract.Channel> channels = new ArrayList<>();
        for (ChannelDraft draft : drafts) {
            ContractRule.TopicMatch match = ContractRule.match(catalog, draft.topic().value()).orElseThrow();
            channels.add(new Contract.Channel(draft.topic().value(), match.topic(), match.reference(), match.tenant(),
                    draft.key().value(), draft.eventType().value(), draft.description().optional().orElse(""),
                    draft.handler().optional(), draft.location()));
        }
        return channels;
    }
}
