package nl.techniekpact.reports.web;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.techniekpact.accounts.CurrentUsers;
import nl.techniekpact.monitor.Geography;
import nl.techniekpact.reports.DocumentFormat;
import nl.techniekpact.reports.Factsheet;
import nl.techniekpact.reports.FactsheetBatches;
import nl.techniekpact.reports.Factsheets;
import nl.techniekpact.reports.ReportDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The factsheets: public pages and documents per region ({@code /factsheets}, {@code /api/v1/factsheets/{code}}),
 * and the office's batch of all factsheets with its progress and downloads ({@code /office/factsheets}).
 */
@Controller
@Tag(name = "Factsheets", description = "Regional factsheets: education per province, labour market per region,"
        + " vmbo per province and RMC region")
class FactsheetController {

    private final Factsheets factsheets;
    private final FactsheetBatches batches;
    private final ReportDocuments documents;
    private final CurrentUsers users;

    FactsheetController(Factsheets factsheets, FactsheetBatches batches, ReportDocuments documents,
                        CurrentUsers users) {
        this.factsheets = factsheets;
        this.batches = batches;
        this.documents = documents;
        this.users = users;
    }

    @GetMapping("/factsheets")
    String list(Model model) {
        var regions = factsheets.regions();
        model.addAttribute("provinces", regions.stream().filter(g -> g.kind() == Geography.Kind.PROVINCE).toList());
        model.addAttribute("labourMarket", regions.stream()
                .filter(g -> g.kind() == Geography.Kind.LABOUR_MARKET_REGION).toList());
        var vmbo = factsheets.vmboRegions();
        model.addAttribute("vmboProvinces", vmbo.stream().filter(g -> g.kind() == Geography.Kind.PROVINCE).toList());
        model.addAttribute("vmboRmc", vmbo.stream().filter(g -> g.kind() == Geography.Kind.RMC_REGION).toList());
        return "reports/factsheets";
    }

    @GetMapping("/factsheets/{code}")
    String page(@PathVariable String code, Model model, Locale locale) {
        Factsheet sheet = factsheets.factsheet(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        model.addAttribute("sheet", sheet);
        model.addAttribute("fview", documents.factsheetView(sheet, locale));
        return "reports/factsheet";
    }

    @Operation(summary = "The factsheet of a province (education), labour-market region (labour market), or the vmbo"
            + " portrait of a province or RMC region (vmbo-PV27, vmbo-RMC21)",
            description = "Example: /api/v1/factsheets/PV27?format=pdf, /api/v1/factsheets/vmbo-RMC21?format=html")
    @GetMapping("/api/v1/factsheets/{code}")
    @ResponseBody
    ResponseEntity<?> document(@Parameter(description = "PV20–PV31, a labour-market region AM.., or vmbo-PV.. / vmbo-RMC..") @PathVariable String code,
                               @Parameter(description = "json (the model, default), html or pdf")
                               @RequestParam(defaultValue = "json") String format) {
        Factsheet sheet = factsheets.factsheet(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        if ("json".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(sheet);
        }
        DocumentFormat documentFormat = ReportApiController.format(format);
        if (documentFormat == DocumentFormat.DOCX) {
            throw nl.techniekpact.shared.InvalidInput.of("format", "reports.error.format");
        }
        return ReportApiController.document(documents.render(sheet, documentFormat), documentFormat,
                "factsheet-" + sheet.code());
    }

    @GetMapping("/office/factsheets")
    String batches(Model model) {
        model.addAttribute("batches", batches.recent(10));
        return "reports/batches";
    }

    @PostMapping("/office/factsheets")
    String start() {
        return "redirect:/office/factsheets/" + batches.start(users.require()).id();
    }

    @GetMapping("/office/factsheets/{id}")
    String batch(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", batches.batch(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("files", batches.files(id));
        return "reports/batch";
    }

    @GetMapping("/office/factsheets/{id}/files/{code}")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String code) {
        byte[] pdf = batches.file(id, code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        String name = batches.files(id).stream().filter(f -> f.regionCode().equals(code)).findFirst().orElseThrow()
                .fileName();
        return download(pdf, MediaType.APPLICATION_PDF, name);
    }

    @GetMapping("/office/factsheets/{id}/zip")
    ResponseEntity<byte[]> zip(@PathVariable UUID id) {
        byte[] zip = batches.zip(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
        return download(zip, MediaType.valueOf("application/zip"), "factsheets-" + id + ".zip");
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
        return ResponseEntity.ok().headers(headers).body(bytes);
    }
}
