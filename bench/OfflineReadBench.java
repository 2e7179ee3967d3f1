import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.InitiativeRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.offline.ApplyResult;
import dk.sikkerby.indberetning.service.offline.Expectation;
import dk.sikkerby.indberetning.service.offline.ImportPreview;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.service.offline.Resolution;
import dk.sikkerby.indberetning.service.offline.RowPlan;
import dk.sikkerby.indberetning.service.offline.TemplateService;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Issue 7's benchmark: reading back 20 filled workbooks of 500 initiatives each (read, check and
 * compare with the database: the preview), with its time and peak heap, plus the one-transaction
 * write of the 10,000 rows. Run after {@code ./mvnw -q -B package -DskipTests}:
 *
 * <pre>java -Xmx512m -cp target/sikkerby.jar bench/OfflineReadBench.java</pre>
 */
public class OfflineReadBench {

    static final int YEAR = 2021;
    /** Acts as the command line does on a database without users. */
    static final Actor ADMIN = SetUpActor.named("Benchmark");
    static final int DEPARTMENTS = 20;
    static final int INITIATIVES = 500;
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.LogManager.getLogManager().reset();
        Path folder = Files.createTempDirectory("sikkerby-bench-offline");
        try (Database database = Database.open(DatabaseFile.of(folder.resolve("bench")))) {
            setUp(database);
            OfflineExchange exchange = TestServices.offline(database, Messages.forLocale(Messages.DANISH));
            long start = System.nanoTime();
            List<TemplateService.Written> written = exchange.templates().writeAll(ADMIN, YEAR, folder.resolve("out"), Progress.NONE);
            System.out.printf("Wrote %d templates in %.2f s%n", written.size(), seconds(start));
            List<Path> files = new ArrayList<>();
            for (TemplateService.Written w : written) {
                files.add(fill(w.file()));
            }
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("Filled %d workbooks, %.1f MB in all%n", files.size(), bytes / 1048576.0);

            ImportPreview preview = null;
            for (int run = 1; run <= RUNS; run++) {
                System.gc();
                long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                HeapWatch watch = new HeapWatch();
                long t = System.nanoTime();
                preview = exchange.preview(ADMIN, files, new Expectation(YEAR, null), Progress.NONE);
                double s = seconds(t);
                watch.stop();
                System.out.printf("Run %d: read back %d workbooks (%d rows) in %.2f s; peak heap used %.0f MB, "
                        + "%.0f MB before reading (JVM max %.0f MB)%n",
                        run, preview.files().size(), preview.files().stream().mapToInt(f -> f.rows().size()).sum(), s,
                        watch.peak() / 1048576.0, before / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
                if (preview.anyRefused()) {
                    throw new IllegalStateException("A benchmark workbook was refused");
                }
            }
            Map<RowPlan.Key, Resolution> none = new HashMap<>();
            long t = System.nanoTime();
            ApplyResult result = exchange.apply(ADMIN, preview, none);
            System.out.printf("Applied %d rows from %d files in one transaction in %.2f s%n", result.written(), result.files(), seconds(t));
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name"));
    }

    /** 20 departments of 500 initiatives in one category, written straight through the repositories. */
    static void setUp(Database database) {
        database.dsl().transaction(cfg -> {
            new YearRepository(cfg.dsl()).insert(new ReportYear(YEAR, ReportYear.defaultTitle(YEAR), "Covid-19"));
            Category category = new YearRepository(cfg.dsl()).insertCategory(YEAR, "SEKUNDÆR FOREBYGGELSE", 1);
            InitiativeRepository initiatives = new InitiativeRepository(cfg.dsl());
            for (int d = 0; d < DEPARTMENTS; d++) {
                Department department = new DepartmentRepository(cfg.dsl()).insert("D" + (char) ('A' + d) + "F", "Forvaltning " + d);
                for (int i = 0; i < INITIATIVES; i++) {
                    int id = initiatives.insert("Indsats " + d + "-" + i, department.id());
                    initiatives.placeInYear(YEAR, id, category.id(), d * INITIATIVES + i);
                }
            }
        });
    }

    /** Fills every row as a coordinator would: a score (or not relevant) and a note of a few sentences. */
    static Path fill(Path file) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        String note = "Covid-19 har haft en negativ indflydelse på gennemførelsen af indsatsens aktiviteter. "
                + "Indsatsen har tilpasset aktiviteter og åbningstider.\nDet har dog ikke haft indflydelse på succeskriterierne.";
        int n = 0;
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getRowNum() < 3) {
                continue;
            }
            if (n++ % 10 == 0) {
                row.getCell(4).setCellValue("Ikke relevant");
            } else {
                row.getCell(2).setCellValue(n % 5);
                row.getCell(3).setCellValue(5);
                row.getCell(5).setCellValue(note + " (" + n + ")");
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Samples the used heap every millisecond on its own thread and keeps the highest value. */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        HeapWatch() {
            thread = new Thread(() -> {
                while (running) {
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peak() {
            return peak.get();
        }
    }
}
