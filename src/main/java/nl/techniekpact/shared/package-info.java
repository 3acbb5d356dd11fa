/**
 * Value types used by every module: status colours, region codes, pact identifiers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.techniekpact.shared;
