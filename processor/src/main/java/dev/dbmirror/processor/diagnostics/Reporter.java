package dev.dbmirror.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;

/**
 * The one way the processor speaks to the user: every diagnostic goes through here, on the
 * annotated package, so IDEs show it on the {@code @DbMirror} line.
 */
public final class Reporter {

    private final Messager messager;
    private final Element element;
    private int errors;

    public Reporter(Messager messager, Element element) {
        this.messager = messager;
        this.element = element;
    }

    /** Reports {@code message} about a value of the mirror. */
    public void report(Message message, Position where, Object... args) {
        print(message, message.render(where.render(), args));
    }

    /** Reports {@code message} that is about no file, e.g. a malformed option. */
    public void report(Message message, Object... args) {
        print(message, message.render("", args));
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    private void print(Message message, String text) {
        if (message.kind() == javax.tools.Diagnostic.Kind.ERROR) {
            errors++;
        }
        messager.printMessage(message.kind(), text, element);
    }
}
