package nl.techniekpact.accounts.internal;

import java.util.UUID;

/** Implemented by every principal the platform puts in the security context (form, OIDC, API token). */
public interface PlatformPrincipal {

    UUID userId();
}
