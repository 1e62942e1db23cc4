import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded PostgreSQL that the package step's CDS training run leaves behind. The training run ends with
 * {@code -Dspring.context.exit=onRefresh}, where Spring halts the JVM ({@code Runtime.halt}) without closing the
 * context, so dompet never stops its PostgreSQL (a separate process). Run by the build as a JDK single-file program,
 * because no Maven plugin stops a process named by a pid file: {@code java StopTrainingPostgres.java DATA_DIRECTORY}.
 */
public final class StopTrainingPostgres {

    public static void main(String[] args) throws Exception {
        Path pidFile = Path.of(args[0], "postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readAllLines(pidFile).get(0).strip();
        var postmaster = ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        if (postmaster.isPresent()) {
            postmaster.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; nothing is connected any more
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
            System.out.println("Stopped the CDS training run's PostgreSQL (pid " + pid + ")");
        }
    }
}
