package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Issue 3's save benchmark: one edit saved through the service (validation + one transaction with
 * WRITE_DELAY=0) on the 2,000-initiative × 10-year file; median and 95th percentile.
 */
public final class SaveBenchmark {

    private SaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("sikkerby-save");
        DatabaseFile file = BenchData.create(DatabaseFile.of(dir.resolve("large").toString()), 2000, 10, 2021);
        try (Database db = Database.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            List<InitiativeRow> rows = service.loadYear(2021).rows();
            int[] versions = rows.stream().mapToInt(InitiativeRow::version).toArray();
            Random random = new Random(7);
            long[] micros = new long[saves];
            for (int i = -50; i < saves; i++) {
                int k = random.nextInt(rows.size());
                SubmissionForm form = new SubmissionForm(String.valueOf(i & 1), "3", false,
                        RichText.plain("Redigeret bemærkning nr. " + i), rows.get(k).assessment());
                long start = System.nanoTime();
                versions[k] = service.save(TestActors.administrator(), 2021, rows.get(k).initiativeId(), form, versions[k]).version();
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - start) / 1000;
                }
            }
            Arrays.sort(micros);
            System.out.printf("file %d KB; %d saves after 50 warm-up saves: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    Files.size(file.mvFile()) / 1024, saves, micros[saves / 2] / 1000.0,
                    micros[(int) (saves * 0.95)] / 1000.0, micros[saves - 1] / 1000.0);
        }
    }
}
