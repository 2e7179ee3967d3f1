package dk.sikkerby.indberetning.ui.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.Launcher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the app as users do: JavaFX on the module path (as {@code ./mvnw javafx:run} and the packaged
 * launcher run it), the app and ControlsFX on the class path, with the JVM flags of
 * {@code installer/launcher.args}. Runs the installation check, which shows the grid, the filters and a
 * notice, and fails on any CSS or module-access warning in the output (decision 0800). Headless: Monocle
 * is patched into javafx.graphics.
 */
class ModulePathStartTest {

    private static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile(".*javafx-[a-z]+-[0-9.]+-(linux|win|mac)[^/\\\\]*\\.jar");
    private static final List<String> BAD = List.of("WARNING", "SEVERE", "CssStyleHelper", "Could not resolve",
            "ClassCastException", "IllegalAccess", "InaccessibleObject", "does not export", "does not \"opens",
            "Unsupported JavaFX configuration", "Exception");

    @TempDir
    Path dir;

    @Test
    void theInstallationCheckOnTheModulePathLogsNoWarning() throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> javafx = classPath.stream().filter(p -> JAVAFX_PLATFORM_JAR.matcher(p).matches()).toList();
        String monocle = classPath.stream().filter(p -> p.contains("openjfx-monocle")).findFirst().orElseThrow();
        List<String> rest = classPath.stream().filter(p -> !p.contains("org/openjfx") && !p.contains("openjfx-monocle")
                && !p.contains("org\\openjfx")).toList();
        assertTrue(javafx.size() >= 3, "JavaFX's jars: " + javafx);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx384m", "--module-path", String.join(File.pathSeparator, javafx),
                "--add-modules", "javafx.controls,javafx.fxml", "--patch-module", "javafx.graphics=" + monocle,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dsikkerby.dataDir=" + dir.resolve("data")));
        command.addAll(launcherFlags());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, rest), Launcher.class.getName(),
                "--smoke-test", "--db", dir.resolve("smoke").toString()));
        Path log = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, "the check ended:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Installationstesten lykkedes"), output);
        assertTrue(Files.size(dir.resolve("smoke-test-export.pdf")) > 0, "the PDF appendix, rendered on the module path");
        String bad = output.lines().filter(line -> BAD.stream().anyMatch(line::contains)).collect(Collectors.joining("\n"));
        assertEquals("", bad, "warnings on the module path:\n" + output);
    }

    /** The --add-exports/--add-opens flags of the packaged launcher, which javafx:run repeats in pom.xml. */
    private static List<String> launcherFlags() throws IOException {
        List<String> flags = Files.readAllLines(Path.of("installer/launcher.args")).stream()
                .map(String::strip).filter(l -> l.startsWith("--java-options --add-"))
                .map(l -> l.substring("--java-options ".length())).toList();
        assertEquals(3, flags.size(), "installer/launcher.args opens what ControlsFX needs: " + flags);
        String pom = Files.readString(Path.of("pom.xml"));
        for (String flag : flags) {
            assertTrue(pom.contains("<option>" + flag + "</option>"), "javafx:run has " + flag);
        }
        return flags;
    }
}
