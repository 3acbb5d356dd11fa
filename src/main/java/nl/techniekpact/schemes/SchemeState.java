package nl.techniekpact.schemes;

/**
 * A scheme with what the catalogue keeps beside it: the pact region a provincial or regional scheme belongs to
 * (a code of the pact's regions, null otherwise). This is the state a change proposes and the history keeps.
 */
public record SchemeState(Scheme scheme, String regionCode) {

    public String slug() {
        return scheme.slug();
    }
}
