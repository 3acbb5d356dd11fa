/**
 * Accounts, roles and sign-in: users of organisations (programme office, partners, regions, schools,
 * companies), form login and optional OIDC, password reset by e-mail, personal API tokens, and the
 * permission rules that scope every write to the user's own actions or region.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared", "system"})
package nl.techniekpact.accounts;
