#!/bin/sh
# ONEX topics and ACLs: plan as Kafka CLI commands
# 12 topic creations, 0 partition increases, 0 config changes, 13 ACL additions, 0 ACL removals
# Set BOOTSTRAP_SERVER to host:port and COMMAND_CONFIG to a client properties file with the
# security settings (an empty file for a cluster without authentication).
set -eu
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.node.introspection.published.v1 --partitions 3 --config retention.ms=86400000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.node.heartbeat.published.v1 --partitions 3 --config retention.ms=3600000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.node.shutdown.announced.v1 --partitions 3 --config retention.ms=86400000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.introspection.requested.v1 --partitions 3 --config retention.ms=3600000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.node.registered.v1 --partitions 3 --config retention.ms=604800000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.node.registration_failed.v1 --partitions 3 --config retention.ms=604800000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.node.deregistered.v1 --partitions 3 --config retention.ms=604800000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.workflow.started.v1 --partitions 3 --config retention.ms=604800000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.workflow.completed.v1 --partitions 3 --config retention.ms=2592000000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.registry.workflow.failed.v1 --partitions 3 --config retention.ms=2592000000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.infra.circuit_breaker.state_changed.v1 --partitions 3 --config retention.ms=604800000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic onex.infra.error.detected.v1 --partitions 3 --config retention.ms=604800000 --config cleanup.policy=delete
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:infra-service --allow-host '*' --operation Write --topic onex.infra. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Write --topic onex.infra.circuit_breaker.state_changed.v1 --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Write --topic onex.infra.error.detected.v1 --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Write --topic onex.node. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Read --topic onex.registry. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Read --group '*' --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:observability --allow-host '*' --operation Read --topic onex. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:observability --allow-host '*' --operation Read --group '*' --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:registry-service --allow-host '*' --operation Read --topic onex.infra.circuit_breaker.state_changed.v1 --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:registry-service --allow-host '*' --operation Read --topic onex.infra.error.detected.v1 --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:registry-service --allow-host '*' --operation Read --topic onex.node. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:registry-service --allow-host '*' --operation Write --topic onex.registry. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:registry-service --allow-host '*' --operation Read --group '*' --resource-pattern-type literal
