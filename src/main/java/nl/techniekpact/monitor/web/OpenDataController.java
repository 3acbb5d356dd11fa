package nl.techniekpact.monitor.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.ZoneId;
import java.util.List;

import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.OpenDataBundle;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open-data bundle in public: every dataset the platform ships, with its organisation, licence, origin, files
 * (size and SHA-256 of the original) and whether it is loaded here; each file downloadable unchanged. The same as
 * JSON under {@code /api/v1/open-data}.
 */
@Controller
class OpenDataController {

    private final OpenDataBundle bundle;

    OpenDataController(OpenDataBundle bundle) {
        this.bundle = bundle;
    }

    /** A dataset as the API gives it: the bundle's facts and, per import, its state here. */
    record DatasetJson(String folder, String title, String titleEn, String organisation, String credit,
                       String licence, String licenceUrl, boolean downloadable, String origin,
                       List<OpenDataBundle.File> files, List<LoadJson> imports) {
    }

    record LoadJson(String format, String dataset, List<String> files, String state, Long importId,
                    java.time.Instant finishedAt) {
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("datasets", bundle.datasets());
        model.addAttribute("zone", ZoneId.of("Europe/Amsterdam"));
        return "monitor/open-data";
    }

    @GetMapping(value = "/api/v1/open-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<DatasetJson> api() {
        return bundle.datasets().stream().map(d -> new DatasetJson(d.folder(), d.titleNl(), d.titleEn(),
                d.organisation(), d.credit(), d.licence(), d.licenceUrl(), d.redistributable(), d.origin(), d.files(),
                d.loads().stream().map(OpenDataController::load).toList())).toList();
    }

    private static LoadJson load(OpenDataBundle.Load load) {
        ImportJob job = load.lastJob();
        return new LoadJson(load.format().code(), load.dataset(), load.files(),
                job == null ? "NOT_LOADED" : job.state().name(), job == null ? null : job.id(),
                job == null ? null : job.finishedAt());
    }

    @GetMapping("/open-data/{folder}/{name:.+}")
    ResponseEntity<byte[]> file(@PathVariable String folder, @PathVariable String name) {
        if (folder.length() > 200 || name.length() > 200) {
            throw new ResponseStatusException(NOT_FOUND);
        }
        boolean offered = name.equals("SOURCE.md") || bundle.datasets().stream()
                .anyMatch(d -> d.folder().equals(folder) && d.redistributable());
        if (!offered) {
            throw new ResponseStatusException(NOT_FOUND); // no licence to pass the copy on: read here, not offered
        }
        byte[] content = bundle.file(folder, name).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        MediaType type = name.endsWith(".json") || name.endsWith(".geojson") ? MediaType.APPLICATION_JSON
                : name.endsWith(".md") ? MediaType.parseMediaType("text/markdown;charset=UTF-8")
                : name.endsWith(".csv") || name.endsWith(".txt") ? MediaType.parseMediaType("text/csv")
                : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
