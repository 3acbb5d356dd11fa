package nl.techniekpact.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.techniekpact.monitor.Geography;
import nl.techniekpact.monitor.Indicator;
import nl.techniekpact.monitor.Monitor;
import nl.techniekpact.monitor.Provenance;
import nl.techniekpact.monitor.RegionProvinces;
import nl.techniekpact.monitor.Series;
import nl.techniekpact.monitor.SeriesPoint;
import nl.techniekpact.monitor.Target;
import nl.techniekpact.pact.PactViews;
import nl.techniekpact.pact.Regions;
import nl.techniekpact.reports.Factsheet.Figure;
import nl.techniekpact.reports.ProgressReport.Chart;
import nl.techniekpact.reports.ProgressReport.Point;
import org.springframework.stereotype.Service;

/**
 * The regional factsheets: an education factsheet per province (12), a labour-market factsheet per labour-market
 * region (35) and a vmbo portrait per region of a kind that has vmbo figures (provinces, RMC regions). Key figures
 * are the monitor's indicators with figures for that kind of region (education: every indicator outside the line
 * "werken"; labour market: "werken" first, then the rest; vmbo: every indicator of {@link #isPortraitIndicator}),
 * the newest regional value against the national value of the same period and the national target; trends are
 * charted; the pact agenda and examples are those of the province (and its landsdeel). The portrait indicators are
 * the vmbo portrait's alone: the education factsheet points to the province's portrait instead, so both fit two
 * pages. Sources are listed once per dataset.
 */
@Service
public class Factsheets {

    public static final String EDUCATION = "EDUCATION";
    public static final String LABOUR_MARKET = "LABOUR_MARKET";
    public static final String VMBO = "VMBO";
    /** The identifier of a vmbo portrait is this prefix and the region code: {@code vmbo-RMC21}, {@code vmbo-PV27}. */
    public static final String VMBO_PREFIX = "vmbo-";
    /** The kinds of region a vmbo portrait is made for, when the monitor holds vmbo figures for them. */
    static final List<Geography.Kind> PORTRAIT_KINDS = List.of(Geography.Kind.PROVINCE, Geography.Kind.RMC_REGION);
    static final int MAX_FIGURES = 6;
    static final int MAX_CHARTS = 2;
    /** A portrait's key-figure table holds every portrait indicator, so it has one chart to stay within two pages. */
    static final int MAX_PORTRAIT_CHARTS = 1;

    private final Monitor monitor;
    private final Regions regions;
    private final ProgressReports reports;
    private final RegionProvinces provinces;

    Factsheets(Monitor monitor, Regions regions, ProgressReports reports, RegionProvinces provinces) {
        this.monitor = monitor;
        this.regions = regions;
        this.reports = reports;
        this.provinces = provinces;
    }

    /**
     * The indicators of the vmbo portraits, in one place: every indicator whose code starts with {@code vmbo-},
     * and the counts whose code starts with {@code po-} (pupils of primary schools).
     */
    public static boolean isPortraitIndicator(Indicator indicator) {
        return indicator.code().startsWith("vmbo-")
                || indicator.code().startsWith("po-") && indicator.kind() == Indicator.Kind.COUNT;
    }

    /** Every region with an education or labour-market factsheet: the provinces, then the labour-market regions. */
    public List<Geography> regions() {
        List<Geography> all = new ArrayList<>(monitor.geographies(Geography.Kind.PROVINCE));
        all.addAll(monitor.geographies(Geography.Kind.LABOUR_MARKET_REGION));
        return List.copyOf(all);
    }

    /** Every region with a vmbo portrait: those of each kind of {@link #PORTRAIT_KINDS} that has vmbo figures. */
    public List<Geography> vmboRegions() {
        List<Indicator> portrait = monitor.indicators().stream().filter(Factsheets::isPortraitIndicator).toList();
        List<Geography> all = new ArrayList<>();
        for (Geography.Kind kind : PORTRAIT_KINDS) {
            List<Indicator> withFigures = monitor.indicatorsWithFigures(kind);
            if (portrait.stream().anyMatch(withFigures::contains)) {
                all.addAll(monitor.geographies(kind));
            }
        }
        return List.copyOf(all);
    }

    /** The identifiers of every factsheet, in the order of {@link #regions()} and then {@link #vmboRegions()}. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(regions().stream().map(Geography::code).toList());
        vmboRegions().forEach(g -> ids.add(VMBO_PREFIX + g.code()));
        return List.copyOf(ids);
    }

    /**
     * The factsheet with this identifier: a province or labour-market region code, or {@code vmbo-} and the code
     * of a province or RMC region (a portrait is made for any of them; one without vmbo figures says so).
     */
    public Optional<Factsheet> factsheet(String id) {
        if (id != null && id.startsWith(VMBO_PREFIX)) {
            return monitor.geography(id.substring(VMBO_PREFIX.length()))
                    .filter(g -> PORTRAIT_KINDS.contains(g.kind()))
                    .map(g -> build(g, VMBO));
        }
        return monitor.geography(id)
                .filter(g -> g.kind() == Geography.Kind.PROVINCE || g.kind() == Geography.Kind.LABOUR_MARKET_REGION)
                .map(g -> build(g, g.kind() == Geography.Kind.PROVINCE ? EDUCATION : LABOUR_MARKET));
    }

    private Factsheet build(Geography region, String kind) {
        boolean education = region.kind() == Geography.Kind.PROVINCE;
        boolean portrait = VMBO.equals(kind);
        LocalDate today = reports.today();
        List<Figure> figures = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        Map<String, Set<String>> periodsBySource = new LinkedHashMap<>();
        int maxCharts = portrait ? MAX_PORTRAIT_CHARTS : MAX_CHARTS;
        for (Indicator indicator : indicators(region.kind(), kind)) {
            if (figures.size() >= MAX_FIGURES && !portrait) {
                break;
            }
            Series series = monitor.series(indicator.code(), region.code(), Map.of());
            List<SeriesPoint> known = series.points().stream().filter(p -> p.value() != null).toList();
            if (known.isEmpty()) {
                continue;
            }
            SeriesPoint latest = known.getLast();
            Double national = monitor.series(indicator.code(), KeyFigures.NATIONAL, Map.of()).points().stream()
                    .filter(p -> p.period().equals(latest.period())).map(SeriesPoint::value).findFirst().orElse(null);
            Target target = monitor.targets(indicator.code()).stream()
                    .filter(t -> KeyFigures.NATIONAL.equals(t.region()) && t.breakdown().isEmpty() && t.value() != null)
                    .max(Comparator.comparing((Target t) -> t.year() == null ? 0 : t.year())).orElse(null);
            figures.add(new Figure(indicator.code(), indicator.nameNl(), KeyFigures.unit(indicator),
                    KeyFigures.decimals(indicator), latest.period(), latest.value(), national,
                    target == null ? null : target.value(), target == null ? null : target.year(), indicator.source()));
            if (charts.size() < maxCharts && known.size() >= 2) {
                charts.add(new Chart(indicator.code(), indicator.nameNl() + " — " + region.name(), indicator.unit(),
                        KeyFigures.decimals(indicator), KeyFigures.unit(indicator),
                        known.stream().map(p -> new Point(p.period(), p.position(), p.value())).toList(),
                        target == null ? null : target.value(), target == null ? null : target.year()));
            }
            periodsBySource.computeIfAbsent(indicator.source() + dataset(latest), k -> new LinkedHashSet<>())
                    .add(latest.period());
        }
        List<String> sources = new ArrayList<>();
        periodsBySource.forEach((source, periods) -> sources.add(source + String.join(", ", periods) + ")"));
        String portraitOfProvince = EDUCATION.equals(kind) && vmboRegions().contains(region)
                ? VMBO_PREFIX + region.code() : null;
        String province = education ? region.code() : provinces.mainProvinceOf(region.code()).orElse(null);
        String provinceName = null;
        String landsdeel = null;
        List<Factsheet.Priority> priorities = new ArrayList<>();
        List<ProgressReport.Example> examples = new ArrayList<>();
        if (province != null) {
            Optional<PactViews.RegionDetail> detail = regions.region(province);
            if (detail.isPresent()) {
                provinceName = detail.get().name();
                detail.get().examples().forEach(x -> examples.add(example(x)));
                PactViews.RegionSummary parent = detail.get().parent();
                if (parent != null && "LANDSDEEL".equals(parent.type())) {
                    landsdeel = parent.name();
                    regions.region(parent.code()).ifPresent(ld -> {
                        ld.agendas().stream().max(Comparator.comparingInt(PactViews.Agenda::edition))
                                .ifPresent(a -> a.priorities().forEach(p ->
                                        priorities.add(new Factsheet.Priority(p.line(), p.text()))));
                        ld.examples().forEach(x -> examples.add(example(x)));
                    });
                }
            }
        }
        return new Factsheet(portrait ? VMBO_PREFIX + region.code() : region.code(), region.code(),
                region.kind().name(), region.name(), kind, today, province,
                provinceName, List.copyOf(figures), List.copyOf(charts), landsdeel, List.copyOf(priorities),
                List.copyOf(examples), List.copyOf(sources), portraitOfProvince);
    }

    private List<Indicator> indicators(Geography.Kind regionKind, String kind) {
        List<Indicator> withFigures = monitor.indicatorsWithFigures(regionKind);
        if (VMBO.equals(kind)) {
            return withFigures.stream().filter(Factsheets::isPortraitIndicator).toList();
        }
        if (EDUCATION.equals(kind)) {
            return withFigures.stream().filter(i -> !i.themes().equals(List.of("werken")))
                    .filter(i -> !isPortraitIndicator(i)).toList();
        }
        List<Indicator> ordered = new ArrayList<>(withFigures.stream().filter(i -> i.themes().contains("werken")).toList());
        withFigures.stream().filter(i -> !i.themes().contains("werken")).forEach(ordered::add);
        return ordered;
    }

    /** " (dataset, " or " (": the opening of a source line, before its periods. */
    private static String dataset(SeriesPoint point) {
        return point.provenance().stream().map(Provenance::dataset).filter(d -> d != null && !d.isBlank()).distinct()
                .findFirst().map(d -> " (" + d + ", ").orElse(" (");
    }

    private static ProgressReport.Example example(PactViews.Example x) {
        return new ProgressReport.Example(x.id(), x.themeId(), x.title(), x.regionCode(), x.regionName(), x.place(),
                x.text(), x.links() == null ? List.of()
                : x.links().stream().map(l -> new ProgressReport.Link(l.label(), l.url())).toList());
    }
}
