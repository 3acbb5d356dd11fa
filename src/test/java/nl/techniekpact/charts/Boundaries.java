package nl.techniekpact.charts;

import java.nio.file.Path;

import nl.techniekpact.OpenDataFiles;

/** The real CBS/PDOK boundary files, from the project's open-data bundle. */
final class Boundaries {

    private Boundaries() {
    }

    /** {@code provincie_2023.geojson} and the like. */
    static Path file(String name) {
        return OpenDataFiles.path("cartomap-nl-boundaries-2023/" + name);
    }
}
