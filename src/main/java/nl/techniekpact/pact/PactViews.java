package nl.techniekpact.pact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import nl.techniekpact.shared.StatusColour;

/** The read model of the pact registry, as returned by its query services and the open data API. */
public final class PactViews {

    private PactViews() {
    }

    public record Link(String label, String url) {
    }

    public record Milestone(String text, String due, String done) {
    }

    /** A reference to an action, goal or theme with the path of its page. */
    public record ItemRef(String id, String path) {
        public static ItemRef of(String id) {
            return new ItemRef(id, new nl.techniekpact.shared.PactId(id).path());
        }
    }

    public record Owner(String partnerId, String name, String asWritten) {
    }

    public record Item(String letter, String text) {
    }

    public record Figure(String label, String value, String unit) {
    }

    /**
     * A status of an item in one round. {@code fromRound}: approved in one of the platform's reporting rounds
     * (then {@code recordedAt} is when it was approved), as opposed to read from the pact's documents.
     */
    public record StatusReport(String round, int revision, StatusColour colour, String text, List<Link> links,
                               List<Milestone> milestones, String delayReason, String correctiveMeasure,
                               List<Figure> figures, String source, OffsetDateTime recordedAt, boolean current,
                               boolean fromRound) {

        /** Where the status comes from, as a document a reader knows (see {@link Sources#document}). */
        public String sourceDocument() {
            return Sources.document(source);
        }
    }

    public record ActionDetail(String id, int editionYear, int number, String line, String lineName,
                               String themeId, String title, String text, List<Item> items, List<Owner> owners,
                               List<Link> evidence, StatusReport currentStatus, List<StatusReport> statusHistory,
                               List<ItemRef> continues, List<ItemRef> continuedBy, List<String> notes) {

        /** A short label for lists: the title, or the first item, or the text. */
        public String label() {
            return ActionLabels.label(title, items.isEmpty() ? null : items.get(0).text(), text);
        }
    }

    public record GoalDetail(String id, int editionYear, int number, String line, String lineName, String title,
                             String text, List<String> measures, List<Owner> owners, List<ItemRef> continues,
                             List<String> notes) {
    }

    public record Example(String id, String themeId, String title, String regionCode, String regionName,
                          String place, String text, List<Link> links) {
    }

    public record ThemeDetail(String id, int editionYear, int number, String title, String introduction,
                              String interimState, List<Link> links, List<ActionDetail> actions,
                              List<Example> examples, List<String> notes) {
    }

    public record LineNode(String code, String name, String subtitle, List<GoalDetail> goals,
                           List<ActionDetail> actions) {
    }

    public record EditionSummary(int year, String title, String kind, Integer predecessor, String source,
                                 int lines, int themes, int goals, int actions,
                                 Map<StatusColour, Integer> statusCounts) {
    }

    public record EditionTree(int year, String title, String kind, Integer predecessor, String introduction,
                              String source, List<Link> links, List<String> notes, List<LineNode> lines,
                              List<ThemeDetail> themes, Map<StatusColour, Integer> statusCounts) {
    }

    public record Representative(String name, String function) {
    }

    public record Partner(String id, String name, String shortName, String category, boolean signatory,
                          List<String> aliases, List<Representative> representatives, List<ItemRef> owns,
                          String source, List<String> notes) {
    }

    public record RegionSummary(String code, String name, String type, String parentCode) {
    }

    public record Priority(String line, String text) {
    }

    public record Agenda(int edition, String introduction, String steering, List<Priority> priorities,
                         String source, List<String> notes) {
    }

    /** Regional progress in one round; {@code fromRound} as for {@link StatusReport}. */
    public record Progress(String round, int revision, String text, String source, List<String> notes,
                           OffsetDateTime recordedAt, boolean fromRound) {

        public String sourceDocument() {
            return Sources.document(source);
        }
    }

    public record RegionDetail(String code, String name, String type, RegionSummary parent, List<String> aliases,
                               List<RegionSummary> provinces, List<RegionSummary> subregions,
                               List<Agenda> agendas, List<Progress> progress, List<Example> examples,
                               List<String> notes) {
    }

    public record SearchHit(String type, String id, String title, String path, String snippet, double rank) {
    }
}
