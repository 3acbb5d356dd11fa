package nl.techniekpact.reports;

import nl.techniekpact.shared.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


/** The JSON of report models (records in component order: the same model always gives the same text) and hashes. */
final class ReportJson {

    private ReportJson() {
    }

    static String write(Object model) {
        return Json.MAPPER.writeValueAsString(model);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
