package dk.sikkerby.indberetning.domain;

/** A department's goals met and assessed in one year, summed over its initiatives with numbers. */
public record DepartmentYear(String departmentCode, int year, long met, long total) {
}
