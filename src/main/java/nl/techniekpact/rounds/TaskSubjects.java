package nl.techniekpact.rounds;

import java.util.Map;

import nl.techniekpact.pact.PactRefs;
import nl.techniekpact.rounds.RoundViews.Task;

/** A task's subject in words, as e-mails and messages name it, and the kind of item it is on. */
final class TaskSubjects {

    private TaskSubjects() {
    }

    /** The task's subject in an e-mail: "actie 2013-A01: …", "doel 2016-G01: …", "thema 2018-T1: …", "regio …". */
    static String of(Task task) {
        if (!task.isItem()) {
            return "regio " + task.regionName() + " (" + task.regionCode() + ")";
        }
        return of(task.itemKind(), task.itemId(), task.itemLabel());
    }

    static String of(PactRefs.Item item) {
        return of(item.kind(), item.id(), item.label());
    }

    private static String of(PactRefs.ItemKind kind, String id, String label) {
        String word = switch (kind) {
            case ACTION -> "actie ";
            case GOAL -> "doel ";
            case THEME -> "thema ";
        };
        return word + id + ": " + label;
    }

    /** The item's kind; for an item the pact no longer holds, what its identifier says. */
    static PactRefs.ItemKind kindOf(String itemId, Map<String, PactRefs.Item> items) {
        if (items.containsKey(itemId)) {
            return items.get(itemId).kind();
        }
        return nl.techniekpact.shared.PactId.isAction(itemId) ? PactRefs.ItemKind.ACTION
                : nl.techniekpact.shared.PactId.isGoal(itemId) ? PactRefs.ItemKind.GOAL : PactRefs.ItemKind.THEME;
    }
}
