package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import java.nio.file.Path;

/**
 * The two stores the app runs on, for test classes that run once on each
 * ({@code @ParameterizedClass @EnumSource(DatabaseKind.class)}): a real H2 file in the test's folder,
 * and a fresh database on a real PostgreSQL ({@link PostgresServer}), set up by its owner as
 * {@code server-init} does it.
 */
public enum DatabaseKind {
    H2_FILE {
        @Override
        public Database open(Path folder) {
            return TestDatabase.open(folder);
        }
    },
    POSTGRESQL {
        @Override
        public Database open(Path folder) {
            return TestServer.create().initAsOwner();
        }
    };

    /** A new, empty, migrated database; {@code folder} is the test's temporary folder. */
    public abstract Database open(Path folder);

    static Database unchecked(ServerAddress address, String login, String password, boolean init) {
        try {
            return init ? Database.initServer(address, login, password.toCharArray())
                    : Database.open(address, login, password.toCharArray());
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException(e);
        }
    }
}
