package nl.techniekpact.importers;

/**
 * The regions one municipality belonged to in the classification of {@code year}, as one crosswalk row
 * states them. {@code labourMarketRegionCode} (and its name) is null before 2014, when arbeidsmarktregio's
 * did not exist yet.
 */
public record MunicipalityRegions(int line, String municipalityCode, String municipalityName, int year,
        String provinceCode, String provinceName, String labourMarketRegionCode, String labourMarketRegionName,
        String coropCode, String coropName) {
}
