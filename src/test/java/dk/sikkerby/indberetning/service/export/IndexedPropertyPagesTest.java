package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

/**
 * The renderer's pages with an indexed {@code /Properties} (decision 0209): made as openhtmltopdf makes
 * them, and PDFBox's resources give every property list the same name as on a plain page.
 */
class IndexedPropertyPagesTest {

    @Test
    void thePageIsTheRenderersPageWithTheKeysInItsOrder() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new IndexedPropertyPages().requestPage(pdf, 842f, 595f, 0, -1);
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(new PDRectangle(842f, 595f).toString(), page.getMediaBox().toString());
            assertEquals(List.of(COSName.TYPE, COSName.MEDIA_BOX, COSName.PARENT, COSName.RESOURCES),
                    new ArrayList<>(page.getCOSObject().keySet()));
            assertInstanceOf(IndexedPropertyPages.IndexedDictionary.class,
                    page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES));
        }
    }

    @Test
    void propertyListsGetTheNamesAPlainPageGives() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDResources indexed = new IndexedPropertyPages().requestPage(pdf, 100f, 100f, 0, -1).getResources();
            PDResources plain = new PDResources();
            List<PDPropertyList> lists = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                COSDictionary list = new COSDictionary();
                list.setInt(COSName.getPDFName("MCID"), i);
                lists.add(PDPropertyList.create(list));
            }
            for (PDPropertyList list : lists) {
                assertEquals(plain.add(list), indexed.add(list));
            }
            for (PDPropertyList list : lists) {
                assertEquals(plain.add(list), indexed.add(list), "a list already there keeps its name");
            }
            COSDictionary dictionary = indexed.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertEquals(400, dictionary.size());
            assertTrue(dictionary.containsValue(lists.get(7).getCOSObject()));
            assertFalse(dictionary.containsValue(new COSDictionary()), "found by identity, as PDFBox compares");
            COSName name = dictionary.getKeyForValue(lists.get(7).getCOSObject());
            dictionary.removeItem(name);
            assertFalse(dictionary.containsValue(lists.get(7).getCOSObject()));
            assertNull(dictionary.getKeyForValue(lists.get(7).getCOSObject()));
        }
    }
}
