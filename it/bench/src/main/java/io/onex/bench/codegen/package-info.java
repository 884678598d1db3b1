/** Code generation at scale: a seeded catalog synthesizer and timed generate runs of ONEX and jsonschema2pojo. */
package io.onex.bench.codegen;
