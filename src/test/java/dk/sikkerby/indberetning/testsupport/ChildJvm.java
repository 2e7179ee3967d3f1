package dk.sikkerby.indberetning.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a main class of the test class path in a separate JVM, as another process would run it. */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static Process start(Class<?> mainClass, String... args) throws IOException {
        return start(Map.of(), mainClass, args);
    }

    /** The same, with {@code environment} added to this process's environment (a password, say). */
    public static Process start(Map<String, String> environment, Class<?> mainClass, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, args)).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static List<String> command(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        // as quiet as the test JVM itself (pom.xml's argLine): no library banners in the build's output
        for (String quiet : List.of("org.jooq.no-logo", "org.jooq.no-tips", "java.util.logging.config.file")) {
            String value = System.getProperty(quiet);
            if (value != null) {
                command.add("-D" + quiet + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** As {@link #start(Map, Class, String...)}, with the child's stderr readable from the process. */
    public static Process startCapturingErrors(Map<String, String> environment, Class<?> mainClass, String... args)
            throws IOException {
        List<String> command = command(mainClass, args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return builder.start();
    }

    public static BufferedReader stdout(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
