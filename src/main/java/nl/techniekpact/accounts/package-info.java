/**
 * Accounts, roles and sign-in: users of organisations (programme office, partners, regions, schools,
 * companies), form login and optional OIDC, password reset by e-mail, personal API tokens, and the
 * role checks ({@link nl.techniekpact.accounts.Permissions}). The scope rules that need the pact (own actions, own
 * region) live in {@code rounds} (ADR 0011), so accounts depends on nothing but audit, system and shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "system"})
package nl.techniekpact.accounts;
