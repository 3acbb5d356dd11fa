package nl.techniekpact.monitor.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.importers.CbsMetadata;
import nl.techniekpact.importers.CbsMetadataParser;
import nl.techniekpact.importers.CbsOData4MetadataParser;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ParseResult;
import nl.techniekpact.importers.SourceFile;

/**
 * Sorts the files of one CBS table upload into data pages and metadata, so a user can send everything they
 * downloaded at once. OData v3 documents say what they are in {@code odata.metadata}
 * ({@code …$metadata#Cbs.OData.WebAPI.DataProperties}, {@code …Perioden}, {@code …UntypedDataSet}); v4
 * documents by {@code @odata.context} or, failing that, by file name ({@code Dimensions}, {@code MeasureCodes},
 * {@code GeslachtCodes}). Catalogue and table-information documents are ignored. Pages keep their order.
 */
final class CbsFiles {

    private static final Pattern V3_CONTEXT = Pattern.compile("\"odata\\.metadata\"\\s*:\\s*\"[^\"]*#Cbs\\.OData\\.WebAPI\\.(\\w+)\"");
    private static final Pattern V4_CONTEXT = Pattern.compile("\"@odata\\.context\"\\s*:\\s*\"[^\"]*\\$metadata#(\\w+)\"");
    private static final Pattern TABLE = Pattern.compile("/(?:OData|odata|CBS)/(\\w+)/");
    private static final Set<String> V3_PAGES = Set.of("TypedDataSet", "UntypedDataSet");
    private static final Set<String> IGNORED = Set.of("TableInfos", "CategoryGroups", "Tables");

    final List<SourceFile> pages = new ArrayList<>();
    SourceFile dataProperties;
    SourceFile dimensions;
    SourceFile measureCodes;
    final Map<String, SourceFile> codeLists = new LinkedHashMap<>();
    String table;

    static CbsFiles sort(List<ImportRequest.File> files, boolean v4) {
        CbsFiles sorted = new CbsFiles();
        for (ImportRequest.File file : files) {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            SourceFile source = SourceFile.of(file.name(), file.content());
            String kind = kind(text, file.name(), v4);
            if (sorted.table == null) {
                Matcher table = TABLE.matcher(text);
                if (table.find()) {
                    sorted.table = table.group(1);
                }
            }
            if (kind == null) {
                sorted.pages.add(source);
            } else if (IGNORED.contains(kind) || kind.isEmpty()) {
                continue;
            } else if (kind.equals("DataProperties")) {
                sorted.dataProperties = source;
            } else if (kind.equals("Dimensions")) {
                sorted.dimensions = source;
            } else if (kind.equals("MeasureCodes")) {
                sorted.measureCodes = source;
            } else if (v4 && kind.endsWith("Codes")) {
                sorted.codeLists.put(kind.substring(0, kind.length() - "Codes".length()), source);
            } else if (v4 && kind.equals("Observations")) {
                sorted.pages.add(source);
            } else if (!v4) {
                sorted.codeLists.put(kind, source);
            } else {
                sorted.pages.add(source);
            }
        }
        return sorted;
    }

    /** What a document is; null for a data page; "" for a service document. */
    private static String kind(String text, String name, boolean v4) {
        Matcher v3 = V3_CONTEXT.matcher(text);
        if (v3.find()) {
            return V3_PAGES.contains(v3.group(1)) ? null : v3.group(1);
        }
        Matcher context = V4_CONTEXT.matcher(text);
        if (context.find()) {
            return context.group(1);
        }
        if (text.contains("\"odata.metadata\"") && text.matches("(?s).*\\$metadata\"\\s*,.*")) {
            return "";
        }
        String base = name.replaceAll("(?i)\\.json$", "");
        if (base.equals("DataProperties") || (v4 && (base.equals("Dimensions") || base.endsWith("Codes")))) {
            return base;
        }
        return null;
    }

    /** The metadata the files hold (none: {@link CbsMetadata#NONE}), or its errors. */
    ParseResult<CbsMetadata> metadata(boolean v4) {
        if (v4) {
            if (dimensions == null && measureCodes == null && codeLists.isEmpty()) {
                return new ParseResult<>(List.of(CbsMetadata.NONE), List.<ImportError>of(), 0, 0);
            }
            return CbsOData4MetadataParser.parse(dimensions, measureCodes, codeLists);
        }
        if (dataProperties == null) {
            return new ParseResult<>(List.of(CbsMetadata.NONE), List.<ImportError>of(), 0, 0);
        }
        return CbsMetadataParser.parse(dataProperties, codeLists);
    }
}
