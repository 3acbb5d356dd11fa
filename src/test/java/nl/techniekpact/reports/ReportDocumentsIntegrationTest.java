package nl.techniekpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.pact.PactItems;
import nl.techniekpact.pact.PactViews.ActionDetail;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews;
import nl.techniekpact.shared.StatusColour;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The 2013 progress report as PDF and Word: on the text extracted from each (PDFBox, POI), every one of the 22
 * actions and every sub-item appears with its status in words — before and after a reporting round with
 * colours, whose changes also appear under "Nieuw:".
 */
@PlatformIntegrationTest
class ReportDocumentsIntegrationTest {

    static final Path SAMPLES = Path.of("target/report-samples");

    @Autowired
    ProgressReports reports;
    @Autowired
    ReportDocuments documents;
    @Autowired
    PactItems items;
    @Autowired
    MessageSource messages;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks tasks;

    @Test
    void the2013ReportNamesEveryActionAndSubItemWithItsStatusInWords() throws Exception {
        ProgressReport report = reports.current(2013, reports.today());
        assertThat(report.actions()).hasSize(22);
        Documents docs = documents(report, "progress-2013");
        assertEveryActionWithStatus(docs.pdf(), "PDF");
        assertEveryActionWithStatus(docs.docx(), "Word");
        Documents themes = documents(reports.current(2018, LocalDate.of(2019, 5, 20)), "progress-2018");
        assertThat(squash(themes.pdf())).contains(squash("Thema 4:"), squash("Voorbeelden uit de regio"));
        assertThat(squash(docs.pdf())).contains(squash("Bijlage: de stand van zaken per maatregel"),
                squash("geel (afgerond), blauw (op schema; implementatie nog niet afgerond) en rood (vertraagd)"));
    }

    @Test
    void aRoundWithColoursShowsInTheReportWithWhatIsNew() throws Exception {
        CurrentUser office = user(Role.OFFICE, "office");
        CurrentUser poRaad = user(Role.OWNER, "partner:po-raad");   // owns 2013-A02
        CurrentUser sbb = user(Role.OWNER, "partner:sbb");           // owns 2013-A16
        var round = rounds.open(office, new RoundViews.NewRound(ReportDocumentsIntegrationTest.roundName(),
                LocalDate.now(), LocalDate.now().plusDays(20), 7, List.of("2013-A02", "2013-A16"), List.of()));
        for (RoundViews.Task task : tasks.tasksOfRound(round.id())) {
            boolean a02 = task.itemId().equals("2013-A02");
            var update = a02
                    ? new RoundViews.ActionUpdate("DELAYED", "De visie is nog niet in alle plannen verwerkt.",
                    "Bestuurswisselingen", "Extra ondersteuning in 2026", List.of(), List.of(), List.of())
                    : new RoundViews.ActionUpdate("COMPLETED", "Alle studiebijsluiters staan online.", null, null,
                    List.of(new RoundViews.MilestoneUpdate("Studiebijsluiters voor alle opleidingen online", null,
                            "2026-05")), List.of(new RoundViews.LinkUpdate("Studiebijsluiters", "https://www.s-bb.nl")),
                    List.of());
            var submitted = tasks.submit(a02 ? poRaad : sbb, task.id(), update, task.version());
            tasks.approve(office, task.id(), submitted.version());
        }

        ProgressReport report = reports.current(2013, reports.today());
        assertThat(report.actions()).filteredOn(a -> a.id().equals("2013-A02")).singleElement()
                .satisfies(a -> assertThat(a.colour()).isEqualTo(StatusColour.DELAYED));
        assertThat(report.changes().actions()).anySatisfy(c -> {
            assertThat(c.actionId()).isEqualTo("2013-A16");
            assertThat(c.after()).isEqualTo(StatusColour.COMPLETED);
            assertThat(c.newMilestones()).extracting(ProgressReport.Milestone::text)
                    .containsExactly("Studiebijsluiters voor alle opleidingen online");
        });
        Documents docs = documents(report, "progress-2013-after-round");
        for (String text : List.of(docs.pdf(), docs.docx())) {
            assertEveryActionWithStatus(text, "after the round");
            String a02 = block(squash(text), 2);
            assertThat(a02).containsPattern("Status:.?vertraagd").contains(squash("Bestuurswisselingen"),
                    squash("Kleur gewijzigd van kleur onbekend naar vertraagd"));
            assertThat(block(squash(text), 16)).contains(squash("Nieuwe mijlpaal: Studiebijsluiters voor alle opleidingen online"),
                    "afgerond", "https://www.s-bb.nl");
        }
    }

    private void assertEveryActionWithStatus(String text, String what) {
        String all = squash(text);
        List<ActionDetail> actions = items.actionsOfEdition(2013);
        assertThat(actions).hasSize(22);
        for (ActionDetail action : actions) {
            StatusColour colour = action.currentStatus() == null ? StatusColour.UNKNOWN : action.currentStatus().colour();
            String words = messages.getMessage(colour.messageKey(), null, ReportDocuments.DUTCH);
            String block = block(all, action.number());
            assertThat(block).as("%s: %s", what, action.id())
                    .containsPattern("Status:.?" + java.util.regex.Pattern.quote(squash(words)));
            for (var item : action.items()) {
                assertThat(block).as("%s: %s item %s with its status", what, action.id(), item.letter())
                        .contains(squash(item.letter() + ". " + item.text() + " [" + words + "]"));
            }
        }
    }

    /** The appendix block of action {@code number}: from its heading to the next heading of an action or part. */
    static String block(String squashed, int number) {
        String id = "2013-A%02d".formatted(number);
        int start = squashed.indexOf(squash("Actie " + number + " (" + id + ")"));
        assertThat(start).as("heading of " + id).isGreaterThanOrEqualTo(0);
        int end = squashed.indexOf(squash("Actie " + (number + 1) + " (2013-A%02d)".formatted(number + 1)), start);
        if (end < 0) {
            end = squashed.indexOf(squash("Regionale voortgang per landsdeel"), start);
        }
        return squashed.substring(start, end);
    }

    /**
     * A unique round name that sorts after every earlier one: the registry takes the newest round by its name, and
     * test classes share one database.
     */
    static String roundName() {
        return "Ronde " + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
                .format(java.time.LocalDateTime.now()) + " " + UUID.randomUUID().toString().substring(0, 4);
    }

    /** Text without any whitespace: line breaks in a PDF fall where spaces were. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    record Documents(String pdf, String docx) {
    }

    private Documents documents(ProgressReport report, String name) throws Exception {
        byte[] pdf = documents.render(report, DocumentFormat.PDF);
        byte[] docx = documents.render(report, DocumentFormat.DOCX);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name + ".pdf"), pdf);
        Files.write(SAMPLES.resolve(name + ".docx"), docx);
        Files.write(SAMPLES.resolve(name + ".html"), documents.render(report, DocumentFormat.HTML));
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pdfText = new PDFTextStripper().getText(document);
        }
        String docxText;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            docxText = extractor.getText();
        }
        return new Documents(pdfText, docxText);
    }

    private CurrentUser user(Role role, String organisation) {
        return accounts.byId(users.create(role, organisation).id()).orElseThrow();
    }
}
