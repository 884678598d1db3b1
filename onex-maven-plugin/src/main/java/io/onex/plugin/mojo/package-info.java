/** Thin Maven goals: the only package that imports org.apache.maven; each reads its parameters and calls the core. */
package io.onex.plugin.mojo;
