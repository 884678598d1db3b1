package io.onex.bench.codec;

import io.onex.sdk.codec.EnvelopeCodec;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Serialize, deserialize and round trip of one envelope, per contender. Every parameter
 * combination runs in its own fork, so each call site sees one contender only.
 *
 * <p>Before measuring, the setup checks that the contender's bytes are the same event: the
 * generated codec must read them and write back exactly its own bytes, so every contender does
 * the same work on the same JSON.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnvelopeCodecBenchmark {

    @Param({"heartbeat", "introspection"})
    public String event;

    @Param({"onex", "jackson", "jackson-records", "jackson-networknt", "apicurio"})
    public String contender;

    private Contender subject;
    private Object value;
    private byte[] bytes;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        EventKind kind = EventKind.of(event);
        subject = Contender.create(contender, kind);
        value = subject.event();
        bytes = subject.serialize(value);
        EnvelopeCodec<Object> reference = (EnvelopeCodec<Object>) kind.topic().codec();
        byte[] canonical = reference.encode(reference.decode(kind.fixture()));
        byte[] readBack = reference.encode(reference.decode(subject.json(bytes)));
        if (!Arrays.equals(canonical, readBack)) {
            throw new IllegalStateException(contender + " writes a different " + event + " event:\n"
                    + new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\nexpected\n"
                    + new String(canonical, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (subject.deserialize(bytes) == null) {
            throw new IllegalStateException(contender + " cannot read the canonical " + event + " event");
        }
        if (subject.validates()) {
            boolean refused;
            try {
                subject.deserialize(subject.wire(kind.outOfRange(canonical)));
                refused = false;
            } catch (Exception e) {
                refused = true;
            }
            if (!refused) {
                throw new IllegalStateException(contender + " claims to validate but read an out-of-range " + event);
            }
        }
    }

    @Benchmark
    public byte[] serialize() throws Exception {
        return subject.serialize(value);
    }

    @Benchmark
    public Object deserialize() throws Exception {
        return subject.deserialize(bytes);
    }

    @Benchmark
    public Object roundTrip() throws Exception {
        return subject.deserialize(subject.serialize(value));
    }
}
