package dk.sikkerby.indberetning.persistence;

import java.sql.SQLException;
import org.jooq.exception.DataAccessException;

/**
 * The server went away (stopped, restarted, the network dropped) during a unit of work: the server rolled
 * the transaction back, so nothing of it was saved. The caller keeps what the user typed and offers to
 * try again; the connection pool opens a new connection once the server answers.
 */
public final class ConnectionLostException extends RuntimeException {

    public ConnectionLostException(Throwable cause) {
        super("The connection to the database server was lost: " + cause.getMessage(), cause);
    }

    /**
     * Whether {@code e} means the connection is gone rather than a refusal: SQL state class 08 (connection
     * exception) or 57P01–57P03 (the server is shutting down or not accepting connections).
     */
    static boolean isConnectionLoss(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
