package nl.techniekpact.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import nl.techniekpact.reports.ProgressReport;
import nl.techniekpact.reports.ProgressReport.ActionChange;
import nl.techniekpact.reports.ProgressReport.ActionStatus;
import nl.techniekpact.reports.ProgressReport.Example;
import nl.techniekpact.reports.ProgressReport.KeyFigure;
import nl.techniekpact.reports.ProgressReport.Link;
import nl.techniekpact.reports.ProgressReport.Milestone;
import nl.techniekpact.reports.ProgressReport.RegionProgress;
import nl.techniekpact.reports.ProgressReport.Section;
import nl.techniekpact.shared.StatusColour;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * The progress report as a Word document (for editing into a letter to parliament), built from the same model
 * as the HTML and PDF: headings as real Word headings, tables with every status in words. Deterministic: core
 * properties dated at the reference date, and the package re-zipped with fixed entry times.
 */
@Component
public class DocxDocuments {

    public byte[] render(ProgressReport report, ReportView view) {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordWriter w = new WordWriter(doc);
            Date date = Date.from(report.referenceDate().atStartOfDay(ZoneOffset.UTC).toInstant());
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(view.documentTitle());
            core.setCreator(view.text("site.name"));
            core.setSubjectProperty(view.text("reports.progress.kicker"));
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.getUnderlyingProperties().setLanguageProperty(Optional.of("nl-NL"));
            core.getUnderlyingProperties().setLastModifiedByProperty(Optional.of(view.text("site.name")));
            write(report, view, w);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            return fixedZip(out.toByteArray(), report.referenceDate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ProgressReport report, ReportView view, WordWriter w) {
        w.paragraph(view.text("reports.progress.kicker"), true);
        w.title(report.title());
        w.paragraph(view.text("reports.progress.subtitle", String.valueOf(report.edition()),
                view.date(report.referenceDate())), false);

        w.heading(1, view.text("reports.introduction"));
        w.blocks(view.blocks(report.introduction()));
        w.paragraph(view.text("reports.introduction.generated", String.valueOf(report.edition()),
                view.date(report.referenceDate()), String.valueOf(report.actions().size())), false);
        var counts = w.table(view.text("reports.counts.caption"), List.of(view.text("common.status"),
                view.text("reports.counts.number")));
        for (ReportView.Count c : view.counts(null)) {
            w.row(counts, List.of(words(view, c.colour()), String.valueOf(c.count())), c.colour(), 0);
        }
        w.paragraph(view.text("reports.legend"), false);

        w.heading(1, view.text("reports.new.title"));
        w.paragraph(report.comparedWith().reportId() != null
                ? view.text("reports.new.since", view.date(report.comparedWith().referenceDate()))
                : view.text("reports.new.sinceFiles"), false);
        if (report.changes().nothing()) {
            w.paragraph(view.text("reports.new.none"), false);
        }
        if (!report.changes().actions().isEmpty()) {
            var table = w.table(view.text("reports.new.actions"), List.of(view.text("reports.action"),
                    view.text("reports.new.colour"), view.text("reports.new.what")));
            for (ActionChange c : report.changes().actions()) {
                String colour = c.colourChanged() ? words(view, c.before()) + " → " + words(view, c.after())
                        : words(view, c.after()) + " " + view.text("reports.new.sameColour");
                w.row(table, List.of(view.itemLabel(c.actionId(), c.number()), colour,
                        String.join("\n", changeLines(view, c))), c.after(), 1);
            }
        }
        for (Example x : report.changes().newExamples()) {
            w.bullet(view.text("reports.new.examples") + ": " + x.title()
                    + (x.regionName() == null ? "" : " (" + x.regionName() + ")"));
        }
        for (RegionProgress r : report.changes().newProgress()) {
            w.bullet(view.text("reports.new.progress") + ": " + r.name() + " — " + view.text("reports.round", r.round()));
        }

        for (Section s : report.sections()) {
            section(report, view, w, s);
        }
        appendix(report, view, w);

        w.heading(1, view.text("reports.regions.title"));
        for (RegionProgress r : report.regions()) {
            w.heading(2, view.text("reports.regions.landsdeel", r.name())
                    + (view.isNewProgress(r.code()) ? " — " + view.text("reports.new.label") : ""));
            if (!r.provinces().isEmpty()) {
                w.paragraph(view.text("region.provinces") + ": " + String.join(", ", r.provinces()), false);
            }
            if (r.text() == null) {
                w.paragraph(view.text("reports.regions.none"), false);
            } else {
                w.paragraph(view.text("reports.round", r.round()), false);
                w.blocks(view.blocks(r.text()));
            }
        }
        w.heading(1, view.text("reports.colophon.title"));
        w.paragraph(view.text("reports.colophon.text", view.date(report.referenceDate())), false);
        w.paragraph(view.text("common.source") + ": " + report.source(), false);
        w.paragraph(view.text("reports.colophon.figures"), false);
    }

    private static void section(ProgressReport report, ReportView view, WordWriter w, Section s) {
        w.heading(1, view.sectionHeading(s));
        if (s.subtitle() != null) {
            w.blocks(view.blocks(s.subtitle()));
        }
        w.heading(2, view.text("reports.interim"));
        w.blocks(view.blocks(s.interimState()));
        if (!view.actionsOf(s.id()).isEmpty()) {
            w.paragraph(view.countsSentence(s.id()), false);
        }
        w.heading(2, view.text("reports.figures"));
        if (s.figures().isEmpty()) {
            w.paragraph(view.text("reports.figures.none"), false);
        } else {
            var table = w.table(view.text("reports.figures.caption", view.sectionHeading(s)), List.of(
                    view.text("reports.figures.indicator"), view.text("reports.figures.latest"),
                    view.text("reports.figures.baseline"), view.text("reports.figures.target"),
                    view.text("reports.figures.suggested")));
            for (KeyFigure f : s.figures()) {
                w.row(table, List.of(f.name() + (f.cell().isEmpty() ? "" : " (" + f.cell() + ")"),
                        view.number(f.value(), f.decimals(), f.unit()) + suffix(f.period()),
                        view.number(f.baseline(), f.decimals(), f.unit()) + suffix(f.baselinePeriod()),
                        view.number(f.target(), f.decimals(), f.unit())
                                + suffix(f.targetYear() == null ? null : String.valueOf(f.targetYear())),
                        words(view, f.suggested())), f.suggested(), 4);
            }
        }
        if ("THEMES".equals(report.kind())) {
            w.heading(2, view.text("reports.examples"));
            if (s.examples().isEmpty()) {
                w.paragraph(view.text("reports.examples.none"), false);
            }
            for (Example x : s.examples()) {
                w.heading(3, x.title() + (view.isNewExample(x.id()) ? " — " + view.text("reports.new.label") : ""));
                if (x.regionName() != null) {
                    w.paragraph(view.text("common.region") + ": " + x.regionName()
                            + (x.place() == null ? "" : " (" + x.place() + ")"), false);
                }
                w.blocks(view.blocks(x.text()));
                links(w, x.links());
            }
        }
    }

    private static void appendix(ProgressReport report, ReportView view, WordWriter w) {
        w.pageBreak();
        w.heading(1, view.text("reports.appendix.title"));
        w.paragraph(view.text("reports.appendix.intro", String.valueOf(report.actions().size())), false);
        for (StatusColour c : StatusColour.values()) {
            w.bullet(words(view, c) + ": " + view.text("reports.legend." + c.name()));
        }
        if (report.actions().isEmpty()) {
            w.paragraph(view.text("reports.appendix.none"), false);
            return;
        }
        var overview = w.table(view.text("reports.appendix.overview"), List.of(view.text("reports.action"),
                view.text("common.description"), view.text("common.status"), view.text("reports.roundColumn")));
        for (ActionStatus a : report.actions()) {
            w.row(overview, List.of(view.itemLabel(a.id(), a.number()), view.shortText(a), words(view, a.colour()),
                    a.round() == null ? "—" : a.round()), a.colour(), 2);
        }
        for (ActionStatus a : report.actions()) {
            w.heading(2, view.itemLabel(a.id(), a.number()) + " (" + a.id() + ")");
            w.paragraph(view.text("common.status") + ": " + words(view, a.colour())
                    + (a.round() == null ? "" : " — " + view.text("reports.round", a.round())), true);
            w.blocks(view.blocks(a.text()));
            for (ProgressReport.Item i : a.items()) {
                w.bullet((i.letter() == null ? "" : i.letter() + ". ") + i.text() + " ["
                        + view.text(a.colour().messageKey()) + "]");
            }
            if (!a.owners().isEmpty()) {
                w.paragraph(view.text("common.owners") + ": " + String.join(", ", a.owners()), false);
            }
            w.heading(3, view.text("reports.stateOfAffairs"));
            if (a.stateOfAffairs() == null) {
                w.paragraph(view.text("action.noStatus"), false);
            }
            w.blocks(view.blocks(a.stateOfAffairs()));
            if (a.delayReason() != null) {
                w.paragraph(view.text("reports.delayReason") + ": " + a.delayReason(), false);
            }
            if (a.correctiveMeasure() != null) {
                w.paragraph(view.text("reports.correctiveMeasure") + ": " + a.correctiveMeasure(), false);
            }
            ActionChange change = report.changeOf(a.id());
            if (change != null) {
                w.paragraph(view.text("reports.new.label"), true);
                changeLines(view, change).forEach(w::bullet);
            }
            if (!a.milestones().isEmpty()) {
                var table = w.table(view.text("reports.milestones.caption", view.itemLabel(a.id(), a.number())),
                        List.of(view.text("reports.milestone"), view.text("reports.milestone.due"),
                                view.text("reports.milestone.done")));
                for (Milestone m : a.milestones()) {
                    w.row(table, List.of(m.text(), m.due() == null ? "—" : m.due(), m.done() == null ? "—" : m.done()),
                            null, -1);
                }
            }
            w.heading(3, view.text("action.evidence"));
            if (a.evidence().isEmpty() && a.statusLinks().isEmpty()) {
                w.paragraph(view.text("action.noEvidence"), false);
            }
            links(w, a.evidence());
            links(w, a.statusLinks());
        }
    }

    private static List<String> changeLines(ReportView view, ActionChange c) {
        List<String> lines = new java.util.ArrayList<>();
        if (c.colourChanged()) {
            lines.add(view.text("reports.new.colourChanged", view.text(c.before().messageKey()),
                    view.text(c.after().messageKey())));
        }
        if (c.newStateOfAffairs()) {
            lines.add(view.text("reports.new.state", c.round()));
        }
        c.newMilestones().forEach(m -> lines.add(view.text("reports.new.milestone", m.text())));
        return lines;
    }

    private static void links(WordWriter w, List<Link> links) {
        for (Link l : links) {
            w.link(l.label(), l.url());
        }
    }

    private static String words(ReportView view, StatusColour colour) {
        return view.text(colour.messageKey()) + " (" + view.text("reports.colour." + colour.name()) + ")";
    }

    private static String suffix(String s) {
        return s == null ? "" : " (" + s + ")";
    }

    /** Re-zips the package with every entry dated at the reference date (POI stamps the time of writing). */
    static byte[] fixedZip(byte[] zip, LocalDate date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(date.atStartOfDay());
                z.putNextEntry(fixed);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
