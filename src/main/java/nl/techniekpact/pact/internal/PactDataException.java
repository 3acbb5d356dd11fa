package nl.techniekpact.pact.internal;

/** A pact data file that cannot be loaded; the message names the file and the problem. */
class PactDataException extends RuntimeException {

    PactDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
