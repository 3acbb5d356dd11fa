package nl.techniekpact.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import nl.techniekpact.rounds.RoundViews.Step;
import nl.techniekpact.rounds.RoundViews.TaskState;
import org.junit.jupiter.api.Test;

/** Every step from every state: which are allowed and where they lead; the rest are refused. */
class TaskStateTest {

    @Test
    void everyTransition() {
        Map<TaskState, Map<Step, TaskState>> allowed = new EnumMap<>(TaskState.class);
        for (TaskState editable : new TaskState[] {TaskState.MISSING, TaskState.DRAFT, TaskState.RETURNED}) {
            allowed.put(editable, Map.of(Step.DRAFT, TaskState.DRAFT, Step.SUBMIT, TaskState.SUBMITTED));
        }
        allowed.put(TaskState.SUBMITTED, Map.of(Step.RETURN, TaskState.RETURNED, Step.APPROVE, TaskState.APPROVED));
        allowed.put(TaskState.APPROVED, Map.of());
        for (TaskState from : TaskState.values()) {
            for (Step step : Step.values()) {
                TaskState expected = allowed.get(from).get(step);
                assertThat(from.after(step)).as(step + " from " + from).isEqualTo(java.util.Optional.ofNullable(expected));
            }
        }
    }

    @Test
    void onlyMissingDraftAndReturnedCanBeChangedByTheReporter() {
        assertThat(TaskState.MISSING.editable()).isTrue();
        assertThat(TaskState.DRAFT.editable()).isTrue();
        assertThat(TaskState.RETURNED.editable()).isTrue();
        assertThat(TaskState.SUBMITTED.editable()).isFalse();
        assertThat(TaskState.APPROVED.editable()).isFalse();
    }
}
