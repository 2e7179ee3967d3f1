package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;

/** A second process that keeps a database open until it is killed; prints OPEN once it holds it. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Database database = Database.open(DatabaseFile.of(args[0]));
        System.out.println("OPEN " + database.identity());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
