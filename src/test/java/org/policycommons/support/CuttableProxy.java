package org.policycommons.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a server (here Keycloak) that a test can cut, as if the server had stopped: when a request
 * containing a given text passes, that request is dropped, every connection is closed and new ones are refused, until
 * {@link #restore()}. Plain HTTP only; its threads end with {@link #close()}.
 */
public final class CuttableProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile String cutOn;
    private volatile boolean cut;

    public CuttableProxy(String targetUrl) throws IOException {
        URI target = URI.create(targetUrl);
        this.targetHost = target.getHost();
        this.targetPort = target.getPort();
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Cuts at the first request whose bytes contain this text, before it reaches the server. */
    public void cutWhenRequestContains(String text) {
        this.cutOn = text;
    }

    public boolean isCut() {
        return cut;
    }

    /** Cuts now, as if the server had stopped. */
    public void cut() {
        cut = true;
        closeAll();
    }

    /** The server answers again. */
    public void restore() {
        cutOn = null;
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                Thread.ofVirtual().start(() -> relay(client, server, true));
                Thread.ofVirtual().start(() -> relay(server, client, false));
            } catch (IOException closed) {
                // the listener was closed, or the server refused: the client sees its connection end
            }
        }
    }

    private void relay(Socket from, Socket to, boolean request) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16384];
            for (int read; (read = in.read(buffer)) >= 0; ) {
                String watched = cutOn;
                if (request && watched != null
                        && new String(buffer, 0, read, StandardCharsets.ISO_8859_1).contains(watched)) {
                    cut = true;
                    closeAll();
                    return;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private void closeAll() {
        open.forEach(CuttableProxy::close);
        open.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeAll();
    }
}
