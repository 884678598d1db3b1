package io.onex.plugin.validate;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.Contract.TopicReference;
import io.onex.plugin.model.JavaNames;
import io.onex.plugin.model.NodeType;
import io.onex.plugin.model.Rule;
import io.onex.plugin.model.Topic;
import io.onex.plugin.validate.ContractDraft.ChannelDraft;
import io.onex.plugin.validate.ContractDraft.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules on node contracts (contract.yaml, spec section 13), one constant per rule with its own id. */
public enum ContractRule implements Rule {

    /** event_channels sits beside meta, not inside it. */
    EVENT_CHANNELS_PLACEMENT("event-channels-placement", "event_channels is at top level, not under meta") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            for (ContractDraft contract : contracts) {
                Located<String> misplaced = contract.misplacedChannels();
                if (misplaced.present()) {
                    out.error(misplaced.location(), misplaced.path(), id(), "event_channels is at top level, NOT"
                            + " under meta; move it out of meta (spec section 13)");
                }
            }
        }
    },

    /** meta.name gives class names and is unique among the contracts of a build. */
    CONTRACT_NAME("contract-name", "meta.name is kebab-case (it gives the class names) and unique per build") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            Map<String, Located<String>> seen = new HashMap<>();
            for (ContractDraft contract : contracts) {
                Located<String> name = contract.name();
                if (!name.present()) {
                    continue;
                }
                if (!name.value().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                    out.error(name.location(), name.path(), id(), "meta.name '" + name.value() + "' must be"
                            + " kebab-case (lowercase words joined by '-', e.g. registry-effect): it gives the class"
                            + " names (registry-effect -> RegistryEffectPublisher)");
                    continue;
                }
                Located<String> first = seen.putIfAbsent(name.value(), name);
                if (first != null) {
                    out.error(name.location(), name.path(), id(), "meta.name '" + name.value() + "' is also used by "
                            + first.location() + "; each contract names its own generated classes");
                }
            }
        }
    },

    /** Topics exist in the catalog: canonical, legacy alias or tenant-prefixed. */
    CONTRACT_TOPIC("contract-topic", "topic exists in the catalog (canonical, legacy alias or tenant-prefixed)") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            if (catalog == null) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (Topic topic : catalog.topics()) {
                names.add(topic.fullName());
                topic.legacyName().ifPresent(names::add);
            }
            for (ContractDraft contract : contracts) {
                for (ChannelDraft channel : contract.channels()) {
                    Located<String> topic = channel.topic();
                    if (!topic.present() || match(catalog, topic.value()).isPresent()) {
                        continue;
                    }
                    TopicNames.Form form = TopicNames.classify(topic.value());
                    String detail = form instanceof TopicNames.Malformed m ? " (malformed: " + m.reason() + ")" : "";
                    String tenant = form instanceof TopicNames.TenantPrefixed t ? t.tenant() + "." : "";
                    String hint = Suggestions.closest(topic.value().substring(tenant.length()), names)
                            .map(s -> "; did you mean '" + tenant + s + "'?").orElse("");
                    out.error(topic.location(), topic.path(), id(), "unknown topic '" + topic.value() + "'" + detail
                            + hint + " (topics must exist in the catalog, spec section 10)");
                }
            }
        }
    },

    /** A legacy alias is accepted with the warning of section 9. */
    LEGACY_TOPIC("legacy-topic", "a legacy topic name is accepted with the warning of section 9") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            if (catalog == null) {
                return;
            }
            for (ContractDraft contract : contracts) {
                for (ChannelDraft channel : contract.channels()) {
                    Located<String> topic = channel.topic();
                    if (topic.present() && match(catalog, topic.value())
                            .filter(m -> m.reference() == TopicReference.LEGACY).isPresent()) {
                        out.warning(topic.location(), topic.path(), id(), CatalogRule.legacyWarning(topic.value()));
                    }
                }
            }
        }
    },

    /** The declared key is the topic's key. */
    CONTRACT_KEY("contract-key", "key is the topic's key by the keying rule of its class (section 5)") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            if (catalog == null) {
                return;
            }
            for (ContractDraft contract : contracts) {
                for (ChannelDraft channel : contract.channels()) {
                    Optional<TopicMatch> match = channel.topic().optional().flatMap(t -> match(catalog, t));
                    Located<String> key = channel.key();
                    if (match.isEmpty() || !key.present() || key.value().equals(match.get().topic().keyField())) {
                        continue;
                    }
                    Topic topic = match.get().topic();
                    out.error(key.location(), key.path(), id(), "key must be " + topic.keyField() + " for "
                            + topic.fullName() + " (" + topic.eventClass().yamlName() + " topics are keyed by "
                            + topic.keyField() + ", spec section 5), found '" + key.value() + "'");
                }
            }
        }
    },

    /** The node type may publish, or subscribe to, the topic's class. */
    CONTRACT_DIRECTION("contract-direction", "the node type may publish / subscribe to the topic's event class"
            + " (direction table in the plugin README)") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            if (catalog == null) {
                return;
            }
            for (ContractDraft contract : contracts) {
                if (!contract.nodeType().present()) {
                    continue;
                }
                NodeType nodeType = contract.nodeType().value();
                for (ChannelDraft channel : contract.channels()) {
                    Optional<TopicMatch> match = channel.topic().optional().flatMap(t -> match(catalog, t));
                    if (match.isEmpty()) {
                        continue;
                    }
                    Topic topic = match.get().topic();
                    boolean publishes = channel.side() == Side.PUBLISHES;
                    Set<NodeType> allowed = publishes ? DirectionTable.publishers(topic.eventClass())
                            : DirectionTable.subscribers(topic.eventClass());
                    if (!allowed.contains(nodeType)) {
                        String verb = publishes ? "publish" : "subscribe to";
                        String verbs = publishes ? "published" : "consumed";
                        out.error(channel.topic().location(), channel.topic().path(), id(), "an " + nodeType
                                + " node may not " + verb + " " + topic.fullName() + ": "
                                + topic.eventClass().yamlName() + " topics are " + verbs + " by " + either(allowed)
                                + " nodes only (direction table in the onex-maven-plugin README; spec sections 6, 12,"
                                + " 13)");
                    }
                }
            }
        }
    },

    /** A topic is declared once per direction. */
    DUPLICATE_CHANNEL("duplicate-channel", "a topic is declared at most once in publishes and once in subscribes") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            for (ContractDraft contract : contracts) {
                for (List<ChannelDraft> side : List.of(contract.publishes(), contract.subscribes())) {
                    unique(side, ChannelDraft::topic, (channel, first) -> "topic " + channel.topic().value()
                            + " is already declared at " + first.path() + " (line " + first.location().line()
                            + "); declare each topic once per direction", id(), out);
                }
            }
        }
    },

    /** event_type is unique among subscriptions. */
    EVENT_TYPE_UNIQUE("event-type-unique", "event_type is unique among subscribes (it is the lookup key and names"
            + " the default handler); publishes may share a category") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            for (ContractDraft contract : contracts) {
                unique(contract.subscribes(), ChannelDraft::eventType, (channel, first) -> "event_type '"
                        + channel.eventType().value() + "' is already used by " + first.path() + " (line "
                        + first.location().line() + "); event_type must be unique among subscribes (it is the"
                        + " lookup key of section 13 and names the default handler)", id(), out);
            }
        }
    },

    /** handler is a Java identifier, on subscriptions only. */
    HANDLER_NAME("handler-name", "handler is a valid Java identifier and appears on subscribes only") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            for (ContractDraft contract : contracts) {
                for (ChannelDraft channel : contract.channels()) {
                    Located<String> handler = channel.handler();
                    if (!handler.present()) {
                        continue;
                    }
                    if (channel.side() == Side.PUBLISHES) {
                        out.error(handler.location(), handler.path(), id(), "handler applies to subscribes only; a"
                                + " published channel has no handler, remove it");
                    } else if (!JavaNames.isIdentifier(handler.value())) {
                        out.error(handler.location(), handler.path(), id(), "handler '" + handler.value() + "' is"
                                + " not a Java method name; use letters, digits and '_', not starting with a digit"
                                + " and not a Java keyword (e.g. handle_introspection_request)");
                    }
                }
            }
        }
    },

    /** handler names differ, also once written in camelCase as the generated methods are. */
    HANDLER_UNIQUE("handler-unique", "handlers are unique within a contract, also in their camelCase form") {
        @Override
        void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out) {
            for (ContractDraft contract : contracts) {
                Map<String, ChannelDraft> seen = new HashMap<>();
                for (ChannelDraft channel : contract.subscribes()) {
                    Located<String> handler = channel.handler();
                    if (!handler.present() || !JavaNames.isIdentifier(handler.value())) {
                        continue;
                    }
                    ChannelDraft first = seen.putIfAbsent(JavaNames.propertyName(handler.value()), channel);
                    if (first != null) {
                        String same = first.handler().value().equals(handler.value()) ? ""
                                : " as '" + first.handler().value() + "' (both become the method "
                                        + JavaNames.propertyName(handler.value()) + ")";
                        out.error(handler.location(), handler.path(), id(), "handler '" + handler.value()
                                + "' is already used" + same + " by " + first.path() + " (line "
                                + first.location().line() + "); each subscription needs its own handler method");
                    }
                }
            }
        }
    };

    private final String id;
    private final String summary;

    ContractRule(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The id printed in diagnostics. */
    @Override
    public String id() {
        return id;
    }

    /** One line saying what the rule requires. */
    @Override
    public String summary() {
        return summary;
    }

    abstract void check(List<ContractDraft> contracts, Catalog catalog, Diagnostics out);

    /** How a contract's topic name matched the catalog. */
    record TopicMatch(Topic topic, TopicReference reference, Optional<String> tenant) {
    }

    /** Finds a declared topic: canonical name, legacy alias, or a tenant prefix before a canonical name. */
    static Optional<TopicMatch> match(Catalog catalog, String declared) {
        for (Topic topic : catalog.topics()) {
            if (topic.fullName().equals(declared)) {
                return Optional.of(new TopicMatch(topic, TopicReference.CANONICAL, Optional.empty()));
            }
        }
        for (Topic topic : catalog.topics()) {
            if (topic.legacyName().filter(declared::equals).isPresent()) {
                return Optional.of(new TopicMatch(topic, TopicReference.LEGACY, Optional.empty()));
            }
        }
        if (TopicNames.classify(declared) instanceof TopicNames.TenantPrefixed prefixed) {
            for (Topic topic : catalog.topics()) {
                if (topic.fullName().equals(prefixed.name().full())) {
                    return Optional.of(new TopicMatch(topic, TopicReference.TENANT_PREFIXED,
                            Optional.of(prefixed.tenant())));
                }
            }
        }
        return Optional.empty();
    }

    /** "EFFECT", "REDUCER or ORCHESTRATOR", "EFFECT, COMPUTE, REDUCER or ORCHESTRATOR". */
    private static String either(Set<NodeType> types) {
        List<String> names = types.stream().map(Enum::name).collect(Collectors.toList());
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private interface Message {
        String of(ChannelDraft channel, ChannelDraft first);
    }

    private static void unique(List<ChannelDraft> channels, java.util.function.Function<ChannelDraft,
            Located<String>> field, Message message, String rule, Diagnostics out) {
        Map<String, ChannelDraft> seen = new HashMap<>();
        for (ChannelDraft channel : channels) {
            Located<String> value = field.apply(channel);
            if (!value.present()) {
                continue;
            }
            ChannelDraft first = seen.putIfAbsent(value.value(), channel);
            if (first != null) {
                out.error(value.location(), value.path(), rule, message.of(channel, first));
            }
        }
    }
}
