#!/bin/sh
# ONEX topics and ACLs: plan as rpk commands
# 1 topic creation, 1 partition increase, 2 config changes, 3 ACL additions, 1 ACL removal
# rpk takes the brokers and credentials from its profile or RPK_* environment variables.
# REFUSED, no command written: topic tenant-1.onex.node.shutdown.announced.v1: 6 partitions, catalog wants 3: Kafka cannot reduce the partitions of a topic
# note: ACLs not checked: example note
set -eu
rpk topic create tenant-1.onex.node.heartbeat.published.v1 --partitions 3 --topic-config retention.ms=3600000 --topic-config cleanup.policy=delete
rpk topic add-partitions tenant-1.onex.registry.node.registered.v1 --num 2
rpk topic alter-config tenant-1.onex.infra.error.detected.v1 --set retention.ms=604800000 --set cleanup.policy=compact,delete
rpk acl create --allow-principal '"User:CN=edge node,O=onex"' --allow-host '*' --operation write --topic tenant-1.onex.infra.error.detected.v1 --resource-pattern-type literal
rpk acl create --allow-principal User:node-service --allow-host '*' --operation write --topic tenant-1.onex.node. --resource-pattern-type prefixed
rpk acl create --allow-principal User:node-service --allow-host '*' --operation read --group tenant-1.onex-node- --resource-pattern-type prefixed
rpk acl delete --allow-principal User:node-service --allow-host '*' --operation write --topic tenant-1.onex.registry. --resource-pattern-type prefixed --no-confirm
