package dk.sikkerby.indberetning.ui.smoke;

import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.smoke.SmokeYear;
import dk.sikkerby.indberetning.ui.common.AppContext;
import dk.sikkerby.indberetning.ui.main.MainViewModel;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * {@code sikkerby --smoke-test}: the installation check. With the main window open, it makes sure the
 * database has a year ({@link SmokeYear}), has the main window load it as the year selector does,
 * exports it with the app's exporter beside the database file as {@code smoke-test-export.xlsx} and as the
 * PDF appendix {@code smoke-test-export.pdf}, and exits 0. Any failure
 * is printed on standard error and exits 1; no result within {@link #TIMEOUT_SECONDS} exits 2.
 */
public final class SmokeTest {

    public static final int TIMEOUT_SECONDS = 120;
    public static final String FILE_NAME = "smoke-test-export";

    private final AppContext context;
    private final MainViewModel window;
    private final Messages messages;
    private ScheduledExecutorService timer;
    private volatile boolean cancelled;

    private final Runnable endApp;
    private final BiConsumer<String, Runnable> showControlsFx;

    /**
     * {@code endApp} ends the app after the check passed (normally {@code Platform::exit});
     * {@code showControlsFx} is given the verdict and what to do next: it shows what ControlsFX draws (the
     * grid, a notice; the filters are always there) and goes on after a layout pass, so that a start on the
     * module path styles and runs each once and a missing flag or colour shows in the output (decision 0800).
     */
    public SmokeTest(AppContext context, MainViewModel window, Runnable endApp,
                     BiConsumer<String, Runnable> showControlsFx) {
        this.endApp = endApp;
        this.showControlsFx = showControlsFx;
        this.context = context;
        this.window = window;
        this.messages = context.messages();
    }

    public void start() {
        startWatchdog();
        context.background().run(() -> SmokeYear.ensure(context.actor(), context.submissions(), context.setup(), messages),
                this::loadYear, this::fail);
    }

    private void loadYear(int year) {
        YearTable shown = window.tableProperty().get();
        if (shown != null && shown.year().year() == year) {
            exportYear(year); // the window loaded it at start, as the newest year
            return;
        }
        ChangeListener<YearTable> loaded = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends YearTable> obs, YearTable old, YearTable table) {
                if (table != null && table.year().year() == year) {
                    window.tableProperty().removeListener(this);
                    exportYear(year);
                }
            }
        };
        window.tableProperty().addListener(loaded);
        window.refreshYears(year);
    }

    /**
     * The workbook, then the PDF appendix: the packaged runtime must hold what the renderer needs
     * (java.desktop's geometry and colour profile, the bundled fonts), and only a real export shows it.
     */
    private void exportYear(int year) {
        Path workbook = context.services().database().file().basePath().resolveSibling(FILE_NAME + "." + ExportFormat.XLSX.extension());
        Path pdf = workbook.resolveSibling(FILE_NAME + "." + ExportFormat.PDF.extension());
        ExportService exports = context.services().exports();
        context.background().run(progress -> {
            exports.export(context.actor(), ExportRequest.xlsx(year, workbook), progress);
            exports.export(context.actor(), new ExportRequest(year, ExportFormat.PDF, pdf, Optional.empty(), false, null), progress);
            return workbook + ", " + pdf;
        }, files -> {
            if (cancelled) {
                return;
            }
            String passed = messages.get("smoke.passed", year, files);
            showControlsFx.accept(passed, () -> {
                timer.shutdownNow();
                System.out.println(passed);
                endApp.run();
            });
        }, this::fail);
    }

    /** The app is stopping by other means: the check ends without its verdict and exits nothing. */
    public void cancel() {
        cancelled = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void fail(Throwable error) {
        if (cancelled) {
            return;
        }
        System.err.println(messages.get("smoke.failed", ErrorText.of(messages, error)));
        System.exit(1);
    }

    private void startWatchdog() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sikkerby-smoke-test-timeout");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(() -> {
            System.err.println(messages.get("smoke.timedOut", TIMEOUT_SECONDS, window.messageProperty().get()));
            System.exit(2);
        }, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
