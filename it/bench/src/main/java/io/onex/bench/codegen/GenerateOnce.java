package io.onex.bench.codegen;

import io.onex.plugin.core.CatalogSource;
import io.onex.plugin.core.GenerateCore;
import io.onex.plugin.core.GenerateRequest;
import io.onex.plugin.core.GenerateResult;
import io.onex.plugin.generate.GenerationOptions;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.NoopRuleLogger;

/**
 * One generate run in a fresh JVM, as a build runs it: the tool's classes are loaded cold. Prints
 * one {@code RESULT} line with the time of the tool call alone (what a Mojo adds to a build,
 * without Maven's own start-up, which both tools pay alike).
 *
 * <ul>
 *   <li>{@code onex <catalogDir> <contractsDir> <outDir> <stateFile>}: {@link GenerateCore#run}, with the
 *       catalog types on (records, enums, codecs, topic constants, serdes) and a publisher or subscriber per contract;</li>
 *   <li>{@code jsonschema2pojo <payloadDir> <outDir>}: {@link Jsonschema2Pojo#generate} with the Maven plugin's
 *       defaults plus {@code useTitleAsClassname}, so class names match ours.</li>
 * </ul>
 */
public final class GenerateOnce {

    /** Package of the jsonschema2pojo output. */
    static final String J2P_PACKAGE = "io.onex.bench.j2p";

    private GenerateOnce() {
    }

    public static void main(String[] args) throws Exception {
        String tool = args[0];
        long start = System.nanoTime();
        String detail;
        if ("onex".equals(tool)) {
            Path catalog = Path.of(args[1]);
            GenerateRequest request = new GenerateRequest(new CatalogSource.Directory(catalog), List.of(Path.of(args[2])),
                    Path.of(args[3]), Path.of(args[4]),
                    new GenerationOptions(GenerationOptions.DEFAULT_CATALOG_PACKAGE, GenerationOptions.DEFAULT_CONTRACT_PACKAGE,
                            true),
                    false, catalog.getParent(), "bench");
            GenerateResult result = GenerateCore.run(request);
            if (result.status() == GenerateResult.Status.FAILED) {
                result.diagnostics().stream().limit(20).forEach(d -> System.err.println(d));
                throw new IllegalStateException("generate failed with " + result.errorCount() + " errors");
            }
            detail = "status=" + result.status() + " written=" + result.written().size() + " unchanged=" + result.unchanged()
                    + " deleted=" + result.deleted().size();
        } else if ("jsonschema2pojo".equals(tool)) {
            Path payloads = Path.of(args[1]);
            File target = new File(args[2]);
            URL source = payloads.toUri().toURL();
            GenerationConfig config = new DefaultGenerationConfig() {
                @Override
                public Iterator<URL> getSource() {
                    return List.of(source).iterator();
                }

                @Override
                public File getTargetDirectory() {
                    return target;
                }

                @Override
                public String getTargetPackage() {
                    return J2P_PACKAGE;
                }

                @Override
                public boolean isUseTitleAsClassname() {
                    return true;
                }

                @Override
                public String getTargetVersion() {
                    return "17";
                }
            };
            Jsonschema2Pojo.generate(config, new NoopRuleLogger());
            detail = "status=GENERATED";
        } else {
            throw new IllegalArgumentException("unknown tool " + tool);
        }
        long nanos = System.nanoTime() - start;
        Path out = Path.of("onex".equals(tool) ? args[3] : args[2]);
        System.out.printf(java.util.Locale.ROOT, "RESULT ms=%.1f cpu_ms=%.1f files=%d bytes=%d %s%n", nanos / 1e6,
                processCpuNanos() / 1e6, count(out, false), count(out, true), detail);
    }

    /** CPU time of the whole JVM so far (all threads: the tool, the JIT compilers, GC). */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static long count(Path dir, boolean bytes) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).mapToLong(p -> {
                try {
                    return bytes ? Files.size(p) : 1;
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
