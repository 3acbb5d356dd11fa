package nl.techniekpact.operations;

/** A backup that cannot be restored here, with the reason in words for the operator. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }
}
