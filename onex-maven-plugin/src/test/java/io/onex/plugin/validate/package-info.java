/** Tests of the rules, schema resolution and topic name forms. */
package io.onex.plugin.validate;
