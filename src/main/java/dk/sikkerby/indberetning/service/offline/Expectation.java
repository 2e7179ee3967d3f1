package dk.sikkerby.indberetning.service.offline;

/**
 * What the user expects the returned workbooks to be for: a year and a department, each optional.
 * A workbook for another year or department is refused.
 */
public record Expectation(Integer year, String departmentCode) {

    public static Expectation none() {
        return new Expectation(null, null);
    }
}
