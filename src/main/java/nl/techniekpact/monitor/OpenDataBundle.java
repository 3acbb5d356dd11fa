package nl.techniekpact.monitor;

import java.util.List;
import java.util.Optional;

/**
 * The open-data bundle the platform ships: unchanged copies of the public files its default install needs
 * (CBS, DUO, PDOK boundaries, region divisions), each dataset with its licence, credit and origin, loaded through
 * the ordinary imports at first start. Pages credit these datasets where they show their figures.
 */
public interface OpenDataBundle {

    /** Every dataset of the bundle, in load order. */
    List<Dataset> datasets();

    /**
     * The bundle's dataset that an import came from, by the import's SHA-256 (of one file's original bytes, or of
     * all files of a several-file import in order).
     */
    Optional<Dataset> datasetOfImport(String sha256);

    /** The original bytes of one bundled file, or empty when the bundle has no such file. */
    Optional<byte[]> file(String folder, String name);

    /**
     * {@code redistributable}: false where the licence grants no reuse (the platform reads the files but does not
     * offer them for download; SOURCE.md says where they are).
     */
    record Dataset(String folder, String titleNl, String titleEn, String organisation, String credit,
                   String licence, String licenceUrl, boolean redistributable, String origin, List<File> files,
                   List<Load> loads) {

        public String title(String language) {
            return "en".equals(language) ? titleEn : titleNl;
        }
    }

    /** One file as published: its name, size and SHA-256 (of the original bytes, as in SOURCE.md). */
    record File(String name, long size, String sha256) {
    }

    /** One import of the dataset's files and its last result on this installation (null: never run). */
    record Load(ImportFormat format, String dataset, List<String> files, ImportJob lastJob) {
    }
}
