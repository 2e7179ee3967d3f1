import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Smoke tests of the packaged app and the training of its class-data sharing (CDS) archive; see
 * docs/decisions/0402-class-data-sharing.md. A single-file program:
 *
 * <pre>
 * java installer/SmokeTestAndCds.java image IMAGE_FOLDER WORK_FOLDER [archive-at-install]
 * java installer/SmokeTestAndCds.java installed LAUNCHER WORK_FOLDER
 * </pre>
 *
 * {@code image} (step 3 of the installer profile in pom.xml):
 * 1. starts the image's launcher with --smoke-test on a fresh database (open the main window, load a
 *    year, export it, exit 0) and records the classes it loads (-XX:DumpLoadedClassList) in the
 *    image as lib/app/sikkerby.classlist; then starts it as from the menu on that database, until
 *    its sign-in form is shown, and adds the classes that start loads to the list;
 * 2. dumps those classes of the runtime (JDK and JavaFX) as the runtime's default CDS archive;
 * 3. smoke-tests again with -Xshare:on, which fails if the archive cannot be used;
 * 4. with archive-at-install (the .deb), removes the archive again: the package's postinst makes it
 *    at the installed path, with the app's own classes too.
 * {@code installed}: smoke-tests an installed launcher with -Xshare:on.
 * Each run must exit 0 and leave a non-empty smoke-test-export.xlsx and smoke-test-export.pdf beside its database. On Linux
 * without a DISPLAY the launcher runs under xvfb-run. Exits non-zero otherwise, failing the build.
 */
public class SmokeTestAndCds {

    static final long TIMEOUT_SECONDS = 180;
    static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        if (args[0].equals("installed")) {
            smokeTest(Path.of(args[1]), work.resolve("installed"), "-Xshare:on");
            cliSmokeTest(cliLauncher(Path.of(args[1])), work.resolve("installed-cli"), "-Xshare:on");
            System.out.println("Smoke test of the installed " + args[1] + " and its command line passed, with class-data sharing.");
            return;
        }
        Path images = Path.of(args[1]).toAbsolutePath();
        Path launcher = launcher(images);
        Path runtime = runtime(images);
        Path classList = appFolder(images).resolve("sikkerby.classlist");
        if (OS.contains("linux")) {
            scriptCliLauncher(cliLauncher(launcher));
        }

        // with the start-up probe on, so that what the benchmark measures is trained too
        smokeTest(launcher, work.resolve("training"), "-XX:DumpLoadedClassList=" + classList
                + " -Dsikkerby.startupProbe=print");
        firstWindowTraining(launcher, work.resolve("training"), classList);
        cliTraining(cliLauncher(launcher), work.resolve("cli-training"), classList);
        run(List.of(runtime.resolve("bin").resolve(exe("java")).toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-Xlog:cds=error"), null);
        smokeTest(launcher, work.resolve("with-cds"), "-Xshare:on");
        cliSmokeTest(cliLauncher(launcher), work.resolve("cli-with-cds"), "-Xshare:on");
        if (args.length > 3 && args[3].equals("archive-at-install")) {
            try (Stream<Path> archives = Files.walk(runtime)) {
                for (Path archive : archives.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList()) {
                    Files.delete(archive);
                }
            }
            System.out.println("Smoke test passed twice; the package makes the CDS archive when it is installed.");
        } else {
            System.out.println("Smoke test passed twice; CDS archive written to the runtime of " + launcher);
        }
    }

    static void smokeTest(Path launcher, Path folder, String jvmOption) throws Exception {
        Files.createDirectories(folder);
        List<String> command = new ArrayList<>();
        if (OS.contains("linux") && System.getenv("DISPLAY") == null) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.addAll(List.of(launcher.toString(), "--smoke-test", "--db", folder.resolve("sikkerby").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_TOOL_OPTIONS", jvmOption);
        // the settings file and default data folder of the smoke test, not the user's
        pb.environment().put("XDG_DATA_HOME", folder.toString());
        pb.environment().put("APPDATA", folder.toString());
        run(command, pb);
        for (String extension : new String[] {"xlsx", "pdf"}) {
            Path export = folder.resolve("smoke-test-export." + extension);
            if (!Files.isRegularFile(export)) {
                throw new IllegalStateException("The smoke test wrote no " + extension + " export in " + folder);
            }
            if (Files.size(export) == 0) {
                throw new IllegalStateException("The smoke test's export is empty: " + export);
            }
            System.out.println("Smoke test export: " + export + " (" + Files.size(export) + " bytes)");
        }
    }

    /**
     * A start as from the menu, on the smoke test's database (a year, no users yet): the main window with
     * its sign-in form, then the start-up probe exits. The classes it loads that the smoke test did not
     * (the sign-in form's) are added to the class list, so that they are archived too.
     */
    static void firstWindowTraining(Path launcher, Path folder, Path classList) throws Exception {
        Path firstList = classList.resolveSibling("first-window.classlist");
        List<String> command = new ArrayList<>();
        if (OS.contains("linux") && System.getenv("DISPLAY") == null) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.addAll(List.of(launcher.toString(), "--db", folder.resolve("sikkerby").toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + firstList
                + " -Dsikkerby.startupProbe=exit");
        pb.environment().put("XDG_DATA_HOME", folder.toString());
        pb.environment().put("APPDATA", folder.toString());
        run(command, pb);
        Set<String> known = new HashSet<>(Files.readAllLines(classList));
        List<String> added = Files.readAllLines(firstList).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank() && known.add(line)).toList();
        Files.write(classList, added, StandardOpenOption.APPEND);
        Files.delete(firstList);
        System.out.println("First-window training added " + added.size() + " lines to the class list.");
    }

    /**
     * The command-line launcher beside the app's (issue 19): the commands people run most, each a process
     * of its own, on a fresh database; the classes they load that the app's runs did not are added to the
     * class list, so that the command line starts from the same archive.
     */
    static void cliTraining(Path cli, Path folder, Path classList) throws Exception {
        Files.createDirectories(folder);
        String db = folder.resolve("training").toString();
        String out = folder.resolve("export.xlsx").toString();
        List<List<String>> commands = List.of(List.of("--version"), List.of("--db", db, "init"),
                List.of("--db", db, "import", "--example", "2021"), List.of("--db", db, "years"),
                List.of("--db", db, "users"), List.of("--db", db, "export", "--year", "2021", "--out", out));
        Set<String> known = new HashSet<>(Files.readAllLines(classList));
        int added = 0;
        for (List<String> arguments : commands) {
            Path list = classList.resolveSibling("cli.classlist");
            List<String> command = new ArrayList<>(List.of(cli.toString()));
            command.addAll(arguments);
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list);
            pb.environment().put("XDG_DATA_HOME", folder.toString());
            pb.environment().put("APPDATA", folder.toString());
            run(command, pb);
            List<String> lines = Files.readAllLines(list).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank() && known.add(line)).toList();
            Files.write(classList, lines, StandardOpenOption.APPEND);
            Files.delete(list);
            added += lines.size();
        }
        System.out.println("Command-line training added " + added + " lines to the class list.");
    }

    /**
     * The command-line launcher runs without a display: {@code --version}, then {@code init} and {@code years}
     * on a fresh database in {@code folder}; each must exit 0 and print something.
     */
    static void cliSmokeTest(Path cli, Path folder, String jvmOption) throws Exception {
        Files.createDirectories(folder);
        String db = folder.resolve("fresh").toString();
        for (List<String> arguments : List.of(List.of("--version"), List.of("--db", db, "init"), List.of("--db", db, "years"))) {
            List<String> command = new ArrayList<>(List.of(cli.toString()));
            command.addAll(arguments);
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("JAVA_TOOL_OPTIONS", jvmOption);
            pb.environment().put("XDG_DATA_HOME", folder.toString());
            pb.environment().put("APPDATA", folder.toString());
            pb.environment().remove("DISPLAY");
            Path output = folder.resolve(arguments.get(arguments.size() - 1).replace("-", "") + ".txt");
            pb.redirectErrorStream(true).redirectOutput(output.toFile());
            Process process = pb.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            String printed = Files.readString(output).replace("Picked up JAVA_TOOL_OPTIONS: " + jvmOption, "").strip();
            if (process.exitValue() != 0 || printed.isEmpty()) {
                throw new IllegalStateException("Exit code " + process.exitValue() + " and output \"" + printed + "\": " + command);
            }
            System.out.println("Command-line smoke test: " + arguments.get(arguments.size() - 1) + " -> " + printed.lines().findFirst().orElse(""));
        }
    }

    /**
     * On Linux, replaces jpackage's native {@code sikkerby-cli} with installer/linux/sikkerby-cli.sh (decision
     * 1908): JDK 17's native launcher asks rpm and dpkg which package owns it at every start, half a second
     * before the JVM starts. Run from the project folder, as the installer profile runs this program.
     */
    static void scriptCliLauncher(Path cliLauncher) throws IOException {
        Path script = Path.of("installer", "linux", "sikkerby-cli.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("No " + script.toAbsolutePath() + ": run from the project folder.");
        }
        Files.copy(script, cliLauncher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (!cliLauncher.toFile().setExecutable(true, false)) {
            throw new IllegalStateException("Could not make " + cliLauncher + " executable.");
        }
    }

    /** {@code sikkerby-cli} beside the app's launcher (installer/<os>/sikkerby-cli.properties). */
    static Path cliLauncher(Path launcher) {
        String name = launcher.getFileName().toString();
        return launcher.resolveSibling(name.endsWith(".exe") ? "sikkerby-cli.exe" : "sikkerby-cli");
    }

    static void run(List<String> command, ProcessBuilder configured) throws IOException, InterruptedException {
        ProcessBuilder pb = configured != null ? configured : new ProcessBuilder(command);
        Process process = pb.inheritIO().start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("Timed out after " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exit code " + process.exitValue() + ": " + command);
        }
    }

    static Path launcher(Path images) {
        if (OS.contains("win")) {
            return images.resolve("sikkerby").resolve("sikkerby.exe");
        }
        if (OS.contains("mac")) {
            return images.resolve("sikkerby.app").resolve("Contents").resolve("MacOS").resolve("sikkerby");
        }
        return images.resolve("sikkerby").resolve("bin").resolve("sikkerby");
    }

    static Path appFolder(Path images) {
        if (OS.contains("win")) {
            return images.resolve("sikkerby").resolve("app");
        }
        if (OS.contains("mac")) {
            return images.resolve("sikkerby.app").resolve("Contents").resolve("app");
        }
        return images.resolve("sikkerby").resolve("lib").resolve("app");
    }

    static Path runtime(Path images) {
        if (OS.contains("win")) {
            return images.resolve("sikkerby").resolve("runtime");
        }
        if (OS.contains("mac")) {
            return images.resolve("sikkerby.app").resolve("Contents").resolve("runtime").resolve("Contents").resolve("Home");
        }
        return images.resolve("sikkerby").resolve("lib").resolve("runtime");
    }

    static String exe(String name) {
        return OS.contains("win") ? name + ".exe" : name;
    }
}
