package dk.sikkerby.indberetning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How far the year has come: per department, how many submissions are in each state and how many are
 * overdue (the deadline has passed and the department has not submitted them).
 */
public record YearOverview(int year, Optional<LocalDate> deadline, List<DepartmentProgress> departments) {

    /** One department's line of the overview. */
    public record DepartmentProgress(Department department, Map<SubmissionState, Integer> counts, int overdue) {

        public int count(SubmissionState state) {
            return counts.getOrDefault(state, 0);
        }
    }

    public static YearOverview of(YearTable table, Optional<LocalDate> deadline, LocalDate today) {
        boolean late = deadline.map(today::isAfter).orElse(false);
        Map<String, Department> byCode = new TreeMap<>();
        Map<String, Map<SubmissionState, Integer>> counts = new TreeMap<>();
        Map<String, Integer> overdue = new TreeMap<>();
        for (InitiativeRow row : table.rows()) {
            String code = row.department().code();
            byCode.put(code, row.department());
            counts.computeIfAbsent(code, c -> new EnumMap<>(SubmissionState.class)).merge(row.state(), 1, Integer::sum);
            overdue.merge(code, late && row.state().isOpenForDepartment() ? 1 : 0, Integer::sum);
        }
        List<DepartmentProgress> lines = new ArrayList<>();
        byCode.forEach((code, d) -> lines.add(new DepartmentProgress(d, Map.copyOf(counts.get(code)), overdue.get(code))));
        return new YearOverview(table.year().year(), deadline, List.copyOf(lines));
    }

    public int totalOverdue() {
        return departments.stream().mapToInt(DepartmentProgress::overdue).sum();
    }
}
