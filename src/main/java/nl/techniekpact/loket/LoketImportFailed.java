package nl.techniekpact.loket;

import java.util.List;

import nl.techniekpact.importers.ImportError;

/** A Loket import that stored nothing, with every error found (file, line, column, code). */
public class LoketImportFailed extends RuntimeException {

    private final List<ImportError> errors;

    public LoketImportFailed(List<ImportError> errors) {
        super(errors.size() + " error(s), first: " + (errors.isEmpty() ? "-" : errors.get(0).message()));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
