import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 8's start-up benchmark of installed programs: starts each given program in turn (A, B, A, B, ...),
 * measures the wall time from starting the process to the line starting with {@value #MARKER} on its
 * standard output, and lets it exit. Run it with a display (bench/installer/run-startup.sh does):
 *
 * <pre>java bench/installer/InstalledStartupBenchmark.java [--runs N] [--warmup N] NAME=COMMAND ...</pre>
 *
 * COMMAND is split at spaces. The programs get -Dsikkerby.startupProbe=exit through JAVA_TOOL_OPTIONS,
 * which a jpackage launcher passes to its JVM. Prints min, median and mean per program and the ratio
 * of each median to the first program's.
 */
public class InstalledStartupBenchmark {

    /** What the app's StartupProbe prints once the main window shows a year (and the minimal window once shown). */
    static final String MARKER = "SIKKERBY-SHOWN";
    static final long TIMEOUT_SECONDS = 60;

    public static void main(String[] args) throws Exception {
        int runs = 10;
        int warmup = 2;
        Map<String, List<String>> programs = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> {
                    int eq = args[i].indexOf('=');
                    programs.put(args[i].substring(0, eq), Arrays.asList(args[i].substring(eq + 1).split(" ")));
                }
            }
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        programs.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        for (int round = 0; round < warmup + runs; round++) {
            for (Map.Entry<String, List<String>> p : programs.entrySet()) {
                double ms = timeToMarker(p.getValue());
                if (round >= warmup) {
                    times.get(p.getKey()).add(ms);
                }
            }
        }
        report(times, runs);
    }

    static double timeToMarker(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dsikkerby.startupProbe=exit");
        long start = System.nanoTime();
        Process process = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(MARKER)) {
                    return (System.nanoTime() - start) / 1e6;
                }
            }
            throw new IllegalStateException("No start-up marker from " + command + ", exit " + process.waitFor());
        } finally {
            process.destroy();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static void report(Map<String, List<Double>> times, int runs) {
        System.out.printf("%d runs each, %d cores, %s %s%n", runs, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        System.out.printf("%-28s %8s %8s %8s %8s%n", "program", "min ms", "median", "mean", "ratio");
        double base = -1;
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            List<Double> t = new ArrayList<>(e.getValue());
            t.sort(null);
            double median = t.size() % 2 == 1 ? t.get(t.size() / 2) : (t.get(t.size() / 2 - 1) + t.get(t.size() / 2)) / 2;
            double mean = t.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            base = base < 0 ? median : base;
            System.out.printf("%-28s %8.0f %8.0f %8.0f %8.2f%n", e.getKey(), t.get(0), median, mean, median / base);
        }
    }
}
