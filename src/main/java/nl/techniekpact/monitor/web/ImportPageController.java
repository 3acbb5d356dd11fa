package nl.techniekpact.monitor.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The office's import pages: upload a file, follow the job with a progress bar, read the line-numbered error
 * report. Only the office reaches {@code /office/**} (security configuration).
 */
@Controller
class ImportPageController {

    private final MonitorImports imports;
    private final CurrentUsers users;

    ImportPageController(MonitorImports imports, CurrentUsers users) {
        this.imports = imports;
        this.users = users;
    }

    @GetMapping("/office/monitor/imports")
    String form(Model model) {
        return page(model, Map.of(), Map.of());
    }

    private String page(Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("formats", Arrays.stream(ImportFormat.values()).map(ImportFormat::code).toList());
        model.addAttribute("jobs", imports.recent(30));
        model.addAttribute("mappings", imports.savedMappings());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "monitor/imports";
    }

    @PostMapping("/office/monitor/imports")
    String start(@RequestParam(name = "file", required = false) List<MultipartFile> files,
                 @RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "") String dataset,
                 @RequestParam(defaultValue = "") String mapping, @RequestParam(defaultValue = "") String mappingName,
                 @RequestParam(defaultValue = "") String source,
                 @RequestParam(defaultValue = "") String retrievedOn,
                 @RequestParam(defaultValue = "false") boolean provisional, Model model) {
        CurrentUser user = users.require();
        try {
            Actor actor = new Actor(user.id(), user.email());
            String resolved = ImportApiController.resolveMapping(imports, mapping, mappingName, actor);
            var request = ImportApiController.request(files == null ? List.of() : files, format, dataset, resolved,
                    source, retrievedOn, provisional);
            ImportJob job = imports.submit(request, actor);
            return "redirect:/office/monitor/imports/" + job.id();
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors(), Map.of("format", format, "dataset", dataset, "mapping", mapping,
                    "mappingName", mappingName, "source", source, "retrievedOn", retrievedOn));
        }
    }

    @GetMapping("/office/monitor/imports/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return "monitor/import";
    }

    /** The job's state block alone, polled by htmx while the import runs. */
    @GetMapping("/office/monitor/imports/{id}/state")
    String state(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        return "monitor/import :: state";
    }
}
