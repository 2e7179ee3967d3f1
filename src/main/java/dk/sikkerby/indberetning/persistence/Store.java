package dk.sikkerby.indberetning.persistence;

import java.util.function.Consumer;
import java.util.function.Function;
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

    private final DSLContext dsl;
    private final Repositories direct;

    private Store(DSLContext dsl) {
        this.dsl = dsl;
        this.direct = new Repositories(dsl);
    }

    /**
     * The store on {@code dsl}: the open database's (made once, {@link Database#store()}), or, in tests,
     * one on a connection of its own.
     */
    public static Store over(DSLContext dsl) {
        return new Store(dsl);
    }

    /** The repositories outside a transaction: each statement commits on its own. */
    public Repositories direct() {
        return direct;
    }

    /** Runs {@code work} in one transaction and gives its result; a thrown exception rolls it all back. */
    public <T> T transactionResult(Function<Repositories, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(new Repositories(cfg.dsl())));
        } catch (DataAccessException e) {
            throw lostOr(e);
        }
    }

    /** Runs {@code work} in one transaction; a thrown exception rolls it all back. */
    public void transaction(Consumer<Repositories> work) {
        try {
            dsl.transaction(cfg -> work.accept(new Repositories(cfg.dsl())));
        } catch (DataAccessException e) {
            throw lostOr(e);
        }
    }

    /** A server that went away mid-transaction is said as such ({@link ConnectionLostException}); else unchanged. */
    private static RuntimeException lostOr(DataAccessException e) {
        return ConnectionLostException.isConnectionLoss(e) ? new ConnectionLostException(e) : e;
    }
}
