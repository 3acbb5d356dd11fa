/**
 * Cross-cutting infrastructure: the embedded database, web configuration, i18n, errors and security headers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.techniekpact.system;
