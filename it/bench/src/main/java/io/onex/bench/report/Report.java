package io.onex.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code report.md} from one run's results: {@code jmh.json} (codec benchmarks),
 * {@code codegen.csv} and {@code publish.csv}, whichever exist. Every ratio is against a baseline
 * measured in the same run; nothing here is compared with a number from another run or machine.
 *
 * <p>{@code java ... Report <resultsDir>}
 */
public final class Report {

    private static final String[] OPERATIONS = {"serialize", "deserialize", "roundTrip"};
    private static final Map<String, String> CONTENDERS = new LinkedHashMap<>();

    static {
        CONTENDERS.put("onex", "ONEX generated codec (checks on)");
        CONTENDERS.put("jackson", "Jackson databind, plain records (baseline)");
        CONTENDERS.put("jackson-records", "Jackson databind, generated records");
        CONTENDERS.put("jackson-networknt", "Jackson databind + networknt");
        CONTENDERS.put("apicurio", "Apicurio JSON Schema serde (validation on)");
    }

    private Report() {
    }

    /** One JMH result. */
    record Score(double opsPerSecond, double error, double bytesPerOp) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        StringBuilder md = new StringBuilder();
        Path jmh = dir.resolve("jmh.json");
        if (Files.isRegularFile(jmh)) {
            codec(md, new ObjectMapper().readTree(jmh.toFile()));
        }
        Path codegen = dir.resolve("codegen.csv");
        if (Files.isRegularFile(codegen)) {
            codegen(md, Files.readAllLines(codegen, StandardCharsets.UTF_8));
        }
        Path publish = dir.resolve("publish.csv");
        if (Files.isRegularFile(publish)) {
            publish(md, Files.readAllLines(publish, StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
    }

    // ---- serialization -------------------------------------------------------------------------

    static void codec(StringBuilder md, JsonNode results) {
        Map<String, Map<String, Map<String, Score>>> byEvent = new TreeMap<>();
        for (JsonNode r : results) {
            String benchmark = r.get("benchmark").asText();
            String op = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String event = r.path("params").path("event").asText();
            String contender = r.path("params").path("contender").asText();
            double bytes = Double.NaN;
            for (Map.Entry<String, JsonNode> e : r.path("secondaryMetrics").properties()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    bytes = e.getValue().path("score").asDouble();
                }
            }
            JsonNode primary = r.path("primaryMetric");
            byEvent.computeIfAbsent(event, k -> new TreeMap<>()).computeIfAbsent(op, k -> new LinkedHashMap<>())
                    .put(contender, new Score(primary.path("score").asDouble(), primary.path("scoreError").asDouble(), bytes));
        }
        md.append("## Serialization and validation (JMH, ops/s, higher is better; B/op from `-prof gc`)\n\n");
        List<String> goals = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, Score>>> event : byEvent.entrySet()) {
            md.append("### ").append(event.getKey()).append(" envelope\n\n");
            md.append("| operation | contender | ops/s | ± (99.9%) | B/op | × Jackson | × Jackson+networknt | B/op ÷ Jackson+networknt |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (String op : OPERATIONS) {
                Map<String, Score> scores = event.getValue().get(op);
                if (scores == null) {
                    continue;
                }
                Score plain = scores.get("jackson");
                Score validated = scores.get("jackson-networknt");
                for (String contender : CONTENDERS.keySet()) {
                    Score s = scores.get(contender);
                    if (s == null) {
                        continue;
                    }
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", op,
                            CONTENDERS.get(contender), num(s.opsPerSecond()), num(s.error()), num(s.bytesPerOp()),
                            ratio(s.opsPerSecond(), plain == null ? Double.NaN : plain.opsPerSecond()),
                            ratio(s.opsPerSecond(), validated == null ? Double.NaN : validated.opsPerSecond()),
                            ratio(s.bytesPerOp(), validated == null ? Double.NaN : validated.bytesPerOp())));
                }
                Score onex = scores.get("onex");
                if ("roundTrip".equals(op) && onex != null && plain != null && validated != null) {
                    goals.add(goal(event.getKey() + ": validated round trip ≥ 2.5 × Jackson+networknt",
                            onex.opsPerSecond() / validated.opsPerSecond(), 2.5, true));
                    goals.add(goal(event.getKey() + ": validated round trip ≥ 1.3 × plain Jackson",
                            onex.opsPerSecond() / plain.opsPerSecond(), 1.3, true));
                    goals.add(goal(event.getKey() + ": round-trip B/op ≤ 0.5 × Jackson+networknt",
                            onex.bytesPerOp() / validated.bytesPerOp(), 0.5, false));
                }
            }
            md.append('\n');
        }
        goals(md, goals);
    }

    // ---- code generation -----------------------------------------------------------------------

    static void codegen(StringBuilder md, List<String> lines) {
        // tool,n,phase,repeat,toolMs,processMs,cpuMs,files,bytes,detail
        Map<String, List<String[]>> groups = new TreeMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", 10);
            groups.computeIfAbsent(f[0] + "|" + f[2] + "|" + String.format(Locale.ROOT, "%06d", Integer.parseInt(f[1])),
                    k -> new ArrayList<>()).add(f);
        }
        List<Integer> sizes = lines.stream().filter(l -> !l.isBlank()).map(l -> Integer.parseInt(l.split(",")[1]))
                .distinct().sorted().toList();
        md.append("## Code generation (each run in a fresh JVM; median of the repeats; wall ms of the tool call, "
                + "CPU ms of the whole JVM in brackets)\n\n");
        md.append("| N topics (M contracts) | ONEX full | ONEX files / KiB | jsonschema2pojo full | j2p files / KiB | ONEX ÷ j2p "
                + "| ONEX µs per topic | no-change rebuild | no-change ÷ full | touch one schema | files rewritten |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<String> goals = new ArrayList<>();
        for (int n : sizes) {
            String key = String.format(Locale.ROOT, "%06d", n);
            String[] full = median(groups.get("onex|full|" + key));
            String[] none = median(groups.get("onex|no-change|" + key));
            String[] touch = median(groups.get("onex|touch-one|" + key));
            String[] j2p = median(groups.get("jsonschema2pojo|full|" + key));
            if (full != null && full[9].startsWith("status=FAILED")) {
                md.append(String.format(Locale.ROOT, "| %,d (%,d) | refused its inputs: `%s` | | not run | | | | | | | |\n",
                        n, n / 5, full[9].substring("status=FAILED ".length()).replace('|', '/')));
                goals.add(goal("N=" + n + ": generate runs at all", Double.NaN, 0, false).replace("not measured", "**missed**"));
                continue;
            }
            double fullMs = ms(full);
            double j2pMs = ms(j2p);
            double perTopic = fullMs * 1000 / n;
            md.append(String.format(Locale.ROOT, "| %,d (%,d) | %s ms (%s) | %s | %s ms (%s) | %s | %s | %s | %s ms | %s | %s ms | %s |\n",
                    n, n / 5, num(fullMs), num(cpu(full)), files(full), num(j2pMs), num(cpu(j2p)), files(j2p), ratio(fullMs, j2pMs),
                    num(perTopic),
                    num(ms(none)), percent(ms(none), fullMs), num(ms(touch)), written(touch)));
            goals.add(goal("N=" + n + ": generate ≤ 0.5 × jsonschema2pojo", fullMs / j2pMs, 0.5, false));
            goals.add(goal("N=" + n + ": no-change rebuild < 5 % of the full run", ms(none) / fullMs, 0.05, false));
        }
        md.append('\n');
        // Linearity: the marginal cost of a topic between consecutive sizes (a fresh JVM's fixed
        // start-up cost cancels out). Linear growth keeps it flat; 1.25 allows for noise.
        List<double[]> measured = new ArrayList<>();
        for (int n : sizes) {
            double t = ms(median(groups.get("onex|full|" + String.format(Locale.ROOT, "%06d", n))));
            if (!Double.isNaN(t)) {
                measured.add(new double[] {n, t});
            }
        }
        if (measured.size() >= 3) {
            md.append("Marginal cost of one more topic (ONEX full run): ");
            List<Double> marginals = new ArrayList<>();
            for (int i = 1; i < measured.size(); i++) {
                double[] a = measured.get(i - 1);
                double[] b = measured.get(i);
                double marginal = (b[1] - a[1]) * 1000 / (b[0] - a[0]);
                marginals.add(marginal);
                md.append(String.format(Locale.ROOT, "%s%,.0f → %,.0f topics: %s µs", i > 1 ? "; " : "", a[0], b[0],
                        num(marginal)));
            }
            md.append(".\n\n");
            goals.add(goal("linear growth: marginal µs per topic, last interval ÷ first (≤ 1.25)",
                    marginals.get(marginals.size() - 1) / marginals.get(0), 1.25, false));
        }
        goals(md, goals);
    }

    private static String[] median(List<String[]> runs) {
        if (runs == null || runs.isEmpty()) {
            return null;
        }
        List<String[]> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(Double.parseDouble(a[4]), Double.parseDouble(b[4])));
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static double ms(String[] run) {
        return run == null ? Double.NaN : Double.parseDouble(run[4]);
    }

    private static double cpu(String[] run) {
        return run == null ? Double.NaN : Double.parseDouble(run[6]);
    }

    private static String files(String[] run) {
        return run == null ? "–" : String.format(Locale.ROOT, "%,d / %,d", Long.parseLong(run[7]), Long.parseLong(run[8]) / 1024);
    }

    private static String written(String[] run) {
        if (run == null) {
            return "–";
        }
        for (String part : run[9].split(" ")) {
            if (part.startsWith("written=")) {
                return part.substring("written=".length());
            }
        }
        return "?";
    }

    // ---- publishing ----------------------------------------------------------------------------

    static void publish(StringBuilder md, List<String> lines) {
        // contender,event,events,seconds,eventsPerSecond,p50Ms,p99Ms,phase
        md.append("## Publishing (embedded broker, acks=all; best of the rounds)\n\n");
        md.append("| phase | event | contender | events | events/s | × raw producer | p50 ms | p99 ms |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|\n");
        Map<String, String[]> best = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            String key = f[7] + "|" + f[1] + "|" + f[0];
            String[] previous = best.get(key);
            if (previous == null || Double.parseDouble(f[4]) > Double.parseDouble(previous[4])) {
                best.put(key, f);
            }
        }
        List<String> goals = new ArrayList<>();
        for (String[] f : best.values()) {
            String[] raw = best.get(f[7] + "|" + f[1] + "|raw");
            double rate = Double.parseDouble(f[4]);
            double rawRate = raw == null ? Double.NaN : Double.parseDouble(raw[4]);
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %,d | %s | %s | %s | %s |\n", f[7], f[1],
                    "raw".equals(f[0]) ? "raw KafkaProducer<byte[],byte[]> (pre-serialized)" : "generated publisher + KafkaEventBus",
                    Long.parseLong(f[2]), num(rate), ratio(rate, rawRate), num(Double.parseDouble(f[5])),
                    num(Double.parseDouble(f[6]))));
            if (!"raw".equals(f[0]) && "throughput".equals(f[7])) {
                goals.add(goal(f[1] + ": publisher ≥ 0.9 × raw producer throughput", rate / rawRate, 0.9, true));
            }
            if (!"raw".equals(f[0])) {
                goals.add(goal(f[1] + " (" + f[7] + "): p99 < 200 ms (spec section 14)", Double.parseDouble(f[6]), 200, false));
            }
        }
        md.append('\n');
        goals(md, goals);
    }

    // ---- formatting ----------------------------------------------------------------------------

    private static String goal(String name, double value, double threshold, boolean atLeast) {
        boolean met = atLeast ? value >= threshold : value <= threshold;
        return String.format(Locale.ROOT, "| %s | %s | %s |", name, Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value),
                Double.isNaN(value) ? "not measured" : met ? "met" : "**missed**");
    }

    private static void goals(StringBuilder md, List<String> goals) {
        if (goals.isEmpty()) {
            return;
        }
        md.append("| goal | measured | |\n|---|---:|---|\n");
        goals.forEach(g -> md.append(g).append('\n'));
        md.append('\n');
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String percent(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * a / b);
    }
}
