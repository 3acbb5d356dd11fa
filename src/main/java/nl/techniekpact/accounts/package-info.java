/**
 * Accounts, roles and sign-in: users of organisations (programme office, partners, regions, schools,
 * companies), form login and optional OIDC, password reset by e-mail, personal API tokens, and the
 * permission rules that scope every write to the user's own actions or region.
 */
package nl.techniekpact.accounts;
