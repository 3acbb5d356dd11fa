package nl.techniekpact.loket.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.loket.PersonalData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person downloads or deletes their own data. */
@Controller
class LoketPrivacyController {

    private final CurrentUsers users;
    private final PersonalData personalData;

    LoketPrivacyController(CurrentUsers users, PersonalData personalData) {
        this.users = users;
        this.personalData = personalData;
    }

    @GetMapping("/loket/mijn/gegevens")
    String page() {
        users.require();
        return "loket/privacy";
    }

    @GetMapping("/loket/mijn/gegevens.json")
    ResponseEntity<Map<String, Object>> export() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mijn-gegevens-loket.json\"")
                .body(personalData.export(users.require()));
    }

    @PostMapping("/loket/mijn/gegevens/verwijderen")
    String delete(@RequestParam(defaultValue = "") String confirm, HttpServletRequest request,
                  HttpServletResponse response) {
        if (!"yes".equals(confirm)) {
            return "redirect:/loket/mijn/gegevens?confirm";
        }
        personalData.delete(users.require());
        new SecurityContextLogoutHandler().logout(request, response, null);
        return "redirect:/loket?deleted";
    }
}
