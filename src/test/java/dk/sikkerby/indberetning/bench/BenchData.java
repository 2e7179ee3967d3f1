package dk.sikkerby.indberetning.bench;

import static dk.sikkerby.indberetning.persistence.generated.Tables.CATEGORY;
import static dk.sikkerby.indberetning.persistence.generated.Tables.DEPARTMENT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.INITIATIVE;
import static dk.sikkerby.indberetning.persistence.generated.Tables.REPORT_YEAR;
import static dk.sikkerby.indberetning.persistence.generated.Tables.SUBMISSION;
import static dk.sikkerby.indberetning.persistence.generated.Tables.YEAR_INITIATIVE;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.Query;

/** Builds benchmark databases: {@code initiatives} initiatives reporting in each of {@code years} years, all scored. */
final class BenchData {

    private static final String[] CODES = {"BIF", "ØKF", "KFF", "SOF", "TMF", "BUF", "SUF"};
    private static final String[] CATEGORIES = {"PRIMÆR FOREBYGGELSE", "SEKUNDÆR FOREBYGGELSE",
            "TERTIÆR FOREBYGGELSE", "OMRÅDEBASEREDE INDSATSER"};

    private BenchData() {
    }

    static DatabaseFile create(DatabaseFile file, int initiatives, int years, int lastYear) throws DatabaseOpenException {
        try (Database db = Database.open(file)) {
            DSLContext dsl = db.dsl();
            dsl.transaction(cfg -> fill(cfg.dsl(), initiatives, years, lastYear));
        }
        return file;
    }

    static void fill(DSLContext dsl, int initiatives, int years, int lastYear) {
        Random random = new Random(42);
        List<Integer> departments = new ArrayList<>();
        for (String code : CODES) {
            departments.add(dsl.insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME)
                    .values(code, code + "-forvaltningen").returning(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID));
        }
        List<Query> inserts = new ArrayList<>();
        for (int i = 1; i <= initiatives; i++) {
            inserts.add(dsl.insertInto(INITIATIVE, INITIATIVE.ID, INITIATIVE.NAME, INITIATIVE.DEPARTMENT_ID)
                    .values(i, "Indsats nr. " + i, departments.get(i % departments.size())));
        }
        dsl.batch(inserts).execute();
        String note = RichText.plain("Covid-19 har haft en negativ indflydelse på gennemførelsen af indsatsens "
                + "aktiviteter og dermed også indfrielsen af succeskriterierne. ".repeat(3)).toStorage();
        for (int year = lastYear - years + 1; year <= lastYear; year++) {
            dsl.insertInto(REPORT_YEAR, REPORT_YEAR.REPORT_YEAR_, REPORT_YEAR.TITLE, REPORT_YEAR.NOTE_LABEL)
                    .values(year, "Bilag 1: Indsatsernes målopfyldelse for " + year, "Covid-19").execute();
            List<Integer> categoryIds = new ArrayList<>();
            for (int c = 0; c < CATEGORIES.length; c++) {
                categoryIds.add(dsl.insertInto(CATEGORY, CATEGORY.REPORT_YEAR, CATEGORY.NAME, CATEGORY.POSITION)
                        .values(year, CATEGORIES[c], c + 1).returning(CATEGORY.ID).fetchOne(CATEGORY.ID));
            }
            List<Query> rows = new ArrayList<>();
            for (int i = 1; i <= initiatives; i++) {
                rows.add(dsl.insertInto(YEAR_INITIATIVE, YEAR_INITIATIVE.REPORT_YEAR, YEAR_INITIATIVE.INITIATIVE_ID,
                        YEAR_INITIATIVE.CATEGORY_ID, YEAR_INITIATIVE.POSITION)
                        .values(year, i, categoryIds.get(i % categoryIds.size()), i));
                int total = 1 + random.nextInt(9);
                rows.add(dsl.insertInto(SUBMISSION, SUBMISSION.REPORT_YEAR, SUBMISSION.INITIATIVE_ID, SUBMISSION.GOALS_MET,
                                SUBMISSION.GOALS_TOTAL, SUBMISSION.NOT_RELEVANT, SUBMISSION.DEPARTMENT_NOTE,
                                SUBMISSION.ASSESSMENT, SUBMISSION.VERSION, SUBMISSION.UPDATED_AT)
                        .values(year, i, random.nextInt(total + 1), total, false, note, note, 1, OffsetDateTime.now()));
            }
            dsl.batch(rows).execute();
        }
    }
}
