package nl.techniekpact.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.techniekpact.PlatformIntegrationTest;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.monitor.ImportJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports always end DONE or FAILED: a job whose platform died while running it (no heartbeat for two minutes) is
 * marked FAILED with a message by any instance, a living one is left alone; a failure with a very large error list
 * keeps the first errors and counts all of them by code, so it is stored at all.
 */
@PlatformIntegrationTest
class ImportJobRecoveryIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    ImportJobStore jobs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobWithoutHeartbeatIsFailedWithAMessageAndALivingOneRunsOn() {
        long abandoned = runningJob("abandoned", "now() - interval '5 minutes'");
        long alive = runningJob("alive", "now() - interval '5 seconds'");

        imports.failAbandonedImports();

        ImportJob ended = jobs.find(abandoned).orElseThrow();
        assertThat(ended.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(ended.message()).contains("stopte onverwacht", "niets van geïmporteerd");
        assertThat(ended.finishedAt()).isNotNull();
        assertThat(jobs.find(alive).orElseThrow().state()).isEqualTo(ImportJob.State.RUNNING);

        jobs.heartbeat(alive);
        jobs.fail(alive, 0, List.of(), "done with the test");
    }

    @Test
    void aFailureWithThreeHundredThousandErrorsKeepsTheFirstAndCountsThemAllByCode() {
        long job = runningJob("many-errors", "now()");
        List<ImportError> errors = new ArrayList<>();
        for (int line = 2; line < 300_002; line++) {
            errors.add(ImportError.of("huge.csv", line, 1,
                    line % 1000 == 0 ? ImportError.Code.BAD_NUMBER : ImportError.Code.DUPLICATE_ROW, line));
        }

        jobs.fail(job, 300_000, errors, errors.size() + " fout(en); er is niets geïmporteerd.");

        ImportJob failed = jobs.find(job).orElseThrow();
        assertThat(failed.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(failed.errors()).hasSize(ImportJobStore.STORED_ERRORS);
        assertThat(failed.errors().getFirst().line()).isEqualTo(2);
        assertThat(failed.errorTotal()).isEqualTo(300_000);
        assertThat(failed.errorCounts()).containsEntry("BAD_NUMBER", 300).containsEntry("DUPLICATE_ROW", 299_700);
    }

    private long runningJob(String name, String heartbeat) {
        return jdbc.sql("""
                        insert into import_job (format, file_name, file_sha256, file_size, source_organisation, state,
                                                progress, heartbeat_at, started_at)
                        values ('csv', ?, ?, 1, 'test', 'RUNNING', 92, %s, now() - interval '10 minutes')
                        returning id""".formatted(heartbeat))
                .params(name + ".csv", UUID.randomUUID().toString()).query(Long.class).single();
    }
}
