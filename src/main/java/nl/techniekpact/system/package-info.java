/**
 * Cross-cutting infrastructure: the embedded database, web configuration, i18n, errors and security headers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package nl.techniekpact.system;
