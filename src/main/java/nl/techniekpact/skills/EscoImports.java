package nl.techniekpact.skills;

import java.util.List;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.skills.internal.ReleaseImporter;
import org.springframework.stereotype.Service;

/**
 * Imports an ESCO release (the files of one official CSV download, in any of its languages), all-or-nothing: a
 * release with any error stores nothing and answers every error with file and line. Afterwards every instance
 * rebuilds its search index.
 */
@Service
public class EscoImports {

    private final ReleaseImporter importer;

    EscoImports(ReleaseImporter importer) {
        this.importer = importer;
    }

    public EscoRelease.Result importRelease(EscoRelease.Request request, Actor actor) {
        return importer.run(request, actor);
    }

    /** The imports done so far, newest first. */
    public List<ImportRecord> history(int limit) {
        return importer.history(Math.max(1, Math.min(limit, 100)));
    }

    public record ImportRecord(long id, String version, String source, String actor, java.time.OffsetDateTime importedAt,
                               String counts, String unjoined) {
    }

}
