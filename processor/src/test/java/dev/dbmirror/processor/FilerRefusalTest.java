package dev.dbmirror.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A type the Filer refuses to create (a source already defines it) is one DBM-P030 error, and the writing stops there. */
class FilerRefusalTest {

    @Test
    void refusedFileIsReportedAndEndsTheWriting() {
        ProcessorRun.Result run = ProcessorRun.run(Paths.get("src/test/resources/golden/shadow/tables.json"), List.of(),
                JavaFileObjects.forSourceLines(ProcessorRun.PACKAGE + ".ObjectRepository",
                        "package " + ProcessorRun.PACKAGE + ";", "public interface ObjectRepository {}"));

        assertEquals(Compilation.Status.FAILURE, run.compilation().status());
        assertEquals(1, run.compilation().errors().size());
        String message = run.compilation().errors().get(0).getMessage(Locale.ROOT);
        assertTrue(message.startsWith("[DBM-P030] cannot write the generated file " + ProcessorRun.PACKAGE
                + ".ObjectRepository: javax.annotation.processing.FilerException"), message);
        String last = run.created().get(run.created().size() - 1);
        assertEquals("createSourceFile:" + ProcessorRun.PACKAGE + ".ObjectRepository", last);
    }
}
