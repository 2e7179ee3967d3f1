package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.Launcher;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.ui.StartupProbe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 3's start-up benchmark: time from process start to the app ready for the user (the main window
 * showing its sign-in form; the database opens behind it while the user types, decision 0006),
 * for the app on a 25-initiative file and on a 2,000-initiative × 10-year file, side by side with a minimal
 * JavaFX window started the same way (plain main class, JavaFX on the class path), in one run.
 * Needs a display (run it under Xvfb: bench/startup.sh).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path dir = Files.createTempDirectory("sikkerby-startup");
        DatabaseFile small = BenchData.create(DatabaseFile.of(dir.resolve("small").toString()), 25, 1, 2021);
        DatabaseFile large = BenchData.create(DatabaseFile.of(dir.resolve("large").toString()), 2000, 10, 2021);
        System.out.printf("files: small %d KB, large %d KB%n", Files.size(small.mvFile()) / 1024,
                Files.size(large.mvFile()) / 1024);
        long[][] times = new long[3][rounds];
        for (int r = 0; r < rounds; r++) {
            times[0][r] = measure(MinimalWindow.class.getName(), dir);
            times[1][r] = measure(Launcher.class.getName(), dir, "--db", small.toString());
            times[2][r] = measure(Launcher.class.getName(), dir, "--db", large.toString());
            System.out.printf("round %d: minimal %d ms, app 25 %d ms, app 2000x10 %d ms%n", r + 1,
                    times[0][r], times[1][r], times[2][r]);
        }
        long minimal = median(times[0]);
        System.out.printf("median: minimal window %d ms; app, 25 initiatives %d ms (%.2fx); "
                        + "app, 2,000 initiatives x 10 years %d ms (%.2fx)%n",
                minimal, median(times[1]), median(times[1]) / (double) minimal,
                median(times[2]), median(times[2]) / (double) minimal);
    }

    private static long measure(String mainClass, Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the JIT setting javafx:run and the packaged app start with (decision 0404), for both
                "-XX:TieredStopAtLevel=1",
                "-D" + StartupProbe.PROPERTY + "=exit", "-Dsikkerby.dataDir=" + dir.resolve("data"),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(Arrays.asList(args));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(StartupProbe.MARKER)) {
                    long elapsed = (System.nanoTime() - start) / 1_000_000;
                    process.waitFor();
                    return elapsed;
                }
            }
        }
        throw new IllegalStateException(mainClass + " ended without showing its window (exit " + process.waitFor() + ")");
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
