package dk.sikkerby.indberetning.ui;

import dk.sikkerby.indberetning.app.Logging;
import dk.sikkerby.indberetning.app.Services;
import dk.sikkerby.indberetning.app.Settings;
import dk.sikkerby.indberetning.app.StartOptions;
import dk.sikkerby.indberetning.app.TempFiles;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.OpenRequest;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.SignInService;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The start-up work that needs no window, on its own thread: the settings and the messages (read while
 * the JavaFX toolkit starts, for the window's texts), then, once {@link #openDatabase} is called,
 * opening the database and reading whether anyone has signed up yet (for the sign-in form), then the
 * newest year (for after sign-in), then readies the export and the import ({@link FirstUse}) while the user
 * signs in. The app lets the database open only once the sign-in form is on the
 * screen: on two cores, a database opening beside the toolkit's start delays the first window
 * (decision 0006).
 */
final class EarlyStart {

    /**
     * The app's services on the open database (the composition root, {@link Services}) and what signing
     * in needs: whether the first administrator must be made.
     */
    record Opened(Services services, boolean firstAdministrator) {

        Database database() {
            return services.database();
        }

        SignInService signIn() {
            return services.signIn();
        }
    }

    /** What the main window shows once someone has signed in: the years and the newest year's table. */
    record FirstYear(List<YearSummary> years, Optional<YearTable> newest) {
    }

    /** What the window's texts need: the settings and the messages in the chosen language, or why not. */
    private record Prepared(Settings settings, Messages messages, RuntimeException settingsError) {
    }

    private final StartOptions options;
    private final CompletableFuture<Prepared> prepared = new CompletableFuture<>();
    private final CountDownLatch openSignal = new CountDownLatch(1);
    private final CompletableFuture<Opened> opened = new CompletableFuture<>();
    private final CompletableFuture<FirstYear> firstYear = new CompletableFuture<>();
    /** Whether the start names a server: then nothing is opened here. */
    private volatile boolean onServer;

    private EarlyStart(StartOptions options) {
        this.options = options;
    }

    /**
     * Starts the thread that reads the settings and the messages (while the toolkit starts) and then
     * waits for {@link #openDatabase}.
     */
    static EarlyStart begin(StartOptions options) {
        EarlyStart early = new EarlyStart(options);
        Thread worker = new Thread(early::run, "sikkerby-start");
        worker.setDaemon(true);
        worker.start();
        return early;
    }

    private void run() {
        Settings settings;
        try {
            settings = options.settings();
            prepared.complete(new Prepared(settings, Messages.forLocale(options.locale(settings)), null));
        } catch (RuntimeException | Error e) {
            RuntimeException error = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            try {
                prepared.complete(new Prepared(null, Messages.forLocale(Messages.DANISH), error));
            } catch (RuntimeException noTexts) {
                prepared.completeExceptionally(error);
            }
            opened.completeExceptionally(error);
            firstYear.completeExceptionally(error);
            return;
        }
        // JavaFX asks for the system logger when it makes the first scene; finding its service looks in
        // every jar on the class path (34 of them, about 20 ms): done here, beside the toolkit's start
        System.LoggerFinder.getLoggerFinder();
        boolean signalled = false;
        while (!signalled) {
            try {
                openSignal.await();
                signalled = true;
            } catch (InterruptedException e) {
                // only the signal starts the opening; a daemon thread ends with the app
            }
        }
        Logging.configure();
        try {
            if (options.server(settings).isPresent()) {
                // on a server the database opens when the person signs in with their own login (ServerStart)
                onServer = true;
                TempFiles.configure();
                return;
            }
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
            firstYear.completeExceptionally(e);
            return;
        }
        TempFiles.configure();
        open(options.databaseFile(settings), OpenRequest.createIfMissing(settings.backupDays()),
                prepared.join().messages());
    }

    /** Lets the database open (on the start-up thread); {@link #opened} and {@link #firstYear} tell. */
    void openDatabase() {
        openSignal.countDown();
    }

    /**
     * The database once it has opened, waiting for an opening (and a migration) in progress so that the
     * app never ends in the middle of one; empty at once if the opening was never begun, and empty if it
     * failed or took longer than {@code limit}.
     */
    Optional<Database> awaitOpened(Duration limit) {
        if (openSignal.getCount() > 0 || onServer) {
            return Optional.empty();
        }
        try {
            return Optional.of(opened.get(limit.toMillis(), TimeUnit.MILLISECONDS).database());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    /**
     * What the sign-in form asks for before the database has answered: the first administrator for a
     * database file that does not exist yet, else a sign-in (a file without users is rare: made by the
     * command line before anyone started the app; the form changes when the database says so).
     */
    boolean probablyFirstAdministrator() {
        return !Files.exists(databaseFile().mvFile());
    }

    /**
     * Opens the database and says whether users exist, which is all the sign-in form needs; then
     * reads the newest year while the user signs in, and readies the export and the import. Once {@link #opened} has completed, the app owns
     * the database (and closes it) whatever happens to {@link #firstYear}.
     */
    private void open(DatabaseFile file, OpenRequest request, Messages messages) {
        Database database;
        Services services;
        try {
            database = Database.open(file, request);
            try {
                services = Services.on(database, messages);
                opened.complete(new Opened(services, services.signIn().needsFirstAdministrator()));
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
            SubmissionService submissions = services.submissions();
            List<YearSummary> years = submissions.years();
            Optional<YearTable> newest = years.isEmpty() ? Optional.empty()
                    : Optional.of(submissions.loadYear(years.get(0).year().year()));
            firstYear.complete(new FirstYear(years, newest));
            FirstUse.prepare(services, newest);
        } catch (Exception | Error e) {
            firstYear.completeExceptionally(e);
        }
    }

    StartOptions options() {
        return options;
    }

    Settings settings() {
        return prepared.join().settings();
    }

    Messages messages() {
        return prepared.join().messages();
    }

    Optional<RuntimeException> settingsError() {
        return Optional.ofNullable(prepared.join().settingsError());
    }

    /**
     * The server the start names ({@code --db} or the settings), if it names one.
     *
     * @throws dk.sikkerby.indberetning.service.UserFacingException if the address is malformed
     */
    Optional<ServerAddress> server() {
        return options.server(settings());
    }

    DatabaseFile databaseFile() {
        return options.databaseFile(settings());
    }

    CompletableFuture<Opened> opened() {
        return opened;
    }

    CompletableFuture<FirstYear> firstYear() {
        return firstYear;
    }
}
