package dk.sikkerby.indberetning.persistence;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The one door from the services to the database: runs a unit of work in one transaction with the
 * repositories bound to it, or gives the repositories outside any transaction for single reads. Services
 * hold a {@code Store} and never a jOOQ {@code DSLContext}; a failure inside the work rolls back all of it
 * and reaches the caller unchanged, except that a server that went away is said as such
 * ({@link ConnectionLostException}).
 */
public final class Store {

    private final Supplier<DSLContext> makeDsl;
    private final QuickReads reads;
    private DSLContext dsl;
    private Repositories direct;

    private Store(Supplier<DSLContext> makeDsl, QuickReads reads) {
        this.makeDsl = makeDsl;
        this.reads = reads;
    }

    /** The store on {@code dsl}: in tests, one on a connection of its own. */
    public static Store over(DSLContext dsl) {
        return new Store(() -> dsl, QuickReads.over(dsl));
    }

    /**
     * The open database's store (made once, {@link Database#store()}) on {@code source}: jOOQ's context is made by
     * {@code makeDsl} when the repositories are first asked for, so that a command that only lists
     * ({@link #reads()}) never starts jOOQ (decision 1913).
     */
    static Store over(DataSource source, Supplier<DSLContext> makeDsl) {
        return new Store(makeDsl, QuickReads.on(source));
    }

    /** jOOQ's context, made on first use. */
    synchronized DSLContext dsl() {
        if (dsl == null) {
            dsl = makeDsl.get();
        }
        return dsl;
    }

    /** The repositories outside a transaction: each statement commits on its own. */
    public synchronized Repositories direct() {
        if (direct == null) {
            direct = new Repositories(dsl());
        }
        return direct;
    }

    /**
     * The few listings the reading commands show (the years, the users, the departments), in plain JDBC outside
     * any transaction: the same rows as the repositories give, without jOOQ's start (decision 1913).
     */
    public QuickReads reads() {
        return reads;
    }

    /** Runs {@code work} in one transaction and gives its result; a thrown exception rolls it all back. */
    public <T> T transactionResult(Function<Repositories, T> work) {
        try {
            return dsl().transactionResult(cfg -> work.apply(new Repositories(cfg.dsl())));
        } catch (DataAccessException e) {
            throw lostOr(e);
        }
    }

    /** Runs {@code work} in one transaction; a thrown exception rolls it all back. */
    public void transaction(Consumer<Repositories> work) {
        try {
            dsl().transaction(cfg -> work.accept(new Repositories(cfg.dsl())));
        } catch (DataAccessException e) {
            throw lostOr(e);
        }
    }

    /** A server that went away mid-transaction is said as such ({@link ConnectionLostException}); else unchanged. */
    private static RuntimeException lostOr(DataAccessException e) {
        return ConnectionLostException.isConnectionLoss(e) ? new ConnectionLostException(e) : e;
    }
}
