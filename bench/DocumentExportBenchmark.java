import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.sikkerby.indberetning.domain.Category;
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
import dk.sikkerby.indberetning.service.export.CsvDialect;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Issue 16's benchmark: the appendix of 2,000 initiatives with two 500-character rich notes each, written
 * as the PDF and as the Word document, each in a fresh JVM (cold), beside a bare baseline in a fresh JVM
 * of its own: openhtmltopdf rendering the same texts as a plain table (no tags, no PDF/A, no embedded
 * font, no page rules), and POI writing the same texts into a plain Word table. Every mode reads the year
 * from the same H2 file first; it prints the export's time, the time since the JVM started, and the
 * peak heap of the whole process (the sum of the heap pools' peaks: an upper bound of the live heap).
 *
 *   bench/run-document-benchmark.sh [initiatives] [rounds]
 *
 * Modes: fill FILE N | pdf FILE OUT | docx FILE OUT | bare-pdf FILE OUT | bare-docx FILE OUT
 */
public class DocumentExportBenchmark {

    static final int YEAR = 2021;
    static final Actor ADMIN = SetUpActor.named("Benchmark");

    public static void main(String[] args) throws Exception {
        dk.sikkerby.indberetning.app.Logging.configure();
        String mode = args[0];
        DatabaseFile file = DatabaseFile.of(args[1]);
        if (mode.equals("fill")) {
            try (Database db = Database.open(file)) {
                fill(db, Integer.parseInt(args[2]));
            }
            return;
        }
        Path out = Path.of(args[2]);
        Messages messages = Messages.forLocale(Messages.DANISH);
        long start = System.nanoTime();
        int rows;
        try (Database db = Database.open(file)) {
            switch (mode) {
                case "pdf", "docx" -> {
                    ExportFormat format = mode.equals("pdf") ? ExportFormat.PDF : ExportFormat.DOCX;
                    ExportService exports = new ExportService(new SubmissionService(db.store()),
                            new YearSetupService(db.store()), new TrafficLightSettings(db.store()),
                            new dk.sikkerby.indberetning.service.history.HistoryService(db.store()), messages);
                    rows = exports.export(ADMIN,
                            new ExportRequest(YEAR, format, out, Optional.empty(), false, CsvDialect.COMMA), Progress.NONE).initiatives();
                }
                case "bare-pdf" -> rows = barePdf(new SubmissionService(db.store()).loadYear(YEAR), out);
                case "bare-docx" -> rows = bareDocx(new SubmissionService(db.store()).loadYear(YEAR), out);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double sinceStart = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        System.out.printf("%s: %d initiatives, read + write %.2f s, process %.2f s (CPU %.1f s), peak heap %d MB, file %,d bytes%n",
                mode, rows, seconds, sinceStart, cpu, peakHeapMb(), Files.size(out));
        // steadier than the wall time on a shared machine: the export's own thread, and the JVM's pauses and compiler
        double mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
        double gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionTime()).sum() / 1e3;
        long collections = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> b.getCollectionCount()).sum();
        double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3;
        System.out.printf("  %s threads: main thread CPU %.2f s, GC %.2f s in %d collections, JIT %.2f s%n",
                mode, mainCpu, gc, collections, jit);
    }

    /** The same texts as an XHTML table with no style at all, rendered with openhtmltopdf's defaults. */
    static int barePdf(YearTable table, Path out) throws Exception {
        StringBuilder html = new StringBuilder("<html><head><title>x</title></head><body><table><thead><tr>");
        for (String h : List.of("Indsats", "Forvaltning", "Målopfyldelse", "Covid-19", "Sikker By bemærkning")) {
            html.append("<th>").append(h).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (InitiativeRow row : table.rows()) {
            html.append("<tr><td>").append(xml(row.name())).append("</td><td>").append(row.department().code())
                    .append("</td><td>").append(row.score().fraction()).append("</td><td>")
                    .append(xml(row.departmentNote().plainText())).append("</td><td>")
                    .append(xml(row.assessment().plainText())).append("</td></tr>");
        }
        html.append("</tbody></table></body></html>");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html.toString(), null).toStream(os).run();
        }
        return table.rows().size();
    }

    /** The same texts in a plain Word table: one run per cell, no styles, no page set-up. */
    static int bareDocx(YearTable table, Path out) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            XWPFTable t = doc.createTable(1, 5);
            for (InitiativeRow row : table.rows()) {
                XWPFTableRow r = t.createRow();
                String[] cells = {row.name(), row.department().code(), row.score().fraction(),
                        row.departmentNote().plainText(), row.assessment().plainText()};
                for (int c = 0; c < cells.length; c++) {
                    r.getCell(c).setText(cells[c]);
                }
            }
            doc.write(os);
        }
        return table.rows().size();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    /** A year with four categories, seven departments and {@code n} scored initiatives (as ExportBenchmark). */
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
}
