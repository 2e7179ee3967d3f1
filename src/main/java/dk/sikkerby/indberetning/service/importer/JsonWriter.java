package dk.sikkerby.indberetning.service.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The import report's and the stored findings' JSON (decision 0103), written by jackson-core's
 * {@link JsonGenerator}, which escapes strings as RFC 8259 requires; this class only keeps the calls
 * fluent. A number JSON cannot hold (NaN, infinity) is written as null.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final StringWriter out = new StringWriter();
    private final JsonGenerator json;

    public JsonWriter() {
        try {
            json = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private JsonWriter write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public JsonWriter beginObject() {
        return write(json::writeStartObject);
    }

    public JsonWriter endObject() {
        return write(json::writeEndObject);
    }

    public JsonWriter beginArray() {
        return write(json::writeStartArray);
    }

    public JsonWriter endArray() {
        return write(json::writeEndArray);
    }

    public JsonWriter name(String name) {
        return write(() -> json.writeFieldName(name));
    }

    /** A string, number, boolean or null; anything else is written as its string form. */
    public JsonWriter value(Object value) {
        return write(() -> {
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Boolean b) {
                json.writeBoolean(b);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte) {
                json.writeNumber(((Number) value).longValue());
            } else if (value instanceof BigInteger big) {
                json.writeNumber(big);
            } else if (value instanceof BigDecimal big) {
                json.writeNumber(big);
            } else if (value instanceof Number number) {
                double d = number.doubleValue();
                if (Double.isFinite(d)) {
                    json.writeNumber(d);
                } else {
                    json.writeNull();
                }
            } else {
                json.writeString(value.toString());
            }
        });
    }

    public JsonWriter field(String name, Object value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        write(json::flush);
        return out.toString();
    }
}
