package dk.sikkerby.indberetning.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two initiative names are, 0 to 1: the share of words they have in common (words of three
 * letters or more, case and punctuation ignored). "Københavnerteamet" and "Københavnerteamet (KBT)"
 * score 0.5; unrelated names 0. Used only to propose links, never to make them.
 */
public final class NameSimilarity {

    private NameSimilarity() {
    }

    public static double of(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        return words;
    }
}
