package nl.techniekpact.reports;

import nl.techniekpact.shared.Json;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The frozen reports in the database (table {@code progress_report}, rows never changed once written). */
@Repository
class ReportArchive {

    record Stored(FrozenReport report, String modelJson) {
    }

    private static final String COLUMNS = """
            id, edition_year, reference_date, frozen_at, frozen_by_name, model_sha256, pdf_sha256, docx_sha256""";

    private final JdbcClient jdbc;
    private final JsonMapper json = Json.MAPPER;

    ReportArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FrozenReport> all() {
        return jdbc.sql("select " + COLUMNS + " from progress_report order by reference_date desc, edition_year desc")
                .query((rs, n) -> report(rs)).list();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + ", model_json from progress_report where id = ?").param(id)
                .query((rs, n) -> new Stored(report(rs), rs.getString("model_json"))).optional();
    }

    /** The newest frozen report of the edition with a reference date before {@code date}. */
    Optional<Stored> previous(int edition, LocalDate date) {
        return jdbc.sql("select " + COLUMNS + ", model_json from progress_report"
                        + " where edition_year = ? and reference_date < ? order by reference_date desc limit 1")
                .params(edition, date)
                .query((rs, n) -> new Stored(report(rs), rs.getString("model_json"))).optional();
    }

    boolean exists(int edition, LocalDate date) {
        return jdbc.sql("select exists (select 1 from progress_report where edition_year = ? and reference_date = ?)")
                .params(edition, date).query(Boolean.class).single();
    }

    ProgressReport model(Stored stored) {
        return json.readValue(stored.modelJson(), ProgressReport.class);
    }

    byte[] archived(UUID id, DocumentFormat format) {
        String column = format == DocumentFormat.PDF ? "pdf" : "docx";
        return jdbc.sql("select " + column + " from progress_report where id = ?").param(id)
                .query(byte[].class).single();
    }

    void insert(FrozenReport r, String modelJson, byte[] pdf, byte[] docx, UUID frozenBy) {
        jdbc.sql("""
                        insert into progress_report (id, edition_year, reference_date, model_json, model_sha256,
                            pdf_sha256, docx_sha256, pdf, docx, frozen_at, frozen_by, frozen_by_name)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.edition(), r.referenceDate(), modelJson, r.modelSha256(), r.pdfSha256(),
                        r.docxSha256(), pdf, docx, r.frozenAt(), frozenBy, r.frozenBy())
                .update();
    }

    private static FrozenReport report(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FrozenReport(rs.getObject("id", UUID.class), rs.getInt("edition_year"),
                rs.getObject("reference_date", LocalDate.class), rs.getObject("frozen_at", OffsetDateTime.class),
                rs.getString("frozen_by_name"), rs.getString("model_sha256"), rs.getString("pdf_sha256"),
                rs.getString("docx_sha256"));
    }
}
