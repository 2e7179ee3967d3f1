package dk.sikkerby.indberetning.ui.editor;

import dk.sikkerby.indberetning.domain.CriteriaChange;
import dk.sikkerby.indberetning.domain.CriteriaTally;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's list of success criteria: add, remove (with an undo of the last removal), the list as
 * domain records, and the sum they give as it is typed. Knows no {@code Node}.
 */
public final class CriteriaListModel {

    private record Removed(int index, CriterionItem item) {
    }

    private final ObservableList<CriterionItem> items = FXCollections.observableArrayList(CriterionItem::observables);
    private final ObjectProperty<Removed> lastRemoved = new SimpleObjectProperty<>();
    private final ObjectBinding<List<SuccessCriterion>> criteria;
    private final ObjectBinding<CriteriaTally> tally;
    private final StringBinding sum;
    private final StringBinding undoText;
    private final ObjectProperty<List<SuccessCriterion>> lastYear = new SimpleObjectProperty<>(List.of());
    private final StringBinding changes;

    public CriteriaListModel(Messages messages) {
        criteria = Bindings.createObjectBinding(() -> items.stream().map(CriterionItem::toCriterion).toList(), items);
        tally = Bindings.createObjectBinding(() -> CriteriaTally.of(criteria.get()), criteria);
        sum = Bindings.createStringBinding(() -> {
            CriteriaTally t = tally.get();
            if (t.listed() == 0) {
                return messages.get("criteria.sum.none");
            }
            return messages.get("criteria.sum", t.met(), t.assessed(), t.dropped(), t.open());
        }, tally);
        changes = Bindings.createStringBinding(() -> {
            if (lastYear.get().isEmpty()) {
                return "";
            }
            List<CriteriaChange> list = CriteriaChange.between(lastYear.get(), criteria.get());
            if (list.isEmpty()) {
                return messages.get("criteria.changes.none");
            }
            StringBuilder text = new StringBuilder(messages.get("criteria.changes.title"));
            list.forEach(c -> text.append('\n').append(messages.get(c.kind().key(), c.text(), c.previousText())));
            return text.toString();
        }, lastYear, criteria);
        undoText = Bindings.createStringBinding(() -> lastRemoved.get() == null ? ""
                : messages.get("criteria.removed", lastRemoved.get().item().textProperty().get()), lastRemoved);
    }

    public void setAll(List<SuccessCriterion> list) {
        items.setAll(list.stream().map(CriterionItem::new).toList());
        lastRemoved.set(null);
    }

    /** Last year's list, to say what changed; empty when the initiative did not list criteria last year. */
    public void setLastYear(List<SuccessCriterion> list) {
        lastYear.set(List.copyOf(list));
    }

    /** What changed against last year, one line each: added, no longer listed, reworded, dropped this year. */
    public StringBinding changes() {
        return changes;
    }

    public CriterionItem add() {
        CriterionItem item = new CriterionItem(SuccessCriterion.of(""));
        items.add(item);
        return item;
    }

    public void remove(CriterionItem item) {
        int index = items.indexOf(item);
        if (index >= 0) {
            items.remove(index);
            lastRemoved.set(new Removed(index, item));
        }
    }

    /** Puts the last removed criterion back where it was. */
    public void undoRemove() {
        Removed removed = lastRemoved.get();
        if (removed != null) {
            items.add(Math.min(removed.index(), items.size()), removed.item());
            lastRemoved.set(null);
        }
    }

    public ObservableList<CriterionItem> items() {
        return items;
    }

    public ObjectBinding<List<SuccessCriterion>> criteria() {
        return criteria;
    }

    public ObjectBinding<CriteriaTally> tally() {
        return tally;
    }

    /** "2 af 3 opfyldt · 1 udgår · 0 uden resultat", or that none are listed. */
    public StringBinding sum() {
        return sum;
    }

    public BooleanBinding canUndo() {
        return lastRemoved.isNotNull();
    }

    public StringBinding undoText() {
        return undoText;
    }
}
