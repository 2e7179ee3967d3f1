package dk.sikkerby.indberetning.ui.export;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.export.CsvDialect;
import dk.sikkerby.indberetning.service.export.ExportFormat;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The export dialog's content: builds the controls and binds them to {@link ExportViewModel}; the
 * buttons call its commands. Every input has an id and an accessible text.
 */
public final class ExportView extends VBox {

    private final ExportViewModel model;
    private final Messages messages;
    private final Button start;
    private final Button open;
    private final Button close;

    public ExportView(ExportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("exportView");
        setSpacing(12);
        setPadding(new Insets(16));

        ComboBox<Integer> year = new ComboBox<>(model.years());
        year.setId("exportYear");
        year.setAccessibleText(messages.get("export.year.accessible"));
        year.valueProperty().bindBidirectional(model.yearProperty());
        ComboBox<Department> department = new ComboBox<>(model.departments());
        department.setId("exportDepartment");
        department.setAccessibleText(messages.get("export.department.accessible"));
        department.setCellFactory(list -> new DepartmentCell());
        department.setButtonCell(new DepartmentCell());
        department.valueProperty().bindBidirectional(model.departmentProperty());

        ToggleGroup formats = new ToggleGroup();
        RadioButton xlsx = radio("exportFormatXlsx", "export.format.xlsx", formats, ExportFormat.XLSX);
        RadioButton csv = radio("exportFormatCsv", "export.format.csv", formats, ExportFormat.CSV);
        RadioButton pdf = radio("exportFormatPdf", "export.format.pdf", formats, ExportFormat.PDF);
        RadioButton docx = radio("exportFormatDocx", "export.format.docx", formats, ExportFormat.DOCX);
        formats.getToggles().stream().filter(t -> t.getUserData() == model.formatProperty().get()).findFirst()
                .ifPresent(formats::selectToggle);
        formats.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                model.formatProperty().set((ExportFormat) t.getUserData());
            }
        });

        CheckBox colours = new CheckBox(messages.get("export.colours"));
        colours.setId("exportColours");
        colours.setAccessibleText(messages.get("export.colours.accessible"));
        colours.selectedProperty().bindBidirectional(model.coloursProperty());
        colours.disableProperty().bind(model.coloursApply().not());
        CheckBox criteria = new CheckBox(messages.get("export.options.criteria"));
        criteria.setId("exportCriteria");
        criteria.setAccessibleText(messages.get("export.options.criteria.accessible"));
        criteria.selectedProperty().bindBidirectional(model.criteriaProperty());
        criteria.disableProperty().bind(model.criteriaApply().not());
        CheckBox lastYear = new CheckBox(messages.get("export.options.lastYear"));
        lastYear.setId("exportLastYear");
        lastYear.setAccessibleText(messages.get("export.options.lastYear.accessible"));
        lastYear.selectedProperty().bindBidirectional(model.lastYearProperty());
        TextField redMax = percentField("exportRedMax", "export.redMax");
        redMax.textProperty().bindBidirectional(model.redMaxProperty());
        TextField greenMin = percentField("exportGreenMin", "export.greenMin");
        greenMin.textProperty().bindBidirectional(model.greenMinProperty());
        Label thresholdsNote = new Label(messages.get("export.thresholds.note"));
        thresholdsNote.getStyleClass().add("hint");

        ToggleGroup separators = new ToggleGroup();
        RadioButton comma = separator("exportSeparatorComma", "export.separator.comma", separators, CsvDialect.COMMA);
        RadioButton semicolon = separator("exportSeparatorSemicolon", "export.separator.semicolon", separators, CsvDialect.SEMICOLON);
        separators.selectToggle(model.dialectProperty().get() == CsvDialect.SEMICOLON ? semicolon : comma);
        separators.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t != null) {
                model.dialectProperty().set((CsvDialect) t.getUserData());
            }
        });
        comma.disableProperty().bind(model.formatProperty().isNotEqualTo(ExportFormat.CSV));
        semicolon.disableProperty().bind(comma.disableProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, label("export.year", year), year);
        form.addRow(row++, label("export.department", department), department);
        form.addRow(row++, label("export.format", xlsx), new VBox(4, xlsx, csv, pdf, docx));
        form.addRow(row++, new Label(), new VBox(4, criteria, lastYear));
        form.addRow(row++, new Label(), colours);
        form.addRow(row++, label("export.redMax", redMax), redMax);
        form.addRow(row++, label("export.greenMin", greenMin), greenMin);
        form.addRow(row++, new Label(), thresholdsNote);
        form.addRow(row, label("export.separator", comma), new VBox(4, comma, semicolon));
        redMax.disableProperty().bind(model.thresholdsApply().not());
        greenMin.disableProperty().bind(redMax.disableProperty());
        thresholdsNote.disableProperty().bind(redMax.disableProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setAccessibleText(messages.get("export.progress.accessible"));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        start = button("exportStart", "export.start");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.canExport().not());
        open = button("exportOpen", "export.open");
        open.visibleProperty().bind(model.exportedProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> model.openExported());
        close = button("exportClose", "export.close");
        close.setCancelButton(true);
        Button cancel = button("exportCancel", "export.cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        getChildren().addAll(form, progress, message, new HBox(8, start, cancel, open, close));
    }

    /** Where the dialog hooks in the save dialog and closing. */
    public Button startButton() {
        return start;
    }

    public Button closeButton() {
        return close;
    }

    private RadioButton radio(String id, String key, ToggleGroup group, ExportFormat format) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        button.setToggleGroup(group);
        button.setUserData(format);
        return button;
    }

    private RadioButton separator(String id, String key, ToggleGroup group, CsvDialect dialect) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get("export.separator.accessible") + ": " + messages.get(key));
        button.setToggleGroup(group);
        button.setUserData(dialect);
        return button;
    }

    private TextField percentField(String id, String key) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setAccessibleText(messages.get(key));
        return field;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        return button;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.setWrapText(true);
        label.setMaxWidth(260);
        return label;
    }

    private final class DepartmentCell extends ListCell<Department> {
        @Override
        protected void updateItem(Department item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (item == ExportViewModel.ALL_DEPARTMENTS) {
                setText(messages.get("export.department.all"));
            } else {
                setText(item.code() + " – " + item.name());
            }
        }
    }
}
