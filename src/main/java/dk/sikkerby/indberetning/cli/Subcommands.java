package dk.sikkerby.indberetning.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line's commands, in the order {@code --help} lists them, and which of them a run needs.
 * picocli reads a command's annotations and fields by reflection when it is registered, which for all
 * twenty took a third of a cold {@code years} (decision 1904); a run that names its command therefore
 * registers only that one. Anything else (no command, {@code --help} or {@code --version} before it, a
 * typo, an option picocli would refuse, an argument file) registers all of them, so that usage, help,
 * "did you mean" and every error message stay exactly as with all registered.
 */
final class Subcommands {

    /** Name → class; each name is the one in the class's {@code @Command} ({@code SubcommandsTest}). */
    static final Map<String, Class<?>> ALL = all();

    /** The start options that take a value ({@code StartOptions}): {@code --db PATH}, {@code --lang da|en}. */
    private static final Set<String> WITH_VALUE = Set.of("--db", "--lang");

    private Subcommands() {
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("init", InitCommand.class);
        all.put("years", YearsCommand.class);
        all.put("import", ImportCommand.class);
        all.put("export", ExportCommand.class);
        all.put("template", TemplateCommand.class);
        all.put("import-return", ImportReturnCommand.class);
        all.put("user-add", UserAddCommand.class);
        all.put("users", UsersCommand.class);
        all.put("user-edit", UserEditCommand.class);
        all.put("user-deactivate", UserDeactivateCommand.class);
        all.put("user-reactivate", UserReactivateCommand.class);
        all.put("user-password", UserPasswordCommand.class);
        all.put("check", CheckCommand.class);
        all.put("backup", BackupCommand.class);
        all.put("restore", RestoreCommand.class);
        all.put("new-year", NewYearCommand.class);
        all.put("history", HistoryCommand.class);
        all.put("link", LinkCommand.class);
        all.put("server-init", ServerInitCommand.class);
        all.put("move-to-server", MoveToServerCommand.class);
        return Collections.unmodifiableMap(all);
    }

    /**
     * The commands to register for {@code args}: the one they name, when everything before it is a start
     * option that picocli takes as it stands ({@code --db PATH}, {@code --db=PATH}, {@code --lang da|en},
     * {@code --smoke-test}); all of them otherwise, the mistakes included, so picocli answers those as ever.
     */
    static List<Class<?>> neededFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Class<?> command = ALL.get(arg);
            if (command != null) {
                return List.of(command);
            }
            if (WITH_VALUE.contains(arg) && i + 1 < args.length && isPlainValue(args[i + 1])) {
                i++;
            } else if (!arg.equals("--smoke-test") && !isAttachedValue(arg)) {
                break;
            }
        }
        return List.copyOf(ALL.values());
    }

    /** {@code --db=PATH} or {@code --lang=da}, with a value picocli takes ({@link #isPlainValue}, but for the dash). */
    private static boolean isAttachedValue(String arg) {
        int eq = arg.indexOf('=');
        return eq > 0 && WITH_VALUE.contains(arg.substring(0, eq)) && !ALL.containsKey(arg.substring(eq + 1));
    }

    /**
     * A value picocli takes for an option as it stands: not an option, not an argument file, and not a
     * command's name ({@code --db years users} is refused: "Expected parameter for option '--db' but found
     * 'years'", also written {@code --db=years}, which needs {@code years} registered to be said).
     */
    private static boolean isPlainValue(String value) {
        return !value.startsWith("-") && !value.startsWith("@") && !ALL.containsKey(value);
    }
}
