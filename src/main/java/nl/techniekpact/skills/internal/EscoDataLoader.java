package nl.techniekpact.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import nl.techniekpact.audit.Actor;
import nl.techniekpact.importers.SourceFile;
import nl.techniekpact.skills.EscoRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, before readiness and under the start-up lock (so of several instances one loads and the others
 * find the tables filled): the ESCO files of the open-data bundle into empty tables, one release per folder with
 * its own version — skills (v1.0), ISCO and skill groups (v1.2), occupations (v1.1, joined to their ISCO group), then v1.0's hierarchy,
 * collections and relations, which join to all of them. A filled table is left alone: newer releases come in
 * through the office's import. Switched off with {@code techniekpact.skills.esco.load=false}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 45)
public class EscoDataLoader implements ApplicationRunner {

    /** Folder, ESCO version, files — in load order. */
    record Folder(String name, String version, List<String> files) {
    }

    static final List<Folder> FOLDERS = List.of(
            new Folder("esco-v1.0-skills-en-us", "1.0", List.of("skills_en-us.csv")),
            new Folder("esco-v1.2-nl-isco-skillgroups", "1.2",
                    List.of("ISCOGroups_nl.csv", "skillGroups_nl.csv", "skillsHierarchy_nl.csv")),
            new Folder("esco-v1.1-occupations-nl", "1.1", List.of("occupations_nl.csv")),
            new Folder("esco-v1.0-nl-hierarchy-collections", "1.0", List.of("ISCOGroups_nl.csv", "skillGroups_nl.csv",
                    "skillsHierarchy_nl.csv", "transversalSkillsCollection_nl.csv", "languageSkillsCollection_nl.csv",
                    "ictSkillsCollection_nl.csv", "skillSkillRelations.csv", "broaderRelationsSkillPillar.csv",
                    "broaderRelationsOccPillar.csv")));

    private static final Logger log = LoggerFactory.getLogger(EscoDataLoader.class);

    private final ReleaseImporter importer;
    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final boolean enabled;

    EscoDataLoader(ReleaseImporter importer, ResourceLoader resources, JdbcClient jdbc,
                   @Value("${techniekpact.skills.esco.load:true}") boolean enabled) {
        this.importer = importer;
        this.resources = resources;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            loadIfEmpty();
        }
    }

    /** Loads the bundled ESCO files when no concept is stored; false when there were concepts already. */
    public synchronized boolean loadIfEmpty() {
        if (jdbc.sql("select exists (select 1 from esco_concept)").query(Boolean.class).single()) {
            return false;
        }
        long started = System.nanoTime();
        for (Folder folder : FOLDERS) {
            List<SourceFile> files = new ArrayList<>();
            for (String name : folder.files()) {
                files.add(SourceFile.of(name, read(folder.name(), name)));
            }
            EscoRelease.Result result = importer.run(new EscoRelease.Request(folder.version(), "open-data:" + folder.name(),
                    files), Actor.system("esco-loader"));
            if (result.failed()) {
                throw new IllegalStateException("Bundled ESCO files do not read: " + result.errors().getFirst());
            }
        }
        log.info("ESCO: the bundled files loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private byte[] read(String folder, String name) {
        try {
            Resource plain = resources.getResource("classpath:open-data/" + folder + "/" + name);
            if (plain.exists()) {
                try (InputStream in = plain.getInputStream()) {
                    return in.readAllBytes();
                }
            }
            Resource packed = resources.getResource("classpath:open-data/" + folder + "/" + name + ".gz");
            try (InputStream in = new GZIPInputStream(packed.getInputStream())) {
                return in.readNBytes((int) EscoReleaseReader.MAX_FILE_BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + folder + "/" + name, e);
        }
    }
}
