/**
 * The audit log: who changed what, when, with the values before and after, written in the same transaction as
 * the change and never updated or deleted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system"})
package nl.techniekpact.audit;
