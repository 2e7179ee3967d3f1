package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.ui.common.Stylesheets;
import dk.sikkerby.indberetning.ui.grid.GridView;
import dk.sikkerby.indberetning.ui.grid.GridViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 18's grid benchmark on the 2,000-initiative × 10-year file: opening the grid on the year's 2,000
 * rows (model, view, first layout) and scrolling it from the first row to the last, a screen at a time;
 * and saving 500 changed rows in one transaction ({@code SubmissionService.saveAll}). Headless (Monocle,
 * software rendering), as the UI tests run. Median of the rounds after one warm-up round.
 */
public final class GridBenchmark {

    private static final int ROUNDS = 6;

    private GridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path dir = Files.createTempDirectory("sikkerby-grid");
        DatabaseFile file = BenchData.create(DatabaseFile.of(dir.resolve("large").toString()), 2000, 10, 2021);
        try (Database db = Database.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            List<InitiativeRow> rows = service.loadYear(2021).rows();
            Platform.startup(() -> { });
            Platform.setImplicitExit(false); // each round closes its window
            Platform.runLater(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
            long[] open = new long[ROUNDS];
            long[] scroll = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long[] times = onFx(() -> openAndScroll(rows)).get();
                open[round] = times[0];
                scroll[round] = times[1];
            }
            long[] save = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                List<InitiativeRow> now = service.loadYear(2021).rows();
                List<SubmissionEdit> edits = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    InitiativeRow row = now.get(i * 4);
                    edits.add(new SubmissionEdit(row.initiativeId(), new SubmissionForm(String.valueOf(round % 2),
                            "3", false, row.departmentNote(), row.assessment()), row.version()));
                }
                long start = System.nanoTime();
                service.saveAll(TestActors.administrator(), 2021, edits);
                save[round] = (System.nanoTime() - start) / 1_000_000;
            }
            System.out.printf("open grid on %d rows: median %d ms %s%n", rows.size(), median(open), Arrays.toString(open));
            System.out.printf("scroll first to last row: median %d ms %s%n", median(scroll), Arrays.toString(scroll));
            System.out.printf("save 500 changed rows: median %d ms %s%n", median(save), Arrays.toString(save));
        }
        Platform.exit();
    }

    private static long[] openAndScroll(List<InitiativeRow> rows) {
        long start = System.nanoTime();
        GridViewModel model = new GridViewModel(Messages.forLocale(Messages.DANISH), (year, edits, ok, failed) -> { });
        model.show(2021, rows);
        GridView view = new GridView(model, Messages.forLocale(Messages.DANISH));
        Stage stage = new Stage();
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Stylesheets.CONTROLSFX_BRIDGE, Stylesheets.APP);
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        long opened = System.nanoTime();
        for (int row = 0; row < rows.size(); row += 25) {
            view.sheet().scrollToRow(Math.min(row, rows.size() - 1));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        view.sheet().scrollToRow(rows.size() - 1);
        scene.getRoot().layout();
        long scrolled = System.nanoTime();
        stage.close();
        return new long[] {(opened - start) / 1_000_000, (scrolled - opened) / 1_000_000};
    }

    private static <T> CompletableFuture<T> onFx(java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static long median(long[] values) {
        long[] measured = Arrays.copyOfRange(values, 1, values.length); // the first round warms up
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
