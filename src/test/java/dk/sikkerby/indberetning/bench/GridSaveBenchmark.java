package dk.sikkerby.indberetning.bench;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 18: saving 500 changed grid rows, one process per measurement (run by {@code bench/grid-save.sh}).
 * <ul>
 * <li>{@code prepare FILE}: builds the 2,000-initiative × 10-year file of issue 3;</li>
 * <li>{@code app FILE}: opens it as the app does, reads the year, and saves every fourth row's score (500 rows)
 * through {@code SubmissionService.saveAll}: rules, rights, version check, state, audit rows, one transaction;</li>
 * <li>{@code bare FILE}: the bare baseline, plain JDBC on the same file and H2 URL: reads the year's ids and
 * versions, then one batch {@code UPDATE} of the same 500 rows' scores with the version check, one commit;</li>
 * <li>{@code warm FILE ROUNDS}: {@code app}'s save repeated in one process (warm figures).</li>
 * </ul>
 * Each prints {@code save_ms=} (the save alone, from the edits being ready to the commit).
 */
public final class GridSaveBenchmark {

    private static final int YEAR = 2021;
    private static final int ROWS = 500;

    private GridSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseFile file = DatabaseFile.of(Path.of(args[1]).toString());
        switch (args[0]) {
            case "prepare" -> BenchData.create(file, 2000, 10, YEAR);
            case "app" -> System.out.println("save_ms=" + appSave(file, 1)[0]);
            case "bare" -> System.out.println("save_ms=" + bareSave(file));
            case "warm" -> {
                long[] times = appSave(file, Integer.parseInt(args[2]));
                long[] sorted = Arrays.copyOfRange(times, 1, times.length);
                Arrays.sort(sorted);
                System.out.println("warm save_ms median (after the first) " + sorted[sorted.length / 2] + " "
                        + Arrays.toString(times));
            }
            default -> throw new IllegalArgumentException("prepare, app, bare or warm: " + args[0]);
        }
    }

    private static long[] appSave(DatabaseFile file, int rounds) throws Exception {
        long[] times = new long[rounds];
        try (Database db = Database.open(file)) {
            SubmissionService service = new SubmissionService(db.store());
            for (int round = 0; round < rounds; round++) {
                List<InitiativeRow> rows = service.loadYear(YEAR).rows();
                List<SubmissionEdit> edits = new ArrayList<>();
                for (int i = 0; i < ROWS; i++) {
                    InitiativeRow row = rows.get(i * 4);
                    int total = row.score().total().orElse(3);
                    int met = (row.score().met().orElse(0) + 1) % (total + 1);
                    edits.add(new SubmissionEdit(row.initiativeId(), new SubmissionForm(String.valueOf(met),
                            String.valueOf(total), false, row.departmentNote(), row.assessment()), row.version()));
                }
                long start = System.nanoTime();
                service.saveAll(TestActors.administrator(), YEAR, edits);
                times[round] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        return times;
    }

    private static long bareSave(DatabaseFile file) throws Exception {
        try (Connection c = DriverManager.getConnection(file.jdbcUrl(), "sa", "")) {
            c.setAutoCommit(false);
            List<long[]> rows = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement("SELECT s.id, s.version, s.goals_met, s.goals_total "
                    + "FROM submission s JOIN year_initiative y ON y.report_year = s.report_year "
                    + "AND y.initiative_id = s.initiative_id WHERE s.report_year = ? ORDER BY y.position")) {
                read.setInt(1, YEAR);
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        rows.add(new long[] {r.getLong(1), r.getInt(2), r.getInt(3), r.getInt(4)});
                    }
                }
            }
            c.commit();
            long start = System.nanoTime();
            try (PreparedStatement update = c.prepareStatement("UPDATE submission SET goals_met = ?, version = ?, "
                    + "updated_at = CURRENT_TIMESTAMP WHERE id = ? AND version = ?")) {
                for (int i = 0; i < ROWS; i++) {
                    long[] row = rows.get(i * 4);
                    update.setInt(1, (int) ((row[2] + 1) % (row[3] + 1)));
                    update.setLong(2, row[1] + 1);
                    update.setLong(3, row[0]);
                    update.setLong(4, row[1]);
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                if (Arrays.stream(counts).anyMatch(n -> n != 1)) {
                    throw new IllegalStateException("a row changed in between");
                }
            }
            c.commit();
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
