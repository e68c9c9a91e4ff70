package dev.dbmirror.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} and {@code -V/--version}, which {@link DbMirror} mixes into every command; picocli answers them. */
final class HelpOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;
}
