package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.i18n.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the table shows while it has no rows: nothing before sign-in (an empty table then says nothing
 * about the database), a hint after it, and on a database without years the button "Indlæs eksemplet
 * fra 2021", so that a new user sees real data with one click.
 */
public final class EmptyTableHint extends VBox {

    private final Label text = new Label();
    private final Button example;

    public EmptyTableHint(Messages messages) {
        setId("emptyTableHint");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setPadding(new Insets(24));
        text.setId("emptyTableText");
        text.setWrapText(true);
        example = new Button(messages.get("main.example.load"));
        example.setId("loadExample");
        example.setAccessibleText(messages.get("main.example.load.accessible"));
        example.setVisible(false);
        example.managedProperty().bind(example.visibleProperty());
        getChildren().addAll(text, example);
    }

    public void setText(String hint) {
        text.setText(hint);
    }

    public String text() {
        return text.getText();
    }

    /** Shows the example button while {@code offered} holds; a click runs {@code load}. */
    public void offerExample(ObservableBooleanValue offered, Runnable load) {
        example.visibleProperty().bind(offered);
        example.setOnAction(e -> load.run());
    }
}
