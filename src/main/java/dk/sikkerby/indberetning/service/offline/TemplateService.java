package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.files.AtomicFileWriter;
import dk.sikkerby.indberetning.service.files.StagedFiles;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Makes the workbooks that go out: one per department for a year, each written whole or not at all.
 * What they hold is read in one transaction, so every workbook shows one moment of the database.
 * The secretariat (reviewer) or an administrator makes them, and not for a locked year.
 */
public final class TemplateService {

    /** A workbook written: for which department, where, with how many initiatives. */
    public record Written(String departmentCode, Path file, int initiatives) {
    }

    private static final Logger LOG = Logger.getLogger(TemplateService.class.getName());

    private final Store store;
    private final String databaseIdentity;
    private final Messages messages;

    /** {@code databaseIdentity}: the open database's identity, which every workbook carries. */
    public TemplateService(Store store, String databaseIdentity, Messages messages) {
        this.store = store;
        this.databaseIdentity = databaseIdentity;
        this.messages = messages;
    }

    /** @throws UserFacingException if {@code actor} may not make workbooks (decision 0508); nothing is written */
    public Written writeOne(Actor actor, int year, String departmentCode, Path file) {
        String code = departmentCode == null ? "" : departmentCode.strip().toUpperCase(java.util.Locale.ROOT);
        List<TemplateData> data = load(actor, year, code);
        createFolder(file.toAbsolutePath().getParent());
        return write(data.get(0), file);
    }

    /**
     * One workbook per department that has initiatives in the year, into {@code folder}, delivered as a set:
     * each is written into a hidden folder there, and only when all are written are they moved into place
     * (decision 0803). An exception out of {@code progress} (a cancel) or a failure before then removes what
     * this run wrote and leaves the folder as it was; the log says which happened. The last report
     * ({@code done == total}) comes just before the move: a cancel after it is too late, and the set is delivered.
     */
    public List<Written> writeAll(Actor actor, int year, Path folder, Progress progress) {
        List<TemplateData> all = load(actor, year, null);
        createFolder(folder);
        byte[] key = store.transactionResult(ExchangeKey::ensure);
        List<Written> written = new ArrayList<>();
        progress.update(0, all.size());
        boolean delivered = false;
        try (StagedFiles files = new StagedFiles(folder)) {
            for (TemplateData data : all) {
                Path file = files.write(fileName(year, data.department().code()),
                        out -> new TemplateWriter(messages).write(data, key, out));
                written.add(new Written(data.department().code(), file, data.rows().size()));
                progress.update(written.size(), all.size());
            }
            files.deliver();
            delivered = true;
        } finally {
            if (delivered) {
                LOG.info(() -> "Wrote " + written.size() + " workbooks for " + year + " into " + folder + ".");
            } else {
                LOG.info(() -> "Making the workbooks for " + year + " into " + folder + " stopped after "
                        + written.size() + " of " + all.size() + "; none were delivered, and what was written was removed.");
            }
        }
        return written;
    }

    /**
     * Templates go into a folder that exists, as an export does: a mistyped folder is refused, not made
     * (issue 15).
     */
    private static void createFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("file.error.noFolder", folder.toAbsolutePath().normalize().toString());
        }
    }

    public String fileName(int year, String departmentCode) {
        return messages.get("offline.template.fileName", year, departmentCode);
    }

    private Written write(TemplateData data, Path file) {
        byte[] key = store.transactionResult(ExchangeKey::ensure);
        AtomicFileWriter.write(file, out -> new TemplateWriter(messages).write(data, key, out));
        return new Written(data.department().code(), file.toAbsolutePath().normalize(), data.rows().size());
    }

    /** The data for one department ({@code code}) or for every department with initiatives (null). */
    private List<TemplateData> load(Actor actor, int year, String code) {
        Rights.check(actor, Action.MAKE_TEMPLATES, Target.year(year, false));
        return store.transactionResult(tx -> {
            boolean locked = tx.yearControls().find(year).map(YearControl::locked).orElse(false);
            Rights.check(actor, Action.MAKE_TEMPLATES, Target.year(year, locked));
            ReportYear reportYear = tx.years().find(year)
                    .orElseThrow(() -> new UserFacingException("year.error.unknown", year));
            SubmissionRepository submissions = tx.submissions();
            Map<Integer, Score> lastYear = new HashMap<>();
            for (InitiativeRow row : submissions.rows(year - 1)) {
                row.submission().ifPresent(s -> lastYear.put(row.initiativeId(), s.score()));
            }
            Map<String, List<InitiativeRow>> byDepartment = new TreeMap<>();
            for (InitiativeRow row : submissions.rows(year)) {
                byDepartment.computeIfAbsent(row.department().code(), c -> new ArrayList<>()).add(row);
            }
            List<TemplateData> result = new ArrayList<>();
            if (code != null) {
                Department department = tx.departments().findByCode(code)
                        .orElseThrow(() -> new UserFacingException("offline.template.error.unknownDepartment", code));
                List<InitiativeRow> rows = byDepartment.get(code);
                if (rows == null) {
                    throw new UserFacingException("offline.template.error.noInitiatives", code, year);
                }
                result.add(new TemplateData(reportYear, department, rows, lastYear, databaseIdentity));
            } else {
                byDepartment.forEach((c, rows) -> result.add(new TemplateData(reportYear, rows.get(0).department(),
                        rows, lastYear, databaseIdentity)));
                if (result.isEmpty()) {
                    throw new UserFacingException("offline.template.error.emptyYear", year);
                }
            }
            return result;
        });
    }
}
