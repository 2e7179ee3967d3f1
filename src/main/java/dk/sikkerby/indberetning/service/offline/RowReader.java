package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.ID;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.MET;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.NAME;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.NOTE;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.NOT_RELEVANT;
import static dk.sikkerby.indberetning.service.offline.TemplateLayout.TOTAL;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Reads one data row: maps it by the id in its hidden column (never by its name), checks the name it
 * shows against the signed one, and checks the values with {@link SubmissionRules}. Each problem
 * becomes a finding at its cell; a row with any problem gives no values.
 */
final class RowReader {

    private static final int[] CHECKED = {NAME, MET, TOTAL, NOT_RELEVANT, NOTE, ID};

    private final String sheet;
    private final Manifest manifest;
    private final List<Finding> findings;
    private final CellValues values;

    RowReader(String sheet, Manifest manifest, List<Finding> findings) {
        this.sheet = sheet;
        this.manifest = manifest;
        this.findings = findings;
        this.values = new CellValues(sheet, findings);
    }

    Optional<ReturnedRow> read(int row, RawCell[] cells) {
        boolean formula = false;
        for (int column : CHECKED) {
            RawCell cell = cells[column];
            if (cell != null && cell.formula()) {
                findings.add(Finding.error(Place.cell(sheet, cell.cellName()), "offline.error.formula"));
                formula = true;
            }
        }
        if (formula) {
            return Optional.empty();
        }
        RawCell idCell = cells[ID];
        if (idCell == null || idCell.isBlank()) {
            if (hasInput(cells)) {
                findings.add(Finding.warning(Place.cell(sheet, null), "offline.warning.rowWithoutId", row + 1));
            }
            return Optional.empty();
        }
        Optional<Integer> id = values.id(idCell);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Manifest.Row expected = manifest.row(id.get());
        if (expected == null) {
            return values.fail(idCell, "offline.error.unknownId", id.get());
        }
        String shownName = cells[NAME] == null ? "" : cells[NAME].value();
        if (!expected.name().equals(shownName)) {
            findings.add(Finding.error(Place.cell(sheet, TemplateLayout.cellName(NAME, row)), "offline.error.nameMismatch",
                    CellValues.shortened(shownName), expected.name()));
            return Optional.empty();
        }
        return values(row, id.get(), cells);
    }

    private Optional<ReturnedRow> values(int row, int id, RawCell[] cells) {
        int before = findings.size();
        Optional<String> met = values.numberText(cells[MET], "offline.field.met");
        Optional<String> total = values.numberText(cells[TOTAL], "offline.field.total");
        Optional<Boolean> notRelevant = values.notRelevant(cells[NOT_RELEVANT], manifest.notRelevantText());
        Optional<RichText> note = values.note(cells[NOTE]);
        if (findings.size() > before) {
            return Optional.empty();
        }
        SubmissionForm form = new SubmissionForm(met.orElseThrow(), total.orElseThrow(), notRelevant.orElseThrow(),
                note.orElseThrow(), RichText.EMPTY);
        List<Violation> violations = SubmissionRules.validate(form);
        for (Violation v : violations) {
            findings.add(Finding.error(Place.cell(sheet, TemplateLayout.cellName(TemplateLayout.columnOf(v.field()), row)),
                    v.key(), v.args().toArray()));
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        Score score = SubmissionRules.score(form).orElseThrow();
        return Optional.of(new ReturnedRow(id, row, score, note.orElseThrow()));
    }

    private static boolean hasInput(RawCell[] cells) {
        for (int column : new int[] {MET, TOTAL, NOT_RELEVANT, NOTE}) {
            if (cells[column] != null && !cells[column].isBlank()) {
                return true;
            }
        }
        return false;
    }
}
