package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The municipal reorganisations from 2017 on that a 2016 division must follow: which 2016 municipalities a
 * municipality of a later year is made of. The CBS crosswalk holds each code's last year but not where a
 * municipality went, so the changes are listed here (CBS, "Gemeentelijke indelingen per jaar"). Checked against the
 * crosswalk (every predecessor's last year is the year before its merger; see RegionDivisionImportIntegrationTest)
 * and against the GeoNames 2017 postcode centroids inside the 2023 boundaries (ADR 0009). Boundary corrections
 * between municipalities that go on existing are too small to matter and are not listed.
 */
final class RegionDivisionMergers {

    /**
     * On 1 January of {@code year}, {@code into} takes in the whole of {@code whole} and a part of each of
     * {@code parts} (municipalities divided over several others); {@code continuing}: {@code into} existed before
     * and keeps its own territory, otherwise it is a new municipality.
     */
    record Merger(int year, String into, boolean continuing, List<String> whole, List<String> parts) {
    }

    static final List<Merger> ALL = List.of(
            merger(2017, "1948", "0844 0846 0860", ""),             // Meierijstad
            merger(2018, "1950", "0007 0048", ""),                  // Westerwolde
            merger(2018, "1952", "0018 0040 1987", ""),             // Midden-Groningen
            merger(2018, "1949", "0063 0070 1908", "0140"),         // Waadhoeke (+ part of Littenseradiel)
            joins(2018, "0080", "0081", "0140"),                    // Leeuwarden
            joins(2018, "1900", "", "0140"),                        // Súdwest-Fryslân
            joins(2018, "0299", "0196", ""),                        // Zevenaar
            merger(2019, "1966", "0005 1651 1663", "0053"),         // Het Hogeland (+ most of Winsum)
            merger(2019, "1969", "0015 0022 0025 0056", "0053"),    // Westerkwartier
            joins(2019, "0014", "0009 0017", ""),                   // Groningen
            merger(2019, "1970", "0058 0079 1722", ""),             // Noardeast-Fryslân
            merger(2019, "1960", "0236 0304 0733", ""),             // West Betuwe
            joins(2019, "0394", "0393", ""),                        // Haarlemmermeer
            merger(2019, "1961", "0545 0620 0707", ""),             // Vijfheerenlanden
            joins(2019, "0575", "0576", ""),                        // Noordwijk
            merger(2019, "1963", "0584 0585 0588 0611 0617", ""),   // Hoeksche Waard
            merger(2019, "1978", "0689 1927", ""),                  // Molenlanden
            merger(2019, "1959", "0738 0870 0874", ""),             // Altena
            merger(2019, "1954", "0881 0951 0962", ""),             // Beekdaelen
            merger(2021, "1979", "0003 0010 0024", ""),             // Eemsdelta
            joins(2021, "0757", "", "0788"),                        // Boxtel (+ part of Haaren)
            joins(2021, "0824", "", "0788"),                        // Oisterwijk
            joins(2021, "0855", "", "0788"),                        // Tilburg
            joins(2021, "0865", "", "0788"),                        // Vught
            joins(2022, "0439", "0370", ""),                        // Purmerend
            merger(2022, "1980", "0398 0416", ""),                  // Dijk en Waard
            merger(2022, "1982", "0756 0786 0815 1684 1702", ""),   // Land van Cuijk
            merger(2022, "1991", "0856 1685", ""),                  // Maashorst
            joins(2023, "0363", "0457", ""),                        // Amsterdam (Weesp, March 2022)
            merger(2023, "1992", "0501 0530 0614", ""));            // Voorne aan Zee

    private RegionDivisionMergers() {
    }

    static List<Merger> of(int year) {
        return ALL.stream().filter(m -> m.year() == year).toList();
    }

    private static Merger merger(int year, String into, String whole, String parts) {
        return new Merger(year, "GM" + into, false, codes(whole), codes(parts));
    }

    private static Merger joins(int year, String into, String whole, String parts) {
        return new Merger(year, "GM" + into, true, codes(whole), codes(parts));
    }

    private static List<String> codes(String numbers) {
        List<String> codes = new ArrayList<>();
        Arrays.stream(numbers.split(" ")).filter(s -> !s.isBlank()).forEach(n -> codes.add("GM" + n));
        return List.copyOf(codes);
    }
}
