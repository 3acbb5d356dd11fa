package nl.techniekpact.loket.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.techniekpact.loket.matching.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A match's reasons in words, in the reader's language: "12 km away, within both travel distances". */
@Component
public class ReasonTexts {

    private final MessageSource messages;

    ReasonTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence of one reason. */
    public String text(Reason reason) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> args = new ArrayList<>();
        for (String argument : reason.arguments()) {
            args.add(value(reason.kind(), argument, locale));
        }
        String key = "loket.reason." + reason.kind().name().toLowerCase(Locale.ROOT) + "."
                + (reason.positive() ? "yes" : "no") + (reason.arguments().isEmpty() ? ".plain" : "");
        if (reason.kind() == Reason.Kind.DATES && !reason.arguments().isEmpty() && reason.arguments().get(0).equals("window")) {
            key = "loket.reason.dates.no.window";
        }
        if (reason.kind() == Reason.Kind.CAPACITY && !reason.arguments().isEmpty()) {
            String first = reason.arguments().get(0);
            key = "unlimited".equals(first) ? "loket.reason.capacity.unlimited"
                    : "0".equals(first) ? "loket.reason.capacity.full" : "loket.reason.capacity.yes";
        }
        return messages.getMessage(key, new Object[] {at(args, 0), at(args, 1), at(args, 2), String.join(", ", args)},
                key, locale);
    }

    private static String at(List<String> args, int index) {
        return index < args.size() ? args.get(index) : "";
    }

    /** Codes become names; ISO dates become dates in the reader's language. */
    private String value(Reason.Kind kind, String argument, Locale locale) {
        if (argument.isEmpty()) {
            return "…";
        }
        if (argument.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(argument).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
        String key = switch (kind) {
            case TYPE -> "loket.type." + argument;
            case LEVEL -> "loket.level." + argument;
            case VENUE -> "loket.venue." + argument;
            case SUBJECT -> "loket.subject." + argument;
            default -> null;
        };
        return key == null ? argument : messages.getMessage(key, null, argument, locale);
    }
}
