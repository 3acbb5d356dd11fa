package nl.techniekpact.loket.web;

import java.io.IOException;
import java.util.Locale;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.importers.SchoolRegisterReader;
import nl.techniekpact.loket.Companies;
import nl.techniekpact.loket.Listings;
import nl.techniekpact.loket.LoketImportFailed;
import nl.techniekpact.loket.Members;
import nl.techniekpact.loket.SchoolHolidays;
import nl.techniekpact.loket.Schools;
import nl.techniekpact.shared.InvalidInput;
import nl.techniekpact.shared.StaleData;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The programme office's part of the Loket: confirm school staff, block companies or decide whether they are
 * technical, hide listings, load a DUO register and the school holidays.
 */
@Controller
class LoketOfficeController {

    private static final long MAX_UPLOAD = 64L * 1024 * 1024;

    /** One import error as the page lists it. */
    record ErrorLine(String file, int line, int column, String text) {
    }

    private final CurrentUsers users;
    private final Members members;
    private final Companies companies;
    private final Listings listings;
    private final Schools schools;
    private final SchoolHolidays holidays;

    LoketOfficeController(CurrentUsers users, Members members, Companies companies, Listings listings,
                          Schools schools, SchoolHolidays holidays) {
        this.users = users;
        this.members = members;
        this.companies = companies;
        this.listings = listings;
        this.schools = schools;
        this.holidays = holidays;
    }

    @GetMapping("/office/loket")
    String page(Model model) {
        model.addAttribute("claims", members.waitingForOffice());
        model.addAttribute("companies", companies.all(200));
        model.addAttribute("counts", schools.counts());
        model.addAttribute("holidays", holidays.all());
        return "loket/office";
    }

    @PostMapping("/office/loket/claims/{id}")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision) {
        try {
            members.decide(users.require(), id, "confirm".equals(decision));
            return "redirect:/office/loket?decided";
        } catch (InvalidInput e) {
            return "redirect:/office/loket?unknown";
        }
    }

    @PostMapping("/office/loket/companies/{id}/blocked")
    String block(@PathVariable long id, @RequestParam(defaultValue = "") String blocked,
                 @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String version) {
        try {
            companies.setBlocked(users.require(), id, "true".equals(blocked), reason,
                    LoketWorkspaceController.version(version));
            return "redirect:/office/loket?changed";
        } catch (StaleData e) {
            return "redirect:/office/loket?stale";
        } catch (InvalidInput e) {
            return "redirect:/office/loket?reason";
        }
    }

    @PostMapping("/office/loket/companies/{id}/technical")
    String technical(@PathVariable long id, @RequestParam(defaultValue = "") String technical,
                     @RequestParam(defaultValue = "") String version) {
        Boolean value = switch (technical) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        try {
            companies.setTechnical(users.require(), id, value, LoketWorkspaceController.version(version));
            return "redirect:/office/loket?changed";
        } catch (StaleData e) {
            return "redirect:/office/loket?stale";
        }
    }

    @PostMapping("/office/loket/listings/hidden")
    String hide(@RequestParam(defaultValue = "") String listing, @RequestParam(defaultValue = "") String hidden,
                @RequestParam(defaultValue = "") String reason) {
        CurrentUser office = users.require();
        if (!listing.matches("\\d{1,18}")) {
            return "redirect:/office/loket?unknownListing";
        }
        long id = Long.parseLong(listing);
        try {
            Listings.Listing current = listings.forOffice(office, id)
                    .orElseThrow(() -> InvalidInput.of("listing", "loket.listing.unknown"));
            listings.hide(office, id, "true".equals(hidden), reason, current.version());
            return "redirect:/office/loket?changed";
        } catch (InvalidInput e) {
            return "redirect:/office/loket?" + ("reason".equals(e.errors().keySet().iterator().next()) ? "reason"
                    : "unknownListing");
        } catch (StaleData e) {
            return "redirect:/office/loket?stale";
        }
    }

    @PostMapping("/office/loket/register")
    String importRegister(@RequestParam(defaultValue = "") String sector, @RequestParam("file") MultipartFile file,
                          Model model) throws IOException {
        CurrentUser office = users.require();
        SchoolRegisterReader.Sector chosen;
        try {
            chosen = SchoolRegisterReader.Sector.valueOf(sector.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return "redirect:/office/loket?sector";
        }
        if (file.isEmpty() || file.getSize() > MAX_UPLOAD) {
            return "redirect:/office/loket?file";
        }
        try {
            Schools.ImportResult result = schools.importRegister(chosen, file.getOriginalFilename() == null ? "register.csv"
                    : file.getOriginalFilename(), file.getBytes(), office.actor());
            return "redirect:/office/loket?added=" + result.added() + "&updated=" + result.updated() + "&left="
                    + result.leftRegister();
        } catch (LoketImportFailed e) {
            model.addAttribute("importErrors", e.errors().stream().limit(100)
                    .map(error -> new ErrorLine(error.file(), error.line(), error.column(),
                            error.message(LocaleContextHolder.getLocale()))).toList());
            model.addAttribute("importErrorCount", e.errors().size());
            return page(model);
        }
    }

    @PostMapping("/office/loket/holidays")
    String importHolidays(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        CurrentUser office = users.require();
        if (file.isEmpty() || file.getSize() > 1024 * 1024) {
            return "redirect:/office/loket?file";
        }
        try {
            int stored = holidays.importFile(office, file.getBytes());
            return "redirect:/office/loket?holidays=" + stored;
        } catch (SchoolHolidays.Invalid e) {
            model.addAttribute("holidayErrors", e.errors());
            return page(model);
        }
    }
}
