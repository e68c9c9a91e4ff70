package dev.dbmirror.cli.command;

import dev.dbmirror.cli.project.Mode;
import java.util.Arrays;
import picocli.CommandLine;

/** {@code --mode database|repository}: the words of the settings file, not the enum's constant names. */
final class ModeConverter implements CommandLine.ITypeConverter<Mode> {

    @Override
    public Mode convert(String value) {
        return Arrays.stream(Mode.values()).filter(m -> m.json().equals(value)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "unknown mode '" + value + "'; use database or repository"));
    }
}
