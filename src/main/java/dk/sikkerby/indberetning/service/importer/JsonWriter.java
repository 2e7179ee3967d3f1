package dk.sikkerby.indberetning.service.importer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON writer for the import report and the stored findings' arguments (decision 0103):
 * objects, arrays, strings, numbers, booleans and null, with strings escaped as RFC 8259 requires.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        separate();
        out.append('{');
        first.push(true);
        return this;
    }

    public JsonWriter endObject() {
        first.pop();
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        separate();
        out.append('[');
        first.push(true);
        return this;
    }

    public JsonWriter endArray() {
        first.pop();
        out.append(']');
        return this;
    }

    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    /** A string, number, boolean or null; anything else is written as its string form. */
    public JsonWriter value(Object value) {
        separate();
        if (value == null) {
            out.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString());
        }
        return this;
    }

    public JsonWriter field(String name, Object value) {
        return name(name).value(value);
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first.isEmpty()) {
            if (!first.peek()) {
                out.append(',');
            }
            first.pop();
            first.push(false);
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
