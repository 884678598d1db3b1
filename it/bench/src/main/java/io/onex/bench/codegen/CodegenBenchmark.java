package io.onex.bench.codegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times code generation at scale. For each N it synthesizes a catalog (seeded), then runs, each in
 * a fresh JVM: the ONEX generate pipeline from an empty output folder, again with nothing changed,
 * again after one schema was touched, and jsonschema2pojo on the same payload schemas from an empty
 * folder. Each measurement is repeated (the given count for small N, twice from 1,000, once from
 * 5,000 topics) and the median kept. Results go to a CSV, one row per run.
 *
 * <p>{@code java ... CodegenBenchmark <workDir> <csv> <sizes, e.g. 100,1000,5000> <repeats> [seed]}
 */
public final class CodegenBenchmark {

    private CodegenBenchmark() {
    }

    /** One timed run. */
    record Run(String tool, int n, String phase, int repeat, double toolMs, double processMs, double cpuMs, long files,
            long bytes, String detail) {
        boolean failed() {
            return detail.startsWith("status=FAILED");
        }

        String csv() {
            return String.format(Locale.ROOT, "%s,%d,%s,%d,%.1f,%.1f,%.1f,%d,%d,%s", tool, n, phase, repeat, toolMs, processMs,
                    cpuMs, files, bytes, detail);
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        int[] sizes = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        int repeats = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42L;
        List<Run> runs = new ArrayList<>();
        Files.createDirectories(csv.toAbsolutePath().getParent());
        for (int n : sizes) {
            Path root = work.resolve("n" + n);
            deleteTree(root);
            CatalogSynthesizer.Catalog catalog = new CatalogSynthesizer().write(root, n, seed);
            Path payloads = catalog.catalogDir().resolve("schemas/payloads");
            // Fewer repeats for the larger sizes keep the whole run inside its time budget (15 min on
            // 2 cores); a large run is also long enough for its own noise to average out.
            int reps = n >= 5000 ? 1 : n >= 1000 ? Math.min(2, repeats) : repeats;
            for (int r = 1; r <= reps; r++) {
                Path out = root.resolve("out-onex");
                Path state = root.resolve("state/generate.sha256");
                deleteTree(out);
                deleteTree(state.getParent());
                Run full = run("onex", n, "full", r, List.of("onex", catalog.catalogDir().toString(),
                        catalog.contractsDir().toString(), out.toString(), state.toString()));
                runs.add(full);
                if (full.failed()) {
                    // The inputs were refused (e.g. a guard limit): nothing to rebuild or compare at this N.
                    break;
                }
                runs.add(run("onex", n, "no-change", r, List.of("onex", catalog.catalogDir().toString(),
                        catalog.contractsDir().toString(), out.toString(), state.toString())));
                CatalogSynthesizer.touch(catalog, r);
                runs.add(run("onex", n, "touch-one", r, List.of("onex", catalog.catalogDir().toString(),
                        catalog.contractsDir().toString(), out.toString(), state.toString())));
                Path j2p = root.resolve("out-j2p");
                deleteTree(j2p);
                runs.add(run("jsonschema2pojo", n, "full", r, List.of("jsonschema2pojo", payloads.toString(), j2p.toString())));
                Files.write(csv, runs.stream().map(Run::csv).toList(), StandardCharsets.UTF_8);
            }
        }
        Files.write(csv, runs.stream().map(Run::csv).toList(), StandardCharsets.UTF_8);
    }

    private static Run run(String tool, int n, String phase, int repeat, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GenerateOnce.class.getName());
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder log = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (log.length() < 20_000) {
                    log.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        double processMs = (System.nanoTime() - start) / 1e6;
        if (exit != 0 || result == null) {
            String diagnostic = log.toString().lines().filter(l -> l.contains(": error: ")).findFirst().orElse(null);
            if (diagnostic == null) {
                throw new IllegalStateException(tool + " N=" + n + " " + phase + " failed (exit " + exit + "):\n" + log);
            }
            System.out.printf(Locale.ROOT, "codegen %-15s N=%-5d %-9s #%d  refused its inputs: %s%n", tool, n, phase, repeat,
                    diagnostic);
            return new Run(tool, n, phase, repeat, Double.NaN, processMs, Double.NaN, 0, 0,
                    "status=FAILED " + diagnostic.replace(',', ';'));
        }
        double ms = Double.parseDouble(field(result, "ms"));
        Run run = new Run(tool, n, phase, repeat, ms, processMs, Double.parseDouble(field(result, "cpu_ms")),
                Long.parseLong(field(result, "files")),
                Long.parseLong(field(result, "bytes")), result.substring(result.indexOf("status=")).replace(',', ';'));
        System.out.printf(Locale.ROOT, "codegen %-15s N=%-5d %-9s #%d  %9.1f ms (cpu %9.1f ms, process %9.1f ms)  %s%n",
                tool, n, phase, repeat, ms, run.cpuMs(), processMs, run.detail());
        return run;
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException("no " + name + " in " + line);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
