package nl.techniekpact.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.techniekpact.reports.ProgressReport.ActionChange;
import nl.techniekpact.reports.ProgressReport.ActionStatus;
import nl.techniekpact.reports.ProgressReport.Changes;
import nl.techniekpact.reports.ProgressReport.Example;
import nl.techniekpact.reports.ProgressReport.Milestone;
import nl.techniekpact.reports.ProgressReport.RegionProgress;
import nl.techniekpact.shared.StatusColour;

/**
 * "Nieuw:" — what changed between two reports of the same edition, computed from their models: per action a
 * changed colour, milestones that were not there before, a state of affairs reported anew; new regional
 * examples; new regional progress. In the order of the newer report.
 */
final class ReportChanges {

    private ReportChanges() {
    }

    static Changes between(ProgressReport before, ProgressReport after) {
        Map<String, ActionStatus> old = before.actions().stream()
                .collect(Collectors.toMap(ActionStatus::id, Function.identity()));
        List<ActionChange> actions = new ArrayList<>();
        for (ActionStatus now : after.actions()) {
            ActionStatus was = old.get(now.id());
            StatusColour colourBefore = was == null ? StatusColour.UNKNOWN : was.colour();
            Set<Milestone> known = was == null ? Set.of() : Set.copyOf(was.milestones());
            List<Milestone> newMilestones = now.milestones().stream().filter(m -> !known.contains(m)).toList();
            boolean newState = now.round() != null && (was == null || !Objects.equals(was.round(), now.round())
                    || !Objects.equals(was.stateOfAffairs(), now.stateOfAffairs()));
            if (colourBefore != now.colour() || !newMilestones.isEmpty() || newState) {
                actions.add(new ActionChange(now.id(), now.number(), colourBefore, now.colour(), newMilestones,
                        newState, now.round()));
            }
        }
        Set<String> oldExamples = before.sections().stream().flatMap(s -> s.examples().stream())
                .map(Example::id).collect(Collectors.toSet());
        List<Example> examples = after.sections().stream().flatMap(s -> s.examples().stream())
                .filter(x -> !oldExamples.contains(x.id())).toList();
        Map<String, RegionProgress> oldProgress = before.regions().stream()
                .collect(Collectors.toMap(RegionProgress::code, Function.identity()));
        List<RegionProgress> progress = after.regions().stream().filter(r -> r.round() != null).filter(r -> {
            RegionProgress was = oldProgress.get(r.code());
            return was == null || !Objects.equals(was.round(), r.round()) || was.revision() != r.revision();
        }).toList();
        return new Changes(List.copyOf(actions), examples, progress);
    }
}
