package nl.techniekpact.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded server's roles, brought into shape at every start by the superuser: the platform never serves as
 * superuser. {@value #OWNER} owns the database and its schema and runs the migrations; {@value #APP}, the role
 * the platform serves with, may read and write the tables and nothing more — it cannot change or drop them,
 * truncate them, disable their triggers (the audit trail's append-only rule among them), set
 * {@code session_replication_role}, or read other roles' password hashes.
 *
 * <p>A cluster from before these roles (trust authentication, every object owned by {@code postgres}) is
 * converted on its first start with them: objects of the schema are handed to the owner, the application role
 * gets its rights, and only then does the caller switch the server to password logins.
 */
final class EmbeddedRoles {

    static final String OWNER = "techniekpact_owner";
    static final String APP = "techniekpact_app";
    static final String SUPERUSER = "postgres";

    /** The server's only way in: password (SCRAM) logins over loopback; there is no Unix socket. */
    static final String HBA = """
            # Written by the Techniekpact platform at every start: password (SCRAM) logins over loopback only.
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private EmbeddedRoles() {
    }

    /** Creates or corrects the roles and the database, and converts a cluster that predates them. */
    static void apply(String serverUrl, String database, EmbeddedCredentials credentials) throws SQLException {
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", SUPERUSER,
                credentials.superuser()); Statement s = admin.createStatement()) {
            s.execute("alter role " + SUPERUSER + " password '" + credentials.superuser() + "'");
            ensureLoginRole(admin, OWNER, credentials.owner());
            ensureLoginRole(admin, APP, credentials.app());
            if (exists(admin, "select 1 from pg_database where datname = ?", database)) {
                s.execute("alter database " + database + " owner to " + OWNER);
            } else {
                s.execute("create database " + database + " owner " + OWNER
                        + " encoding 'UTF8' template template0");
            }
            s.execute("revoke all on database " + database + " from public");
            s.execute("grant connect, temporary on database " + database + " to " + APP);
        }
        try (Connection admin = DriverManager.getConnection(serverUrl + database, SUPERUSER,
                credentials.superuser()); Statement s = admin.createStatement()) {
            admin.setAutoCommit(false);
            s.execute("alter schema public owner to " + OWNER);
            s.execute("revoke create on schema public from public");
            for (String change : legacyOwnership(admin)) {
                s.execute(change);
            }
            s.execute("grant usage on schema public to " + APP);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + APP);
            s.execute("grant usage, select, update on all sequences in schema public to " + APP);
            s.execute("alter default privileges for role " + OWNER + " in schema public "
                    + "grant select, insert, update, delete on tables to " + APP);
            s.execute("alter default privileges for role " + OWNER + " in schema public "
                    + "grant usage, select, update on sequences to " + APP);
            admin.commit();
        }
    }

    private static void ensureLoginRole(Connection admin, String role, String password) throws SQLException {
        String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                + password + "'";
        try (Statement s = admin.createStatement()) {
            if (exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
                s.execute("alter role " + role + " with" + attributes);
            } else {
                s.execute("create role " + role + attributes);
            }
        }
    }

    /**
     * The statements that hand the schema's objects still owned by the superuser to {@value #OWNER}: tables,
     * views, free-standing sequences (a column's sequence follows its table), functions, types and text-search
     * objects — never an extension's own members, which stay with the extension.
     */
    private static List<String> legacyOwnership(Connection admin) throws SQLException {
        String notInExtension = " and not exists (select 1 from pg_depend d where d.classid = '%s'::regclass"
                + " and d.objid = %s.oid and d.deptype = 'e')";
        String sql = """
                select format('alter %s %I owner to %s', case c.relkind when 'v' then 'view'
                         when 'm' then 'materialized view' when 'S' then 'sequence' when 'f' then 'foreign table'
                         else 'table' end, c.relname, '$owner')
                  from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relowner = '$super'::regrole
                   and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                   and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                        where d.classid = 'pg_class'::regclass and d.objid = c.oid
                          and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')))
                """ + notInExtension.formatted("pg_class", "c") + """
                union all
                select format('alter %s %s owner to %s', case p.prokind when 'p' then 'procedure'
                         when 'a' then 'aggregate' else 'function' end, p.oid::regprocedure, '$owner')
                  from pg_proc p
                 where p.pronamespace = 'public'::regnamespace and p.proowner = '$super'::regrole
                """ + notInExtension.formatted("pg_proc", "p") + """
                union all
                select format('alter %s %s owner to %s', case t.typtype when 'd' then 'domain' else 'type' end,
                         t.oid::regtype, '$owner')
                  from pg_type t
                 where t.typnamespace = 'public'::regnamespace and t.typowner = '$super'::regrole
                   and t.typtype in ('e', 'd', 'r', 'c') and t.typcategory <> 'A'
                   and (t.typrelid = 0 or (select relkind from pg_class where oid = t.typrelid) = 'c')
                """ + notInExtension.formatted("pg_type", "t") + """
                union all
                select format('alter text search configuration %s owner to %s', f.oid::regconfig, '$owner')
                  from pg_ts_config f
                 where f.cfgnamespace = 'public'::regnamespace and f.cfgowner = '$super'::regrole
                """ + notInExtension.formatted("pg_ts_config", "f") + """
                union all
                select format('alter text search dictionary %s owner to %s', x.oid::regdictionary, '$owner')
                  from pg_ts_dict x
                 where x.dictnamespace = 'public'::regnamespace and x.dictowner = '$super'::regrole
                """ + notInExtension.formatted("pg_ts_dict", "x");
        List<String> changes = new ArrayList<>();
        try (Statement s = admin.createStatement();
             var rows = s.executeQuery(sql.replace("$owner", OWNER).replace("$super", SUPERUSER))) {
            while (rows.next()) {
                changes.add(rows.getString(1));
            }
        }
        return changes;
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
