package dk.sikkerby.indberetning.ui.workflow;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.workflow.ConcurrentEditException;
import dk.sikkerby.indberetning.service.workflow.Times;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Someone else saved first: shows who and when, the two versions side by side, and lets the user keep
 * theirs (saved over the new version) or take the stored one.
 */
public final class ConflictDialog {

    /** The user's choice. */
    public enum Choice { KEEP_MINE, TAKE_THEIRS }

    private ConflictDialog() {
    }

    public static Choice ask(Window owner, Messages messages, SubmissionForm mine, ConcurrentEditException conflict) {
        Submission theirs = conflict.stored();
        ButtonType keep = new ButtonType(messages.get("conflict.keepMine"), ButtonBar.ButtonData.YES);
        ButtonType take = new ButtonType(messages.get("conflict.takeTheirs"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", keep, take);
        alert.initOwner(owner);
        alert.setTitle(messages.get("conflict.title"));
        alert.setHeaderText(messages.get("conflict.header", conflict.changedBy(),
                Times.dateTime(theirs.updatedAt())));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label(""), new Label(messages.get("conflict.mine")),
                new Label(messages.get("conflict.theirs", conflict.changedBy())));
        grid.addRow(1, new Label(messages.get("audit.field.score")), new Label(mine.metText() + "/" + mine.totalText()
                + (mine.notRelevant() ? " " + messages.get("score.notRelevant") : "")),
                new Label(score(messages, theirs.score())));
        grid.addRow(2, new Label(messages.get("audit.field.departmentNote")),
                text("conflictMineNote", mine.departmentNote()), text("conflictTheirNote", theirs.departmentNote()));
        grid.addRow(3, new Label(messages.get("audit.field.assessment")),
                text("conflictMineAssessment", mine.assessment()),
                text("conflictTheirAssessment", theirs.assessment()));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("conflictDialog");
        alert.getDialogPane().lookupButton(keep).setId("conflictKeepMine");
        alert.getDialogPane().lookupButton(take).setId("conflictTakeTheirs");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == keep ? Choice.KEEP_MINE : Choice.TAKE_THEIRS;
    }

    private static String score(Messages messages, Score score) {
        return score.isNotRelevant() ? messages.get("score.notRelevant")
                : score.isMissing() ? messages.get("score.missing") : score.fraction();
    }

    private static TextArea text(String id, RichText value) {
        TextArea area = new TextArea(value.plainText());
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPrefColumnCount(30);
        return area;
    }
}
