package nl.techniekpact.skills.internal;

/** ESCO's URIs of the ISCO-08 groups: {@code http://data.europa.eu/esco/isco/C2512} for group 2512. */
final class IscoGroups {

    private IscoGroups() {
    }

    static String uri(String code) {
        return "http://data.europa.eu/esco/isco/C" + code;
    }
}
