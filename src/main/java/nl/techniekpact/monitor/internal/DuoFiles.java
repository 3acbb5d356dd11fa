package nl.techniekpact.monitor.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a DUO file says about itself before it is parsed: its encoding, the year it is about when no column names
 * one, and which dataset it is when the request names none.
 */
final class DuoFiles {

    static final Charset WINDOWS_1252 = nl.techniekpact.importers.Encodings.WINDOWS_1252;
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private DuoFiles() {
    }

    /**
     * The DUO count year of a file whose columns name none: the one year in its name
     * ({@code …-onderwijstype-2019.csv}), else the school year running on the retrieval date (a register shows the
     * locations of that day; the school year starts on 1 August); null when neither says.
     */
    static Integer year(String fileName, LocalDate retrievedOn) {
        Set<String> years = new TreeSet<>();
        Matcher m = YEAR_IN_NAME.matcher(fileName);
        while (m.find()) {
            years.add(m.group(1));
        }
        if (years.size() == 1) {
            return Integer.valueOf(years.iterator().next());
        }
        if (retrievedOn != null) {
            return retrievedOn.getMonthValue() >= 8 ? retrievedOn.getYear() : retrievedOn.getYear() - 1;
        }
        return null;
    }

    /**
     * The dataset a file is, by its header where that is distinctive, else by words in its name (hbo/wo
     * first-years or graduates); null when unknown.
     */
    static String guessDataset(String fileName, byte[] content) {
        String head = new String(Arrays.copyOf(content, Math.min(content.length, 4000)), nl.techniekpact.importers.Encodings.utf8OrWindows1252(content))
                .toUpperCase(Locale.ROOT);
        String header = head.lines().findFirst().orElse("").replace('_', ' ').replace("\uFEFF", "");
        String name = fileName.toLowerCase(Locale.ROOT);
        if (header.contains("ONDERWIJSTYPE VO")) {
            return "vo-onderwijstype";
        }
        if (header.matches("(.*;)?\\s*MBO SECTOR\\s*(;.*)?")) {
            return "mbo-deelnemers";
        }
        if (header.contains("SOORT VESTIGING") && header.matches(".*LEERLINGEN \\d{4}.*")) {
            return "po-leerlingen";
        }
        boolean yearColumns = header.matches(".*(^|;)\\s*\\d{4}\\s*(;|$).*");
        if (header.contains("VESTIGINGSCODE") && header.contains("GEMEENTENUMMER") && header.contains("DENOMINATIE")
                && !header.contains("ONDERWIJSSTRUCTUUR") && !yearColumns) {
            return "po-vestigingen";
        }
        String level = name.contains("hbo") ? "hbo" : name.matches(".*(^|[^a-z])wo([^a-z]|$).*") ? "wo" : null;
        boolean graduates = header.contains("SOORT DIPLOMA") || header.contains("DIPLOMAJAAR")
                || name.contains("diplom");
        if (level == null && graduates) {
            String body = head.substring(Math.min(head.length(), header.length()));
            level = body.contains(";HBO ") ? "hbo" : body.contains(";WO ") ? "wo" : null;
        }
        String kind = graduates ? "gediplomeerden"
                : name.contains("eerstejaars") || name.contains("inscription") || name.contains("inschrijving")
                ? "eerstejaars" : null;
        return level == null || kind == null ? null : level + "-" + kind;
    }

    /** A Dutch job message from the catalogue ({@code messages.properties}). */
    static String message(String key, Object... arguments) {
        ResourceBundle dutch = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(dutch.getString(key), Locale.ROOT)
                .format(Arrays.stream(arguments).map(String::valueOf).toArray());
    }
}
