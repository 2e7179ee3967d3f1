package dk.sikkerby.indberetning.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts, Danish by default and English as the second language. Numbers passed as
 * arguments are shown as written ("2021", not "2.021").
 */
public final class Messages {

    public static final String BUNDLE = "dk.sikkerby.indberetning.i18n.messages";
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(locale.getLanguage().equals("en") ? Locale.ENGLISH : DANISH);
    }

    /** "da" or "en"; anything else is refused with {@link IllegalArgumentException}. */
    public static Locale parseLanguage(String tag) {
        return switch (tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT)) {
            case "da" -> DANISH;
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException(tag);
        };
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = a instanceof Number ? a.toString() : a instanceof MessageKey k ? get(k.key()) : a;
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }
}
