package nl.techniekpact.loket.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.Activities;
import nl.techniekpact.loket.Listings;
import nl.techniekpact.loket.Members;
import nl.techniekpact.loket.LoketSearch;
import nl.techniekpact.loket.matching.ActivityType;
import nl.techniekpact.loket.matching.Level;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Municipalities;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public Loket: search published offers and requests, and read one (never with contact details). */
@Controller
class LoketPublicController {

    private final LoketSearch search;
    private final Listings listings;
    private final Municipalities municipalities;
    private final CurrentUsers users;
    private final Members members;
    private final Activities activities;

    LoketPublicController(LoketSearch search, Listings listings, Municipalities municipalities, CurrentUsers users,
                          Members members, Activities activities) {
        this.search = search;
        this.listings = listings;
        this.municipalities = municipalities;
        this.users = users;
        this.members = members;
        this.activities = activities;
    }

    @GetMapping("/loket")
    String index(@RequestParam(defaultValue = "OFFER") String side, @RequestParam(defaultValue = "") String q,
                 @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String level,
                 @RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String postcode,
                 @RequestParam(defaultValue = "") String within, @RequestParam(defaultValue = "") String from,
                 @RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "1") String page,
                 Model model) {
        LoketSearch.Question question = question(side, q, type, level, region, postcode, within, from, until, page);
        model.addAttribute("question", question);
        model.addAttribute("canSave", users.current().map(user -> canSave(user, question)).orElse(false));
        model.addAttribute("answer", search.search(question));
        model.addAttribute("options", ListingOptions.INSTANCE);
        model.addAttribute("regions", municipalities.regions(java.util.EnumSet.of(Geography.Kind.PROVINCE,
                Geography.Kind.LABOUR_MARKET_REGION)));
        return "loket/index";
    }

    @GetMapping("/loket/aanbod/{id}")
    String offer(@PathVariable long id, Model model) {
        return show(id, true, model);
    }

    @GetMapping("/loket/vraag/{id}")
    String request(@PathVariable long id, Model model) {
        return show(id, false, model);
    }

    private String show(long id, boolean offer, Model model) {
        Listings.Listing listing = listings.publicListing(id).filter(l -> l.isOffer() == offer)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("listing", listing);
        model.addAttribute("canPropose", users.current().map(user -> activities.canPropose(user, listing))
                .orElse(false));
        model.addAttribute("form", java.util.Map.of());
        return "loket/listing";
    }

    /** The public search's question from its query parameters (also what a saved search keeps). */
    static LoketSearch.Question question(String side, String q, String type, String level, String region,
                                         String postcode, String within, String from, String until, String page) {
        return new LoketSearch.Question("REQUEST".equals(side) ? "REQUEST" : "OFFER",
                cut(q, 200), parse(ActivityType.class, type), parse(Level.class, level), cut(region, 20),
                cut(postcode, 10), within.matches("\\d{1,3}") ? Integer.valueOf(within) : null, date(from), date(until),
                page.matches("\\d{1,5}") ? Integer.parseInt(page) : 1);
    }

    /** A confirmed member may save a search of the other side's listings. */
    private boolean canSave(CurrentUser user, LoketSearch.Question question) {
        return members.of(user).filter(Members.Member::confirmed)
                .map(m -> m.isSchool() == "OFFER".equals(question.side())).orElse(false);
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value.strip();
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
