package nl.techniekpact.loket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.techniekpact.accounts.SelfRegistrations;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.importers.KvkNumber;
import nl.techniekpact.importers.PostcodeFormat;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.Text;
import nl.techniekpact.system.MailOutbox;
import nl.techniekpact.system.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining the Loket: a company registers itself (with its first contact's account), a school's staff member
 * claims their school location. Both get an e-mail with a single-use link; opening it confirms the address. A
 * company is then active; school staff whose address is on the school's own domain are confirmed, others wait
 * for the programme office.
 */
@Service
public class Enrolments {

    /** What a company fills in. */
    public record CompanyForm(String kvkNumber, String name, String sbiCode, String street, String houseNumber,
                              String postcode, String place, String website, String travelKm, String contactName,
                              String email, String phone, String password, String passwordConfirmation) {
    }

    /** What a school's staff member fills in to claim their location. */
    public record ClaimForm(String locationCode, String contactName, String email, String phone, String password,
                            String passwordConfirmation) {
    }

    /** The result of opening a confirmation link. */
    public enum Confirmation { COMPANY_ACTIVE, SCHOOL_CONFIRMED, SCHOOL_AWAITS_OFFICE, INVALID }

    private final JdbcClient jdbc;
    private final SelfRegistrations registrations;
    private final Members members;
    private final Schools schools;
    private final Companies companies;
    private final Places places;
    private final MailOutbox mail;
    private final MailProperties mailProperties;
    private final Audit audit;

    Enrolments(JdbcClient jdbc, SelfRegistrations registrations, Members members, Schools schools,
               Companies companies, Places places, MailOutbox mail, MailProperties mailProperties, Audit audit) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.members = members;
        this.schools = schools;
        this.companies = companies;
        this.places = places;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.audit = audit;
    }

    /**
     * Registers a company and its first contact (both pending until the e-mail link is opened).
     *
     * @throws InvalidInput with every problem by field; nothing is stored then
     */
    @Transactional
    public long registerCompany(CompanyForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String kvk = form.kvkNumber() == null ? "" : form.kvkNumber().strip();
        if (!KvkNumber.isValid(kvk)) {
            errors.put("kvkNumber", "loket.error.kvk");
        } else if (companies.byKvk(kvk).isPresent()) {
            errors.put("kvkNumber", "loket.error.kvk.taken");
        }
        require(errors, "name", form.name(), 200);
        if (form.sbiCode() == null || companies.sbiDescription(form.sbiCode()).isEmpty()) {
            errors.put("sbiCode", "loket.error.sbi");
        }
        require(errors, "street", form.street(), 200);
        require(errors, "houseNumber", form.houseNumber(), 20);
        String postcode = PostcodeFormat.normalise(form.postcode());
        Optional<Places.Area> area = places.of(postcode);
        if (postcode == null) {
            errors.put("postcode", "loket.error.postcode");
        } else if (area.isEmpty()) {
            errors.put("postcode", "loket.error.postcode.unknown");
        }
        require(errors, "place", form.place(), 100);
        String website = Text.blankToNull(form.website());
        if (website != null && (website.length() > 300 || Domains.of(website) == null)) {
            errors.put("website", "loket.error.website");
        }
        Integer travelKm = travelKm(form.travelKm(), errors);
        require(errors, "contactName", form.contactName(), 200);
        String phone = phone(form.phone(), errors);
        String organisationId = "company:" + kvk;
        SelfRegistrations.Registration registration = new SelfRegistrations.Registration(form.email(),
                form.contactName(), form.password(), form.passwordConfirmation(), organisationId,
                Text.blankToNull(form.name()), "COMPANY");
        registrations.problems(registration).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SelfRegistrations.Pending pending = registrations.register(registration);
        long id = jdbc.sql("""
                        insert into loket_company (kvk_number, name, sbi_code, street, house_number, postcode, pc4,
                                                   place, municipality_code, website, travel_km, organisation_id, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING') returning id""")
                .params(kvk, form.name().strip(), form.sbiCode().strip(), form.street().strip(),
                        form.houseNumber().strip(), postcode, area.get().pc4(), form.place().strip(),
                        area.get().municipalityCode(), website, travelKm, organisationId)
                .query(Long.class).single();
        members.add(pending.userId(), null, id, form.contactName().strip(), pending.email(), phone);
        audit.record(new Actor(pending.userId(), pending.email()), "loket.company.register", "loket_company",
                String.valueOf(id), null, Map.of("kvk", kvk, "name", form.name().strip()));
        sendConfirmation(pending, form.contactName().strip(), form.name().strip());
        return id;
    }

    /**
     * A staff member claims a school location (pending until the e-mail link is opened).
     *
     * @throws InvalidInput with every problem by field; nothing is stored then
     */
    @Transactional
    public void claimSchool(ClaimForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Schools.School> school = schools.byLocationCode(form.locationCode());
        if (school.isEmpty()) {
            errors.put("locationCode", "loket.error.school");
        }
        require(errors, "contactName", form.contactName(), 200);
        String phone = phone(form.phone(), errors);
        String organisationId = "school:" + school.map(Schools.School::locationCode).orElse("");
        SelfRegistrations.Registration registration = new SelfRegistrations.Registration(form.email(),
                form.contactName(), form.password(), form.passwordConfirmation(), organisationId,
                school.map(Schools.School::name).orElse(""), "SCHOOL");
        registrations.problems(registration).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SelfRegistrations.Pending pending = registrations.register(registration);
        members.add(pending.userId(), school.get().id(), null, form.contactName().strip(), pending.email(), phone);
        audit.record(new Actor(pending.userId(), pending.email()), "loket.school.claim", "loket_school",
                String.valueOf(school.get().id()), null, Map.of("school", school.get().locationCode()));
        sendConfirmation(pending, form.contactName().strip(), school.get().name());
    }

    /** Opens a confirmation link. */
    @Transactional
    public Confirmation confirm(String secret) {
        Optional<UUID> userId = registrations.confirm(secret);
        if (userId.isEmpty()) {
            return Confirmation.INVALID;
        }
        Members.Member member = members.byUser(userId.get()).orElse(null);
        if (member == null) {
            return Confirmation.INVALID;
        }
        Actor actor = new Actor(member.userId(), member.email());
        if (member.companyId() != null) {
            jdbc.sql("update loket_company set state = 'ACTIVE', confirmed_at = now() where id = ? and state = 'PENDING'")
                    .param(member.companyId()).update();
            members.confirm(member, "REGISTRATION", actor);
            return Confirmation.COMPANY_ACTIVE;
        }
        Schools.School school = schools.byId(member.schoolId()).orElseThrow();
        if (Domains.belongsTo(member.email(), school.domain())) {
            members.confirm(member, "EMAIL_DOMAIN", actor);
            return Confirmation.SCHOOL_CONFIRMED;
        }
        members.awaitOffice(member);
        return Confirmation.SCHOOL_AWAITS_OFFICE;
    }

    private void sendConfirmation(SelfRegistrations.Pending pending, String name, String organisation) {
        String link = mailProperties.baseUrl() + "/loket/bevestigen?token=" + pending.secret();
        mail.enqueue(pending.email(), "Techniekpact Loket: bevestig uw e-mailadres / confirm your e-mail address", """
                Beste %s,

                U heeft zich aangemeld bij het Loket van het Techniekpact voor %s. Bevestig uw e-mailadres via
                deze link (hij werkt één keer en is zeven dagen geldig):

                %s

                Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren; er gebeurt dan niets.

                --
                You signed up for the Technology Pact's Loket for %s. Confirm your e-mail address with the link
                above (it works once and is valid for seven days). If you did not sign up, ignore this e-mail.
                """.formatted(name, organisation, link, organisation));
    }

    private static void require(Map<String, String> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "loket.error.required");
        } else if (value.length() > max) {
            errors.put(field, "loket.error.too-long");
        }
    }

    private static Integer travelKm(String value, Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 300) {
            errors.put("travelKm", "loket.error.travel-km");
            return null;
        }
        return Integer.parseInt(text);
    }

    private static String phone(String value, Map<String, String> errors) {
        String phone = Text.blankToNull(value);
        if (phone != null && !phone.matches("[+0-9 ()-]{6,20}")) {
            errors.put("phone", "loket.error.phone");
        }
        return phone;
    }
}
