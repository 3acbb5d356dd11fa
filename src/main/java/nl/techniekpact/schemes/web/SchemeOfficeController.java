package nl.techniekpact.schemes.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.schemes.SchemeImports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's import of scheme lists: one to five CSV files (each at most 5 MB), who published them and their
 * date. All or nothing: an error in any file is listed with file and line in the form's error summary and nothing
 * is written.
 */
@Controller
class SchemeOfficeController {

    static final long MAX_FILE = 5L * 1024 * 1024;
    static final int MAX_PUBLISHER = 200;

    /** An import error as the page lists it. */
    record ErrorLine(String file, int line, String text) {
    }

    private final CurrentUsers users;
    private final SchemeImports imports;

    SchemeOfficeController(CurrentUsers users, SchemeImports imports) {
        this.users = users;
        this.imports = imports;
    }

    @GetMapping("/office/regelingen/import")
    String form(Model model) {
        if (!model.containsAttribute("publisher")) {
            model.addAttribute("publisher", "");
            model.addAttribute("sourceDate", "");
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("importErrors", List.of());
        return "schemes/import";
    }

    @PostMapping("/office/regelingen/import")
    String upload(@RequestParam(defaultValue = "") String publisher, @RequestParam(defaultValue = "") String sourceDate,
                  @RequestParam(name = "file", required = false) List<MultipartFile> files, Locale locale, Model model,
                  RedirectAttributes redirect) throws IOException {
        var user = users.require();
        Map<String, String> errors = new LinkedHashMap<>();
        String who = publisher.strip();
        if (who.isEmpty()) {
            errors.put("publisher", "schemes.import.error.publisher");
        } else if (who.length() > MAX_PUBLISHER) {
            errors.put("publisher", "schemes.import.error.publisherLong");
        }
        LocalDate date = null;
        if (!sourceDate.isBlank()) {
            try {
                date = sourceDate.length() > 10 ? null : LocalDate.parse(sourceDate.strip());
            } catch (DateTimeParseException e) {
                date = null;
            }
            if (date == null) {
                errors.put("sourceDate", "schemes.import.error.date");
            }
        }
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            errors.put("file", "schemes.import.error.file");
        } else if (chosen.size() > SchemeImports.MAX_FILES) {
            errors.put("file", "schemes.import.error.tooMany");
        } else if (chosen.stream().anyMatch(f -> f.getSize() > MAX_FILE)) {
            errors.put("file", "schemes.import.error.tooLarge");
        }
        List<ErrorLine> importErrors = new ArrayList<>();
        if (errors.isEmpty()) {
            List<SchemeImports.ListFile> list = new ArrayList<>();
            for (MultipartFile f : chosen) {
                String name = fileName(f.getOriginalFilename());
                list.add(new SchemeImports.ListFile(SourceFile.of(name, f.getBytes()), SchemeImports.source(name, who), date));
            }
            SchemeImports.Result result = imports.run(user, list);
            if (!result.failed()) {
                // flash attributes live in the session, which is stored in PostgreSQL: only serializable values
                redirect.addFlashAttribute("result", new Done(result.read(), result.added(), result.replaced(),
                        new ArrayList<>(result.repeated())));
                return "redirect:/office/regelingen/import?done";
            }
            for (ImportError e : result.errors()) {
                importErrors.add(new ErrorLine(e.file(), e.line(), e.message(locale)));
            }
            errors.put("file", "schemes.import.error.rows");
        }
        model.addAttribute("errors", errors);
        model.addAttribute("importErrors", importErrors);
        model.addAttribute("publisher", who.length() > MAX_PUBLISHER ? who.substring(0, MAX_PUBLISHER) : who);
        model.addAttribute("sourceDate", sourceDate.length() > 10 ? "" : sourceDate);
        return "schemes/import";
    }

    /** The file's own name without any folder, printable characters only, at most 120. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "regelingen.csv";
        }
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }


    /** What the office sees after an import (kept in the session until the next page: serializable). */
    record Done(int read, int added, int replaced, List<String> repeated) implements java.io.Serializable {
    }
}
