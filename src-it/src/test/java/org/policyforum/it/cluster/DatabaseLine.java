package org.policyforum.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder in the test JVM between the cluster's nodes and PostgreSQL, so that a test can take the database
 * away from both nodes and give it back ({@link #cut}, {@link #restore}) without touching the PostgreSQL server that
 * other runs share. While cut, every open connection is closed and every new one is closed as soon as it arrives, as
 * a database that restarts or a network that drops would do.
 */
final class DatabaseLine implements AutoCloseable {

    private final String host;
    private final int port;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    /** Listens on a free port of 127.0.0.1 and forwards to {@code host:port}. */
    DatabaseLine(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "database-line");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port the nodes connect to instead of the database's. */
    int port() {
        return server.getLocalPort();
    }

    /** Drops every connection through the line and refuses new ones until {@link #restore}. */
    void cut() {
        cut = true;
        open.forEach(DatabaseLine::closeQuietly);
        open.clear();
    }

    void restore() {
        cut = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket database = new Socket();
                try {
                    database.connect(new InetSocketAddress(host, port), 5_000);
                } catch (IOException refused) {
                    closeQuietly(client);
                    closeQuietly(database);
                    continue;
                }
                open.add(client);
                open.add(database);
                if (cut) { // cut while this one connected
                    closeQuietly(client);
                    closeQuietly(database);
                    continue;
                }
                pump(client, database);
                pump(database, client);
            } catch (IOException closed) {
                // the line was closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException dropped) {
                        // one side closed or was cut: close both
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "database-line-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing what is already broken
        }
    }
}
