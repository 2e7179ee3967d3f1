package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Hostile text never breaks the documents' layout or file: the injection set, words longer than a column,
 * 2,000-character notes, a note longer than a page, control characters, lone surrogates, markup, CSS and
 * scripts the font lacks, in every field the documents print (title and column label included). The PDF
 * stays valid PDF/A and PDF/UA and keeps every word; the Word document opens in POI and LibreOffice.
 */
class HostileDocumentTest {

    static final String LONG_WORD = "Kriminalpræventionssamarbejdsudviklings".repeat(8);
    static final String MARKUP = "<b>&amp;</b> ]]> <!-- --> <script>alert(1)</script> }</style> \"'";
    static final String CONTROLS = "før\u0000\u0007\u001B\u0085\u009F\uFFFE\uD800efter";
    static final String LAST_WORDS = "Sidste sætning i den meget lange note.";

    @TempDir
    static Path dir;
    private static YearTable table;
    private static Path pdf;
    private static Path docx;

    @BeforeAll
    static void write() throws Exception {
        table = hostileTable();
        ExportContent content = new ExportContent(table, Optional.of(TrafficLightThresholds.DEFAULT));
        Messages messages = Messages.forLocale(Messages.DANISH);
        pdf = dir.resolve("hostile.pdf");
        docx = dir.resolve("hostile.docx");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfAppendixWriter(messages).write(content, true, out, Progress.NONE);
        }
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxAppendixWriter(messages).write(content, false, out, Progress.NONE);
        }
    }

    @Test
    void thePdfStaysValidPdfAAndPdfUa() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void thePdfKeepsEveryWordAndPrintsMarkupAsText() throws Exception {
        String all = PdfText.squeezed(PdfText.read(pdf).all());
        for (String attack : FormulaInjectionTest.ATTACKS) {
            String drawn = BundledFont.get().drawable(attack.replace('\u00A0', ' '));
            assertTrue(all.contains(PdfText.squeezed(drawn)), attack);
        }
        assertTrue(all.contains(LONG_WORD), "the long word, broken across lines but whole");
        assertTrue(all.contains(PdfText.squeezed(MARKUP)), "markup printed as text");
        assertTrue(all.contains("føreftert") || all.contains("førefter"), "control characters dropped, the text around kept");
        assertTrue(all.contains(PdfText.squeezed(LAST_WORDS)), "a note longer than a page is split, not cut");
        assertFalse(all.contains("alert(1)</script></td>"), "no markup leaked out of its cell");
        assertTrue(all.contains("Skrifter:\uFFFD\uFFFD"), "what the font cannot draw shows as the replacement character");
    }

    @Test
    void theWordDocumentOpensAndHoldsTheCleanedTexts() throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable t = doc.getTables().get(0);
            List<String> names = new ArrayList<>();
            for (int r = 1; r < t.getNumberOfRows(); r++) {
                if (t.getRow(r).getTableCells().size() == 5) {
                    names.add(t.getRow(r).getCell(0).getText());
                }
            }
            assertEquals(table.rows().stream().map(row -> DocumentText.clean(row.name())).toList(), names);
            assertTrue(doc.getHeaderList().isEmpty() || doc.getHeaderList().get(0).getText().isBlank(), "a locked year has no draft line");
        }
        List<Path> made = LibreOffice.convert(docx, "pdf", dir.resolve("lo"), dir.resolve("profile"));
        String text = PdfText.squeezed(PdfText.read(made.get(0)).all());
        assertTrue(text.contains(PdfText.squeezed(LAST_WORDS)));
        assertTrue(text.contains(PdfText.squeezed(MARKUP)));
    }

    @Test
    void cleaningDropsWhatXmlCannotHoldAndKeepsTheRest() {
        assertEquals("føreftert", DocumentText.clean(CONTROLS + "t"));
        assertEquals("a b c", DocumentText.clean("a\tb\nc"));
        assertEquals("smil \uD83D\uDE00", DocumentText.clean("smil \uD83D\uDE00"));
        assertEquals("&lt;b&gt;&amp;amp;&lt;/b&gt;&quot;&#39;", DocumentText.xml("<b>&amp;</b>\"'"));
        assertEquals("\"\\00007D  \\00003C \\00002F style\\00003E \"", DocumentText.css("} </style>"));
        assertEquals("=1+1 \uFFFD æøå", BundledFont.get().drawable("\uFF1D1+1 中 æøå"));
    }

    private static YearTable hostileTable() {
        ReportYear year = new ReportYear(2021, "Bilag 1 </title><script>x</script> & \u0007 for 2021", "Covid-19 <i>note</i> & \"label\"");
        Department odd = new Department(1, "<&>", "Forvaltningen \"<b>fed</b>\" & co\u0000");
        Category first = new Category(1, 2021, "</h2><h1>KATEGORI & CO", 1);
        Category second = new Category(2, 2021, LONG_WORD.toUpperCase(java.util.Locale.ROOT), 2);
        List<InitiativeRow> rows = new ArrayList<>();
        int id = 1;
        for (String attack : FormulaInjectionTest.ATTACKS) {
            rows.add(row(id++, attack, odd, first, Score.of(1, 3), RichText.plain(attack), RichText.plain(attack)));
        }
        rows.add(row(id++, LONG_WORD, odd, first, Score.notRelevant(), RichText.plain(LONG_WORD), RichText.plain(LONG_WORD)));
        rows.add(row(id++, "Markup " + MARKUP, odd, second, Score.of(0, 2), RichText.plain(MARKUP), RichText.plain(CONTROLS)));
        rows.add(row(id++, "Skrifter: 中文 مرحبا Ελληνικά \uD83D\uDE00 \u200F", odd, second, Score.of(2, 2),
                RichText.plain("中文 مرحبا Ελληνικά ☃ \uD83D\uDE00"), RichText.EMPTY));
        rows.add(row(id++, "To tusind tegn", odd, second, Score.of(3, 4), richNote(2000, ""), richNote(2000, "")));
        rows.add(row(id++, "Længere end en side", odd, second, Score.missing().isMissing() ? Score.of(1, 1) : Score.of(1, 1),
                richNote(12_000, LAST_WORDS), richNote(3000, "")));
        return new YearTable(year, List.of(first, second), rows);
    }

    private static InitiativeRow row(int id, String name, Department d, Category c, Score score, RichText note, RichText assessment) {
        Submission s = new Submission(id, 2021, id, score, note, assessment, 1, OffsetDateTime.now());
        return new InitiativeRow(id, name, d, c, id, Optional.of(s));
    }

    /** About {@code length} characters of paragraphs with italic runs, ending with {@code last}. */
    private static RichText richNote(int length, String last) {
        List<RichText.Paragraph> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < length) {
            List<RichText.Run> runs = List.of(new RichText.Run("Indsatsen har arbejdet med ", false),
                    new RichText.Run("målgruppen", true), new RichText.Run(" i hele året, og resultaterne er gode. ", false));
            paragraphs.add(new RichText.Paragraph(runs));
            written += 76;
        }
        if (!last.isEmpty()) {
            paragraphs.add(new RichText.Paragraph(List.of(new RichText.Run(last, false))));
        }
        return new RichText(paragraphs);
    }
}
