package dev.dbmirror.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/**
 * Every Maven snippet of docs/ works when pasted into an empty project (a POM with nothing but its coordinates)
 * together with the files its page shows, with the wrapper's Maven and with Maven 3.8. The snippets are read from
 * the pages, so a snippet that rots fails this test. All projects are built in one reactor per Maven.
 */
class DocSnippetsIT {

    private static final Path DOCS = Path.of(Maven.property("dbmirror.it.docs"));
    private static final String GENERATED = "target/generated-sources/annotations/com/acme/shop/domain/Customer.java";
    private static final String CLEAN_ORDERS = """
            package com.acme.domain;

            import java.util.List;

            public class Orders {
                public List<String> rows() {
                    return List.of();
                }
            }
            """;
    private static final Pattern REACTOR_SUMMARY_LINE = Pattern.compile("\\[INFO] (\\S+)(?: \\S+)? \\.+ (SUCCESS|FAILURE|SKIPPED)\\b.*");
    private static final Pattern GRADLE_COORDINATES = Pattern.compile("\"([\\w.-]+):([\\w.-]+):([\\w.-]+)\"");

    /** The pages whose one Maven snippet this test builds; getting-started.md's POM is GettingStartedIT's. */
    private static final List<String> BUILT_HERE = List.of("rules.md", "processor.md", "regeneration.md", "maven-plugin.md");

    @Test
    void everyBuildSnippetInTheDocsIsBuiltOrChecked() throws IOException {
        List<String> unchecked = new ArrayList<>();
        for (MarkdownPage page : pages()) {
            String name = page.path().getFileName().toString();
            List<MarkdownPage.Block> xml = page.blocks("xml");
            for (MarkdownPage.Block block : xml) {
                boolean builtHere = BUILT_HERE.contains(name) && xml.size() == 1 && block.file() == null;
                boolean gettingStarted = name.equals("getting-started.md") && "pom.xml".equals(block.file());
                if (!builtHere && !gettingStarted) {
                    unchecked.add(block.where() + ": a Maven snippet that no test builds");
                }
            }
            for (MarkdownPage.Block block : page.blocks()) {
                if (block.language().equals("kotlin") || block.language().equals("kts")) {
                    unchecked.add(block.where() + ": a Gradle Kotlin snippet that no test checks");
                }
            }
        }
        assertEquals(List.of(), unchecked, "add the snippet's build to DocSnippetsIT, or make it part of a page's one snippet");
    }

    @ParameterizedTest
    @EnumSource(Maven.class)
    void mavenSnippetsWorkInAnEmptyProject(Maven maven) throws Exception {
        Path work = Workspace.fresh("snippets-" + maven.name().toLowerCase());
        Files.createDirectories(work.resolve(".mvn"));
        String mirror = resource("snippets/tables.json");
        project(work, "rules-leak", "rules.md", Map.of());
        project(work, "rules-fixed", "rules.md", Map.of("src/main/java/com/acme/domain/Orders.java", CLEAN_ORDERS));
        project(work, "processor", "processor.md", Map.of("db/schema/tables.json", mirror));
        project(work, "regeneration", "regeneration.md", Map.of("db/schema/tables.json", mirror));
        // maven-plugin.md's profile checks a database; maven-plugin's LiveDatabaseGoalsIT runs it against one
        project(work, "drift-profile", "maven-plugin.md", Map.of());
        Files.writeString(work.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>snippets</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <modules>
                    <module>rules-leak</module>
                    <module>rules-fixed</module>
                    <module>processor</module>
                    <module>regeneration</module>
                    <module>drift-profile</module>
                  </modules>
                </project>
                """, StandardCharsets.UTF_8);

        Maven.Result build = maven.run(work, work.resolve("build.log"), "-fae", "test");
        String output = build.output();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("rules-leak", "FAILURE");
        expected.put("rules-fixed", "SUCCESS");
        expected.put("processor", "SUCCESS");
        expected.put("regeneration", "SUCCESS");
        expected.put("drift-profile", "SUCCESS");
        expected.put("snippets", "SUCCESS");
        assertEquals(expected, reactorSummary(output), output);

        // rules.md: the test runs (not "Tests run: 0"), fails on the page's leak with the page's line, passes after the fix
        assertEquals("tests=4 failures=1 errors=0", surefire(work.resolve("rules-leak")), output);
        String violation = page("rules.md").blocks("text").stream().map(block -> block.text().strip())
                .filter(text -> text.startsWith("[DBM-R1")).findFirst().orElseThrow();
        assertTrue(output.lines().anyMatch(line -> line.strip().equals(violation)), () -> "expected the line of rules.md:\n" + violation + "\nin\n" + output);
        assertEquals("tests=4 failures=0 errors=0", surefire(work.resolve("rules-fixed")), output);

        // processor.md and regeneration.md: the domain is generated
        assertTrue(Files.exists(work.resolve("processor").resolve(GENERATED)), output);
        assertTrue(Files.exists(work.resolve("regeneration").resolve(GENERATED)), output);
        assertTrue(output.contains("dbmirror: com.acme.shop.domain not compiled yet; the compiler generates it from db/schema/tables.json"), output);
    }

    /** Gradle is not installed where dbmirror is built, so its snippets are not run; what they name must exist. */
    @Test
    void gradleSnippetsNameArtifactsThatExist() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (MarkdownPage page : pages()) {
            for (MarkdownPage.Block block : page.blocks("groovy")) {
                Matcher coordinates = GRADLE_COORDINATES.matcher(block.text());
                while (coordinates.find()) {
                    checked++;
                    Path jar = Path.of(coordinates.group(1).replace('.', '/'), coordinates.group(2), coordinates.group(3),
                            coordinates.group(2) + "-" + coordinates.group(3) + ".jar");
                    if (!Files.exists(Path.of(Maven.property("dbmirror.it.repository")).resolve(jar))
                            && !Files.exists(Path.of(Maven.property("dbmirror.it.userRepository")).resolve(jar))) {
                        missing.add(block.where() + ": " + coordinates.group());
                    }
                }
            }
        }
        assertTrue(checked > 0, "no Gradle coordinates found in docs/");
        assertEquals(List.of(), missing);
    }

    /** An empty project with the page's one Maven snippet and the files the page shows, then the given files. */
    private static void project(Path work, String name, String pageName, Map<String, String> files) throws IOException {
        MarkdownPage page = page(pageName);
        Path project = Files.createDirectories(work.resolve(name));
        Files.writeString(project.resolve("pom.xml"), emptyProjectWith(name, page.blocks("xml").get(0).text()), StandardCharsets.UTF_8);
        for (MarkdownPage.Block file : page.files()) {
            write(project.resolve(file.file()), file.text());
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            write(project.resolve(file.getKey()), file.getValue());
        }
    }

    /** A snippet's elements go into a POM that has nothing but coordinates; a lone dependency or plugin into its list. */
    static String emptyProjectWith(String artifactId, String snippet) {
        String body = snippet.strip();
        if (body.startsWith("<dependency>")) {
            body = "<dependencies>\n" + body + "\n</dependencies>";
        } else if (body.startsWith("<plugin>")) {
            body = "<build>\n<plugins>\n" + body + "\n</plugins>\n</build>";
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                <modelVersion>4.0.0</modelVersion>
                <groupId>com.acme</groupId>
                <artifactId>%s</artifactId>
                <version>1.0</version>
                %s
                </project>
                """.formatted(artifactId, body);
    }

    /** Module name → SUCCESS, FAILURE or SKIPPED, from the reactor summary. */
    private static Map<String, String> reactorSummary(String output) {
        Map<String, String> results = new LinkedHashMap<>();
        output.lines().map(REACTOR_SUMMARY_LINE::matcher).filter(Matcher::matches).forEach(line -> results.put(line.group(1), line.group(2)));
        return results;
    }

    /** The counts of the one Surefire report of a project. */
    private static String surefire(Path project) throws Exception {
        try (Stream<Path> reports = Files.list(project.resolve("target/surefire-reports"))) {
            List<Path> xml = reports.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).toList();
            assertEquals(1, xml.size(), () -> "Surefire reports of " + project + ": " + xml);
            Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.get(0).toFile()).getDocumentElement();
            return "tests=" + suite.getAttribute("tests") + " failures=" + suite.getAttribute("failures") + " errors=" + suite.getAttribute("errors");
        }
    }

    private static List<MarkdownPage> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            List<MarkdownPage> pages = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                pages.add(MarkdownPage.read(file));
            }
            return pages;
        }
    }

    private static MarkdownPage page(String name) throws IOException {
        return MarkdownPage.read(DOCS.resolve(name));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DocSnippetsIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
