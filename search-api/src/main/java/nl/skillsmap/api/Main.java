package nl.skillsmap.api;

import nl.skillsmap.cli.IndexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code skillsmap} command line: {@code serve} and {@code index}. Only parses and delegates. */
@Command(
        name = "skillsmap",
        mixinStandardHelpOptions = true,
        description = "Skills-mapping search over the Dutch mbo qualification structure and ESCO.",
        subcommands = {ServeCommand.class, IndexCommand.class})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: serve or index");
    }
}
