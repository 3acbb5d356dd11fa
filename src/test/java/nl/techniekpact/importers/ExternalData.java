package nl.techniekpact.importers;

import nl.techniekpact.OpenDataFiles;

/** The real source files: from the project's open-data bundle, else {@code ../shared/external-data/}. */
final class ExternalData {

    private ExternalData() {
    }

    static SourceFile file(String folder, String name) {
        return SourceFile.of(OpenDataFiles.path(folder + "/" + name));
    }
}
