package dk.sikkerby.indberetning.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.UserRepository;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.CliRun;
import dk.sikkerby.indberetning.testsupport.Sample2021;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The write paths the crash harness kills, the files each starts from, and what each must leave. */
final class CrashPaths {

    static final String APPENDIX = Sample2021.path().toString();

    enum WritePath {
        FIRST_START("The database is ready"),
        IMPORT("Imported: 25 initiatives in 2021."),
        IMPORT_RETURN("Written: 1 initiatives from 1 files"),
        USER_ADD("The user anne (Anne Admin, "),
        MIGRATION("2021  ");

        private final String acknowledgement;

        WritePath(String acknowledgement) {
            this.acknowledgement = acknowledgement;
        }

        /** What the child prints once its work is committed. */
        String acknowledgement() {
            return acknowledgement;
        }
    }

    private final Path empty;
    private final Path sample;
    private final Path workbook;
    private final Path older;

    private CrashPaths(Path empty, Path sample, Path workbook, Path older) {
        this.empty = empty;
        this.sample = sample;
        this.workbook = workbook;
        this.older = older;
    }

    static CrashPaths prepare(Path folder) throws Exception {
        Path empty = folder.resolve("empty");
        assertEquals(0, CliRun.on(empty, "init").status());
        Path sample = folder.resolve("sample");
        try (Database db = TestDatabase.open(DatabaseFile.of(sample))) {
            SampleYear.create(db.dsl());
        }
        Path workbook = Files.createDirectories(folder.resolve("ud")).resolve("sof.xlsx");
        CliRun template = CliRun.on(sample, "template", "--year", "2021", "--department", "SOF", "--out",
                workbook.toString());
        assertEquals(0, template.status(), template::toString);
        fill(workbook, "Sjakket", 7, 8);
        Path older = folder.resolve("older");
        assertEquals(0, CliRun.on(older, "init").status());
        assertEquals(0, CliRun.on(older, "import", APPENDIX).status());
        try (Database db = TestDatabase.open(DatabaseFile.of(older))) {
            // an older file: without V9 (a new table), V14 and V16 (the identity caches), so the
            // migration both creates and alters
            db.dsl().execute("DROP TABLE sign_in_failure");
            for (String table : List.of("initiative", "submission", "audit_entry")) {
                db.dsl().execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE 32");
            }
            db.dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('9', '14', '16')");
        }
        return new CrashPaths(empty, sample, workbook, older);
    }

    /** A fresh copy of the path's starting file in {@code run} (nothing for the first start). */
    DatabaseFile place(WritePath path, Path run) throws Exception {
        DatabaseFile target = DatabaseFile.of(run.resolve("db"));
        Path from = switch (path) {
            case FIRST_START -> null;
            case IMPORT, USER_ADD -> empty;
            case IMPORT_RETURN -> sample;
            case MIGRATION -> older;
        };
        if (from != null) {
            Files.copy(DatabaseFile.of(from).mvFile(), target.mvFile());
        }
        return target;
    }

    List<String> arguments(WritePath path) {
        return switch (path) {
            case FIRST_START -> List.of("init");
            case IMPORT -> List.of("import", APPENDIX);
            case IMPORT_RETURN -> List.of("import-return", workbook.toString());
            case USER_ADD -> List.of("user-add", "--login", "anne", "--name", "Anne Admin", "--role", "administrator");
            case MIGRATION -> List.of("years");
        };
    }

    Map<String, String> environment() {
        return Map.of("SIKKERBY_NEW_PASSWORD", "rigtig-kode");
    }

    /** The file after a kill: whole (it opened), all or nothing of the path's work, and all if acknowledged. */
    void checkConsistent(WritePath path, Database db, boolean acknowledged) {
        switch (path) {
            case FIRST_START -> assertTrue(new SubmissionService(db.store()).years().isEmpty());
            case IMPORT -> {
                List<YearSummary> years = new SubmissionService(db.store()).years();
                assertTrue(years.isEmpty() || years.get(0).initiatives() == 25, "all or nothing: " + years);
                assertTrue(!acknowledged || years.size() == 1, "an acknowledged import is there");
            }
            case IMPORT_RETURN -> {
                Score sjakket = new SubmissionRepository(db.dsl()).rows(2021).stream()
                        .filter(r -> r.name().equals("Sjakket")).map(InitiativeRow::score).findFirst().orElseThrow();
                assertTrue(sjakket.equals(Score.missing()) || sjakket.equals(Score.of(7, 8)), sjakket.toString());
                assertTrue(!acknowledged || sjakket.equals(Score.of(7, 8)), "an acknowledged return is there");
            }
            case USER_ADD -> {
                int users = new UserRepository(db.dsl()).count();
                assertTrue(users <= 1);
                assertTrue(!acknowledged || users == 1, "an acknowledged user is there");
            }
            case MIGRATION -> {
                List<YearSummary> years = new SubmissionService(db.store()).years();
                assertEquals(1, years.size(), "the data survives the migration whatever moment it was killed");
                assertEquals(25, years.get(0).initiatives());
            }
        }
    }

    private static void fill(Path file, String initiative, int met, int total) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(initiative)) {
                row.getCell(2).setCellValue(met);
                row.getCell(3).setCellValue(total);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
