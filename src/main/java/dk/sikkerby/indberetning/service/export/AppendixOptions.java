package dk.sikkerby.indberetning.service.export;

/**
 * What the appendix may add to the committee's layout, each off unless asked for (issue 17): the success
 * criteria of each initiative, listed with their outcomes under its row ({@code criteria}), and a column
 * with the score of the latest earlier year beside this year's ({@code lastYear}).
 */
public record AppendixOptions(boolean criteria, boolean lastYear) {

    /** The committee's layout as it is. */
    public static final AppendixOptions NONE = new AppendixOptions(false, false);
}
