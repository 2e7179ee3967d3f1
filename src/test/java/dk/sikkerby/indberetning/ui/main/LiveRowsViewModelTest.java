package dk.sikkerby.indberetning.ui.main;

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
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SubmissionStatus;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.OthersSaves;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows others saved, without a screen: the table shows the new version with a notice of who saved it; the
 * form follows when it shows the row unchanged, and keeps the user's edits when they are editing it.
 */
class LiveRowsViewModelTest {

    private static final int YEAR = 2021;
    private static final Department SOF = new Department(1, "SOF", "Socialforvaltningen");
    private static final Category CATEGORY = new Category(1, YEAR, "PRIMÆR FOREBYGGELSE", 1);

    private final Messages messages = Messages.forLocale(Messages.DANISH);
    private final List<LiveRowsViewModel.Notice> notices = new ArrayList<>();
    private final List<InitiativeRow> savedByMe = new ArrayList<>();
    private MainViewModel main;
    private EditorViewModel editor;
    private LiveRowsViewModel live;

    private static Submission stored(int id, String note, int version) {
        return new Submission(id, YEAR, id, Score.of(1, 3), RichText.plain(note), RichText.EMPTY, version,
                OffsetDateTime.now(), new SubmissionStatus(SubmissionState.DRAFT, OffsetDateTime.now(), "x"));
    }

    private static InitiativeRow row(int id, String name, Submission submission) {
        return new InitiativeRow(id, name, SOF, CATEGORY, id, Optional.ofNullable(submission));
    }

    @BeforeEach
    void setUp() {
        main = new MainViewModel(messages, () -> null, Background.sameThread());
        ReportYear year = new ReportYear(YEAR, "2021", "Covid-19");
        main.showLoaded(List.of(new YearSummary(year, 2, 2)), Optional.of(new YearTable(year, List.of(CATEGORY),
                List.of(row(1, "Sjakket", stored(1, "gammel", 1)), row(2, "Københavnerteamet", stored(2, "x", 1))))));
        editor = new EditorViewModel(messages, (r, form, onSaved, onFailed) -> savedByMe.add(r));
        live = new LiveRowsViewModel(messages, main, editor, notices::add);
    }

    private InitiativeRow shown(int id) {
        return main.tableProperty().get().rows().stream().filter(r -> r.initiativeId() == id).findFirst().orElseThrow();
    }

    private static OthersSaves.Saved karenSaved(int id, String note, int version) {
        return new OthersSaves.Saved(YEAR, id, version, "karen", "Karen Koordinator", Optional.of(stored(id, note, version)));
    }

    @Test
    void aRowSavedElsewhereComesIntoTheTableAndTheFormThatShowsItUnchanged() {
        editor.load(shown(1));
        live.saved(karenSaved(1, "ny", 2));
        assertEquals(RichText.plain("ny"), shown(1).departmentNote());
        assertEquals(2, shown(1).version());
        assertEquals(RichText.plain("ny"), editor.departmentNoteProperty().get(), "the form shows the new version");
        assertEquals(List.of(new LiveRowsViewModel.Notice("Karen Koordinator har gemt „Sjakket\".", false)), notices);
        assertEquals("Karen Koordinator har gemt „Sjakket\".", main.messageProperty().get());
    }

    @Test
    void editsInTheFormAreKeptAndTheUserIsTold() {
        editor.load(shown(1));
        editor.departmentNoteProperty().set(RichText.plain("mit udkast"));
        live.saved(karenSaved(1, "karens", 2));
        assertEquals(RichText.plain("karens"), shown(1).departmentNote(), "the table shows what is stored");
        assertEquals(RichText.plain("mit udkast"), editor.departmentNoteProperty().get(), "the edits are kept");
        assertEquals(1, editor.rowProperty().get().version(), "saving goes over the version the user opened");
        assertTrue(editor.isDirty());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).warning());
        assertTrue(notices.get(0).text().startsWith("Karen Koordinator har gemt „Sjakket\", mens du redigerer den: "
                + "dine ændringer er bevaret"), notices.get(0).text());
    }

    @Test
    void otherYearsOldVersionsAndUnshownRowsChangeNothing() {
        editor.load(shown(2));
        live.saved(new OthersSaves.Saved(YEAR + 1, 1, 5, "karen", "Karen Koordinator", Optional.of(stored(1, "andet år", 5))));
        live.saved(karenSaved(1, "gammel igen", 1));
        live.saved(karenSaved(99, "ikke vist", 3));
        assertEquals(RichText.plain("gammel"), shown(1).departmentNote());
        assertEquals(List.of(), notices);
        live.saved(karenSaved(1, "ny", 2));
        assertEquals(RichText.plain("x"), editor.departmentNoteProperty().get(), "the form shows another row");
        assertFalse(editor.isDirty());
        assertEquals(1, notices.size());
    }

    @Test
    void aLostConnectionIsToldOnceAndItsReturnReadsTheYearAgain() {
        List<Integer> read = new ArrayList<>();
        main.setLoader(year -> {
            read.add(year);
            return main.tableProperty().get();
        });
        live.connected(true);
        assertEquals(List.of(), notices, "the first connection is no news");
        live.connected(false);
        live.connected(false);
        live.connected(true);
        assertEquals(List.of(new LiveRowsViewModel.Notice("Forbindelsen til serveren er afbrudt; programmet prøver "
                + "igen af sig selv.", true), new LiveRowsViewModel.Notice("Forbindelsen til serveren er tilbage; "
                + "året er læst igen.", false)), notices);
        assertEquals(List.of(YEAR), read);
    }
}
