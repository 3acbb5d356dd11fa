package nl.techniekpact.monitor.internal;

import java.util.List;

import nl.techniekpact.importers.ImportError;

/** Thrown inside an import's transaction so it rolls back; carries the errors for the job's report. */
final class ImportFailed extends RuntimeException {

    private final transient List<ImportError> errors;
    private final int rowsRead;

    ImportFailed(List<ImportError> errors, int rowsRead) {
        super(errors.size() + " error(s)", null, false, false);
        this.errors = List.copyOf(errors);
        this.rowsRead = rowsRead;
    }

    List<ImportError> errors() {
        return errors;
    }

    int rowsRead() {
        return rowsRead;
    }
}
