package dk.sikkerby.indberetning.ui.common;

import dk.sikkerby.indberetning.domain.RichText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A text area for the appendix's rich text: paragraphs and italics, nothing else. Ctrl+I (or the
 * button) toggles italics on the selection; undo and redo are the area's own (Ctrl+Z, Ctrl+Y).
 * {@link #richTextProperty()} holds the domain value and follows every edit.
 */
public final class RichTextEditor extends VBox {

    private static final String ITALIC = "italic";
    private static final KeyCombination TOGGLE_ITALIC = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ObjectProperty<RichText> richText = new SimpleObjectProperty<>(RichText.EMPTY);
    private final Button italicButton;
    private boolean updating;
    private Node next;
    private Node previous;

    public RichTextEditor(String id, String italicLabel, String italicTooltip, String accessibleText) {
        setId(id);
        getStyleClass().add("rich-text-editor");
        area.setId(id + "Area");
        area.setWrapText(true);
        area.setAccessibleText(accessibleText);
        area.getStyleClass().add("rich-text-area");
        area.setUseInitialStyleForInsertion(false);
        italicButton = new Button(italicLabel);
        italicButton.setId(id + "Italic");
        italicButton.getStyleClass().add("italic-button");
        italicButton.setTooltip(new Tooltip(italicTooltip));
        italicButton.setAccessibleText(italicTooltip);
        italicButton.setFocusTraversable(false);
        italicButton.setOnAction(e -> {
            toggleItalic();
            area.requestFocus();
        });
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(new HBox(italicButton), scroll);
        setSpacing(2);

        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (TOGGLE_ITALIC.match(e)) {
                toggleItalic();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                traverse(!e.isShiftDown());
            }
        });
        area.multiPlainChanges().subscribe(changes -> publish());
        area.richChanges().subscribe(change -> publish());
        richText.addListener((obs, old, value) -> {
            if (!updating) {
                show(value);
            }
        });
    }

    /** Tab and Shift+Tab leave the area (a tab character is no part of the appendix's text). */
    public void setTraversal(Node next, Node previous) {
        this.next = next;
        this.previous = previous;
    }

    private void traverse(boolean forward) {
        Node target = forward ? next : previous;
        if (target != null) {
            target.requestFocus();
        }
    }

    public ObjectProperty<RichText> richTextProperty() {
        return richText;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
        italicButton.setDisable(!editable);
    }

    /** Makes the selection italic, or plain if it is all italic already. */
    public void toggleItalic() {
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        if (start == end) {
            return;
        }
        boolean allItalic = true;
        StyleSpans<Collection<String>> spans = area.getStyleSpans(start, end);
        for (StyleSpan<Collection<String>> span : spans) {
            if (span.getLength() > 0 && !span.getStyle().contains(ITALIC)) {
                allItalic = false;
                break;
            }
        }
        area.setStyle(start, end, allItalic ? List.of() : List.of(ITALIC));
        publish();
    }

    private void publish() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            richText.set(read());
        } finally {
            updating = false;
        }
    }

    private RichText read() {
        List<RichText.Paragraph> paragraphs = new ArrayList<>();
        for (var paragraph : area.getParagraphs()) {
            List<RichText.Run> runs = new ArrayList<>();
            for (var segment : paragraph.getStyledSegments()) {
                runs.add(new RichText.Run(segment.getSegment(), segment.getStyle().contains(ITALIC)));
            }
            paragraphs.add(new RichText.Paragraph(runs));
        }
        return new RichText(paragraphs);
    }

    private void show(RichText value) {
        updating = true;
        try {
            area.clear();
            List<RichText.Paragraph> paragraphs = value.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i > 0) {
                    area.insert(area.getLength(), "\n", List.of());
                }
                for (RichText.Run run : paragraphs.get(i).runs()) {
                    area.insert(area.getLength(), run.text(), run.italic() ? List.of(ITALIC) : List.of());
                }
            }
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.requestFollowCaret();
        } finally {
            updating = false;
        }
    }
}
