package dk.sikkerby.indberetning.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts, Danish by default and English as the second language. Numbers passed as
 * arguments are shown as written ("2021", not "2.021").
 */
public final class Messages {

    /**
     * The bundles, one per feature so that features add texts without touching each other's files.
     * Each exists as {@code NAME.properties} (Danish) and {@code NAME_en.properties} (English).
     */
    public static final List<String> BUNDLES = List.of(
            "dk.sikkerby.indberetning.i18n.messages",
            "dk.sikkerby.indberetning.i18n.importer",
            "dk.sikkerby.indberetning.i18n.export",
            "dk.sikkerby.indberetning.i18n.offline",
            "dk.sikkerby.indberetning.i18n.installer",
            "dk.sikkerby.indberetning.i18n.workflow",
            "dk.sikkerby.indberetning.i18n.rights",
            "dk.sikkerby.indberetning.i18n.users",
            "dk.sikkerby.indberetning.i18n.safety",
            "dk.sikkerby.indberetning.i18n.criteria");
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);

    /**
     * Properties files only, no fallback to the system's language, and no search for {@code NAME_da}:
     * the Danish texts are the base files. A search for a file that does not exist goes through every
     * jar on the class path, which at start opens all 34 of them (the signed Bouncy Castle jar alone
     * takes 30 ms) before the first window.
     */
    private static final ResourceBundle.Control CANDIDATES = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return locale.getLanguage().equals("en") ? List.of(Locale.ENGLISH, Locale.ROOT) : List.of(Locale.ROOT);
        }
    };

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        Map<String, Object> all = new HashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle b = ResourceBundle.getBundle(name, locale, CANDIDATES);
            for (String key : b.keySet()) {
                if (all.put(key, b.getString(key)) != null) {
                    throw new IllegalStateException("Message key " + key + " is defined in two bundles");
                }
            }
        }
        this.bundle = new MergedBundle(all);
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

    /** All feature bundles as one, for APIs that take a single bundle (picocli, FXML). */
    private static final class MergedBundle extends ResourceBundle {
        private final Map<String, Object> values;

        MergedBundle(Map<String, Object> values) {
            this.values = values;
        }

        @Override
        protected Object handleGetObject(String key) {
            return values.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(values.keySet());
        }
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
