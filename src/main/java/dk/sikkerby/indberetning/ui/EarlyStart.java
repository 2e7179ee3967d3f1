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
 * The start-up work that needs no window: options, settings, opening the database and reading whether
 * anyone has signed up yet (for the sign-in window), then the newest year (for after sign-in). Begun on
 * its own thread before the JavaFX toolkit starts, so that it overlaps with the window's start.
 */
final class EarlyStart {

    /** The open database and what signing in needs: whether the first administrator must be made. */
    record Opened(Database database, UserService users, boolean firstAdministrator) {
    }

    /** What the main window shows once someone has signed in: the years and the newest year's table. */
    record FirstYear(List<YearSummary> years, Optional<YearTable> newest) {
    }

    private final StartOptions options;
    private final Settings settings;
    private final Messages messages;
    private final RuntimeException settingsError;
    private final CompletableFuture<Opened> opened = new CompletableFuture<>();
    private final CompletableFuture<FirstYear> firstYear = new CompletableFuture<>();

    private EarlyStart(StartOptions options, Settings settings, Messages messages, RuntimeException settingsError) {
        this.options = options;
        this.settings = settings;
        this.messages = messages;
        this.settingsError = settingsError;
    }

    static EarlyStart begin(StartOptions options) {
        Settings settings;
        Messages messages;
        try {
            settings = options.settings();
            messages = Messages.forLocale(options.locale(settings));
        } catch (RuntimeException e) {
            EarlyStart failed = new EarlyStart(options, null, Messages.forLocale(Messages.DANISH), e);
            failed.opened.completeExceptionally(e);
            failed.firstYear.completeExceptionally(e);
            return failed;
        }
        EarlyStart early = new EarlyStart(options, settings, messages, null);
        DatabaseFile file = options.databaseFile(settings);
        Thread worker = new Thread(() -> early.open(file), "sikkerby-open-database");
        worker.setDaemon(true);
        worker.start();
        return early;
    }

    /**
     * Opens the database and says whether users exist, which is all the sign-in window needs; then
     * reads the newest year while the user signs in. Once {@link #opened} has completed, the app owns
     * the database (and closes it) whatever happens to {@link #firstYear}.
     */
    private void open(DatabaseFile file) {
        Database database;
        try {
            database = Database.open(file);
            try {
                UserService users = new UserService(database.dsl(), Clock.systemUTC());
                opened.complete(new Opened(database, users, users.needsFirstAdministrator()));
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (Exception | Error e) {
            opened.completeExceptionally(e);
            firstYear.completeExceptionally(e);
            return;
        }
        try {
            SubmissionService submissions = new SubmissionService(database.dsl());
            List<YearSummary> years = submissions.years();
            Optional<YearTable> newest = years.isEmpty() ? Optional.empty()
                    : Optional.of(submissions.loadYear(years.get(0).year().year()));
            firstYear.complete(new FirstYear(years, newest));
        } catch (Exception | Error e) {
            firstYear.completeExceptionally(e);
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

    CompletableFuture<FirstYear> firstYear() {
        return firstYear;
    }
}
