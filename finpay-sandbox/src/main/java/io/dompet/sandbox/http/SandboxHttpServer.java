package io.dompet.sandbox.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's {@link HttpServer} serving one {@link Router} on a bounded pool of worker threads. It adapts
 * exchanges to {@link Request}s and {@link Reply}s and knows nothing about Finpay.
 */
public final class SandboxHttpServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each small answer then waits
        // for the client's delayed ACK (about 40 ms on Linux). Finpay does not answer that slowly on loopback, and the
        // sandbox should not add latency that dompet's measurements would then report. Read once, when the JDK's
        // server configuration class loads; it affects only com.sun.net.httpserver servers.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Request bodies above this size are answered 413 without being read further. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SandboxHttpServer.class);
    private static final int QUEUE_CAPACITY = 256;
    /**
     * Connections the kernel queues before the server accepts them. The JDK's default (50) drops the connection
     * attempts of a burst of a few hundred concurrent callers, which then see connect timeouts no real Finpay gives.
     */
    static final int ACCEPT_BACKLOG = 1024;
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxHttpServer(HttpServer server, ThreadPoolExecutor workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Binds {@code address} (port 0 picks a free port) and starts serving {@code router}.
     *
     * @throws java.net.BindException when the address or port cannot be bound, e.g. the port is in use
     */
    public static SandboxHttpServer start(InetSocketAddress address, Router router, int threads) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        HttpServer server = HttpServer.create(address, ACCEPT_BACKLOG);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), workerThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        workers.allowCoreThreadTimeOut(true);
        server.setExecutor(workers);
        server.createContext("/", exchange -> serve(exchange, router));
        server.start();
        return new SandboxHttpServer(server, workers);
    }

    /** The port actually listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address actually listened on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops at once: closes the listening socket and open connections, and stops the workers. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void serve(HttpExchange exchange, Router router) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            Reply reply;
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                reply = Reply.snapError(SnapError.PAYLOAD_TOO_LARGE);
            } else {
                reply = router.answer(new Request(method, path == null ? "/" : path,
                        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), Map.of(), body));
            }
            send(exchange, method, reply);
            log.debug("Finpay sandbox {} {} -> {}", method, path, reply.status());
        } catch (IOException e) {
            log.debug("Finpay sandbox {} {}: connection failed: {}", method, path, e.toString());
        } catch (RuntimeException | Error e) {
            log.error("Finpay sandbox {} {} failed", method, path, e);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, String method, Reply reply) throws IOException {
        if (reply.transport().kind() == Reply.Transport.Kind.DROP_CONNECTION) {
            // closing an exchange whose headers were never sent closes its connection: the client reads EOF
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = reply.body();
        boolean noBody = body.length == 0 || "HEAD".equals(method) || reply.status() == 204 || reply.status() == 304;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
        if (noBody) {
            return;
        }
        if (reply.transport().kind() == Reply.Transport.Kind.STALL_MID_BODY) {
            stallMidBody(exchange, body, reply.transport().stall());
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Sends the first half of {@code body}, waits {@code stall} (cut short when the server closes), then returns
     * without the rest: closing the exchange with bytes still owed to its {@code Content-Length} closes the
     * connection, so the client sees the answer end early.
     */
    private static void stallMidBody(HttpExchange exchange, byte[] body, Duration stall) throws IOException {
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        try {
            Thread.sleep(stall.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory workerThreads() {
        int server = SERVERS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "finpay-sandbox-" + server + "-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
