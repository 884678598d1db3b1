#!/bin/sh
# ONEX topics and ACLs: plan as Kafka CLI commands
# 1 topic creation, 1 partition increase, 2 config changes, 3 ACL additions, 1 ACL removal
# Set BOOTSTRAP_SERVER to host:port and COMMAND_CONFIG to a client properties file with the
# security settings (an empty file for a cluster without authentication).
# REFUSED, no command written: topic tenant-1.onex.node.shutdown.announced.v1: 6 partitions, catalog wants 3: Kafka cannot reduce the partitions of a topic
# note: ACLs not checked: example note
set -eu
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --create --topic tenant-1.onex.node.heartbeat.published.v1 --partitions 3 --config retention.ms=3600000 --config cleanup.policy=delete
kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --alter --topic tenant-1.onex.registry.node.registered.v1 --partitions 3
kafka-configs.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --alter --entity-type topics --entity-name tenant-1.onex.infra.error.detected.v1 --add-config 'retention.ms=604800000,cleanup.policy=[compact,delete]'
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal 'User:CN=edge node,O=onex' --allow-host '*' --operation Write --topic tenant-1.onex.infra.error.detected.v1 --resource-pattern-type literal
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Write --topic tenant-1.onex.node. --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --add --allow-principal User:node-service --allow-host '*' --operation Read --group tenant-1.onex-node- --resource-pattern-type prefixed
kafka-acls.sh --bootstrap-server "$BOOTSTRAP_SERVER" --command-config "$COMMAND_CONFIG" --remove --force --allow-principal User:node-service --allow-host '*' --operation Write --topic tenant-1.onex.registry. --resource-pattern-type prefixed
