package dk.sikkerby.indberetning.service.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Moves the property lists of a page's marked content into its content stream (decision 0207). For each
 * tagged text run and each background artifact (a table's cells, rows and borders) openhtmltopdf adds a
 * dictionary to the page's resources and names it in the stream ({@code /Span /MC7 BDC}); a long table
 * gives some 350 of them per page, and they stay on the heap until the file is saved: 230,000 for 2,000
 * initiatives, more than half of all memory the export used. Written inline ({@code /Span <</MCID 7>> BDC}),
 * as PDF allows, they live only in the page's content stream, which the document keeps in a temporary
 * file. The PDF says the same: the same marked content, the same MCIDs, the same artifact boxes.
 *
 * <p>The stream is scanned as bytes (decision 0207, update): strings, hex strings and comments are
 * skipped, each name directly before a {@code BDC} operator is replaced by its dictionary, and every other
 * byte is copied as it is. A stream with an inline image (whose data the scanner cannot skip safely) is
 * rewritten through PDFBox's content-stream parser instead, as before; that was a sixth of the export's
 * CPU time for a large year.
 *
 * <p>The renderer writes the pages uncompressed and each page is compressed here, once, at one of zlib's fast
 * levels (decision 0208); a page without property lists is compressed all the same.
 */
final class InlineMarkedContent {

    private static final byte[] BDC = OperatorName.BEGIN_MARKED_CONTENT_SEQ.getBytes(StandardCharsets.US_ASCII);

    /**
     * The page streams' compression level: zlib's fast kind. For the 33 MB of page content of 2,000
     * initiatives, level 6 (zlib's default) takes 2.6 times as long as 3 for 15 % less; level 1 saves little
     * more time for 19 % more than 3 (decision 0208).
     */
    static final int LEVEL = 3;

    private InlineMarkedContent() {
    }

    /** Rewrites the pages from {@code firstPage} on, here and now. */
    static void apply(PDDocument pdf, int firstPage) throws IOException {
        Deflater deflater = new Deflater(LEVEL);
        try {
            for (int p = firstPage; p < pdf.getNumberOfPages(); p++) {
                PDPage page = pdf.getPage(p);
                Taken taken = take(page);
                replace(pdf, page, rewritten(taken, deflater));
            }
        } finally {
            deflater.end();
        }
    }

    /**
     * What the rewrite needs of a page, taken from the document on the thread that owns it: the decoded
     * content and the page's property lists, which are then removed from its resources. Nothing writes to
     * these afterwards (the renderer's later parts make pages of their own), so another thread may read them.
     */
    record Taken(byte[] content, COSDictionary properties) {
    }

    static Taken take(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        COSDictionary properties = resources == null ? null
                : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in == null ? new byte[0] : in.readAllBytes();
        }
        if (resources != null) {
            resources.getCOSObject().removeItem(COSName.PROPERTIES);
        }
        return new Taken(content, properties);
    }

    /** A page's new content: compressed bytes, or (a stream with an inline image) what to give the parser. */
    record Rewritten(byte[] deflated, Taken toParse) {
    }

    /**
     * The page's content with its property lists inline, compressed in one go at {@link #LEVEL} (the
     * renderer writes the pages uncompressed, {@code testMode}, its only effect: so each page is compressed
     * once, after the rewrite, instead of compressed by the renderer, inflated and compressed again); for
     * a stream with an inline image, what {@link #replace} rewrites with the parser. Touches no document,
     * so it may run on any thread.
     */
    static Rewritten rewritten(Taken taken, Deflater deflater) throws IOException {
        byte[] content = taken.content();
        ByteArrayOutputStream plain = new ByteArrayOutputStream(content.length + content.length / 8);
        if (taken.properties() == null) {
            plain.write(content);
        } else if (!new Scanner(content, taken.properties(), plain).copy()) {
            return new Rewritten(null, taken);
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length / 4 + 64);
        deflater.reset();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            plain.writeTo(out);
            out.finish();
        }
        return new Rewritten(compressed.toByteArray(), null);
    }

    /** Gives the page its rewritten content (on the document's thread): the bytes as they are, or parsed. */
    static void replace(PDDocument pdf, PDPage page, Rewritten rewritten) throws IOException {
        if (rewritten.toParse() != null) {
            page.setContents(parsed(pdf, rewritten.toParse()));
            return;
        }
        PDStream stream = new PDStream(pdf);
        COSStream cos = stream.getCOSObject();
        try (OutputStream raw = cos.createRawOutputStream()) {
            raw.write(rewritten.deflated());
        }
        cos.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        page.setContents(stream);
    }

    /** The content stream rewritten token by token with PDFBox's parser (streams with inline images). */
    private static PDStream parsed(PDDocument pdf, Taken taken) throws IOException {
        COSDictionary properties = taken.properties();
        List<Object> tokens = new PDFStreamParser(taken.content()).parse();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(op.getName())
                    && tokens.get(i - 1) instanceof COSName name) {
                COSBase list = properties.getDictionaryObject(name);
                if (list instanceof COSDictionary dictionary) {
                    tokens.set(i - 1, dictionary);
                }
            }
        }
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        return stream;
    }

    /** One pass over a content stream's bytes, copying them to {@code out} with the property lists inline. */
    static final class Scanner {
        private final byte[] in;
        private final COSDictionary properties;
        private final OutputStream out;
        private final ContentStreamWriter writer;
        private int copied;

        Scanner(byte[] in, COSDictionary properties, OutputStream out) {
            this.in = in;
            this.properties = properties;
            this.out = out;
            this.writer = new ContentStreamWriter(out);
        }

        /** Copies the stream; false (with some output written, to be thrown away) if it holds an inline image. */
        boolean copy() throws IOException {
            int i = 0;
            int n = in.length;
            while (i < n) {
                byte c = in[i];
                if (c == '(') {
                    i = afterLiteralString(i);
                } else if (c == '<') {
                    i = i + 1 < n && in[i + 1] == '<' ? i + 2 : afterHexString(i);
                } else if (c == '%') {
                    while (i < n && in[i] != '\n' && in[i] != '\r') {
                        i++;
                    }
                } else if (c == '/') {
                    i = name(i);
                } else if (c == 'I' && i + 1 < n && in[i + 1] == 'D' && separated(i, 2)) {
                    return false;
                } else {
                    i++;
                }
            }
            out.write(in, copied, n - copied);
            return true;
        }

        /** After the name at {@code start}; writes its property list instead when {@code BDC} follows. */
        private int name(int start) throws IOException {
            int end = start + 1;
            while (end < in.length && !isWhite(in[end]) && !isDelimiter(in[end])) {
                end++;
            }
            int op = end;
            while (op < in.length && isWhite(in[op])) {
                op++;
            }
            if (op == end || op + BDC.length > in.length || !startsWith(op, BDC) || !separated(op, BDC.length)) {
                return end;
            }
            COSBase list = properties.getDictionaryObject(COSName.getPDFName(decodedName(start + 1, end)));
            if (list instanceof COSDictionary dictionary) {
                out.write(in, copied, start - copied);
                writer.writeToken(dictionary);
                copied = end;
            }
            return op + BDC.length;
        }

        /** The name's characters, with its {@code #xx} escapes decoded. */
        private String decodedName(int from, int to) {
            byte[] bytes = new byte[to - from];
            int length = 0;
            for (int i = from; i < to; i++) {
                if (in[i] == '#' && i + 2 < to && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                    bytes[length++] = (byte) (hex(in[i + 1]) * 16 + hex(in[i + 2]));
                    i += 2;
                } else {
                    bytes[length++] = in[i];
                }
            }
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }

        private int afterLiteralString(int start) {
            int depth = 0;
            int i = start;
            while (i < in.length) {
                byte c = in[i++];
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return in.length;
        }

        private int afterHexString(int start) {
            int i = start + 1;
            while (i < in.length && in[i] != '>') {
                i++;
            }
            return Math.min(i + 1, in.length);
        }

        private boolean startsWith(int at, byte[] word) {
            for (int k = 0; k < word.length; k++) {
                if (in[at + k] != word[k]) {
                    return false;
                }
            }
            return true;
        }

        /** The keyword of {@code length} bytes at {@code at} stands alone: white space or a delimiter on both sides. */
        private boolean separated(int at, int length) {
            boolean before = at == 0 || isWhite(in[at - 1]) || isDelimiter(in[at - 1]);
            int after = at + length;
            return before && (after >= in.length || isWhite(in[after]) || isDelimiter(in[after]));
        }

        private static int hex(byte b) {
            return Character.digit(b, 16);
        }

        private static boolean isWhite(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
        }

        private static boolean isDelimiter(byte b) {
            return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                    || b == '/' || b == '%';
        }
    }
}
