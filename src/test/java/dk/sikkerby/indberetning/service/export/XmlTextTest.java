package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** The sheets' text is written character for character as POI's own escaping writes it. */
class XmlTextTest {

    @Test
    void writesWhatPoiWritesForEveryKindOfCharacter() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "plain", "Æbler & pærer <i>ikke</i> \"citat\" 'enkelt'",
                "=1+1", "linje\nlinje\r\n\ttab", "hård\u00A0mellemrum", "kontrol\u0001\u0008\u001F slut",
                "\uFFFE\uFFFF\uFFFD", "emoji \uD83D\uDE00 par", "ensom \uD83D høj", "ensom \uDE00 lav", "&amp;", ">",
                "  mellemrum før og efter  "));
        Random random = new Random(1906);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (0x1E + random.nextInt(0x90)));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(poi(text), ours(text), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void writesNothingForNoText() throws IOException {
        StringWriter out = new StringWriter();
        XmlText.write(out, null);
        assertEquals("", out.toString());
    }

    private static String ours(String text) throws IOException {
        StringWriter out = new StringWriter();
        XmlText.write(out, text);
        return out.toString();
    }

    private static String poi(String text) throws IOException {
        StringWriter out = new StringWriter();
        new PoiWriter(out).escaped(text);
        return out.toString();
    }

    /** POI's writer over a string, to reach its escaping routine. */
    private static final class PoiWriter extends SheetDataWriter {
        PoiWriter(StringWriter out) throws IOException {
            super(out);
        }

        void escaped(String text) throws IOException {
            outputEscapedString(text);
            _out.flush();
        }
    }
}
