package nl.techniekpact.reports.internal;

import java.math.BigInteger;

import nl.techniekpact.shared.StatusColour;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the Word document: Title, Heading1–3 (real outline levels, so Word's navigation and
 * table of contents work), Caption and ListBullet; the document's language is Dutch.
 */
final class WordStyles {

    private WordStyles() {
    }

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage("nl-NL");
        add(styles, "Title", "Title", null, 40, true, "0E2D50");
        add(styles, "Heading1", "heading 1", 0, 32, true, "0E2D50");
        add(styles, "Heading2", "heading 2", 1, 26, true, "0E2D50");
        add(styles, "Heading3", "heading 3", 2, 22, true, "1A1A1A");
        add(styles, "Caption", "caption", null, 20, true, "1A1A1A");
        add(styles, "ListBullet", "List Bullet", null, 20, false, null);
    }

    private static void add(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints,
                            boolean bold, String colour) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            paragraph.addNewKeepNext();
            var spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(240));
            spacing.setAfter(BigInteger.valueOf(80));
        }
        if ("ListBullet".equals(id)) {
            paragraph.addNewInd().setLeft(BigInteger.valueOf(360));
        }
        var run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** A light tint of the status colour for a table cell (the status is always also in words). */
    static String shade(StatusColour colour) {
        return switch (colour) {
            case COMPLETED -> "FFE566";
            case ON_SCHEDULE -> "CFE2F7";
            case DELAYED -> "F6D2D6";
            case UNKNOWN -> "FFFFFF";
        };
    }
}
