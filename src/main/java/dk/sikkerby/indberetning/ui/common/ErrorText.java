package dk.sikkerby.indberetning.ui.common;

import dk.sikkerby.indberetning.app.Logging;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.DatabaseOpenException;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns a failure into a sentence for the user; unexpected ones are logged with their stack trace. */
public final class ErrorText {

    private static final Logger LOG = Logger.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    /** The user's sentence for {@code error}; work that failed inside a future is told by its cause. */
    public static String of(Messages messages, Throwable error) {
        if (error instanceof CompletionException && error.getCause() != null) {
            return of(messages, error.getCause());
        }
        if (error instanceof UserFacingException u) {
            return messages.get(u.key(), u.args());
        }
        if (error instanceof DatabaseOpenException d) {
            return messages.get(d.messageKey(), d.messageArgs());
        }
        if (DatabaseOpenException.saysNoSpace(error)) {
            LOG.log(Level.WARNING, "The drive became full during an action.", error);
            return messages.get("error.diskFull.work");
        }
        LOG.log(Level.SEVERE, "An action failed unexpectedly.", error);
        return messages.get("error.unexpected", Logging.logFile().toString());
    }
}
