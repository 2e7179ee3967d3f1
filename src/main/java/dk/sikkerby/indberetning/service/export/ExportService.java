package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.TrafficLightThresholds;
import dk.sikkerby.indberetning.domain.YearTable;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.files.AtomicFileWriter;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.Target;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Exports a year's consolidated table, as stored, to a workbook, a CSV file, or the appendix as a PDF or
 * Word document (marked as a draft while the year is not locked). Reads the table in one
 * transaction, optionally keeps one department's rows, and writes the file atomically: the old file
 * stays as it was unless the new one is complete.
 */
public final class ExportService {

    /** The rows {@link #prepare} writes at most: a real year has 25–40 initiatives. */
    static final int PREPARE_ROWS = 40;

    private final SubmissionService submissions;
    private final YearSetupService setup;
    private final TrafficLightSettings trafficLights;
    private final HistoryService history;
    private final Messages messages;
    private final PdfAppendixWriter pdf;
    private final DocxAppendixWriter docx;

    public ExportService(SubmissionService submissions, YearSetupService setup, TrafficLightSettings trafficLights,
                         HistoryService history, Messages messages) {
        this.submissions = submissions;
        this.setup = setup;
        this.trafficLights = trafficLights;
        this.history = history;
        this.messages = messages;
        this.pdf = new PdfAppendixWriter(messages);
        this.docx = new DocxAppendixWriter(messages);
    }

    /**
     * Writes the export for {@code actor}: the reviewer or an administrator (also in a locked year).
     *
     * @throws UserFacingException if the actor may not export; nothing is read or written then
     */
    public ExportResult export(Actor actor, ExportRequest request, Progress progress) {
        Rights.check(actor, Action.EXPORT, Target.year(request.year(), false));
        if (request.colours() && !request.format().hasColours()) {
            throw new UserFacingException("export.error.coloursNotInCsv");
        }
        if (request.options().criteria() && !request.format().isDocument()) {
            throw new UserFacingException("export.error.criteriaOnlyInDocuments");
        }
        if (request.format() != ExportFormat.CSV) {
            TextWidths.measureInBackground();
        }
        YearTable table = submissions.loadYear(request.year());
        if (request.department().isPresent()) {
            table = onlyDepartment(table, request.department().get());
        }
        Optional<TrafficLightThresholds> colours = request.colours()
                ? Optional.of(trafficLights.thresholds(request.year())) : Optional.empty();
        AppendixOptions options = request.options();
        ExportContent content = new ExportContent(table, colours, submissions.criteria(request.year()), options,
                options.lastYear() ? history.previousScores(request.year()) : Map.of());
        List<String> clipped = new ArrayList<>();
        switch (request.format()) {
            case XLSX -> {
                WorkbookWriter writer = new WorkbookWriter(messages);
                AtomicFileWriter.write(request.target(), out -> clipped.addAll(writer.write(content, out, progress)));
            }
            case CSV -> {
                CsvWriter writer = new CsvWriter(messages, request.dialect());
                AtomicFileWriter.write(request.target(), out -> writer.write(content, out, progress));
                if (content.hasCriteria()) {
                    AtomicFileWriter.write(criteriaFile(request.target()), out -> writer.writeTable(
                            CriteriaTable.header(messages), CriteriaTable.rows(content, messages), out));
                }
            }
            case PDF -> {
                boolean draft = isDraft(request.year());
                AtomicFileWriter.write(request.target(), out -> pdf.write(content, draft, out, progress));
            }
            case DOCX -> {
                boolean draft = isDraft(request.year());
                AtomicFileWriter.write(request.target(), out -> docx.write(content, draft, out, progress));
            }
        }
        int missing = (int) table.rows().stream().filter(r -> r.score().isMissing()).count();
        return new ExportResult(request.target(), table.rows().size(), missing, clipped);
    }

    /**
     * Writes {@code table}'s workbook to nowhere, so that the first export the user asks for finds POI, its XML
     * writers and the app's writers loaded and run once (issue 19, decision 1907). Reads nothing from the
     * database, leaves no file (the workbook is written straight into its zip, decision 1910) and returns nothing, so
     * it needs no right: nothing leaves the process. At most {@link #PREPARE_ROWS} rows are written: a real
     * year's worth runs every path once, and a year of thousands of rows must not keep a core busy at start.
     */
    public void prepare(YearTable table) {
        YearTable sample = new YearTable(table.year(), table.categories(),
                table.rows().subList(0, Math.min(PREPARE_ROWS, table.rows().size())));
        try {
            new WorkbookWriter(messages).write(new ExportContent(sample, Optional.empty()), OutputStream.nullOutputStream(),
                    Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "bilag1-2022.csv" → "bilag1-2022-succeskriterier.csv", beside it. */
    public Path criteriaFile(Path csv) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + "-" + messages.get("export.criteria.fileSuffix") + ".csv");
    }

    /** A year that is not locked may still change: its documents say they are a draft. */
    private boolean isDraft(int year) {
        return !submissions.isLocked(year);
    }

    private YearTable onlyDepartment(YearTable table, String code) {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        List<Department> known = setup.departments();
        if (known.stream().noneMatch(d -> d.code().equals(wanted))) {
            throw new UserFacingException("export.error.unknownDepartment", wanted,
                    known.stream().map(Department::code).collect(Collectors.joining(", ")));
        }
        List<InitiativeRow> rows = table.rows().stream().filter(r -> r.department().code().equals(wanted)).toList();
        if (rows.isEmpty()) {
            throw new UserFacingException("export.error.departmentNotInYear", wanted, table.year().year());
        }
        return new YearTable(table.year(), table.categories(), rows);
    }
}
