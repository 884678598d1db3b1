#!/bin/sh
# ONEX topics and ACLs: plan as rpk commands
# 12 topic creations, 0 partition increases, 0 config changes, 13 ACL additions, 0 ACL removals
# rpk takes the brokers and credentials from its profile or RPK_* environment variables.
set -eu
rpk topic create onex.node.introspection.published.v1 --partitions 3 --topic-config retention.ms=86400000 --topic-config cleanup.policy=delete
rpk topic create onex.node.heartbeat.published.v1 --partitions 3 --topic-config retention.ms=3600000 --topic-config cleanup.policy=delete
rpk topic create onex.node.shutdown.announced.v1 --partitions 3 --topic-config retention.ms=86400000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.introspection.requested.v1 --partitions 3 --topic-config retention.ms=3600000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.node.registered.v1 --partitions 3 --topic-config retention.ms=604800000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.node.registration_failed.v1 --partitions 3 --topic-config retention.ms=604800000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.node.deregistered.v1 --partitions 3 --topic-config retention.ms=604800000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.workflow.started.v1 --partitions 3 --topic-config retention.ms=604800000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.workflow.completed.v1 --partitions 3 --topic-config retention.ms=2592000000 --topic-config cleanup.policy=delete
rpk topic create onex.registry.workflow.failed.v1 --partitions 3 --topic-config retention.ms=2592000000 --topic-config cleanup.policy=delete
rpk topic create onex.infra.circuit_breaker.state_changed.v1 --partitions 3 --topic-config retention.ms=604800000 --topic-config cleanup.policy=delete
rpk topic create onex.infra.error.detected.v1 --partitions 3 --topic-config retention.ms=604800000 --topic-config cleanup.policy=delete
rpk acl create --allow-principal User:infra-service --allow-host '*' --operation write --topic onex.infra. --resource-pattern-type prefixed
rpk acl create --allow-principal User:node-service --allow-host '*' --operation write --topic onex.infra.circuit_breaker.state_changed.v1 --resource-pattern-type literal
rpk acl create --allow-principal User:node-service --allow-host '*' --operation write --topic onex.infra.error.detected.v1 --resource-pattern-type literal
rpk acl create --allow-principal User:node-service --allow-host '*' --operation write --topic onex.node. --resource-pattern-type prefixed
rpk acl create --allow-principal User:node-service --allow-host '*' --operation read --topic onex.registry. --resource-pattern-type prefixed
rpk acl create --allow-principal User:node-service --allow-host '*' --operation read --group '*' --resource-pattern-type literal
rpk acl create --allow-principal User:observability --allow-host '*' --operation read --topic onex. --resource-pattern-type prefixed
rpk acl create --allow-principal User:observability --allow-host '*' --operation read --group '*' --resource-pattern-type literal
rpk acl create --allow-principal User:registry-service --allow-host '*' --operation read --topic onex.infra.circuit_breaker.state_changed.v1 --resource-pattern-type literal
rpk acl create --allow-principal User:registry-service --allow-host '*' --operation read --topic onex.infra.error.detected.v1 --resource-pattern-type literal
rpk acl create --allow-principal User:registry-service --allow-host '*' --operation read --topic onex.node. --resource-pattern-type prefixed
rpk acl create --allow-principal User:registry-service --allow-host '*' --operation write --topic onex.registry. --resource-pattern-type prefixed
rpk acl create --allow-principal User:registry-service --allow-host '*' --operation read --group '*' --resource-pattern-type literal
