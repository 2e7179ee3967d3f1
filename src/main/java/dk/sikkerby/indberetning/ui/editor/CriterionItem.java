package dk.sikkerby.indberetning.ui.editor;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One success criterion as the form edits it; {@code carriedFrom} is kept as loaded. */
public final class CriterionItem {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<CriterionOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<CriterionMarker> marker = new SimpleObjectProperty<>(CriterionMarker.NEW);
    private final String carriedFrom;

    public CriterionItem(SuccessCriterion criterion) {
        text.set(criterion.text());
        outcome.set(criterion.outcome());
        reason.set(criterion.dropReason());
        marker.set(criterion.marker());
        carriedFrom = criterion.carriedFrom();
    }

    public SuccessCriterion toCriterion() {
        return new SuccessCriterion(text.get(), outcome.get(), reason.get(), marker.get(), carriedFrom);
    }

    /** What a list with an extractor watches, so that the form sees every edit inside an item. */
    Observable[] observables() {
        return new Observable[] {text, outcome, reason, marker};
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<CriterionOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<CriterionMarker> markerProperty() {
        return marker;
    }
}
