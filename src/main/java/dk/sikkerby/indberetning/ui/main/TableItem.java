package dk.sikkerby.indberetning.ui.main;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;

/** A line of the main table: a category heading ({@code row} null) or an initiative. */
public record TableItem(Category category, InitiativeRow row) {

    public boolean isCategory() {
        return row == null;
    }
}
