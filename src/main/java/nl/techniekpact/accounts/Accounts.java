package nl.techniekpact.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.audit.Audit;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and organisations: look-up, creation by the office, and the sign-in bookkeeping. */
@Service
public class Accounts {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final String USER_COLUMNS = """
            u.id, u.email, u.display_name, u.role, u.organisation_id, o.name as organisation_name, o.partner_id,
            o.region_code""";

    private final JdbcClient jdbc;
    private final Audit audit;

    Accounts(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<CurrentUser> byId(UUID id) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user u join organisation o on o.id = u.organisation_id"
                        + " where u.id = ? and u.enabled")
                .param(id).query(Accounts::user).optional();
    }

    public Optional<CurrentUser> byEmail(String email) {
        return jdbc.sql("select " + USER_COLUMNS + " from app_user u join organisation o on o.id = u.organisation_id"
                        + " where lower(u.email) = lower(?) and u.enabled")
                .param(email == null ? "" : email.strip()).query(Accounts::user).optional();
    }

    /** Where an account stands: whether its person can sign in, or how far their invitation is. */
    public enum AccountStatus {
        /** A password or a sign-in through the organisation's identity provider. */
        ACTIVE,
        /** Invited; the link still works. */
        INVITED,
        INVITATION_EXPIRED,
        INVITATION_REVOKED,
        /** No password and never invited (an account from before invitations, or made by the environment). */
        NOT_INVITED,
        DISABLED;

        /** Whether the office can send (or send again) an invitation. */
        public boolean invitable() {
            return this != ACTIVE && this != DISABLED;
        }
    }

    /**
     * An account as the office manages it: enabled or not, where its invitation stands (and until when the link
     * works), and its lock version for the forms.
     */
    public record Account(CurrentUser user, boolean enabled, int version, AccountStatus status,
                          java.time.OffsetDateTime invitationExpires) {
    }

    public List<Account> accounts() {
        return jdbc.sql("select " + USER_COLUMNS + """
                        , u.enabled, u.lock_version, u.password_hash is not null or u.oidc_subject is not null as active,
                          i.expires_at, i.accepted_at, i.revoked_at, i.expires_at > now() as link_works
                        from app_user u join organisation o on o.id = u.organisation_id
                        left join lateral (select expires_at, accepted_at, revoked_at from invitation
                                           where user_id = u.id order by created_at desc limit 1) i on true
                        order by u.role, lower(u.email)""")
                .query((rs, n) -> {
                    AccountStatus status = !rs.getBoolean("enabled") ? AccountStatus.DISABLED
                            : rs.getBoolean("active") ? AccountStatus.ACTIVE
                            : rs.getObject("expires_at") == null ? AccountStatus.NOT_INVITED
                            : rs.getObject("revoked_at") != null ? AccountStatus.INVITATION_REVOKED
                            : rs.getBoolean("link_works") ? AccountStatus.INVITED
                            : AccountStatus.INVITATION_EXPIRED;
                    return new Account(user(rs, n), rs.getBoolean("enabled"), rs.getInt("lock_version"), status,
                            status == AccountStatus.INVITED
                                    ? rs.getObject("expires_at", java.time.OffsetDateTime.class) : null);
                })
                .list();
    }

    /**
     * Switches an account on or off (office only; not one's own). A disabled account can no longer sign in,
     * its API tokens stop working and its open sessions lose their rights at the next request.
     */
    @Transactional
    public void setEnabled(CurrentUser actor, UUID userId, boolean enabled, int version) {
        if (actor == null || !actor.is(Role.OFFICE)) {
            throw new Forbidden("enable or disable users");
        }
        if (actor.id().equals(userId)) {
            throw InvalidInput.of("user", "user.self");
        }
        Boolean before = jdbc.sql("select enabled from app_user where id = ?").param(userId).query(Boolean.class)
                .optional().orElseThrow(() -> InvalidInput.of("user", "user.unknown"));
        int changed = jdbc.sql("""
                        update app_user set enabled = ?, lock_version = lock_version + 1
                        where id = ? and lock_version = ?""")
                .params(enabled, userId, version).update();
        if (changed == 0) {
            throw new nl.techniekpact.shared.StaleData("user " + userId);
        }
        audit.record(actor.actor(), enabled ? "user.enable" : "user.disable", "user", userId.toString(),
                Map.of("enabled", before), Map.of("enabled", enabled));
    }

    public record Organisation(String id, String name, String kind, String partnerId, String regionCode) {
    }

    public List<Organisation> organisations() {
        return jdbc.sql("select id, name, kind, partner_id, region_code from organisation order by kind, lower(name)")
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * An organisation kept for a pact partner or region (its id is {@code partner:<id>} or {@code region:<code>}).
     * The pact's own data is told here by whoever knows it; accounts does not read the pact.
     */
    public record PactOrganisation(String id, String name, String kind, String partnerId, String regionCode) {

        public static PactOrganisation partner(String partnerId, String name) {
            return new PactOrganisation("partner:" + partnerId, name, "PARTNER", partnerId, null);
        }

        public static PactOrganisation region(String regionCode, String name) {
            return new PactOrganisation("region:" + regionCode, name, "REGION", null, regionCode);
        }
    }

    /**
     * Adds the organisations that do not exist yet (an existing one is left as it is) and records how many were
     * added in the audit log; returns that number.
     */
    @Transactional
    public int ensureOrganisations(Actor actor, List<PactOrganisation> organisations) {
        if (organisations.isEmpty()) {
            return 0;
        }
        int added = jdbc.sql("""
                        insert into organisation (id, name, kind, partner_id, region_code)
                        select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        on conflict do nothing""")
                .params(organisations.stream().map(PactOrganisation::id).toArray(String[]::new),
                        organisations.stream().map(PactOrganisation::name).toArray(String[]::new),
                        organisations.stream().map(PactOrganisation::kind).toArray(String[]::new),
                        organisations.stream().map(PactOrganisation::partnerId).toArray(String[]::new),
                        organisations.stream().map(PactOrganisation::regionCode).toArray(String[]::new))
                .update();
        if (added > 0) {
            audit.record(actor, "organisation.sync", "organisation", "*", null, Map.of("added", added));
        }
        return added;
    }

    /** An enabled user of a partner or regional organisation, as the round e-mails address them. */
    public record Member(UUID id, String email, String displayName, Role role, String partnerId, String regionCode) {
    }

    /**
     * The enabled users of the organisations of the given partners and regions, in e-mail order (one query,
     * whatever the number of ids).
     */
    public List<Member> enabledMembers(Collection<String> partnerIds, Collection<String> regionCodes) {
        if (partnerIds.isEmpty() && regionCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select u.id, u.email, u.display_name, u.role, o.partner_id, o.region_code
                        from app_user u join organisation o on o.id = u.organisation_id
                        where u.enabled and (o.partner_id = any(?) or o.region_code = any(?))
                        order by u.email""")
                .params(partnerIds.stream().distinct().toArray(String[]::new),
                        regionCodes.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** A user as e-mails address them. */
    public record Person(UUID id, String email, String displayName) {
    }

    /** Each of the given users, enabled or not, with address and name (to write to them). */
    public Map<UUID, Person> people(Collection<UUID> userIds) {
        Map<UUID, Person> people = new HashMap<>();
        if (userIds.isEmpty()) {
            return people;
        }
        jdbc.sql("select id, email, display_name from app_user where id = any(?)")
                .param(userIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    people.put(id, new Person(id, rs.getString(2), rs.getString(3)));
                });
        return people;
    }

    /** The enabled users with the given role, by e-mail address. */
    public List<Person> enabledWithRole(Role role) {
        return jdbc.sql("select id, email, display_name from app_user where enabled and role = ? order by lower(email)")
                .param(role.name())
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    /** The e-mail address of each of the given users, enabled or not (for history and replies). */
    public Map<UUID, String> emails(Collection<UUID> userIds) {
        Map<UUID, String> emails = new HashMap<>();
        if (userIds.isEmpty()) {
            return emails;
        }
        jdbc.sql("select id, email from app_user where id = any(?)")
                .param(userIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    emails.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return emails;
    }

    /** What the office fills in to create an account; the person chooses their own password (invitation). */
    public record NewUser(String email, String displayName, Role role, String organisationId) {
    }

    /**
     * Creates an account without a password (office only); the person sets one through an invitation. Role and
     * organisation must fit: owners belong to a partner, coordinators to a region, the office to the office.
     */
    @Transactional
    public CurrentUser create(CurrentUser actor, NewUser user) {
        if (actor == null || !actor.is(Role.OFFICE)) {
            throw new Forbidden("create users");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String email = user.email() == null ? "" : user.email().strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            errors.put("email", "user.email.invalid");
        } else if (byEmailIncludingDisabled(email)) {
            errors.put("email", "user.email.taken");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 200) {
            errors.put("displayName", "user.displayName.required");
        }
        Optional<Organisation> organisation = organisations().stream()
                .filter(o -> o.id().equals(user.organisationId())).findFirst();
        if (user.role() == null) {
            errors.put("role", "user.role.required");
        } else if (organisation.isEmpty()) {
            errors.put("organisationId", "user.organisation.required");
        } else if (!fits(user.role(), organisation.get().kind())) {
            errors.put("organisationId", "user.organisation.mismatch");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into app_user (id, email, display_name, role, organisation_id)
                        values (?, ?, ?, ?, ?)""")
                .params(id, email, user.displayName().strip(), user.role().name(), user.organisationId())
                .update();
        CurrentUser created = byId(id).orElseThrow();
        audit.record(actor.actor(), "user.create", "user", id.toString(), null, created);
        return created;
    }

    static boolean fits(Role role, String organisationKind) {
        return switch (role) {
            case OFFICE -> organisationKind.equals("OFFICE");
            case OWNER -> organisationKind.equals("PARTNER");
            case COORDINATOR -> organisationKind.equals("REGION");
            case READER -> true;
        };
    }

    private boolean byEmailIncludingDisabled(String email) {
        return jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(?))").param(email)
                .query(Boolean.class).single();
    }

    private static CurrentUser user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("organisation_id"),
                rs.getString("organisation_name"), rs.getString("partner_id"), rs.getString("region_code"));
    }
}
