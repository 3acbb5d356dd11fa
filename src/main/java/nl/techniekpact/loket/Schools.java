package nl.techniekpact.loket;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.importers.ParseResult;
import nl.techniekpact.importers.SchoolLocation;
import nl.techniekpact.importers.SchoolRegisterReader;
import nl.techniekpact.importers.SourceFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of the Loket: every location in DUO's registers (primary, secondary, mbo), identified by its
 * location code ({@code 32JK00}: institution code and sequence number). A register is imported whole and
 * all-or-nothing: new locations are added, known ones updated, and those of the same register that the file no
 * longer lists are kept (their activities stay counted) but marked as no longer in the register.
 */
@Service
public class Schools {

    /** One school location. {@code levels}: PO, VMBO, HAVO, VWO, PRO, MBO. */
    public record School(long id, String locationCode, String institutionCode, String register, Set<String> levels,
                         String name, String street, String houseNumber, String postcode, String place,
                         String municipalityCode, String province, String website, String holidayRegion,
                         int travelKm, boolean inRegister) {

        /** The internet domain of the school's website ({@code deborgh.nl}), or null. */
        public String domain() {
            return Domains.of(website);
        }

        public String address() {
            return String.join(" ", nonNull(street), nonNull(houseNumber)).strip() + ", "
                    + String.join(" ", nonNull(postcode), nonNull(place)).strip();
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }

    /** What an import did. */
    public record ImportResult(int added, int updated, int leftRegister) {
    }

    private static final String COLUMNS = """
            id, location_code, institution_code, register, levels, name, street, house_number, postcode, place,
            municipality_code, province, website, holiday_region, travel_km, in_register""";

    private final JdbcClient jdbc;
    private final Audit audit;

    Schools(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Imports one DUO register file.
     *
     * @throws LoketImportFailed with every error (file, line, column) when the file does not read; nothing is
     *                           stored then
     */
    @Transactional
    public ImportResult importRegister(SchoolRegisterReader.Sector sector, String fileName, byte[] content,
                                       Actor actor) {
        ParseResult<SchoolLocation> parsed = new SchoolRegisterReader(sector).parse(SourceFile.of(fileName, content));
        if (parsed.hasErrors()) {
            throw new LoketImportFailed(parsed.errors());
        }
        Set<String> known = new HashSet<>(jdbc.sql("select location_code from loket_school where register = ?")
                .param(sector.name()).query(String.class).list());
        int added = 0;
        int updated = 0;
        Set<String> seen = new HashSet<>();
        for (SchoolLocation row : parsed.rows()) {
            String code = row.key();
            seen.add(code);
            String[] levels = row.levels().stream().map(Enum::name).toArray(String[]::new);
            int changed = jdbc.sql("""
                            insert into loket_school (location_code, institution_code, register, levels, name, street,
                                                      house_number, postcode, pc4, place, municipality_code, province,
                                                      website, phone, holiday_region, source_file)
                            values (:code, :institution, :register, :levels, :name, :street, :house, :postcode, :pc4,
                                    :place, :municipality, :province, :website, :phone, :holiday, :file)
                            on conflict (location_code) do update set institution_code = excluded.institution_code,
                                register = excluded.register, levels = excluded.levels, name = excluded.name,
                                street = excluded.street, house_number = excluded.house_number,
                                postcode = excluded.postcode, pc4 = excluded.pc4, place = excluded.place,
                                municipality_code = excluded.municipality_code, province = excluded.province,
                                website = excluded.website, phone = excluded.phone,
                                holiday_region = excluded.holiday_region, source_file = excluded.source_file,
                                in_register = true, updated_at = now()""")
                    .param("code", code).param("institution", row.institutionCode()).param("register", sector.name())
                    .param("levels", levels).param("name", row.name()).param("street", row.street())
                    .param("house", row.houseNumber()).param("postcode", row.postcode())
                    .param("pc4", row.postcode() == null ? null : row.postcode().substring(0, 4))
                    .param("place", row.place())
                    .param("municipality", row.municipalityCode() == null ? null : "GM" + row.municipalityCode())
                    .param("province", row.province()).param("website", row.website()).param("phone", row.phone())
                    .param("holiday", row.holidayRegion() == null ? null : row.holidayRegion().name())
                    .param("file", fileName).update();
            if (changed > 0) {
                if (known.contains(code)) {
                    updated++;
                } else {
                    added++;
                }
            }
        }
        List<String> gone = new ArrayList<>(known);
        gone.removeAll(seen);
        if (!gone.isEmpty()) {
            jdbc.sql("update loket_school set in_register = false, updated_at = now() where location_code = any(?)")
                    .param(gone.toArray(String[]::new)).update();
        }
        ImportResult result = new ImportResult(added, updated, gone.size());
        audit.record(actor, "loket.school.import", "loket_register", sector.name(), null,
                Map.of("file", fileName, "added", added, "updated", updated, "leftRegister", gone.size()));
        return result;
    }

    public Optional<School> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from loket_school where id = ?").param(id).query(Schools::school)
                .optional();
    }

    public Optional<School> byLocationCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from loket_school where location_code = ?")
                .param(code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).query(Schools::school).optional();
    }

    /** Schools whose name, place or location code contains the words of {@code query}; at most {@code limit}. */
    public List<School> find(String query, int limit) {
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            if (params.size() >= 10) {
                break;
            }
            where.append(" and lower(name || ' ' || coalesce(place, '') || ' ' || location_code) like ?");
            params.add("%" + nl.techniekpact.shared.Text.likeEscaped(word) + "%");
        }
        params.add(Math.max(1, Math.min(limit, 100)));
        return jdbc.sql("select " + COLUMNS + " from loket_school where " + where + " order by name, place limit ?")
                .params(params).query(Schools::school).list();
    }

    /** How many locations each register holds (in the register now). */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("select register, count(*) from loket_school where in_register group by register")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    private static School school(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Set<String> levels = new TreeSet<>(List.of((String[]) rs.getArray("levels").getArray()));
        return new School(rs.getLong("id"), rs.getString("location_code"), rs.getString("institution_code"),
                rs.getString("register"), levels, rs.getString("name"), rs.getString("street"),
                rs.getString("house_number"), rs.getString("postcode"), rs.getString("place"),
                rs.getString("municipality_code"), rs.getString("province"), rs.getString("website"),
                rs.getString("holiday_region"), rs.getInt("travel_km"), rs.getBoolean("in_register"));
    }
}
