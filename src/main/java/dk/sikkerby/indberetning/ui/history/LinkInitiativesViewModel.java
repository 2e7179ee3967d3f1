package dk.sikkerby.indberetning.ui.history;

import dk.sikkerby.indberetning.domain.InitiativeLink;
import dk.sikkerby.indberetning.domain.LinkChoice;
import dk.sikkerby.indberetning.domain.LinkQuestion;
import dk.sikkerby.indberetning.domain.LinkQuestion.Candidate;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.common.ErrorText;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "link renamed initiatives" dialog without a screen (decision 0701): one row per initiative new in
 * the year, its likeliest predecessor chosen to start with but nothing answered; the administrator links
 * (the chosen one, or another chosen from the list), keeps apart, or undoes the last answer; only
 * "apply" links, all answers at once through {@link InitiativeLinkService#linkAll}, the service the
 * {@code link} command uses. Below, the links already made for the year, one of which can be taken away
 * again ({@link #unlink()}, decision 0703). After an import the dialog asks in both directions
 * ({@link #loadAround(int)}): the imported year's new initiatives and the next year's.
 */
public final class LinkInitiativesViewModel {

    /** What the administrator said about a row. */
    public enum Answer {
        OPEN, LINK, KEEP_APART
    }

    /** One question: the new initiative, the predecessor chosen for it, and the answer so far. */
    public static final class Row {
        private final LinkQuestion question;
        private final ObjectProperty<Candidate> chosen;
        private final ObjectProperty<Answer> answer = new SimpleObjectProperty<>(Answer.OPEN);

        Row(LinkQuestion question) {
            this.question = question;
            this.chosen = new SimpleObjectProperty<>(question.proposed().orElse(null));
        }

        public LinkQuestion question() {
            return question;
        }

        public ObjectProperty<Candidate> chosenProperty() {
            return chosen;
        }

        public ObjectProperty<Answer> answerProperty() {
            return answer;
        }

        Observable[] observables() {
            return new Observable[] {chosen, answer};
        }
    }

    /** An answer as it was before it changed, for undo. */
    private record Step(Row row, Candidate chosen, Answer answer) {
    }

    private final Messages messages;
    private final Background background;
    private final InitiativeLinkService links;
    private final Actor actor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(Row::observables);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canApply;
    private final BooleanBinding canUndo;
    private final BooleanBinding canAnswer;
    private final ObservableList<InitiativeLink> linked = FXCollections.observableArrayList();
    private final ObjectProperty<InitiativeLink> selectedLink = new SimpleObjectProperty<>();
    private final BooleanBinding canUnlink;
    private int year;
    /** True after an import: the year's questions and the next year's (decision 0703). */
    private boolean around;

    public LinkInitiativesViewModel(Messages messages, Background background, InitiativeLinkService links,
                                    Actor actor) {
        this.messages = messages;
        this.background = background;
        this.links = links;
        this.actor = actor;
        canApply = Bindings.createBooleanBinding(() -> !busy.get() && pending() > 0, rows, busy);
        canUndo = Bindings.isNotEmpty(steps).and(busy.not());
        canAnswer = selected.isNotNull().and(busy.not());
        canUnlink = Bindings.createBooleanBinding(() -> selectedLink.get() != null && !busy.get() && pending() == 0,
                selectedLink, busy, rows);
    }

    /** Reads the year's questions and links in the background; answers not applied are forgotten. */
    public void load(int shownYear) {
        this.year = shownYear;
        boolean both = around;
        busy.set(true);
        background.run(() -> Map.entry(both ? links.questionsAround(shownYear) : links.questions(shownYear),
                both ? links.linkedAround(shownYear) : links.linked(shownYear)), loaded -> {
                    steps.clear();
                    rows.setAll(loaded.getKey().stream().map(Row::new).toList());
                    selected.set(rows.isEmpty() ? null : rows.get(0));
                    linked.setAll(loaded.getValue());
                    selectedLink.set(null);
                    busy.set(false);
                }, this::fail);
    }

    /**
     * After {@code importedYear} was imported: asks about its new initiatives (against the year before)
     * and about the next year's (against the imported one, whose initiatives are then the predecessors).
     */
    public void loadAround(int importedYear) {
        around = true;
        load(importedYear);
    }

    /**
     * Takes the selected link away (the dialog has asked first): one transaction, audited as linking is;
     * then asks again, so the initiative is offered for linking anew. Not while answers wait to be applied.
     */
    public void unlink() {
        InitiativeLink link = selectedLink.get();
        if (link == null || !canUnlink.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> links.unlink(actor, link.initiativeId()), before -> {
            busy.set(false);
            load(year);
            message.set(messages.get("link.removed", link.name(), before));
        }, this::fail);
    }

    /** "Sjakket Gadeplan (2022) fortsætter Sjakket": a link as the list of links shows it. */
    public String linkText(InitiativeLink link) {
        return messages.get("link.existing.item", link.name(), link.year(), link.predecessorName(),
                link.departmentCode());
    }

    /** Links the selected row to its chosen predecessor (once applied), then moves on to the next row. */
    public void link() {
        Row row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        if (row.chosen.get() == null) {
            message.set(messages.get("link.chooseFirst", row.question.name()));
            return;
        }
        answer(row, row.chosen.get(), Answer.LINK);
    }

    /** Keeps the selected row apart from every predecessor, then moves on. */
    public void keepApart() {
        Row row = selected.get();
        if (row != null && !busy.get()) {
            answer(row, row.chosen.get(), Answer.KEEP_APART);
        }
    }

    /**
     * Chooses another predecessor for the selected row: choosing one is answering "link to this one". The
     * one already chosen changes nothing (it is linked with {@link #link()}).
     */
    public void choose(Candidate candidate) {
        Row row = selected.get();
        if (row == null || candidate == null || busy.get() || candidate.equals(row.chosen.get())) {
            return;
        }
        steps.add(new Step(row, row.chosen.get(), row.answer.get()));
        row.chosen.set(candidate);
        row.answer.set(Answer.LINK);
        message.set("");
    }

    private void answer(Row row, Candidate chosen, Answer answer) {
        if (row.answer.get() != answer || row.chosen.get() != chosen) {
            steps.add(new Step(row, row.chosen.get(), row.answer.get()));
            row.chosen.set(chosen);
            row.answer.set(answer);
        }
        message.set("");
        int next = rows.indexOf(row) + 1;
        if (next < rows.size()) {
            selected.set(rows.get(next));
        }
    }

    /** Takes the last answer back (before applying) and shows its row. */
    public void undo() {
        if (steps.isEmpty() || busy.get()) {
            return;
        }
        Step step = steps.remove(steps.size() - 1);
        step.row().chosen.set(step.chosen());
        step.row().answer.set(step.answer());
        selected.set(step.row());
        message.set("");
    }

    /** Links every row answered "link", in one transaction; then asks again about what is left. */
    public void apply() {
        List<LinkChoice> choices = rows.stream().filter(r -> r.answer.get() == Answer.LINK)
                .map(r -> new LinkChoice(r.question.initiativeId(), r.chosen.get().initiativeId())).toList();
        if (choices.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            links.linkAll(actor, choices);
            return choices.size();
        }, linked -> {
            busy.set(false);
            load(year);
            message.set(messages.get("link.applied", linked));
        }, this::fail);
    }

    private void fail(Throwable error) {
        busy.set(false);
        message.set(ErrorText.of(messages, error));
    }

    /** How many rows are answered "link" but not yet applied. */
    public int pending() {
        return (int) rows.stream().filter(r -> r.answer.get() == Answer.LINK).count();
    }

    /** "Sjakket (SOF, 50 % ens navn)". */
    public String candidateText(Candidate c) {
        return c == null ? "" : messages.get("link.candidate", c.name(), c.departmentCode(), c.percent());
    }

    /** The answer column: open, "linked to …" (once applied), or kept apart. */
    public String answerText(Row row) {
        return switch (row.answer.get()) {
            case OPEN -> messages.get("link.answer.open");
            case LINK -> messages.get("link.answer.link", row.chosen.get().name());
            case KEEP_APART -> messages.get("link.answer.keepApart");
        };
    }

    public int year() {
        return year;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canApply() {
        return canApply;
    }

    public BooleanBinding canUndo() {
        return canUndo;
    }

    public BooleanBinding canAnswer() {
        return canAnswer;
    }

    public ObservableList<InitiativeLink> linked() {
        return linked;
    }

    public ObjectProperty<InitiativeLink> selectedLinkProperty() {
        return selectedLink;
    }

    public BooleanBinding canUnlink() {
        return canUnlink;
    }

    /** True when the dialog asks after an import, in both directions. */
    public boolean aroundImport() {
        return around;
    }
}
