package nl.techniekpact.monitor;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Region boundaries for maps, as loaded by the boundary import (projected SVG paths, one viewBox per file). */
@Service
@Transactional(readOnly = true)
public class RegionShapes {

    private final JdbcClient jdbc;

    RegionShapes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest boundaries of every region of {@code kind}, as projected at import; empty when none are loaded. */
    public Optional<nl.techniekpact.charts.ShapeLayer> of(Geography.Kind kind) {
        record Row(String code, String name, String path, double width, double height) {
        }
        List<Row> rows = jdbc.sql("""
                select g.code, g.name, s.svg_path as path, s.view_width as width, s.view_height as height
                  from geography_shape s
                  join geography g on g.id = s.geography_id
                 where g.kind = :kind and s.year = (select max(s2.year) from geography_shape s2
                       join geography g2 on g2.id = s2.geography_id where g2.kind = :kind)
                 order by g.code""").param("kind", kind.name()).query(Row.class).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new nl.techniekpact.charts.ShapeLayer(rows.getFirst().width(),
                rows.getFirst().height(), rows.stream().map(r -> new nl.techniekpact.charts.ShapePath(r.code(),
                r.name(), r.path())).toList()));
    }

}
