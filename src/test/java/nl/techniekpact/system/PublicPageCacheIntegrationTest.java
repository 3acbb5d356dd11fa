package nl.techniekpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.techniekpact.Http;
import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.TestUsers;
import nl.techniekpact.WebSession;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundTasks;
import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.NewRound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Anonymous public pages come from the page cache until published content changes; signed-in users never. */
@PlatformIntegrationTest
class PublicPageCacheIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Accounts accounts;
    @Autowired
    ReportingRounds rounds;
    @Autowired
    RoundTasks tasks;

    @Test
    void servesAnonymousPagesFromTheCacheUntilAnApprovalChangesThem() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A21");
        var cached = anonymous.get("/actions/2013-A21");
        assertThat(cached.headers().firstValue("X-Page-Cache")).contains("hit");
        assertThat(cached.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(cached.headers().firstValue("X-Frame-Options")).contains("DENY");

        var office = accounts.byId(users.create(Role.OFFICE, "office").id()).orElseThrow();
        var owner = accounts.byId(users.create(Role.OWNER, "partner:szw").id()).orElseThrow();   // owns 2013-A21
        String name = "Cache " + UUID.randomUUID().toString().substring(0, 6);
        var round = rounds.open(office, new NewRound(name, LocalDate.now(), LocalDate.now().plusDays(5), 1,
                List.of("2013-A21"), List.of()));
        var task = tasks.tasksOfRound(round.id()).get(0);
        tasks.submit(owner, task.id(), new ActionUpdate("COMPLETED", "Regeling vastgesteld in " + name, null, null,
                List.of(), List.of(), List.of()), 0);
        assertThat(anonymous.get("/actions/2013-A21").body()).as("submitted is not yet published")
                .doesNotContain("Regeling vastgesteld in " + name);
        tasks.approve(office, task.id(), 1);

        var fresh = anonymous.get("/actions/2013-A21");
        assertThat(fresh.headers().firstValue("X-Page-Cache")).contains("miss");
        assertThat(fresh.body()).contains("Regeling vastgesteld in " + name, "tp-status--COMPLETED");
    }

    @Test
    void signedInUsersAndLanguageSwitchesBypassTheCache() {
        Http anonymous = new Http(port);
        anonymous.get("/regions/TL03");
        assertThat(anonymous.get("/regions/TL03").headers().firstValue("X-Page-Cache")).contains("hit");

        var reader = users.create(Role.READER, "office");
        WebSession session = new WebSession(port);
        session.login(reader.email(), TestUsers.PASSWORD);
        var signedIn = session.get("/regions/TL03");
        assertThat(signedIn.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(signedIn.body()).contains("Uitloggen");

        var english = anonymous.get("/regions/TL03?lang=en");
        assertThat(english.headers().firstValue("X-Page-Cache")).isEmpty();
        assertThat(english.body()).contains("<html lang=\"en\"");
        assertThat(anonymous.get("/regions/TL03").body()).contains("<html lang=\"nl\"");
        assertThat(anonymous.get("/search?q=techniek").headers().firstValue("X-Page-Cache")).isEmpty();
    }

    @Test
    void junkQueryStringsNeitherFillNorFlushTheCache() {
        Http anonymous = new Http(port);
        anonymous.get("/actions/2013-A02");
        assertThat(anonymous.get("/actions/2013-A02").headers().firstValue("X-Page-Cache")).contains("hit");
        for (int i = 0; i < 2_100; i++) {
            var junk = anonymous.get("/actions/2013-A02?x=" + i);
            assertThat(junk.headers().firstValue("X-Page-Cache")).as("request %d", i).isEmpty();
        }
        assertThat(anonymous.get("/actions/2013-A02").headers().firstValue("X-Page-Cache")).contains("hit");
    }
}
