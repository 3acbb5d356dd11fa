/**
 * Value types used by every module: status colours, region codes, pact identifiers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.techniekpact.shared;
