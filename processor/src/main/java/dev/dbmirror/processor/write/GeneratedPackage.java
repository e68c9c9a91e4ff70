package dev.dbmirror.processor.write;

import java.util.Set;
import javax.lang.model.element.PackageElement;

/**
 * Where generated types go, and what every one of them shares.
 *
 * @param name       the package's name, {@code ""} for the unnamed package
 * @param origin     the {@code @DbMirror} package, the originating element of every file
 * @param shadowingNames simple names of classes of the package (generated, or the package's own classes that
 *                       overrides name) that classes outside it which generated code names have too: those
 *                       are written fully qualified, so that a table {@code strings} → {@code String} does
 *                       not capture {@code java.lang.String}
 */
record GeneratedPackage(String name, PackageElement origin, Set<String> shadowingNames) {

    GeneratedPackage {
        shadowingNames = Set.copyOf(shadowingNames);
    }
}
