package dk.sikkerby.indberetning.service;

import java.util.List;

/**
 * A refusal the user must read: the resource-bundle key of its message and the values the message
 * names. The user interface and the command line translate it; nothing was written.
 */
public class UserFacingException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public UserFacingException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
