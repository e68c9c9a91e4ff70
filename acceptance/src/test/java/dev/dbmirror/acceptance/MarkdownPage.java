package dev.dbmirror.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of one documentation page, with what the page says about each:
 * <ul>
 *   <li>a block is a <em>file</em> when the last non-blank line before its fence is a code span holding a relative
 *       path, then a colon: {@code `src/main/java/com/acme/Orders.java`:};</li>
 *   <li>a block is <em>not run</em> when that line is an HTML comment starting with {@code <!-- not run}, which
 *       says why.</li>
 * </ul>
 */
record MarkdownPage(Path path, List<MarkdownPage.Block> blocks) {

    private static final Pattern FILE_CAPTION = Pattern.compile("`([\\w./-]+)`:");

    /**
     * @param line the line of the opening fence, counted from 1
     * @param language the first word after the fence, empty when none
     * @param file the path the page gives the block, or {@code null}
     * @param text the lines between the fences, each ending with a line feed
     */
    record Block(Path page, int line, String language, String file, boolean notRun, String text) {

        /** Where the block starts, as {@code docs/rules.md:12}. */
        String where() {
            return page.getParent().getFileName() + "/" + page.getFileName() + ":" + line;
        }
    }

    static MarkdownPage read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String before = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                if (!line.isBlank()) {
                    before = line.trim();
                }
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                text.append(lines.get(i)).append('\n');
            }
            if (i == lines.size()) {
                throw new IllegalStateException(page + ":" + (start + 1) + ": the code block is not closed");
            }
            String info = line.substring(3).trim();
            Matcher caption = FILE_CAPTION.matcher(before);
            blocks.add(new Block(page, start + 1, info.isEmpty() ? "" : info.split("\\s+")[0],
                    caption.matches() ? caption.group(1) : null, before.startsWith("<!-- not run"), text.toString()));
            before = "";
        }
        return new MarkdownPage(page, List.copyOf(blocks));
    }

    List<Block> blocks(String language) {
        return blocks.stream().filter(block -> block.language().equals(language)).toList();
    }

    /** The files the page shows, in page order: a later block for the same path replaces an earlier one. */
    List<Block> files() {
        return blocks.stream().filter(block -> block.file() != null).toList();
    }
}
