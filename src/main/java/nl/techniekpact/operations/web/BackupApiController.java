package nl.techniekpact.operations.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.operations.PlatformBackup;
import nl.techniekpact.shared.Forbidden;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A backup of the running platform, for the programme office's operators (an office API token). */
@RestController
@Tag(name = "Beheer / operations")
class BackupApiController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final PlatformBackup backups;
    private final CurrentUsers users;
    private final Permissions permissions;
    private final Audit audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BackupApiController(PlatformBackup backups, CurrentUsers users, Permissions permissions, Audit audit,
                        TransactionTemplate transaction, Clock clock) {
        this.backups = backups;
        this.users = users;
        this.permissions = permissions;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Operation(summary = "A backup of the whole platform as one zip (restore: java -jar techniekpact.jar restore FILE)")
    @GetMapping("/api/v1/office/backup")
    void backup(HttpServletResponse response) throws IOException, SQLException {
        CurrentUser user = users.require();
        if (!permissions.isOffice(user)) {
            throw new Forbidden("backups are for the programme office");
        }
        String name = "techniekpact-backup-" + STAMP.format(clock.instant()) + ".zip";
        transaction.executeWithoutResult(s -> audit.record(new Actor(user.id(), user.email()), "platform.backup",
                "platform", name, null, Map.of("file", name)));
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        backups.write(response.getOutputStream());
    }
}
