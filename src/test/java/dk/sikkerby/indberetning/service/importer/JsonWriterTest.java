package dk.sikkerby.indberetning.service.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jooq.tools.json.JSONParser;
import org.junit.jupiter.api.Test;

/** The report's JSON, read back by an independent parser. */
class JsonWriterTest {

    @Test
    @SuppressWarnings("unchecked")
    void escapesWhatJsonRequires() throws Exception {
        String tricky = "\"citat\" \\ skråstreg\ttab\nlinje\u0001\u2028 æøå <p>";
        String json = new JsonWriter().beginObject().field("text", tricky).field("n", 25).field("ok", true)
                .field("none", null).name("list").beginArray().value(1).value("to").endArray().endObject().toString();

        Map<String, Object> read = (Map<String, Object>) new JSONParser().parse(json);

        assertEquals(tricky, read.get("text"));
        assertEquals(25L, ((Number) read.get("n")).longValue());
        assertEquals(true, read.get("ok"));
        assertEquals(null, read.get("none"));
        assertEquals(List.of(1L, "to"), read.get("list"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void numbersJsonCannotHoldAreNull() throws Exception {
        String json = new JsonWriter().beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY).value(2.5)
                .value(Float.NaN).endArray().toString();

        assertEquals("[null,null,2.5,null]", json);
        assertEquals(java.util.Arrays.asList(null, null, 2.5, null), new JSONParser().parse(json));
    }
}
