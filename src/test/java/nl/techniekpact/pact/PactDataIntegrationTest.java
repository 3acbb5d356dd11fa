package nl.techniekpact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.SharedFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry holds the real pact: counts per entity type as in the seeds, and every transcribed text found in
 * its seed document (compared by {@link SeedText}), plus a sample of exact phrases per entity type.
 */
@PlatformIntegrationTest
class PactDataIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void holdsTheThreeEditionsWithTheirLineage() {
        assertThat(jdbc.sql("select year || ':' || kind || ':' || coalesce(predecessor::text, '-') from edition order by year")
                .query(String.class).list())
                .containsExactly("2013:LINES:-", "2016:LINES:2013", "2018:THEMES:2016");
    }

    @Test
    void holdsAll22ActionsOf2013InTheThreeLines() {
        assertThat(count("select count(*) from action where edition_year = 2013")).isEqualTo(22);
        assertThat(jdbc.sql("select line_code, count(*) from action where edition_year = 2013 group by line_code")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list())
                .containsExactlyInAnyOrder(Map.entry("kiezen", 11), Map.entry("leren", 9), Map.entry("werken", 2));
        assertThat(jdbc.sql("select id from action where edition_year = 2013 order by number").query(String.class).list())
                .allMatch(id -> id.matches("2013-A\\d{2}")).contains("2013-A01", "2013-A17", "2013-A22");
        assertThat(count("select count(*) from action_item i join action a on a.id = i.action_id where a.edition_year = 2013"))
                .isEqualTo(24);
    }

    @Test
    void everySubItemAndStateOfAffairsOf2013IsTheSeedsText() {
        SeedText seed = new SeedText(SharedFiles.seed("004"));
        List<String> items = jdbc.sql("select text from action_item").query(String.class).list();
        assertThat(items).hasSize(24).allSatisfy(text -> assertThat(seed.contains(text)).as(text).isTrue());
        List<String> paragraphs = paragraphs(jdbc.sql("""
                select text from status_report where round = '2014' and revision = 1""").query(String.class).list());
        assertThat(paragraphs).hasSizeGreaterThan(22).allSatisfy(p -> assertThat(seed.contains(p)).as(p).isTrue());
        assertThat(paragraphs(jdbc.sql("select text from regional_progress").query(String.class).list()))
                .allSatisfy(p -> assertThat(seed.contains(p)).as(p).isTrue());
        assertThat(seed.contains("Een zin die niet in de bron staat.")).isFalse();
    }

    @Test
    void the2014ColoursAreUnknownNeverGuessed() {
        assertThat(jdbc.sql("select distinct colour from status_report where round = '2014'").query(String.class).list())
                .containsExactly("UNKNOWN");
        assertThat(count("select count(distinct item_id) from status_report where round = '2014'")).isEqualTo(22);
    }

    @Test
    void holdsThe12GoalsOf2016WithTheirMeasures() {
        List<String> notes = jdbc.sql("select jsonb_array_elements_text(notes) from goal").query(String.class).list();
        SeedText seed = SeedText.withDroppedFootnotes(SharedFiles.seed("001"), notes);
        assertThat(jdbc.sql("select id from goal order by number").query(String.class).list())
                .hasSize(12).first().isEqualTo("2016-G01");
        assertThat(jdbc.sql("select title from goal").query(String.class).list())
                .allSatisfy(t -> assertThat(seed.contains(t)).as(t).isTrue());
        List<String> measures = jdbc.sql("select text from goal_measure").query(String.class).list();
        assertThat(measures).hasSize(48).allSatisfy(m -> assertThat(seed.contains(m)).as(m).isTrue());
        assertThat(paragraphs(jdbc.sql("select text from goal where text is not null").query(String.class).list()))
                .allSatisfy(p -> assertThat(seed.contains(p)).as(p).isTrue());
    }

    @Test
    void holdsTheFourThemesOf2018WithInterimStateAndRegionalExamples() {
        SeedText seed = new SeedText(SharedFiles.seed("000"));
        assertThat(jdbc.sql("select id from theme order by number").query(String.class).list())
                .containsExactly("2018-T1", "2018-T2", "2018-T3", "2018-T4");
        assertThat(paragraphs(jdbc.sql("select interim_state from theme").query(String.class).list()))
                .hasSizeGreaterThan(4).allSatisfy(p -> assertThat(seed.contains(p)).as(p).isTrue());
        assertThat(count("select count(*) from regional_example")).isEqualTo(27);
        assertThat(paragraphs(jdbc.sql("select text from regional_example").query(String.class).list()))
                .allSatisfy(p -> assertThat(seed.contains(p)).as(p).isTrue());
        assertThat(count("select count(*) from regional_example where region_code is not null")).isEqualTo(26);
    }

    @Test
    void holdsThePartnersWithTheirRepresentatives() {
        SeedText seed = new SeedText(SharedFiles.seed("001"));
        assertThat(count("select count(*) from partner where signatory")).isEqualTo(43);
        List<String> representatives = jdbc.sql("select name from partner_representative").query(String.class).list();
        assertThat(representatives).hasSize(45).allSatisfy(r -> assertThat(seed.contains(r)).as(r).isTrue());
        assertThat(jdbc.sql("select name from partner where signatory").query(String.class).list())
                .allSatisfy(n -> assertThat(seed.contains(n)).as(n).isTrue());
    }

    @Test
    void holdsTheFiveLandsdelenWithProvincesAndAgendas() {
        assertThat(jdbc.sql("select code || ' ' || name from region where type = 'LANDSDEEL' order by code")
                .query(String.class).list())
                .containsExactly("TL01 Noord", "TL02 Noordwest", "TL03 Oost", "TL04 Zuidoost", "TL05 Zuidwest");
        assertThat(count("select count(*) from region where type = 'PROVINCE' and code ~ '^PV(2[0-9]|3[01])$'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from regional_agenda where edition_year = 2016")).isEqualTo(5);
        SeedText seed = new SeedText(SharedFiles.seed("001"));
        List<String> priorities = jdbc.sql("select text from agenda_priority").query(String.class).list();
        assertThat(priorities).hasSize(63).allSatisfy(p -> assertThat(seed.contains(p)).as(p).isTrue());
        assertThat(count("select count(distinct region_code) from regional_progress where round = '2014'"))
                .isEqualTo(5);
    }

    @Test
    void samplePhrasesPerEntityTypeAreExact() {
        assertThat(text("select text from action_item where action_id = '2013-A01' and letter = 'a'"))
                .startsWith("Alle basisscholen bieden in 2020 structureel Wetenschap en Technologie aan.");
        assertThat(text("select title from goal where id = '2016-G01'")).isEqualTo(
                "Alle basisscholen bieden hun leerlingen structureel Wetenschap & Technologie aan in 2020, met een "
                        + "prominente plek voor digitale vaardigheden.");
        assertThat(text("select title from theme where id = '2018-T1'"))
                .isEqualTo("Instroom techniek en technologie verhogen");
        assertThat(text("""
                select r.name from partner_representative r join partner p on p.id = r.partner_id
                where p.name = 'Landsdeel Noord'""")).isEqualTo("Henk Jumelet");
        assertThat(text("select aliases::text from region where code = 'TL02'")).contains("Noordvleugel");
        assertThat(text("select text from status_report where item_id = '2013-A01' and revision = 1"))
                .contains("De opdracht voor een leerlijn is in de zomer van 2013 neergelegd bij Stichting "
                        + "Leerplanontwikkeling (SLO).");
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private String text(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    private static List<String> paragraphs(List<String> texts) {
        List<String> result = new ArrayList<>();
        for (String text : texts) {
            for (String paragraph : text.split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    result.add(paragraph);
                }
            }
        }
        return result;
    }
}
