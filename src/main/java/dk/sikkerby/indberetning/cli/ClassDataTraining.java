package dk.sikkerby.indberetning.cli;

import dk.sikkerby.indberetning.app.Logging;
import dk.sikkerby.indberetning.app.TempFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's training run for the command line's class-data-sharing archive (decisions 1900, 1904): runs
 * the commands people run most, in one process, on a fresh database in {@code FOLDER}, so that the JVM can
 * list every class they load ({@code -XX:DumpLoadedClassList}), from which the build dumps a static archive
 * (steps in pom.xml). Each command must succeed; a failure fails the build with the command's own output,
 * so the run is also a smoke test of the runnable jar.
 *
 * <pre>java -XX:DumpLoadedClassList=target/sikkerby-cli.classlist -cp target/sikkerby.jar
 *     dk.sikkerby.indberetning.cli.ClassDataTraining FOLDER</pre>
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).toAbsolutePath();
        System.setProperty("sikkerby.dataDir", folder.resolve("data").toString());
        Logging.configure();
        TempFiles.configure();
        train(folder);
        System.out.println("Class-data training: " + commands(folder).size() + " commands ran.");
    }

    /** Runs the commands on a fresh database in {@code folder}, which is emptied first. */
    static void train(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path p : old.toList()) {
                deleteTree(p);
            }
        }
        Files.createDirectories(folder.resolve("templates"));
        for (List<String> command : commands(folder)) {
            run(command);
        }
    }

    /** What people run: the read-only commands (history too, decision 1913), an import, and every export format. */
    static List<List<String>> commands(Path folder) {
        String db = folder.resolve("training").toString();
        String year = "2021";
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--version"));
        commands.add(List.of("--help"));
        commands.add(List.of("--db", db, "init"));
        commands.add(List.of("--db", db, "import", "--example", year, "--dry-run", "--report", "json"));
        commands.add(List.of("--db", db, "import", "--example", year));
        commands.add(List.of("--db", db, "years"));
        commands.add(List.of("--db", db, "users"));
        commands.add(List.of("--db", db, "check"));
        commands.add(List.of("--db", db, "history", "--initiative", "1"));
        for (String format : List.of("xlsx", "csv", "pdf", "docx")) {
            commands.add(List.of("--db", db, "export", "--year", year, "--out", folder.resolve("export." + format).toString()));
        }
        commands.add(List.of("--db", db, "template", "--year", year, "--out", folder.resolve("templates").toString()));
        return commands;
    }

    private static void run(List<String> command) {
        String[] args = command.toArray(String[]::new);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        int status = Cli.create(args, out, out).execute(args);
        if (status != 0) {
            System.err.println(text);
            throw new IllegalStateException("Class-data training: exit status " + status + " from " + command);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (var children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(path);
    }
}
