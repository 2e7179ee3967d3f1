package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The start-up work that needs no window: options, settings, and opening the database with the newest
 * year and whether anyone has signed up yet read, begun on its own thread before the JavaFX toolkit starts, so that the two overlap.
 */
final class EarlyStart {

    /** What the main window is first shown with, and whether the first administrator must be made. */
    record Opened(Database database, List<YearSummary> years, Optional<YearTable> newest, UserService users,
                  boolean firstAdministrator) {
    }

    private final StartOptions options;
    private final Settings settings;
    private final Messages messages;
    private final RuntimeException settingsError;
    private final CompletableFuture<Opened> opened;

    private EarlyStart(StartOptions options, Settings settings, Messages messages, RuntimeException settingsError,
                       CompletableFuture<Opened> opened) {
        this.options = options;
        this.settings = settings;
        this.messages = messages;
        this.settingsError = settingsError;
        this.opened = opened;
    }

    static EarlyStart begin(StartOptions options) {
        Settings settings;
        Messages messages;
        try {
            settings = options.settings();
            messages = Messages.forLocale(options.locale(settings));
        } catch (RuntimeException e) {
            return new EarlyStart(options, null, Messages.forLocale(Messages.DANISH), e,
                    CompletableFuture.failedFuture(e));
        }
        DatabaseFile file = options.databaseFile(settings);
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                opened.complete(open(file));
            } catch (Exception | Error e) {
                opened.completeExceptionally(e);
            }
        }, "sikkerby-open-database");
        worker.setDaemon(true);
        worker.start();
        return new EarlyStart(options, settings, messages, null, opened);
    }

    private static Opened open(DatabaseFile file) throws Exception {
        Database database = Database.open(file);
        try {
            SubmissionService submissions = new SubmissionService(database.dsl());
            List<YearSummary> years = submissions.years();
            Optional<YearTable> newest = years.isEmpty() ? Optional.empty()
                    : Optional.of(submissions.loadYear(years.get(0).year().year()));
            UserService users = new UserService(database.dsl(), Clock.systemUTC());
            return new Opened(database, years, newest, users, users.needsFirstAdministrator());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    StartOptions options() {
        return options;
    }

    Settings settings() {
        return settings;
    }

    Messages messages() {
        return messages;
    }

    Optional<RuntimeException> settingsError() {
        return Optional.ofNullable(settingsError);
    }

    DatabaseFile databaseFile() {
        return options.databaseFile(settings);
    }

    CompletableFuture<Opened> opened() {
        return opened;
    }
}
