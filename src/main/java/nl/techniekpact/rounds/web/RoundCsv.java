package nl.techniekpact.rounds.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.techniekpact.rounds.ReportingRounds;
import nl.techniekpact.rounds.RoundViews.Task;
import nl.techniekpact.system.CsvResponse;
import nl.techniekpact.system.Times;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A round's progress as the office hands it on: headers in the office's language, what each task is about by its
 * identifier and title, who can report on it, the status in words, the last submission in Dutch time and whether
 * it is late. The task's own id comes last, to find it again on the platform.
 */
@Component
class RoundCsv {

    private final ReportingRounds rounds;
    private final MessageSource messages;
    private final Times times;

    RoundCsv(ReportingRounds rounds, MessageSource messages, Times times) {
        this.rounds = rounds;
        this.messages = messages;
        this.times = times;
    }

    ResponseEntity<String> of(String roundName, List<Task> progress) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<UUID, List<String>> reporters = rounds.reporters(progress);
        List<String> header = List.of(text("rounds.csv.subject", locale), text("rounds.csv.title", locale),
                text("rounds.csv.reporters", locale), text("rounds.csv.status", locale),
                text("rounds.csv.lastSubmitted", locale) + " " + times.zone(), text("rounds.csv.overdue", locale),
                text("rounds.csv.task", locale));
        List<List<?>> rows = progress.stream().<List<?>>map(t -> List.of(
                t.isItem() ? t.itemId() : t.regionCode(),
                t.isItem() ? nullToEmpty(t.itemLabel()) : nullToEmpty(t.regionName()),
                String.join("; ", reporters.getOrDefault(t.id(), List.of())),
                text("task.state." + t.state().name(), locale),
                times.unlabelled(t.lastSubmittedAt()),
                text(t.overdue() ? "common.yes" : "common.no", locale),
                t.id())).toList();
        return CsvResponse.of("ronde-" + roundName.replaceAll("[^A-Za-z0-9-]+", "-") + ".csv", header, rows);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
