package nl.techniekpact.monitor.internal.sources;

import nl.techniekpact.shared.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.techniekpact.monitor.ImportRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads everything the CBS importers need for one StatLine table, each document named by the address it came
 * from (the import's provenance):
 * <ul>
 * <li>OData v4 ({@code <base><TABLE>/}): {@code Observations} and its pages by {@code @odata.nextLink},
 * {@code Dimensions}, {@code MeasureCodes} and {@code <Dimension>Codes} for every dimension listed;</li>
 * <li>OData v3 ({@code <base><TABLE>/}): {@code DataProperties}, the code list of every dimension it lists
 * ({@code Perioden}, {@code RegioS} …), and {@code TypedDataSet} with its pages by {@code odata.nextLink}.</li>
 * </ul>
 * A next link is followed on the configured base only: its part after {@code /<TABLE>/} is appended to the base,
 * so a recorded or rewritten link never sends the platform to another host.
 */
@Component
class CbsDownloads {

    private static final Set<String> V3_DIMENSIONS = Set.of("Dimension", "TimeDimension", "GeoDimension", "GeoDetail");

    private final Downloads downloads;
    private final SourcesProperties properties;
    private final JsonMapper json = Json.MAPPER;

    CbsDownloads(Downloads downloads, SourcesProperties properties) {
        this.downloads = downloads;
        this.properties = properties;
    }

    List<ImportRequest.File> odata4(String table) {
        String base = properties.cbsOdata4BaseUrl() + table + "/";
        List<ImportRequest.File> files = pages(base, table, base + "Observations", "@odata.nextLink");
        String dimensionsUrl = base + "Dimensions";
        byte[] dimensions = downloads.json(dimensionsUrl);
        files.add(new ImportRequest.File(dimensionsUrl, dimensions));
        String measuresUrl = base + "MeasureCodes";
        files.add(new ImportRequest.File(measuresUrl, downloads.json(measuresUrl)));
        for (JsonNode dimension : read(dimensionsUrl, dimensions).path("value")) {
            String identifier = dimension.path("Identifier").asString("").strip();
            if (!identifier.isEmpty()) {
                String url = base + identifier + "Codes";
                files.add(new ImportRequest.File(url, downloads.json(url)));
            }
        }
        return files;
    }

    List<ImportRequest.File> odata3(String table) {
        String base = properties.cbsOdata3BaseUrl() + table + "/";
        List<ImportRequest.File> files = new ArrayList<>();
        String propertiesUrl = base + "DataProperties?$format=json";
        byte[] dataProperties = downloads.json(propertiesUrl);
        files.add(new ImportRequest.File(propertiesUrl, dataProperties));
        for (JsonNode property : read(propertiesUrl, dataProperties).path("value")) {
            if (V3_DIMENSIONS.contains(property.path("Type").asString(""))) {
                String url = base + property.path("Key").asString("").strip() + "?$format=json";
                files.add(new ImportRequest.File(url, downloads.json(url)));
            }
        }
        files.addAll(pages(base, table, base + "TypedDataSet?$format=json", "odata.nextLink"));
        return files;
    }

    private List<ImportRequest.File> pages(String base, String table, String first, String nextLinkName) {
        List<ImportRequest.File> pages = new ArrayList<>();
        String url = first;
        while (url != null) {
            if (pages.size() >= properties.maxPages()) {
                throw new SourceFailed("too-many-pages", first, properties.maxPages());
            }
            byte[] page = downloads.json(url);
            pages.add(new ImportRequest.File(url, page));
            JsonNode next = read(url, page).get(nextLinkName);
            url = next == null || next.isNull() ? null : onBase(base, table, next.asString());
        }
        return pages;
    }

    /** {@code link} moved onto {@code base}: everything after {@code /<table>/}, else the link relative to it. */
    static String onBase(String base, String table, String link) {
        String marker = "/" + table.toLowerCase(Locale.ROOT) + "/";
        int at = link.toLowerCase(Locale.ROOT).indexOf(marker);
        if (at >= 0) {
            return base + link.substring(at + marker.length());
        }
        if (link.contains("://")) {
            throw new SourceFailed("bad-address", link);
        }
        return base + (link.startsWith("/") ? link.substring(1) : link);
    }

    private JsonNode read(String url, byte[] content) {
        try {
            return json.readTree(content);
        } catch (JacksonException | NumberFormatException e) {
            throw new SourceFailed("not-json", url);
        }
    }
}
