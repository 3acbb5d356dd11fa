package nl.techniekpact.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The scope rules. The office may do everything; an action owner may report only on actions its partner
 * organisation owns; a regional coordinator only on its own region (and the provinces and sub-regions under
 * it). Every write service asks these before it writes.
 */
@Service
public class Permissions {

    private final JdbcClient jdbc;

    Permissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isOffice(CurrentUser user) {
        return user != null && user.is(Role.OFFICE);
    }

    public boolean mayReportOnAction(CurrentUser user, String actionId) {
        if (user == null || !user.is(Role.OWNER) || user.partnerId() == null) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from owner where item_id = ? and partner_id = ?)")
                .params(actionId, user.partnerId()).query(Boolean.class).single();
    }

    public boolean mayEditRegion(CurrentUser user, String regionCode) {
        if (user == null || !user.is(Role.COORDINATOR) || user.regionCode() == null || regionCode == null) {
            return false;
        }
        return jdbc.sql("""
                        with recursive tree(code) as (
                          select ?::text union select r.code from region r join tree t on r.parent_code = t.code)
                        select exists (select 1 from tree where code = ?)""")
                .params(user.regionCode(), regionCode).query(Boolean.class).single();
    }
}
