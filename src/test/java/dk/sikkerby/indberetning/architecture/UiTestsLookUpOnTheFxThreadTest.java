package dk.sikkerby.indberetning.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI test looks nodes up through {@code testsupport/UiRobot}, which walks the scene graph on the
 * FX thread. A plain TestFX robot walks it on the test's thread while the FX thread may change it, and
 * fails now and then ({@code IndexOutOfBoundsException} in {@code Parent.lookupAll}; issue 20). So,
 * outside {@code testsupport}, no test extends, creates or takes a plain {@code FxRobot}: the robot
 * TestFX's {@code ApplicationExtension} injects is one.
 */
class UiTestsLookUpOnTheFxThreadTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern PLAIN_ROBOT = Pattern.compile(
            "extends\\s+(FxRobot|ApplicationTest)\\b|new\\s+FxRobot\\s*\\(|[(,]\\s*(final\\s+)?FxRobot\\s+\\w+");

    @Test
    void noTestOutsideTheHarnessUsesAPlainTestFxRobot() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(TESTS)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(TESTS.resolve("dk/sikkerby/indberetning/testsupport")))
                    .filter(f -> !f.endsWith("UiTestsLookUpOnTheFxThreadTest.java"))
                    .flatMap(f -> plainRobots(f).stream())
                    .toList();
        }
        assertEquals(List.of(), offenders, "use testsupport.UiRobot (extend it, or hold one) instead");
    }

    @Test
    void thePatternFindsEachWayOfGettingAPlainRobot() {
        for (String line : List.of("class A extends FxRobot {", "void t(FxRobot robot) {", "FxRobot r = new FxRobot();",
                "void t(Path p, final FxRobot robot)")) {
            assertTrue(PLAIN_ROBOT.matcher(line).find(), line);
        }
        assertTrue(PLAIN_ROBOT.matcher("class A extends UiRobot {").results().findAny().isEmpty());
    }

    private static List<String> plainRobots(Path file) {
        try {
            String text = Files.readString(file);
            Matcher m = PLAIN_ROBOT.matcher(text);
            return m.results().map(r -> TESTS.relativize(file) + ": " + r.group()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
