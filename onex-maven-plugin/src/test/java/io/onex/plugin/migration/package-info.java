/** Tests of the migration goals: the judgement on fixed observations, and status and cutover on a real broker. */
package io.onex.plugin.migration;
