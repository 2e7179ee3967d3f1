package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files that are not, or not only, a returned workbook: each is refused before any value is read. */
class HostileFileTest extends RefusalTestBase {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @Test
    void notAZip() throws Exception {
        Path file = Files.writeString(folder.resolve("SOF.xlsx"), "Indsats;Målopfyldelse\nSjakket;10/10\n");
        assertRefused(file, "Filen er ikke en Excel-projektmappe (xlsx): den er ikke en gyldig zip-fil.");
    }

    @Test
    void anOldXlsWorkbookEvenWhenRenamedToXlsx() throws Exception {
        Path xls = folder.resolve("SOF.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("SOF").createRow(0).createCell(0).setCellValue("Sjakket");
            workbook.write(out);
        }
        String message = "Filen er i et gammelt eller binært Excel-format (xls/xlsb) eller beskyttet med adgangskode. "
                + "Gem den som Excel-projektmappe (.xlsx) uden adgangskode, og prøv igen.";
        assertRefused(xls, message);
        assertRefused(Files.copy(xls, folder.resolve("renamed.xlsx")), message);
    }

    @Test
    void aMacroWorkbookByNameOrByContent() throws Exception {
        String message = "Filen er en projektmappe med makroer (xlsm). Gem den som almindelig Excel-projektmappe (.xlsx), og prøv igen.";
        assertRefused(Files.copy(sof, folder.resolve("SOF.xlsm")), message);
        Path disguised = new ZipSurgery().replaceText("[Content_Types].xml", xml -> xml.replace(
                PackageGate.WORKBOOK, PackageGate.MACRO_WORKBOOK)).apply(sof, folder.resolve("disguised.xlsx"));
        assertRefused(disguised, message);
        Path withVba = new ZipSurgery().add("xl/vbaProject.bin", "Attribute VB_Name").apply(sof, folder.resolve("vba.xlsx"));
        assertRefused(withVba, message);
    }

    @Test
    void aZipBomb() throws Exception {
        Path bomb = new ZipSurgery().replaceText(SHEET, xml -> xml.replace("<sheetData>",
                "<sheetData>" + " ".repeat(60_000_000))).apply(sof, folder.resolve("bomb.xlsx"));
        assertRefused(bomb, "Filen udpakker til langt mere, end en projektmappe kan indeholde (en såkaldt zip-bombe). Den læses ikke.");
    }

    @Test
    void aZipBombWhoseDirectoryUnderstatesItsSizeIsStoppedWhileInflating() throws Exception {
        Path bomb = new ZipSurgery().replaceText(SHEET, xml -> xml.replace("<sheetData>",
                "<sheetData>" + " ".repeat(60_000_000))).apply(sof, folder.resolve("bomb.xlsx"));
        byte[] zip = Files.readAllBytes(bomb);
        understateSize(zip, SHEET);
        Path lying = Files.write(folder.resolve("lying.xlsx"), zip);
        assertRefused(lying, "Filen udpakker til langt mere, end en projektmappe kan indeholde (en såkaldt zip-bombe). Den læses ikke.");
    }

    /** Writes 1 MB as the part's expanded size into the zip's central directory. */
    private static void understateSize(byte[] zip, String part) {
        byte[] name = part.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                int size = 1 << 20;
                for (int b = 0; b < 4; b++) {
                    zip[i + 24 + b] = (byte) (size >>> (8 * b));
                }
                return;
            }
        }
        throw new IllegalStateException(part + " is not in the zip");
    }

    @Test
    void aFileOverTheSizeLimit() throws Exception {
        Path big = folder.resolve("big.xlsx");
        byte[] chunk = new byte[1024 * 1024];
        new Random(7).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(Files.readAllBytes(sof));
            for (int i = 0; i < 26; i++) {
                out.write(chunk);
            }
        }
        assertRefused(big, "Filen er 27 MB; en returneret projektmappe må højst være 25 MB.");
    }

    @Test
    void externalLinksMadeByExcelOrHiddenUnderAnotherName() throws Exception {
        Path linked = folder.resolve("linked.xlsx");
        try (Coordinator c = Coordinator.open(sof); XSSFWorkbook budget = new XSSFWorkbook()) {
            budget.createSheet("Ark1").createRow(0).createCell(0).setCellValue(10);
            c.workbook.linkExternalWorkbook("budget.xlsx", budget);
            c.workbook.setCellFormulaValidation(false);
            c.formula(OfflineFixture.SJAKKET, TemplateLayout.CATEGORY, "[budget.xlsx]Ark1!A1");
            c.saveAs(linked);
        }
        String message = "Projektmappen har kæder til andre filer eller eksterne data. Fjern dem (Data → Rediger kæder → Bryd kæde), gem, og prøv igen.";
        assertRefused(linked, message);
        Path hidden = new ZipSurgery()
                .replaceText("[Content_Types].xml", xml -> xml.replace("</Types>", "<Override PartName=\"/xl/data/link.xml\" "
                        + "ContentType=\"" + PackageGate.EXTERNAL_LINK + "\"/></Types>"))
                .add("xl/data/link.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")
                .apply(sof, folder.resolve("hidden.xlsx"));
        assertRefused(hidden, message);
    }

    @Test
    void aSheetOfAMillionRowsWhoseDimensionSaysSo() throws Exception {
        Path file = millionRows(true);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertRefused(file,
                "Ark SOF: arket har mindst 1000000 rækker; en afrapportering har højst 10000. Projektmappen læses ikke."));
    }

    @Test
    void aSheetOfAMillionRowsWhoseDimensionLies() throws Exception {
        Path file = millionRows(false);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertRefused(file,
                "Ark SOF: arket har mindst 10001 rækker; en afrapportering har højst 10000. Projektmappen læses ikke."));
    }

    private Path millionRows(boolean honestDimension) throws Exception {
        return new ZipSurgery().replace(SHEET, (original, out) -> {
            String xml = new String(original, StandardCharsets.UTF_8);
            if (honestDimension) {
                xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:H1000000\"/>");
            }
            int start = xml.indexOf("<sheetData>") + "<sheetData>".length();
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            buffered.write(xml.substring(0, start).getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= 1_000_000; r++) {
                buffered.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            buffered.write(xml.substring(xml.indexOf("</sheetData>")).getBytes(StandardCharsets.UTF_8));
            buffered.flush();
        }).apply(sof, folder.resolve("million.xlsx"));
    }
}
