package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.loket.LoketParties.Person;
import nl.techniekpact.loket.matching.Filters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school's own blocked dates and its region's school holidays, kept through the pages and the office's file, count
 * on both sides of matching: the school's request drops out of a company's matches while its whole overlap is
 * blocked, and comes back when the days are removed. Bad input shows its errors and stores nothing; every change is
 * audited. Dates are in the school year 2040-2041, which no other test uses.
 */
@PlatformIntegrationTest
class BlockedDatesIntegrationTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2041, 6, 3);

    @LocalServerPort
    int port;
    @Autowired
    LoketParties parties;
    @Autowired
    Matches matches;
    @Autowired
    SchoolHolidays holidays;
    @Autowired
    Accounts accounts;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolsBlockedDatesLeaveItsRequestOutOfACompanysMatchesUntilTheyAreRemoved() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Person company = parties.companyMember(parties.company("Bloklas " + suffix), "CONFIRMED", port);
        long schoolId = parties.school();
        Person school = parties.schoolMember(schoolId, "CONFIRMED", port);
        long offer = parties.offer(company, "Gastles lassen " + suffix, null, JUNE_1, JUNE_1.plusDays(4));
        long request = parties.request(school, "Gastles gezocht " + suffix, JUNE_1, JUNE_1.plusDays(27));
        assertThat(requestsFor(company, offer)).contains(request);

        var added = school.web().post("/loket/mijn/geblokkeerd",
                Map.of("from", JUNE_1.toString(), "until", JUNE_1.plusDays(4).toString(), "reason", "Examenweek"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/loket/mijn/geblokkeerd?added");
        assertThat(school.web().get("/loket/mijn/geblokkeerd?added").body())
                .contains("De dagen zijn toegevoegd", "Examenweek", "3 juni 2041", "7 juni 2041");

        assertThat(requestsFor(company, offer)).as("the whole overlap is blocked").doesNotContain(request);
        assertThat(offersFor(school, request)).doesNotContain(offer);
        assertThat(company.web().get("/loket/mijn/geblokkeerd").statusCode()).as("a company has none").isEqualTo(403);

        long id = jdbc.sql("select id from loket_blocked_date where school_id = ?").param(schoolId)
                .query(Long.class).single();
        assertThat(school.web().post("/loket/mijn/geblokkeerd/" + id + "/verwijderen", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(requestsFor(company, offer)).contains(request);
        assertThat(jdbc.sql("""
                        select string_agg(action || ':' || coalesce(before ->> 'reason', '-') || ':'
                                          || coalesce(after ->> 'reason', '-'), ',' order by id)
                        from audit_event where entity_type = 'loket_blocked_date' and entity_id = ?""")
                .param(Long.toString(id)).query(String.class).single())
                .isEqualTo("loket.blocked.add:-:Examenweek,loket.blocked.remove:Examenweek:-");
    }

    @Test
    void badInputShowsTheErrorsAtTheFieldsInDutchOrEnglishAndStoresNothing() {
        long schoolId = parties.school();
        Person school = parties.schoolMember(schoolId, "CONFIRMED", port);

        String page = school.web().post("/loket/mijn/geblokkeerd",
                Map.of("from", "2041-06-10", "until", "2041-06-01", "reason", "")).body();
        assertThat(page).contains("Controleer", "De laatste dag ligt vóór de eerste dag.", "Vul een reden in.",
                "id=\"until-error\"", "id=\"reason-error\"", "aria-invalid=\"true\"", "value=\"2041-06-10\"");
        String nonsense = school.web().post("/loket/mijn/geblokkeerd?lang=en",
                Map.of("from", "2041-02-30", "reason", "x".repeat(201))).body();
        assertThat(nonsense).contains("Enter a date as yyyy-mm-dd", "The reason is at most 200 characters.");
        assertThat(school.web().post("/loket/mijn/geblokkeerd?lang=nl",
                Map.of("from", "2041-01-01", "until", "2042-06-01", "reason", "Jaar")).body())
                .contains("Een reeks is hoogstens een jaar");
        assertThat(jdbc.sql("select count(*) from loket_blocked_date where school_id = ?").param(schoolId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theHolidaysOfTheSchoolsRegionCountWhenACompanyLooksForRequests() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Person company = parties.companyMember(parties.company("Vakantieles " + suffix), "CONFIRMED", port);
        long schoolId = jdbc.sql("""
                select s.id from loket_school s join loket_postcode_area a on a.pc4 = s.pc4
                where s.pc4 between '3500' and '3599' and s.holiday_region = 'MIDDEN'
                  and not exists (select 1 from loket_member m where m.school_id = s.id)
                order by s.id desc limit 1""").query(Long.class).single();
        Person school = parties.schoolMember(schoolId, "CONFIRMED", port);
        LocalDate autumn = LocalDate.of(2040, 10, 15);
        long offer = parties.offer(company, "Herfstles " + suffix, null, autumn, autumn.plusDays(6));
        long request = parties.request(school, "Les in de herfst " + suffix, autumn, autumn.plusDays(6));
        assertThat(requestsFor(company, offer)).contains(request);

        String file = SchoolHolidays.HEADER + "\nmidden;2040-2041;herfstvakantie;2040-10-13;2040-10-21;"
                + "Testbestand, geen echte vakanties;2040-01-01\n";
        holidays.importFile(office(), file.getBytes(StandardCharsets.UTF_8));

        assertThat(requestsFor(company, offer)).doesNotContain(request);
    }

    private List<Long> requestsFor(Person company, long offer) {
        return matches.forListing(company.user(), offer, Filters.NONE, 50).found().stream()
                .map(f -> f.listing().id()).toList();
    }

    private List<Long> offersFor(Person school, long request) {
        return matches.forListing(school.user(), request, Filters.NONE, 50).found().stream()
                .map(f -> f.listing().id()).toList();
    }

    private CurrentUser office() {
        return accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
    }
}
