package dk.sikkerby.indberetning.persistence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database on the city's server, as {@code --db}, {@code database=} or the connect dialog
 * name it: {@code jdbc:postgresql://HOST[:PORT]/DATABASE}. It never carries a login or a password:
 * each person signs in with their own server login.
 */
public record ServerAddress(String host, int port, String database) {

    public static final String PREFIX = "jdbc:postgresql://";
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern FORM = Pattern.compile(
            "jdbc:postgresql://([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+\\])(?::([0-9]{1,5}))?/([A-Za-z_][A-Za-z0-9_\\-]{0,62})/?");

    public ServerAddress {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /** Whether {@code text} is meant as a server (rather than a file path), right or wrong. */
    public static boolean isServer(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:");
    }

    /** The address, or empty if {@code text} is not of the form above (a query string is refused too). */
    public static Optional<ServerAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            return Optional.empty();
        }
        return Optional.of(new ServerAddress(m.group(1), port, m.group(3)));
    }

    public String jdbcUrl() {
        return PREFIX + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return jdbcUrl();
    }
}
