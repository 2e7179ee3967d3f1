import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.InitiativeRepository;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.service.export.ExportContent;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.WorkbookWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Issue 5's benchmark: the export of 10,000 initiatives with 500-character rich-text notes, against
 * a bare SXSSF write of the same cell values, side by side in one run, with the peak heap of each.
 *
 *   ./mvnw -q -B package -DskipTests
 *   java -Xmx256m -cp target/sikkerby.jar bench/ExportBenchmark.java [initiatives] [rounds]
 *
 * The figures go into docs/benchmarks.md.
 */
public class ExportBenchmark {

    static final int YEAR = 2021;
    /** Acts as the command line does on a database without users. */
    static final Actor ADMIN = SetUpActor.named("Benchmark");

    public static void main(String[] args) throws Exception {
        int initiatives = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("sikkerby-bench");
        Messages messages = Messages.forLocale(Messages.DANISH);
        try (Database db = Database.open(DatabaseFile.of(dir.resolve("bench").toString()))) {
            long t0 = System.nanoTime();
            fill(db, initiatives);
            System.out.printf("set-up of %,d initiatives: %.1f s%n", initiatives, seconds(t0));

            resetPeaks();
            t0 = System.nanoTime();
            YearTable table = new SubmissionService(db.store()).loadYear(YEAR);
            System.out.printf("loadYear: %.2f s, peak heap %d MB%n", seconds(t0), peakHeapMb());
            ExportContent content = new ExportContent(table, Optional.empty());

            List<Double> ours = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            long oursPeak = 0;
            long barePeak = 0;
            for (int round = 0; round <= rounds; round++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("ours.xlsx")))) {
                    new WorkbookWriter(messages).write(content, out, Progress.NONE);
                }
                double o = seconds(start);
                long op = peakHeapMb();
                System.gc();
                resetPeaks();
                start = System.nanoTime();
                bareWrite(table, dir.resolve("bare.xlsx"));
                double b = seconds(start);
                long bp = peakHeapMb();
                System.out.printf("round %d%s: export %.2f s (peak %d MB), bare SXSSF %.2f s (peak %d MB), ratio %.2f%n",
                        round, round == 0 ? " (warm-up)" : "", o, op, b, bp, o / b);
                if (round > 0) {
                    ours.add(o);
                    bare.add(b);
                    oursPeak = Math.max(oursPeak, op);
                    barePeak = Math.max(barePeak, bp);
                }
            }
            double om = median(ours);
            double bm = median(bare);
            System.out.printf("median over %d rounds: export %.2f s, bare SXSSF %.2f s, ratio %.2f; peak heap export %d MB, bare %d MB%n",
                    rounds, om, bm, om / bm, oursPeak, barePeak);
            System.out.printf("file sizes: export %,d bytes, bare %,d bytes%n",
                    Files.size(dir.resolve("ours.xlsx")), Files.size(dir.resolve("bare.xlsx")));

            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            TestServices.exports(db.store(), messages).export(ADMIN, ExportRequest.xlsx(YEAR, dir.resolve("service.xlsx")), Progress.NONE);
            System.out.printf("end to end (loadYear + export + atomic write): %.2f s, peak heap %d MB%n", seconds(start), peakHeapMb());
            System.out.printf("max heap (-Xmx): %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /** The same cell values written with nothing but SXSSF's defaults: no styles, no rich text, no heights. */
    static void bareWrite(YearTable table, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            Sheet appendix = wb.createSheet("Bilag");
            int r = 0;
            appendix.createRow(r++).createCell(0).setCellValue(table.year().title());
            r++;
            Row header = appendix.createRow(r++);
            String[] labels = {"Indsats", "Forvaltning ¹", "Målopfyldelse", table.year().noteLabel(), "Sikker By bemærkning"};
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            int category = -1;
            for (InitiativeRow row : table.rows()) {
                if (row.category().id() != category) {
                    category = row.category().id();
                    appendix.createRow(r++).createCell(0).setCellValue(row.category().name());
                }
                Row line = appendix.createRow(r++);
                line.createCell(0).setCellValue(row.name());
                line.createCell(1).setCellValue(row.department().code());
                line.createCell(2).setCellValue(row.score().fraction());
                line.createCell(3).setCellValue(row.departmentNote().plainText());
                line.createCell(4).setCellValue(row.assessment().plainText());
            }
            Sheet data = wb.createSheet("Data");
            r = 0;
            Row dataHeader = data.createRow(r++);
            for (int c = 0; c < 12; c++) {
                dataHeader.createCell(c).setCellValue("kolonne " + c);
            }
            for (InitiativeRow row : table.rows()) {
                Row line = data.createRow(r++);
                Score s = row.score();
                line.createCell(0).setCellValue(YEAR);
                line.createCell(1).setCellValue(row.category().name());
                line.createCell(2).setCellValue(row.name());
                line.createCell(3).setCellValue(row.department().code());
                line.createCell(4).setCellValue(row.department().name());
                line.createCell(5).setCellValue(s.isMissing());
                line.createCell(6).setCellValue(s.met().orElse(0));
                line.createCell(7).setCellValue(s.total().orElse(0));
                line.createCell(8).setCellValue(s.isNotRelevant());
                line.createCell(9).setCellValue(s.met().orElse(0) / (double) s.total().orElse(1));
                line.createCell(10).setCellValue(row.departmentNote().plainText());
                line.createCell(11).setCellValue(row.assessment().plainText());
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    /** A year with four categories, seven departments and {@code n} scored initiatives. */
    static void fill(Database db, int n) {
        YearSetupService setup = new YearSetupService(db.store());
        setup.createYear(ADMIN, YEAR, "Bilag 1: Indsatsernes målopfyldelse for 2021", "Covid-19");
        List<Department> departments = new ArrayList<>();
        String[][] names = {{"BIF", "Beskæftigelses- og Integrationsforvaltningen"}, {"ØKF", "Økonomiforvaltningen"},
                {"KFF", "Kultur- og Fritidsforvaltningen"}, {"SOF", "Socialforvaltningen"},
                {"TMF", "Teknik- og Miljøforvaltningen"}, {"BUF", "Børne- og Ungdomsforvaltningen"},
                {"SUF", "Sundheds- og Omsorgsforvaltningen"}};
        for (String[] d : names) {
            departments.add(setup.addDepartment(ADMIN, d[0], d[1]));
        }
        List<Category> categories = new ArrayList<>();
        for (String c : List.of("PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE", "TERTIÆR FOREBYGGELSE", "OMRÅDEBASEREDE INDSATSER")) {
            categories.add(setup.addCategory(ADMIN, YEAR, c));
        }
        Random random = new Random(42);
        db.dsl().transaction(cfg -> {
            InitiativeRepository initiatives = new InitiativeRepository(cfg.dsl());
            SubmissionRepository submissions = new SubmissionRepository(cfg.dsl());
            for (int i = 0; i < n; i++) {
                int id = initiatives.insert("Indsats nr. " + (i + 1) + " – forebyggelse af kriminalitet",
                        departments.get(i % departments.size()).id());
                initiatives.placeInYear(YEAR, id, categories.get(i * categories.size() / n).id(), i + 1);
                int total = 1 + random.nextInt(9);
                submissions.save(YEAR, id, Score.of(random.nextInt(total + 1), total), note(random), note(random), 0);
            }
        });
    }

    private static final String[] WORDS = ("indsatsen laver en grundig beskrivelse af arbejde og aktiviteter med mange "
            + "relevante mål for målgrupperne sikker by bemærker at det er positivt succeskriterier covid-19 har haft "
            + "negativ indflydelse på gennemførelsen dialog udvikling ambitionsniveau datagrundlag afrapportering").split(" ");

    /** About 500 characters in two paragraphs, with an italic run in each. */
    static RichText note(Random random) {
        List<RichText.Paragraph> paragraphs = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            StringBuilder plain = new StringBuilder();
            while (plain.length() < 220) {
                plain.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            paragraphs.add(new RichText.Paragraph(List.of(new RichText.Run(plain.toString(), false),
                    new RichText.Run("Idrætssociale Indsatser", true), new RichText.Run(" erstatter FerieCamp.", false))));
        }
        return new RichText(paragraphs);
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the live heap at any moment. */
    static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
