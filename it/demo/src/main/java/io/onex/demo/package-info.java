/** The live demo: a node and a registry-side subscriber on an embedded broker, all through generated code. */
package io.onex.demo;
