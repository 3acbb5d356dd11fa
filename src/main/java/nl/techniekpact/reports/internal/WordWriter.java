package nl.techniekpact.reports.internal;

import java.util.List;
import nl.techniekpact.reports.ProgressReport;
import nl.techniekpact.shared.StatusColour;
import nl.techniekpact.system.TextBlocks;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes headings, paragraphs, bullets, tables and links with the document's styles. */
final class WordWriter {

    private final XWPFDocument doc;

    WordWriter(XWPFDocument doc) {
        this.doc = doc;
        WordStyles.define(doc);
    }

    void title(String text) {
        var p = doc.createParagraph();
        p.setStyle("Title");
        run(p, text);
    }

    void heading(int level, String text) {
        var p = doc.createParagraph();
        p.setStyle("Heading" + level);
        run(p, text);
    }

    void paragraph(String text, boolean bold) {
        var p = doc.createParagraph();
        run(p, text).setBold(bold);
    }

    void bullet(String text) {
        var p = doc.createParagraph();
        p.setStyle("ListBullet");
        run(p, "• " + text);
    }

    void blocks(List<TextBlocks.Block> blocks) {
        for (TextBlocks.Block b : blocks) {
            if (b.list()) {
                b.lines().forEach(this::bullet);
            } else {
                paragraph(b.text(), false);
            }
        }
    }

    void link(String label, String url) {
        var p = doc.createParagraph();
        p.setStyle("ListBullet");
        run(p, "• ");
        if (url == null) {
            run(p, label);
            return;
        }
        var link = p.createHyperlinkRun(url);
        link.setText(label);
        link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        link.setColor("154273");
        link.setLang("nl-NL");
        if (!url.equals(label)) {
            run(p, " (" + url + ")");
        }
    }

    void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    org.apache.poi.xwpf.usermodel.XWPFTable table(String caption, List<String> headers) {
        var c = doc.createParagraph();
        c.setStyle("Caption");
        run(c, caption);
        var table = doc.createTable(1, headers.size());
        table.setWidth("100%");
        var header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < headers.size(); i++) {
            var cell = header.getCell(i);
            cell.setColor("E8EEF5");
            run(cell.getParagraphs().get(0), headers.get(i)).setBold(true);
        }
        return table;
    }

    /** A row; the cell that holds the status (always in words) is also shaded in a tint of its colour. */
    void row(org.apache.poi.xwpf.usermodel.XWPFTable table, List<String> cells, StatusColour colour,
             int statusColumn) {
        var row = table.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.getCell(i);
            String[] lines = cells.get(i).split("\n");
            var p = cell.getParagraphs().get(0);
            for (int l = 0; l < lines.length; l++) {
                var r = run(p, lines[l]);
                if (l < lines.length - 1) {
                    r.addBreak();
                }
            }
            if (i == statusColumn && colour != null) {
                cell.setColor(WordStyles.shade(colour));
            }
        }
    }

    private org.apache.poi.xwpf.usermodel.XWPFRun run(org.apache.poi.xwpf.usermodel.XWPFParagraph p,
                                                       String text) {
        var r = p.createRun();
        r.setText(text == null ? "" : text);
        r.setLang("nl-NL");
        return r;
    }
}
