package dev.dbmirror.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Maven set-up of docs/processor.md, taken from the page itself: a project made of that snippet
 * ({@code src/it/processor-setup}) compiles its main and test sources with the processor and its
 * options, and Maven prints no warning, in particular not javac's about options no processor
 * recognized.
 */
class ProcessorSetupIT {

    private static final String UNRECOGNIZED = "options were not recognized by any processor";
    private static final Pattern SNIPPET = Pattern.compile("\\*\\*Maven\\.\\*\\*.*?```xml\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern COMPILER_ARGS = Pattern.compile("\\s*<compilerArgs>.*?</compilerArgs>", Pattern.DOTALL);
    private static final Pattern EXECUTIONS = Pattern.compile("\\s*<executions>.*?</executions>", Pattern.DOTALL);

    @Test
    void theDocumentedSetUpCompilesMainAndTestsWithoutAWarning() throws IOException, InterruptedException {
        Path project = ItProjects.copy("processor-setup");
        writePom(project, documentedSnippet());

        String output = new InnerMaven(project, project.getParent()).run("test-compile");

        assertEquals(List.of(), output.lines().filter(line -> line.contains("WARNING")).toList(), output);
        String document = Files.readString(project.resolve(
                "target/generated-sources/annotations/com/acme/shop/domain/Document.java"), StandardCharsets.UTF_8);
        assertTrue(document.contains("@Nullable String search"), "the documented override applies:\n" + document);
        assertTrue(Files.exists(project.resolve("target/test-classes/com/acme/shop/app/SnippetsCheck.class")));
    }

    /** Why the options go to the main compile only: given to the plugin as a whole, the test compile warns. */
    @Test
    void optionsForTheWholePluginMakeTheTestCompileWarn() throws IOException, InterruptedException {
        Path project = ItProjects.copy("processor-setup");
        String snippet = documentedSnippet();
        Matcher compilerArgs = COMPILER_ARGS.matcher(snippet);
        assertTrue(compilerArgs.find(), "the snippet has compilerArgs");
        String pluginWide = EXECUTIONS.matcher(snippet).replaceFirst("")
                .replaceFirst("<configuration>", Matcher.quoteReplacement("<configuration>" + compilerArgs.group()));
        writePom(project, pluginWide);

        String output = new InnerMaven(project, project.getParent()).run("test-compile");

        assertTrue(output.contains(UNRECOGNIZED + ": '[dbmirror.typeOverrides]'"), output);
    }

    private static String documentedSnippet() throws IOException {
        String page = Files.readString(Path.of(System.getProperty("dbmirror.it.docs"), "processor.md"),
                StandardCharsets.UTF_8);
        Matcher snippet = SNIPPET.matcher(page);
        assertTrue(snippet.find(), "docs/processor.md has a Maven snippet after **Maven.**");
        return snippet.group(1);
    }

    private static void writePom(Path project, String snippet) throws IOException {
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>
                SNIPPET
                </project>
                """.replace("SNIPPET", snippet), StandardCharsets.UTF_8);
    }
}
