package io.dompet.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

/**
 * One dompet instance as a child JVM ({@code java -jar bootstrap/target/dompet.jar}), so that {@code kill -9},
 * {@code SIGSTOP}/{@code SIGCONT} and {@code SIGTERM} hit dompet alone while the sandbox and PostgreSQL (in the
 * harness's JVM) survive. Its configuration travels in {@code SPRING_APPLICATION_JSON}, never on the command line, so
 * that no credential shows in a process list or in the harness's output; its output goes to a file per start.
 */
final class DompetProcess {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Path directory;
    private final int port;
    private final Map<String, String> properties;
    private Process process;
    private int starts;

    private DompetProcess(String name, Path jar, Path directory, int port, Map<String, String> properties) {
        this.name = name;
        this.jar = jar;
        this.directory = directory;
        this.port = port;
        this.properties = new LinkedHashMap<>(properties);
        this.properties.put("server.port", Integer.toString(port));
    }

    /** A dompet on a free port with {@code properties} (not started yet). */
    static DompetProcess on(String name, Path jar, Path directory, Map<String, String> properties) {
        return new DompetProcess(name, jar, directory, Ports.free(), properties);
    }

    String name() {
        return name;
    }

    /** Sets a property for the next start. */
    void set(String property, String value) {
        properties.put(property, value);
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The log file of the current (latest) start. */
    Path log() {
        return directory.resolve(name + "-" + starts + ".log");
    }

    /** Starts (or starts again, on the same port and configuration) and waits until its readiness probe is UP. */
    void start(Duration timeout) {
        if (alive()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().put("SPRING_APPLICATION_JSON", JSON.writeValueAsString(properties));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitReady(timeout);
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI readiness = baseUrl().resolve("/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StartRefused(name, process.exitValue(), log());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Sleep.millis(250);
        }
        kill();
        throw new IllegalStateException(name + " did not become ready within " + timeout + "; see " + log());
    }

    /** {@code kill -9}: the JVM dies at once, whatever it was doing. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** {@code SIGTERM}; waits up to {@code bound} for the JVM to exit. @return whether it exited by itself */
    boolean terminate(Duration bound) {
        process.destroy();
        return waitFor(bound);
    }

    /** {@code kill -STOP}: the process is frozen (its sockets stay open, the kernel still accepts connections). */
    void freeze() {
        signal("STOP");
    }

    /** {@code kill -CONT}. */
    void thaw() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean waitFor(Duration bound) {
        try {
            return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** dompet exited before it was ready: its configuration was refused, or it failed. */
    static final class StartRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Path log;

        StartRefused(String name, int exitCode, Path log) {
            super(name + " exited with status " + exitCode + " before it was ready; see " + log);
            this.log = log;
        }

        /** The child's output. */
        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
    }
}
