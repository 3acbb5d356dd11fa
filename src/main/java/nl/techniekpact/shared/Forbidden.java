package nl.techniekpact.shared;

/** A write the signed-in user's role or scope does not allow; answered with 403 and nothing stored. */
public class Forbidden extends RuntimeException {

    public Forbidden(String what) {
        super("Not allowed: " + what);
    }
}
