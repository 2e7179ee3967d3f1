import dk.sikkerby.indberetning.persistence.Store;
import static dk.sikkerby.indberetning.persistence.generated.Tables.AUDIT_ENTRY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.CATEGORY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportResult;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.importer.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * Issue 4's benchmark: a synthetic appendix with 10,000 initiatives and 500-character notes, imported
 * with the importer (read, plan, one-transaction write with audit rows, import log) and, side by side in
 * the same JVM, the same rows inserted with a plain jOOQ batch into an equally fresh database: once
 * the submissions alone (the original baseline) and once with the audit rows the import also writes. Reports the median
 * time of several rounds and the peak heap in use during each. Run it with bench/run-import-benchmark.sh,
 * which gives the JVM 256 MB of heap: finishing at all shows the import fits in it.
 */
public final class ImportBenchmark {

    private static final String[][] DEPARTMENTS = {
            {"BIF", "Beskæftigelses- og Integrationsforvaltningen"}, {"ØKF", "Økonomiforvaltningen"},
            {"KFF", "Kultur- og Fritidsforvaltningen"}, {"SOF", "Socialforvaltningen"},
            {"TMF", "Teknik- og Miljøforvaltningen"}, {"BUF", "Børne- og Ungdomsforvaltningen"}};
    private static final String[] CATEGORIES = {"PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE", "TERTIÆR FOREBYGGELSE",
            "OMRÅDEBASEREDE INDSATSER"};
    private static final String[] WORDS = ("indsatsen afrapporterer målopfyldelse succeskriterier unge forløb "
            + "Covid-19 har haft en negativ indflydelse på gennemførelsen af aktiviteter dialog med Sikker By om "
            + "udvikling nye mål datagrundlaget i år næste års afrapportering beskæftigelse uddannelse tryghed "
            + "kriminalitet målgruppen fritidsliv mentorer frivillige københavnere").split(" ");
    private static final int YEAR = 2021;
    /** Acts as the command line does on a database without users. */
    static final Actor ADMIN = SetUpActor.named("Benchmark");

    /** One initiative as the file shows it and as the plain insert stores it. */
    record Row(String name, String department, int category, int position, int met, int total, String note, String assessment) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--write-appendix")) {
            // issue 19's cold benchmark (bench/cold-commands.sh) imports the same file in a new process
            Files.writeString(Path.of(args[1]), appendix(rows(Integer.parseInt(args[2]), new Random(2021))),
                    StandardCharsets.UTF_8);
            return;
        }
        int initiatives = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("sikkerby-bench");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.LogManager.getLogManager().reset();

        warmUp(dir);
        List<Row> rows = rows(initiatives, new Random(2021));
        Path file = dir.resolve("synthetic-appendix.txt");
        Files.writeString(file, appendix(rows), StandardCharsets.UTF_8);
        System.out.printf("Synthetic appendix: %,d initiatives, %,d bytes, %d rounds, max heap %d MB, %d processors%n",
                initiatives, Files.size(file), rounds, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());

        List<long[]> plain = new ArrayList<>();
        List<long[]> audited = new ArrayList<>();
        List<long[]> imported = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            plain.add(measure(dir, "plain-" + round, dsl -> plainInsert(dsl, rows, false)));
            audited.add(measure(dir, "audited-" + round, dsl -> plainInsert(dsl, rows, true)));
            imported.add(measure(dir, "import-" + round, dsl -> importFile(dsl, file, initiatives)));
        }
        long plainMs = median(plain, 0);
        long auditedMs = median(audited, 0);
        long importMs = median(imported, 0);
        System.out.printf("%n| | median time | peak heap in use |%n|---|---|---|%n");
        System.out.printf("| plain jOOQ batch insert | %,d ms | %,d MB |%n", plainMs, median(plain, 1));
        System.out.printf("| plain jOOQ batch insert with the same audit rows | %,d ms | %,d MB |%n", auditedMs,
                median(audited, 1));
        System.out.printf("| import (read, plan, write, audit, log) | %,d ms | %,d MB |%n", importMs, median(imported, 1));
        System.out.printf("%nImport / plain: %.2f×; import / plain with audit rows: %.2f× (target ≤ 2×).%n"
                + "Rounds (ms): plain %s, plain with audit %s, import %s%n", (double) importMs / plainMs,
                (double) importMs / auditedMs, times(plain), times(audited), times(imported));
        deleteAll(dir);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A little of both, so that the measured rounds run compiled code. */
    private static void warmUp(Path dir) throws Exception {
        List<Row> rows = rows(1_000, new Random(1));
        Path file = dir.resolve("warm-up.txt");
        Files.writeString(file, appendix(rows), StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            measure(dir, "warm-plain-" + i, dsl -> plainInsert(dsl, rows, true));
            measure(dir, "warm-import-" + i, dsl -> importFile(dsl, file, rows.size()));
        }
    }

    interface Work {
        void run(DSLContext dsl) throws Exception;
    }

    /** Time (ms) and peak heap in use (MB) of one piece of work on a freshly created database. */
    private static long[] measure(Path dir, String name, Work work) throws Exception {
        try (Database database = Database.open(DatabaseFile.of(dir.resolve(name)))) {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long start = System.nanoTime();
            work.run(database.dsl());
            long ms = (System.nanoTime() - start) / 1_000_000;
            sampler.stopAndJoin();
            return new long[] {ms, sampler.peak.get() / (1024 * 1024)};
        }
    }

    private static void importFile(DSLContext dsl, Path file, int expected) {
        ImportResult result = new ImportService(Store.over(dsl)).run(ADMIN, file, new ImportRequest(Optional.empty(), false, false), Progress.NONE);
        if (result.outcome() != Outcome.IMPORTED || result.parsed().initiatives().size() != expected) {
            throw new IllegalStateException("The import did not import everything: " + result.outcome() + " "
                    + result.findings().stream().filter(f -> f.isError()).limit(5).toList());
        }
    }

    /**
     * The same rows with plain jOOQ batches in one transaction: what the import is compared with. With
     * {@code audit}, also the audit rows the import writes for them (score, note, assessment, state).
     */
    private static void plainInsert(DSLContext dsl, List<Row> rows, boolean audit) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.insertInto(REPORT_YEAR, REPORT_YEAR.REPORT_YEAR_, REPORT_YEAR.TITLE, REPORT_YEAR.NOTE_LABEL)
                    .values(YEAR, "Bilag 1: Indsatsernes målopfyldelse for " + YEAR, "Covid-19").execute();
            Map<String, Integer> departments = new HashMap<>();
            for (String[] d : DEPARTMENTS) {
                departments.put(d[0], tx.insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME).values(d[0], d[1])
                        .returning(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID));
            }
            int[] categories = new int[CATEGORIES.length];
            for (int i = 0; i < CATEGORIES.length; i++) {
                categories[i] = tx.insertInto(CATEGORY, CATEGORY.REPORT_YEAR, CATEGORY.NAME, CATEGORY.POSITION)
                        .values(YEAR, CATEGORIES[i], i + 1).returning(CATEGORY.ID).fetchOne(CATEGORY.ID);
            }
            BatchBindStep initiatives = tx.batch(tx.insertInto(INITIATIVE, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID)
                    .values((String) null, null));
            rows.forEach(r -> initiatives.bind(r.name(), departments.get(r.department())));
            initiatives.execute();
            Map<String, Integer> ids = new HashMap<>();
            tx.select(INITIATIVE.ID, INITIATIVE.NAME).from(INITIATIVE).forEach(r -> ids.put(r.value2(), r.value1()));
            BatchBindStep placements = tx.batch(tx.insertInto(YEAR_INITIATIVE, YEAR_INITIATIVE.REPORT_YEAR,
                    YEAR_INITIATIVE.INITIATIVE_ID, YEAR_INITIATIVE.CATEGORY_ID, YEAR_INITIATIVE.POSITION)
                    .values((Integer) null, null, null, null));
            rows.forEach(r -> placements.bind(YEAR, ids.get(r.name()), categories[r.category()], r.position()));
            placements.execute();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            BatchBindStep submissions = tx.batch(tx.insertInto(SUBMISSION, SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID,
                    SUBMISSION.GOALS_MET, SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE,
                    SUBMISSION.ASSESSMENT, SUBMISSION.VERSION, SUBMISSION.UPDATED_AT)
                    .values((Integer) null, null, null, null, null, null, null, null, null));
            rows.forEach(r -> submissions.bind(YEAR, ids.get(r.name()), r.met(), r.total(), false,
                    "<p>" + r.note() + "</p>", "<p>" + r.assessment() + "</p>", 1, now));
            submissions.execute();
            if (audit) {
                BatchBindStep trail = tx.batch(tx.insertInto(AUDIT_ENTRY, AUDIT_ENTRY.REPORT_YEAR,
                        AUDIT_ENTRY.INITIATIVE_ID, AUDIT_ENTRY.AUDIT_ACTION, AUDIT_ENTRY.FIELD_NAME, AUDIT_ENTRY.OLD_VALUE,
                        AUDIT_ENTRY.NEW_VALUE, AUDIT_ENTRY.ACTOR_LOGIN, AUDIT_ENTRY.ACTOR_NAME, AUDIT_ENTRY.CHANGED_AT)
                        .values((Integer) null, null, null, null, null, null, null, null, null));
                for (Row r : rows) {
                    int id = ids.get(r.name());
                    trail.bind(YEAR, id, "IMPORT", "SCORE", "", r.met() + "/" + r.total(), "bench", "Bench", now);
                    trail.bind(YEAR, id, "IMPORT", "DEPARTMENT_NOTE", "", "<p>" + r.note() + "</p>", "bench", "Bench", now);
                    trail.bind(YEAR, id, "IMPORT", "ASSESSMENT", "", "<p>" + r.assessment() + "</p>", "bench", "Bench", now);
                    trail.bind(YEAR, id, "STATE_CHANGE", "STATE", "NOT_STARTED", "DRAFT", "bench", "Bench", now);
                }
                trail.execute();
            }
        });
    }

    private static List<Row> rows(int count, Random random) {
        List<Row> rows = new ArrayList<>(count);
        int[] positions = new int[CATEGORIES.length];
        for (int i = 0; i < count; i++) {
            int category = i * CATEGORIES.length / count;
            int total = 1 + random.nextInt(9);
            rows.add(new Row("Indsats nr. " + (i + 1) + " " + WORDS[random.nextInt(WORDS.length)],
                    DEPARTMENTS[random.nextInt(DEPARTMENTS.length)][0], category, ++positions[category],
                    random.nextInt(total + 1), total, text(random, 500), text(random, 500)));
        }
        return rows;
    }

    /** About {@code length} characters of words, ending a sentence. */
    private static String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length - 12) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.append('.').toString();
    }

    /**
     * The appendix as the old process wrote it: title, header, categories, the footnote after the first
     * rows, and every 50th row broken by a page end (the assessment goes on in a continuation row).
     */
    private static String appendix(List<Row> rows) {
        StringBuilder out = new StringBuilder("\nBilag 1: Indsatsernes målopfyldelse for " + YEAR + "\n\n"
                + "Indsats\tForvaltning ¹\tMålopfyldelse\tCovid-19\tSikker By bemærkning\n");
        int category = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.category() != category) {
                category = r.category();
                out.append(CATEGORIES[category]).append("\t\t\t\t\n");
            }
            String assessment = r.assessment();
            String rest = null;
            if (i % 50 == 49) {
                int cut = assessment.indexOf(' ', assessment.length() / 2);
                rest = assessment.substring(cut + 1);
                assessment = assessment.substring(0, cut);
            }
            out.append(r.name()).append('\t').append(r.department()).append('\t').append(r.met()).append('/')
                    .append(r.total()).append('\t').append("<p>").append(r.note()).append("</p>\t<p>")
                    .append(assessment).append("</p>\n");
            if (rest != null) {
                out.append("\n\t\t\t\t").append(rest).append('\n');
            }
            if (i == 2) {
                out.append("\n¹ ").append(String.join(", ", Arrays.stream(DEPARTMENTS)
                        .map(d -> d[0] + " er " + d[1]).toList())).append("\n\n");
            }
        }
        return out.append("--------\t-----\t-----\t--\t---").toString();
    }

    private static long median(List<long[]> results, int index) {
        long[] values = results.stream().mapToLong(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    private static String times(List<long[]> results) {
        return results.stream().map(r -> String.valueOf(r[0])).toList().toString();
    }

    /** Samples the heap in use every few milliseconds and keeps the largest value seen. */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopAndJoin() throws InterruptedException {
            running = false;
            join();
            peak.accumulateAndGet(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(), Math::max);
        }
    }
}
