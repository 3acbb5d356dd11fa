package nl.techniekpact.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.techniekpact.importers.CbsMetadata;
import nl.techniekpact.importers.CbsOData3Parser;
import nl.techniekpact.importers.CbsOData4Parser;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import nl.techniekpact.importers.ParseResult;
import nl.techniekpact.importers.RawObservation;
import nl.techniekpact.monitor.ImportRequest;
import org.springframework.stereotype.Component;

/**
 * CBS StatLine tables in any of their forms (OData v3 or v4 pages with their metadata, the CSV download) turned
 * into cells by the table's profile — a known table, or the request's mapping — with every region checked.
 * Storing is {@link ImportRunner}'s business; any error throws {@link ImportFailed}.
 */
@Component
class CbsImports {

    /** The cells of one table and how many source rows they came from. */
    record Cells(List<Cell> cells, int rowsRead) {
    }

    private final ObservationWriter writer;

    CbsImports(ObservationWriter writer) {
        this.writer = writer;
    }

    Cells odata(ImportRequest request, boolean v4) {
        CbsFiles files = CbsFiles.sort(request.files(), v4);
        String first = request.files().getFirst().name();
        if (files.pages.isEmpty()) {
            throw new ImportFailed(List.of(ImportError.of(first, 0, 0, Code.NOTHING_TO_IMPORT)), 0);
        }
        ParseResult<CbsMetadata> metadata = files.metadata(v4);
        ImportRunner.failOnErrors(metadata.errors(), 0);
        ParseResult<RawObservation> parsed = v4 ? new CbsOData4Parser(metadata.rows().getFirst()).parse(files.pages)
                : new CbsOData3Parser(metadata.rows().getFirst()).parse(files.pages);
        ImportRunner.failOnErrors(parsed.errors(), parsed.rows().size());
        return profiled(request, request.dataset() != null ? request.dataset() : files.table, parsed);
    }

    /**
     * StatLine's CSV download: one data file (the untyped or typed data set) and at most one metadata file,
     * told apart by their sections ({@code "DataProperties"}). The table is the request's dataset, else the
     * metadata's identifier, else the data file's name ({@code 83599NED_UntypedDataSet_….csv}).
     */
    Cells csv(ImportRequest request) {
        String first = request.files().getFirst().name();
        ImportRequest.File data = null;
        ImportRequest.File meta = null;
        for (ImportRequest.File file : request.files()) {
            if (nl.techniekpact.importers.CbsCsvParser.isMetadata(file.content())) {
                meta = file;
            } else if (data == null) {
                data = file;
            } else {
                throw new ImportFailed(List.of(ImportError.of(file.name(), 0, 0, Code.UNEXPECTED_PAGE, data.name())), 0);
            }
        }
        if (data == null) {
            throw new ImportFailed(List.of(ImportError.of(first, 0, 0, Code.NOTHING_TO_IMPORT)), 0);
        }
        CbsMetadata metadata = CbsMetadata.NONE;
        String table = nl.techniekpact.importers.CbsCsvParser.tableOf(data.name());
        if (meta != null) {
            var read = nl.techniekpact.importers.CbsCsvParser.metadata(ImportRunner.source(meta));
            ImportRunner.failOnErrors(read.errors(), 0);
            metadata = read.rows().getFirst().metadata();
            if (read.rows().getFirst().identifier() != null) {
                table = read.rows().getFirst().identifier();
            }
        }
        ParseResult<RawObservation> parsed = new nl.techniekpact.importers.CbsCsvParser(metadata)
                .parse(ImportRunner.source(data));
        ImportRunner.failOnErrors(parsed.errors(), parsed.rows().size());
        return profiled(request, request.dataset() != null ? request.dataset() : table, parsed);
    }

    /** The CBS rows of any format, turned into cells by the table's profile (known, or the request's mapping). */
    private Cells profiled(ImportRequest request, String table, ParseResult<RawObservation> parsed) {
        String first = request.files().getFirst().name();
        CbsProfile profile = request.mapping() != null ? CbsProfile.fromJson(table, request.mapping(), first)
                : CbsProfile.of(table).orElseThrow(() -> new ImportFailed(List.of(ImportError.of(first, 0, 0,
                        Code.UNKNOWN_DATASET, String.valueOf(table),
                        String.join(", ", CbsProfile.KNOWN.keySet().stream().sorted().toList()))), 0));
        Set<String> indicators = writer.indicatorIds().keySet();
        for (CbsProfile.Topic topic : profile.topics().values()) {
            if (!indicators.contains(topic.indicator())) {
                throw new ImportFailed(List.of(ImportError.of(first, 0, 0, Code.UNKNOWN_INDICATOR, topic.indicator())), 0);
            }
        }
        Set<String> known = Set.copyOf(writer.geographyIds().keySet());
        List<ImportError> errors = new ArrayList<>();
        CbsCells cells = new CbsCells(profile);
        for (RawObservation row : parsed.rows()) {
            if (!known.contains(row.regionCode())) {
                errors.add(ImportError.of(first, row.line(), row.column(), Code.UNKNOWN_REGION, row.regionCode()));
                continue;
            }
            cells.add(row);
        }
        ImportRunner.failOnErrors(errors, parsed.rows().size());
        if (cells.used() == 0) {
            throw new ImportFailed(List.of(ImportError.of(first, 0, 0, Code.NOTHING_TO_IMPORT)), parsed.rows().size());
        }
        return new Cells(cells.cells(), parsed.rows().size());
    }
}
