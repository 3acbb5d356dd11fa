package nl.techniekpact.loket.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.Activities;
import nl.techniekpact.loket.Calendars;
import nl.techniekpact.loket.Companies;
import nl.techniekpact.loket.Listings;
import nl.techniekpact.loket.Matches;
import nl.techniekpact.loket.Members;
import nl.techniekpact.loket.SavedSearches;
import nl.techniekpact.loket.Schools;
import nl.techniekpact.loket.matching.Filters;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A school's or company's own part of the Loket: its listings (write, publish, withdraw) and their matches. */
@Controller
class LoketWorkspaceController {

    private final CurrentUsers users;
    private final Members members;
    private final Schools schools;
    private final Companies companies;
    private final Listings listings;
    private final Matches matches;
    private final ReasonTexts reasons;
    private final Activities activities;
    private final Calendars calendars;
    private final SavedSearches searches;

    LoketWorkspaceController(CurrentUsers users, Members members, Schools schools, Companies companies,
                             Listings listings, Matches matches, ReasonTexts reasons, Activities activities,
                             Calendars calendars, SavedSearches searches) {
        this.users = users;
        this.members = members;
        this.schools = schools;
        this.companies = companies;
        this.listings = listings;
        this.matches = matches;
        this.reasons = reasons;
        this.activities = activities;
        this.calendars = calendars;
        this.searches = searches;
    }

    @GetMapping("/loket/mijn")
    String home(Model model) {
        CurrentUser user = users.require();
        Optional<Members.Member> member = members.of(user);
        model.addAttribute("member", member.orElse(null));
        member.ifPresent(m -> {
            members.seen(m);
            if (m.schoolId() != null) {
                model.addAttribute("school", schools.byId(m.schoolId()).orElse(null));
            } else {
                model.addAttribute("company", companies.byId(m.companyId()).orElse(null));
            }
            if (m.confirmed()) {
                model.addAttribute("listings", listings.mine(user));
                model.addAttribute("activities", activities.mine(user).stream().limit(5).toList());
                model.addAttribute("calendar", calendars.feed(user).orElse(null));
                model.addAttribute("zone", java.time.ZoneId.of("Europe/Amsterdam"));
                model.addAttribute("savedSearches", searches.mine(user));
            }
        });
        return "loket/mine";
    }

    @GetMapping("/loket/mijn/nieuw")
    String newListing(Model model) {
        CurrentUser user = users.require();
        Members.Member member = members.confirmed(user);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("travelKm", "25");
        return form(model, member, form, null);
    }

    @PostMapping("/loket/mijn/nieuw")
    String create(@RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        Members.Member member = members.confirmed(user);
        try {
            long id = listings.create(user, form(params));
            return "redirect:/loket/mijn/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return form(model, member, echo(params), null);
        }
    }

    @GetMapping("/loket/mijn/{id}")
    String edit(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Members.Member member = members.confirmed(user);
        Listings.Listing listing = listings.own(user, id).orElseThrow(() -> new nl.techniekpact.shared.Forbidden("listing"));
        return form(model, member, values(listing), listing);
    }

    @PostMapping("/loket/mijn/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        CurrentUser user = users.require();
        Members.Member member = members.confirmed(user);
        Listings.Listing listing = listings.own(user, id).orElseThrow(() -> new nl.techniekpact.shared.Forbidden("listing"));
        try {
            listings.update(user, id, form(params), version(params.getFirst("version")));
            return "redirect:/loket/mijn/" + id + "?saved";
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            return form(model, member, echo(params), listing);
        } catch (StaleData e) {
            return "redirect:/loket/mijn/" + id + "?stale";
        }
    }

    @PostMapping("/loket/mijn/{id}/status")
    String setState(@PathVariable long id, @RequestParam(defaultValue = "") String state,
                    @RequestParam(defaultValue = "") String version) {
        CurrentUser user = users.require();
        try {
            listings.setState(user, id, state, version(version));
            return "redirect:/loket/mijn/" + id + "?" + ("PUBLISHED".equals(state) ? "published" : "withdrawn");
        } catch (StaleData e) {
            return "redirect:/loket/mijn/" + id + "?stale";
        } catch (InvalidInput e) {
            return "redirect:/loket/mijn/" + id + "?invalid=" + e.errors().values().iterator().next();
        }
    }

    @GetMapping("/loket/mijn/{id}/matches")
    String matches(@PathVariable long id, @RequestParam(defaultValue = "") String within,
                   @RequestParam(defaultValue = "") String onlyWithPlaces, Model model) {
        CurrentUser user = users.require();
        Listings.Listing listing = listings.own(user, id).orElseThrow(() -> new nl.techniekpact.shared.Forbidden("listing"));
        Integer km = within.matches("\\d{1,3}") ? Integer.valueOf(within) : null;
        Filters filters = new Filters(km, java.util.Set.of(), java.util.Set.of(), null, "on".equals(onlyWithPlaces));
        Matches.Result result = matches.forListing(user, id, filters, 10);
        model.addAttribute("listing", listing);
        model.addAttribute("result", result);
        model.addAttribute("reasons", reasons);
        model.addAttribute("within", km);
        model.addAttribute("onlyWithPlaces", "on".equals(onlyWithPlaces));
        return "loket/matches";
    }

    private String form(Model model, Members.Member member, Map<String, ?> values, Listings.Listing listing) {
        model.addAttribute("member", member);
        model.addAttribute("form", values);
        model.addAttribute("listing", listing);
        model.addAttribute("options", ListingOptions.INSTANCE);
        return "loket/listing-form";
    }

    static Listings.Form form(MultiValueMap<String, String> params) {
        return new Listings.Form(params.getFirst("title"), params.getFirst("type"), list(params, "levels"),
                list(params, "subjects"), list(params, "themes"), list(params, "venues"), params.getFirst("from"),
                params.getFirst("until"), params.getFirst("durationMinutes"), params.getFirst("capacity"),
                params.getFirst("placesLeft"), params.getFirst("travelKm"), params.getFirst("description"));
    }

    private static List<String> list(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().limit(50).toList();
    }

    private static Map<String, Object> values(Listings.Listing l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", l.title());
        v.put("type", l.type().name());
        v.put("levels", String.join(",", l.levels().stream().map(Enum::name).toList()));
        v.put("subjects", String.join(",", l.subjects()));
        v.put("themes", String.join(",", l.themes()));
        v.put("venues", String.join(",", l.venues().stream().map(Enum::name).toList()));
        v.put("from", l.from() == null ? "" : l.from().toString());
        v.put("until", l.until() == null ? "" : l.until().toString());
        v.put("durationMinutes", l.durationMinutes() == null ? "" : l.durationMinutes().toString());
        v.put("capacity", l.capacity() == null ? "" : l.capacity().toString());
        v.put("placesLeft", l.placesLeft() == null ? "" : l.placesLeft().toString());
        v.put("travelKm", String.valueOf(l.travelKm()));
        v.put("description", l.description());
        return v;
    }

    /** The form as sent, multi-valued fields comma-joined, to show it again with its errors. */
    private static Map<String, Object> echo(MultiValueMap<String, String> params) {
        Map<String, Object> values = new LinkedHashMap<>();
        params.forEach((key, list) -> {
            if (!"_csrf".equals(key)) {
                values.put(key, String.join(",", list));
            }
        });
        return values;
    }

    static int version(String text) {
        return text != null && text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }
}
