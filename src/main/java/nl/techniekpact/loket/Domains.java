package nl.techniekpact.loket;

import java.util.Locale;

/** Internet domains of websites and e-mail addresses, to tell whether an address belongs to a school. */
final class Domains {

    private Domains() {
    }

    /** {@code www.deborgh.nl/contact} → {@code deborgh.nl}; null when there is no usable host. */
    static String of(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        int end = host.indexOf('/');
        host = end >= 0 ? host.substring(0, end) : host;
        host = host.replaceFirst(":\\d+$", "").replaceFirst("^www\\.", "");
        return host.contains(".") && host.matches("[a-z0-9.-]+") ? host : null;
    }

    /** Whether {@code email}'s domain is {@code domain} or one of its subdomains. */
    static boolean belongsTo(String email, String domain) {
        if (email == null || domain == null) {
            return false;
        }
        int at = email.lastIndexOf('@');
        String host = at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
