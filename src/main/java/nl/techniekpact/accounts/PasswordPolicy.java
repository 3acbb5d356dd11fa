package nl.techniekpact.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules: at least 12 characters, at most 128, not only one kind of character, not containing the
 * e-mail name, not a well-known password. Returns message codes ({@code password.tooShort} …), empty if fine.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("welkom123456", "wachtwoord123", "password1234",
            "123456789012", "qwertyuiopas", "techniekpact1", "techniekpact2020", "welkomwelkom", "passwordpassword");

    private PasswordPolicy() {
    }

    public static List<String> check(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (password.chars().distinct().count() < 5 || password.chars().allMatch(Character::isLetter)
                || password.chars().allMatch(Character::isDigit)) {
            problems.add("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if (name.length() >= 4 && lower.contains(name)) {
            problems.add("password.containsEmail");
        }
        if (COMMON.contains(lower)) {
            problems.add("password.common");
        }
        return problems;
    }
}
