package dk.sikkerby.indberetning.domain;

/** One report year's set-up: its title and the label of the department-note column. */
public record ReportYear(int year, String title, String noteLabel) {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public static String defaultTitle(int year) {
        return "Bilag 1: Indsatsernes målopfyldelse for " + year;
    }
}
