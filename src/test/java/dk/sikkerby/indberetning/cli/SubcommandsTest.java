package dk.sikkerby.indberetning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A run registers only the command it names (decision 1904), and a user sees no difference: help, usage,
 * "did you mean" and every mistake are answered exactly as with all commands registered, and an option's
 * value that is a command's name is still that option's value.
 */
class SubcommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void isolateSettings() {
        System.setProperty("sikkerby.dataDir", dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("sikkerby.dataDir");
    }

    /** Exit status, stdout and stderr of one run. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(List<Class<?>> commands, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.create(args, commands, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static Run asUsersRunIt(String... args) {
        return run(Subcommands.neededFor(args), args);
    }

    private static Run withAllCommands(String... args) {
        return run(List.copyOf(Subcommands.ALL.values()), args);
    }

    @Test
    void everyNameIsTheOneInItsCommandsAnnotationAndNoCommandIsLeftOut() {
        Subcommands.ALL.forEach((name, type) -> assertEquals(name, type.getAnnotation(Command.class).name()));
        // every class of the package with a @Command is registered (the root command aside)
        List<String> commands = new ArrayList<>();
        for (String file : new java.io.File(SikkerByCommand.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath(), "dk/sikkerby/indberetning/cli").list()) {
            String className = "dk.sikkerby.indberetning.cli." + file.replace(".class", "");
            try {
                Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Command.class) && type != SikkerByCommand.class) {
                    commands.add(type.getAnnotation(Command.class).name());
                }
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(commands.stream().sorted().toList(), Subcommands.ALL.keySet().stream().sorted().toList());
    }

    @Test
    void aNamedCommandIsRegisteredAloneWhateverFollowsIt() {
        assertEquals(List.of(YearsCommand.class), Subcommands.neededFor(new String[] {"years"}));
        assertEquals(List.of(UsersCommand.class), Subcommands.neededFor(new String[] {"--db=a/years", "--lang", "en", "users"}));
        assertEquals(List.of(UsersCommand.class), Subcommands.neededFor(new String[] {"--db", "a/years", "users", "years"}));
        assertEquals(List.of(ExportCommand.class),
                Subcommands.neededFor(new String[] {"--smoke-test", "--lang=en", "export", "--out", "years"}));
    }

    @Test
    void withoutAPlainCommandAllAreRegistered() {
        for (String[] args : new String[][] {{}, {"--help"}, {"-h", "years"}, {"--version", "years"}, {"-hV"},
            {"yeras"}, {"--db"}, {"--db", "--lang", "years"}, {"--db", "@opts", "years"}, {"@opts"}, {"--bogus", "years"},
            {"--", "years"}, {"--db", "years", "users"}, {"--db=years", "users"}, {"--lang", "users", "years"}}) {
            assertEquals(Subcommands.ALL.size(), Subcommands.neededFor(args).size(), String.join(" ", args));
        }
    }

    @Test
    void helpListsEveryCommandInOrderWithItsDescriptionInBothLanguages() {
        for (Locale locale : List.of(Messages.DANISH, Locale.ENGLISH)) {
            Messages messages = Messages.forLocale(locale);
            Run help = asUsersRunIt("--lang", locale.getLanguage(), "--help");
            assertEquals(0, help.status());
            List<String> listed = new ArrayList<>();
            for (String line : help.out().lines().toList()) {
                String first = line.strip().split(" ")[0];
                if (line.startsWith("  ") && Subcommands.ALL.containsKey(first)) {
                    listed.add(first);
                    String description = messages.get("cli." + first + ".description");
                    assertTrue(line.contains(description.substring(0, Math.min(15, description.length()))),
                            first + " in\n" + help.out());
                }
            }
            assertEquals(List.copyOf(Subcommands.ALL.keySet()), listed, help.out());
        }
    }

    @Test
    void helpVersionUsageAndMistakesReadAsWithAllCommandsRegistered() {
        List<String[]> cases = new ArrayList<>(List.of(new String[][] {
            {"--help"}, {"-h"}, {"--version"}, {"-V"}, {"--lang", "en", "--help"}, {"--help", "years"},
            {"--version", "users"}, {"-hV"}, {"yeras"}, {"usres", "--lang", "en"}, {"--lang", "en", "exprot"},
            {"--db"}, {"--db", "--lang", "en", "years"}, {"--bogus", "years"}, {"--", "years"},
            {"--db", "years", "users", "--help"}, {"--db=years", "users", "--bogus"}, {"--smoke-test", "check", "-h"},
            {"years", "users"}, {"years", "--db"}, {"--lang", "en", "import", "--report", "xml", "--example", "2021"},
            {"import-return", "--on-conflict", "neither", "x.xlsx"}, {"@" + dir.resolve("missing-argument-file")}}));
        for (String name : Subcommands.ALL.keySet()) {
            cases.add(new String[] {name, "--help"});
            cases.add(new String[] {"--lang", "en", name, "-h"});
            cases.add(new String[] {name, "--no-such-option"});
        }
        for (String[] args : cases) {
            Run all = withAllCommands(args);
            Run asUsers = asUsersRunIt(args);
            assertEquals(all, asUsers, String.join(" ", args));
        }
    }

    @Test
    void anOptionsValueThatIsACommandsNameIsRefusedAsEver() throws Exception {
        // picocli takes "years" after --db for the command, and says so: with all commands registered, as ever
        Run refused = asUsersRunIt("--lang", "en", "--db", "years", "users");
        assertEquals(withAllCommands("--lang", "en", "--db", "years", "users"), refused);
        assertEquals(Cli.USAGE, refused.status());
        assertTrue(refused.err().startsWith("Expected parameter for option '--db' but found 'years'"), refused.err());

        Run attached = asUsersRunIt("--lang", "en", "--db=years", "users");
        assertEquals(withAllCommands("--lang", "en", "--db=years", "users"), attached);
        assertEquals(Cli.USAGE, attached.status());
        assertTrue(Files.notExists(Path.of("years.mv.db")), "nothing made of it");

        // a path that ends in a command's name is a path: the command after it runs on it

        Path file = dir.resolve("years");
        try (Database db = TestDatabase.open(DatabaseFile.of(file.toString()))) {
            SampleYear.create(db.dsl());
        }
        Run years = asUsersRunIt("--db=" + file, "--lang", "en", "years");
        assertEquals(0, years.status(), years.err());
        assertTrue(years.out().contains("2021  Bilag 1"), years.out());
    }

    @Test
    void theCommandsInUseAreTheRegisteredOnes() {
        StringWriter sink = new StringWriter();
        String[] args = {"--db", "x", "export", "--year", "2021", "--out", "y.xlsx"};
        Map<String, CommandLine> registered = Cli.create(args, new PrintWriter(sink), new PrintWriter(sink)).getSubcommands();
        assertEquals(List.of("export"), List.copyOf(registered.keySet()));
        assertEquals(Subcommands.ALL.keySet(),
                Cli.create(new String[] {"--help"}, new PrintWriter(sink), new PrintWriter(sink)).getSubcommands().keySet());
    }
}
