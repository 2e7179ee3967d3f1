package dk.sikkerby.indberetning.service.export;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A bundled font as the renderer sees it, with each character's width and code remembered (decision 0207,
 * update). openhtmltopdf measures every word, often several times, while it breaks lines and again while
 * it draws them; PDFBox encodes the string and decodes it again for each measurement
 * ({@link PDFont#getStringWidth}), a tenth of the CPU time of a large appendix. With glyph substitution
 * off (see {@link PdfAppendixWriter}) a string's code is its characters' codes one after the other, so its
 * width is the sum of theirs, added in the same order as PDFBox adds them: the same number.
 *
 * <p>Everything else is the loaded font's: the same font dictionary (so PDFBox treats the two as one font:
 * {@link PDFont#equals} compares dictionaries, the page resources name it once, it is subset once),
 * the same encoding, widths and subset. Used by one renderer thread at a time.
 */
final class WidthCachedFont extends PDFont {

    private static final int PLANE = 0x10000;

    private final PDType0Font font;
    /** Per character of the Basic Multilingual Plane: its width, valid where {@link #codes} is set. */
    private final float[] widths = new float[PLANE];
    private final byte[][] codes = new byte[PLANE][];

    WidthCachedFont(PDType0Font font) {
        super(font.getCOSObject());
        this.font = font;
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            width += c < PLANE ? known(c) : font.getStringWidth(Character.toString(c));
        }
        return width;
    }

    @Override
    protected byte[] encode(int unicode) throws IOException {
        return unicode < PLANE && codes[unicode] != null ? codes[unicode] : font.encode(Character.toString(unicode));
    }

    private float known(int c) throws IOException {
        if (codes[c] == null) {
            String character = Character.toString(c);
            widths[c] = font.getStringWidth(character);
            codes[c] = font.encode(character);
        }
        return widths[c];
    }

    @Override
    public String getName() {
        // called by PDFont's constructor before the field is set; the loaded font answers the same
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("not a standard 14 font");
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public String toUnicode(int code, GlyphList customGlyphList) {
        return font.toUnicode(code, customGlyphList);
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public boolean isStandard14() {
        return false;
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    public String toString() {
        return font.toString();
    }
}
