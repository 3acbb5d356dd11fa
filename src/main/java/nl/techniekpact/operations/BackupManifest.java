package nl.techniekpact.operations;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds: the schema version it was taken at and, per table, the rows and the SHA-256 of its data.
 * Everything the platform keeps is in the database (uploads, reports, factsheets, imports' files and the
 * open-data bundle's load state included); its configuration is the operator's environment, not data.
 */
public record BackupManifest(int format, String schemaVersion, Instant takenAt, List<Table> tables) {

    public static final int FORMAT = 1;

    public record Table(String name, long rows, String sha256) {
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
