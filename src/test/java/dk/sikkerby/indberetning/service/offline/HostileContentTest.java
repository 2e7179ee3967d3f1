package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.service.offline.OfflineFixture.KBH;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks that are real workbooks but must not be read in: made elsewhere, for something else,
 * with edited identifiers, or with values no rule allows. Sjakket is in row 4, Københavnerteamet in 5.
 */
class HostileContentTest extends RefusalTestBase {

    @TempDir
    Path otherFolder;

    @Test
    void aWorkbookOfAnotherYear() {
        Path lastYear = fixture.exchange.templates().writeOne(TestActors.administrator(), OfflineFixture.YEAR - 1, "SOF", folder.resolve("2020.xlsx")).file();
        assertRefused(new Expectation(OfflineFixture.YEAR, null), lastYear,
                "Projektmappen er til 2020, men der indlæses for 2021.");
    }

    @Test
    void aWorkbookOfAnotherDepartment() {
        assertRefused(new Expectation(null, "KFF"), sof, "Projektmappen er til SOF, men der indlæses for KFF.");
    }

    @Test
    void aWorkbookOfAnotherDatabase() {
        Path foreign;
        try (OfflineFixture other = new OfflineFixture(otherFolder)) {
            foreign = other.template("SOF", otherFolder);
            assertRefused(foreign, "Projektmappen er lavet fra en anden database (" + other.database.identity()
                    + ") end den, der er åben. Åbn den database, projektmappen kom fra.");
        }
    }

    @Test
    void editedIdentifiersOnTheHiddenSheet() throws Exception {
        String message = "Projektmappens skjulte id-numre er ændret eller beskadiget, så rækkerne ikke sikkert kan kobles "
                + "til indsatserne. Lav en ny projektmappe til forvaltningen.";
        assertRefused(editManifest("version.xlsx", "row", 2, "7"), message);
        assertRefused(editManifest("year.xlsx", "year", 1, "2020"), message);
        assertRefused(editManifest("department.xlsx", "department", 1, "KFF"), message);
        assertRefused(editManifest("id.xlsx", "row", 1, "999"), message);
    }

    @Test
    void aWorkbookWithoutItsHiddenSheet() throws Exception {
        Path file = folder.resolve("stripped.xlsx");
        try (Coordinator c = Coordinator.open(sof)) {
            c.workbook.unLock();
            c.workbook.removeSheetAt(c.workbook.getSheetIndex(TemplateLayout.MANIFEST_SHEET));
            c.saveAs(file);
        }
        assertRefused(file, "Projektmappen er ikke lavet af Sikker By Indberetning (det skjulte ark med id-numre mangler). "
                + "Brug den projektmappe, forvaltningen fik tilsendt.");
    }

    @Test
    void aRowWhoseHiddenIdWasChanged() throws Exception {
        Path pasted = edit("pasted.xlsx", c -> c.number(SJAKKET, TemplateLayout.ID, fixture.id(KBH)));
        assertRefused(pasted, "Ark SOF, A4: rækken hedder \"Sjakket\", men dens id-nummer hører til \"Københavnerteamet\". "
                + "Er rækker kopieret oven i hinanden?");
        Path unknown = edit("unknown.xlsx", c -> c.number(SJAKKET, TemplateLayout.ID, 999));
        assertRefused(unknown, "Ark SOF, H4: id-nummeret 999 hører ikke til projektmappen. Rækkens id må ikke ændres.");
        Path text = edit("text.xlsx", c -> c.text(SJAKKET, TemplateLayout.ID, "Sjakket"));
        assertRefused(text, "Ark SOF, H4: det skjulte id-nummer \"Sjakket\" er ikke et id-nummer. Rækkens id må ikke ændres.");
    }

    @Test
    void aRowCopiedBelowWithTheSameId() throws Exception {
        Path file = edit("copied.xlsx", c -> {
            XSSFSheet sheet = c.sheet;
            Row copy = sheet.createRow(6);
            Row original = c.row(SJAKKET);
            copy.createCell(TemplateLayout.NAME).setCellValue(SJAKKET);
            copy.createCell(TemplateLayout.ID).setCellValue(original.getCell(TemplateLayout.ID).getNumericCellValue());
        });
        assertRefused(file, "Ark SOF, H7: indsatsen \"Sjakket\" står i mere end én række.");
    }

    @Test
    void aFormulaInAnInputCellIsNeverReadEvenWithAValidCachedValue() throws Exception {
        Path file = edit("formula.xlsx", c -> {
            c.formula(SJAKKET, TemplateLayout.MET, "5+5");
            c.number(SJAKKET, TemplateLayout.TOTAL, 10);
            c.workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        assertTrue(Files.readString(unzipSheet(file)).contains("<f>5+5</f><v>10"), "the cached value is in the file");
        assertRefused(file, "Ark SOF, C4: cellen indeholder en formel. Skriv selve værdien i stedet; formler læses ikke ind.");
    }

    @Test
    void textInANumberCell() throws Exception {
        Path file = edit("text.xlsx", c -> c.text(SJAKKET, TemplateLayout.MET, "tre").number(SJAKKET, TemplateLayout.TOTAL, 4));
        assertRefused(file, "Ark SOF, C4: Opfyldte mål skal være et tal, men cellen indeholder teksten \"tre\".");
    }

    @Test
    void aNoteOverTheLengthLimit() throws Exception {
        Path file = edit("long.xlsx", c -> c.note(SJAKKET, "x".repeat(10_001)));
        assertRefused(file, "Ark SOF, F4: Bemærkningen er 10001 tegn; den må højst være 10000");
    }

    @Test
    void moreGoalsMetThanAssessed() throws Exception {
        Path file = edit("score.xlsx", c -> c.score(SJAKKET, 11, 10));
        assertRefused(file, "Ark SOF, C4: Opfyldte mål (11) kan ikke overstige antal mål (10)");
    }

    @Test
    void valuesNoRuleAllowsAreEachNamedByCell() throws Exception {
        Path file = edit("many.xlsx", c -> c.number(SJAKKET, TemplateLayout.MET, 2.5).number(SJAKKET, TemplateLayout.TOTAL, 3)
                .text(KBH, TemplateLayout.NOT_RELEVANT, "Ja"));
        assertRefused(file, "Ark SOF, C4: Opfyldte mål skal være et helt tal skrevet med 0–9 (ikke \"2.5\")",
                "Ark SOF, E5: Ikke relevant kan kun være \"Ikke relevant\" eller tom, ikke \"Ja\".");
    }

    @Test
    void twoWorkbooksForTheSameDepartmentInOneImport() throws Exception {
        Path copy = Files.copy(sof, folder.resolve("SOF kopi.xlsx"));
        ImportPreview preview = fixture.preview(sof, copy);
        assertTrue(!preview.files().get(0).refused() && preview.files().get(1).refused());
        assertTrue(new PreviewText(fixture.messages).findings(preview.files().get(1)).contains(
                "Der er mere end én projektmappe for SOF 2021 blandt filerne; kun én kan læses ind ad gangen."));
    }

    private Path editManifest(String name, String key, int column, String value) throws Exception {
        return edit(name, c -> {
            for (Row row : c.workbook.getSheet(TemplateLayout.MANIFEST_SHEET)) {
                if (row.getCell(0).getStringCellValue().equals(key)) {
                    row.getCell(column).setCellValue(value);
                    return;
                }
            }
        });
    }

    interface Edit {
        void apply(Coordinator c) throws Exception;
    }

    private Path edit(String name, Edit edit) throws Exception {
        Path file = folder.resolve(name);
        try (Coordinator c = Coordinator.open(sof)) {
            edit.apply(c);
            c.saveAs(file);
        }
        return file;
    }

    private Path unzipSheet(Path file) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return Files.write(folder.resolve("sheet1.xml"),
                    zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes());
        }
    }
}
