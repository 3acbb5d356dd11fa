package nl.techniekpact.monitor.web;

import nl.techniekpact.shared.Text;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.accounts.CurrentUser;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.accounts.Permissions;
import nl.techniekpact.audit.Actor;
import nl.techniekpact.monitor.ImportFormat;
import nl.techniekpact.monitor.ImportJob;
import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.monitor.MonitorImports;
import nl.techniekpact.shared.Forbidden;
import nl.techniekpact.shared.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports for scripts (programme office only, with an API token). {@code POST /api/v1/imports} starts a job and
 * answers 202 with it; {@code GET /api/v1/imports/{id}} gives its state, progress, counts and errors.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Monitor imports", description = "Load DUO, CBS, crosswalk, boundary and mapped CSV/xlsx files (office)")
class ImportApiController {

    private final MonitorImports imports;
    private final CurrentUsers users;
    private final Permissions permissions;

    ImportApiController(MonitorImports imports, CurrentUsers users, Permissions permissions) {
        this.imports = imports;
        this.users = users;
        this.permissions = permissions;
    }

    @Operation(summary = "Start an import; answers 202 with the job",
            description = "format: duo | cbs-odata3 | cbs-odata4 | xlsx | csv | gebieden | geojson. For CBS OData, "
                    + "send every page as a 'file' part, in order. dataset: DUO file kind (hbo-eerstejaars, "
                    + "wo-eerstejaars, hbo-gediplomeerden, wo-gediplomeerden, mbo-deelnemers) or CBS table "
                    + "(83599NED); mapping: JSON column mapping for csv/xlsx.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> start(@RequestPart("file") List<MultipartFile> files,
                                    @RequestParam String format,
                                    @RequestParam(required = false) String dataset,
                                    @RequestParam(required = false) String mapping,
                                    @Parameter(description = "name of a saved mapping to use; with mapping: save it under this name")
                                    @RequestParam(required = false) String mappingName,
                                    @Parameter(description = "organisation the figures come from (default by format)")
                                    @RequestParam(required = false) String source,
                                    @Parameter(description = "date the file was downloaded, yyyy-mm-dd")
                                    @RequestParam(required = false) String retrievedOn,
                                    @RequestParam(defaultValue = "false") boolean provisional) {
        CurrentUser user = office();
        Actor actor = new Actor(user.id(), user.email());
        String resolved = resolveMapping(imports, mapping, mappingName, actor);
        ImportRequest request = request(files, format, dataset, resolved, source, retrievedOn, provisional);
        ImportJob job = imports.submit(request, actor);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @Operation(summary = "An import's state (RUNNING, DONE, FAILED), progress, counts and line-numbered errors")
    @GetMapping("/{id}")
    ImportJob job(@PathVariable long id) {
        office();
        return imports.job(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
    }

    @Operation(summary = "The 50 most recent imports")
    @GetMapping
    List<ImportJob> recent() {
        office();
        return imports.recent(50);
    }

    @Operation(summary = "The saved column mappings")
    @GetMapping("/mappings")
    List<MonitorImports.SavedMapping> mappings() {
        office();
        return imports.savedMappings();
    }

    /** The mapping to use: the one given (saved under {@code name} when a name is given too), else the saved one. */
    static String resolveMapping(MonitorImports imports, String mapping, String name, Actor actor) {
        boolean hasMapping = mapping != null && !mapping.isBlank();
        boolean hasName = name != null && !name.isBlank();
        if (hasMapping && hasName) {
            imports.saveMapping(name, mapping, actor);
            return mapping;
        }
        if (hasName) {
            return imports.savedMapping(name.strip())
                    .orElseThrow(() -> InvalidInput.of("mappingName", "monitor.import.form.mapping-name-unknown"));
        }
        return mapping;
    }

    private CurrentUser office() {
        CurrentUser user = users.require();
        if (!permissions.isOffice(user)) {
            throw new Forbidden("imports are for the programme office");
        }
        return user;
    }

    /** Checks the form fields; a problem is a 400 naming the field. */
    static ImportRequest request(List<MultipartFile> files, String format, String dataset, String mapping,
                                 String source, String retrievedOn, boolean provisional) {
        ImportFormat chosen = ImportFormat.of(format)
                .orElseThrow(() -> InvalidInput.of("format", "monitor.import.form.format-unknown"));
        List<ImportRequest.File> contents = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload" : java.nio.file.Path.of(file.getOriginalFilename()).getFileName().toString();
                contents.add(new ImportRequest.File(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (contents.isEmpty()) {
            throw InvalidInput.of("file", "monitor.import.form.file-missing");
        }
        if ((chosen == ImportFormat.CSV || chosen == ImportFormat.XLSX) && (mapping == null || mapping.isBlank())) {
            throw InvalidInput.of("mapping", "monitor.import.form.mapping-missing");
        }
        LocalDate retrieved = null;
        if (retrievedOn != null && !retrievedOn.isBlank()) {
            try {
                retrieved = LocalDate.parse(retrievedOn.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("retrievedOn", "monitor.import.form.date-invalid");
            }
        }
        return new ImportRequest(chosen, contents, Text.blankToNull(dataset), Text.blankToNull(mapping), Text.blankToNull(source),
                retrieved, provisional);
    }

}
