package nl.techniekpact.loket.web;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.SavedSearches;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Saved searches in Mijn Loket: keep the public search one is looking at, or ask to hear what fits one's own
 * listing; and delete one. The answer is Mijn Loket, with a message.
 */
@Controller
class LoketSavedSearchController {

    private final CurrentUsers users;
    private final SavedSearches searches;

    LoketSavedSearchController(CurrentUsers users, SavedSearches searches) {
        this.users = users;
        this.searches = searches;
    }

    @PostMapping("/loket/mijn/zoekopdrachten")
    String save(@RequestParam(defaultValue = "") String listing, @RequestParam(defaultValue = "OFFER") String side,
                @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
                @RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String region,
                @RequestParam(defaultValue = "") String postcode, @RequestParam(defaultValue = "") String within,
                @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until) {
        CurrentUser user = users.require();
        try {
            if (listing.matches("\\d{1,18}")) {
                searches.saveForListing(user, Long.parseLong(listing));
            } else {
                searches.saveSearch(user, LoketPublicController.question(side, q, type, level, region, postcode,
                        within, from, until, "1"));
            }
            return "redirect:/loket/mijn?searchSaved#zoekopdrachten";
        } catch (InvalidInput e) {
            return "redirect:/loket/mijn?searchError=" + e.errors().values().iterator().next() + "#zoekopdrachten";
        }
    }

    @PostMapping("/loket/mijn/zoekopdrachten/{id}/verwijderen")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "") String version) {
        try {
            searches.delete(users.require(), id, LoketWorkspaceController.version(version));
            return "redirect:/loket/mijn?searchDeleted#zoekopdrachten";
        } catch (StaleData e) {
            return "redirect:/loket/mijn?stale#zoekopdrachten";
        }
    }
}
