package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.i18n.Messages;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What guides the coordinator in Excel: whole numbers in met and total, a drop-down with the one
 * "not relevant" choice, a length limit on the note, each with an input message from the bundle.
 * They prevent slips only; the reader checks every value again.
 */
final class TemplateValidations {

    private final Messages messages;
    private final XSSFSheet sheet;
    private final DataValidationHelper helper;

    TemplateValidations(Messages messages, XSSFSheet sheet) {
        this.messages = messages;
        this.sheet = sheet;
        this.helper = sheet.getDataValidationHelper();
    }

    void addAll(int firstRow, int lastRow, String notRelevantText) {
        if (lastRow < firstRow) {
            return;
        }
        String max = String.valueOf(Score.MAX_GOALS);
        add(helper.createIntegerConstraint(OperatorType.BETWEEN, "0", max), TemplateLayout.MET, firstRow, lastRow,
                new Texts("offline.template.validation.met.title", "offline.template.validation.met.prompt",
                        "offline.template.validation.met.error"));
        add(helper.createIntegerConstraint(OperatorType.BETWEEN, "1", max), TemplateLayout.TOTAL, firstRow, lastRow,
                new Texts("offline.template.validation.total.title", "offline.template.validation.total.prompt",
                        "offline.template.validation.total.error"));
        add(helper.createExplicitListConstraint(new String[] {notRelevantText}), TemplateLayout.NOT_RELEVANT,
                firstRow, lastRow, new Texts("offline.template.validation.notRelevant.title",
                        "offline.template.validation.notRelevant.prompt", "offline.template.validation.notRelevant.error"));
        add(helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(SubmissionRules.MAX_TEXT_LENGTH), null),
                TemplateLayout.NOTE, firstRow, lastRow, new Texts("offline.template.validation.note.title",
                        "offline.template.validation.note.prompt", "offline.template.validation.note.error"));
    }

    /** The bundle keys of a validation's title, input message and error message. */
    private record Texts(String title, String prompt, String error) {
    }

    private void add(DataValidationConstraint constraint, int column, int firstRow, int lastRow, Texts texts) {
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setEmptyCellAllowed(true);
        validation.setShowPromptBox(true);
        validation.createPromptBox(messages.get(texts.title()),
                messages.get(texts.prompt(), Score.MAX_GOALS, SubmissionRules.MAX_TEXT_LENGTH));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(messages.get(texts.title()),
                messages.get(texts.error(), Score.MAX_GOALS, SubmissionRules.MAX_TEXT_LENGTH));
        if (column == TemplateLayout.NOT_RELEVANT) {
            validation.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(validation);
    }
}
