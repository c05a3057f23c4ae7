package com.recipeapi.part12;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback between the app and its database, so a spec can take the database away (every
 * connection cut, new ones refused) and bring it back, with the real driver and server on either side; or cut
 * the line exactly when the app's n-th packet to the server arrives, so a statement or a commit is in flight.
 */
final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger untilStrike = new AtomicInteger();
    private volatile boolean down;

    TcpProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        daemon(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The database is gone: every connection is cut, and new ones are closed as they come. */
    void cut() {
        down = true;
        severAll();
    }

    void restore() {
        down = false;
    }

    /** Drops the app's n-th packet to the server from now, and every open connection with it. */
    void severAtPacket(int n) {
        untilStrike.set(n);
    }

    /** Stops waiting to strike; true if it struck. */
    boolean disarm() {
        return untilStrike.getAndSet(0) == 0;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(target);
                daemon(() -> pipe(client, target, true));
                daemon(() -> pipe(target, client, false));
            } catch (IOException e) {
                return; // closed by close()
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean toServer) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (toServer && untilStrike.get() > 0 && untilStrike.decrementAndGet() == 0) {
                    severAll();
                    return;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // one side went away; closing both below tells the other
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void severAll() {
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "tcp-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable socket) {
        try {
            socket.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }
}
