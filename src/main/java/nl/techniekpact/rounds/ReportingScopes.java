package nl.techniekpact.rounds;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.pact.Ownership;
import nl.techniekpact.pact.RegionScopes;
import nl.techniekpact.rounds.RoundViews.Task;
import org.springframework.stereotype.Component;

/**
 * The scope rules of reporting: an owner may report only on pact items (actions, goals, themes) its partner
 * organisation owns, or that the office gave its partner to report on in the round (items the pact names no owner
 * for); a regional coordinator only on its own region and the regions under it. Here because only this module knows
 * both the user (accounts) and the pact (ADR 0011).
 */
@Component
class ReportingScopes {

    private final Permissions permissions;
    private final Ownership ownership;
    private final RegionScopes regions;

    ReportingScopes(Permissions permissions, Ownership ownership, RegionScopes regions) {
        this.permissions = permissions;
        this.ownership = ownership;
        this.regions = regions;
    }

    boolean mayReportOn(CurrentUser user, Task task) {
        if (!task.isItem()) {
            return mayEditRegion(user, task.regionCode());
        }
        return permissions.isPartnerOwner(user) && (user.partnerId().equals(task.reportingPartnerId())
                || ownership.owns(user.partnerId(), task.itemId()));
    }

    boolean mayEditRegion(CurrentUser user, String regionCode) {
        return permissions.isRegionalCoordinator(user) && regionCode != null
                && regions.regionAndBelow(user.regionCode()).contains(regionCode);
    }

    /** The tasks the user may report on, with a fixed number of queries however many tasks there are. */
    List<Task> reportable(CurrentUser user, List<Task> tasks) {
        boolean owner = permissions.isPartnerOwner(user);
        boolean coordinator = permissions.isRegionalCoordinator(user);
        if (!owner && !coordinator) {
            return List.of();
        }
        Map<String, Set<String>> owners = owner
                ? ownership.partnersOf(tasks.stream().filter(Task::isItem).map(Task::itemId).toList())
                : Map.of();
        Set<String> scope = coordinator ? regions.regionAndBelow(user.regionCode()) : Set.of();
        return tasks.stream()
                .filter(t -> t.isItem()
                        ? owner && (user.partnerId().equals(t.reportingPartnerId())
                                    || owners.getOrDefault(t.itemId(), Set.of()).contains(user.partnerId()))
                        : coordinator && t.regionCode() != null && scope.contains(t.regionCode()))
                .toList();
    }
}
