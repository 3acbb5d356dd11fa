package nl.techniekpact.rounds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The read and write records of the rounds module. */
public final class RoundViews {

    private RoundViews() {
    }

    /** A round is open for reporting, or closed. */
    public enum RoundState { OPEN, CLOSED }

    /**
     * Where a task stands, and the one place that says which step may follow which: a reporter drafts and submits
     * while it is missing, a draft or returned; the office returns or approves what was submitted; an approved task
     * takes no step.
     */
    public enum TaskState {
        MISSING, DRAFT, SUBMITTED, RETURNED, APPROVED;

        /** The state the step leads to from this one; empty when the step is not allowed here. */
        public java.util.Optional<TaskState> after(Step step) {
            TaskState next = switch (step) {
                case DRAFT -> editable() ? DRAFT : null;
                case SUBMIT -> editable() ? SUBMITTED : null;
                case RETURN -> this == SUBMITTED ? RETURNED : null;
                case APPROVE -> this == SUBMITTED ? APPROVED : null;
            };
            return java.util.Optional.ofNullable(next);
        }

        /** Whether the reporter can still change it. */
        public boolean editable() {
            return this == MISSING || this == DRAFT || this == RETURNED;
        }
    }

    public enum Step { DRAFT, SUBMIT, RETURN, APPROVE }

    /** What a reporter sends: a status update of a pact item, or the progress of a region. */
    public sealed interface Update permits ActionUpdate, RegionUpdate {
    }

    /**
     * What the office fills in to open a round: pact items of any edition (actions, goals, themes) and regions;
     * empty lists mean "none". {@code reportingPartners} names, per item, the partner that reports on it when the
     * pact names no owner for it (the 2018 themes).
     */
    public record NewRound(String name, LocalDate referenceDate, LocalDate deadline, Integer reminderDays,
                           @com.fasterxml.jackson.annotation.JsonAlias("actionIds") List<String> itemIds,
                           List<String> regionCodes, java.util.Map<String, String> reportingPartners) {

        public NewRound(String name, LocalDate referenceDate, LocalDate deadline, Integer reminderDays,
                        List<String> itemIds, List<String> regionCodes) {
            this(name, referenceDate, deadline, reminderDays, itemIds, regionCodes, java.util.Map.of());
        }
    }

    public record Round(UUID id, String name, LocalDate referenceDate, LocalDate deadline, RoundState state,
                        int reminderDays, OffsetDateTime createdAt, int version, int tasks, int approved) {
    }

    public record MilestoneUpdate(String text, String due, String done) {
    }

    public record LinkUpdate(String label, String url) {
    }

    public record Figure(String label, String value, String unit) {
    }

    /** An owner's update of an action. */
    public record ActionUpdate(String colour, String text, String delayReason, String correctiveMeasure,
                               List<MilestoneUpdate> milestones, List<LinkUpdate> links, List<Figure> figures)
            implements Update {
    }

    public record PriorityUpdate(String line, String text) {
    }

    public record ExampleUpdate(String themeId, String title, String place, String text) {
    }

    /** A coordinator's update of its region. */
    public record RegionUpdate(String progress, List<PriorityUpdate> priorities, List<ExampleUpdate> examples)
            implements Update {
    }

    public record TaskVersion(long id, int seq, Step step, String content, String comment, String actor,
                              OffsetDateTime at) {
    }

    /**
     * A task: a pact item (an action, goal or theme; {@code itemKind} says which) for its owners — or, when the
     * pact names none, for the {@code reportingPartnerId} the office chose — or a region for its coordinators.
     */
    public record Task(UUID id, UUID roundId, String roundName, LocalDate deadline, RoundState roundState,
                       String itemId, nl.techniekpact.pact.PactRefs.ItemKind itemKind, String itemLabel,
                       String reportingPartnerId, String regionCode, String regionName, TaskState state,
                       int version, OffsetDateTime lastSubmittedAt, boolean overdue, List<TaskVersion> history) {

        /** A task on a pact item (reported with a status update), not on a region. */
        public boolean isItem() {
            return itemId != null;
        }

        public boolean editable() {
            return roundState == RoundState.OPEN && state.editable();
        }

        /** The newest content (draft or submitted), as JSON, or null. */
        public String latestContent() {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).content() != null) {
                    return history.get(i).content();
                }
            }
            return null;
        }

        public String latestComment() {
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.get(i).step() == Step.RETURN) {
                    return history.get(i).comment();
                }
            }
            return null;
        }
    }
}
