/** Benchmarks of the ONEX toolkit: serialization, code generation and publishing, each against a baseline run alongside. */
package io.onex.bench;
