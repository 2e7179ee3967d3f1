package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies every row of every table of the app, ids and all, from a file into a freshly set-up server
 * database, in one transaction on the server: parents before children, then the identity counters are
 * moved past the copied ids. The file is only read.
 */
public final class ServerCopy {

    private static final int CHUNK = 500;

    private ServerCopy() {
    }

    /** The app's tables, each after the tables it refers to. */
    public static List<Table<?>> tablesInOrder() {
        List<Table<?>> remaining = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        List<Table<?>> ordered = new ArrayList<>();
        while (!remaining.isEmpty()) {
            boolean progressed = false;
            for (Table<?> t : List.copyOf(remaining)) {
                boolean ready = t.getReferences().stream().map(ForeignKey::getKey).map(k -> k.getTable())
                        .allMatch(parent -> parent.equals(t) || ordered.contains(parent));
                if (ready) {
                    ordered.add(t);
                    remaining.remove(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("The tables' references form a cycle: " + remaining);
            }
        }
        return ordered;
    }

    /** Whether the server holds any of the app's data yet (set-up, submissions, users). */
    static boolean hasData(DSLContext server) {
        return tablesInOrder().stream().filter(t -> !t.getName().equalsIgnoreCase("app_meta"))
                .anyMatch(t -> server.fetchExists(DSL.selectOne().from(t)));
    }

    /** Row counts of every table, by table name. */
    static Map<String, Integer> counts(DSLContext dsl) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> t : tablesInOrder()) {
            counts.put(t.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(t));
        }
        return counts;
    }

    /**
     * Copies everything; the server's own app_meta rows (its identity) give way to the file's, so that
     * workbooks sent out from the file still belong. The file's password hashes are not moved: on a
     * server, the server keeps the passwords. Refused (nothing written) if the server already has data.
     *
     * @return the row counts of every table, on the server after the copy
     * @throws IllegalStateException if a table's count differs on the two sides (all is rolled back)
     */
    public static Map<String, Integer> copy(Database fileDatabase, Database serverDatabase) {
        DSLContext file = fileDatabase.dsl();
        return serverDatabase.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Table<?> table : tablesInOrder()) {
                if (table.getName().equalsIgnoreCase("app_meta")) {
                    tx.deleteFrom(table).execute();
                }
                copyTable(file, tx, table);
            }
            for (Table<?> table : tablesInOrder()) {
                if (table.getIdentity() != null) {
                    String name = table.getName().toLowerCase(java.util.Locale.ROOT);
                    String column = table.getIdentity().getField().getName().toLowerCase(java.util.Locale.ROOT);
                    tx.execute("SELECT setval(pg_get_serial_sequence({0}, {1}), "
                            + "COALESCE((SELECT MAX(" + column + ") FROM " + name + "), 0) + 1, false)",
                            DSL.inline(name), DSL.inline(column));
                }
            }
            tx.execute("UPDATE app_user SET password_hash = NULL");
            Map<String, Integer> before = counts(file);
            Map<String, Integer> after = counts(tx);
            if (!before.equals(after)) {
                throw new IllegalStateException("The copy's row counts differ: file " + before + ", server " + after);
            }
            return after;
        });
    }

    /** Whether the server holds any of the app's data yet. */
    public static boolean hasData(Database server) {
        return hasData(server.dsl());
    }

    /** Row counts of every table of a database. */
    public static Map<String, Integer> counts(Database database) {
        return counts(database.dsl());
    }

    private static <R extends Record> void copyTable(DSLContext file, DSLContext server, Table<R> table) {
        List<Query> batch = new ArrayList<>();
        try (var cursor = file.selectFrom(table).fetchSize(CHUNK).fetchLazy()) {
            for (R record : cursor) {
                record.changed(true);
                batch.add(server.insertInto(table).set(record));
                if (batch.size() == CHUNK) {
                    server.batch(batch).execute();
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            server.batch(batch).execute();
        }
    }
}
