package dev.dbmirror.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A bug inside the processor becomes one DBM-P099 error asking for a report; javac itself does not crash. */
class InternalErrorTest {

    @Test
    void unexpectedExceptionIsReportedNotThrown() {
        String mirror = Paths.get("src/test/resources/golden/shadow/tables.json").toAbsolutePath().toString();

        Compilation compilation = javac()
                .withProcessors(new FilerRecordingProcessor(true))
                .withOptions("-Adbmirror.mirror=" + mirror)
                .compile(JavaFileObjects.forSourceLines(ProcessorRun.PACKAGE + ".package-info",
                        "@dev.dbmirror.annotations.DbMirror", "package " + ProcessorRun.PACKAGE + ";"));

        assertEquals(Compilation.Status.FAILURE, compilation.status());
        assertEquals(1, compilation.errors().size());
        String message = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertTrue(message.startsWith("[DBM-P099] dbmirror failed internally: java.lang.IllegalStateException: simulated failure"),
                message);
        assertTrue(message.contains("please report it to the dbmirror maintainers"), message);
        assertFalse(message.contains("http"), message);
    }
}
