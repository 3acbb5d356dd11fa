/**
 * Server-side SVG charts for the monitor pages and the PDF reports: {@link nl.techniekpact.charts.LineChart}
 * (a trend with target, projection and baseline), {@link nl.techniekpact.charts.BarChart} (regions
 * compared, sorted) and {@link nl.techniekpact.charts.ChoroplethMap} (regions coloured by class) with
 * {@link nl.techniekpact.charts.GeoJsonShapes} reading and projecting the region boundaries.
 *
 * <p>Rules every renderer keeps:
 * <ul>
 * <li>JDK only (Jackson for GeoJSON); no scripts, no {@code style} attributes or elements (the pages run under a
 * strict Content-Security-Policy), only presentation attributes ({@code fill="#…"}, {@code stroke-dasharray}) and
 * CSS classes ({@code tp-chart…}, see {@code static/css/charts.css}), and only {@code svg, g, path, line, rect,
 * circle, text, title, desc, defs, pattern} so that openhtmltopdf can draw them in PDF.</li>
 * <li>Deterministic: the same input gives byte-identical output. Coordinates are written with exactly one
 * decimal in {@link java.util.Locale#ROOT}; element ids are the caller's prefix plus a fixed suffix.</li>
 * <li>Accessible (WCAG 2.1 AA): the root is {@code <svg role="img" aria-labelledby="{prefix}-title
 * {prefix}-desc">} with {@code <title>} and {@code <desc>} from the caller (already localised); lines and bars
 * have at least 3:1 contrast against white; nothing is told by colour alone (target lines are dashed and
 * labelled, projections dotted and in the legend, regions without data hatched, every legend swatch has text).
 * The pages should still offer the numbers as a table next to the chart.</li>
 * <li>All visible numbers come from one {@link nl.techniekpact.charts.NumberStyle} per chart (locale,
 * decimals, unit).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.techniekpact.charts;
