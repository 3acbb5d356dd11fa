package nl.techniekpact.importers;

import java.util.List;
import java.util.Set;

/**
 * The 21 sections (A–U) of SBI 2008, the Dutch edition of NACE Rev. 2, with their CBS Dutch and NACE English names,
 * and which activities the platform counts as technical.
 *
 * <p>The technical flag is the platform's default, not a classification of CBS or KvK: sections B (mining),
 * C (manufacturing), D (energy), E (water and waste) and F (construction) as a whole, and within J the ICT divisions
 * 61–63 (telecommunications, IT services, information services) and within M the divisions 71–72 (engineering and
 * technical testing, research and development). The programme office may override it per code.
 */
public final class SbiSections {

    /**
     * One section. {@code technical} is the default for the whole section; J and M are not technical as a whole,
     * only some of their divisions ({@link #technicalByDefault}).
     */
    public record Section(String letter, String dutchName, String englishName, boolean technical) {
    }

    /** KvK's codes outside SBI ("code nog niet vastgesteld", "geen bedrijfsactiviteiten"): no section. */
    static final Set<String> WITHOUT_SECTION = Set.of("0001", "0002");

    private static final List<Section> ALL = List.of(
            new Section("A", "Landbouw, bosbouw en visserij", "Agriculture, forestry and fishing", false),
            new Section("B", "Delfstoffenwinning", "Mining and quarrying", true),
            new Section("C", "Industrie", "Manufacturing", true),
            new Section("D", "Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht",
                    "Electricity, gas, steam and air conditioning supply", true),
            new Section("E", "Winning en distributie van water; afval- en afvalwaterbeheer en sanering",
                    "Water supply; sewerage, waste management and remediation activities", true),
            new Section("F", "Bouwnijverheid", "Construction", true),
            new Section("G", "Groot- en detailhandel; reparatie van auto's",
                    "Wholesale and retail trade; repair of motor vehicles and motorcycles", false),
            new Section("H", "Vervoer en opslag", "Transportation and storage", false),
            new Section("I", "Logies-, maaltijd- en drankverstrekking", "Accommodation and food service activities", false),
            new Section("J", "Informatie en communicatie", "Information and communication", false),
            new Section("K", "Financiële instellingen", "Financial and insurance activities", false),
            new Section("L", "Verhuur van en handel in onroerend goed", "Real estate activities", false),
            new Section("M", "Advisering, onderzoek en overige specialistische zakelijke dienstverlening",
                    "Professional, scientific and technical activities", false),
            new Section("N", "Verhuur van roerende goederen en overige zakelijke dienstverlening",
                    "Administrative and support service activities", false),
            new Section("O", "Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen",
                    "Public administration and defence; compulsory social security", false),
            new Section("P", "Onderwijs", "Education", false),
            new Section("Q", "Gezondheids- en welzijnszorg", "Human health and social work activities", false),
            new Section("R", "Cultuur, sport en recreatie", "Arts, entertainment and recreation", false),
            new Section("S", "Overige dienstverlening", "Other service activities", false),
            new Section("T", "Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door "
                    + "huishoudens voor eigen gebruik", "Activities of households as employers; undifferentiated goods- "
                    + "and services-producing activities of households for own use", false),
            new Section("U", "Extraterritoriale organisaties en lichamen",
                    "Activities of extraterritorial organisations and bodies", false));

    /** First and last division of each section, in the order of {@link #ALL}. */
    private static final int[][] DIVISIONS = {{1, 3}, {5, 9}, {10, 33}, {35, 35}, {36, 39}, {41, 43}, {45, 47},
            {49, 53}, {55, 56}, {58, 63}, {64, 66}, {68, 68}, {69, 75}, {77, 82}, {84, 84}, {85, 85}, {86, 88},
            {90, 93}, {94, 96}, {97, 98}, {99, 99}};

    private SbiSections() {
    }

    public static List<Section> all() {
        return ALL;
    }

    /** The section with {@code letter} ({@code "C"}), or null. */
    public static Section of(String letter) {
        return ALL.stream().filter(s -> s.letter().equals(letter)).findFirst().orElse(null);
    }

    /**
     * The section letter of an SBI code by its division (first two digits): {@code "6201"} → {@code "J"}; null for
     * KvK's {@code 0001} and {@code 0002}, for a division SBI 2008 does not have ({@code 04}, {@code 34} …) and for
     * anything that does not start with two digits.
     */
    public static String sectionOf(String code) {
        Integer division = division(code);
        if (division == null || WITHOUT_SECTION.contains(code)) {
            return null;
        }
        for (int i = 0; i < DIVISIONS.length; i++) {
            if (division >= DIVISIONS[i][0] && division <= DIVISIONS[i][1]) {
                return ALL.get(i).letter();
            }
        }
        return null;
    }

    /** Whether the platform counts the activity of {@code code} as technical unless the office says otherwise. */
    public static boolean technicalByDefault(String code) {
        String letter = sectionOf(code);
        if (letter == null) {
            return false;
        }
        int division = division(code);
        return of(letter).technical() || (division >= 61 && division <= 63) || division == 71 || division == 72;
    }

    private static Integer division(String code) {
        if (code == null || code.length() < 2 || !isDigit(code.charAt(0)) || !isDigit(code.charAt(1))) {
            return null;
        }
        return (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
