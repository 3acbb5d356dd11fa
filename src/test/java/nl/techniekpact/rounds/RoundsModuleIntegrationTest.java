package nl.techniekpact.rounds;

import nl.techniekpact.TestPlatformProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import nl.techniekpact.accounts.Accounts;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Role;
import nl.techniekpact.rounds.RoundViews.NewRound;
import nl.techniekpact.rounds.RoundViews.Round;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.rounds.RoundViews.TaskState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The rounds module started as a Spring Modulith slice in BootstrapMode.ALL_DEPENDENCIES: rounds plus the
 * modules it uses (the log lists pact, audit, accounts, system – rounds' services take PactRefs, PactUpdates,
 * Permissions, Accounts, Audit and the embedded database), without monitor, reports, charts or importers.
 * DIRECT_DEPENDENCIES was not tried: with these dependencies it would pull in the same modules. The programme
 * office (the bootstrap admin) opens a round for two actions through {@link ReportingRounds} and reads its
 * tasks back.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@TestPlatformProperties
class RoundsModuleIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

    @Autowired
    ReportingRounds rounds;
    @Autowired
    Accounts accounts;

    @Test
    void theOfficeOpensARoundAndItsTasksAreThere() {
        CurrentUser office = accounts.byEmail("office-bootstrap@example.org").orElseThrow();
        assertThat(office.role()).isEqualTo(Role.OFFICE);
        String name = "Module slice " + UUID.randomUUID().toString().substring(0, 8);

        Round round = rounds.open(office, new NewRound(name, LocalDate.now(), LocalDate.now().plusDays(30), 7,
                List.of("2013-A02", "2013-A16"), List.of()));

        assertThat(round.name()).isEqualTo(name);
        assertThat(round.state()).isEqualTo(RoundViews.RoundState.OPEN);
        assertThat(round.tasks()).isEqualTo(2);
        assertThat(round.approved()).isZero();
        assertThat(rounds.round(round.id())).contains(round);
        List<Task> tasks = rounds.progress(round.id());
        assertThat(tasks).extracting(Task::itemId).containsExactlyInAnyOrder("2013-A02", "2013-A16");
        assertThat(tasks).allSatisfy(task -> {
            assertThat(task.roundId()).isEqualTo(round.id());
            assertThat(task.roundName()).isEqualTo(name);
            assertThat(task.state()).isEqualTo(TaskState.MISSING);
            assertThat(task.isItem()).isTrue();
            assertThat(task.itemLabel()).isNotBlank();
        });
    }
}
