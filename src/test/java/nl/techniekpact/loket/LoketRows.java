package nl.techniekpact.loket;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the Loket written straight into its tables, for tests that need schools, companies, listings and
 * activities in a given state without going through the workflows (another part of the Loket writes those).
 * Every code and number carries a random part, so test classes can share the database.
 */
final class LoketRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    private final JdbcClient jdbc;

    LoketRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A school location of {@code register} (PO, VO, MBO) in {@code municipality}, with a telephone number. */
    long school(String register, String municipality, boolean inRegister) {
        int n = SEQUENCE.incrementAndGet();
        String levels = switch (register) {
            case "PO" -> "{PO}";
            case "VO" -> "{VMBO,HAVO}";
            default -> "{MBO}";
        };
        return jdbc.sql("""
                        insert into loket_school (location_code, institution_code, register, levels, name, place,
                                                  municipality_code, phone, in_register, source_file)
                        values (?, ?, ?, ?::text[], ?, 'Teststad', ?, '030 1112223', ?, 'test') returning id""")
                .params("T" + n, "T" + (n % 10_000), register, levels, "Testschool " + n, municipality, inRegister)
                .query(Long.class).single();
    }

    /** An active company with SBI code {@code sbi} in {@code municipality}. */
    long company(String sbi, String municipality) {
        int n = SEQUENCE.incrementAndGet();
        String kvk = String.valueOf(10_000_000 + Math.floorMod(n * 7919L + System.nanoTime(), 89_999_999L));
        return jdbc.sql("""
                        insert into loket_company (kvk_number, name, sbi_code, street, house_number, postcode, pc4,
                                                   place, municipality_code, organisation_id, state)
                        values (?, ?, ?, 'Teststraat', '1', '3511AB', '3511', 'Teststad', ?, ?, 'ACTIVE')
                        returning id""")
                .params(kvk, "Testbedrijf " + n, sbi, municipality, "company:test-" + UUID.randomUUID())
                .query(Long.class).single();
    }

    /** A contact person of a school or company, with the details that must never be published. */
    void member(Long school, Long company, String name, String email, String phone) {
        jdbc.sql("""
                        insert into loket_member (user_id, school_id, company_id, name, email, phone, state)
                        values (?, ?, ?, ?, ?, ?, 'CONFIRMED')""")
                .params(UUID.randomUUID(), school, company, name, email, phone).update();
    }

    /** A published offer of a company. */
    long offer(long company, String title) {
        return listing("OFFER", company, null, title);
    }

    /** A published request of a school. */
    long request(long school, String title) {
        return listing("REQUEST", null, school, title);
    }

    private long listing(String side, Long company, Long school, String title) {
        return jdbc.sql("""
                        insert into loket_listing (side, company_id, school_id, title, activity_type, levels, subjects,
                                                   venues, travel_km, description, state, created_by)
                        values (?, ?, ?, ?, 'GASTLES', '{VMBO}', '{techniek}', '{AT_SCHOOL}', 25,
                                'Bel Geheime Contactpersoon niet', 'PUBLISHED', ?) returning id""")
                .params(side, company, school, title, UUID.randomUUID()).query(Long.class).single();
    }

    /** An activity on {@code offer} between a school and a company, in {@code state}, held on {@code heldOn}. */
    long activity(long school, long company, long offer, String type, String state, LocalDate heldOn) {
        return jdbc.sql("""
                        insert into loket_activity (uid, offer_id, school_id, company_id, activity_type, proposed_by,
                                                    state, held_on, proposed_on)
                        values (?, ?, ?, ?, ?, 'COMPANY', ?, ?, coalesce(?, current_date)) returning id""")
                .params(UUID.randomUUID(), offer, school, company, type, state, heldOn, heldOn).query(Long.class)
                .single();
    }

    /** Locations of {@code register} in the register in {@code municipality} (the DUO register's own among them). */
    int inRegister(String register, String municipality) {
        return jdbc.sql("select count(*) from loket_school where register = ? and municipality_code = ? and in_register")
                .params(register, municipality).query(Integer.class).single();
    }
}
