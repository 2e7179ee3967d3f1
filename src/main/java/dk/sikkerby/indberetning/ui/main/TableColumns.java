package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** How the year's table shows its cells: columns, scores, text previews, the width of category names. */
final class TableColumns {

    private static final int PREVIEW_CHARS = 160;
    /** The disclosure arrow and the cell's padding before a category's name. */
    private static final double CATEGORY_INDENT = 44;

    private TableColumns() {
    }

    static TreeTableColumn<TableItem, String> column(String title, double width, Function<TableItem, String> value) {
        TreeTableColumn<TableItem, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().getValue())));
        return column;
    }

    static String scoreText(Messages messages, Score score) {
        if (score.isNotRelevant()) {
            return messages.get("score.notRelevant");
        }
        return score.isMissing() ? messages.get("score.missing") : score.fraction();
    }

    static String preview(RichText text) {
        String plain = text.plainText().replace('\n', ' ');
        return plain.length() <= PREVIEW_CHARS ? plain : plain.substring(0, PREVIEW_CHARS) + "…";
    }

    /** The width that shows every category's name whole: they head their groups, as in the appendix. */
    static double widestCategory(YearTable table) {
        Text text = new Text();
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        double widest = 0;
        for (Category category : table.categories()) {
            text.setText(category.name());
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return widest + CATEGORY_INDENT;
    }
}
