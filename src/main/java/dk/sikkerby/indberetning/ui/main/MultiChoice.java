package dk.sikkerby.indberetning.ui.main;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * A filter of several choices at once (ControlsFX {@code CheckComboBox}) kept in step with a view
 * model's list of chosen items, both ways; with nothing chosen it says so ("all").
 */
final class MultiChoice {

    private MultiChoice() {
    }

    static <T> CheckComboBox<T> of(ObservableList<T> choices, ObservableList<T> chosen, Function<T, String> text,
                                   String noneChosen) {
        CheckComboBox<T> box = new CheckComboBox<>(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        boolean[] syncing = new boolean[1];
        Runnable title = () -> box.setTitle(chosen.isEmpty() ? noneChosen : null);
        Runnable toBox = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                chosen.forEach(box.getCheckModel()::check);
            } finally {
                syncing[0] = false;
            }
            title.run();
        };
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing[0]) {
                chosen.setAll(List.copyOf(box.getCheckModel().getCheckedItems()));
                title.run();
            }
        });
        chosen.addListener((ListChangeListener<T>) c -> {
            if (!List.copyOf(box.getCheckModel().getCheckedItems()).equals(List.copyOf(chosen))) {
                toBox.run();
            }
        });
        choices.addListener((ListChangeListener<T>) c -> toBox.run());
        title.run();
        return box;
    }
}
