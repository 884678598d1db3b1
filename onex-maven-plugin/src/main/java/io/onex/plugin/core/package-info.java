/**
 * The plain-Java entry of every goal: load and validate a project once ({@link io.onex.plugin.core.ProjectLoader}),
 * and the shape every goal follows (an immutable request in, a {@link io.onex.plugin.core.GoalResult} with located
 * diagnostics out).
 */
package io.onex.plugin.core;
