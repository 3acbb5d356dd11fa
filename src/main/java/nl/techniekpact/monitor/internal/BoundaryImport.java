package nl.techniekpact.monitor.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.techniekpact.monitor.ImportRequest;
import nl.techniekpact.charts.GeoJsonShapes;
import nl.techniekpact.charts.Shape;
import nl.techniekpact.charts.ShapeLayer;
import nl.techniekpact.charts.ShapePath;
import nl.techniekpact.importers.ImportError;
import nl.techniekpact.importers.ImportError.Code;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imports region boundaries (GeoJSON, one file per layer: provinces, labour-market regions, landsdelen or
 * municipalities) as SVG paths projected once, at import, into one viewBox per file. The year of the
 * boundaries is the first four-digit year in the file name (cartomap's {@code provincie_2023.geojson}), else
 * the year of the retrieval date, else this year. Every region must already be known (municipalities and
 * labour-market regions come from the crosswalk import).
 */
@Component
class BoundaryImport {

    static final double WIDTH = 600;
    static final double HEIGHT = 700;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private final JdbcClient jdbc;
    private final ObservationWriter writer;

    BoundaryImport(JdbcClient jdbc, ObservationWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    ObservationWriter.Counts run(long job, ImportRequest request) {
        Map<String, Integer> geographies = writer.geographyIds();
        List<ImportError> errors = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int features = 0;
        for (ImportRequest.File file : request.files()) {
            GeoJsonShapes.Result result = GeoJsonShapes.read(new ByteArrayInputStream(file.content()));
            result.errors().forEach(e -> errors.add(ImportError.of(file.name(), 0, 0, Code.BAD_JSON, e)));
            if (result.hasErrors()) {
                continue;
            }
            if (result.shapes().isEmpty()) {
                errors.add(ImportError.of(file.name(), 0, 0, Code.EMPTY_FILE));
                continue;
            }
            int position = 0;
            for (Shape shape : result.shapes()) {
                position++;
                if (!geographies.containsKey(shape.code())) {
                    errors.add(ImportError.of(file.name(), position, 0, Code.UNKNOWN_REGION, shape.code()));
                }
            }
            if (!errors.isEmpty()) {
                continue;
            }
            features += result.shapes().size();
            int year = year(file.name(), request.retrievedOn());
            ShapeLayer layer = GeoJsonShapes.project(result.shapes(), WIDTH, HEIGHT);
            for (ShapePath path : layer.paths()) {
                int id = geographies.get(path.code());
                String existing = jdbc.sql("select svg_path from geography_shape where geography_id = ? and year = ?")
                        .params(id, year).query(String.class).optional().orElse(null);
                if (path.d().equals(existing)) {
                    unchanged++;
                    continue;
                }
                jdbc.sql("""
                        insert into geography_shape (geography_id, year, svg_path, view_width, view_height, import_id)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (geography_id, year) do update set svg_path = excluded.svg_path,
                            view_width = excluded.view_width, view_height = excluded.view_height,
                            import_id = excluded.import_id""")
                        .params(id, year, path.d(), layer.width(), layer.height(), job).update();
                if (existing == null) {
                    added++;
                } else {
                    changed++;
                }
            }
        }
        ImportRunner.failOnErrors(errors, features);
        return new ObservationWriter.Counts(added, changed, unchanged);
    }

    static int year(String fileName, LocalDate retrievedOn) {
        Matcher matcher = YEAR.matcher(fileName);
        if (matcher.find()) {
            return Integer.parseInt(matcher.group());
        }
        return (retrievedOn != null ? retrievedOn : LocalDate.now()).getYear();
    }
}
