package nl.techniekpact.importers;

import java.util.Objects;

/**
 * One SBI code of the KvK list, as {@link SbiCodeReader} reads it.
 *
 * @param code        four or five digits, leading zeros kept ({@code 0111}, {@code 01131})
 * @param description the Dutch description, trimmed
 * @param section     the SBI 2008 section letter A–U ({@link SbiSections#sectionOf}); null for KvK's {@code 0001} and
 *                    {@code 0002}, which have no section
 */
public record SbiCode(String code, String description, String section) {

    public SbiCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }

    /** {@link SbiSections#technicalByDefault} for this code. */
    public boolean technicalByDefault() {
        return SbiSections.technicalByDefault(code);
    }
}
