/**
 * The schemes catalogue (regelingen) of the lifelong-learning information point: national, provincial, regional,
 * sector and European schemes with who may apply, for what, amounts and rates as stated, application windows and
 * their status, each fact with its source and date; filled from the seeds and from imported scheme lists.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "audit", "importers", "loket", "monitor", "pact", "shared", "system"})
package nl.techniekpact.schemes;
