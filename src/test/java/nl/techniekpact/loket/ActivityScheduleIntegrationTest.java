package nl.techniekpact.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.loket.LoketParties.Person;
import nl.techniekpact.system.MailOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule with a chosen day: proposals expire after 14 days without an answer or when their date passes,
 * reminders go out 3 days before the date and 7 days after it was held to the side whose feedback is missing, held
 * activities close after 30 days; saved searches e-mail new listings that fit, at most once a day. Every run is done
 * twice: what it sends, it sends once.
 */
@PlatformIntegrationTest
class ActivityScheduleIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LoketParties parties;
    @Autowired
    Activities activities;
    @Autowired
    ActivitySchedule schedule;
    @Autowired
    SavedSearches searches;
    @Autowired
    LoketSearch search;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Clock clock;

    LoketMails mails;
    LocalDate today;
    String suffix;
    Person kees;
    Person anna;

    @BeforeEach
    void setUp() {
        mails = new LoketMails(greenMail, outbox);
        today = LocalDate.now(clock);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        kees = parties.companyMember(parties.company("Bedrijf " + suffix), "CONFIRMED", port);
        anna = parties.schoolMember(parties.school(), "CONFIRMED", port);
    }

    @Test
    void aProposalWithoutAnswerExpiresAfter14DaysOnce() {
        long offer = parties.offer(kees, "Bedrijfsbezoek " + suffix, null, null, null);
        long id = activities.propose(anna.user(), offer, "Mogen wij komen kijken?", "");

        schedule.run(today.plusDays(14));
        assertThat(state(id)).as("14 days to answer").isEqualTo("PROPOSED");
        schedule.run(today.plusDays(15));
        schedule.run(today.plusDays(15));
        assertThat(state(id)).isEqualTo("EXPIRED");
        assertThat(mails.await(anna.email(), "voorstel vervallen").body()).contains("Bedrijf " + suffix);
        assertThat(mails.count(kees.email(), "voorstel vervallen")).isEqualTo(1);
        assertThat(mails.count(anna.email(), "voorstel vervallen")).as("sent once").isEqualTo(1);
        assertThat(audits(id, "loket.activity.expire")).isEqualTo(1);
        assertThat(sequence(id)).isEqualTo(1);
    }

    @Test
    void aProposalWhoseDateHasPassedExpires() {
        long offer = parties.offer(kees, "Gastles " + suffix, null, null, null);
        long id = activities.propose(anna.user(), offer, "", today.plusDays(2).toString());

        schedule.run(today.plusDays(2));
        assertThat(state(id)).isEqualTo("PROPOSED");
        schedule.run(today.plusDays(3));
        assertThat(state(id)).isEqualTo("EXPIRED");
        assertThat(mails.await(kees.email(), "voorstel vervallen").body()).contains("Gastles " + suffix);
    }

    @Test
    void theReminderBeforeTheDateGoesOutOnceThreeDaysBefore() {
        long offer = parties.offer(kees, "Career day " + suffix, null, null, null);
        long id = activities.propose(anna.user(), offer, "", "");
        activities.accept(kees.user(), id, today.plusDays(10).toString(), version(id));
        int version = version(id);

        schedule.run(today.plusDays(6));
        assertThat(mails.count(anna.email(), "herinnering")).isZero();
        schedule.run(today.plusDays(7));
        schedule.run(today.plusDays(7));
        schedule.run(today.plusDays(8));
        assertThat(mails.await(anna.email(), "herinnering").body()).contains("Career day " + suffix, "Bedrijf " + suffix);
        assertThat(mails.count(anna.email(), "herinnering")).isEqualTo(1);
        assertThat(mails.count(kees.email(), "herinnering")).isEqualTo(1);
        assertThat(jdbc.sql("select reminded_before_on from loket_activity where id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(7));
        assertThat(version(id)).as("a reminder does not make open forms stale").isEqualTo(version);

        activities.reschedule(anna.user(), id, today.plusDays(20).toString(), version(id));
        schedule.run(today.plusDays(17));
        assertThat(mails.count(kees.email(), "herinnering")).as("again for the new date").isEqualTo(2);
    }

    @Test
    void missingFeedbackIsRemindedOnceAndTheActivityClosesAfter30Days() {
        long offer = parties.offer(kees, "Docentenstage " + suffix, null, null, null);
        long id = activities.propose(anna.user(), offer, "", "");
        activities.accept(kees.user(), id, today.toString(), version(id));
        activities.markHeld(kees.user(), id, "", version(id));
        activities.feedback(kees.user(), id, "5", "Goed gegaan.", version(id));

        schedule.run(today.plusDays(6));
        assertThat(mails.count(anna.email(), "hoe ging het?")).isZero();
        schedule.run(today.plusDays(7));
        schedule.run(today.plusDays(7));
        assertThat(mails.await(anna.email(), "hoe ging het?").body()).contains("Docentenstage " + suffix);
        assertThat(mails.count(anna.email(), "hoe ging het?")).isEqualTo(1);
        assertThat(mails.count(kees.email(), "hoe ging het?")).as("the company gave feedback").isZero();

        schedule.run(today.plusDays(29));
        assertThat(state(id)).isEqualTo("HELD");
        schedule.run(today.plusDays(30));
        schedule.run(today.plusDays(30));
        assertThat(jdbc.sql("select state || ' ' || closed_on from loket_activity where id = ?").param(id)
                .query(String.class).single()).isEqualTo("CLOSED " + today.plusDays(30));
        assertThat(mails.await(anna.email(), "activiteit afgerond").body()).contains("30 dagen");
        assertThat(mails.count(kees.email(), "activiteit afgerond")).isEqualTo(1);
        assertThat(audits(id, "loket.activity.close")).isEqualTo(1);
    }

    @Test
    void aSavedSearchMailsNewListingsThatFitAtMostOnceADay() {
        String word = "zonnepaneel" + suffix.replaceAll("[^a-z]", "x");
        long searchId = searches.saveSearch(anna.user(), new LoketSearch.Question("OFFER", word, null, null, null,
                null, null, null, null, 1));
        long request = parties.request(anna, "Wie komt vertellen over warmte? " + suffix);
        searches.saveForListing(anna.user(), request);

        long fits = parties.offer(kees, "Werken met het " + word, null, null, null);
        long other = parties.offer(parties.companyMember(parties.company("Ander " + suffix), "CONFIRMED", port),
                "Iets heel anders " + suffix, null, null, null);
        schedule.run(today);
        schedule.run(today);
        assertThat(mails.await(anna.email(), "zoekopdracht").body()).contains("Werken met het " + word,
                "http://localhost:8080/loket/aanbod/" + fits);
        assertThat(hits(searchId)).containsExactly(fits);

        long second = parties.offer(kees, "Nog een " + word, null, null, null);
        schedule.run(today);
        assertThat(hits(searchId)).containsExactly(fits, second);
        long sentToday = mails.count(anna.email(), "zoekopdracht");
        assertThat(sentToday).as("one for the search, one for the listing (both fit the offer)").isEqualTo(2);
        assertThat(mails.to(anna.email()).stream().noneMatch(m -> m.body().contains("Nog een " + word)))
                .as("not twice on one day").isTrue();

        schedule.run(today.plusDays(1));
        schedule.run(today.plusDays(1));
        assertThat(mails.count(anna.email(), "zoekopdracht")).isEqualTo(sentToday + 2);
        assertThat(mails.to(anna.email()).stream().filter(m -> m.body().contains("Nog een " + word)).count())
                .as("the next day, once per search").isEqualTo(2);
        assertThat(mails.to(anna.email()).stream().anyMatch(m -> m.body().contains("Iets heel anders")))
                .as("the listing search finds the other offer too, the word search not")
                .isTrue();
        assertThat(hits(searchId)).doesNotContain(other);
    }

    private java.util.List<Long> hits(long searchId) {
        return jdbc.sql("select listing_id from loket_saved_search_hit where saved_search_id = ? order by listing_id")
                .param(searchId).query(Long.class).list();
    }

    private String state(long id) {
        return jdbc.sql("select state from loket_activity where id = ?").param(id).query(String.class).single();
    }

    private int version(long id) {
        return jdbc.sql("select lock_version from loket_activity where id = ?").param(id).query(Integer.class).single();
    }

    private int sequence(long id) {
        return jdbc.sql("select sequence from loket_activity where id = ?").param(id).query(Integer.class).single();
    }

    private int audits(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'loket_activity' and entity_id = ?"
                + " and action = ?").params(String.valueOf(id), action).query(Integer.class).single();
    }
}
