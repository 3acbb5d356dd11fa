package nl.techniekpact.schemes.finder;

/**
 * Where the person lives or works, resolved to the pact's regions: a municipality (null when only a province was
 * given), its province and the Techniekpact landsdeel the pact's regions place that province in (null where the
 * seeds assign it to none). {@link #NATIONWIDE}: the person gave no place.
 */
public record Locality(String municipalityCode, String municipalityName, String provinceCode, String provinceName,
                       String landsdeelCode, String landsdeelName) {

    public static final Locality NATIONWIDE = new Locality(null, null, null, null, null, null);

    public boolean nationwide() {
        return provinceCode == null;
    }
}
