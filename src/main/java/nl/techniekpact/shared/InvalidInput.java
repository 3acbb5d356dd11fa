package nl.techniekpact.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule the service checks (beyond simple form validation): field name → message code.
 * Controllers show each code next to its field; APIs return them as a 400 body. Nothing is stored.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super("Invalid input: " + errors);
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidInput of(String field, String code) {
        return new InvalidInput(Map.of(field, code));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
