package dk.sikkerby.indberetning.bench;

import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUCCESS_CRITERION;

import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.IntConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Issue 17: one initiative's history and the departments' overview chart on 2,000 initiatives × 10
 * years with 5 success criteria each (100,000 criteria), read through the service and turned into
 * the window's content by its view model, after a warm-up; median and 95th percentile.
 */
public final class HistoryBenchmark {

    private static final String[] OUTCOMES = {"MET", "MET", "NOT_MET", "DROPPED"};

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("sikkerby-history");
        DatabaseFile file = BenchData.create(DatabaseFile.of(dir.resolve("large").toString()), 2000, 10, 2021);
        try (Database db = Database.open(file)) {
            long built = System.nanoTime();
            db.dsl().transaction(cfg -> addCriteria(cfg.dsl(), 2000, 2012, 2021));
            System.out.printf("criteria written in %d ms%n", (System.nanoTime() - built) / 1_000_000);
            HistoryService histories = new HistoryService(db.store());
            InitiativeYearsViewModel model = new InitiativeYearsViewModel(Messages.forLocale(Messages.DANISH));
            Random random = new Random(3);
            report("history of one initiative", rounds, i -> {
                InitiativeHistory h = histories.history(1 + random.nextInt(2000));
                if (model.lines(h).size() != 10 || model.trend(h).isEmpty()) {
                    throw new IllegalStateException("unexpected history");
                }
            });
            report("overview chart per department", rounds, i -> {
                if (model.departments(histories.departmentYears()).size() != 7) {
                    throw new IllegalStateException("unexpected overview");
                }
            });
        }
    }

    private static void addCriteria(DSLContext dsl, int initiatives, int firstYear, int lastYear) {
        Random random = new Random(11);
        for (int year = firstYear; year <= lastYear; year++) {
            BatchBindStep criteria = dsl.batch(dsl.insertInto(SUCCESS_CRITERION, SUCCESS_CRITERION.REPORT_YEAR,
                    SUCCESS_CRITERION.INITIATIVE_ID, SUCCESS_CRITERION.POSITION, SUCCESS_CRITERION.CRITERION_TEXT,
                    SUCCESS_CRITERION.OUTCOME, SUCCESS_CRITERION.DROP_REASON, SUCCESS_CRITERION.MARKER)
                    .values((Integer) null, null, null, null, null, null, null));
            BatchBindStep scores = dsl.batch(dsl.update(SUBMISSION).set(SUBMISSION.GOALS_MET, (Integer) null)
                    .set(SUBMISSION.GOALS_TOTAL, (Integer) null)
                    .where(SUBMISSION.REPORT_YEAR.eq((Integer) null).and(SUBMISSION.INITIATIVE_ID.eq((Integer) null))));
            for (int i = 1; i <= initiatives; i++) {
                int met = 0;
                int assessed = 0;
                for (int p = 1; p <= 5; p++) {
                    String outcome = p == 1 ? "MET" : OUTCOMES[random.nextInt(OUTCOMES.length)];
                    met += outcome.equals("MET") ? 1 : 0;
                    assessed += outcome.equals("DROPPED") ? 0 : 1;
                    criteria.bind(year, i, p, "Succeskriterium " + p + " for indsats " + i, outcome,
                            outcome.equals("DROPPED") ? "Ingen data" : null, "NEW");
                }
                scores.bind(met, assessed, year, i);
            }
            criteria.execute();
            scores.execute();
        }
    }

    private static void report(String what, int rounds, IntConsumer work) {
        for (int i = 0; i < 30; i++) {
            work.accept(i);
        }
        long[] micros = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.accept(i);
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d rounds after 30 warm-up)%n", what,
                micros[rounds / 2] / 1000.0, micros[(int) (rounds * 0.95)] / 1000.0, micros[rounds - 1] / 1000.0, rounds);
    }
}
