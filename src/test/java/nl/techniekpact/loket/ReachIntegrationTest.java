package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.MonitorFixtures;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.monitor.Municipalities;
import nl.techniekpact.monitor.SeriesPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Loket's reach reaches the monitor: schools, companies and held activities written into the Loket's tables,
 * published through the monitor's import, read back as indicators per municipality, labour-market region,
 * province and the Netherlands — numerators and denominators summed, never shares averaged; the school year from
 * 1 August to 31 July; the running year provisional until a final import confirms it; and the same figures twice
 * change nothing. VO locations are this test's own (the DUO register loaded at start-up is primary schools only).
 */
@PlatformIntegrationTest
class ReachIntegrationTest {

    static final String UTRECHT = "GM0344";
    static final String AMERSFOORT = "GM0307";
    static final String PROVINCE = "PV26";
    /** A day in the school year 2020-2021: 2019-2020 is closed (final), 2020-2021 running (provisional). */
    static final LocalDate TODAY = LocalDate.of(2020, 9, 15);

    @Autowired
    ReachPublisher publisher;
    @Autowired
    Monitor monitor;
    @Autowired
    MonitorImports imports;
    @Autowired
    Municipalities municipalities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers testUsers;
    @Autowired
    Accounts accounts;

    LoketRows rows;

    @BeforeEach
    void crosswalk() {
        MonitorFixtures.loadCrosswalk(imports);
        rows = new LoketRows(jdbc);
    }

    @Test
    void publishesSummedNumeratorsAndDenominatorsPerSchoolYearToEveryRegion() {
        assertThat(jdbc.sql("select technical from loket_sbi_code where code = '2562'").query(Boolean.class).single())
                .as("metalworking counts as technical").isTrue();
        assertThat(jdbc.sql("select technical from loket_sbi_code where code = '4711'").query(Boolean.class).single())
                .as("a supermarket does not").isFalse();
        long technical = rows.company("2562", UTRECHT);
        long shop = rows.company("4711", AMERSFOORT);
        long offer = rows.offer(technical, "Gastles metaal");

        // Utrecht: two VO locations in the register, one that has left it; two of the three reached in 2019-2020
        long u1 = rows.school("VO", UTRECHT, true);
        rows.school("VO", UTRECHT, true);
        long uGone = rows.school("VO", UTRECHT, false);
        rows.activity(u1, technical, offer, "GASTLES", "HELD", LocalDate.of(2020, 7, 31)); // last day of 2019-2020
        rows.activity(uGone, shop, offer, "BEDRIJFSBEZOEK", "CLOSED", LocalDate.of(2020, 3, 2));
        long primary = jdbc.sql("select min(id) from loket_school where register = 'PO' and municipality_code = ?"
                + " and in_register and source_file <> 'test'").param(UTRECHT).query(Long.class).single(); // DUO's own
        rows.activity(primary, technical, offer, "GASTLES", "HELD", LocalDate.of(2020, 1, 15));

        // Amersfoort: eight VO locations; two reached in 2019-2020 (one twice), one on 1 August 2020, one in 2018-2019
        long[] a = new long[8];
        for (int i = 0; i < a.length; i++) {
            a[i] = rows.school("VO", AMERSFOORT, true);
        }
        rows.activity(a[0], technical, offer, "PROJECT", "HELD", LocalDate.of(2019, 8, 1)); // first day of 2019-2020
        rows.activity(a[1], shop, offer, "GASTLES", "HELD", LocalDate.of(2019, 10, 1));
        rows.activity(a[1], shop, offer, "GASTLES", "CLOSED", LocalDate.of(2020, 2, 1));
        rows.activity(a[2], shop, offer, "GASTLES", "HELD", LocalDate.of(2020, 8, 1)); // first day of 2020-2021
        rows.activity(a[3], shop, offer, "GASTLES", "HELD", LocalDate.of(2019, 7, 31)); // last day of 2018-2019
        rows.activity(a[4], technical, offer, "GASTLES", "PROPOSED", LocalDate.of(2020, 1, 10)); // not held
        rows.activity(a[5], technical, offer, "GASTLES", "WITHDRAWN", null);
        rows.activity(a[6], technical, offer, "GASTLES", "HELD", null); // held, but no day: not counted

        ReachPublisher.Publication first = publisher.nightly(TODAY).orElseThrow();
        assertThat(first.state()).as("%s", first.parts()).isEqualTo("DONE");
        assertThat(first.schoolYears()).contains("2018-2019", "2019-2020", "2020-2021");
        assertThat(first.parts()).extracting(ReachPublisher.Part::state).isNotEmpty().isSubsetOf("IMPORTED", "UNCHANGED");
        assertThat(publisher.nightly(TODAY)).as("one nightly publication a day").isEmpty();

        Map<String, String> vo = Map.of("niveau", "vo");
        SeriesPoint utrecht = point(Reach.SCHOOLS_REACHED, UTRECHT, vo, "2019/2020");
        assertThat(List.of(utrecht.numerator(), utrecht.denominator())).as("the school that left the register counts")
                .containsExactly(2.0, rows.inRegister("VO", UTRECHT) + 1.0);
        SeriesPoint amersfoort = point(Reach.SCHOOLS_REACHED, AMERSFOORT, vo, "2019/2020");
        assertThat(List.of(amersfoort.numerator(), amersfoort.denominator()))
                .containsExactly(2.0, (double) rows.inRegister("VO", AMERSFOORT));

        double otherVo = otherVoInProvince();
        SeriesPoint province = point(Reach.SCHOOLS_REACHED, PROVINCE, vo, "2019/2020");
        double denominator = utrecht.denominator() + amersfoort.denominator() + otherVo;
        assertThat(province.numerator()).isEqualTo(4.0);
        assertThat(province.denominator()).isEqualTo(denominator);
        assertThat(province.value()).isCloseTo(400.0 / denominator, within(1e-9));
        double averaged = (utrecht.value() + amersfoort.value()) / 2;
        assertThat(Math.abs(averaged - province.value())).as("averaging the shares would give %s", averaged)
                .isGreaterThan(5.0);
        assertThat(point(Reach.SCHOOLS_REACHED, "AM13", vo, "2019/2020").numerator())
                .as("Utrecht's labour-market region").isEqualTo(2.0);
        assertThat(point(Reach.SCHOOLS_REACHED, "NL01", vo, "2019/2020").numerator()).isEqualTo(4.0);

        SeriesPoint allLevels = point(Reach.SCHOOLS_REACHED, UTRECHT, Map.of(), "2019/2020");
        assertThat(allLevels.numerator()).as("the primary school adds to the total").isEqualTo(3.0);
        assertThat(allLevels.denominator()).isEqualTo(utrecht.denominator() + rows.inRegister("PO", UTRECHT));
        assertThat(point(Reach.SCHOOLS_ACTIVE, PROVINCE, vo, "2019/2020").value()).isEqualTo(4.0);

        assertThat(point(Reach.SCHOOLS_REACHED, AMERSFOORT, vo, "2018/2019").numerator())
                .as("31 July 2019 is in 2018-2019").isEqualTo(1.0);
        SeriesPoint running = point(Reach.SCHOOLS_REACHED, AMERSFOORT, vo, "2020/2021");
        assertThat(running.numerator()).as("1 August 2020 is in 2020-2021").isEqualTo(1.0);
        assertThat(point(Reach.SCHOOLS_REACHED, UTRECHT, vo, "2020/2021").numerator()).isZero();

        assertThat(point(Reach.COMPANIES_ACTIVE, PROVINCE, Map.of(), "2019/2020").value()).isEqualTo(2.0);
        assertThat(point(Reach.COMPANIES_ACTIVE, UTRECHT, Map.of("technisch", "ja"), "2019/2020").value())
                .isEqualTo(1.0);
        assertThat(point(Reach.COMPANIES_ACTIVE, AMERSFOORT, Map.of("technisch", "nee"), "2019/2020").value())
                .isEqualTo(1.0);
        assertThat(point(Reach.ACTIVITIES, PROVINCE, Map.of(), "2019/2020").value()).isEqualTo(6.0);
        assertThat(point(Reach.ACTIVITIES, PROVINCE, Map.of("activiteit", "gastles"), "2019/2020").value())
                .isEqualTo(4.0);
        assertThat(point(Reach.ACTIVITIES, AMERSFOORT, Map.of("activiteit", "project"), "2019/2020").value())
                .isEqualTo(1.0);

        assertThat(utrecht.provenance()).singleElement().satisfies(p -> {
            assertThat(p.organisation()).isEqualTo("Techniekpact Loket");
            assertThat(p.format()).isEqualTo("csv");
            assertThat(p.provisional()).as("a closed school year is final").isFalse();
        });
        assertThat(running.provenance()).singleElement()
                .satisfies(p -> assertThat(p.provisional()).as("the running school year").isTrue());

        theSameFiguresAgainChangeNothing(utrecht, running);
        aClosedYearBecomesFinalWithoutARevision(running);
    }

    @Test
    void ofTwoInstancesPublishingTheSameNightOnlyOneDoes() throws Exception {
        LocalDate night = LocalDate.of(2020, 10, 10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<java.util.Optional<ReachPublisher.Publication>>> runs = List.of(
                    instances.submit(() -> {
                        start.await();
                        return publisher.nightly(night);
                    }),
                    instances.submit(() -> {
                        start.await();
                        return publisher.nightly(night);
                    }));
            start.countDown();
            long published = 0;
            for (var run : runs) {
                published += run.get(10, java.util.concurrent.TimeUnit.MINUTES).isPresent() ? 1 : 0;
            }
            assertThat(published).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from loket_reach_publication where trigger = 'NIGHTLY' and run_on = ?")
                .param(night).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPublicationLeftRunningByAStoppedPlatformEndsFailedAtTheNextPublication() {
        long abandoned = jdbc.sql("""
                        insert into loket_reach_publication (trigger, run_on, actor, state, started_at)
                        values ('OFFICE', date '2020-11-11', 'office@example.org', 'RUNNING', now() - interval '1 hour')
                        returning id""").query(Long.class).single();

        ReachPublisher.Publication next = publisher.publish(office(), LocalDate.of(2020, 11, 12)).orElseThrow();

        assertThat(next.id()).isNotEqualTo(abandoned);
        assertThat(jdbc.sql("select state from loket_reach_publication where id = ?").param(abandoned)
                .query(String.class).single()).isEqualTo("FAILED");
        assertThat(jdbc.sql("select count(*) from loket_reach_publication where state = 'RUNNING'")
                .query(Integer.class).single()).isZero();
    }

    private void theSameFiguresAgainChangeNothing(SeriesPoint utrecht, SeriesPoint running) {
        int revisions = revisions();
        ReachPublisher.Publication nextNight = publisher.nightly(TODAY.plusDays(1)).orElseThrow();
        assertThat(nextNight.parts()).extracting(ReachPublisher.Part::state).containsOnly("UNCHANGED");

        ReachPublisher.Publication forced = publisher.publish(office(), TODAY).orElseThrow();
        assertThat(forced.state()).isEqualTo("DONE");
        assertThat(forced.parts()).allSatisfy(p -> {
            assertThat(p.state()).isEqualTo("IMPORTED");
            assertThat(p.inserted()).as(p.indicator()).isZero();
            assertThat(p.revised()).as(p.indicator()).isZero();
            assertThat(p.unchanged()).as(p.indicator()).isPositive();
        });
        assertThat(revisions()).as("no new revision").isEqualTo(revisions);
        assertThat(point(Reach.SCHOOLS_REACHED, UTRECHT, Map.of("niveau", "vo"), "2019/2020").provenance())
                .isEqualTo(utrecht.provenance());
        assertThat(point(Reach.SCHOOLS_REACHED, AMERSFOORT, Map.of("niveau", "vo"), "2020/2021").provenance())
                .isEqualTo(running.provenance());
    }

    private void aClosedYearBecomesFinalWithoutARevision(SeriesPoint running) {
        int revisions = revisions();
        ReachPublisher.Publication nextYear = publisher.nightly(LocalDate.of(2021, 8, 2)).orElseThrow();
        assertThat(nextYear.schoolYears()).contains("2020-2021", "2021-2022");
        SeriesPoint confirmed = point(Reach.SCHOOLS_REACHED, AMERSFOORT, Map.of("niveau", "vo"), "2020/2021");
        assertThat(confirmed.numerator()).isEqualTo(running.numerator());
        assertThat(confirmed.provenance()).singleElement()
                .satisfies(p -> assertThat(p.provisional()).as("2020-2021 has ended").isFalse());
        assertThat(point(Reach.SCHOOLS_REACHED, AMERSFOORT, Map.of("niveau", "vo"), "2021/2022").provenance())
                .singleElement().satisfies(p -> assertThat(p.provisional()).isTrue());
        assertThat(revisions()).as("the values did not change").isEqualTo(revisions);
    }

    private SeriesPoint point(String indicator, String region, Map<String, String> filter, String period) {
        return monitor.series(indicator, region, filter).points().stream().filter(p -> p.period().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError(indicator + " " + region + " " + period));
    }

    /** VO locations of other tests in the province's other municipalities (none, unless a test adds some). */
    private double otherVoInProvince() {
        return municipalities.municipalitiesIn(PROVINCE).stream()
                .filter(m -> !m.equals(UTRECHT) && !m.equals(AMERSFOORT)).mapToInt(m -> rows.inRegister("VO", m))
                .sum();
    }

    private int revisions() {
        return jdbc.sql("select count(*) from observation_revision").query(Integer.class).single();
    }

    private CurrentUser office() {
        return accounts.byId(testUsers.create(Role.OFFICE, "office").id()).orElseThrow();
    }
}
