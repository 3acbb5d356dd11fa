package nl.techniekpact.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.ApiClient;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.accounts.internal.ApiTokens;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews;
import nl.techniekpact.shared.StatusColour;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Freezing: the office freezes the 2013 report, the data change, and the frozen report is produced again with
 * byte-identical PDF and Word documents while the current report shows the change; "Nieuw:" and the diff
 * compare with the previous frozen report; every freeze is audited; documents need no login.
 */
@PlatformIntegrationTest
class ReportFreezeIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks tasks;
    @Autowired
    ProgressReports reports;
    @Autowired
    FrozenReports frozen;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFrozenReportIsReproducedByteForByteAfterTheDataChange() throws Exception {
        CurrentUser office = user(Role.OFFICE, "office");
        ApiClient officeApi = new ApiClient(port, tokens.create(office, "freeze test", 1).secret());
        LocalDate today = reports.today();
        LocalDate earlier = today.minusDays(400);

        var first = officeApi.post("/api/v1/office/reports", Map.of("edition", 2013, "referenceDate", earlier.toString()));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String firstId = first.json().get("id").asString();

        approve(office, "2013-A02", "partner:po-raad", new RoundViews.ActionUpdate("COMPLETED",
                "De visie is in alle plannen verwerkt.", null, null,
                List.of(new RoundViews.MilestoneUpdate("Visie verwerkt in de strategische plannen", null, "2026")),
                List.of(), List.of()));
        var second = officeApi.post("/api/v1/office/reports", Map.of("edition", 2013, "referenceDate", today.toString()));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        JsonNode meta = second.json();
        UUID id = UUID.fromString(meta.get("id").asString());
        byte[] pdf = download("/api/v1/reports/" + id + "?format=pdf");
        byte[] docx = download("/api/v1/reports/" + id + "?format=docx");
        assertThat(sha256(pdf)).isEqualTo(meta.get("pdfSha256").asString());
        assertThat(sha256(docx)).isEqualTo(meta.get("docxSha256").asString());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        ProgressReport model = frozen.model(id).orElseThrow();
        assertThat(model.comparedWith().reportId()).as("compared with the previous frozen report").isEqualTo(firstId);
        assertThat(model.changeOf("2013-A02")).satisfies(c -> {
            assertThat(c.before()).isEqualTo(StatusColour.UNKNOWN);
            assertThat(c.after()).isEqualTo(StatusColour.COMPLETED);
            assertThat(c.newMilestones()).extracting(ProgressReport.Milestone::text)
                    .containsExactly("Visie verwerkt in de strategische plannen");
        });
        var diff = officeApi.get("/api/v1/reports/diff?from=" + firstId + "&to=" + id).json();
        assertThat(diff.get("changes").get("actions").toString()).contains("2013-A02", "COMPLETED");

        approve(office, "2013-A16", "partner:sbb", new RoundViews.ActionUpdate("DELAYED", "Nog niet alle bijsluiters.",
                "Capaciteit", "Extra menskracht", List.of(), List.of(), List.of()));

        assertThat(download("/api/v1/reports/" + id + "?format=pdf")).as("frozen PDF after the change").isEqualTo(pdf);
        assertThat(download("/api/v1/reports/" + id + "?format=docx")).as("frozen Word after the change").isEqualTo(docx);
        assertThat(frozen.model(id).orElseThrow().actions()).filteredOn(a -> a.id().equals("2013-A16"))
                .singleElement().satisfies(a -> assertThat(a.colour()).isNotEqualTo(StatusColour.DELAYED));
        ProgressReport current = reports.current(2013, today);
        assertThat(current.actions()).filteredOn(a -> a.id().equals("2013-A16")).singleElement()
                .satisfies(a -> assertThat(a.colour()).isEqualTo(StatusColour.DELAYED));
        byte[] currentPdf = download("/api/v1/reports/progress?edition=2013&format=pdf&date=" + today);
        assertThat(sha256(currentPdf)).isNotEqualTo(meta.get("pdfSha256").asString());

        assertThat(officeApi.get("/api/v1/reports").body()).contains(id.toString(), firstId);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'report.freeze' and entity_id in (?, ?)")
                .params(firstId, id.toString()).query(Integer.class).single()).isEqualTo(2);
        var again = officeApi.post("/api/v1/office/reports", Map.of("edition", 2013, "referenceDate", today.toString()));
        assertThat(again.status()).as("one report per edition and date").isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from progress_report where edition_year = 2013 and reference_date = ?")
                .param(today).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCurrentReportIsTheSameDocumentEachTimeItIsMade() throws Exception {
        String path = "/api/v1/reports/progress?edition=2018&date=2019-05-20&format=";
        assertThat(download(path + "pdf")).isEqualTo(download(path + "pdf"));
        assertThat(download(path + "docx")).isEqualTo(download(path + "docx"));
        String html = new String(download(path + "html"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("lang=\"nl\"", "Thema 1: Instroom techniek en technologie verhogen",
                "Voorbeelden uit de regio");
    }

    private void approve(CurrentUser office, String actionId, String organisation, RoundViews.ActionUpdate update) {
        CurrentUser owner = user(Role.OWNER, organisation);
        var round = rounds.open(office, new RoundViews.NewRound(ReportDocumentsIntegrationTest.roundName(), LocalDate.now(),
                LocalDate.now().plusDays(20), 7, List.of(actionId), List.of()));
        RoundViews.Task task = tasks.tasksOfRound(round.id()).getFirst();
        var submitted = tasks.submit(owner, task.id(), update, task.version());
        tasks.approve(office, task.id(), submitted.version());
    }

    /** A public download: no login, no token. */
    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private CurrentUser user(Role role, String organisation) {
        return accounts.byId(users.create(role, organisation).id()).orElseThrow();
    }
}
