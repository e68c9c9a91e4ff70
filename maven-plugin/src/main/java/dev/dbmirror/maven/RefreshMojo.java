package dev.dbmirror.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Before {@code compile}: when a {@code @DbMirror} package's mirror changed since the last build,
 * removes that package's {@code package-info.class} so that the compiler recompiles the module and
 * the processor regenerates the domain layer. An unchanged mirror touches nothing.
 */
@Mojo(name = "refresh", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public class RefreshMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * The mirror file for every {@code @DbMirror} package of the module, relative to the module
     * directory; give it when the annotation's value is not a string literal or when the compiler
     * gets {@code -Adbmirror.mirror}. Default: each annotation's own path.
     */
    @Parameter(property = "dbmirror.mirror")
    private File mirror;

    /** Skips the check; the compiler then regenerates only after {@code mvn clean}. */
    @Parameter(property = "dbmirror.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("dbmirror: skipped (dbmirror.skip)");
            return;
        }
        MirrorRefresher refresher = new MirrorRefresher(project.getBasedir().toPath(),
                Path.of(project.getBuild().getOutputDirectory()), Optional.ofNullable(mirror).map(File::toPath));
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        try {
            refresher.refresh(sourceRoots).forEach(getLog()::info);
        } catch (IOException e) {
            throw new MojoExecutionException("dbmirror: cannot check the mirror stamps: " + e.getMessage(), e);
        }
    }
}
