package io.onex.bench.codec;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EnvelopeCodecBenchmark} with the GC profiler (bytes allocated per operation) and
 * writes JMH's JSON results.
 *
 * <p>{@code java ... CodecBenchmarks <result.json> [quick|full] [extra JMH include regex]}. Full:
 * 1 fork, 3 x 1 s warm-up, 4 x 1 s measurement per combination; quick: 1 fork, 1 x 1 s, 2 x 1 s.
 */
public final class CodecBenchmarks {

    private CodecBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args[0]);
        boolean quick = args.length > 1 && "quick".equals(args[1]);
        String include = args.length > 2 ? args[2] : EnvelopeCodecBenchmark.class.getName();
        Files.createDirectories(result.toAbsolutePath().getParent());
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 4)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
        new Runner(options.build()).run();
    }
}
