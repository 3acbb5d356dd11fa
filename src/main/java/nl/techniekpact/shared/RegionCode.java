package nl.techniekpact.shared;

import java.util.regex.Pattern;

/**
 * A region identifier: {@code NL01}, a Techniekpact landsdeel {@code TL01}–{@code TL05}, a CBS province
 * {@code PV20}–{@code PV31}, or a seed-named sub-region {@code SR-<slug>}.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("NL01|TL0[1-5]|PV(2[0-9]|3[01])|SR-[a-z0-9-]+");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a region code: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
