package io.dompet.sandbox;

import java.io.PrintStream;

/**
 * Runs the Finpay sandbox on its own: {@code java -jar finpay-sandbox-<version>-standalone.jar --port 18089}.
 * Prints where it listens, stops on Ctrl-C; bad arguments print the usage and exit with status 2.
 */
public final class FinpaySandboxMain {

    static final int EXIT_USAGE = 2;
    static final int EXIT_START_FAILED = 1;

    private FinpaySandboxMain() {
    }

    public static void main(String[] args) {
        SandboxArguments arguments;
        try {
            arguments = SandboxArguments.parse(args);
        } catch (IllegalArgumentException e) {
            usage(System.err, e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        if (arguments.help()) {
            System.out.println(SandboxArguments.USAGE);
            return;
        }
        FinpaySandbox sandbox;
        try {
            sandbox = FinpaySandbox.start(arguments.toSettings());
        } catch (SandboxStartException | IllegalArgumentException e) {
            System.err.println("finpay-sandbox: " + e.getMessage());
            System.exit(EXIT_START_FAILED);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "finpay-sandbox-shutdown"));
        System.out.println("Finpay sandbox listening on " + sandbox.baseUrl()
                + (arguments.callbackUrl() == null ? "" : ", notifying " + arguments.callbackUrl())
                + " (sandbox-only keys and credentials; Ctrl-C stops it)");
    }

    private static void usage(PrintStream out, String problem) {
        out.println("finpay-sandbox: " + problem);
        out.println(SandboxArguments.USAGE);
    }
}
