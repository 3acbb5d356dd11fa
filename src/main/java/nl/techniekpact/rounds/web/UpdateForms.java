package nl.techniekpact.rounds.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.techniekpact.rounds.RoundViews.ActionUpdate;
import nl.techniekpact.rounds.RoundViews.ExampleUpdate;
import nl.techniekpact.rounds.RoundViews.Figure;
import nl.techniekpact.rounds.RoundViews.LinkUpdate;
import nl.techniekpact.rounds.RoundViews.MilestoneUpdate;
import nl.techniekpact.rounds.RoundViews.PriorityUpdate;
import nl.techniekpact.rounds.RoundViews.RegionUpdate;

/**
 * Reads the task forms (flat parameters such as {@code milestones[2].due}) into updates. Rows left entirely
 * empty, or ticked to be removed ({@code milestones[2].remove}), are dropped; a partly filled row is kept so its
 * missing part is reported next to the field.
 */
final class UpdateForms {

    static final int MAX_ROWS = 20;

    private UpdateForms() {
    }

    static ActionUpdate action(Map<String, String> p) {
        List<MilestoneUpdate> milestones = new ArrayList<>();
        List<LinkUpdate> links = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String text = get(p, "milestones[" + i + "].text");
            String due = get(p, "milestones[" + i + "].due");
            String done = get(p, "milestones[" + i + "].done");
            if ((text != null || due != null || done != null) && !removed(p, "milestones", i)) {
                milestones.add(new MilestoneUpdate(text, due, done));
            }
            String label = get(p, "links[" + i + "].label");
            String url = get(p, "links[" + i + "].url");
            if ((label != null || url != null) && !removed(p, "links", i)) {
                links.add(new LinkUpdate(label, url));
            }
            String figure = get(p, "figures[" + i + "].label");
            String value = get(p, "figures[" + i + "].value");
            String unit = get(p, "figures[" + i + "].unit");
            if ((figure != null || value != null || unit != null) && !removed(p, "figures", i)) {
                figures.add(new Figure(figure, value, unit));
            }
        }
        return new ActionUpdate(get(p, "colour"), get(p, "text"), get(p, "delayReason"),
                get(p, "correctiveMeasure"), milestones, links, figures);
    }

    static RegionUpdate region(Map<String, String> p) {
        List<PriorityUpdate> priorities = new ArrayList<>();
        List<ExampleUpdate> examples = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS * 5; i++) {
            String text = get(p, "priorities[" + i + "].text");
            String line = get(p, "priorities[" + i + "].line");
            if (text != null) {
                priorities.add(new PriorityUpdate(line, text));
            }
        }
        for (int i = 0; i < MAX_ROWS; i++) {
            String theme = get(p, "examples[" + i + "].themeId");
            String title = get(p, "examples[" + i + "].title");
            String place = get(p, "examples[" + i + "].place");
            String text = get(p, "examples[" + i + "].text");
            if (title != null || text != null || place != null) {
                examples.add(new ExampleUpdate(theme, title, place, text));
            }
        }
        return new RegionUpdate(get(p, "progress"), priorities, examples);
    }

    private static boolean removed(Map<String, String> p, String kind, int row) {
        return "true".equals(p.get(kind + "[" + row + "].remove"));
    }

    private static String get(Map<String, String> p, String key) {
        String value = p.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
