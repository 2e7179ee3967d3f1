package dk.sikkerby.indberetning.service.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the file's bytes into lines: UTF-8 with or without a byte-order mark, or Windows-1252 when the
 * bytes are not UTF-8 (decision 0101). Refuses, with an error naming the line, what is not text in one
 * of those: an empty file, UTF-16, NUL bytes, damaged UTF-8, bytes Windows-1252 does not define.
 */
final class TextDecoder {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UNDEFINED_IN_1252 = {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D};

    private TextDecoder() {
    }

    static Optional<DecodedText> decode(byte[] bytes, FindingCollector findings) {
        if (bytes.length == 0) {
            findings.error(0, 0, "import.file.empty");
            return Optional.empty();
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            findings.error(0, 0, "import.encoding.utf16");
            return Optional.empty();
        }
        int nul = indexOf(bytes, 0, (byte) 0);
        if (nul >= 0) {
            findings.error(lineOf(bytes, nul), 0, "import.file.binary");
            return Optional.empty();
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        Utf8Check check = Utf8Check.of(bytes, start);
        String text;
        TextEncoding encoding;
        if (check.firstInvalid() < 0) {
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            encoding = bom ? TextEncoding.UTF_8_BOM : TextEncoding.UTF_8;
        } else if (bom || check.validMultiByte() > check.invalid()) {
            int at = check.firstInvalid();
            findings.error(lineOf(bytes, at), columnOf(bytes, at), "import.encoding.invalidUtf8");
            return Optional.empty();
        } else {
            Optional<String> decoded = decode1252(bytes, findings);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            text = decoded.get();
            encoding = TextEncoding.WINDOWS_1252;
        }
        return Optional.of(split(text, encoding));
    }

    private static Optional<String> decode1252(byte[] bytes, FindingCollector findings) {
        for (byte undefined : UNDEFINED_IN_1252) {
            int at = indexOf(bytes, 0, undefined);
            if (at >= 0) {
                findings.error(lineOf(bytes, at), 0, "import.encoding.undefined1252", String.format("0x%02X", undefined & 0xFF));
                return Optional.empty();
            }
        }
        try {
            return Optional.of(WINDOWS_1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            findings.error(0, 0, "import.encoding.unknown");
            return Optional.empty();
        }
    }

    /** Splits at LF, CRLF or a lone CR and notes which of them the file uses. */
    static DecodedText split(String text, TextEncoding encoding) {
        List<String> lines = new ArrayList<>();
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else if (c == '\r') {
                    cr++;
                } else {
                    lf++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return new DecodedText(lines, encoding, lineEnding(lf, crlf, cr));
    }

    private static LineEnding lineEnding(int lf, int crlf, int cr) {
        int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds == 0) {
            return LineEnding.NONE;
        }
        if (kinds > 1) {
            return LineEnding.MIXED;
        }
        return lf > 0 ? LineEnding.LF : crlf > 0 ? LineEnding.CRLF : LineEnding.CR;
    }

    private static int indexOf(byte[] bytes, int from, byte value) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** The 1-based line of a byte (counting LF and lone CR as breaks). */
    static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of a byte in its line, counting the UTF-8 characters before it. */
    private static int columnOf(byte[] bytes, int index) {
        int lineStart = index;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        return new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8).length() + 1;
    }

    /** What a scan of the bytes as UTF-8 found: the first bad byte, and how many good and bad sequences. */
    record Utf8Check(int firstInvalid, int validMultiByte, int invalid) {

        static Utf8Check of(byte[] b, int start) {
            int first = -1;
            int valid = 0;
            int invalid = 0;
            int i = start;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int length = sequenceLength(b, i);
                if (length > 0) {
                    valid++;
                    i += length;
                } else {
                    invalid++;
                    if (first < 0) {
                        first = i;
                    }
                    i++;
                }
            }
            return new Utf8Check(first, valid, invalid);
        }

        /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 if there is none. */
        private static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int length;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return 0;
            }
            if (i + length > b.length) {
                return 0;
            }
            int cp = c & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                int cont = b[i + k] & 0xFF;
                if ((cont & 0xC0) != 0x80) {
                    return 0;
                }
                cp = (cp << 6) | (cont & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return 0;
            }
            return length;
        }
    }
}
