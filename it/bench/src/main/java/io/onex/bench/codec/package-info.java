/** JMH benchmarks of envelope serialization and validation: the generated codecs against Jackson databind with and without networknt. */
package io.onex.bench.codec;
