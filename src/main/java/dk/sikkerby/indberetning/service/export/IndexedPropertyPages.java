package dk.sikkerby.indberetning.service.export;

import com.openhtmltopdf.pdfboxout.PageSupplier;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The renderer's pages, made as openhtmltopdf makes them (a page of the given size added to the document),
 * with resources whose {@code /Properties} dictionary knows its values by identity (decision 0209). For
 * every tagged run and artifact, openhtmltopdf adds a property list to the page through
 * {@code PDResources.add}, which first asks the dictionary whether the list is already there:
 * {@code LinkedHashMap.containsValue}, a walk over the page's lists so far, some 350 per page (PDFBox's
 * objects are equal only to themselves). The index answers the same at once. The lists are written
 * inline and the dictionary removed after each part ({@link InlineMarkedContent}), so it never reaches
 * the file.
 */
final class IndexedPropertyPages implements PageSupplier {

    @Override
    public PDPage requestPage(PDDocument doc, float pageWidth, float pageHeight, int pageNumber, int shadowPageNumber) {
        PDPage page = new PDPage(new PDRectangle(pageWidth, pageHeight));
        doc.addPage(page);
        // after addPage, so the page's keys keep the order the renderer's own pages have
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, new IndexedDictionary());
        page.setResources(resources);
        return page;
    }

    /**
     * A dictionary that also keeps which key holds each value (by identity, as PDFBox's objects compare).
     * The index is consulted only while it holds as many values as the dictionary has keys and no value is
     * an indirect reference, so a change it did not see, one value under two keys or a reference falls
     * back to the dictionary's own search.
     */
    static final class IndexedDictionary extends COSDictionary {
        private final Map<COSBase, COSName> keys = new IdentityHashMap<>();
        private boolean direct = true;

        @Override
        public void setItem(COSName key, COSBase value) {
            removeItem(key);
            super.setItem(key, value);
            if (value != null) {
                keys.put(value, key);
                direct &= !(value instanceof COSObject);
            }
        }

        @Override
        public void removeItem(COSName key) {
            COSBase old = getItem(key);
            super.removeItem(key);
            if (old != null && key.equals(keys.get(old))) {
                keys.remove(old);
            }
        }

        @Override
        public boolean containsValue(Object value) {
            if (!indexed()) {
                return super.containsValue(value);
            }
            return keys.containsKey(value) || value instanceof COSObject object && keys.containsKey(object.getObject());
        }

        @Override
        public COSName getKeyForValue(Object value) {
            return indexed() ? keys.get(value) : super.getKeyForValue(value);
        }

        private boolean indexed() {
            return direct && keys.size() == size();
        }
    }
}
