/**
 * The rules of the ONEX specification that the Maven plugin and the SDK runtime both apply (tenant syntax,
 * physical topic names, consumer group names, principal classes), defined once so the two cannot drift apart.
 */
package io.onex.rules;
