package nl.techniekpact.pact.internal;

import java.util.List;

/**
 * The shape of the pact data files in {@code src/main/resources/pact/} (see docs/pact-data-format.md).
 * Missing lists arrive as {@code null}; {@link #list(List)} turns them into empty ones.
 */
final class PactFiles {

    private PactFiles() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    record PartnersFile(List<PartnerData> partners) {
    }

    record PartnerData(String id, String name, String shortName, List<String> aliases, String category,
                       List<RepresentativeData> representatives, String source, List<String> notes) {
    }

    record RepresentativeData(String name, String function) {
    }

    record RegionsFile(List<RegionData> regions, List<AgendaData> agendas) {
    }

    record RegionData(String code, String name, String type, String parent, List<String> aliases,
                      List<String> provinces, List<String> notes) {
    }

    record AgendaData(String region, int edition, String introduction, String steering,
                      List<PriorityData> priorities, String source, List<String> notes) {
    }

    record PriorityData(String line, String text) {
    }

    record EditionFile(EditionData edition, List<LineData> lines, List<ActionData> actions, List<GoalData> goals,
                       List<ThemeData> themes, List<ProgressData> regionalProgress) {
    }

    record EditionData(int year, String title, String kind, Integer predecessor, String introduction,
                       String source, List<LinkData> links, List<String> notes) {
    }

    record LineData(String code, String name, String subtitle) {
    }

    record ActionData(String id, Integer number, String line, String title, String text, List<ItemData> items,
                      List<String> owners, List<LinkData> evidence, List<StatusData> statusReports,
                      List<String> notes) {
    }

    record ItemData(String letter, String text) {
    }

    record LinkData(String label, String url) {
    }

    record StatusData(String round, String colour, String text, List<MilestoneData> milestones,
                      List<LinkData> links) {
    }

    record MilestoneData(String text, String due, String done) {
    }

    record GoalData(String id, int number, String line, String title, String text, List<String> measures,
                    List<String> owners, List<String> continues, List<String> notes) {
    }

    record ThemeData(String id, int number, String title, String introduction, String interimState,
                     List<ActionData> actions, List<ExampleData> examples, List<LinkData> links,
                     List<String> notes) {
    }

    record ExampleData(String title, String region, String place, String text, List<LinkData> links,
                       List<String> notes) {
    }

    record ProgressData(String region, String round, String text, List<String> notes) {
    }
}
