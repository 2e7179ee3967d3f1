package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Backups;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.persistence.OpenRequest;

/**
 * A second process that keeps a database open until it is killed; prints OPEN once it holds it. A second
 * argument {@code read} opens it as a command that only reads does (decision 1909).
 */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        boolean read = args.length > 1 && args[1].equals("read");
        Database database = read
                ? Database.open(DatabaseFile.of(args[0]), OpenRequest.existing(Backups.DEFAULT_DAYS).onlyToRead())
                : Database.open(DatabaseFile.of(args[0]));
        System.out.println("OPEN " + database.identity());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
