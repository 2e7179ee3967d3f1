package dk.sikkerby.indberetning.service.importer;

/** Whether an initiative joins the year's table, moves in it (other category or place), or stays. */
public enum Placement {
    NEW, MOVED, SAME
}
