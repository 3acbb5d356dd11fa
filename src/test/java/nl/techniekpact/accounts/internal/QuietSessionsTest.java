package nl.techniekpact.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** Which saves reach the JDBC repository: every one that would change the stored session, and no other. */
class QuietSessionsTest {

    private final Saving saving = new Saving();
    private final QuietSessions sessions = new QuietSessions(saving, Duration.ofMinutes(1));

    @Test
    void aNewSessionIsWrittenAndAPageViewAfterItIsNot() {
        QuietSessions.Tracked created = sessions.createSession();
        sessions.save(created);
        assertThat(saving.saved).hasSize(1);

        QuietSessions.Tracked read = sessions.findById(created.getId());
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(59));
        sessions.save(read);
        assertThat(saving.saved).as("only the access time, 59 s later").hasSize(1);
    }

    @Test
    void theAccessTimeIsWrittenOnceItIsAMinuteBehind() {
        String id = stored();
        QuietSessions.Tracked read = sessions.findById(id);
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(60));
        sessions.save(read);
        assertThat(saving.saved).hasSize(1);
        assertThat(saving.sessions.get(id).getLastAccessedTime()).isEqualTo(read.getLastAccessedTime());
    }

    @Test
    void everyOtherChangeIsWrittenAtOnce() {
        List<java.util.function.Consumer<Session>> changes = List.of(
                s -> s.setAttribute("SPRING_SECURITY_CONTEXT", "signed in"),
                s -> s.removeAttribute("org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN"),
                Session::changeSessionId,
                s -> s.setMaxInactiveInterval(Duration.ofMinutes(5)));
        for (var change : changes) {
            String id = stored();
            int before = saving.saved.size();
            QuietSessions.Tracked read = sessions.findById(id);
            read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(1));
            change.accept(read);
            sessions.save(read);
            assertThat(saving.saved).hasSize(before + 1);
        }
    }

    @Test
    void theSameTimeoutAgainIsNoChange() {
        String id = stored();
        QuietSessions.Tracked read = sessions.findById(id);
        read.setMaxInactiveInterval(read.getMaxInactiveInterval());
        sessions.save(read);
        assertThat(saving.saved).isEmpty();
    }

    @Test
    void aSessionSavedTwiceInOneRequestIsWrittenOnceForOneChange() {
        String id = stored();
        QuietSessions.Tracked read = sessions.findById(id);
        read.setAttribute("a", "b");
        sessions.save(read);
        sessions.save(read);
        assertThat(saving.saved).hasSize(1);
    }

    @Test
    void readsAndDeletesGoToTheRepository() {
        String id = stored();
        assertThat(sessions.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                "someone@example.org")).containsOnlyKeys(id);
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void withinARequestTheLookUpAfterSavingGetsTheSavedSessionAndAfterItTheStoreIsReadAgain() throws Exception {
        String id = stored();
        new QuietSessions.RequestScope().doFilter(new org.springframework.mock.web.MockHttpServletRequest(),
                new org.springframework.mock.web.MockHttpServletResponse(), (request, response) -> {
                    QuietSessions.Tracked read = sessions.findById(id);
                    sessions.save(read);
                    assertThat(sessions.findById(id)).isSameAs(read);
                    sessions.deleteById(id);
                    assertThat(sessions.findById(id)).as("deleted in this request").isNull();
                });
        assertThat(saving.reads).isEqualTo(2);
        stored(id);
        assertThat(sessions.findById(id)).isNotNull();
        assertThat(saving.reads).as("the next request reads the store").isEqualTo(3);
    }

    private String stored() {
        return stored(null);
    }

    private String stored(String withId) {
        MapSession session = withId == null ? new MapSession() : new MapSession(withId);
        session.setLastAccessedTime(Instant.parse("2026-12-04T10:00:00Z"));
        session.setAttribute("principal", "someone@example.org");
        saving.sessions.put(session.getId(), session);
        return session.getId();
    }

    /** Sessions in a map, each save recorded; a session read is a copy, as from a database. */
    private static final class Saving implements FindByIndexNameSessionRepository<Session> {

        final Map<String, MapSession> sessions = new HashMap<>();
        final List<String> saved = new ArrayList<>();
        int reads;

        @Override
        public Session createSession() {
            return new MapSession();
        }

        @Override
        public void save(Session session) {
            saved.add(session.getId());
            MapSession copy = new MapSession(session);
            sessions.values().removeIf(s -> s.getOriginalId().equals(((MapSession) session).getOriginalId()));
            sessions.put(session.getId(), copy);
        }

        @Override
        public Session findById(String id) {
            reads++;
            MapSession stored = sessions.get(id);
            return stored == null ? null : new MapSession(stored);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, Session> found = new HashMap<>();
            sessions.forEach((id, s) -> {
                if (indexValue.equals(s.getAttribute("principal"))) {
                    found.put(id, new MapSession(s));
                }
            });
            return found;
        }
    }
}
