package dk.sikkerby.indberetning.service.export;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Joins the structure trees of the parts the appendix is rendered in (decision 0207) into one, as if the
 * document had been rendered whole: openhtmltopdf writes each part's tree (a Document element and the
 * parent tree that maps each page's marked content to its elements) and starts a new one when the
 * catalogue has none. After each part this class takes the part's tree out of the catalogue: the first
 * part's tree is kept, a later part's Document element gives its children to the first one, and its
 * parent-tree entries and its pages' StructParents keys are moved past those already there. The joined
 * tree goes back into the catalogue at the end.
 */
final class StructureJoin {

    private PDStructureTreeRoot root;
    private COSDictionary document;
    private COSArray nums;
    private int nextKey;

    /** Takes the part just rendered, whose pages are those from {@code firstPage} on. */
    void absorb(PDDocument pdf, int firstPage) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDStructureTreeRoot part = catalog.getStructureTreeRoot();
        if (part == null) {
            throw new IllegalStateException("The renderer wrote no structure tree for a part of the appendix");
        }
        COSArray partNums = nums(part);
        COSDictionary partDocument = documentElement(part);
        if (root == null) {
            root = part;
            document = partDocument;
            nums = partNums;
            nextKey = part.getParentTreeNextKey();
        } else {
            int offset = nextKey;
            adoptChildren(partDocument);
            for (int i = 0; i + 1 < partNums.size(); i += 2) {
                int key = ((COSNumber) partNums.getObject(i)).intValue();
                nums.add(COSInteger.get(key + offset));
                nums.add(replaced(partNums.get(i + 1), partDocument));
            }
            for (int p = firstPage; p < pdf.getNumberOfPages(); p++) {
                COSDictionary page = pdf.getPage(p).getCOSObject();
                int key = page.getInt(COSName.STRUCT_PARENTS, -1);
                if (key >= 0) {
                    page.setInt(COSName.STRUCT_PARENTS, key + offset);
                }
            }
            nextKey = offset + part.getParentTreeNextKey();
        }
        catalog.setStructureTreeRoot(null);
    }

    /** Puts the joined tree into the catalogue. */
    void finish(PDDocument pdf) {
        if (root != null) {
            root.setParentTreeNextKey(nextKey);
            pdf.getDocumentCatalog().setStructureTreeRoot(root);
        }
    }

    private void adoptChildren(COSDictionary partDocument) {
        COSArray kids = kidsOf(document);
        COSBase partKids = partDocument.getDictionaryObject(COSName.K);
        COSArray moving = partKids instanceof COSArray a ? a : new COSArray();
        if (partKids != null && !(partKids instanceof COSArray)) {
            moving.add(partKids);
        }
        for (int i = 0; i < moving.size(); i++) {
            COSBase kid = moving.getObject(i);
            if (kid instanceof COSDictionary element) {
                if (element.containsKey(COSName.S)) {
                    element.setItem(COSName.P, document);
                } else if (!element.containsKey(COSName.PG) && partDocument.containsKey(COSName.PG)) {
                    element.setItem(COSName.PG, partDocument.getItem(COSName.PG));
                }
                kids.add(moving.get(i));
            } else if (kid instanceof COSInteger mcid) {
                COSDictionary reference = new COSDictionary();
                reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
                reference.setItem(COSName.PG, partDocument.getItem(COSName.PG));
                reference.setInt(COSName.MCID, mcid.intValue());
                kids.add(reference);
            }
        }
    }

    /** The document element's kids as an array (made one if it held a single kid). */
    private static COSArray kidsOf(COSDictionary element) {
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (kids != null) {
            array.add(element.getItem(COSName.K));
        }
        element.setItem(COSName.K, array);
        return array;
    }

    /** A parent-tree value with the part's Document element replaced by the joined one. */
    private COSBase replaced(COSBase value, COSDictionary partDocument) {
        COSBase direct = value instanceof COSObject o ? o.getObject() : value;
        if (direct == partDocument) {
            return document;
        }
        if (direct instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) == partDocument) {
                    array.set(i, document);
                }
            }
        }
        return value;
    }

    private static COSArray nums(PDStructureTreeRoot root) {
        COSDictionary tree = root.getParentTree().getCOSObject();
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        if (nums == null) {
            throw new IllegalStateException("The renderer wrote a parent tree without a flat number array");
        }
        return nums;
    }

    private static COSDictionary documentElement(PDStructureTreeRoot root) {
        COSBase kids = root.getCOSObject().getDictionaryObject(COSName.K);
        COSBase first = kids instanceof COSArray a ? a.getObject(0) : kids;
        if (!(first instanceof COSDictionary element)) {
            throw new IllegalStateException("The renderer wrote a structure tree without a Document element");
        }
        return element;
    }
}
