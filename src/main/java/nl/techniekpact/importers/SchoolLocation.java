package nl.techniekpact.importers;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a DUO school register, as {@link SchoolRegisterReader} reads it. Text fields are trimmed and null
 * where the register leaves them blank (DUO writes a single space for an empty phone number or website).
 *
 * @param line             the 1-based line of the row in its file
 * @param institutionCode  the 4-character instellingscode, formerly BRIN number ({@code 32JK})
 * @param locationCode     the 6-character vestigingscode: the institution code and a 2-digit sequence number
 *                         ({@code 32JK00}); null in a register of institutions (hoofdvestigingen, mbo-instellingen),
 *                         which has no location column and one row per institution
 * @param postcode         as {@code 1234 AB}
 * @param municipalityCode the CBS municipality number, four digits zero-padded ({@code 0363})
 * @param holidayRegion    null where the register has no {@code VAKANTIEREGIO} column (older layouts) or the cell
 *                         is blank
 * @param levels           {@code PO} for primary schools, {@code MBO} for mbo institutions, for secondary schools the
 *                         school types of {@code ONDERWIJSSTRUCTUUR} (empty where DUO leaves it blank)
 */
public record SchoolLocation(int line, String institutionCode, String locationCode, String name, String street,
        String houseNumber, String postcode, String place, String municipalityCode, String municipalityName,
        String province, String website, String phone, String denomination, HolidayRegion holidayRegion,
        Set<Level> levels) {

    /** The school types the Loket matches on; VBO and MAVO in older files are both {@code VMBO}. */
    public enum Level { PO, VMBO, HAVO, VWO, PRO, MBO }

    /** The school-holiday region the location belongs to. */
    public enum HolidayRegion { NOORD, MIDDEN, ZUID }

    public SchoolLocation {
        Objects.requireNonNull(institutionCode, "institutionCode");
        Objects.requireNonNull(name, "name");
        levels = unmodifiable(levels);
    }

    /** The location code, or for a register of institutions the institution code: unique within one file. */
    public String key() {
        return locationCode != null ? locationCode : institutionCode;
    }

    private static Set<Level> unmodifiable(Collection<Level> levels) {
        if (levels == null || levels.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }
}
